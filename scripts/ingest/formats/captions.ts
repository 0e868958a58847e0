/**
 * Subtitles — a broadcast's words as a station, a subtitling group or a video site keeps them: SubRip (`.srt`), WebVTT
 * (`.vtt`, as yt-dlp and players write it) and Advanced SubStation Alpha (`.ass`, `.ssa`, Aegisub's). A file is one
 * programme: an anchor's opening, the stories, each often under its title shown on screen, the speech cut into cues that
 * break sentences anywhere; or, as most captioning tools write it, the speech alone.
 *
 * Read into a text view, in the order the cues are shown (by start time, a title first among cues shown at once):
 * - a **title** — a cue its style, class or id names so (`Style: 标题`, `<c.title>`, `title-1`), or a short cue that is no
 *   sentence shown at the top (`{\an8}`, `{\pos(960,80)}`, `line:8%`) over the speech — is a heading, which opens a story;
 * - the **speech** — the cues shown where speech is (the spots most cues are shown in) — is joined into running text (a
 *   cue's lines and cue to cue: with nothing between Chinese characters, with a space between words), a paragraph ending at
 *   a title, at another speaker (a VTT voice `<v 王芳>`, an ASS actor, a SubRip dash `- 记者：`) or at a pause after a
 *   sentence; where the file names more than one speaker, a turn opens with its speaker's label (`王芳：`);
 * - a **translation** — a line or cue in Latin letters in a Chinese file (a bilingual release's English) — is kept apart:
 *   a title's under it as its subtitle, the speech's as a paragraph after the Chinese one it was shown with;
 * - an **overlay** shown over the speech elsewhere on the screen (a lower third: `{\an1}江城台记者 王芳`, `Style: 署名`), and
 *   a subtitling group's credits and notes (`翻译：…`, `注：…`), are kept as printed after the paragraph they were shown
 *   over; a lower third that is a byline goes under its story's title;
 * - where the file shows titles, the programme's **opening** before the first (the greeting, the stories read out) is kept
 *   as its contents, a cue a line;
 * - a rolling caption's line shown again in the next cue (as live and automatic captions scroll) is read once.
 * Comments (VTT `NOTE` blocks, ASS `Comment:` lines) are no broadcast text: left out and counted; so are the style blocks,
 * the script's settings and the cues' times. Viewer comments made into subtitles (danmaku, every line scrolling across
 * the screen) are no programme's text: named, not read.
 *
 * @example
 *   readCaptions('1\n00:00:01,000 --> 00:00:03,000\n{\\an8}全国春灌大面积展开\n…', 'srt')
 *   // → { kind: 'captions', text: '全国春灌大面积展开\n\n…', lines: [{ text: '全国春灌大面积展开', hint: { heading: 1 } }, …] }
 */
import { parse as parseAss, type ParsedASS, type ParsedASSEvent } from 'ass-compiler';
import { DOMParser } from '@xmldom/xmldom';
import { parseEntities } from 'parse-entities';
import { matchBylineLine } from '../rules/byline.ts';
import { descendants } from './office-xml.ts';
import { NO_WORD_PARTS, viewText, type DocumentText } from './word.ts';
import { rising, seconds, stampOf, stampsOf, timedScript } from './time-stamps.ts';
import type { RawLine } from '../types.ts';

/**
 * SubRip, WebVTT, ASS/SSA, YouTube's SBV, Bilibili's JSON subtitles (`.bcc`, `.json`), TTML/DFXP (`.ttml`, `.dfxp`, `.xml`),
 * and a transcript whose lines are stamped with times (`[00:01:02] …`, or a time on a line of its own over its text).
 */
export type CaptionFormat = 'srt' | 'vtt' | 'ass' | 'sbv' | 'bcc' | 'ttml' | 'stamped';

const EXTENSIONS: Record<string, CaptionFormat> = {
  srt: 'srt',
  vtt: 'vtt',
  webvtt: 'vtt',
  ass: 'ass',
  ssa: 'ass',
  sbv: 'sbv',
  bcc: 'bcc',
  ttml: 'ttml',
  dfxp: 'ttml',
};

/** The subtitle format a file's extension names. */
export function captionFormat(name: string): CaptionFormat | undefined {
  const extension = /\.([a-z]+)$/iu.exec(name)?.[1]?.toLowerCase();
  return extension === undefined ? undefined : EXTENSIONS[extension];
}

/**
 * Subtitles in a text file (`.txt`): an ASS script or a WebVTT file by its head; SubRip's cues pasted or exported as text (three timing lines at least,
 * a sixth of its lines), or a transcript whose lines are stamped with times (five at least, two in five of its lines,
 * counting up from the first minute).
 */
export function captionsInText(text: string): CaptionFormat | undefined {
  if (/^\ufeff?WEBVTT(?:$|[ \t\r\n])/u.test(text)) return 'vtt';
  if (/^\ufeff?\s*\[Script Info\]/iu.test(text) && /^\s*\[Events\]/imu.test(text)) return 'ass';
  // (Read on every text file: most hold neither a timing line nor a line that opens on a time, and are passed at once.)
  if (!/-->|^\s*\[?\d{1,2}:\d/mu.test(text)) return undefined;
  const lines = text.split(/\r\n|\r|\n/u).filter((line) => line.trim() !== '');
  const timed = lines.filter((line) => TIMING.test(line)).length;
  if (timed >= 3 && timed >= lines.length / 6) return 'srt';
  // (A transcript's stamps count up from the video's start: not a programme listing's clock times, `06:00 朝闻天下`.)
  const stamps = stampsOf(lines);
  // (Nor a timed script, a paragraph or a turn a stamp: read as text, `time-stamps.ts`.)
  return stamps.length >= 5 && stamps.length >= lines.length * 0.4 && stamps[0]! <= 60 && rising(stamps) && !timedScript(lines) ? 'stamped' : undefined;
}

/** Subtitles by their content, in a data file's name (`.json`, `.xml`): Bilibili's JSON subtitles, TTML. */
export function captionsInData(name: string, head: string): CaptionFormat | undefined {
  if (/\.json$/iu.test(name) && /^\ufeff?\s*\{[\s\S]*"body"\s*:\s*\[\s*\{[\s\S]*"from"\s*:\s*[0-9.]/u.test(head) && /"content"\s*:/u.test(head)) return 'bcc';
  if (/\.xml$/iu.test(name) && /<(?:[A-Za-z][\w.-]*:)?tt[\s>][^>]*(?:ns\/ttml|ttaf1)/u.test(head)) return 'ttml';
  return undefined;
}

/** Where on the screen a cue is shown: at the top, the bottom, the middle, or where the file does not say. */
type Place = 'top' | 'middle' | 'bottom' | 'default';

interface Cue {
  start: number;
  end: number;
  /** Its lines, markup taken out. */
  lines: string[];
  place: Place;
  /** Where exactly it is shown, as the file puts it (a VTT cue's settings, an ASS style and its override tags). */
  spot: string;
  /** A name the file gives it — an ASS style, a VTT class or cue id — when that name says what it is. */
  named?: 'title' | 'overlay' | 'speech';
  /** Who speaks it: a VTT voice, an ASS actor. */
  voice?: string;
  /** Its position in the file. */
  order: number;
}

interface Parsed {
  cues: Cue[];
  /** Comments in the file (`NOTE`, `Comment:`). */
  comments: number;
  /** Lines before the first cue that are no header (a title typed over a SubRip file): kept as its contents. */
  preamble: string[];
}

/** Why a subtitle file holds no programme's text: `empty`, no cue with text (a template); `danmaku`, viewers' comments. */
type NoText = { unreadable: string; noText: 'empty' | 'danmaku' };

const EMPTY: NoText = { unreadable: 'no cue with text: a template or an empty file', noText: 'empty' };

/** A cue named as a title shown on screen: its ASS style, VTT class or cue id (`标题`, `title-1`, `headline`). */
const TITLE_NAME = /^(?:title|headline|heading|head|chapter|标题|標題|主标题|主標題|大标题|大標題|新闻标题|新聞標題|题目|題目|片名)(?:[-_ ]?\d+)?$/iu;
/** A cue named as an overlay: a lower third with a name, an office or a place (`署名`, `人名条`, `lower-third`), a group's staff or notes. */
const OVERLAY_NAME = /署名|人名|姓名|身份|职务|職務|字幕条|字幕條|角标|角標|地点|地點|注释|註釋|staff|credit|lower|third|name|super|sign|location|note/iu;
/** A cue named as speech: the file's default style, the dialogue's (`Default`, `正文`, `对白`). */
const SPEECH_NAME = /^(?:default|dialogue|dialog|speech|text|body|caption|captions|正文|对白|對白|台词|台詞|字幕|同期|同期声|同期聲|解说|解說|配音)$/iu;
/**
 * A subtitling group's own line, never the programme's: its credits (`本字幕由星河字幕组制作`, `翻译：李明　校对：王芳`) and a
 * translator's note (`注：…`).
 */
const GROUP_LINE =
  /^(?:注|註|译注|譯註|翻译|翻譯|校对|校對|时间轴|時間軸|压制|壓制|后期|後期|字幕|监制|監製)\s*[：:]|字幕组|字幕組|本字幕由|仅供学习|僅供學習/u;
/** A line that opens a speaker's turn in a SubRip cue: a dash (`- 记者：…`, `-王芳：…`). */
const DASH_TURN = /^[-－‐–](?![0-9０-９.])\s*/u;

/** A title is short and no sentence: it does not end as a sentence or a clause does (a headline may end in `！`, `？`). */
const MAX_TITLE = 48;
const CLAUSE_END = /[。，、；：,;…]["”’』」）)]*$/u;
const SENTENCE_END = /[。！？!?…；;]["”’』」）)]*$/u;
/** How near a title the file shows a chapter may start and be that title's story (in seconds). */
const CHAPTER_NEAR = 5;
/** A chapter that names a programme's opening, not a story: `开场`, `片头`, `Intro`. */
const OPENING_CHAPTER = /^(?:开场|開場|片头|片頭|开头|開頭|序幕|导语|導語|intro|introduction|opening)$/iu;
/** A pause in the speech, after a sentence ends, that ends its paragraph (in seconds). */
const PARAGRAPH_PAUSE = 1;
/** How long before its title a byline may be shown and still be that story's (in seconds). */
const BYLINE_LEAD = 1.5;

/** A chapter of a programme, from a chapters file beside its subtitles (`formats/chapters.ts`): where it starts, in seconds, and its title. */
export interface Chapter {
  start: number;
  title: string;
}

/**
 * A subtitle file read as a text view; or why it cannot be read, or holds no programme's text. `chapters`, the
 * programme's chapters kept beside it, open its stories under their titles where they start.
 */
export function readCaptions(text: string, format: CaptionFormat, chapters: readonly Chapter[] = []): DocumentText | { unreadable: string } | NoText {
  const parsed = parseCaptions(text, format);
  if ('unreadable' in parsed) return parsed;
  const cues = withoutRollingRepeats(parsed.cues.filter((cue) => cue.lines.some((line) => line.trim() !== '')));
  if (cues.length === 0 && parsed.preamble.length === 0) return EMPTY;
  // (A chapter that starts after the last cue ends belongs to another cut of the programme: not used, and counted.)
  const last = Math.max(...cues.map((cue) => cue.end));
  const used = chapters.filter((chapter) => chapter.start < last);
  const view = captionView(cues, parsed.preamble, used);
  const { text: viewed, lines } = viewText(view);
  return {
    kind: 'captions',
    text: viewed,
    lines,
    leftOut: [],
    parts: { ...NO_WORD_PARTS, comments: parsed.comments },
    ...(chapters.length === 0 ? {} : { chapters: { used: used.length, pastEnd: chapters.length - used.length } }),
  };
}

/** The cues of a file of chapters in a subtitle format (a WebVTT chapters track), each a chapter: its start and its text. */
export function chaptersInCaptions(text: string, format: CaptionFormat): Chapter[] {
  const parsed = parseCaptions(text, format);
  if ('unreadable' in parsed) return [];
  return parsed.cues
    .map((cue) => ({ start: cue.start, title: joinParts(cue.lines, ' ') }))
    .filter((chapter) => chapter.title !== '')
    .sort((a, b) => a.start - b.start);
}

/** A subtitle file's cues, in the format it is: a file saved under another subtitle format's name is read as the format it is. */
function parseCaptions(text: string, format: CaptionFormat): Parsed | { unreadable: string } | NoText {
  const source = text.replace(/^\ufeff/u, '');
  const actual = /^\s*\[Script Info\]/iu.test(source) ? 'ass' : /^WEBVTT(?:$|[ \t\r\n])/u.test(source) ? 'vtt' : format;
  return actual === 'ass'
    ? parseAssFile(source)
    : actual === 'bcc'
      ? parseBcc(source)
      : actual === 'ttml'
        ? parseTtml(source)
        : actual === 'stamped'
          ? parseStamped(source)
          : parseCueBlocks(source, actual);
}

type ViewLine = { text: string; hint?: RawLine['hint'] };
type Role = 'title' | 'overlay' | 'speech' | 'translation';

/**
 * Whether a line is a translation in a Chinese file: in Latin letters, twice as many as its Chinese characters at least
 * (a name left untranslated in it, `临江 TV reporter`; not `CCTV新闻联播`, `G20峰会`).
 */
function isTranslationLine(line: string): boolean {
  const latin = line.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const han = line.match(/\p{Script=Han}/gu)?.length ?? 0;
  // (A line that ends on a Chinese clause's mark goes on the Chinese sentence: `iPhone 15 Pro Max，`.)
  return latin >= 2 && latin >= han * 2 && !/[，、；：。！？]$/u.test(line.trim());
}

/** A cue's Chinese lines and its translation's, in a file whose text is Chinese. */
function languages(cue: Cue, chinese: boolean): { own: string[]; translation: string[] } {
  if (!chinese) return { own: cue.lines, translation: [] };
  return { own: cue.lines.filter((line) => !isTranslationLine(line)), translation: cue.lines.filter(isTranslationLine) };
}

/** The cues in the order shown, as a page's lines: titles as headings, speech as paragraphs, overlays kept as printed. */
function captionView(all: Cue[], preamble: string[], chapters: readonly Chapter[]): ViewLine[] {
  // (A Chinese file, whose Latin lines may be a translation: most of its cues in Chinese, and lines in Latin letters beside
  // them throughout — a bilingual release — not a brand name or an English word in Chinese speech.)
  const han = all.filter((cue) => cue.lines.some((line) => /\p{Script=Han}/u.test(line))).length;
  const withTranslation = all.filter((cue) => cue.lines.some(isTranslationLine)).length;
  const chinese = han >= all.length / 2 && withTranslation >= Math.max(2, han * 0.3);
  const roles = new Map<Cue, Role>(all.map((cue, index) => [cue, roleOf(all, index, chinese)]));
  // (Each chapter a title where it starts, as a title shown on screen is: the cues shown from then on are its story's. Where
  // the file shows a title of its own near it, that title opens the story, as shown; a first chapter that only names the
  // opening, `开场`, opens none: the opening stays the programme's.)
  const ownTitles = all.filter((cue) => roles.get(cue) === 'title');
  const stories = chapters.filter((chapter, index) => !(index === 0 && OPENING_CHAPTER.test(chapter.title.trim())));
  // (A title shown a moment into its story: the story starts where its chapter, the nearest, does; the speech shown before the title is its own.)
  for (const title of ownTitles) {
    const distance = (chapter: Chapter): number => Math.abs(title.start - chapter.start);
    const chapter = stories.filter((one) => distance(one) <= CHAPTER_NEAR).sort((a, b) => distance(a) - distance(b))[0];
    if (chapter !== undefined && chapter.start < title.start) title.start = chapter.start;
  }
  const chapterCues = new Set(
    stories
      .filter((chapter) => !ownTitles.some((title) => Math.abs(title.start - chapter.start) <= CHAPTER_NEAR))
      .map((chapter, index): Cue => ({
        start: chapter.start,
        end: chapter.start,
        lines: [chapter.title],
        place: 'default',
        spot: 'chapter',
        order: -chapters.length + index,
      })),
  );
  for (const cue of chapterCues) roles.set(cue, 'title');
  const cues = inShownOrder([...chapterCues, ...all], roles);
  const hasTitles = [...roles.values()].includes('title');
  const voices = new Set(cues.map((cue) => cue.voice).filter((voice) => voice !== undefined));
  const view: ViewLine[] = preamble.map((line) => ({ text: line.trim(), hint: { contents: true } }));
  const add = (line: ViewLine): void => {
    if (view.length > 0) view.push({ text: '' });
    view.push(line);
  };
  let paragraph: string[] = [];
  let translated: string[] = [];
  let held: ViewLine[] = [];
  let voice: string | undefined;
  let last: Cue | undefined;
  let lastTitle: Cue | undefined;
  let storyOpened = false;
  let bylined = false;
  const endParagraph = (): void => {
    // (Speech is running text, never a head line, however short; before the first title, the programme's opening is kept as
    // its contents, a cue a line, as a paper's 导读 is.)
    if (paragraph.length > 0) add({ text: joinParts(paragraph), hint: { opensParagraph: true } });
    if (translated.length > 0) add({ text: joinParts(translated), hint: { opensParagraph: true } });
    paragraph = [];
    translated = [];
    for (const line of held) add(line);
    held = [];
  };
  /**
   * Whether a cue opens a speaker's turn (a voice other than the last named, which a cue naming none goes on), and its label
   * where the file names more than one speaker.
   */
  const turnOf = (cue: Cue): { turn: boolean; label: string } => {
    const turn = cue.voice !== undefined && cue.voice !== voice;
    voice = cue.voice ?? voice;
    return { turn, label: turn && voices.size > 1 ? `${cue.voice}：` : '' };
  };
  for (const cue of cues) {
    const role = roles.get(cue)!;
    // (A chapter's title is the title whatever its language.)
    const { own, translation } = chapterCues.has(cue) ? { own: cue.lines, translation: [] } : languages(cue, chinese);
    if (role === 'title') {
      // (A title shown again, with no speech since, is the same title.)
      if (lastTitle !== undefined && joinParts(lastTitle.lines, ' ') === joinParts(cue.lines, ' ') && last === lastTitle) continue;
      endParagraph();
      add({ text: joinParts(own, ' '), hint: { heading: 1 } });
      if (translation.length > 0) add({ text: joinParts(translation, ' ') });
      storyOpened = true;
      bylined = false;
      voice = undefined;
      last = cue;
      lastTitle = cue;
      continue;
    }
    if (role === 'overlay') {
      // (A byline shown over a story goes under its title, as a paper prints it, its translation kept as printed; anything
      // else stays where it was shown.)
      const byline = joinParts(own);
      if (storyOpened && !bylined && matchBylineLine(byline) !== undefined) {
        const heading = view.findLastIndex((line) => line.hint?.heading !== undefined);
        const under = view[heading + 2] !== undefined && view[heading + 2]!.hint === undefined ? heading + 2 : heading;
        view.splice(under + 1, 0, { text: '' }, { text: byline });
        if (translation.length > 0) held.push({ text: joinParts(translation, ' '), hint: { media: true } });
        bylined = true;
      } else held.push({ text: cue.lines.map((line) => line.trim()).join(' '), hint: { media: true } });
      continue;
    }
    if (!storyOpened && hasTitles) {
      // (The opening: a cue a line, each speaker's turn labelled.)
      const { label } = turnOf(cue);
      for (const [index, line] of cue.lines.entries()) add({ text: `${index === 0 ? label : ''}${line.trim()}`, hint: { contents: true } });
      last = cue;
      continue;
    }
    if (role === 'translation') {
      // (A title's translation, shown with it before any speech: its subtitle.)
      if (lastTitle !== undefined && last === lastTitle && cue.start < lastTitle.end) add({ text: joinParts(translation, ' ') });
      else translated.push(...translation);
      continue;
    }
    const paused = last !== undefined && cue.start - last.end >= PARAGRAPH_PAUSE && SENTENCE_END.test(paragraph.at(-1) ?? '');
    // (A SubRip cue of two speakers marks each turn with a dash: each a paragraph of its own, the dash no text.)
    // (A speech cue has a line of its own here: a cue with none is a translation.)
    if (own.every((line) => DASH_TURN.test(line))) {
      for (const line of own) {
        endParagraph();
        paragraph.push(line.replace(DASH_TURN, ''));
      }
      translated.push(...translation);
      last = cue;
      continue;
    }
    const { turn, label } = turnOf(cue);
    if (paragraph.length > 0 && (turn || paused)) endParagraph();
    if (label !== '') paragraph.push(label);
    paragraph.push(joinParts(own));
    translated.push(...translation);
    last = cue;
  }
  endParagraph();
  return view;
}

/**
 * Cues in the order shown: by start; at one moment a title first; a byline shown just before a title, with it.
 */
function inShownOrder(cues: Cue[], roles: Map<Cue, Role>): Cue[] {
  const titles = cues.filter((cue) => roles.get(cue) === 'title');
  const at = new Map(
    cues.map((cue) => {
      if (roles.get(cue) !== 'overlay' || matchBylineLine(joinParts(cue.lines)) === undefined) return [cue, cue.start];
      const next = titles.find((title) => title.start > cue.start && title.start - cue.start <= BYLINE_LEAD && title.start < cue.end);
      return [cue, next?.start ?? cue.start];
    }),
  );
  const rank = (cue: Cue): number => (roles.get(cue) === 'title' ? 0 : 1);
  return [...cues].sort((a, b) => at.get(a)! - at.get(b)! || rank(a) - rank(b) || a.order - b.order);
}

/**
 * A cue's role. A group's credit or note is an overlay; a cue the file names keeps that name's title or overlay role; a
 * translation alone is one; the others are speech unless shown over other cues (its time overlapping theirs) away from
 * where speech is shown (the spots that hold at least a fifth of the cues): then a title when at the top, short and no
 * sentence, else an overlay.
 */
function roleOf(cues: Cue[], index: number, chinese: boolean): Role {
  const cue = cues[index]!;
  const text = joinParts(cue.lines);
  const { own } = languages(cue, chinese);
  if (own.length === 0) return cue.named === 'title' ? 'title' : 'translation';
  const titleLike = isTitleLike(joinParts(own, ' '));
  if (cue.named === 'title') return titleLike ? 'title' : 'speech';
  if (cue.named === 'overlay') return 'overlay';
  const speech = speechSpots(cues).has(cue.spot);
  // (A group's credit or note off the speech: never a title. In the speech, `字幕组` is a word of the news.)
  if (GROUP_LINE.test(text) && !speech) return 'overlay';
  if (own.some((line) => DASH_TURN.test(line))) return 'speech';
  // (A cue set apart from the speech that shows a line said elsewhere in the programme — a story's title, read out in the
  // opening's list of stories — is that story's title, wherever it is shown.)
  if (!speech && titleLike && matchBylineLine(joinParts(own)) === undefined && repeatsAnother(cues, index)) return 'title';
  if (speech || !overlapsAnother(cues, index)) return 'speech';
  // (A title is shown over the speech for most of its time; a line moved up for a moment is speech that overlaps a little.)
  return cue.place === 'top' && titleLike && overlapShare(cues, index) >= 0.5 ? 'title' : 'overlay';
}

/** Whether another cue of the file shows the same words (spaces and punctuation aside). */
function repeatsAnother(cues: Cue[], index: number): boolean {
  const bare = (cue: Cue): string => joinParts(cue.lines).replace(/[\s\p{P}]/gu, '');
  const own = bare(cues[index]!);
  return own.length >= 4 && cues.some((other, at) => at !== index && bare(other) === own);
}

/** How much of a cue's time other cues are shown with it, as a share of its own. */
function overlapShare(cues: Cue[], index: number): number {
  const cue = cues[index]!;
  const length = Math.max(cue.end - cue.start, 0.001);
  const spans = cues
    .filter((other, at) => at !== index && other.start < cue.end && cue.start < other.end)
    .map((other) => [Math.max(cue.start, other.start), Math.min(cue.end, other.end)] as const)
    .sort((a, b) => a[0] - b[0]);
  let covered = 0;
  let reached = cue.start;
  for (const [from, to] of spans) {
    if (to > reached) covered += to - Math.max(from, reached);
    reached = Math.max(reached, to);
  }
  return covered / length;
}

const spotsOf = new WeakMap<Cue[], Set<string>>();

/** The spots speech is shown in: the most common, and those that hold at least a fifth of the cues not named a title or an overlay (three at least). */
function speechSpots(cues: Cue[]): Set<string> {
  const known = spotsOf.get(cues);
  if (known) return known;
  const counts = new Map<string, number>();
  // (Not counted: a cue that looks like a title shown over the speech — at the top, short, no sentence, over it for most of
  // its time — or a story of three cues would make its titles' spot a speech spot.)
  const counted = cues.filter(
    (cue, index) =>
      cue.named !== 'title' && cue.named !== 'overlay' && !(cue.place === 'top' && isTitleLike(joinParts(cue.lines, ' ')) && overlapShare(cues, index) >= 0.5),
  );
  for (const cue of counted) counts.set(cue.spot, (counts.get(cue.spot) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const spots = new Set(ranked.filter(([, count], rank) => rank === 0 || count >= Math.max(3, counted.length / 5)).map(([spot]) => spot));
  spotsOf.set(cues, spots);
  return spots;
}

function isTitleLike(text: string): boolean {
  return text !== '' && Array.from(text).length <= MAX_TITLE && !CLAUSE_END.test(text.trim()) && !DASH_TURN.test(text);
}

function overlapsAnother(cues: Cue[], index: number): boolean {
  const cue = cues[index]!;
  return cues.some((other, at) => at !== index && other.start < cue.end && cue.start < other.end);
}

/**
 * Cues without a rolling caption's repeats: a line a cue shows again from the cue before (live and automatic captions
 * scroll a line up and add the next), and a cue that only shows the one before again, a moment after it.
 */
function withoutRollingRepeats(cues: Cue[]): Cue[] {
  const inOrder = [...cues].sort((a, b) => a.start - b.start || a.order - b.order);
  const shownLines = (cue: Cue): string[] => cue.lines.map((line) => line.trim()).filter((line) => line !== '');
  // (Only a file whose cues roll: many open on the line the cue before ended on. Elsewhere a line said twice is said twice.)
  const opensOnLast = inOrder.filter(
    (cue, index) => index > 0 && shownLines(cue)[0] !== undefined && shownLines(cue)[0] === shownLines(inOrder[index - 1]!).at(-1),
  );
  if (opensOnLast.length < Math.max(3, inOrder.length / 5)) return inOrder;
  const kept: Cue[] = [];
  for (const cue of inOrder) {
    const before = kept.findLast((other) => other.spot === cue.spot);
    const lines = shownLines(cue);
    const shown = before === undefined ? [] : shownLines(before);
    // (The most lines it opens on that the cue before ended on.)
    let repeated = Math.min(lines.length, shown.length);
    while (repeated > 0 && lines.slice(0, repeated).join('\n') !== shown.slice(-repeated).join('\n')) repeated -= 1;
    if (repeated === lines.length) continue;
    kept.push(repeated > 0 ? { ...cue, lines: lines.slice(repeated) } : cue);
  }
  return kept;
}

/**
 * Pieces of speech joined: with nothing between Chinese characters and punctuation, with `between` (a space) between
 * words. (Where captions show no punctuation, a cue's end may be a pause or may cut a word, `俄罗` / `斯`: nothing is put
 * there, so that no word is cut in the text and a search finds it.)
 */
/** A character set close to its neighbours, with no space: Chinese and Japanese characters, full-width punctuation. */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u;

function joinParts(parts: string[], between: '' | ' ' = ''): string {
  let joined = '';
  for (const raw of parts) {
    const part = raw.replace(/[ \t\u00a0]+/gu, ' ').trim();
    if (part === '') continue;
    const tight = joined === '' || (between === '' && (WIDE.test(joined.at(-1)!) || WIDE.test(part[0]!)));
    joined += (joined === '' ? '' : tight ? '' : ' ') + part;
  }
  return joined;
}

const STAMP = String.raw`(?:\d+:)?\d{1,2}:\d{1,2}(?:[.,:]\d{1,3})?`;
const TIMING = new RegExp(String.raw`^\s*(${STAMP})\s*-->\s*(${STAMP})(.*)$`, 'u');
/** YouTube's SBV timing line: `0:00:01.000,0:00:03.000`. */
const SBV_TIMING = /^\s*(\d+:\d{2}:\d{2}\.\d{1,3}),(\d+:\d{2}:\d{2}\.\d{1,3})()\s*$/u;

/**
 * SubRip's, WebVTT's and SBV's cues, line by line: a timing line (`00:00:01,000 --> 00:00:03,000`, VTT's settings after it; SBV's `0:00:01.000,0:00:03.000`)
 * opens a cue, the line right above it its id when it is one (a SubRip number; a VTT id after a blank line); the lines
 * after it, to the next cue's, its text — a blank line inside a cue's text does not end it. A VTT file's header,
 * `STYLE` and `REGION` blocks are its settings, its `NOTE` blocks its comments.
 */
function parseCueBlocks(text: string, format: 'srt' | 'vtt' | 'sbv'): Parsed | { unreadable: string } | NoText {
  const rows = text.split(/\r\n|\r|\n/u);
  const timingLine = format === 'sbv' ? SBV_TIMING : TIMING;
  const vtt = format === 'vtt' && /^WEBVTT(?:$|[ \t])/u.test(rows[0] ?? '');
  const cues: Cue[] = [];
  const preamble: string[] = [];
  let comments = 0;
  /** The lines of the cue being read (or of the preamble), with whether a blank line stood above each. */
  let open: { cue?: { start: number; end: number; settings: string; id: string }; rows: Array<{ text: string; afterBlank: boolean }> } = { rows: [] };
  let index = 0;
  // (A VTT file's header: its signature line and the lines up to the first blank one, `Kind: captions`, `Language: zh-Hans`.)
  if (vtt) while (index < rows.length && rows[index]!.trim() !== '' && !TIMING.test(rows[index]!)) index += 1;
  const close = (): void => {
    const lines = open.rows.map((row) => row.text);
    while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
    if (open.cue === undefined) {
      preamble.push(...lines.filter((line) => line.trim() !== ''));
      return;
    }
    const payload = readPayload(lines.filter((line) => line.trim() !== '').join('\n'));
    const { start, end, settings, id } = open.cue;
    const named = roleName([...payload.classes, id.replace(/[-_ ]?\d+$/u, '')]);
    cues.push({
      start,
      end,
      lines: payload.text.split('\n'),
      place: payload.place ?? vttPlace(settings),
      spot: `${payload.spot} ${placing(settings)}`,
      order: cues.length,
      ...(named ? { named } : {}),
      ...(payload.voice ? { voice: payload.voice } : {}),
    });
  };
  let blank = true;
  for (; index < rows.length; index++) {
    const row = rows[index]!;
    const timing = timingLine.exec(row);
    if (timing) {
      // (The line right above: a SubRip cue's number, or a VTT cue's id after a blank line; else the last line of the cue before.)
      const above = open.rows.at(-1);
      const isId = above !== undefined && above.text.trim() !== '' && (/^\d+$/u.test(above.text.trim()) || (vtt && above.afterBlank));
      if (isId) open.rows.pop();
      close();
      const start = seconds(timing[1]!);
      const end = seconds(timing[2]!);
      open = { cue: { start: start ?? 0, end: end ?? start ?? 0, settings: timing[3] ?? '', id: isId ? above.text.trim() : '' }, rows: [] };
      blank = false;
      continue;
    }
    if (row.trim() === '') {
      open.rows.push({ text: '', afterBlank: blank });
      blank = true;
      continue;
    }
    // (A VTT block after a blank line that is a comment or settings: to the next blank line.)
    if (vtt && blank && /^(?:NOTE|STYLE|REGION)(?:$|[ \t])/u.test(row)) {
      if (row.startsWith('NOTE')) comments += 1;
      while (index + 1 < rows.length && rows[index + 1]!.trim() !== '') index += 1;
      continue;
    }
    open.rows.push({ text: row, afterBlank: blank });
    blank = false;
  }
  close();
  if (cues.length === 0) {
    if (vtt || preamble.length === 0) return EMPTY;
    return { unreadable: `no timed cue (a line such as \`00:00:01,000 --> 00:00:03,000\`); it opens \`${preamble[0]!.slice(0, 40)}\`` };
  }
  return { cues, comments, preamble };
}

/** A VTT cue's settings that place it on the screen, in a fixed order (`line:75% position:5% align:start`). */
function placing(settings: string): string {
  return PLACING.map((setting) => setting.exec(settings)?.[0]?.trim() ?? '').join(' ');
}

const PLACING = ['line', 'position', 'align', 'size', 'vertical', 'region'].map((name) => new RegExp(`(?:^|\\s)${name}:(\\S+)`, 'u'));

/** Where VTT's settings put a cue: `line:8%` (of the height, from the top), `line:0` (lines from the top), `line:-1` (from the bottom). */
function vttPlace(settings: string): Place {
  const line = /(?:^|\s)line:(-?\d+(?:\.\d+)?)(%?)/u.exec(settings);
  if (!line) return 'default';
  const value = Number(line[1]);
  if (line[2] === '%') return value <= 25 ? 'top' : value >= 70 ? 'bottom' : 'middle';
  return value >= 0 && value <= 2 ? 'top' : value < 0 ? 'bottom' : 'middle';
}

/** The tags of a cue's text: VTT's (`<c.title>`, `<v 王芳>`, `<b>`, `<ruby>`, `<lang zh>`) and SubRip's (`<i>`, `<font color=…>`). */
const TAG = /<(\/?)(c|i|b|u|v|lang|ruby|rt|rp|font|span|s|em|strong)((?:\.[^\s.<>]+)*)(?:\s+([^<>]*))?>|<br\s*\/?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>/giu;

/**
 * A cue's text with its markup read: its tags taken out (a `<br>` a line break), their classes and voice kept; character
 * references decoded (`&amp;`; only those closed by `;`, as `&notice` is text); an ASS override block a SubRip file
 * carries (`{\an8}`, `{\pos(192,980)}`) read for its place and taken out. A `<` that opens no tag is text (`a < b`).
 */
function readPayload(payload: string): { text: string; classes: string[]; voice?: string; place?: Place; spot: string } {
  const classes: string[] = [];
  let voice: string | undefined;
  let place: Place | undefined;
  let spot = '';
  const whole = /^\s*(?:\{\\[^}]*\}\s*)*<font\b[^>]*>(?:(?!<\/?font\b)[\s\S])*<\/font>\s*$/iu.test(payload);
  const text = payload
    .replace(/\{\\[^}]*\}/gu, (block) => {
      const an = /\\an([1-9])/u.exec(block)?.[1];
      const position = POSITION_Y.exec(block)?.[1];
      if (an !== undefined) place = numpadPlace(Number(an));
      else if (position !== undefined) place = heightPlace(Number(position), undefined);
      spot += `${an ?? ''}${position === undefined ? '' : ` y${Math.round(Number(position) / 20)}`}`;
      return '';
    })
    .replace(TAG, (tag: string, closing: string, name: string | undefined, dotted: string | undefined, annotation: string | undefined) => {
      if (/^<br/iu.test(tag)) return '\n';
      // (A cue wholly in a colour of its own, `<font color="#ffff00">…</font>`, is shown apart from the speech; a word in
      // colour inside a cue is not.)
      const color = !closing && name?.toLowerCase() === 'font' && whole ? /color\s*=\s*["']?([^"'\s>]+)/iu.exec(annotation ?? '')?.[1] : undefined;
      if (color !== undefined) spot += ` color:${color.toLowerCase()}`;
      if (!closing && dotted) classes.push(...dotted.slice(1).split('.'));
      if (!closing && name?.toLowerCase() === 'v' && annotation) voice ??= annotation.trim();
      return '';
    });
  return {
    text: parseEntities(text, { nonTerminated: false }),
    classes,
    spot: spot || (place ?? ''),
    ...(voice ? { voice } : {}),
    ...(place ? { place } : {}),
  };
}

/** The height a `\pos(x,y)` or a `\move(x1,y1,…)` tag puts a cue at: its (first) y. */
const POSITION_Y = /\\(?:pos|move)\(\s*-?[\d.]+\s*,\s*(-?[\d.]+)/u;

/** ASS's numpad alignment (`\an8`, a style's `Alignment`): 7–9 the top, 4–6 the middle, 1–3 the bottom. */
function numpadPlace(alignment: number): Place {
  return alignment >= 7 ? 'top' : alignment >= 4 ? 'middle' : 'bottom';
}

/** SubStation Alpha v4's legacy alignment (`\a6`, an `.ssa` style's): 1–3 the bottom, 5–7 the top, 9–11 the middle. */
function legacyPlace(alignment: number): Place {
  return alignment >= 9 ? 'middle' : alignment >= 5 ? 'top' : 'bottom';
}

/** Where a `\pos(x,y)` puts a cue on a screen `height` high (a script's `PlayResY`; else 288, or 1080 for a larger y). */
function heightPlace(y: number, height: number | undefined): Place {
  const screen = height ?? (y > 288 ? 1080 : 288);
  return y < screen * 0.3 ? 'top' : y > screen * 0.7 ? 'bottom' : 'middle';
}

/** The role a cue's names give it, the first that says one. */
function roleName(names: string[]): Cue['named'] {
  for (const name of names) {
    if (name === '') continue;
    if (TITLE_NAME.test(name)) return 'title';
    if (SPEECH_NAME.test(name)) return 'speech';
    if (OVERLAY_NAME.test(name)) return 'overlay';
  }
  return undefined;
}

/** An actor field a group fills with the line's language (`CN`, `EN`, `中文`): it names no speaker. */
const LANGUAGE_NAME = /^(?:cn|en|eng|chs|cht|jp|jpn|zh|zh-cn|zh-hans|zh-hant|中|英|日|中文|英文|日文|简体|繁体|簡體|繁體|双语|雙語)$/iu;

/** An ASS or SSA script: its `Dialogue:` events (style, actor, text with override tags), `Comment:` events its comments. */
function parseAssFile(text: string): Parsed | { unreadable: string } | NoText {
  if (!/^\s*\[Script Info\]/imu.test(text) && !/^\s*\[Events\]/imu.test(text)) return { unreadable: 'no [Script Info] or [Events] section' };
  const format = /^\s*\[Events\][^[]*?^\s*Format\s*:(.*)$/imu.exec(text)?.[1];
  if (
    /^\s*Dialogue\s*:/imu.test(text) &&
    (format === undefined || !/\bText\s*$/iu.test(format.trim()) || !/\bStart\b/iu.test(format) || !/\bEnd\b/iu.test(format))
  )
    return {
      unreadable: `its [Events] section has ${format === undefined ? 'no `Format:` line' : `the \`Format:\` line \`${format.trim()}\`, which does not name Start, End and, last, Text`}, so its Dialogue lines cannot be read`,
    };
  let script: ParsedASS;
  try {
    script = parseAss(text);
  } catch (failure) {
    return { unreadable: `the script cannot be parsed (${failure instanceof Error ? failure.message : String(failure)})` };
  }
  // (ass-compiler's types give every field; a script may leave out `ScriptType`, `PlayResY`, an event's `Name`.)
  const info: Partial<Record<string, string>> = script.info;
  const legacy = /^v4\.00$/iu.test(info['ScriptType'] ?? '');
  const height = Number(info['PlayResY']) || undefined;
  const styles = new Map(script.styles.style.map((style) => [style.Name, style]));
  const dialogue = script.events.dialogue;
  // (Viewers' comments made into subtitles, Danmaku2ASS's and Bilibili's: most lines scroll across the screen.)
  const width = Number(info['PlayResX']) || 384;
  const across = (event: ParsedASSEvent): boolean => {
    const move = /\\move\(\s*(-?[\d.]+)\s*,\s*-?[\d.]+\s*,\s*(-?[\d.]+)/u.exec(event.Text.raw);
    return move !== null && Math.abs(Number(move[1]) - Number(move[2])) >= width * 0.6;
  };
  if (dialogue.length >= 5 && dialogue.filter(across).length >= dialogue.length / 2)
    return { unreadable: "viewers' comments (danmaku) made into subtitles, most lines scrolling across the screen: no programme's text", noText: 'danmaku' };
  const cues = dialogue.map((event, order): Cue => {
    const style = styles.get(event.Style);
    const alignment = style === undefined ? undefined : Number(style.Alignment);
    const styled: Place = alignment === undefined || Number.isNaN(alignment) ? 'default' : legacy ? legacyPlace(alignment) : numpadPlace(alignment);
    const named = roleName([event.Style]);
    const actor: unknown = event.Name;
    const actorName = typeof actor === 'string' ? actor.trim() : '';
    const voice = LANGUAGE_NAME.test(actorName) ? '' : actorName;
    const own = assPlace(event, height);
    return {
      start: event.Start,
      end: event.End,
      lines: assText(event).split('\n'),
      place: own ?? styled,
      spot: `${event.Style} ${own ?? ''} ${assPosition(event)}`,
      order,
      ...(named ? { named } : {}),
      ...(voice ? { voice } : {}),
    };
  });
  return { cues, comments: script.events.comment.length, preamble: [] };
}

/** An event's text: its fragments' (drawings have none), `\N` and `\n` a line break, `\h` a space. */
function assText(event: ParsedASSEvent): string {
  return event.Text.parsed
    .map((fragment) => fragment.text)
    .join('')
    .replace(/\\[Nn]/gu, '\n')
    .replace(/\\h/gu, ' ');
}

/** Where an event's `\pos` or `\move` tag puts it, as written; empty when none does. */
function assPosition(event: ParsedASSEvent): string {
  return /\\(?:pos|move)\([^)]*\)/u.exec(event.Text.raw)?.[0] ?? '';
}

/** Where an event's own override tags put it (`{\an8}`; `{\a6}` in SSA's numbering in any script; `{\pos(960,80)}`); `undefined` when they do not. */
function assPlace(event: ParsedASSEvent, height: number | undefined): Place | undefined {
  for (const fragment of event.Text.parsed) {
    for (const tag of fragment.tags) {
      if (typeof tag.an === 'number' && tag.an > 0) return numpadPlace(tag.an);
      if (typeof tag.a === 'number' && tag.a > 0) return legacyPlace(tag.a);
    }
  }
  const y = POSITION_Y.exec(event.Text.raw)?.[1];
  return y === undefined ? undefined : heightPlace(Number(y), height);
}

/**
 * Bilibili's JSON subtitles (`.bcc`, or `.json` as tools download them): `body`, a list of cues `{ from, to, location,
 * content }`, `location` where on the screen in numpad order (2 the bottom, 8 the top).
 */
function parseBcc(text: string): Parsed | { unreadable: string } | NoText {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (failure) {
    return { unreadable: `its JSON cannot be parsed (${failure instanceof Error ? failure.message : String(failure)})` };
  }
  const body = typeof data === 'object' && data !== null && 'body' in data && Array.isArray(data.body) ? (data.body as unknown[]) : undefined;
  if (body === undefined) return { unreadable: 'no `body` list of cues' };
  const cues: Cue[] = [];
  for (const item of body) {
    if (typeof item !== 'object' || item === null) continue;
    const cue = item as Record<string, unknown>;
    const { from, to, content, location } = cue;
    if (typeof from !== 'number' || typeof content !== 'string') continue;
    const place = typeof location === 'number' && location >= 1 && location <= 9 ? numpadPlace(location) : 'default';
    cues.push({
      start: from,
      end: typeof to === 'number' ? to : from,
      lines: content.split(/\r?\n/u),
      place,
      spot: typeof location === 'number' ? String(location) : '',
      order: cues.length,
    });
  }
  if (cues.length === 0) return EMPTY;
  return { cues, comments: 0, preamble: [] };
}

/**
 * TTML (and its older name DFXP, as broadcasters and streaming services deliver subtitles): each `<p begin end>` a cue,
 * `<br/>` a line break, its region (its own or its `<div>`'s or `<body>`'s) and style its place and names — a region at
 * the top (`tts:displayAlign="before"`, an origin in the top third, or named `top`), a style or region named as a title
 * or an overlay. Times as clock times (`00:00:01.500`, `00:00:01:12` in frames), offsets (`1.5s`, `1500ms`, `30t` ticks).
 */
function parseTtml(text: string): Parsed | { unreadable: string } | NoText {
  const document = new DOMParser().parseFromString(text, 'text/xml');
  const root = document.documentElement as Element | null;
  if (!root || root.localName !== 'tt') return { unreadable: 'no <tt> root element' };
  const rate = (name: string, fallback: number): number => Number(root.getAttributeNS(TTP, name) || root.getAttribute(`ttp:${name}`)) || fallback;
  const frames = rate('frameRate', 30);
  const ticks = rate('tickRate', 1);
  const regions = new Map<string, Place>();
  for (const region of descendants(document, '*', 'region')) {
    const id = region.getAttribute('xml:id') ?? region.getAttribute('id') ?? '';
    const align = region.getAttributeNS(TTS, 'displayAlign') || region.getAttribute('tts:displayAlign') || '';
    const origin = /\s(-?[\d.]+)%/u.exec(region.getAttributeNS(TTS, 'origin') || region.getAttribute('tts:origin') || '')?.[1];
    const y = origin === undefined ? undefined : Number(origin);
    regions.set(
      id,
      /^top|上/iu.test(id) || (y !== undefined && y < 30) || (y === undefined && align === 'before')
        ? 'top'
        : y !== undefined && y > 60
          ? 'bottom'
          : /bottom|下/iu.test(id)
            ? 'bottom'
            : 'middle',
    );
  }
  const inherited = (element: Element, name: string): string => {
    for (let node: Node | null = element; node && node.nodeType === 1; node = node.parentNode) {
      const value = (node as Element).getAttribute(name);
      if (value) return value;
    }
    return '';
  };
  const cues: Cue[] = [];
  /** The begin of the time containers around an element (`<div begin>`, `<body begin>`): its times are counted from there. */
  const offset = (element: Element): number => {
    let total = 0;
    for (let node = element.parentNode; node && node.nodeType === 1; node = node.parentNode)
      total += ttmlTime((node as Element).getAttribute('begin') ?? '', frames, ticks) ?? 0;
    return total;
  };
  for (const p of descendants(document, '*', 'p')) {
    // (A paragraph timed by its spans: from its first span's begin to its last one's end.)
    const spans = descendants(p, '*', 'span').filter((span) => span.getAttribute('begin'));
    const own =
      ttmlTime(p.getAttribute('begin') ?? '', frames, ticks) ?? (spans[0] ? ttmlTime(spans[0].getAttribute('begin') ?? '', frames, ticks) : undefined);
    const ownEnd =
      ttmlTime(p.getAttribute('end') ?? '', frames, ticks) ?? (spans.at(-1) ? ttmlTime(spans.at(-1)!.getAttribute('end') ?? '', frames, ticks) : undefined);
    const start = own ?? (p.parentNode?.nodeType === 1 && (p.parentNode as Element).getAttribute('begin') ? 0 : undefined);
    if (start === undefined) {
      cues.push({
        start: (cues.at(-1)?.end ?? 0) + offset(p),
        end: (cues.at(-1)?.end ?? 0) + offset(p),
        lines: ttmlText(p).split('\n'),
        place: 'default',
        spot: '',
        order: cues.length,
      });
      continue;
    }
    const shift = offset(p);
    const end = ownEnd === undefined ? undefined : ownEnd + shift;
    const region = inherited(p, 'region');
    const style = p.getAttribute('style') ?? '';
    const named = roleName([style, region]);
    cues.push({
      start: start + shift,
      end: end ?? start + shift,
      lines: ttmlText(p).split('\n'),
      place: regions.get(region) ?? 'default',
      spot: `${region} ${style}`,
      order: cues.length,
      ...(named ? { named } : {}),
    });
  }
  if (cues.length === 0) return EMPTY;
  return { cues, comments: 0, preamble: [] };
}

const TTP = 'http://www.w3.org/ns/ttml#parameter';
const TTS = 'http://www.w3.org/ns/ttml#styling';

/** A `<p>`'s text: its text nodes and spans', a `<br/>` a line break. */
function ttmlText(node: Node): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    // (A line broken inside the markup: nothing between Chinese characters, a space between words.)
    if (child.nodeType === 3 || child.nodeType === 4)
      text += (child.nodeValue ?? '').replace(
        /(.?)\s*\n\s*(.?)/gu,
        (_, before: string, after: string) =>
          `${before}${/\p{Script=Latin}|[0-9,.]/u.test(before) && /\p{Script=Latin}|[0-9]/u.test(after) ? ' ' : ''}${after}`,
      );
    else if (child.nodeType === 1) text += (child as Element).localName === 'br' ? '\n' : ttmlText(child);
  }
  return text;
}

/** A TTML time in seconds: a clock time (`00:00:01.500`, `00:00:01:12` with frames), or an offset (`1.5s`, `1500ms`, `2m`, `30t`, `12f`). */
function ttmlTime(value: string, frames: number, ticks: number): number | undefined {
  const clock = /^(\d+):(\d{2}):(\d{2})(?:\.(\d+)|:(\d+))?$/u.exec(value.trim());
  if (clock) {
    const [, hours, minutes, secs, fraction, frame] = clock;
    return Number(hours) * 3600 + Number(minutes) * 60 + Number(secs) + (fraction ? Number(`0.${fraction}`) : 0) + (frame ? Number(frame) / frames : 0);
  }
  const offset = /^([\d.]+)(h|m|s|ms|f|t)$/u.exec(value.trim());
  if (!offset) return undefined;
  const amount = Number(offset[1]);
  const unit = { h: 3600, m: 60, s: 1, ms: 0.001, f: 1 / frames, t: 1 / ticks }[offset[2] as 'h' | 'm' | 's' | 'ms' | 'f' | 't'];
  return amount * unit;
}

/**
 * A transcript stamped with times, as a video site's transcript is copied or a captioning system exports text: a stamp
 * before each line (`[00:00:02] 今天…`) or on a line of its own over its text (`0:02` / `今天…`); each stamp a cue, shown
 * until the next. Lines before the first stamp are kept as contents.
 */
function parseStamped(text: string): Parsed | NoText {
  const cues: Cue[] = [];
  const preamble: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/u)) {
    if (line.trim() === '') continue;
    const stamp = stampOf(line);
    const start = stamp ? seconds(stamp.stamp) : undefined;
    if (stamp && start !== undefined) {
      const previous = cues.at(-1);
      if (previous) previous.end = start;
      cues.push({ start, end: start, lines: stamp.rest === undefined ? [] : [stamp.rest], place: 'default', spot: '', order: cues.length });
    } else if (cues.length > 0) cues.at(-1)!.lines.push(line);
    else preamble.push(line);
  }
  if (cues.length === 0) return EMPTY;
  return { cues, comments: 0, preamble };
}
