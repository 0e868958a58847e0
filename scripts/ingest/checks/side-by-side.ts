/**
 * Check: a page whose columns are set side by side on each line, as
 * `pdftotext -layout` writes a newspaper page (`福建省龙岩市瞄准新材料新能源      在上杭县新材料科创谷，年产5`),
 * and where its gutters are. Such a page is read column by column
 * (`formats/columns.ts`), and a note says so once per file, with the
 * gutters' places.
 *
 * @example
 *   sideBySideColumns(page) // → {gutters: [31, 62], lines: 48, first: 12} (1-based character columns, lines that cross them)
 */
import { rowsOf } from '../lines.ts';

/** A gap between two columns: three or more spaces inside a line. */
const GAP = / {3,}|\u3000{2,}/gu;

/** Fewest lines with a gap at one place for that place to be a gutter between columns. */
const MIN_LINES = 8;

/** Share of the lines that reach a place which must have a gap there. */
const MIN_SHARE = 0.3;

export interface SideBySide {
  /** 1-based character columns of the gutters (their middles). */
  gutters: number[];
  /** Each gutter's extent, 0-based character indexes `[from, to)` in a line: where most lines that reach it have a gap. */
  spans: Array<[from: number, to: number]>;
  /** Lines with text on both sides of a gutter. */
  lines: number;
  /** 1-based number of the first such line. */
  first: number;
}

export function sideBySideColumns(text: string): SideBySide | undefined {
  const rows = rowsOf(text).map((row) => Array.from(row.text.replace(/\s+$/u, '')));
  const covered: number[] = [];
  const reach: number[] = [];
  const gapsOf = rows.map((chars) => {
    const row = chars.join('');
    const gaps: Array<[number, number]> = [];
    const lead = row.length - row.trimStart().length;
    for (const match of row.matchAll(GAP)) {
      // Only inside the line: text on both sides (a leading indent is no gap).
      if (match.index <= lead) continue;
      const start = Array.from(row.slice(0, match.index)).length;
      gaps.push([start, start + Array.from(match[0]).length]);
    }
    for (let p = 0; p < chars.length; p += 1) reach[p] = (reach[p] ?? 0) + 1;
    for (const [start, end] of gaps) for (let p = start; p < end; p += 1) covered[p] = (covered[p] ?? 0) + 1;
    return gaps;
  });
  const isGutter = (p: number): boolean => (covered[p] ?? 0) >= MIN_LINES && (covered[p] ?? 0) >= (reach[p] ?? 0) * MIN_SHARE;
  const gutters: number[] = [];
  const spans: Array<[number, number]> = [];
  for (let p = 0; p < covered.length; p += 1) {
    if (!isGutter(p)) continue;
    let end = p;
    while (isGutter(end + 1)) end += 1;
    gutters.push(Math.floor((p + end) / 2) + 1);
    spans.push([p, end + 1]);
    p = end;
  }
  if (gutters.length === 0) return undefined;
  const crossing = gapsOf.flatMap((gaps, index) => (gaps.some(([start, end]) => gutters.some((g) => g - 1 >= start && g - 1 < end)) ? [index + 1] : []));
  const texts = rows.filter((chars) => chars.some((char) => char.trim() !== '')).length;
  if (crossing.length < MIN_LINES || crossing.length < texts * 0.25) return undefined;
  return { gutters, spans, lines: crossing.length, first: crossing[0]! };
}
