/**
 * Subtitles — a broadcast's words as a station, a subtitling group or a video site keeps them: SubRip (`.srt`), WebVTT
 * (`.vtt`, as yt-dlp and players write it) and Advanced SubStation Alpha (`.ass`, `.ssa`, Aegisub's). A file is one
 * day's programme: an anchor's opening and the contents read out, then story after story, each under its title shown on
 * screen, its speech cut into cues that break sentences anywhere.
 *
 * Read into a text view, in the order the cues are shown (by start time):
 * - a **title** — a cue its style, class or id names so (`Style: 标题`, `<c.title>`, `title-1`), or a short cue shown at the
 *   top (`{\an8}`, `line:8%`) over the speech — is a heading, which opens a story;
 * - the **speech** — the cues nothing sets apart — is joined into running text (a cue's lines and cue to cue: with nothing
 *   between Chinese characters, with a space between words), a paragraph ending at a title, at another speaker (a VTT
 *   voice `<v 王芳>`, an ASS actor) or at a pause after a sentence ends;
 * - an **overlay** shown over the speech elsewhere on the screen (a lower third: `{\an1}江城台记者 王芳`, `Style: 署名`) is
 *   kept as printed after the paragraph it was shown over; one that is a byline goes under its story's title;
 * - the programme's **opening** before its first title (the anchor's greeting, the stories read out) is kept as its
 *   contents, a cue a line, as a paper's 导读 is.
 * Comments (VTT `NOTE` blocks, ASS `Comment:` lines) are no broadcast text: left out and counted; so are the style
 * blocks and the script's settings. Cues' times are not kept.
 *
 * @example
 *   readCaptions('1\n00:00:01,000 --> 00:00:03,000\n{\\an8}全国春灌大面积展开\n…', 'srt')
 *   // → { kind: 'captions', text: '全国春灌大面积展开\n\n…', lines: [{ text: '全国春灌大面积展开', hint: { heading: 1 } }, …] }
 */
import { parse as parseAss, type ParsedASSEvent } from 'ass-compiler';
import { parseEntities } from 'parse-entities';
import { matchBylineLine } from '../rules/byline.ts';
import { NO_WORD_PARTS, viewText, type DocumentText } from './word.ts';
import type { RawLine } from '../types.ts';

export type CaptionFormat = 'srt' | 'vtt' | 'ass';

/** The subtitle format a file's extension names. */
export function captionFormat(name: string): CaptionFormat | undefined {
  const extension = /\.(srt|vtt|webvtt|ass|ssa)$/iu.exec(name)?.[1]?.toLowerCase();
  if (extension === undefined) return undefined;
  return extension === 'srt' ? 'srt' : extension === 'vtt' || extension === 'webvtt' ? 'vtt' : 'ass';
}

/** Where on the screen a cue is shown: at the top, the bottom, the middle, or where the file does not say. */
type Place = 'top' | 'middle' | 'bottom' | 'default';

interface Cue {
  start: number;
  end: number;
  /** Its text, its lines apart by `\n`, markup taken out. */
  text: string;
  place: Place;
  /** Where exactly it is shown, as the file puts it (a VTT cue's settings, an ASS style and its override tags): the speech is shown in one spot, an overlay in another. */
  spot: string;
  /** A name the file gives it — an ASS style, a VTT class or cue id — when that name says what it is. */
  named?: 'title' | 'overlay' | 'speech';
  /** Who speaks it: a VTT voice, an ASS actor. */
  voice?: string;
  /** Its position in the file, for cues shown at the same moment. */
  order: number;
}

interface Parsed {
  cues: Cue[];
  /** Comments in the file (`NOTE`, `Comment:`). */
  comments: number;
}

/** A cue named as a title shown on screen: its ASS style, VTT class or cue id (`标题`, `title-1`, `headline`). */
const TITLE_NAME = /^(?:title|headline|heading|head|chapter|标题|標題|主标题|主標題|大标题|大標題|新闻标题|新聞標題|题目|題目|片名)(?:[-_ ]?\d+)?$/iu;
/** A cue named as an overlay: a lower third with a name, an office or a place (`署名`, `人名条`, `lower-third`). */
const OVERLAY_NAME = /署名|人名|姓名|身份|职务|職務|字幕条|字幕條|角标|角標|地点|地點|lower|third|name|credit|super|sign|location/iu;
/** A cue named as speech: the file's default style, the dialogue's (`Default`, `正文`, `对白`). */
const SPEECH_NAME = /^(?:default|dialogue|dialog|speech|text|body|caption|captions|正文|对白|對白|台词|台詞|字幕|同期|同期声|同期聲|解说|解說|配音)$/iu;

/** A title is short and no sentence: it does not end as a sentence does. */
const MAX_TITLE = 48;
const SENTENCE_END = /[。！？!?…；;]["”’』」）)]*$/u;
/** A pause in the speech, after a sentence ends, that ends its paragraph (in seconds). */
const PARAGRAPH_PAUSE = 1;

/** A subtitle file read as a text view; or why it cannot be read (`empty`: it holds no cue with text, as a style template). */
export function readCaptions(text: string, format: CaptionFormat): DocumentText | { unreadable: string; empty?: true } {
  const parsed = format === 'ass' ? parseAssFile(text) : parseCueBlocks(text, format);
  if ('unreadable' in parsed) return parsed;
  const cues = parsed.cues.filter((cue) => cue.text.trim() !== '').sort((a, b) => a.start - b.start || a.order - b.order);
  if (cues.length === 0) return { unreadable: 'no cue with text: a template or an empty file', empty: true };
  const view = captionView(cues);
  const { text: viewed, lines } = viewText(view);
  return { kind: 'captions', text: viewed, lines, leftOut: [], parts: { ...NO_WORD_PARTS, comments: parsed.comments } };
}

type ViewLine = { text: string; hint?: RawLine['hint'] };
type Role = 'title' | 'overlay' | 'speech';

/** The cues in the order shown, as a page's lines: titles as headings, speech as paragraphs, overlays kept as printed. */
function captionView(cues: Cue[]): ViewLine[] {
  const roles = rolesOf(cues);
  const voices = new Set(cues.map((cue) => cue.voice).filter((voice) => voice !== undefined));
  const view: ViewLine[] = [];
  const add = (line: ViewLine): void => {
    if (view.length > 0) view.push({ text: '' });
    view.push(line);
  };
  let paragraph: string[] = [];
  let held: ViewLine[] = [];
  let voice: string | undefined;
  let last: Cue | undefined;
  let storyOpened = false;
  let bylined = false;
  const endParagraph = (): void => {
    // (Speech is running text, never a head line, however short.)
    if (paragraph.length > 0) add({ text: joinParts(paragraph), hint: { opensParagraph: true } });
    paragraph = [];
    for (const line of held) add(line);
    held = [];
  };
  cues.forEach((cue, index) => {
    const role = roles[index]!;
    const text = joinParts(cue.text.split('\n'));
    if (role === 'title') {
      endParagraph();
      add({ text, hint: { heading: 1 } });
      storyOpened = true;
      bylined = false;
      return;
    }
    if (role === 'overlay') {
      // (A byline shown over a story goes under its title, as a paper prints it; anything else stays where it was shown.)
      if (storyOpened && !bylined && matchBylineLine(text) !== undefined) {
        const heading = view.findLastIndex((line) => line.hint?.heading !== undefined);
        view.splice(heading + 1, 0, { text: '' }, { text });
        bylined = true;
      } else held.push({ text, hint: { media: true } });
      return;
    }
    // (Before the first title, the programme's opening — the anchor's greeting, the stories read out — is kept as its
    // contents, as a paper's 导读 is, a cue a line.)
    if (!storyOpened) {
      add({ text, hint: { contents: true } });
      last = cue;
      return;
    }
    const paused = last !== undefined && cue.start - last.end >= PARAGRAPH_PAUSE && SENTENCE_END.test(paragraph.at(-1) ?? '');
    // (A cue that names no speaker is the last named one's: a file may name the speaker only where a turn begins.)
    const turn = cue.voice !== undefined && cue.voice !== voice;
    if (paragraph.length > 0 && (turn || paused)) endParagraph();
    // (Where the file names more than one speaker, a turn opens with its speaker's label, as a transcript prints it: `王芳：`.)
    if (turn && voices.size > 1) paragraph.push(`${cue.voice}：`);
    paragraph.push(text);
    voice = cue.voice ?? voice;
    last = cue;
  });
  endParagraph();
  return view;
}

/**
 * Each cue's role. A cue the file names keeps that name's role; the others are speech unless shown over other cues
 * (its time overlapping theirs) away from where the speech is shown: then a title when at the top, short and no
 * sentence, else an overlay.
 */
function rolesOf(cues: Cue[]): Role[] {
  const spots = new Map<string, number>();
  for (const cue of cues) if (cue.named === undefined) spots.set(cue.spot, (spots.get(cue.spot) ?? 0) + 1);
  const speechSpot = [...spots].sort((a, b) => b[1] - a[1])[0]?.[0];
  return cues.map((cue, index) => {
    const short = Array.from(cue.text).length <= MAX_TITLE && !SENTENCE_END.test(cue.text.trim());
    if (cue.named === 'title') return short ? 'title' : 'speech';
    if (cue.named !== undefined) return cue.named;
    if (cue.spot === speechSpot || !overlapsAnother(cues, index)) return 'speech';
    return cue.place === 'top' && short ? 'title' : 'overlay';
  });
}

function overlapsAnother(cues: Cue[], index: number): boolean {
  const cue = cues[index]!;
  return cues.some((other, at) => at !== index && other.start < cue.end && cue.start < other.end);
}

/**
 * Pieces of speech joined: with nothing between Chinese characters and punctuation, with a space between words. (Where
 * captions show no punctuation, a cue's end may be a pause or may cut a word, `俄罗` / `斯`: nothing is put there, so
 * that no word is cut in the text and a search finds it.)
 */
function joinParts(parts: string[]): string {
  let joined = '';
  for (const raw of parts) {
    const part = raw.replace(/[ \t\u00a0]+/gu, ' ').trim();
    if (part === '') continue;
    const tight =
      joined === '' ||
      /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef“”‘’—…·]$/u.test(joined) ||
      /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef“”‘’—…·]/u.test(part);
    joined += (tight ? '' : ' ') + part;
  }
  return joined;
}

/** `00:01:02,345`, `01:02.345`, `0:00:01.50` → seconds. */
function seconds(stamp: string): number | undefined {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,](\d{1,3}))?$/u.exec(stamp.trim());
  if (!match) return undefined;
  const [, hours, minutes, secs, fraction] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(secs) + Number(`0.${fraction ?? 0}`);
}

const TIMING = /^\s*((?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d+:)?\d{1,2}:\d{1,2}(?:[.,]\d{1,3})?)(.*)$/u;

/**
 * SubRip's and WebVTT's cue blocks (blank lines apart): an id line, a timing line (`00:00:01,000 --> 00:00:03,000`, VTT's
 * settings after it) and the cue's lines. A VTT file's header, `STYLE` and `REGION` blocks are its settings; its `NOTE`
 * blocks its comments.
 */
function parseCueBlocks(text: string, format: 'srt' | 'vtt'): Parsed | { unreadable: string } {
  const lines = text.replace(/^\ufeff/u, '').split(/\r\n|\r|\n/u);
  if (format === 'vtt' && !/^WEBVTT(?:$|[ \t])/u.test(lines[0] ?? '')) {
    // (A SubRip file under VTT's name is read as the SubRip it is.)
    if (!lines.some((line) => TIMING.test(line))) return { unreadable: 'no `WEBVTT` line opens it and no cue is timed' };
  }
  const cues: Cue[] = [];
  let comments = 0;
  let block: string[] = [];
  const flush = (): void => {
    const current = block;
    block = [];
    if (current.length === 0) return;
    if (/^NOTE(?:$|[ \t])/u.test(current[0]!)) {
      comments += 1;
      return;
    }
    const timing = current.findIndex((line) => TIMING.test(line));
    if (timing < 0 || timing > 1) return;
    const [, from, to, settings] = TIMING.exec(current[timing]!)!;
    const start = seconds(from!);
    const end = seconds(to!);
    if (start === undefined || end === undefined) return;
    const id = timing === 1 ? current[0]!.trim() : '';
    const payload = readPayload(current.slice(timing + 1).join('\n'));
    const place = payload.place ?? vttPlace(settings ?? '');
    const spot = `${payload.place ?? ''} ${placing(settings ?? '')}`;
    const named = roleName([...payload.classes, id.replace(/[-_ ]?\d+$/u, '')]);
    cues.push({
      start,
      end,
      text: payload.text,
      place,
      spot,
      order: cues.length,
      ...(named ? { named } : {}),
      ...(payload.voice ? { voice: payload.voice } : {}),
    });
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else block.push(line);
  }
  flush();
  if (cues.length === 0 && !lines.some((line) => TIMING.test(line))) return { unreadable: 'no timed cue' };
  return { cues, comments };
}

/** A VTT cue's settings that place it on the screen, in a fixed order (`line:75% position:5% align:start`). */
function placing(settings: string): string {
  return ['line', 'position', 'align', 'size', 'vertical', 'region']
    .map((name) => new RegExp(`(?:^|\\s)${name}:(\\S+)`, 'u').exec(settings)?.[0]?.trim() ?? '')
    .join(' ');
}

/** Where VTT's settings put a cue: `line:8%` (of the height, from the top), `line:0` (lines from the top), `line:-1` (from the bottom). */
function vttPlace(settings: string): Place {
  const line = /(?:^|\s)line:(-?\d+(?:\.\d+)?)(%?)/u.exec(settings);
  if (!line) return 'default';
  const value = Number(line[1]);
  if (line[2] === '%') return value <= 25 ? 'top' : value >= 70 ? 'bottom' : 'middle';
  return value >= 0 && value <= 2 ? 'top' : value < 0 ? 'bottom' : 'middle';
}

/**
 * A cue's text with its markup read: VTT's tags (`<c.title>`, `<v 王芳>`, `<b>`, `<ruby>`, a timestamp) and SubRip's
 * (`<i>`, `<font color=…>`) taken out, their classes and voice kept; character references decoded (`&amp;`); an ASS
 * override block a SubRip file carries (`{\an8}`) read for its place and taken out.
 */
function readPayload(payload: string): { text: string; classes: string[]; voice?: string; place?: Place } {
  const classes: string[] = [];
  let voice: string | undefined;
  let place: Place | undefined;
  const text = payload
    .replace(/\{\\[^}]*\}/gu, (block) => {
      const an = /\\an([1-9])/u.exec(block)?.[1];
      if (an !== undefined) place = numpadPlace(Number(an));
      return '';
    })
    .replace(/<([^<>]*)>/gu, (tag, inner: string) => {
      const open = /^([a-z]+)((?:\.[^\s.]+)*)(?:\s+(.*))?$/iu.exec(inner.trim());
      if (!open) return /^\/|^\d/u.test(inner.trim()) ? '' : tag;
      const [, name, dotted, annotation] = open;
      if (dotted) classes.push(...dotted.slice(1).split('.'));
      if (name!.toLowerCase() === 'v' && annotation) voice ??= annotation.trim();
      return '';
    });
  return { text: parseEntities(text), classes, ...(voice ? { voice } : {}), ...(place ? { place } : {}) };
}

/** ASS's numpad alignment (`\an8`, a style's `Alignment`): 7–9 the top, 4–6 the middle, 1–3 the bottom. */
function numpadPlace(alignment: number): Place {
  return alignment >= 7 ? 'top' : alignment >= 4 ? 'middle' : 'bottom';
}

/** SubStation Alpha v4's legacy alignment (`\a6`, an `.ssa` style's): 1–3 the bottom, 5–7 the top, 9–11 the middle. */
function legacyPlace(alignment: number): Place {
  return alignment >= 9 ? 'middle' : alignment >= 5 ? 'top' : 'bottom';
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

/** An ASS or SSA script: its `Dialogue:` events (style, actor, text with override tags), `Comment:` events its comments. */
function parseAssFile(text: string): Parsed | { unreadable: string } {
  const source = text.replace(/^\ufeff/u, '');
  if (!/^\s*\[Script Info\]/imu.test(source) && !/^\s*\[Events\]/imu.test(source)) return { unreadable: 'no [Script Info] or [Events] section' };
  const script = parseAss(source);
  // (ass-compiler's types give every field of [Script Info]; a script may leave `ScriptType` out.)
  const info: Partial<Record<string, string>> = script.info;
  const legacy = /^v4\.00$/iu.test(info['ScriptType'] ?? '');
  const styles = new Map(script.styles.style.map((style) => [style.Name, style]));
  const cues = script.events.dialogue.map((event, order): Cue => {
    const style = styles.get(event.Style);
    const alignment = style === undefined ? undefined : Number(style.Alignment);
    const styled: Place = alignment === undefined || Number.isNaN(alignment) ? 'default' : legacy ? legacyPlace(alignment) : numpadPlace(alignment);
    const named = roleName([event.Style]);
    const voice = event.Name.trim();
    return {
      start: event.Start,
      end: event.End,
      text: assText(event),
      place: assPlace(event) ?? styled,
      spot: `${event.Style} ${assPlace(event) ?? ''} ${assPosition(event)}`,
      order,
      ...(named ? { named } : {}),
      ...(voice ? { voice } : {}),
    };
  });
  return { cues, comments: script.events.comment.length };
}

/** An event's text: its fragments' (drawings have none), `\N` and `\n` a line break, `\h` a space. */
function assText(event: ParsedASSEvent): string {
  return event.Text.parsed
    .map((fragment) => fragment.text)
    .join('')
    .replace(/\\[Nn]/gu, '\n')
    .replace(/\\h/gu, ' ');
}

/** Where an event's `\\pos` or `\\move` tag puts it, as written; empty when none does. */
function assPosition(event: ParsedASSEvent): string {
  return /\\(?:pos|move)\([^)]*\)/u.exec(event.Text.raw)?.[0] ?? '';
}

/** Where an event's own override tags put it (`{\an8}`; `{\a6}` in SSA's numbering in any script); `undefined` when they do not. */
function assPlace(event: ParsedASSEvent): Place | undefined {
  for (const fragment of event.Text.parsed) {
    for (const tag of fragment.tags) {
      if (typeof tag.an === 'number' && tag.an > 0) return numpadPlace(tag.an);
      if (typeof tag.a === 'number' && tag.a > 0) return legacyPlace(tag.a);
    }
  }
  return undefined;
}
