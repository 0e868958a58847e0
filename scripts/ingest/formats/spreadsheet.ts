/**
 * Spreadsheets — as archivists and researchers keep clippings, a row an article: Excel's `.xlsx`/`.xlsm`, its
 * 97–2003 binary `.xls` (and 5/95's, whose text is in the workbook's code page: GBK, Big5), WPS's `.et`, `.xlsb`,
 * OpenDocument's `.ods` and flat `.fods`, Excel 2003's XML spreadsheet, and the web page or tab-separated text many
 * systems export under the name `.xls` — read by SheetJS (through `@e965/xlsx`, the npm publication of SheetJS's
 * current releases: the `xlsx` package on npm stopped at 0.18.5) into a text view: each sheet's name on a line of
 * its own, then its rows, one a line, cells apart by tabs. Each cell's text is placed in that view, so messages name
 * a line and column there (said in the file's note), and every row keeps its number as the sheet shows it. A cell
 * the sheet formats as a date holds a serial day (`45356`): it is written as that date (`2024-03-05`), as the sheet
 * shows it. A text workbook is decoded by `decode.ts` first, so its encoding is told as any text file's.
 */
import * as XLSX from '@e965/xlsx';
import * as codepages from '@e965/xlsx/dist/cpexcel.full.mjs';
import { decode } from '../decode.ts';
import { plainCell, type CellText } from './cell-text.ts';

XLSX.set_cptable(codepages);

export interface SheetRow {
  /** The row's number in its sheet (1 for the first). */
  number: number;
  /**
   * Cells by column (0 for A), each with its text and place in the view; a cell's link target after them (`link`); a
   * cell merged down from a row above shown here too (`merged`).
   */
  cells: Array<{ column: number; text: CellText; link?: true; merged?: true }>;
}

export interface Sheet {
  name: string;
  /** The sheet's name line in the view. */
  nameAt: number;
  rows: SheetRow[];
}

/** What the workbook hides, left out as it hides them: sheets by name, and how many rows. */
export interface HiddenParts {
  sheets: string[];
  rows: number;
}

export interface SpreadsheetText {
  /** The format read, as SheetJS names it: `xlsx`, `xls`, `ods`, `xlsb`, `fods`, `xlml` (Excel 2003's XML), `html`, `text`. */
  kind: string;
  /** The view the cells are placed in. */
  text: string;
  sheets: Sheet[];
  /** What the workbook hides (hidden sheets and rows), not read. */
  hidden: HiddenParts;
  /** A database's tables of bodies joined to their tables of heads, for the note (`formats/database.ts`: kind `sqlite` or `sql`). */
  joined?: string[];
}

/** The signatures of the binary workbooks: a compound file (Excel 97–2003, WPS), a zip package, Excel 2–4's first record. */
const BINARY: ReadonlyArray<readonly number[]> = [
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
  [0x50, 0x4b, 3, 4],
  [0x09, 0x00],
  [0x09, 0x02],
  [0x09, 0x04],
];

/** Read a spreadsheet's sheets, or say why not. */
export function readSpreadsheet(bytes: Uint8Array): SpreadsheetText | { unreadable: string } {
  // (`cellStyles` for the rows' properties: which are hidden.)
  const options: XLSX.ParsingOptions = { dense: true, cellNF: true, cellFormula: false, cellHTML: false, cellStyles: true };
  const binary = BINARY.some((signature) => signature.every((byte, index) => bytes[index] === byte));
  let workbook: XLSX.WorkBook;
  try {
    // (Values of a text workbook as written: `2024-03-05` is no number to format.)
    workbook = binary ? XLSX.read(bytes, { ...options, type: 'array' }) : XLSX.read(decode(bytes).text, { ...options, type: 'string', raw: true });
  } catch (error) {
    return { unreadable: error instanceof Error ? error.message : String(error) };
  }
  const system1904 = workbook.Workbook?.WBProps?.date1904 === true;
  const view = new View();
  const hidden: HiddenParts = { sheets: [], rows: 0 };
  const shown = workbook.SheetNames.filter((name, index) => {
    const hides = (workbook.Workbook?.Sheets?.[index]?.Hidden ?? 0) !== 0;
    if (hides) hidden.sheets.push(name);
    return !hides;
  });
  const sheets = shown.map((name): Sheet => {
    const nameAt = view.line(name);
    const rows: SheetRow[] = [];
    const sheet = workbook.Sheets[name];
    // (SheetJS's type has every row and cell there; a sheet's rows and cells have holes where nothing is written.)
    const data = (sheet?.['!data'] ?? []) as ReadonlyArray<ReadonlyArray<XLSX.CellObject | undefined> | undefined>;
    const merged = mergedDown(sheet?.['!merges'] ?? [], data);
    data.forEach((cells, index) => {
      if (sheet?.['!rows']?.[index]?.hidden === true) {
        if ((cells ?? []).some((cell) => cell !== undefined)) hidden.rows += 1;
        return;
      }
      // (A cell merged down over this row shows its value here too: a day's or a paper's name over several rows.)
      const row = [...(cells ?? [])];
      const copied = new Set<number>();
      for (const [column, cell] of merged.get(index) ?? []) {
        const own = row[column];
        if (own === undefined || cellText(own, system1904) === '') {
          row[column] = cell;
          copied.add(column);
        }
      }
      const values = row.flatMap((cell, column) => {
        const value = cell === undefined ? '' : cellText(cell, system1904);
        return value === '' ? [] : [{ column, value, target: cell?.l?.Target, ...(copied.has(column) ? { merged: true } : {}) }];
      });
      // (A cell's link, where it shows other text than its address: `原文` over the article's page, kept after the row's cells.)
      const linked = values.flatMap(({ column, target, value }) =>
        target !== undefined && target !== value.trim() ? [{ column, value: target, link: true }] : [],
      );
      if (values.length > 0) rows.push({ number: index + 1, cells: view.row([...values, ...linked]) });
    });
    return { name, nameAt, rows };
  });
  return { kind: workbook.bookType ?? (binary ? 'xls' : 'text'), text: view.text, sheets, hidden };
}

/** The cells merged down over later rows (a merge's value is in its top left cell): by row, each with its column. */
function mergedDown(
  merges: readonly XLSX.Range[],
  data: ReadonlyArray<ReadonlyArray<XLSX.CellObject | undefined> | undefined>,
): Map<number, Array<[number, XLSX.CellObject]>> {
  const byRow = new Map<number, Array<[number, XLSX.CellObject]>>();
  for (const { s: start, e: end } of merges) {
    const cell = data[start.r]?.[start.c];
    if (cell === undefined) continue;
    for (let row = start.r + 1; row <= end.r; row += 1) byRow.set(row, [...(byRow.get(row) ?? []), [start.c, cell]]);
  }
  return byRow;
}

/** The text view being written, each cell placed in it (a database's tables are written so too, `formats/database.ts`). */
export class View {
  text = '';
  line(name: string): number {
    const at = this.text.length;
    this.text += `${name}\n`;
    return at;
  }
  row(values: ReadonlyArray<{ column: number; value: string; link?: boolean; merged?: boolean }>): SheetRow['cells'] {
    const cells: SheetRow['cells'] = [];
    values.forEach(({ column, value, link, merged }, index) => {
      if (index > 0) this.text += '\t';
      cells.push({ column, text: plainCell(value, this.text.length), ...(link ? { link: true } : {}), ...(merged ? { merged: true } : {}) });
      this.text += value;
    });
    this.text += '\n';
    return cells;
  }
}

/**
 * A cell's text as the sheet shows it: a string as written, a number as its format shows it (`50%`, `12,345`; a date
 * where its format shows one, as `2024-03-05`; a time of day as shown, `10:30`), a boolean, an error's code.
 */
function cellText(cell: XLSX.CellObject, system1904: boolean): string {
  const { t: type, v: value } = cell;
  if (type === 'z' || value === undefined) return cell.w ?? '';
  if (value instanceof Date)
    return value
      .toISOString()
      .replace(/T00:00:00\.000Z$/u, '')
      .replace('T', ' ')
      .replace(/\.\d+Z$/u, '');
  // (Excel's CJK built-in date formats, `yyyy年m月d日`, have no code SheetJS names: its display, `3/5/24`, shows the date.)
  if (type === 'n' && typeof value === 'number' && (showsDate(cell.z) || SHOWN_DATE.test(cell.w ?? ''))) return serialDate(value, system1904);
  // (In the General format a number is its digits, `20240305001234`, not Excel's short display of it, `2.02403E+13`.)
  // (A computed number's float noise, `3.3000000000000003`, is none of its digits: fifteen, as Excel keeps them.)
  if (type === 'n' && typeof value === 'number')
    return typeof cell.z === 'string' && cell.z !== 'General' && cell.w !== undefined ? cell.w : String(Number(value.toPrecision(15)));
  if (type === 'b') return value === true ? 'TRUE' : 'FALSE';
  if (type === 'e') return cell.w ?? '';
  return String(value);
}

/** A number shown as a date: `3/5/24`, `2024-3-5`, `2024年3月5日`. */
const SHOWN_DATE = /^[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}$|^[0-9]{2,4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?$/u;

/** Whether a number format shows a date: its code, its literal text and colours aside, shows a year or a day (`yyyy"年"m"月"d"日"`, `m/d/yy`). */
function showsDate(code: XLSX.NumberFormat | undefined): boolean {
  const bare = typeof code === 'string' ? code.replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '') : '';
  return /[yd]/iu.test(bare);
}

/** A serial day (days since 1899-12-30, as Excel counts; since 1904-01-01 in a workbook of the 1904 system) as a date, and its time of day when it has one. */
function serialDate(serial: number, system1904: boolean): string {
  const instant = new Date(Date.UTC(1899, 11, 30) + Math.round((serial + (system1904 ? 1462 : 0)) * 86_400_000));
  const iso = instant.toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}
