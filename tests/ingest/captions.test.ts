/** A broadcast's subtitles (`formats/captions.ts`): titles shown on screen as heads, speech as paragraphs, overlays kept as printed. */
import { describe, expect, it } from 'vitest';
import { captionFormat, readCaptions } from '../../scripts/ingest/formats/captions.ts';

type Read = ReturnType<typeof readCaptions>;

/** The view's lines with their hints, as `[text, hint]`. */
function viewOf(read: Read): Array<[string, object]> {
  if ('unreadable' in read) throw new Error(read.unreadable);
  return (read.lines ?? []).map((line) => [line.text, line.hint ?? {}]);
}

/** A SubRip file of `[start, end, text]` cues, times in seconds. */
function srt(cues: Array<[number, number, string]>): string {
  const stamp = (seconds: number): string =>
    `00:00:${String(Math.floor(seconds)).padStart(2, '0')},${String(Math.round((seconds % 1) * 1000)).padStart(3, '0')}`;
  return cues.map(([start, end, text], index) => `${index + 1}\r\n${stamp(start)} --> ${stamp(end)}\r\n${text.replaceAll('\n', '\r\n')}\r\n`).join('\r\n');
}

describe('subtitle files', () => {
  it('are told by their extension', () => {
    expect(captionFormat('江城新闻_20240311.srt')).toBe('srt');
    expect(captionFormat('江城新闻 [id].zh-Hans.vtt')).toBe('vtt');
    expect(captionFormat('[江城台] 江城新闻.ASS')).toBe('ass');
    expect(captionFormat('旧字幕.ssa')).toBe('ass');
    expect(captionFormat('江城新闻.txt')).toBeUndefined();
  });

  it('read a title shown at the top over the speech as a head, the speech joined into a paragraph, the opening as contents', () => {
    const read = readCaptions(
      srt([
        [0.5, 2, '各位观众，晚上好。'],
        [2.1, 4, '澧水大桥完成荷载试验'],
        [5, 10, '{\\an8}澧水大桥完成荷载试验'],
        [5, 7, '3月14日，澧水大桥'],
        [7.05, 9, '完成静载和动载试验，\n各项指标均达到设计要求。'],
      ]),
      'srt',
    );
    expect(viewOf(read)).toEqual([
      ['各位观众，晚上好。', { contents: true }],
      ['澧水大桥完成荷载试验', { contents: true }],
      ['澧水大桥完成荷载试验', { heading: 1 }],
      ['3月14日，澧水大桥完成静载和动载试验，各项指标均达到设计要求。', { opensParagraph: true }],
    ]);
  });

  it('read a cue moved to the top but shown alone as speech, and a sentence at the top as no title', () => {
    // (A subtitle moved up out of the way of text burned into the picture is still speech: it is shown over nothing.)
    const moved = readCaptions(
      srt([
        [0, 2, '{\\an8}片头'],
        [1, 3, '开场白，'],
        [3.05, 4, '说两句，'],
        [4.05, 5, '{\\an8}这是一句被移到上方的字幕，'],
        [5.05, 7, '接着说下去。'],
      ]),
      'srt',
    );
    expect(viewOf(moved)).toEqual([
      ['片头', { heading: 1 }],
      ['开场白，说两句，这是一句被移到上方的字幕，接着说下去。', { opensParagraph: true }],
    ]);
    const sentence = readCaptions(
      srt([
        [0, 3, '{\\an8}今天天气晴朗，气温回升。'],
        [0, 2, '各位观众，'],
        [2.1, 4, '晚上好。'],
      ]),
      'srt',
    );
    expect(viewOf(sentence)).toEqual([
      ['各位观众，', { contents: true }],
      ['晚上好。', { contents: true }],
      ['今天天气晴朗，气温回升。', { media: true }],
    ]);
  });

  it('put a byline shown as a lower third under its title, and keep any other overlay as printed after its paragraph', () => {
    const read = readCaptions(
      [
        'WEBVTT',
        '',
        'title-1',
        '00:00:01.000 --> 00:00:06.000 line:8%',
        '<c.title>把小茶叶做成大产业</c>',
        '',
        '00:00:01.000 --> 00:00:03.000 line:90%',
        '今年全县茶叶产量',
        '',
        '00:00:02.000 --> 00:00:05.000 line:75% position:5% align:start',
        '王建华　县农业农村局局长',
        '',
        '00:00:03.100 --> 00:00:05.000 line:90%',
        '预计达到三千吨。',
        '',
        '00:00:03.500 --> 00:00:05.500 line:75% position:5% align:start',
        '澧水台记者 周凯',
        '',
      ].join('\n'),
      'vtt',
    );
    expect(viewOf(read)).toEqual([
      ['把小茶叶做成大产业', { heading: 1 }],
      ['澧水台记者 周凯', {}],
      ['今年全县茶叶产量预计达到三千吨。', { opensParagraph: true }],
      ['王建华　县农业农村局局长', { media: true }],
    ]);
  });

  it('read a class or id named as a title only when it is short and no sentence', () => {
    const read = readCaptions(
      ['WEBVTT', '', '00:00:01.000 --> 00:00:03.000', '<c.title>这一句很长，是字幕组用标题样式打出的一整句话。</c>', ''].join('\n'),
      'vtt',
    );
    expect(viewOf(read)).toEqual([['这一句很长，是字幕组用标题样式打出的一整句话。', { contents: true }]]);
  });

  it("label a speaker's turn where the file names more than one, and start a paragraph there or at a pause after a sentence", () => {
    const read = readCaptions(
      [
        'WEBVTT',
        '',
        'title-1',
        '00:00:00.000 --> 00:00:02.000 line:0',
        '访谈',
        '',
        '00:00:00.000 --> 00:00:02.000',
        '<v 记者>产量是多少？',
        '',
        '00:00:02.100 --> 00:00:04.000',
        '<v 王建华>三千吨，',
        '',
        '00:00:04.050 --> 00:00:05.000',
        '增长百分之十五。',
        '',
        '00:00:07.000 --> 00:00:09.000',
        '<v 王建华>人均增收两千元。',
        '',
      ].join('\n'),
      'vtt',
    );
    expect(viewOf(read)).toEqual([
      ['访谈', { heading: 1 }],
      ['记者：产量是多少？', { opensParagraph: true }],
      ['王建华：三千吨，增长百分之十五。', { opensParagraph: true }],
      ['人均增收两千元。', { opensParagraph: true }],
    ]);
  });

  it("take out VTT's and SubRip's markup, decode character references, and join words with a space", () => {
    const read = readCaptions(
      [
        'WEBVTT',
        '',
        'NOTE 江城台 2024年3月14日',
        '',
        'STYLE',
        '::cue(.title) { color: yellow; }',
        '',
        '00:00:01.000 --> 00:00:03.000',
        '<i>“公司&amp;农户”</i><00:00:02.000>模式',
        '',
        '00:00:03.000 --> 00:00:05.000',
        '<font color="#ffff00">Made in</font>',
        'China',
        '',
      ].join('\n'),
      'vtt',
    );
    expect(viewOf(read)).toEqual([
      ['“公司&农户”模式', { contents: true }],
      ['Made in China', { contents: true }],
    ]);
    expect('unreadable' in read ? 0 : read.parts.comments).toBe(1);
  });

  it("read an ASS script's styles: a title style, a lower third's style, comments left out and counted", () => {
    const script = [
      '\ufeff[Script Info]',
      'Title: 澧水新闻 2024-03-16',
      'ScriptType: v4.00+',
      '',
      '[V4+ Styles]',
      'Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding',
      'Style: Default,黑体,64,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,0,2,10,10,40,134',
      'Style: 标题,黑体,80,&H0000FFFF,&H000000FF,&H00000000,&H64000000,-1,0,0,0,100,100,0,0,1,3,1,8,10,10,60,134',
      'Style: 署名,黑体,52,&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,0,1,120,10,200,134',
      '',
      '[Events]',
      'Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text',
      'Dialogue: 0,0:00:01.00,0:00:05.00,标题,,0,0,0,,县城新建两座公园',
      'Dialogue: 0,0:00:01.00,0:00:03.00,Default,,0,0,0,,3月16日 两座公园\\N同时开园',
      'Dialogue: 0,0:00:02.00,0:00:04.00,署名,,0,0,0,,{\\an1\\fad(200,200)}澧水台记者 李娜',
      'Comment: 0,0:00:03.00,0:00:04.00,Default,,0,0,0,,校对：此处时间轴待调',
      'Dialogue: 0,0:00:03.10,0:00:05.00,Default,,0,0,0,,市民可免费入园',
    ].join('\r\n');
    const read = readCaptions(script, 'ass');
    expect(viewOf(read)).toEqual([
      ['县城新建两座公园', { heading: 1 }],
      ['澧水台记者 李娜', {}],
      ['3月16日 两座公园同时开园市民可免费入园', { opensParagraph: true }],
    ]);
    expect('unreadable' in read ? 0 : read.parts.comments).toBe(1);
    // A style template, with no event: nothing to read, said as such.
    expect(readCaptions(script.split('\r\n').slice(0, 12).join('\r\n'), 'ass')).toMatchObject({ empty: true });
  });

  it('name a file that is no subtitle file as unreadable', () => {
    expect(readCaptions('这不是字幕文件。', 'srt')).toHaveProperty('unreadable');
    expect(readCaptions('<html><body>网页</body></html>', 'vtt')).toHaveProperty('unreadable');
    expect(readCaptions('纯文本', 'ass')).toHaveProperty('unreadable');
  });
});
