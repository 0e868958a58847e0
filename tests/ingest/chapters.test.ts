/** A programme's chapters kept beside its subtitles (`formats/chapters.ts`): paired by name, read in every form, titling the stories. */
import { describe, expect, it } from 'vitest';
import { readCaptions } from '../../scripts/ingest/formats/captions.ts';
import { chaptersPartners, readChapters } from '../../scripts/ingest/formats/chapters.ts';

describe('a chapters file beside subtitles', () => {
  it('is paired with the subtitle files of its programme’s name', () => {
    const folder = ['访谈 2024-10-08.chapters.vtt', '访谈 2024-10-08.zh.vtt', '访谈 2024-10-08.en.vtt', '访谈 2024-10-09.zh.vtt'];
    expect(chaptersPartners('访谈 2024-10-08.chapters.vtt', folder)).toEqual(['访谈 2024-10-08.zh.vtt', '访谈 2024-10-08.en.vtt']);
    expect(chaptersPartners('访谈_20241010_章节.vtt', ['访谈_20241010_章节.vtt', '访谈_20241010_字幕.vtt'])).toEqual(['访谈_20241010_字幕.vtt']);
    // yt-dlp's metadata beside the captions it downloaded, the video's id in both names.
    expect(
      chaptersPartners('江城新闻 2024年6月3日 [gEetxbDRhK_].info.json', [
        '江城新闻 2024年6月3日 [gEetxbDRhK_].info.json',
        '江城新闻 2024年6月3日 [gEetxbDRhK_].zh-Hans.vtt',
      ]),
    ).toEqual(['江城新闻 2024年6月3日 [gEetxbDRhK_].zh-Hans.vtt']);
    // A chapters list as text.
    expect(chaptersPartners('江城新闻 2024-06-03 chapters.txt', ['江城新闻 2024-06-03 chapters.txt', '江城新闻 2024-06-03.srt'])).toEqual([
      '江城新闻 2024-06-03.srt',
    ]);
  });

  it('is no chapters file without the chapters word, nor beside no subtitles of its name', () => {
    // Two subtitle files of one programme: neither gives the other's chapters.
    expect(chaptersPartners('访谈 2024-10-08.en.vtt', ['访谈 2024-10-08.en.vtt', '访谈 2024-10-08.zh.vtt'])).toEqual([]);
    // Another day's subtitles; a page of text; a chapters file alone.
    expect(chaptersPartners('访谈 2024-10-08.chapters.vtt', ['访谈 2024-10-08.chapters.vtt', '访谈 2024-10-09.zh.vtt'])).toEqual([]);
    expect(chaptersPartners('访谈 2024-10-08.chapters.vtt', ['访谈 2024-10-08.chapters.vtt', '访谈 2024-10-08.txt'])).toEqual([]);
    // A news story about chapters, in a paper's folder: no subtitles of its name.
    expect(chaptersPartners('第三章节.txt', ['第三章节.txt', '第二版.txt'])).toEqual([]);
    // A data file that is no yt-dlp metadata.
    expect(chaptersPartners('江城新闻.json', ['江城新闻.json', '江城新闻.srt'])).toEqual([]);
    // A clip's own subtitles named as a segment, or subtitles under a chapters word: no chapters track.
    expect(chaptersPartners('江城新闻_20240902_分段.srt', ['江城新闻_20240902_分段.srt', '江城新闻_20240902_字幕.srt'])).toEqual([]);
    expect(chaptersPartners('江城新闻_20240902_章节.srt', ['江城新闻_20240902_章节.srt', '江城新闻_20240902_字幕.srt'])).toEqual([]);
  });

  it('reads its chapters in every form it is kept in', () => {
    expect(
      readChapters(
        'a.chapters.vtt',
        'WEBVTT\nKind: chapters\n\nchapter-1\n00:00:03.000 --> 00:00:08.400\n大桥开工\n\nchapter-2\n00:00:08.400 --> 00:00:13.000\n名单公布\n',
      ),
    ).toEqual([
      { start: 3, title: '大桥开工' },
      { start: 8.4, title: '名单公布' },
    ]);
    expect(
      readChapters('a.info.json', '{"title":"x","chapters":[{"start_time":9.5,"title":"春播过半","end_time":15},{"start_time":3,"title":"停车场启用"}]}'),
    ).toEqual([
      { start: 3, title: '停车场启用' },
      { start: 9.5, title: '春播过半' },
    ]);
    expect(readChapters('a.info.json', '{"title":"x","chapters":null}')).toEqual([]);
    expect(readChapters('a.info.json', '{"title":')).toHaveProperty('unreadable');
    expect(readChapters('a chapters.txt', '00:00 开场\n02:30 书写美丽中国建设新答卷\n1:03:22 - 李强主持专题学习\n')).toEqual([
      { start: 0, title: '开场' },
      { start: 150, title: '书写美丽中国建设新答卷' },
      { start: 3802, title: '李强主持专题学习' },
    ]);
    expect(readChapters('a_chapters.txt', 'CHAPTER01=00:00:00.000\nCHAPTER01NAME=开场\nCHAPTER02=00:01:05.500\nCHAPTER02NAME=大桥开工\n')).toEqual([
      { start: 0, title: '开场' },
      { start: 65.5, title: '大桥开工' },
    ]);
  });

  it('lists none where its lines are no titles: a story saved under a chapters name is read as the file it is', () => {
    expect(
      readChapters(
        '江城新闻_20240902_章节.txt',
        '00:00 今天，澄江大桥北引道开工建设，预计年底建成通车。\n00:05 全县首批家庭农场示范场名单公布，共有二十家入选。\n',
      ),
    ).toEqual([]);
    expect(readChapters('江城新闻_20240902_章节.txt', '澄江大桥北引道开工建设\n\n今天，澄江大桥北引道开工建设。\n')).toEqual([]);
  });

  it('gives way to a title the subtitles show near it, which then opens the story where the chapter does; an opening chapter opens no story', () => {
    const srt = [
      '1\n00:00:00,500 --> 00:00:02,500\n各位观众，晚上好。',
      '2\n00:00:03,000 --> 00:00:06,000\n今天，大桥北引道开工建设，',
      '3\n00:00:03,500 --> 00:00:08,000\n{\\an8}大桥北引道今天开工',
      '4\n00:00:06,000 --> 00:00:08,000\n预计年底建成通车。',
    ].join('\n\n');
    const read = readCaptions(srt, 'srt', [
      { start: 0, title: '开场' },
      { start: 2, title: '大桥开工' },
    ]);
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.text).toBe('各位观众，晚上好。\n\n大桥北引道今天开工\n\n今天，大桥北引道开工建设，预计年底建成通车。');
  });

  it('titles the stories of the subtitles where each chapter starts; a chapter after the last cue is not used', () => {
    const srt =
      '1\n00:00:00,500 --> 00:00:02,500\n各位观众，晚上好。\n\n2\n00:00:03,000 --> 00:00:06,000\n大桥北引道开工建设。\n\n3\n00:00:08,500 --> 00:00:11,000\n示范场名单公布。\n';
    const read = readCaptions(srt, 'srt', [
      { start: 3, title: '大桥开工' },
      { start: 8.4, title: '名单公布' },
      { start: 600, title: '天气预报' },
    ]);
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.text).toBe('各位观众，晚上好。\n\n大桥开工\n\n大桥北引道开工建设。\n\n名单公布\n\n示范场名单公布。');
    expect(read.lines?.filter((line) => line.hint?.heading !== undefined).map((line) => line.text)).toEqual(['大桥开工', '名单公布']);
    expect(read.chapters).toEqual({ used: 2, pastEnd: 1 });
    // Without chapters: the speech alone, no title.
    const plain = readCaptions(srt, 'srt');
    if ('unreadable' in plain) throw new Error(plain.unreadable);
    expect(plain.lines?.some((line) => line.hint?.heading !== undefined)).toBe(false);
    expect(plain.chapters).toBeUndefined();
  });
});
