/**
 * Comma- (or tab-, semicolon-) separated values as RFC 4180 writes them and
 * Excel, pandas and scrapers save them: a field in double quotes may hold the
 * delimiter, line breaks and doubled quotes (`""`). Each field is read with its
 * place in the file (`cell-text.ts`), which no CSV library on npm reports
 * (csv-parse and Papa Parse count lines per record, not offsets per field), so
 * that every message points at the cell and line it is about.
 *
 * @example
 *   readCsv('标题,日期\n"运河通航,首航",2024-03-05\n', ',').rows.map((row) => row.cells.map((cell) => cell.value))
 *   // → [['标题', '日期'], ['运河通航,首航', '2024-03-05']]
 */
import { plainCell, type CellText } from './cell-text.ts';

export interface CsvRow {
  cells: CellText[];
  /** Offset of the row's first character in the decoded file. */
  start: number;
  /** The row's number as a spreadsheet shows it (1 for the first, blank rows counted). */
  number: number;
}

export interface CsvRead {
  rows: CsvRow[];
  /** Offsets of the rows holding only empty fields (a spreadsheet's blank row), left out of `rows`. */
  blank: number[];
  /** A quoted field never closed: the rest of the file was read into it (offset of its opening quote). */
  unclosedQuote?: number;
}

/** The delimiters a data file may use, most likely first. */
const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * The delimiter of a file whose name does not say (`.csv` is often tab- or
 * semicolon-separated): the one that cuts its first rows into the same
 * number of fields, most of them.
 */
export function sniffDelimiter(text: string): string {
  const sample = text.slice(0, 64 * 1024);
  let best: { delimiter: string; score: number } = { delimiter: ',', score: 0 };
  for (const delimiter of DELIMITERS) {
    const rows = readCsv(sample, delimiter).rows.slice(0, 20);
    // (The sample may stop inside the last row.)
    const counts = rows.slice(0, rows.length > 1 ? -1 : undefined).map((row) => row.cells.length);
    const widths = new Map<number, number>();
    for (const count of counts) if (count > 1) widths.set(count, (widths.get(count) ?? 0) + 1);
    const [width, rowsOfWidth] = [...widths.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0] ?? [1, 0];
    const score = rowsOfWidth * 1000 + width;
    if (score > best.score) best = { delimiter, score };
  }
  return best.delimiter;
}

/** Every row of the text, each field with its place; rows holding only empty fields (a spreadsheet's blank row) are left out, and counted. */
export function readCsv(text: string, delimiter: string): CsvRead {
  const rows: CsvRow[] = [];
  const blank: number[] = [];
  let unclosedQuote: number | undefined;
  let number = 0;
  let index = 0;
  const length = text.length;
  while (index < length) {
    const start = index;
    const cells: CellText[] = [];
    let rowEnded = false;
    while (!rowEnded) {
      if (text[index] === '"') {
        // A quoted field: up to the quote not doubled; a doubled quote is one.
        const opening = index;
        const cell: CellText = { value: '', start: index + 1, shifts: [] };
        let from = index + 1;
        index += 1;
        for (;;) {
          const quote = text.indexOf('"', index);
          if (quote === -1) {
            unclosedQuote = opening;
            cell.value += text.slice(from);
            index = length;
            break;
          }
          if (text[quote + 1] === '"') {
            cell.value += text.slice(from, quote + 1);
            cell.shifts.push({ at: cell.value.length, extra: 1 });
            index = quote + 2;
            from = index;
            continue;
          }
          cell.value += text.slice(from, quote);
          index = quote + 1;
          break;
        }
        // Text after the closing quote and before the delimiter (`"甲"乙`, a writer that did not quote properly) goes on the field.
        const rest = nextStop(text, index, delimiter);
        if (rest > index) {
          cell.shifts.push({ at: cell.value.length, extra: 1 });
          cell.value += text.slice(index, rest);
          index = rest;
        }
        cells.push(cell);
      } else {
        const stop = nextStop(text, index, delimiter);
        cells.push(plainCell(text.slice(index, stop), index));
        index = stop;
      }
      if (index >= length) rowEnded = true;
      else if (text.startsWith(delimiter, index)) index += delimiter.length;
      else {
        // A line break ends the row.
        index += text.startsWith('\r\n', index) ? 2 : 1;
        rowEnded = true;
      }
    }
    number += 1;
    if (cells.some((cell) => cell.value.trim() !== '')) rows.push({ cells, start, number });
    else blank.push(start);
  }
  return unclosedQuote === undefined ? { rows, blank } : { rows, blank, unclosedQuote };
}

/** Where an unquoted field ends: at the delimiter or a line break. */
function nextStop(text: string, from: number, delimiter: string): number {
  let index = from;
  while (index < text.length && !text.startsWith(delimiter, index) && text[index] !== '\n' && text[index] !== '\r') index += 1;
  return index;
}
