/**
 * A programme's chapters kept beside its subtitles: the titles of its stories and where each starts. Video sites and
 * players keep them apart from the captions — a WebVTT chapters track (`访谈 2024-10-08.chapters.vtt`, `访谈_20241010_章节.vtt`,
 * `Kind: chapters`), yt-dlp's `.info.json` beside the `.zh-Hans.vtt` it downloaded (its `chapters`), a list of times and
 * titles as a description gives them (`02:30 书写全面推进美丽中国建设新答卷`), mkvmerge's `CHAPTER01=00:00:00.000` /
 * `CHAPTER01NAME=开场`. Such a file is read with the subtitle file of the same name (its name without the chapters word, a
 * language tag or a subtitles word: `访谈_20241010_字幕.vtt`), whose stories it titles (`readCaptions`), not as a file of
 * its own; one that lists no chapters, or lines that are no titles (a script saved as `…_章节.txt`), is read as the
 * file it is.
 *
 * @example
 *   chaptersPartners('访谈 2024-10-08.chapters.vtt', ['访谈 2024-10-08.chapters.vtt', '访谈 2024-10-08.zh.vtt']) // → ['访谈 2024-10-08.zh.vtt']
 *   readChapters('a.info.json', '{"chapters":[{"start_time":150,"title":"书写新答卷","end_time":190}]}') // → [{ start: 150, title: '书写新答卷' }]
 */
import { captionFormat, captionsInText, chaptersInCaptions, type Chapter } from './captions.ts';
import { seconds } from './time-stamps.ts';

/** yt-dlp's metadata of a video, written beside its subtitles: `<name>.info.json`. */
const INFO_JSON = /\.info\.json$/iu;
/** The formats a chapters file is kept in: WebVTT's chapters track, or text. */
const CHAPTERS_EXTENSION = /\.(?:vtt|webvtt|txt)$/iu;
const LANGUAGE =
  'zh(?:-(?:hans|hant|cn|tw|hk|sg|mo))*|en(?:-(?:us|gb))?|eng|chs|cht|chi|zho|cn|ja|jpn|ko|kor|简体|繁体|簡體|繁體|中文|英文|双语|雙語|中英|简英|繁英|简中|繁中';
const SUBTITLES = '字幕|subtitles?|subs|captions?|cc';
const CHAPTERS = 'chapters?|章节|章節';
/** A word that ends a file's name after its programme's: a chapters word, a language tag, a subtitles word (`.chapters`, `.zh-Hans`, `_字幕`). */
const TRAILING_WORD = new RegExp(`(?:^|[._\\s-])(?:(${CHAPTERS})|${LANGUAGE}|${SUBTITLES})$`, 'iu');

/** A file's name as its programme's, without its extension and trailing words, and whether one of those words names chapters. */
function programmeName(name: string): { base: string; chapters: boolean } {
  let base = name.replace(INFO_JSON, '').replace(/\.[a-z0-9]{1,8}$/iu, '');
  let chapters = false;
  for (let match = TRAILING_WORD.exec(base); match && match.index > 0; match = TRAILING_WORD.exec(base)) {
    chapters ||= match[1] !== undefined;
    base = base.slice(0, match.index);
  }
  return { base: base.trim(), chapters };
}

/**
 * The subtitle files beside it a file gives the chapters of: it is a chapters file (named so in a subtitle or text
 * format, or yt-dlp's `.info.json`) and they are subtitle files of the same programme's name. None for any other file.
 */
export function chaptersPartners(name: string, siblings: readonly string[]): string[] {
  const own = programmeName(name);
  const isChapters = INFO_JSON.test(name) || (own.chapters && CHAPTERS_EXTENSION.test(name));
  if (!isChapters || own.base === '') return [];
  return siblings.filter((sibling) => {
    if (sibling === name || captionFormat(sibling) === undefined) return false;
    const other = programmeName(sibling);
    return !other.chapters && other.base === own.base;
  });
}

/** An mkvmerge (OGM) chapter line: `CHAPTER01=00:00:00.000` or `CHAPTER01NAME=开场`. */
const OGM_LINE = /^\s*CHAPTER(\d+)(NAME)?\s*=\s*(.*?)\s*$/iu;
/** A line of a chapter list: a time, then its title (`02:30 书写…`, `[00:02:30] 书写…`, `0:02:30 - 书写…`). */
const LISTED_LINE = /^\s*\[?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]?\s*(?:[-–—|｜:：]\s*)?(\S.*?)\s*$/u;

/**
 * A chapters file's chapters, in order of their start; none when it lists none (a video's metadata without chapters) or
 * when what it lists are no titles (`plausible`). `unreadable` when the file is no chapters file it claims to be
 * (`.info.json` that is no JSON).
 */
export function readChapters(name: string, text: string): Chapter[] | { unreadable: string } {
  const read = listedChapters(name, text);
  return 'unreadable' in read || plausible(read) ? read : [];
}

/**
 * Whether chapters are titles: short, not sentences (most of them), each at its own time — not a transcript's lines
 * or a story's text under a chapters file's name.
 */
function plausible(chapters: readonly Chapter[]): boolean {
  const titles = chapters.filter((chapter) => Array.from(chapter.title).length <= 48 && !/[。，、；：,;]["”’』」）)]*$/u.test(chapter.title.trim()));
  return titles.length >= chapters.length * 0.8 && new Set(chapters.map((chapter) => chapter.start)).size === chapters.length;
}

function listedChapters(name: string, text: string): Chapter[] | { unreadable: string } {
  const source = text.replace(/^\ufeff/u, '');
  if (INFO_JSON.test(name)) {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch (failure) {
      return { unreadable: `not JSON: ${(failure as Error).message}` };
    }
    const listed = typeof data === 'object' && data !== null && 'chapters' in data ? data.chapters : undefined;
    if (!Array.isArray(listed)) return [];
    return listed
      .flatMap((entry: unknown) => {
        if (typeof entry !== 'object' || entry === null) return [];
        const start = 'start_time' in entry ? entry.start_time : undefined;
        const title = 'title' in entry ? entry.title : undefined;
        return typeof start === 'number' && typeof title === 'string' && title.trim() !== '' ? [{ start, title: title.trim() }] : [];
      })
      .sort((a, b) => a.start - b.start);
  }
  const format = captionFormat(name) ?? captionsInText(source);
  if (format !== undefined && format !== 'stamped') return chaptersInCaptions(source, format);
  const lines = source.split(/\r\n|\r|\n/u);
  // mkvmerge's chapters: a time and a name under one number.
  const ogm = new Map<string, { start?: number; title?: string }>();
  for (const line of lines) {
    const match = OGM_LINE.exec(line);
    if (!match) continue;
    const entry = ogm.get(match[1]!) ?? {};
    if (match[2]) entry.title = match[3]!;
    else {
      const start = seconds(match[3]!);
      if (start !== undefined) entry.start = start;
    }
    ogm.set(match[1]!, entry);
  }
  if (ogm.size > 0) {
    return [...ogm.values()]
      .flatMap((entry) => (entry.start !== undefined && entry.title !== undefined && entry.title !== '' ? [{ start: entry.start, title: entry.title }] : []))
      .sort((a, b) => a.start - b.start);
  }
  return lines
    .flatMap((line) => {
      const match = LISTED_LINE.exec(line);
      const start = match ? seconds(match[1]!) : undefined;
      return match && start !== undefined ? [{ start, title: match[2]! }] : [];
    })
    .sort((a, b) => a.start - b.start);
}
