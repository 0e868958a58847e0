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
import type { RawLine } from '../types.ts';

interface Row {
  /** 1-based line number. */
  line: number;
  /** UTF-16 offset of the row's start in the file. */
  offset: number;
  chars: string[];
}

/** A piece of a row: characters `[from, to)` (code points), its column (or `undefined` for a piece that crosses a gutter). */
interface Piece {
  row: Row;
  from: number;
  to: number;
  column: number | undefined;
}

export function readColumns(file: VFile, found: SideBySide): RawLine[] {
  const text = String(file.value);
  const place = location(file);
  const rows: Row[] = [];
  let line = 0;
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/gu)) {
    if (match[0] === '' && match.index === text.length) break;
    line += 1;
    rows.push({ line, offset: match.index, chars: Array.from(match[0].replace(/[\r\n]+$/u, '')) });
  }
  // A column starts after its gutter; a piece belongs to the column whose gutter's middle it starts at or after.
  const starts = [0, ...found.spans.map(([, to]) => to)];
  const middles = found.spans.map(([start, end]) => Math.floor((start + end) / 2));
  const columnOf = (from: number): number => middles.filter((middle) => middle <= from).length;
  const out: RawLine[] = [];
  const toLine = (piece: Piece, hint: { indent?: number; columnTop?: boolean }): RawLine | undefined => {
    const raw = piece.row.chars.slice(piece.from, piece.to).join('');
    const trimmed = raw.replace(/^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/gu, '');
    if (trimmed === '') return undefined;
    const lead = Array.from(raw).length - Array.from(raw.trimStart()).length;
    const before = piece.row.chars.slice(0, piece.from + lead).join('').length;
    const start = place.toPoint(piece.row.offset + before);
    const end = place.toPoint(piece.row.offset + before + trimmed.length);
    if (!start || !end) return undefined;
    const result: RawLine = { text: trimmed, line: piece.row.line, position: { start, end } };
    if (hint.indent !== undefined || hint.columnTop) result.hint = hint;
    return result;
  };
  let band: Piece[] = [];
  const flush = (): void => {
    const columns = new Set(band.map((piece) => piece.column!));
    for (const column of [...columns].sort((a, b) => a - b)) {
      let top = column > 0;
      for (const piece of band.filter((entry) => entry.column === column)) {
        const laid = toLine(piece, { indent: Math.max(0, piece.from + leadOf(piece) - starts[column]!), ...(top ? { columnTop: true } : {}) });
        if (laid) {
          out.push(laid);
          top = false;
        }
      }
    }
    band = [];
  };
  for (const row of rows) {
    const pieces = cut(row, found.spans);
    if (pieces.some((piece) => piece.crosses)) {
      // A line across a gutter (a headline over several columns) ends the band above; it is read where it stands.
      flush();
      for (const piece of pieces) {
        const laid = toLine({ row, from: piece.from, to: piece.to, column: undefined }, {});
        if (laid) out.push(laid);
      }
      continue;
    }
    for (const piece of pieces) band.push({ row, from: piece.from, to: piece.to, column: columnOf(piece.from) });
  }
  flush();
  return out;
}

/** Leading spaces of a piece (code points). */
function leadOf(piece: Piece): number {
  const raw = piece.row.chars.slice(piece.from, piece.to).join('');
  return Array.from(raw).length - Array.from(raw.trimStart()).length;
}

/** A row cut at the gutters where it has a gap; a piece that runs over a gutter crosses it. */
function cut(row: Row, spans: Array<[number, number]>): Array<{ from: number; to: number; crosses: boolean }> {
  const blank = (index: number): boolean => (row.chars[index] ?? ' ').trim() === '';
  const pieces: Array<{ from: number; to: number; crosses: boolean }> = [];
  let from = 0;
  for (const [start, end] of spans) {
    if (start >= row.chars.length) break;
    // A gap at the gutter: every character in its middle is blank.
    const middle = Math.floor((start + end) / 2);
    if (blank(middle) && blank(middle - 1)) {
      pieces.push({ from, to: middle, crosses: false });
      from = middle;
    }
  }
  pieces.push({ from, to: row.chars.length, crosses: false });
  // A piece that holds text at a gutter's middle crosses it.
  for (const piece of pieces)
    piece.crosses = spans.some(([start, end]) => {
      const middle = Math.floor((start + end) / 2);
      return middle > piece.from && middle < piece.to && !blank(middle);
    });
  return pieces;
}
