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
import { matchLabelledField } from '../rules/labelled-field.ts';
import type { RawLine } from '../types.ts';
import { COUNT, parseDate, parsePage, type FileRecord, type FileRecords, type RecordFacts } from './records.ts';

/** A record's closing document number (Factiva's, in its Chinese or English interface; after its code, `AN	Document …`, where it prints its codes). */
export const DOCUMENT_NUMBER = new RegExp(`^(?:AN(?:\\t|[ ]{2,}))?${DOCUMENT_NUMBER_WORDS}$`, 'u');

/** A print-out's count opening each record: `[ 1 / 10 ]`, Nexis's `1 of 9 DOCUMENTS`. */
export const RECORD_COUNT = /^(?:[[［]\s*[0-9]{1,4}\s*[/／]\s*[0-9]{1,4}\s*[\]］]|[0-9]{1,4}\s+of\s+[0-9]{1,4}\s+DOCUMENTS?)$/iu;

/** Nexis's close of each record: `End of Document`. */
export const END_OF_DOCUMENT = /^End of Document$/iu;

/**
 * A record's field in an English interface, its label in capitals or in title case before a colon (Nexis's `SECTION: 产经; Pg. 3`,
 * `LOAD-DATE: January 17, 2024`, `Load-Date:`, `LANGUAGE: CHINESE`, `PUBLICATION-TYPE: Newspaper`), or its `Body` over the text:
 * the database's, no text. (Not the byline's, `BYLINE:`: the article's, read as a head's.)
 */
const ENGLISH_FIELD = /^(?:[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?(?: [A-Z][A-Za-z]*)?\s*:(?:\s+\S.*)?|Body|BODY)$/u;

/** A database's field in an English interface (`ENGLISH_FIELD`), not the article's own labelled one (`BYLINE:`). */
function isEnglishField(text: string): boolean {
  return ENGLISH_FIELD.test(text) && !matchLabelledField(text);
}

/** A page after a section's name in an English field: `SECTION: 产经; Pg. 3`, `Section: 经济; Pg. A5`. */
const SECTION_PAGE = /;\s*Pg\.?\s*([A-Z]?[0-9]{1,3})\s*$/u;

/** A record's rights at its end (`Copyright 2024 晋阳日报社`, `All Rights Reserved`). */
const RIGHTS = /^(?:Copyright\b|©|All Rights Reserved\.?$)/iu;

/** The language a record is in (`中文`, `中文(简体)`, `Chinese-Simplified`), and a source's code in capitals (`RMRB`, `CBNCHN`): the database's, no text. */
const LANGUAGE =
  /^(?:中文|英文|简体中文|簡體中文|繁体中文|繁體中文|中文\s*[(（](?:简体|簡體|繁体|繁體)[)）]|Chinese(?:[- ](?:Simplified|Traditional))?|English)$/u;
const SOURCE_CODE = /^[A-Z][A-Z0-9]{1,9}$/u;

/** How long a head's line may be: a headline's length, never a paragraph's. */
const HEAD_LINE_MAX = 60;

/** The records of a print-out apart by two or more markers; `undefined` for any other file. */
export function markedRecords(lines: RawLine[]): FileRecords | undefined {
  const ends = lines.flatMap((line, index) => (DOCUMENT_NUMBER.test(line.text) || END_OF_DOCUMENT.test(line.text) ? [index] : []));
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
    let record = withClosing(readRecord(lines.slice(from, to)));
    // (The first record under the export's cover, a record closed by its end: its head is the short lines over its first date.)
    const start = record || records.length > 0 ? from : coveredHead(lines, from, to);
    if (start !== from) {
      record = withClosing(readRecord(lines.slice(start, to)));
      if (record) outside.push(...lines.slice(from, start));
    }
    // A record whose head gives no date goes on the record before it, as its text (nothing is dropped).
    if (record) records.push(record);
    else if (records.length > 0) records.at(-1)!.lines.push(...lines.slice(from, to));
    else outside.unshift(...lines.slice(from, to));
  }
  if (records.length < 2) return undefined;
  return { preamble: outside, records };
}

/** A numbered entry of an export's list of its records (`1. 去年民航旅客运输量6.2亿人次`), on its cover. */
const LISTED = /^[0-9]{1,3}[.．、]\s*\S/u;

/**
 * Where the first record's head starts under an export's cover (Nexis Uni's: user, job, `Documents (9)`, the numbered
 * titles, the search): at the short lines right over its first date — no list entry, no sentence, no long line among them.
 */
function coveredHead(lines: RawLine[], from: number, to: number): number {
  const date = lines.slice(from, to).findIndex((line) => parseDate(line.text) !== undefined);
  if (date === -1) return from;
  let start = from + date;
  while (start > from) {
    const text = lines[start - 1]!.text;
    if (LISTED.test(text) || charLength(text) > HEAD_LINE_MAX || /[。！？]/u.test(text) || ENGLISH_FIELD.test(text)) break;
    start -= 1;
  }
  return start;
}

/** A record with the database's fields after its text (Nexis's `LOAD-DATE:`, `LANGUAGE:`, its rights, `End of Document`) as its closing fields. */
function withClosing(record: FileRecord | undefined): FileRecord | undefined {
  if (!record) return undefined;
  let tail = record.lines.length;
  const isField = (text: string): boolean => isEnglishField(text) || RIGHTS.test(text) || END_OF_DOCUMENT.test(text) || DOCUMENT_NUMBER.test(text);
  while (tail > record.head.length && isField(record.lines[tail - 1]!.text)) tail -= 1;
  const closing = record.lines.slice(tail).filter((line) => !DOCUMENT_NUMBER.test(line.text));
  return closing.length === 0 ? record : { ...record, closing };
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
    } else if (
      RECORD_COUNT.test(text) ||
      COUNT.test(text) ||
      LANGUAGE.test(text) ||
      (SOURCE_CODE.test(text) && !page) ||
      DOCUMENT_NUMBER.test(text) ||
      // (The source's rights over its name, as LexisNexis Academic prints them atop each record: `Copyright 2019 辽东商报社`.)
      RIGHTS.test(text)
    )
      fields.push(line);
    // (Under the date, where Factiva prints its source, any outlet's name: `南粤港报`, `岷州新闻网`; above it, a headline may end so.)
    else if (isEnglishField(text)) {
      // (Its page, where the field gives one after the section: `SECTION: 产经; Pg. 3`.)
      const sectionPage = facts.page === undefined ? SECTION_PAGE.exec(text)?.[1] : undefined;
      const read = sectionPage === undefined ? undefined : parsePage(sectionPage);
      if (read) setPage(read);
      fields.push(line);
    } else if (facts.paper === undefined && (isPaperName(text) || (dateLine !== undefined && isOutletName(text)))) {
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
  // (Right over the date, where Nexis prints its source, any outlet's name too: `辽沈工业报` / `January 15, 2024 Monday`.)
  const above = head[head.indexOf(dateLine) - 1];
  if (facts.paper === undefined && above !== undefined && !fields.includes(above) && isOutletName(above.text)) {
    facts.paper = above.text;
    fields.push(above);
  }
  return { facts: facts as RecordFacts, dateLine, lines, head, fields };
}
