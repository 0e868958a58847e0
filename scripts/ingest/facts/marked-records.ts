/**
 * Database print-outs whose records are apart by markers, their heads
 * unlabelled: Factiva closes each record with its document number
 * (`文件 RMRB002020241113ek11300000`), a clipping service's print-out opens
 * each with its count (`[ 1 / 10 ]`). Each record's head is the short lines
 * at its top — headline, byline, word count, date, paper, source code, page,
 * language — and its facts are read from the lines that say them, in any
 * order: a date alone on its line, a paper's name, a page (`第 8 版`, or a
 * bar-celled line `经济 | AA02 | 经济 |`). The other head lines (headline,
 * section, byline) are the article's, read as any head is.
 *
 * @example
 *   markedRecords(lines) // → {preamble: [search summary…], records: [{facts: {paper: '人民日报', year: 2024, …}, …}, …]}
 */
import { charLength } from '../punctuation.ts';
import { isOutletName, isPaperName } from '../rules/paper-name.ts';
import { DOCUMENT_NUMBER_WORDS } from '../rules/structure-line.ts';
import type { RawLine } from '../types.ts';
import { COUNT, parseDate, parsePage, type FileRecord, type FileRecords, type RecordFacts } from './records.ts';

/** A record's closing document number (Factiva's, in its Chinese or English interface; after its code, `AN	Document …`, where it prints its codes). */
export const DOCUMENT_NUMBER = new RegExp(`^(?:AN(?:\\t|[ ]{2,}))?${DOCUMENT_NUMBER_WORDS}$`, 'u');

/** A print-out's count opening each record: `[ 1 / 10 ]`. */
const RECORD_COUNT = /^[[［]\s*[0-9]{1,4}\s*[/／]\s*[0-9]{1,4}\s*[\]］]$/u;

/** The language a record is in (`中文`, `中文(简体)`, `Chinese-Simplified`), and a source's code in capitals (`RMRB`, `CBNCHN`): the database's, no text. */
const LANGUAGE =
  /^(?:中文|英文|简体中文|簡體中文|繁体中文|繁體中文|中文\s*[(（](?:简体|簡體|繁体|繁體)[)）]|Chinese(?:[- ](?:Simplified|Traditional))?|English)$/u;
const SOURCE_CODE = /^[A-Z][A-Z0-9]{1,9}$/u;

/** How long a head's line may be: a headline's length, never a paragraph's. */
const HEAD_LINE_MAX = 60;

/** The records of a print-out apart by two or more markers; `undefined` for any other file. */
export function markedRecords(lines: RawLine[]): FileRecords | undefined {
  const ends = lines.flatMap((line, index) => (DOCUMENT_NUMBER.test(line.text) ? [index] : []));
  const starts = lines.flatMap((line, index) => (RECORD_COUNT.test(line.text) ? [index] : []));
  let spans: Array<[number, number]>;
  let outside: RawLine[];
  if (ends.length >= 2) {
    // Each record runs to its document number; what follows the last (the search's summary) is the export's, as its head would be.
    spans = ends.map((end, k) => [k === 0 ? 0 : ends[k - 1]! + 1, end + 1]);
    outside = lines.slice(ends.at(-1)! + 1);
  } else if (starts.length >= 2) {
    spans = starts.map((start, k) => [start, starts[k + 1] ?? lines.length]);
    outside = lines.slice(0, starts[0]);
  } else return undefined;
  const records: FileRecord[] = [];
  for (const [from, to] of spans) {
    const record = readRecord(lines.slice(from, to));
    // A record whose head gives no date goes on the record before it, as its text (nothing is dropped).
    if (record) records.push(record);
    else if (records.length > 0) records.at(-1)!.lines.push(...lines.slice(from, to));
    else outside.unshift(...lines.slice(from, to));
  }
  if (records.length < 2) return undefined;
  return { preamble: outside, records };
}

/** One record: the facts of the short lines at its top. */
function readRecord(lines: RawLine[]): FileRecord | undefined {
  const head: RawLine[] = [];
  for (const line of lines) {
    if (charLength(line.text) > HEAD_LINE_MAX || /[。！？]/u.test(line.text)) break;
    head.push(line);
  }
  const facts: Partial<RecordFacts> = {};
  const fields: RawLine[] = [];
  let dateLine: RawLine | undefined;
  const setPage = (page: { page: number; label?: string }): void => {
    facts.page = page.page;
    if (page.label) facts.pageLabel = page.label;
  };
  for (const line of head) {
    const text = line.text;
    const date = dateLine ? undefined : parseDate(text);
    const page = date || facts.page !== undefined ? undefined : parsePage(text);
    if (date) {
      Object.assign(facts, date, { printed: text });
      dateLine = line;
      // (A lettered page, `A2`, reads as a code too: the page it is.)
    } else if (RECORD_COUNT.test(text) || COUNT.test(text) || LANGUAGE.test(text) || (SOURCE_CODE.test(text) && !page) || DOCUMENT_NUMBER.test(text))
      fields.push(line);
    // (Under the date, where Factiva prints its source, any outlet's name: `南粤港报`, `岷州新闻网`; above it, a headline may end so.)
    else if (facts.paper === undefined && (isPaperName(text) || (dateLine !== undefined && isOutletName(text)))) {
      facts.paper = text;
      fields.push(line);
    } else if (page) {
      setPage(page);
      fields.push(line);
    } else if (/[|｜]/u.test(text)) {
      // A line of cells (`经济 | AA02 | 经济 | By 采写:南都记者 刘 嫚 |`): the page and the column among them; kept whole as printed.
      const cells = text.split(/\s*[|｜]\s*/u).filter((cell) => cell !== '');
      const cellPage = facts.page === undefined ? cells.map((cell) => parsePage(cell)).find((found) => found !== undefined) : undefined;
      if (!cellPage && facts.page === undefined) continue;
      if (cellPage) setPage(cellPage);
      const column = cells.find((cell) => parsePage(cell) === undefined && !/\s/u.test(cell));
      if (column !== undefined && facts.column === undefined) facts.column = column;
      fields.push(line);
    }
  }
  if (!dateLine || facts.year === undefined) return undefined;
  return { facts: facts as RecordFacts, dateLine, lines, head, fields };
}
