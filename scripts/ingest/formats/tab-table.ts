/**
 * A table a word processor saved as plain text (Word's "Plain Text", a
 * spreadsheet pasted into a page): its rows on consecutive lines, their cells
 * apart by tabs. Such rows are kept as printed, a table, never read as heads
 * or running text (a row of short cells reads like a headline).
 *
 * @example
 *   markTabTables(['项目\t投资（亿元）\t进度', '城市更新\t12.6\t已开工'] as lines) // → both rows with hint.media
 */
import { CITATION_TAG } from '../rules/labelled-field.ts';
import type { RawLine } from '../types.ts';

/** How many cells a row holds: the line apart at its tabs. */
function cellCount(line: RawLine): number {
  return line.text.split(/\t+/u).length;
}

/** Rows a table needs, at least: one row of cells apart by tabs is a line that happens to hold a tab. */
const TABLE_ROWS = 2;

/** The lines, with the rows of every tab-separated table (two or more consecutive lines of the same two or more cells) marked as media. */
export function markTabTables(lines: RawLine[]): RawLine[] {
  const marked = new Set<RawLine>();
  let run: RawLine[] = [];
  let runWidth = 0;
  const close = (): void => {
    if (run.length >= TABLE_ROWS) for (const row of run) marked.add(row);
    run = [];
  };
  for (const line of lines) {
    const last = run.at(-1);
    const width = cellCount(line);
    // (A database's field after its code, `HD	标题` / `PD	21 May 2024`, is a record's line, not a table's row.)
    if (width < 2 || CITATION_TAG.test(line.text)) {
      close();
      continue;
    }
    if (last && (last.line !== line.line - 1 || runWidth !== width)) close();
    run.push(line);
    runWidth = width;
  }
  close();
  return lines.map((line) => (marked.has(line) ? { ...line, hint: { ...line.hint, media: true } } : line));
}
