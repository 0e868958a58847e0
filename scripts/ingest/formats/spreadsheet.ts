/**
 * Spreadsheets — Excel's `.xlsx` and OpenDocument's `.ods`, as archivists and
 * researchers keep clippings, a row an article — read from their XML (jszip,
 * xmldom) into a text view: each sheet's name on a line of its own, then its
 * rows, one a line, cells apart by tabs. Each cell's text is placed in that
 * view, so messages name a line and column there (said in the file's
 * note), and every row keeps its number as the sheet shows it. A cell the
 * sheet formats as a date holds a serial day (`45356`): it is written as
 * that date (`2024-03-05`), as the sheet shows it.
 */
import JSZip from 'jszip';
import { plainCell, type CellText } from './cell-text.ts';
import { childElements, descendants, xmlPart } from './office-xml.ts';

export interface SheetRow {
  /** The row's number in its sheet (1 for the first). */
  number: number;
  /** Cells by column (0 for A), each with its text and place in the view; a cell's link target after them (`link`). */
  cells: Array<{ column: number; text: CellText; link?: true }>;
}

export interface Sheet {
  name: string;
  /** The sheet's name line in the view. */
  nameAt: number;
  rows: SheetRow[];
}

export interface SpreadsheetText {
  kind: 'xlsx' | 'ods';
  /** The view the cells are placed in. */
  text: string;
  sheets: Sheet[];
}

type Element = globalThis.Element;

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';

/** Built-in number formats that show a date (Excel's, and the CJK ones it adds: `yyyy"年"m"月"d"日"`). */
const DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Read a spreadsheet's sheets, or say why not. */
export async function readSpreadsheet(bytes: Uint8Array): Promise<SpreadsheetText | { unreadable: string }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
  const xml = (name: string): Promise<Element | undefined> => xmlPart(zip, name);
  const view = new View();
  if (zip.file('xl/workbook.xml')) return { kind: 'xlsx', ...(await xlsxSheets(xml, view)), text: view.text };
  if (zip.file('content.xml')) return { kind: 'ods', sheets: odsSheets(await xml('content.xml'), view), text: view.text };
  return { unreadable: 'no workbook in the package (neither xl/workbook.xml nor content.xml)' };
}

/** The text view being written, each cell placed in it. */
class View {
  text = '';
  line(name: string): number {
    const at = this.text.length;
    this.text += `${name}\n`;
    return at;
  }
  row(values: ReadonlyArray<{ column: number; value: string; link?: boolean }>): SheetRow['cells'] {
    const cells: SheetRow['cells'] = [];
    values.forEach(({ column, value, link }, index) => {
      if (index > 0) this.text += '\t';
      cells.push({ column, text: plainCell(value, this.text.length), ...(link ? { link: true } : {}) });
      this.text += value;
    });
    this.text += '\n';
    return cells;
  }
}

async function xlsxSheets(xml: (name: string) => Promise<Element | undefined>, view: View): Promise<{ sheets: Sheet[] }> {
  const workbook = await xml('xl/workbook.xml');
  const relations = await xml('xl/_rels/workbook.xml.rels');
  const targets = new Map(
    (relations ? descendants(relations, '*', 'Relationship') : []).map((element) => [element.getAttribute('Id') ?? '', element.getAttribute('Target') ?? '']),
  );
  const strings = await xml('xl/sharedStrings.xml');
  const shared = (strings ? descendants(strings, MAIN, 'si') : []).map(stringItem);
  const dateStyles = xlsxDateStyles(await xml('xl/styles.xml'));
  const sheets: Sheet[] = [];
  for (const sheet of workbook ? descendants(workbook, MAIN, 'sheet') : []) {
    const name = sheet.getAttribute('name') ?? '';
    const target = targets.get(sheet.getAttributeNS(RELATIONSHIPS, 'id') ?? '') ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//u, '')}`;
    const document = await xml(path);
    const links = await xlsxLinks(xml, path, document);
    const nameAt = view.line(name);
    const rows: SheetRow[] = [];
    let next = 1;
    for (const row of document ? descendants(document, MAIN, 'row') : []) {
      const number = Number(row.getAttribute('r') || next);
      next = number + 1;
      const values = childElements(row, 'c')
        .map((cell, index) => ({
          column: columnOf(cell.getAttribute('r')) ?? index,
          value: xlsxValue(cell, shared, dateStyles),
          reference: cell.getAttribute('r'),
        }))
        .filter((cell) => cell.value !== '');
      // (A cell's link, where it shows other text than its address: `原文` over the article's page, kept after the row's cells.)
      const linked = values.flatMap(({ column, value, reference }) => {
        const target = links.get(reference ?? '');
        return target !== undefined && target !== value.trim() ? [{ column, value: target, link: true }] : [];
      });
      if (values.length > 0) rows.push({ number, cells: view.row([...values, ...linked]) });
    }
    sheets.push({ name, nameAt, rows });
  }
  return { sheets };
}

/** The links of a sheet's cells by reference (`H3` → `https://…`), from its `<hyperlinks>` and their targets in the sheet's relationships. */
async function xlsxLinks(xml: (name: string) => Promise<Element | undefined>, path: string, sheet: Element | undefined): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  const hyperlinks = sheet ? descendants(sheet, MAIN, 'hyperlink') : [];
  if (hyperlinks.length === 0) return links;
  const relations = await xml(path.replace(/([^/]+)$/u, '_rels/$1.rels'));
  const targets = new Map(
    (relations ? descendants(relations, '*', 'Relationship') : []).map((element) => [element.getAttribute('Id') ?? '', element.getAttribute('Target') ?? '']),
  );
  for (const link of hyperlinks) {
    const target = targets.get(link.getAttributeNS(RELATIONSHIPS, 'id') ?? '');
    if (target) links.set(link.getAttribute('ref') ?? '', target);
  }
  return links;
}

/** A shared or inline string's text: its runs' text, without the phonetic guide (`<rPh>`) some CJK workbooks carry. */
function stringItem(item: Element): string {
  return descendants(item, MAIN, 't')
    .filter((text) => (text.parentNode as Element | null)?.localName !== 'rPh')
    .map((text) => text.textContent)
    .join('');
}

/** Style indexes whose number format shows a date. */
function xlsxDateStyles(styles: Element | undefined): Set<number> {
  if (!styles) return new Set();
  const custom = new Map(
    descendants(styles, MAIN, 'numFmt').map((format) => [Number(format.getAttribute('numFmtId')), format.getAttribute('formatCode') ?? '']),
  );
  const xfs = descendants(styles, MAIN, 'cellXfs')[0];
  const dates = new Set<number>();
  (xfs ? childElements(xfs, 'xf') : []).forEach((xf, index) => {
    const id = Number(xf.getAttribute('numFmtId') || 0);
    const code = custom.get(id);
    // (A format's literal text and colours aside, `yyyy"年"m"月"d"日"`: a date shows a year, a month or a day.)
    const bare = code?.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '');
    if (DATE_FORMATS.has(id) || (bare !== undefined && /[yd]/iu.test(bare))) dates.add(index);
  });
  return dates;
}

/** A cell's text as the sheet shows it: a shared or inline string, a boolean, a number (a date where its style shows one). */
function xlsxValue(cell: Element, shared: readonly string[], dateStyles: ReadonlySet<number>): string {
  // (xmldom gives an attribute not written as '', not null.)
  const type = cell.getAttribute('t') || 'n';
  const value = childElements(cell, 'v')[0]?.textContent ?? '';
  if (type === 's') return shared[Number(value)] ?? '';
  if (type === 'inlineStr') return descendants(cell, MAIN, 'is').map(stringItem).join('');
  if (type === 'b') return value === '1' ? 'TRUE' : 'FALSE';
  if (type === 'n' && value !== '' && dateStyles.has(Number(cell.getAttribute('s') || -1))) return serialDate(Number(value));
  return value;
}

/** A serial day (days since 1899-12-30, as Excel counts) as a date, and its time of day when it has one. */
function serialDate(serial: number): string {
  const instant = new Date(Date.UTC(1899, 11, 30) + Math.round(serial * 86_400_000));
  const iso = instant.toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The column of a cell reference (`C5` → 2). */
function columnOf(reference: string | null): number | undefined {
  const letters = /^([A-Z]+)/u.exec(reference ?? '')?.[1];
  if (!letters) return undefined;
  let column = 0;
  for (let index = 0; index < letters.length; index += 1) column = column * 26 + letters.charCodeAt(index) - 64;
  return column - 1;
}

function odsSheets(content: Element | undefined, view: View): Sheet[] {
  const sheets: Sheet[] = [];
  for (const table of content ? descendants(content, TABLE, 'table') : []) {
    const nameAt = view.line(table.getAttributeNS(TABLE, 'name') ?? '');
    const rows: SheetRow[] = [];
    let number = 0;
    for (const row of descendants(table, TABLE, 'table-row')) {
      const repeated = Number(row.getAttributeNS(TABLE, 'number-rows-repeated') || 1);
      number += 1;
      const values: Array<{ column: number; value: string }> = [];
      let column = 0;
      for (const cell of childElements(row)) {
        if (cell.localName !== 'table-cell' && cell.localName !== 'covered-table-cell') continue;
        const span = Number(cell.getAttributeNS(TABLE, 'number-columns-repeated') || 1);
        const value = odsValue(cell);
        // (A value repeated across columns is the same cell's, written once.)
        if (value !== '') values.push({ column, value });
        column += Math.min(span, 1024);
      }
      if (values.length > 0) rows.push({ number, cells: view.row(values) });
      number += Math.min(repeated, 1_048_576) - 1;
    }
    sheets.push({ name: table.getAttributeNS(TABLE, 'name') ?? '', nameAt, rows });
  }
  return sheets;
}

/** An OpenDocument cell's text: its date as a date, else its paragraphs one a line. */
function odsValue(cell: Element): string {
  if (cell.getAttributeNS(OFFICE, 'value-type') === 'date')
    return (cell.getAttributeNS(OFFICE, 'date-value') ?? '').replace('T', ' ').replace(/ 00:00:00$/u, '');
  return descendants(cell, TEXT, 'p')
    .map((paragraph) => paragraph.textContent)
    .join('\n');
}
