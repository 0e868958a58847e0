/**
 * BibTeX and BibLaTeX (`.bib`), as Zotero, JabRef and EndNote export a researcher's newspaper articles: an entry an
 * article, `@article{key, title = {…}, journal = {…}, …}` (or `@newspaper`, BibLaTeX's `entrysubtype = {newspaper}`).
 * Its fields become a data row (`data-rows.ts`) as a reference manager's tagged records do
 * (`formats/citation-records.ts`): `title`, `author` (names apart by ` and `; `邓, 晓琳` read 邓晓琳), the paper
 * (`journal`, `journaltitle`), the date (`date`, else `year`, `month` and `day` together), `pages`, the text (a `note`,
 * `comment` or `annote` holding more than the `abstract`, else the abstract); every other field under its own name.
 * A value's braces and its TeX escapes (`\&`, `\%`) are markup: left out, each character of the value at its place.
 *
 * @example
 *   bibtexRecords('@article{a, title = {运河通航}, journal = {运河日报}, date = {2024-03-05}}')?.records[0]?.cells.map((cell) => cell.key)
 *   // → ['title', 'newspaper', 'date']
 */
import { rowsOf } from '../lines.ts';
import { plainCell, rawOffset, type CellText } from './cell-text.ts';
import { nameAt, type CitationRead } from './citation-records.ts';
import type { DataCell } from './data-tree.ts';

/** An entry's opening, at a line's start: `@article{chen_2025,`; `@comment`, `@string` and `@preamble` hold no article. */
const ENTRY = /^[ \t]*@([A-Za-z]+)[ \t]*[{(]/gmu;
const NOT_ARTICLE = new Set(['comment', 'string', 'preamble']);

/** One field's name and value, the value as read (braces and escapes left out) at its place. */
interface BibField {
  name: string;
  value: CellText;
}

/** The names each role's field goes by, read under the data files' names; the first a record fills wins. */
const NAMES: Record<string, string> = {
  title: 'title',
  author: 'author',
  journal: 'newspaper',
  journaltitle: 'newspaper',
  booktitle: 'newspaper',
  date: 'date',
  pages: 'page_no',
  abstract: 'abstract',
  url: 'url',
  urldate: 'accessed',
};

/** Fields that may hold an article's text (Zotero's note, JabRef's comment): its text where longer than the abstract. */
const TEXT_FIELDS = ['note', 'comment', 'annote', 'annotation'];

/** The entries of a BibTeX text, each a record of its fields at their places; `undefined` for a text with none. */
export function bibtexRecords(text: string): CitationRead | undefined {
  const records: CitationRead['records'] = [];
  const covered: Array<[number, number]> = [];
  for (const match of text.matchAll(ENTRY)) {
    if (NOT_ARTICLE.has(match[1]!.toLowerCase())) continue;
    const entry = readEntry(text, match.index + match[0].length);
    if (entry === undefined) continue;
    covered.push([match.index, entry.end]);
    const cells = cellsOf(entry.fields);
    if (cells.length > 0) records.push({ cells, start: match.index + match[0].indexOf('@') });
  }
  if (records.length === 0) return undefined;
  // (Lines outside the entries, a comment `% Encoding: UTF-8` or a note between them: no record's.)
  const stray = rowsOf(text)
    .filter((row) => row.text.trim() !== '' && !covered.some(([from, to]) => row.offset >= from && row.offset < to))
    .map((row) => row.offset);
  return { format: 'bibtex', records, stray };
}

/** An entry's fields from its key on, and where it ends (after its closing brace); `undefined` when it is cut short. */
function readEntry(text: string, from: number): { fields: BibField[]; end: number } | undefined {
  let at = from;
  // (Its key, up to the first comma.)
  const comma = text.indexOf(',', at);
  const close = text.indexOf('}', at);
  if (comma === -1 || (close !== -1 && close < comma)) return undefined;
  at = comma + 1;
  const fields: BibField[] = [];
  const FIELD = /\s*([A-Za-z][\w:-]*)\s*=\s*/uy;
  for (;;) {
    const end = /\s*[})]/uy;
    end.lastIndex = at;
    if (end.exec(text)) return { fields, end: end.lastIndex };
    FIELD.lastIndex = at;
    const field = FIELD.exec(text);
    if (!field) return undefined;
    const value = readValue(text, FIELD.lastIndex);
    if (value === undefined) return undefined;
    fields.push({ name: field[1]!.toLowerCase(), value: value.cell });
    at = value.end;
    const separator = /\s*,/uy;
    separator.lastIndex = at;
    if (separator.exec(text)) at = separator.lastIndex;
  }
}

/** A value in braces (nested braces its markup), in quotes, or bare (a number, a macro such as `mar`), with its end. */
function readValue(text: string, start: number): { cell: CellText; end: number } | undefined {
  const open = text[start];
  if (open !== '{' && open !== '"') {
    const bare = /[\w.-]+/uy;
    bare.lastIndex = start;
    const match = bare.exec(text);
    return match ? { cell: plainCell(match[0], start), end: bare.lastIndex } : undefined;
  }
  let depth = 0;
  let value = '';
  const shifts: CellText['shifts'] = [];
  for (let index = start; index < text.length; index += 1) {
    const char = text[index]!;
    if (index === start) {
      if (open === '{') depth = 1;
      continue;
    }
    if (char === '\\' && /[&%$#_{}]/u.test(text[index + 1] ?? '')) {
      // (A TeX escape, `\&`: the character, its backslash markup.)
      shifts.push({ at: value.length, extra: 1 });
      value += text[index + 1]!;
      index += 1;
      continue;
    }
    if (char === '{' || char === '}') {
      if (char === '{') depth += 1;
      else depth -= 1;
      if (depth === 0 && open === '{') return { cell: { value, start: start + 1, shifts }, end: index + 1 };
      shifts.push({ at: value.length, extra: 1 });
      continue;
    }
    if (char === '"' && open === '"' && depth === 0) return { cell: { value, start: start + 1, shifts }, end: index + 1 };
    value += char;
  }
  return undefined;
}

/** A value's text with its place: trimmed, its start moved past what was trimmed. */
function trimmed(cell: CellText): CellText {
  const lead = cell.value.length - cell.value.trimStart().length;
  return {
    value: cell.value.trim(),
    start: rawOffset(cell, lead),
    shifts: cell.shifts.filter((shift) => shift.at > lead).map((shift) => ({ at: shift.at - lead, extra: shift.extra })),
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The date of `year`, `month` and `day` fields as an ISO date at the year's place: `month = {5}` or `month = may` with
 * `day = {8}`, or the day in the month's field as EndNote writes it (`month = {Mar 15}`).
 */
function dateOfParts(fields: BibField[]): CellText | undefined {
  const get = (name: string): BibField | undefined => fields.find((field) => field.name === name);
  const year = get('year');
  const [month = '', inMonth] = (get('month')?.value.value.trim().toLowerCase() ?? '').split(/[\s.]+/u);
  const day = get('day')?.value.value.trim() ?? inMonth;
  if (year === undefined || !/^\d{4}$/u.test(year.value.value.trim()) || day === undefined || !/^\d{1,2}$/u.test(day)) return undefined;
  const number = /^\d{1,2}$/u.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3)) + 1;
  if (number < 1 || number > 12) return undefined;
  return plainCell(`${year.value.value.trim()}-${String(number).padStart(2, '0')}-${day.padStart(2, '0')}`, trimmed(year.value).start);
}

/** An entry's cells: its roles' fields under the data files' names, its text, its other fields under their own. */
function cellsOf(fields: BibField[]): DataCell[] {
  const cells: DataCell[] = [];
  const filled = fields.filter((field) => field.value.value.trim() !== '');
  const abstract = filled.find((field) => field.name === 'abstract');
  const text = filled
    .filter((field) => TEXT_FIELDS.includes(field.name))
    .sort((a, b) => b.value.value.length - a.value.value.length)
    .find((field) => field.value.value.length > (abstract?.value.value.length ?? 0));
  const taken = new Set<string>();
  const dated = filled.some((field) => field.name === 'date');
  const parts = dated ? undefined : dateOfParts(filled);
  if (parts) {
    cells.push({ key: 'date', pieces: [parts] });
    taken.add('date');
  }
  for (const field of filled) {
    const name = field === text ? 'content' : field === abstract && text === undefined ? 'content' : NAMES[field.name];
    const value = trimmed(field.value);
    if (name === undefined || taken.has(name)) {
      cells.push({ key: field.name, pieces: [value] });
      continue;
    }
    taken.add(name);
    cells.push({ key: name, pieces: name === 'author' ? namesApartByAnd(value) : [value] });
  }
  return cells;
}

/**
 * The names of an author field, apart by ` and `, each at its place; a Chinese name given `姓, 名` read `姓名`, the comma
 * and space a shift at their place; a Western name as it stands (`Smith, John`).
 */
function namesApartByAnd(cell: CellText): CellText[] {
  const names: CellText[] = [];
  let from = 0;
  for (const separator of [...cell.value.matchAll(/\s+and\s+/gu), undefined]) {
    const to = separator?.index ?? cell.value.length;
    const part = cell.value.slice(from, to);
    from = to + (separator?.[0].length ?? 0);
    const whole = part.trim();
    if (whole === '') continue;
    const start = rawOffset(cell, to - part.length + part.indexOf(whole));
    names.push(nameAt(whole, start));
  }
  return names;
}
