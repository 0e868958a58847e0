/**
 * A data file's rows, by its format — CSV and TSV (`formats/csv.ts`), JSON and
 * JSON Lines (`formats/json-records.ts`), XML and text files of tag records
 * (`formats/xml-records.ts`), spreadsheets' sheets (`formats/spreadsheet.ts`)
 * — as one shape: each row's fields by name, each with its place in the file,
 * and how the file was read, for its note. Which field holds what, and what
 * becomes of a row, is `read-data.ts`'s.
 */
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { columnRoles } from './facts/data-columns.ts';
import { roleOfName } from './facts/field-names.ts';
import { plainCell, type CellText } from './formats/cell-text.ts';
import { readCsv, sniffDelimiter } from './formats/csv.ts';
import type { DataCell } from './formats/data-tree.ts';
import { readJsonRecords } from './formats/json-records.ts';
import type { Sheet, SheetRow, SpreadsheetText } from './formats/spreadsheet.ts';
import type { TaggedCorpus } from './formats/tagged-corpus.ts';
import type { CitationRead } from './formats/citation-records.ts';
import { DATABASE_SHAPE } from './formats/database-records.ts';
import { officeXml, readXmlRecords, type XmlRead } from './formats/xml-records.ts';
import { shorten } from './punctuation.ts';
import { Rule, error, note, warn } from './report.ts';
import { isPaperName } from './rules/paper-name.ts';

export type DataKind = 'csv' | 'tsv' | 'json' | 'jsonl' | 'xml' | 'sheet' | 'tagged' | 'citations';

/** One row of a data file: its fields, where it starts, and its number as messages give it. */
export interface DataRow {
  cells: DataCell[];
  start: number;
  number: number;
  /** How messages name it when its number alone does not (`Row 5 of sheet 3月`). */
  name?: string;
}

export interface DataRead {
  rows: DataRow[];
  /** Whether the fields are named (JSON keys, a CSV's header row), or only numbered (`column 1`). */
  named: boolean;
  /** How the file was read, for its note. */
  shape: string;
  /** A word processor's or spreadsheet's own XML, already named as not ingested. */
  office?: boolean;
  /** What else the note says of the file (a spreadsheet's title rows, its sheets of figures). */
  remarks?: string[];
  /** Fields read as no article's text or fact (a record's list of images, its wrapper's counts), for the note. */
  leftOut?: string[];
  /** What a row is called in messages: a CSV's `Row` (as a spreadsheet numbers it), a JSON file's `Record`. */
  noun: 'Row' | 'Record';
  /** The name the file gives itself over its records (a feed's title), a last resort for their paper's. */
  collection?: string;
  /** Where that name is from (`formats/data-tree.ts`): a feed's title, read for the paper it names, or the outlet's own name. */
  collectionFrom?: 'feed' | 'channel' | 'site';
}

/** The kind of a data file by its name: `.csv`, `.tsv`, `.json`, `.jsonl`/`.ndjson`, else XML (`.xml`, or a text file of tag records). */
export function dataKind(name: string): DataKind {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  return extension === 'tsv' || extension === 'tab'
    ? 'tsv'
    : extension === 'json'
      ? 'json'
      : extension === 'csv'
        ? 'csv'
        : extension === 'jsonl' || extension === 'ndjson' || extension === 'jl'
          ? 'jsonl'
          : 'xml';
}

/** Most rows sampled to tell what each column holds. */
export const SAMPLE = 200;

/** The text of a cell: its pieces (a list of paragraphs) one a line. */
export function cellValue(cell: DataCell): string {
  return cell.pieces.map((piece) => piece.value).join('\n');
}

/**
 * A paper's name at the start of a name or a title, before the collection's own word and its year (`人民日报剪报2024`,
 * `北京日报剪报整理`, `光明日报2024年3月`): the name, when it reads as a paper's.
 */
export function paperAtStart(text: string): string | undefined {
  const found = /^(\p{Script=Han}{2,8}?[报報])(?=剪[报報]|摘[编編]|目[录錄]|索引|[汇彙][编編]|合集|整理|[资資]料|合[订訂]本|(?:19|20)[0-9]{2}|$)/u.exec(
    text,
  )?.[1];
  return found !== undefined && isPaperName(found) ? found : undefined;
}

/** The rows of a CSV or TSV file, its first row the fields' names when it reads as a header. */
export function csvRows(file: VFile, text: string, kind: DataKind): DataRead {
  const place = location(file);
  const delimiter = kind === 'tsv' ? '\t' : sniffDelimiter(text);
  const read = readCsv(text, delimiter);
  const delimiterName = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '|': 'bar' }[delimiter] ?? delimiter;
  if (read.unclosedQuote !== undefined) {
    warn(
      file,
      'A quoted field opened here is never closed: the rest of the file was read into it',
      'close the quote (a quote inside a quoted field is written twice, `""`)',
      place.toPoint(read.unclosedQuote),
      Rule.dataFile,
    );
  }
  const [first, ...rest] = read.rows;
  if (!first) return { rows: [], named: true, shape: `${kind.toUpperCase()} file`, noun: 'Row' };
  const named = isHeaderRow(first.cells.map((cell) => cell.value));
  const names = named ? first.cells.map((cell, index) => cell.value.trim() || `column ${index + 1}`) : [];
  const keyOf = (index: number): string => names[index] ?? `column ${index + 1}`;
  // The text's column: named so (`正文`, `content`), else the last.
  const namedText = names.findIndex((name) => roleOfName(name) === 'text');
  const textColumn = namedText === -1 ? names.length - 1 : namedText;
  const rows = (named ? rest : read.rows).map((row): DataRow => {
    let cells = row.cells;
    // More cells than the header names: a comma (tab) in the text the writer did not quote. The fields before the text are
    // read from the left, those after it from the right, and the text is what lies between.
    const surplus = cells.length - names.length;
    if (named && surplus > 0 && names.length > 0) {
      const inText = cells.slice(textColumn, textColumn + surplus + 1);
      if (inText.every((cell) => cell.shifts.length === 0 && text[cell.start - 1] !== '"')) {
        const start = inText[0]!.start;
        const last = inText.at(-1)!;
        const joined: CellText = { value: text.slice(start, last.start + last.value.length), start, shifts: [] };
        cells = [...cells.slice(0, textColumn), joined, ...cells.slice(textColumn + surplus + 1)];
        warn(
          file,
          `Row ${row.number} has ${row.cells.length} fields where the header names ${names.length}: ${surplus + 1} of them were read as its \`${keyOf(textColumn)}\`, with the ${delimiterName}s between them (a ${delimiterName} in the text that was not quoted)`,
          'quote the field in the file ("…") if it was cut elsewhere',
          place.toPoint(start),
          Rule.dataFile,
        );
      }
    }
    // Fewer: the file was cut, or a line break in a field was not quoted and ended the row early.
    if (named && cells.length < names.length && cells.length > 1) {
      warn(
        file,
        `Row ${row.number} has ${cells.length} fields where the header names ${names.length} (\`${shorten(cells.map((cell) => cell.value).join(delimiter), 30)}\`): the fields after \`${keyOf(cells.length - 1)}\` are empty`,
        'check the row in the file: a line break inside a field must be within quotes ("…")',
        place.toPoint(row.start),
        Rule.dataFile,
      );
    }
    return { cells: cells.map((cell, cellIndex) => ({ key: keyOf(cellIndex), pieces: [cell] })), start: row.start, number: row.number };
  });
  const firstBlank = read.blank[0];
  if (firstBlank !== undefined) {
    note(
      file,
      `${read.blank.length} blank row(s), holding no field, left out (the first at line ${place.toPoint(firstBlank)?.line ?? 1})`,
      place.toPoint(firstBlank),
      Rule.dataFile,
    );
  }
  return {
    rows,
    named,
    shape: `${kind === 'tsv' ? 'TSV' : 'CSV'} file (${delimiterName}-separated, ${named ? 'a header row' : 'no header row: columns told by their values'})`,
    noun: 'Row',
  };
}

/**
 * Whether a CSV's first row names its columns: some name is a known field's
 * (`标题`, `date`), or every cell is short, on one line, and no date, page
 * number or long text, as a data row's cells are.
 */
function isHeaderRow(cells: readonly string[]): boolean {
  if (cells.some((cell) => cell.trim() !== '' && roleOfName(cell) !== undefined)) return true;
  return cells.every((cell) => cell.trim().length <= 30 && !/\n/u.test(cell) && !/^[0-9./\-: ]+$/u.test(cell.trim()) && !/[。，！？]/u.test(cell));
}

/** A sheet as a table: its header row (if it has one), the title rows over it, its rows of data, and whether they are articles. */
export interface SheetTable {
  sheet: Sheet;
  /** The key of each column: its header's name, else `column N`. */
  keyOf: (column: number) => string;
  titleRows: SheetRow[];
  body: SheetRow[];
  /** Whether its columns hold titles or text (a sheet of figures holds neither). */
  articles: boolean;
  keys: string[];
}

/**
 * A spreadsheet's sheets as tables, each under its own header row (the first of its first rows that reads as one; a
 * title row over it, `2024年3月剪报目录`, is the sheet's). Empty sheets are left out.
 */
export function sheetTables(workbook: SpreadsheetText): SheetTable[] {
  return workbook.sheets
    .filter((sheet) => sheet.rows.length > 0)
    .map((sheet) => {
      const headerIndex = sheet.rows.slice(0, 5).findIndex((row) => row.cells.length >= 2 && isHeaderRow(row.cells.map((cell) => cell.text.value)));
      const header = sheet.rows[headerIndex];
      const names = new Map(header ? header.cells.map((cell) => [cell.column, cell.text.value.trim()] as const) : []);
      const keyOf = (column: number): string => names.get(column) || `column ${column + 1}`;
      const body = header ? sheet.rows.slice(headerIndex + 1) : sheet.rows;
      const keys = [...new Set(body.flatMap((row) => row.cells.filter((cell) => cell.link !== true).map((cell) => keyOf(cell.column))))];
      // (Judged on the sheet's own columns: a sheet of figures beside the sheet of articles.)
      const values = (key: string): string[] =>
        body
          .flatMap((row) => row.cells.filter((cell) => cell.link !== true && keyOf(cell.column) === key).map((cell) => cell.text.value))
          .filter((value) => value.trim() !== '')
          .slice(0, SAMPLE);
      const roles = [...columnRoles(keys, values, header !== undefined, Math.min(body.length, SAMPLE)).roles.values()].map((role) => role.role);
      return {
        sheet,
        keyOf,
        titleRows: header ? sheet.rows.slice(0, headerIndex) : [],
        body,
        // (A database's table of names alone is a site's settings or categories, `dede_arctype`, `dede_sysconfig`: its articles
        // have text, or titles and dates, as a catalogue's.)
        articles:
          workbook.kind === 'sqlite' || workbook.kind === 'sql'
            ? roles.includes('text') || (roles.includes('title') && roles.includes('date'))
            : roles.includes('title') || roles.includes('text'),
        keys,
      };
    });
}

/**
 * The rows of a spreadsheet's sheets (`sheetTables`). A sheet named as a paper (`人民日报`) gives its rows that paper
 * where they name none; a sheet whose columns hold neither titles nor text holds no articles and is named so, as are
 * the title rows over a header.
 */
export function sheetRows(workbook: SpreadsheetText): DataRead {
  const rows: DataRow[] = [];
  const remarks: string[] = [];
  const tables = sheetTables(workbook);
  for (const table of tables) {
    const sheetName = `sheet \`${table.sheet.name}\``;
    if (table.titleRows.length > 0)
      remarks.push(
        `the title row(s) over the header of ${sheetName} (${table.titleRows.map((row) => `\`${shorten(row.cells.map((cell) => cell.text.value).join(' '), 30)}\``).join(', ')}) are the sheet's, not read`,
      );
    if (!table.articles) {
      remarks.push(`${sheetName} holds no articles (no column of titles or text: ${table.keys.map((key) => `\`${key}\``).join(', ')}): not read`);
      continue;
    }
    // (An article spread over several rows under its title merged down them, a paragraph a row: one article, its rows' text its paragraphs.)
    const titleColumn = table.body[0]?.cells.find((cell) => !cell.link && roleOfName(table.keyOf(cell.column)) === 'title')?.column;
    const textColumn = table.body[0]?.cells.find((cell) => !cell.link && roleOfName(table.keyOf(cell.column)) === 'text')?.column;
    const body: SheetRow[] = [];
    const more = new Map<SheetRow, CellText[]>();
    for (const row of table.body) {
      const previous = body.at(-1);
      const title = row.cells.find((cell) => cell.column === titleColumn);
      const text = row.cells.find((cell) => cell.column === textColumn);
      if (previous && title?.merged && text && !text.merged) more.set(previous, [...(more.get(previous) ?? []), text.text]);
      else body.push(row);
    }
    const sheetRowsOf = body.map((row): DataRow => ({
      // (A cell's link target under `url`, or `标题 url` where the sheet has an address column of its own.)
      cells: row.cells.map((cell) => ({
        key: cell.link ? (table.keys.some((key) => roleOfName(key) === 'address') ? `${table.keyOf(cell.column)} url` : 'url') : table.keyOf(cell.column),
        pieces: [cell.text, ...(cell.column === textColumn && !cell.link ? (more.get(row) ?? []) : [])],
      })),
      start: row.cells[0]!.text.start,
      number: row.number,
      ...(tables.length > 1 ? { name: `Row ${row.number} of ${sheetName}` } : {}),
    }));
    // A sheet named as a paper, or headed by a title row that names one (`北京日报剪报整理`), names its rows' paper where no column does.
    const paperColumn = table.keys.some((key) => roleOfName(key) === 'paper');
    const titleCell = table.titleRows.flatMap((row) => row.cells).find((cell) => paperAtStart(cell.text.value.trim()) !== undefined);
    const named = isPaperName(table.sheet.name.trim())
      ? plainCell(table.sheet.name, table.sheet.nameAt)
      : titleCell
        ? plainCell(paperAtStart(titleCell.text.value.trim())!, titleCell.text.start + titleCell.text.value.indexOf(paperAtStart(titleCell.text.value.trim())!))
        : undefined;
    if (named && !paperColumn) for (const row of sheetRowsOf) row.cells.push({ key: '报刊', pieces: [named] });
    rows.push(...sheetRowsOf);
  }
  const sheets = workbook.sheets.map((sheet) => `\`${sheet.name}\` ${sheet.rows.length} row(s)`).join(', ');
  // (What the workbook hides is left out as it hides it, and said.)
  const { sheets: hiddenSheets, rows: hiddenRows } = workbook.hidden;
  if (hiddenSheets.length > 0) remarks.push(`hidden sheet(s) ${hiddenSheets.map((name) => `\`${name}\``).join(', ')}: not read, as the workbook hides them`);
  if (hiddenRows > 0) remarks.push(`${hiddenRows} hidden row(s): not read, as the workbook hides them`);
  return {
    rows,
    named: true,
    noun: 'Row',
    shape:
      workbook.kind === 'sqlite' || workbook.kind === 'sql'
        ? `${workbook.kind === 'sqlite' ? 'SQLite database' : 'SQL dump'} (${workbook.sheets.length} table(s), ${sheets.replaceAll('row(s)', 'row(s) with its header')}${
            workbook.joined && workbook.joined.length > 0 ? `; ${workbook.joined.join(', ')}, a row an article` : ''
          }; line numbers count the lines of its text view, each table's name on a line, its columns' names, then its rows, cells apart by tabs)`
        : `spreadsheet (.${workbook.kind}: ${workbook.sheets.length} sheet(s), ${sheets}; line numbers count the lines of its text view, each sheet's name on a line, then its rows, cells apart by tabs)`,
    ...(remarks.length > 0 ? { remarks } : {}),
  };
}

/** The records of a JSON or JSON Lines file, named by their keys. */
export function jsonRows(file: VFile, text: string, kind: DataKind): DataRead {
  const place = location(file);
  const read = readJsonRecords(text, kind === 'jsonl');
  for (const problem of read.errors.slice(0, 5)) {
    error(
      file,
      `The JSON is not valid here: ${problem.what}${read.records.length > 0 ? '; the records that could be read were' : '; nothing in the file could be read'}`,
      'correct the file (a JSON validator names the fault) and ingest again',
      place.toPoint(problem.offset),
      Rule.dataFile,
    );
  }
  const leftOut = [...read.leftOut].map(([key, count]) => `\`${key}\`${count > 1 ? ` (${count})` : ''}`);
  return {
    rows: read.records.map((record, index) => ({ ...record, number: index + 1 })),
    named: true,
    noun: 'Record',
    shape: kind === 'jsonl' ? 'JSON Lines file' : read.collectionFrom === 'channel' ? "chat app's export of a channel (JSON)" : 'JSON file',
    leftOut,
    ...(read.collection === undefined ? {} : { collection: read.collection }),
    ...(read.collectionFrom === undefined ? {} : { collectionFrom: read.collectionFrom }),
  };
}

/** The articles of a tagged corpus (`formats/tagged-corpus.ts`): each with its day, page, number and text, the tags left out. */
export function taggedRows(read: TaggedCorpus): DataRead {
  return {
    rows: read.records.map((record, index) => ({ ...record, number: index + 1 })),
    named: true,
    noun: 'Record',
    shape: "tagged corpus (a paper's text cut into words, each with its part of speech; one paragraph a line, opened by its day, page, article and number)",
    remarks: [`its ${read.words} words run together as the paper printed them, their tags, brackets and the spaces between them left out`],
  };
}

/** What each form of reference manager's records is called, for the note. */
const CITATION_SHAPE: Record<CitationRead['format'], string> = {
  ris: "RIS file (a reference manager's records, `TY  - ` … `ER  - `, a tag a field)",
  endnote: "EndNote's tagged text (records opened by `%0`, a tag a field)",
  refworks: "RefWorks' tagged records (opened by `RT`, a tag a field)",
  bibtex: "BibTeX file (a reference manager's entries, `@article{…}`, a field a value)",
  database: DATABASE_SHAPE,
};

/** The records of a reference manager's export (`formats/citation-records.ts`): a record an article, its tags by the names of their roles. */
export function citationRows(file: VFile, read: CitationRead): DataRead {
  const first = read.stray[0];
  if (first !== undefined) {
    const at = location(file).toPoint(first);
    note(
      file,
      `${read.stray.length} line(s) stand in no record (the first at line ${at?.line ?? 1}): a note or a heading around the records, not read as any record's field`,
      at,
      Rule.dataFile,
    );
  }
  return {
    rows: read.records.map((record, index) => ({ ...record, number: index + 1 })),
    named: true,
    noun: 'Record',
    shape: CITATION_SHAPE[read.format],
  };
}

/** The records of an XML file (or a text file of tag records, `given` as read to tell so), named by their elements. */
export function xmlRows(file: VFile, text: string, given?: XmlRead): DataRead {
  const place = location(file);
  const office = officeXml(text);
  if (office) {
    warn(
      file,
      `Not ingested: the file is ${office === 'OpenDocument' ? 'a flat OpenDocument file' : `${office}'s own XML (saved as "${office} XML")`}, a document, not a data file of articles`,
      `open it in ${office === 'Excel' ? 'Excel, WPS or LibreOffice and save it as .xlsx' : office === 'Word' ? 'Word, WPS or LibreOffice and save it as .docx' : 'LibreOffice and save it as .odt or .ods'}`,
      { line: 1, column: 1 },
      Rule.notIngested,
    );
    return { rows: [], named: true, noun: 'Record', shape: 'XML file', office: true };
  }
  const read = given ?? readXmlRecords(text);
  for (const problem of read.errors.slice(0, 5)) {
    warn(
      file,
      `The XML is not well formed here: ${problem.what}; it was read on`,
      'check the record around this place; correct the markup if its text came out wrong',
      place.toPoint(problem.offset),
      Rule.dataFile,
    );
  }
  return {
    rows: read.records.map((record, index) => ({ ...record, number: index + 1 })),
    named: true,
    noun: 'Record',
    shape: /\.xml$/iu.test(file.path) ? 'XML file' : 'text file of tag records, read as XML',
    leftOut: [...read.leftOut].map(([key, count]) => `\`${key}\`${count > 1 ? ` (${count})` : ''}`),
    ...(read.collection === undefined ? {} : { collection: read.collection }),
    ...(read.collectionFrom === undefined ? {} : { collectionFrom: read.collectionFrom }),
  };
}
