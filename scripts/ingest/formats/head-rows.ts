/**
 * A printed head's rows joined into its title (`formats/pdf.ts`): where the head was broken over rows, whether its
 * title has a space there.
 *
 * PDF.js drops a space at a row's end (typesetting programs keep it, hung in the margin), so a head broken at the space
 * between its parts (`加大助企帮扶力度␠` / `激发经营主体活力`) prints no trace of it but the row's shape: set flush left,
 * the row stops short of its column by a character or more, more than the slack a row of Chinese keeps when its next
 * character does not fit.
 * A row's shape decides only where nothing else can explain it, since a missing space costs little (the title reads
 * run on) and a wrong one much (`研 究` reads broken, and a search for `研究` misses it). The row runs on when:
 * - it fills its column, or a frame narrower than the column that two rows or more fill alike;
 * - the head is centred (its rows balanced by design wherever the title has its parts: `李强主持召开` / `国务院常务会议`);
 * - the break falls inside a word, as the runtime's Chinese word segmenter reads it (`贵` / `州代表团`);
 * - a unit set whole went down (a Latin word, a figure, an opening quote or title mark: `体验华为` / `Mate…`);
 * - the row ends a clause, or its last character was carried over before a mark that may not open a row (`…发` / `展，…`).
 *
 * @example
 *   headText([row('加大助企帮扶力度'), row('激发经营主体活力')], lines, 10) // → '加大助企帮扶力度 激发经营主体活力'
 */
import { joinLines } from './page-blocks.ts';
import type { Line } from './pdf.ts';

/** A mark a head's row may end on, or its next row open with, where no space is read between them: a clause's or a sentence's end, a dash, a closing mark. */
const NO_SPACE_AFTER = /[，、；：。！？,;:.!?—…·-]$/u;
const NO_SPACE_BEFORE = /^[，、；：。！？）》」』”’,.;:!?)\]—…·]/u;

/** What a row opens or ends with when a unit set whole went down: a Latin word, a figure, an opening quote or title mark. */
const WHOLE_UNIT_OPENS = /^[\p{Script=Latin}\d“‘《〈（(【「『〔]/u;
const WHOLE_UNIT_ENDS = /[\p{Script=Latin}\d]$/u;

/**
 * How short of its column a row must stop to be broken by design: a whole character or more, in points short of a
 * character's width for the rounding of places (a row of Chinese breaks between any two characters, so it keeps less
 * than one character of slack; a mark that may not open or end a row is read apart, `runsOn`).
 */
const DESIGN_SLACK = (size: number): number => size - 0.5;

/** How far under a head's last row its own body may start, in its type's size (a long subtitle's rows and a byline between). */
const UNDER = 8;

/** How many of the body's lines under a head give its column's right edge (a byline or a paragraph's last line among them). */
const MEASURE_LINES = 3;

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** A head's rows (a block of lines in type well above the body's) joined, its spaces where it was broken by design (above). */
export function headText(group: readonly Line[], lines: readonly Line[], body: number): string {
  const text = group.map((line) => line.text).join('');
  // (Type set large that reads as running text, an editor's note in a box, is no head: its rows run on.)
  const head = !/[。；]/u.test(text.slice(0, -1));
  const flush = group.every((line) => Math.abs(line.left - group[0]!.left) <= 0.25 * line.size);
  const measure = head && flush ? measureOf(group, lines, body) : undefined;
  return group.reduce((joined, line, index) => {
    if (index === 0) return line.text;
    const above = group[index - 1]!;
    const byDesign = measure !== undefined && measure - above.right >= DESIGN_SLACK(above.size) && !runsOn(joined, line.text);
    const spaced = (byDesign || above.spaceAfter === true || line.spaceBefore === true) && !NO_SPACE_AFTER.test(joined) && !NO_SPACE_BEFORE.test(line.text);
    return spaced ? `${joined} ${line.text}` : joinLines(joined, line.text);
  }, '');
}

/** Whether a row's break reads as no space whatever the row's shape: inside a word, a unit gone down whole, a carried-over character. */
function runsOn(joined: string, next: string): boolean {
  if (WHOLE_UNIT_OPENS.test(next) || WHOLE_UNIT_ENDS.test(joined)) return true;
  if (NO_SPACE_BEFORE.test(Array.from(next)[1] ?? '')) return true;
  const before = Array.from(joined).slice(-4).join('');
  const after = Array.from(next).slice(0, 4).join('');
  return [...words.segment(before + after)].some((word) => word.index < before.length && word.index + word.segment.length > before.length);
}

/**
 * The right edge of the column a head stands in: the furthest right of the first body lines right under it at its
 * left edge, above the next head as large (its own article's byline and text: not the next story's, under a head set
 * beside its text), or of the frame two rows or more of the head fill alike when that is narrower; none when no body
 * stands under it.
 */
function measureOf(group: readonly Line[], lines: readonly Line[], body: number): number | undefined {
  const left = Math.min(...group.map((line) => line.left));
  const right = Math.max(...group.map((line) => line.right));
  const last = group.at(-1)!;
  // (Down to the next head in type as large, across from it: the next story's.)
  const nextHead = Math.max(
    -Infinity,
    ...lines.filter((line) => line.size >= 0.9 * last.size && line.y < last.y && line.left < right && line.right > left).map((line) => line.y),
  );
  const under = lines
    .filter(
      (line) =>
        line.size === body &&
        line.upright &&
        line.y < last.y &&
        line.y > nextHead &&
        line.y >= last.y - UNDER * last.size &&
        line.left >= left - last.size &&
        line.left <= left + 3 * body,
    )
    .sort((a, b) => b.y - a.y)
    .slice(0, MEASURE_LINES);
  if (under.length === 0) return undefined;
  const column = Math.max(...under.map((line) => line.right));
  // (Two rows or more, not the last, ending alike short of the column: the head's own frame.)
  const rights = group.slice(0, -1).map((line) => line.right);
  const frame = rights.find((right) => right < column - last.size && rights.filter((other) => Math.abs(other - right) <= 0.25 * last.size).length >= 2);
  return frame ?? column;
}
