/**
 * Lines stamped with a programme's time, and the two things such a text can
 * be:
 * - a **transcript of captions** (a video site's transcript copied, a
 *   captioning system's text): a stamp a cue, the speech cut anywhere, read as
 *   subtitles (`captions.ts`, format `stamped`);
 * - a **timed script** (a station's 节目文稿, a call-in's 文字实录, a
 *   hearing's record): a stamp before each paragraph or turn, most of them
 *   opening on a speaker's label or a bracketed direction (`00:02:10　主持人：…`,
 *   `[09:04:16] 【听众 王先生】…`, `00:00:05　（片头）`), under a head of
 *   title and date lines. Read as text: each stamp is left out, as a subtitle
 *   file's times are, and the line is read as in any transcript — its head,
 *   turns and questions — at its place in the file.
 *
 * @example
 *   timedScript(['社区食堂如何既“叫好”又“叫座”', '00:00:05　（片头）', '00:00:20　主持人：观众朋友们好。', …]) // → true
 *   liftStamps(lines).lines[2].text // → '主持人：观众朋友们好。' (its hint.stamp `00:00:20　`); lines[1].text `00:00:05　（片头）`
 */
import { partOf } from '../lines.ts';
import { isTaggedSpeech, matchPartTurn, matchSpeaker } from '../rules/speaker.ts';
import { isStructureLine } from '../rules/structure-line.ts';
import type { RawLine } from '../types.ts';

/** A line that is a time stamp, with or without text after it: `0:02`, `[00:01:02]`, `00:01:02.500 文本`, `[00:00:12]【主持人】…` (no space after a bracketed one). */
const STAMPED_LINE = /^\s*\[?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\]?(?:(?<=\])\s*(\S.*)|\s+(\S.*))?$/u;

/** A line's stamp as printed and the text after it, when the line opens on one. */
export function stampOf(text: string): { stamp: string; rest: string | undefined } | undefined {
  const match = STAMPED_LINE.exec(text);
  return match ? { stamp: match[1]!, rest: match[2] ?? match[3] } : undefined;
}

/** `00:01:02,345`, `01:02.345`, `0:00:01.50`, `00:00:01:000` → seconds. */
export function seconds(stamp: string): number | undefined {
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[.,:](\d{1,3}))?$/u.exec(stamp.trim());
  if (!match) return undefined;
  const [, hours, minutes, secs, fraction] = match;
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(secs) + Number(`0.${fraction ?? 0}`);
}

/**
 * A turn's or a direction's opening after the stamp: a speaker's label (`主持人：`, `孟处长:`, with the name in brackets,
 * `主持人（李明）：`), or a bracketed one (`【听众 王先生】`, `（片头）`, `[掌声]`).
 */
const TURN_OPENING = /^(?:[^\s：:，,。！？!?“”"（）()【】[\]]{1,20}(?:[（(][^（）()：:]{1,12}[）)])?[：:]|[【（([][^】）)\]]{1,30}[】）)\]])/u;

/** Stamped lines a script has at least, and the share of its lines they are (a text quoting a time or two is none). */
const STAMPED_LINES = 5;
const STAMPED_SHARE = 0.4;
/** Share of the stamps that count up from the one before, for a transcript of captions (`captions.ts`). */
const RISING = 0.9;
/** Share of the stamped lines that open a turn or a direction: a script's do, a caption cue cut mid-sentence does not. */
const TURNS = 0.5;

/** Each line's stamp and the text after it, when it opens on one. */
function stamped(text: string): { stamp: number; rest: string | undefined } | undefined {
  const match = stampOf(text);
  const stamp = match ? seconds(match.stamp) : undefined;
  return match && stamp !== undefined ? { stamp, rest: match.rest } : undefined;
}

/** The stamps of a text's lines, in order (a time on a line of its own too). */
export function stampsOf(lines: readonly string[]): number[] {
  return lines.map((line) => stamped(line)?.stamp).filter((stamp) => stamp !== undefined);
}

/** Whether most stamps count up from the one before. */
export function rising(stamps: readonly number[]): boolean {
  return stamps.filter((stamp, index) => index === 0 || stamp >= stamps[index - 1]!).length >= stamps.length * RISING;
}

/**
 * Whether non-blank `lines` are a timed script: stamped lines enough, most opening a turn or a direction. (A programme
 * listing's clock times open none; a schedule's items that do, `08:30 签到：一楼大厅`, lose nothing: the stamps are kept.)
 */
export function timedScript(lines: readonly string[]): boolean {
  const read = lines.map((line) => stamped(line)).filter((one) => one?.rest !== undefined);
  if (read.length < STAMPED_LINES) return false;
  const turns = read.filter((one) => TURN_OPENING.test(one!.rest!)).length;
  // (A talk show's script stamps some turns only, where the talk moves on: stamped turns enough, whatever their share of its lines.)
  return turns >= read.length * TURNS && (read.length >= lines.length * STAMPED_SHARE || turns >= STAMPED_LINES);
}

/**
 * A speaker's turn after the stamp: a label before a colon (`主持人：`), or a speaker's tag in brackets (`【听众 王先生】`,
 * `rules/speaker.ts`); not a credit or other furniture labelled so (`责任编辑：张三`), which is kept with its stamp.
 */
function opensTurn(rest: string): boolean {
  return (matchSpeaker(rest) !== undefined || matchPartTurn(rest) !== undefined || isTaggedSpeech(rest)) && !isStructureLine(rest);
}

/**
 * The lines of a timed script (`timedScript`), else as they are, and how many are stamped. A stamped line is a paragraph
 * or a turn, never a head. A turn is read after its stamp (the stamp in `hint.stamp`, printed again before its
 * paragraph), so that its speaker is read; any other stamped line (a direction, a credit, an item) keeps its stamp in
 * its text, wherever it is kept.
 */
export function liftStamps(lines: RawLine[]): { lines: RawLine[]; stamped: number } {
  if (!timedScript(lines.map((line) => line.text))) return { lines, stamped: 0 };
  let count = 0;
  const read = lines.map((line): RawLine => {
    const rest = stamped(line.text)?.rest;
    if (rest === undefined) return line;
    count += 1;
    if (!opensTurn(rest)) return { ...line, hint: { ...line.hint, opensParagraph: true } };
    const from = line.text.length - rest.length;
    return { ...partOf(line, from, line.text.length), hint: { ...line.hint, stamp: line.text.slice(0, from), opensParagraph: true } };
  });
  return { lines: read, stamped: count };
}
