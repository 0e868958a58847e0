/**
 * Records as English-interface news databases print or e-mail them, a
 * labelled field a line, an article a record — the exports a researcher
 * brings home from a library's subscriptions:
 * - **EBSCO** (Newspaper Source and others): `Record: 1` opens a record; its
 *   fields `Title:`, `Authors:`, `Source:` (a citation: `欧华商报 (Paris,
 *   France). 01/17/2024, pA7.`), `Document Type:` …, each value on the
 *   label's line or on the lines under it; the text under the fields;
 * - **ProQuest**: `Document 1 of 9` opens a record between rules of `_`; the
 *   headline alone over `Author:`, `Publication info: 海滨晚报; 上海 [上海].
 *   15 Mar 2023: A3.`, `Full text:` and the indexing fields after it;
 * - **NewsBank** (Access World News): a record opened by its citation,
 *   `香島晚報 (Hong Kong, China) - July 27, 2024`, between rules, with
 *   `Section:`, `Page:`, `Author:`, the headline and text unlabelled;
 * - **Gale**: `Title:`, `Date:`, `From:`, `Full Text:`, then its `Source
 *   Citation (MLA 9th Edition)` paragraph;
 * - **Factiva** as some of its print-outs and copies give it: each field's
 *   code alone on its line (`HD`, `PD`, `SN`, `PG`, `LP`, `TD`, `AN`) and
 *   its value on the lines under it. (Its usual form, the code and the
 *   value on one line, is `facts/records.ts`'s.)
 *
 * Each record becomes a data row (`data-rows.ts`) as a reference manager's
 * does (`formats/citation-records.ts`): title, authors, paper, date, page,
 * section and text under the names data files' columns go by, each value at
 * its place; every other field under its own label, kept as printed. A
 * citation's paper, date and page are read out of it (the date as the
 * interface writes it: month first, `01/17/2024`, or in words), the whole
 * citation kept as its field. A record's headline is its `Title:` where it
 * labels one, else its first unlabelled line standing alone over the text.
 *
 * @example
 *   databaseRecords('Record: 1\nTitle:\n运河通航\nSource:\n运河日报. 03/05/2024, pA2.\n本报讯 运河今天通航。\n')
 *   // → {format: 'database', records: [{cells: [Record, title, newspaper, date, page_no, Source, content]}], …}
 */
import { findEnglishDate } from '../facts/english-date.ts';
import { roleOfName } from '../facts/field-names.ts';
import { END_OF_DOCUMENT, RECORD_COUNT } from '../facts/marked-records.ts';
import { rowsOf } from '../lines.ts';
import { charLength } from '../punctuation.ts';
import { FACTIVA_CODES } from '../rules/labelled-field.ts';
import { plainCell, type CellText } from './cell-text.ts';
import { authorsIn, type CitationRead } from './citation-records.ts';
import type { DataCell } from './data-tree.ts';

/** A Factiva code alone on its line, its value on the lines under it. */
const CODE_ALONE = new RegExp(`^(?:${FACTIVA_CODES})$`, 'u');

/** The role of Factiva's codes: headline, byline, source name, date, page, lead paragraph and text; any other code is the database's own. */
const CODE_ROLES = new Map<string, Role>([
  ['HD', 'title'],
  ['BY', 'author'],
  ['SN', 'paper'],
  ['PD', 'date'],
  ['PG', 'page'],
  ['LP', 'text'],
  ['TD', 'text'],
]);

/** Codes alone a text needs to be Factiva's in this form: the headline's and the date's, and two more at the least. */
const CODES_MIN = 4;

/** Whether a text gives Factiva's fields as codes alone on their lines, each over its value. */
function codesAlone(rows: readonly Row[]): boolean {
  const codes = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const code = row.text.trim();
    if (CODE_ALONE.test(code) && (rows[index + 1]?.text.trim() ?? '') !== '') codes.add(code);
  }
  return codes.has('HD') && codes.has('PD') && codes.size >= CODES_MIN;
}

/** One line of the text with its offset. */
interface Row {
  text: string;
  offset: number;
}

/** A line that opens a record: EBSCO's `Record: 1`, ProQuest's `Document 1 of 9`. */
const OPENER = /^(?:Record|Document|Item|Result)\s*:?\s*[0-9]{1,5}(?:\s+of\s+[0-9]{1,6})?$/u;

/** An e-mail's own headers, which no database's record has. */
const MAIL_HEADER = /^(?:To|Cc|Bcc|Subject|Sent|Reply-To|Message-ID|MIME-Version|Content-Type|Received|Return-Path|X-[A-Za-z-]+)\s*:/iu;
const MAIL_HEAD_LINES = 20;

/** A rule between records (ProQuest's and NewsBank's row of `_`, a row of `-` or `=`): no record's. */
const RULE = /^[_\-=*~─━]{10,}$/u;

/**
 * A field's English label before a colon, in title or sentence case (`Title:`, `Publication info:`, `Full Text Word
 * Count:`, `Source Citation (MLA 9th Edition)`), a few words: not a Nexis field in capitals (`SECTION:`,
 * `facts/marked-records.ts`'s), nor a sentence.
 */
const LABEL = /^([A-Z][A-Za-z]*(?:[ -][A-Za-z]+){0,4}(?:\s*\([^()]{1,30}\))?)\s*[:：]\s*(.*)$/u;

/** A label alone on its line whose value is the paragraph under it, with no colon: Gale's `Source Citation (MLA 9th Edition)`. */
const BARE_LABEL = /^(Source Citation(?:\s*\([^()]{1,30}\))?)$/u;

type Role = 'title' | 'author' | 'citation' | 'paper' | 'date' | 'page' | 'text' | 'abstract';

/** The labels of each role, lower case; the first of a role a record fills gives it. */
const ROLES: Array<[Role, readonly string[]]> = [
  ['title', ['title', 'headline', 'document title', 'article title']],
  ['author', ['author', 'authors', 'author(s)', 'byline', 'by']],
  ['paper', ['publication title', 'publication', 'newspaper', 'source title', 'from', 'publication name']],
  ['date', ['publication date', 'date', 'published', 'pub date', 'issue date', 'date published']],
  ['page', ['page', 'pages', 'first page', 'start page', 'page number']],
  ['citation', ['source', 'publication info', 'citation', 'source citation']],
  ['text', ['full text', 'text', 'body', 'article text']],
  ['abstract', ['abstract', 'summary', 'lead']],
];

/** The role of a data file's column each role's value is read as. */
const ROLE_NAME: Record<Role, string> = {
  title: 'title',
  author: 'author',
  citation: 'paper',
  paper: 'paper',
  date: 'date',
  page: 'page',
  text: 'text',
  abstract: 'summary',
};

const ROLE_OF = new Map(ROLES.flatMap(([role, labels]) => labels.map((label): [string, Role] => [label, role])));

/** A label's role, by its words (`Source Citation (MLA 9th Edition)` is a citation's). */
function roleOf(label: string): Role | undefined {
  if (CODE_ALONE.test(label)) return CODE_ROLES.get(label);
  const words = label.toLowerCase().trim();
  return ROLE_OF.get(words) ?? ROLE_OF.get(words.replace(/\s*\([^()]*\)$/u, ''));
}

/** Labels whose value runs over the lines under it to the next label: a text, an abstract. */
const LONG: ReadonlySet<Role> = new Set(['text', 'abstract']);

/** How many free lines stand at most over a record's citation (a service's name over the first record, the headline). */
const HEAD_LINES = 2;

/** A record's rights at its end (`Copyright 2024 香島晚報. All Rights Reserved.`, `© 2024 …`): a field, no text. */
const RIGHTS = /^(?:Copyright\b|©|\(c\)\s)/iu;

/** What a database's record is called, for the note. */
export const DATABASE_SHAPE = "news database's export (records of labelled fields: EBSCO's, ProQuest's, NewsBank's, Gale's)";

/** One field of a record: its label, its value's lines, each at its place. */
interface Field {
  label: string;
  labelAt: number;
  role: Role | undefined;
  lines: Row[];
}

/** A database's records, read as a reference manager's are (their `stray`: the export's head, the rules between records, its closing lines). */
export type DatabaseRead = CitationRead & { format: 'database' };

/** Whether a line is a field's label (with or without its value after it). */
function labelOf(text: string, codes: boolean): { label: string; value: string } | undefined {
  if (codes && CODE_ALONE.test(text)) return { label: text, value: '' };
  const bare = BARE_LABEL.exec(text);
  if (bare) return { label: bare[1]!, value: '' };
  const labelled = LABEL.exec(text);
  if (!labelled) return undefined;
  // (A sentence is no label, nor a label in capitals alone, Nexis's `SECTION:`; `ProQuest document ID:`, `Document URL:` are.)
  return charLength(labelled[1]!) <= 40 && /[a-z]/u.test(labelled[1]!) ? { label: labelled[1]!, value: labelled[2]! } : undefined;
}

/** The records of a database's export, each with its fields by name at their places; `undefined` for any other text. */
export function databaseRecords(text: string): DatabaseRead | undefined {
  const rows: Row[] = rowsOf(text).map((row) => ({
    text: row.text.replace(/^\ufeff/u, '').trimEnd(),
    offset: row.offset + (row.offset === 0 && row.text.startsWith('\ufeff') ? 1 : 0),
  }));
  // (Nexis's deliveries, records counted `1 of 9 DOCUMENTS` or closed by `End of Document`, are read by their markers: `facts/marked-records.ts`.)
  if (rows.some((row) => RECORD_COUNT.test(row.text.trim()) || END_OF_DOCUMENT.test(row.text.trim()))) return undefined;
  // (Nor is an e-mail saved as text, its headers `From:`, `Date:`, `Subject:` over its body: `formats/email.ts`'s.)
  if (rows.slice(0, MAIL_HEAD_LINES).filter((row) => MAIL_HEADER.test(row.text)).length >= 2) return undefined;
  const codes = codesAlone(rows);
  const blocks = blocksOf(rows, codes);
  if (blocks === undefined) return undefined;
  const stray: number[] = blocks.stray;
  const records: DatabaseRead['records'] = [];
  for (const block of blocks.records) {
    const cells = recordCells(block, text, codes);
    if (cells === undefined) stray.push(...block.rows.filter((row) => row.text.trim() !== '').map((row) => row.offset));
    else records.push({ cells, start: block.rows.find((row) => row.text.trim() !== '')!.offset });
  }
  if (records.length === 0) return undefined;
  stray.sort((a, b) => a - b);
  return { format: 'database', records, stray };
}

/** The fields a record needs at the least to be a database's: labelled lines of a known role or a database's own. */
const KNOWN_FIELDS = 2;
/** A file of one record: its first labelled line among its first lines, and its fields at the least. */
const SINGLE_TOP = 3;
const SINGLE_FIELDS = 3;

/** A record's lines, and whether its first is its citation (EBSCO's e-mail in a citation format). */
interface Block {
  rows: Row[];
  cited: boolean;
}

/**
 * The text's records: at its openers (`Record: 1`, `Document 1 of 9`), else between its rules; a text of no opener and no
 * rule is one record when it opens on its labelled fields (Gale's one document). Each record needs its labelled fields.
 */
function blocksOf(rows: Row[], codes: boolean): { records: Block[]; stray: number[] } | undefined {
  // (Factiva's codes alone on their lines: each record opened by its headline's code, `HD`.)
  const opens = (text: string): boolean => OPENER.test(text) || (codes && text === 'HD');
  const openers = rows.flatMap((row, index) => (opens(row.text.trim()) ? [index] : []));
  const rules = rows.flatMap((row, index) => (RULE.test(row.text.trim()) ? [index] : []));
  // (EBSCO's e-mail in a citation format: each record opened by its citation, `陈思远. “标题.” 法华时报 (Paris, France), 5 Feb. 2024, p. A7.`)
  // (Not a record's citation among its fields, Gale's `Source Citation (MLA 9th Edition)`: citations open records only under no field.)
  const citations = openers.length === 0 ? rows.flatMap((row, index) => (quotedCitation(row.text.trim(), row.offset) ? [index] : [])) : [];
  const fieldsAbove = citations.length > 0 && rows.slice(0, citations[0]).some((row) => isKnownField(row.text.trim(), codes));
  const cited = fieldsAbove ? [] : citations;
  const stray: number[] = [];
  const blank = (row: Row): boolean => row.text.trim() === '';
  let records: Block[];
  if (openers.length > 0 || cited.length > 0) {
    const starts = openers.length > 0 ? openers : cited;
    stray.push(
      ...rows
        .slice(0, starts[0])
        .filter((row) => !blank(row))
        .map((row) => row.offset),
    );
    records = starts.map((start, k) => ({ rows: rows.slice(start, starts[k + 1] ?? rows.length), cited: openers.length === 0 }));
    // (After the last record's closing rule, the export's own lines: `Contact ProQuest`, its copyright. Factiva's record closes
    // with its accession number, `AN` over `Document QTSB0020210416eh41000006`: its search summary after it is the export's.)
    const last = records.at(-1)!;
    const accession = codes ? last.rows.findLastIndex((row) => row.text.trim() === 'AN') : -1;
    const rule = accession !== -1 && accession + 1 < last.rows.length ? accession + 1 : last.rows.findLastIndex((row) => RULE.test(row.text.trim()));
    if (rule !== -1) {
      stray.push(
        ...last.rows
          .slice(rule + 1)
          .filter((row) => !blank(row))
          .map((row) => row.offset),
      );
      last.rows = last.rows.slice(0, rule + 1);
    }
  } else if (rules.length > 0) {
    records = [...rules, rows.length].map((end, k) => ({ rows: rows.slice(k === 0 ? 0 : rules[k - 1]! + 1, end), cited: false }));
  } else records = [{ rows, cited: false }];
  // (The rules in a record, between it and the next, are no record's lines.)
  for (const record of records)
    record.rows = record.rows.filter((row) => {
      if (!RULE.test(row.text.trim())) return true;
      stray.push(row.offset);
      return false;
    });
  const known = (record: Block): number => record.rows.filter((row) => isKnownField(row.text.trim(), codes)).length;
  // (Blocks of no labelled field, the export's head or its closing lines: no record's. A record its citation opens needs none.)
  const kept = records.filter((record) => {
    if (record.cited || known(record) >= KNOWN_FIELDS) return true;
    stray.push(...record.rows.filter((row) => !blank(row)).map((row) => row.offset));
    return false;
  });
  if (kept.length === 0) return undefined;
  // One record with no opener and no rule needs its fields at its top (Gale's document: its headline, perhaps, over `Author:`,
  // `Date:`, `From:` …); without them, a text's labelled lines are a page's, not a database's.
  if (kept.length === 1 && openers.length === 0 && cited.length === 0) {
    const top = kept[0]!.rows.filter((row) => !blank(row)).slice(0, SINGLE_TOP);
    if (!top.some((row) => labelOf(row.text.trim(), codes) !== undefined) || known(kept[0]!) < SINGLE_FIELDS) return undefined;
  }
  return { records: kept, stray };
}

/**
 * A record's fields, in order: each label with its value on its line, or on the line under it (the value of a text, an
 * abstract or a citation on the lines under it to the next label); lines under no label are `free`, in order.
 */
function fieldsOf(record: Row[], codes: boolean): { fields: Field[]; free: Row[] } {
  const fields: Field[] = [];
  const free: Row[] = [];
  let open: Field | undefined;
  let waiting = false;
  let comment: Field | undefined;
  for (const row of record) {
    const text = row.text.trim();
    // (An HTML comment, EBSCO's `<!--Additional Information:` … `End of citation-->`: a field of its own, its lines as printed.)
    if (comment || text.startsWith('<!--')) {
      if (!comment) fields.push((comment = { label: 'comment', labelAt: row.offset, role: undefined, lines: [] }));
      comment.lines.push({ text, offset: row.offset + row.text.indexOf(text) });
      if (text.endsWith('-->')) comment = undefined;
      open = undefined;
      continue;
    }
    if (text === '') {
      // (A blank line ends a one-line label's wait; a text's paragraphs go on over it.)
      if (open && !LONG.has(open.role ?? 'title') && open.lines.length > 0) open = undefined;
      continue;
    }
    const start = row.offset + row.text.indexOf(text);
    // (The record's opener, `Document 1 of 9`: its number, a field.)
    const opener = OPENER.exec(text) ? /^([A-Za-z]+)\s*:?\s*(.*)$/u.exec(text) : null;
    if (opener) {
      fields.push(
        (open = { label: opener[1]!, labelAt: start, role: undefined, lines: [{ text: opener[2]!, offset: start + text.length - opener[2]!.length }] }),
      );
      waiting = false;
      continue;
    }
    const label = labelOf(text, codes);
    if (
      label &&
      !(
        open &&
        LONG.has(open.role ?? 'title') &&
        roleOf(label.label) === undefined &&
        !OPENER.test(text) &&
        open.lines.length > 0 &&
        !isIndexLabel(label.label)
      )
    ) {
      const valueAt = start + text.length - label.value.length;
      open = { label: label.label, labelAt: start, role: OPENER.test(text) ? undefined : roleOf(label.label), lines: [] };
      if (label.value.trim() !== '') open.lines.push({ text: label.value.trim(), offset: valueAt });
      fields.push(open);
      waiting = label.value.trim() === '';
      continue;
    }
    if (open && (waiting || LONG.has(open.role ?? 'title'))) {
      open.lines.push({ text, offset: start });
      waiting = false;
      continue;
    }
    open = undefined;
    free.push({ text, offset: start });
  }
  return { fields, free };
}

/** Whether a line is a field a database's record has: a role's (`Title:`, `Source:`) or the database's own (`Accession Number:`). */
function isKnownField(text: string, codes: boolean): boolean {
  const label = labelOf(text, codes);
  return label !== undefined && (roleOf(label.label) !== undefined || isIndexLabel(label.label));
}

/** A database's own fields, which end a text's value however they are labelled (`Subject:`, `Publication title:`, `ProQuest document ID:`). */
function isIndexLabel(label: string): boolean {
  return (
    CODE_ALONE.test(label) ||
    /^(?:Section|Column|Edition|Subject|Subjects|Subject Terms|Company|Companies|Location|Locations|People|Keywords?|Identifier|Document type|Document Type|Language|Database|Accession Number|Copyright|Last updated|Source type|Place of publication|Country of publication|Publication subject|Publisher|Record Number|Word Count|Length|ISSN|URL|Document URL|ProQuest document ID|Gale Document Number)\b/u.test(
      label,
    )
  );
}

/** A date in a record's field or citation: in words (`July 27, 2024`, `15 Mar 2023`), or in figures month first (`01/17/2024`) or in ISO order. */
function dateIn(text: string): { iso: string; index: number; printed: string } | undefined {
  const words = findEnglishDate(text);
  const figures = /(?<![0-9])(?:([01]?[0-9])\/([0-3]?[0-9])\/((?:19|20)[0-9]{2})|((?:19|20)[0-9]{2})-([01][0-9])-([0-3][0-9]))(?![0-9])/u.exec(text);
  const pad = (value: number): string => String(value).padStart(2, '0');
  const fromWords = words ? { iso: `${words.year}-${pad(words.month)}-${pad(words.day)}`, index: words.index, printed: words.printed } : undefined;
  const fromFigures = figures
    ? {
        iso: figures[3] !== undefined ? `${figures[3]}-${pad(Number(figures[1]))}-${pad(Number(figures[2]))}` : `${figures[4]}-${figures[5]}-${figures[6]}`,
        index: figures.index,
        printed: figures[0],
      }
    : undefined;
  if (fromWords && fromFigures) return fromWords.index <= fromFigures.index ? fromWords : fromFigures;
  return fromWords ?? fromFigures;
}

/**
 * An APA citation's date in brackets, then the title, then the paper and the page, each closed by a full stop:
 * `(2021, January 14). 我国制造业增长潜力加速释放. 汴梁晚报, 5.` — the bracket's text, the paper, the page.
 */
const APA_CITATION =
  /(\(\s*(?:19|20)[0-9]{2}[^()]{0,30}\))\.\s+(?:.+?[.?!。？！]\s+)?([^\s,.。][^,.。]{0,40}?)(?:,\s*(?:pp?\.\s*)?([A-Z]{0,2}[0-9]{1,3})(?:[-–][A-Z]{0,2}[0-9]{1,3})?)?\.(?=\s|$)/du;

/** A page after a citation's date: EBSCO's `, pA7.`, `, p A7`, ProQuest's `: A3.`, MLA's `, p. 3`, `, pp. 3-4`. */
const CITED_PAGE = /^[^\p{L}\p{N}]*?(?:pp?\.?\s*)?([A-Z]{0,2}[0-9]{1,3})\b/u;

/**
 * The paper, date and page of a citation, each at its place: the paper before the date, after an author's name and the
 * article's quoted title (MLA: `张伟. "标题." 江城日报, 12 May 2022, p. 3.`), up to its place's note in brackets or a `;`
 * (`欧华商报 (Paris, France).`, `海滨晚报; 上海 [上海].`) — the page after the date.
 */
export function readCitation(text: string, start: number): { paper?: CellText; date?: CellText; page?: CellText } | undefined {
  const date = dateIn(text);
  if (date === undefined) return undefined;
  const read: { paper?: CellText; date?: CellText; page?: CellText } = { date: plainCell(date.iso, start + date.index) };
  // (APA's order: the date in brackets after the author, the paper and page after the title. `卢振宇. (2021, January 14). 标题. 汴梁晚报, 5. https://…`)
  const apa = APA_CITATION.exec(text);
  const [dated, paperAt, pageAt] = [apa?.indices?.[1], apa?.indices?.[2], apa?.indices?.[3]];
  if (apa && dated && paperAt && date.index > dated[0] && date.index < dated[1]) {
    read.paper = plainCell(apa[2]!, start + paperAt[0]);
    if (pageAt) read.page = plainCell(apa[3]!, start + pageAt[0]);
    return read;
  }
  let before = text.slice(0, date.index);
  let from = 0;
  // (After a quoted title, MLA's `"标题."` or `“标题。”` — quotes of its own inside it, `“打好“组合拳”….”` — the paper's name
  // follows its closing quote, the last one before a space.)
  for (const match of before.matchAll(/["“”](?=\s)/gu)) from = match.index + 1;
  before = before.slice(from);
  const name = /^[\s.,;:]*([^()[\]（）;；,，.。\-–—]+?)\s*(?:[([（;；,，.\-–—]|$)/u.exec(before);
  if (name?.[1] !== undefined && name[1].trim() !== '' && /\p{L}/u.test(name[1])) {
    const value = name[1].trim();
    read.paper = plainCell(value, start + from + before.indexOf(value));
  }
  const after = text.slice(date.index + date.printed.length);
  const page = CITED_PAGE.exec(after);
  if (page?.[1] !== undefined && /^[^\p{L}\p{N}]*(?:pp?\.?\s*)?[A-Z]{0,2}[0-9]/u.test(after)) {
    read.page = plainCell(page[1], start + date.index + date.printed.length + page.index + page[0].length - page[1].length);
  }
  return read;
}

/**
 * A citation with its article's headline in quotes, as a citation format writes a record's first line (MLA's `陈思远.
 * “春节前后….” 法华时报 (Paris, France), 5 Feb. 2024, p. A7. EBSCOhost, https://…`): the author before the quotes, the
 * headline inside them (its closing full stop the citation's), the paper, date and page after them, each at its place.
 */
export function quotedCitation(
  text: string,
  start: number,
): { author?: CellText; title: CellText; citation: NonNullable<ReturnType<typeof readCitation>> } | undefined {
  // (Its closing quote after the headline's full stop where it has one: a quote of its own inside it closes on none, `“打好“组合拳” 房地产….”`.)
  const match =
    /^(?:([^“"”]{1,60}?)[.．]\s*)?[“"](.+?)[.?!。？！][”"](?=\s|$)(.*)$/u.exec(text) ??
    /^(?:([^“"”]{1,60}?)[.．]\s*)?[“"](.+?)[,，]?[”"](?=\s|$)(.*)$/u.exec(text);
  if (!match || charLength(match[2]!) > 80) return undefined;
  const afterAt = text.length - match[3]!.length;
  const citation = readCitation(match[3]!, start + afterAt);
  if (citation?.date === undefined || citation.paper === undefined) return undefined;
  const titleAt = text.indexOf(match[2]!, match[1]?.length ?? 0);
  return {
    ...(match[1] ? { author: plainCell(match[1].trim(), start + text.indexOf(match[1].trim())) } : {}),
    title: plainCell(match[2]!, start + titleAt),
    citation,
  };
}

/** A record's cells: its roles' values under the names data files use, its other fields under their labels; `undefined` for no record. */
function recordCells(block: Block, text: string, codes: boolean): DataCell[] | undefined {
  const opening = block.cited ? block.rows.find((row) => row.text.trim() !== '') : undefined;
  const { fields, free } = fieldsOf(
    block.rows.filter((row) => row !== opening),
    codes,
  );
  const cells: DataCell[] = [];
  const taken = new Set<Role>();
  const pieces = (rows: Row[]): CellText[] => rows.map((row) => plainCell(row.text, row.offset));
  // (A field's value over lines, EBSCO's comment, `<!--Additional Information:` … `End of citation-->`: one value as the file holds it.)
  const whole = (rows: Row[]): CellText[] =>
    rows.length === 0 ? [] : [plainCell(text.slice(rows[0]!.offset, rows.at(-1)!.offset + rows.at(-1)!.text.length), rows[0]!.offset)];
  // (Lines kept as the record's that stand apart, other fields between them: a cell for each run of them.)
  const apart = (key: string, rows: Row[]): DataCell[] => {
    const runs: Row[][] = [];
    for (const row of rows) {
      const run = runs.at(-1);
      const last = run?.at(-1);
      if (run && last && text.slice(last.offset + last.text.length, row.offset).trim() === '') run.push(row);
      else runs.push([row]);
    }
    return runs.map((run) => ({ key, pieces: whole(run) }));
  };
  const take = (role: Role, key: string, value: CellText[]): void => {
    if (taken.has(role) || value.length === 0) return;
    taken.add(role);
    cells.push({ key, pieces: value });
  };
  const facts: Array<{ key: string; pieces: CellText[] }> = [];
  /** The key the record's text is kept under. */
  let textKey: string | undefined;
  // Free lines: a citation over the record (NewsBank's `香島晚報 (Hong Kong, China) - July 27, 2024`), the headline alone
  // over the text where no field labels one, its rights, its text.
  // (The roles the record's fields give as a data file's columns would, `Date:`, `Page:`: a citation's reading does not stand in
  // for them. A paper's field with its place after it, ProQuest's `海滨晚报; 上海`, gives its name read out of it.)
  const given = new Set(
    fields.flatMap((field) =>
      field.role !== undefined &&
      field.role !== 'citation' &&
      roleOfName(field.label) === ROLE_NAME[field.role] &&
      (field.role !== 'paper' || paperIn(field) === field.lines[0]?.text)
        ? [field.role]
        : [],
    ),
  );
  const cite = (read: ReturnType<typeof readCitation>): void => {
    if (read?.paper && !given.has('paper')) facts.push({ key: 'paper', pieces: [read.paper] });
    if (read?.date && !given.has('date')) facts.push({ key: 'pubDate', pieces: [read.date] });
    if (read?.page && !given.has('page')) facts.push({ key: 'page_no', pieces: [read.page] });
  };
  let rest = [...free];
  // (A record its citation opens: its author and quoted headline before the paper, date and page.)
  const quoted = opening ? quotedCitation(opening.text.trim(), opening.offset + opening.text.indexOf(opening.text.trim())) : undefined;
  if (opening && quoted) {
    if (quoted.author) take('author', 'author', [quoted.author]);
    take('title', 'title', [quoted.title]);
    cite(quoted.citation);
    cells.push({ key: 'citation', pieces: pieces([opening]) });
  }
  const citationLine = rest.findIndex((row) => dateIn(row.text) !== undefined && charLength(row.text) <= 80);
  const labelledCitation = fields.find((field) => field.role === 'citation' || field.role === 'date');
  if (!quoted && citationLine !== -1 && citationLine <= HEAD_LINES && labelledCitation === undefined) {
    const row = rest[citationLine]!;
    cite(readCitation(row.text, row.offset));
    cells.push({ key: 'citation', pieces: pieces([row]) });
    rest = rest.filter((_, index) => index !== citationLine);
  }
  // (The rights at the record's end, `Copyright 2024 香島晚報.`, and the lines after them: no text.)
  const rightsAt = rest.findIndex((row) => RIGHTS.test(row.text));
  const rights = rightsAt === -1 ? [] : rest.slice(rightsAt);
  rest = rightsAt === -1 ? rest : rest.slice(0, rightsAt);
  for (const field of fields) {
    const value = field.role === 'text' || field.role === 'abstract' ? pieces(field.lines) : whole(field.lines);
    // (A field a data file's column would be read by as it is, `Date:`, `Page:`, `Source:` holding a name, is kept so; a
    // citation, or a field of another name, `Publication date:`, `First page:`, gives its fact under a column's name.)
    const named = roleOfName(field.label) !== undefined;
    if (field.role === 'citation') {
      const line = field.lines.find((row) => dateIn(row.text) !== undefined);
      cite(line ? readCitation(line.text, line.offset) : undefined);
      // (Kept as printed under its label, or called a citation where its label would name it a paper's, EBSCO's `Source:`.)
      cells.push({ key: named ? `${field.label} citation` : field.label, pieces: value });
    } else if (field.role === 'date' && !named) {
      const line = field.lines[0];
      const read = line ? dateIn(line.text) : undefined;
      if (line && read) facts.push({ key: 'pubDate', pieces: [plainCell(read.iso, line.offset + read.index)] });
      cells.push({ key: field.label, pieces: value });
    } else if (field.role === 'paper' && !given.has('paper') && field.lines[0]) {
      facts.push({ key: 'paper', pieces: [plainCell(paperIn(field)!, field.lines[0].offset)] });
      cells.push({ key: field.label, pieces: value });
    } else if (field.role === 'page' && !named && field.lines[0]) {
      facts.push({ key: 'page_no', pieces: [plainCell(field.lines[0].text, field.lines[0].offset)] });
      cells.push({ key: field.label, pieces: value });
    } else if (field.role === 'author') {
      // (Authors one a line, or apart by `;`.)
      take(
        'author',
        keyOf(field.label, 'author'),
        value.flatMap((piece) => authorsIn(piece)),
      );
    } else if (field.role === 'title') take('title', keyOf(field.label, 'title'), value);
    else if (field.role === 'text') {
      // (Its rights at its end, `COPYRIGHT 2022 松江工人报社` and the lines after it, are no text.)
      const end = field.lines.findIndex((row) => RIGHTS.test(row.text));
      const body = end === -1 ? value : value.slice(0, end);
      // (A text in two fields, Factiva's lead paragraph `LP` and the rest `TD`: one text, in order.)
      const textCell = taken.has('text') ? cells.find((cell) => cell.key === textKey) : undefined;
      if (textCell) textCell.pieces.push(...body);
      else {
        textKey = keyOf(field.label, 'text', 'content');
        take('text', textKey, body);
      }
      if (end !== -1) rights.push(...field.lines.slice(end));
    } else if (field.role === 'abstract') take('abstract', keyOf(field.label, 'summary', 'abstract'), value);
    else cells.push({ key: field.label, pieces: value });
  }
  // The headline where no field labels it: among the free lines of the record's head (short, no sentence's end, over its text's
  // lines or its text's field, Gale's `Full Text:`), the first in Chinese where one is (not the service's name over a NewsBank
  // export's first record, `Access World News`); the head's other lines, the paper with its place and the date as NewsBank
  // prints them over the text (`南溟晨报 (Kuala Lumpur, Malaysia)` / `Tuesday, 5 September 2023`), kept as the record's.
  if (!taken.has('title')) {
    const textAt = fields.find((field) => field.role === 'text')?.labelAt;
    let count = 0;
    while (
      count < rest.length &&
      charLength(rest[count]!.text) <= 60 &&
      !/[。！？]$/u.test(rest[count]!.text) &&
      (textAt === undefined ? count < rest.length - 1 : rest[count]!.offset < textAt)
    )
      count += 1;
    const head = rest.slice(0, count);
    const title = head.find((row) => /\p{Script=Han}/u.test(row.text)) ?? head[0];
    if (title !== undefined) {
      const at = head.indexOf(title);
      take('title', 'title', pieces([title]));
      cells.push(...apart('notes', head.slice(0, at)), ...apart('notes', head.slice(at + 1)));
      rest = rest.slice(count);
    }
  }
  // The text: its field's, else the free lines; free lines beside a text field are kept as a field of their own.
  if (!taken.has('text')) take('text', 'content', pieces(rest));
  else cells.push(...apart('notes', rest));
  cells.push(...apart('rights', rights));
  if (!taken.has('title') && !taken.has('text')) return undefined;
  // (The facts read out of fields, each once, the first read: over the record's other fields.)
  const seen = new Set<string>();
  const read = facts.filter((fact) => !seen.has(fact.key) && seen.add(fact.key));
  return [...read, ...cells];
}

/** A paper's name in its field, before its place (ProQuest's `海滨晚报; 上海`, `欧华商报 (Paris, France)`). */
function paperIn(field: Field): string | undefined {
  return field.lines[0]?.text.split(/\s*[;；]\s*|\s+\(/u)[0]!.trim();
}

/** A field's key: its label where a data file's column of that name is read for the role (`Title`, `Abstract`), else the role's name. */
function keyOf(label: string, role: 'title' | 'author' | 'text' | 'summary', name: string = role): string {
  return roleOfName(label) === role ? label : name;
}
