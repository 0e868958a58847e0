/**
 * Records as reference managers and library databases export them, a tag a
 * field a line — the forms researchers take newspaper articles out in:
 * - **RIS** (Zotero, EndNote, CNKI, Wanfang; `.ris` or `.txt`): `TY  - NEWS`
 *   opens a record, `ER  - ` closes it, `TI`/`T1` its title, `AU`/`A1` each
 *   author, `T2`/`JF`/`JO` the paper, `DA`/`Y1`/`PY` the date (`2024/02/19/`),
 *   `SP` the page, `AB` the abstract, `N1` a note (Zotero keeps a full text
 *   there, as HTML);
 * - **EndNote's tagged text** (`.enw`, `.txt`): `%0 Newspaper Article` opens a
 *   record, `%T` title, `%A` authors, `%B`/`%J` the paper, `%D` the year and
 *   `%8` the day, `%P` the page, `%X` the abstract or text;
 * - **RefWorks' tagged format** (CNKI's RefWorks export): `RT Newspaper
 *   Article` opens a record, `A1` authors (`杨帆;龙莹;`), `T1` title, `JF` the
 *   paper, `FD`/`YR` the date, `OP`/`SP` the page, `AB` the text.
 *
 * Each record becomes a data row (`data-rows.ts`): its fields under the names
 * data files' columns go by (`facts/field-names.ts`: `title`, `newspaper`,
 * `date`, `page_no`, `author`, `content`, `abstract`), every other tag under
 * its own code, each value at its place in the file. A line with no tag goes
 * on the field above it (a note's HTML over many lines). Authors given as
 * `姓, 名` are read `姓名`, the comma left out, as the form writes a name.
 *
 * @example
 *   citationRecords('TY  - NEWS\nTI  - 春耕由南向北展开\nT2  - 冀南日报\nDA  - 2024/02/19/\nER  - \n')?.records[0]?.cells.map((cell) => cell.key)
 *   // → ['type', 'title', 'newspaper', 'date']
 */
import { rowsOf } from '../lines.ts';
import { plainCell, type CellText } from './cell-text.ts';
import type { DataCell } from './data-tree.ts';

export type CitationFormat = 'ris' | 'endnote' | 'refworks';

export interface CitationRead {
  /** The form of tags, BibTeX's entries (`formats/bibtex.ts`), or a news database's labelled fields (`formats/database-records.ts`). */
  format: CitationFormat | 'bibtex' | 'database';
  records: Array<{ cells: DataCell[]; start: number }>;
  /** Offsets of the lines that stand in no record (before the first, between RIS's `ER` and the next `TY`): no field's. */
  stray: number[];
}

/** Each form's tag line: the tag, and its value (possibly empty) after it. */
const TAG_LINE: Record<CitationFormat, RegExp> = {
  ris: /^([A-Z][A-Z0-9]) {2}-(?: (.*))?$/u,
  endnote: /^%([0-9A-Z@!#$&()*+,\-./:;<=>?[\]^_{|}~])(?: (.*))?$/u,
  // (RefWorks' tags are a known set: a line of text that opens on two capitals and a space, `AI 赋能…`, is no tag.)
  refworks:
    /^(RT|SR|ID|A[1-6]|T[1-3]|JF|JO|YR|FD|VO|IS|SP|OP|K1|AB|NO|ED|PB|PP|SN|AV|AD|AN|LA|CL|SF|OT|LK|DO|CN|DB|DS|IP|RD|ST|U[1-5]|UL|WT|WV|OL)(?: (.*))?$/u,
};

/** The tag that opens a record in each form. */
const OPENS: Record<CitationFormat, string> = { ris: 'TY', endnote: '0', refworks: 'RT' };

/** The role-bearing name each form's tags are read under (other tags keep their code); earlier tags of a role win. */
const NAMES: Record<CitationFormat, Record<string, string>> = {
  ris: {
    TY: 'type',
    TI: 'title',
    T1: 'title',
    T2: 'newspaper',
    JF: 'newspaper',
    JO: 'newspaper',
    JA: 'newspaper',
    AU: 'author',
    A1: 'author',
    DA: 'date',
    Y1: 'date',
    PY: 'date',
    SP: 'page_no',
    AB: 'abstract',
    N2: 'abstract',
    N1: 'content',
    SE: 'section',
    KW: 'keywords',
    UR: 'url',
    LA: 'language',
    Y2: 'accessed',
  },
  endnote: {
    '0': 'type',
    T: 'title',
    B: 'newspaper',
    J: 'newspaper',
    A: 'author',
    '8': 'date',
    D: 'date',
    P: 'page_no',
    X: 'content',
    K: 'keywords',
    U: 'url',
    G: 'language',
    '&': 'section',
  },
  refworks: {
    RT: 'type',
    T1: 'title',
    JF: 'newspaper',
    JO: 'newspaper',
    A1: 'author',
    FD: 'date',
    YR: 'date',
    OP: 'page_no',
    SP: 'page_no',
    AB: 'content',
    K1: 'keywords',
    LK: 'url',
    LA: 'language',
  },
};

/** A RIS record's closing tag, no field. */
const RIS_END = 'ER';

/** One tagged value at its place. */
interface Tagged {
  tag: string;
  value: string;
  start: number;
  /** Lines with no tag under it, each at its place. */
  more: Array<{ value: string; start: number }>;
}

/** The form of a text's records, by its first non-blank line: the tag that opens a record. */
function formatOf(text: string): CitationFormat | undefined {
  const first = /^\ufeff?\s*([^\r\n]*)/u.exec(text)?.[1] ?? '';
  // (Each opens on the record's type, in English words or RIS's code: `TY  - NEWS`, `%0 Newspaper Article`, `RT Newspaper Article`.)
  if (/^TY {2}- [A-Z]{2,6}\s*$/u.test(first)) return 'ris';
  if (/^%0 [A-Za-z][A-Za-z ]{2,40}$/u.test(first)) return 'endnote';
  if (/^RT [A-Za-z][A-Za-z ]{2,40}$/u.test(first)) return 'refworks';
  return undefined;
}

/** The records of a text in one of the forms, each with its fields by name at their places; `undefined` when it is none. */
export function citationRecords(text: string): CitationRead | undefined {
  const format = formatOf(text);
  if (format === undefined) return undefined;
  const pattern = TAG_LINE[format];
  const groups: Tagged[][] = [];
  const stray: number[] = [];
  let current: Tagged[] | undefined;
  for (const row of rowsOf(text)) {
    const offset = row.offset + (row.offset === 0 && row.text.startsWith('\ufeff') ? 1 : 0);
    const bare = row.text.replace(/^\ufeff/u, '');
    const tagged = pattern.exec(bare);
    if (tagged) {
      const tag = tagged[1]!;
      const value = tagged[2] ?? '';
      if (tag === OPENS[format]) groups.push((current = []));
      if (format === 'ris' && tag === RIS_END) {
        current = undefined;
        continue;
      }
      if (current) current.push({ tag, value: value.trimEnd(), start: offset + bare.length - value.length, more: [] });
      else stray.push(offset);
      continue;
    }
    if (bare.trim() === '') continue;
    // (A line with no tag goes on the field above it, across a blank line too: a text's paragraphs.)
    const last = current?.at(-1);
    if (last) last.more.push({ value: bare.trimEnd(), start: offset });
    else stray.push(offset);
  }
  // (A record of its type alone, its other lines no tags of the form, holds no field: its lines are named with the stray.)
  for (const group of groups.filter((one) => one.length === 1)) stray.push(group[0]!.start, ...group[0]!.more.map((line) => line.start));
  stray.sort((a, b) => a - b);
  const records = groups.filter((group) => group.length > 1).map((group) => ({ cells: cellsOf(format, group), start: group[0]!.start }));
  return records.length === 0 ? undefined : { format, records, stray };
}

/** The tag that holds a record's year where its day may name none (EndNote's `%D 2024` beside `%8 1月2日`, RefWorks' `YR`). */
const YEAR_TAG: Record<CitationFormat, string | undefined> = { ris: undefined, endnote: 'D', refworks: 'YR' };

/** How much a date says: its runs of figures (`2024/03/07/` three, `2024/03//` two). */
function dateParts(tagged: Tagged): number {
  return (tagged.value.match(/[0-9]+/gu) ?? []).length;
}

/**
 * A record's fields as cells: each role's tag under its name — the tag listed first in `NAMES` among those the record
 * fills (EndNote's `%8` over `%D`; of dates, the one that says most, RIS's `DA  - 2024/03//` giving way to `Y1  -
 * 2024/03/07/`), every author's tag — and other tags under their codes. A RIS record's text is its note (`N1`, Zotero's
 * full text) where the note holds more than its abstract, else the abstract, the note kept as a field.
 */
function cellsOf(format: CitationFormat, tagged: Tagged[]): DataCell[] {
  const names = NAMES[format];
  const order = Object.keys(names);
  const filled = tagged.filter((one) => one.value.trim() !== '' || one.more.length > 0);
  const size = (role: string): number =>
    Math.max(0, ...filled.filter((one) => names[one.tag] === role).map((one) => one.value.length + one.more.reduce((sum, line) => sum + line.value.length, 0)));
  const abstractIsText = format === 'ris' && size('abstract') > size('content');
  const nameOf = (tag: string): string | undefined =>
    abstractIsText && names[tag] === 'abstract' ? 'content' : abstractIsText && names[tag] === 'content' ? undefined : names[tag];
  // (Per name, the record's tag of it listed first.)
  const winner = new Map<string, Tagged>();
  for (const one of filled) {
    const name = nameOf(one.tag);
    if (name === undefined || name === 'author') continue;
    const held = winner.get(name);
    const said = (tagged: Tagged): number => (name === 'date' ? dateParts(tagged) : 0);
    if (held === undefined || said(one) > said(held) || (said(one) === said(held) && order.indexOf(one.tag) < order.indexOf(held.tag))) winner.set(name, one);
  }
  const year = tagged
    .find((one) => one.tag === YEAR_TAG[format])
    ?.value.trim()
    .slice(0, 4);
  const cells: DataCell[] = [];
  let authors: DataCell | undefined;
  for (const one of filled) {
    const pieces = [plainCell(one.value, one.start), ...one.more.map((line) => plainCell(line.value, line.start))].filter((piece) => piece.value.trim() !== '');
    const name = nameOf(one.tag);
    if (name === 'author') {
      const read = pieces.flatMap((piece) => authorsIn(piece));
      if (authors) authors.pieces.push(...read);
      else cells.push((authors = { key: name, pieces: read }));
    } else if (name !== undefined && winner.get(name) === one) {
      cells.push({ key: name, pieces: name === 'date' ? [dateOf(pieces[0]!, year)] : pieces });
    } else cells.push({ key: format === 'endnote' ? `%${one.tag}` : one.tag, pieces });
  }
  return cells;
}

/**
 * A date as the forms write it: EndNote's day (`%8 1月2日`, `Feb. 13`, `02/13`) with its year (`%D 2024`) when it names
 * none, RefWorks' (`FD 02-13`) with `YR`'s. (A date is a fact of the issue, not text; RIS's `2024/02/19/Late Edition` is
 * read by the data files' date forms.)
 */
function dateOf(piece: CellText, year: string | undefined): CellText {
  if (year === undefined || !/^\d{4}$/u.test(year) || /\d{4}/u.test(piece.value)) return piece;
  const value = piece.value.trim();
  // (A month and day in figures, month first as EndNote and RefWorks write them: `02/13`, `02-13`.)
  const figures = /^(\d{1,2})[/-](\d{1,2})$/u.exec(value);
  if (figures) return plainCell(`${year}-${figures[1]!.padStart(2, '0')}-${figures[2]!.padStart(2, '0')}`, piece.start);
  return plainCell(/[月日]/u.test(value) ? `${year}年${value}` : `${value}, ${year}`, piece.start);
}

/** A Chinese name given `姓, 名` (RIS's and BibTeX's form): a surname of one or two characters, a given name of one to three. */
const INVERTED_NAME = /^(\p{Script=Han}{1,2}),\s*(\p{Script=Han}{1,3})$/u;

/** A name at its place, read `姓名` where given `姓, 名` (the comma and space a shift at their place), else as it stands (`Smith, John`). */
export function nameAt(whole: string, start: number): CellText {
  const inverted = INVERTED_NAME.exec(whole);
  if (!inverted) return plainCell(whole, start);
  const [, surname = '', given = ''] = inverted;
  return { value: surname + given, start, shifts: [{ at: surname.length, extra: whole.length - surname.length - given.length }] };
}

/**
 * The authors in one tag's value: a list apart by `;` (RefWorks'), and Chinese names by `,` or `、` too (CNKI's
 * `陈思远,李明`), each at its place; a name given `姓, 名` (RIS's form) read `姓名`, the comma and space left out (a shift at
 * their place); a Western name as it stands (`Smith, John`).
 */
export function authorsIn(piece: CellText): CellText[] {
  const whole = piece.value.trim();
  const start = piece.start + piece.value.indexOf(whole);
  // (`姓, 名`, RIS's form of one name.)
  if (INVERTED_NAME.test(whole)) return [nameAt(whole, start)];
  const names: CellText[] = [];
  // (One a line too, as a database lists them under its label.)
  for (const match of piece.value.matchAll(/\p{Script=Han}/u.test(whole) ? /[^;；,，、\r\n]+/gu : /[^;；\r\n]+/gu)) {
    const value = match[0].trim();
    if (value !== '') names.push(plainCell(value, piece.start + match.index + match[0].indexOf(value)));
  }
  return names;
}
