/**
 * A page set in columns side by side (as `pdftotext -layout` writes it, its
 * columns apart at gutters that `checks/side-by-side.ts` finds), read in
 * reading order: the page is cut into bands at the lines that cross a
 * gutter (a headline set across columns), each band read column by column,
 * top to bottom, and a crossing line where it stands between bands. Each
 * piece keeps its true place in the file; its indent is counted from its
 * column's left edge (`hint.indent`), and the first piece of a column after
 * the first is marked (`hint.columnTop`), so that a paragraph broken at the
 * foot of a column can go on at the head of the next.
 *
 * @example
 *   readColumns(file, found) // `甲栏第一行   乙栏第一行` / `甲栏第二行   乙栏第二行` → 甲栏第一行, 甲栏第二行, 乙栏第一行, 乙栏第二行
 */
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { SideBySide } from '../checks/side-by-side.ts';
import { rowsOf, trimEdges, type Row } from '../lines.ts';
import type { RawLine } from '../types.ts';

/** A piece of a row: characters `[from, to)` (code points) of its text. */
interface Piece {
  row: Row;
  chars: string[];
  from: number;
  to: number;
}

export function readColumns(file: VFile, found: SideBySide): RawLine[] {
  const place = location(file);
  // A gutter's middle (0-based character index): a piece belongs to the column whose gutter's middle it starts at or after.
  const middles = found.spans.map(([start, end]) => Math.floor((start + end) / 2));
  // A column's left edge: just after its gutter.
  const starts = [0, ...found.spans.map(([, to]) => to)];
  const columnOf = (from: number): number => middles.filter((middle) => middle <= from).length;
  const out: RawLine[] = [];
  /** The piece as a line with its true place, and its indent from its column's edge (for a piece in a column). */
  const add = (piece: Piece, column?: number, top = false): boolean => {
    const raw = piece.chars.slice(piece.from, piece.to).join('');
    const trimmed = trimEdges(raw);
    if (trimmed === '') return false;
    const lead = Array.from(raw).length - Array.from(raw.trimStart()).length;
    const before = piece.chars.slice(0, piece.from + lead).join('').length;
    const start = place.toPoint(piece.row.offset + before);
    const end = place.toPoint(piece.row.offset + before + trimmed.length);
    if (!start || !end) return false;
    const line: RawLine = { text: trimmed, line: piece.row.line, position: { start, end } };
    if (column !== undefined) line.hint = { indent: Math.max(0, piece.from + lead - starts[column]!), ...(top ? { columnTop: true } : {}) };
    out.push(line);
    return true;
  };
  let band: Array<{ piece: Piece; column: number }> = [];
  const flush = (): void => {
    const columns = [...new Set(band.map((entry) => entry.column))].sort((a, b) => a - b);
    for (const column of columns) {
      let top = column > 0;
      for (const entry of band.filter((each) => each.column === column)) if (add(entry.piece, column, top)) top = false;
    }
    band = [];
  };
  for (const row of rowsOf(String(file.value))) {
    const chars = Array.from(row.text);
    const pieces = cut(chars, middles).map(({ from, to, crosses }) => ({ piece: { row, chars, from, to }, crosses }));
    if (pieces.some((entry) => entry.crosses)) {
      // A line across a gutter (a headline over several columns) ends the band above; it is read where it stands.
      flush();
      for (const { piece } of pieces) add(piece);
      continue;
    }
    for (const { piece } of pieces) band.push({ piece, column: columnOf(piece.from) });
  }
  flush();
  return out;
}

/** A row cut at the gutters where it has a gap; a piece that holds text at a gutter's middle crosses it. */
function cut(chars: string[], middles: number[]): Array<{ from: number; to: number; crosses: boolean }> {
  const blank = (index: number): boolean => (chars[index] ?? ' ').trim() === '';
  const pieces: Array<{ from: number; to: number; crosses: boolean }> = [];
  let from = 0;
  for (const middle of middles) {
    if (middle >= chars.length) break;
    // A gap at the gutter: its middle and the character before it are blank.
    if (blank(middle) && blank(middle - 1)) {
      pieces.push({ from, to: middle, crosses: false });
      from = middle;
    }
  }
  pieces.push({ from, to: chars.length, crosses: false });
  for (const piece of pieces) piece.crosses = middles.some((middle) => middle > piece.from && middle < piece.to && !blank(middle));
  return pieces;
}
