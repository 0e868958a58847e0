/**
 * A text file that is a table of articles: a spreadsheet saved as text
 * (Excel's "Unicode Text" writes UTF-16, tab-separated, under the `.txt`
 * name; "CSV" saved as `.txt` by hand), its first row the columns' names.
 * It is read as the data file it is (`data-rows.ts`), a row an article;
 * read as a page, its header row was taken for a masthead and every
 * article's cells for one line of text.
 *
 * The header must say so: at least three cells, a title's column among
 * them and a date's or a text's beside it, by the names data files' columns
 * go by (`facts/field-names.ts`), and a row of data under it. A table inside
 * an article (a schedule, figures) names no title and no text.
 *
 * @example
 *   textTable('序号\t刊发日期\t标题\t正文\n1\t20240103\t元旦假期出游\t……\n') // → 'tsv'
 *   textTable('项目\t投资（亿元）\t进度\n城市更新\t12.6\t已开工\n') // → undefined
 */
import { roleOfName, type FieldRole } from '../facts/field-names.ts';
import { readCsv, sniffDelimiter } from './csv.ts';

/** Cells a header needs at least: a title and a date or text, and one more (a number, a paper, an author). */
const HEADER_CELLS = 3;

/** Share of a table's rows that may be a single cell (cut short by a line break no quote protected). */
const CUT_SHARE = 0.1;

/** How the text file's table is to be read (tab-separated, or with the delimiter it is sniffed for), when it is one. */
export function textTable(text: string): 'tsv' | 'csv' | undefined {
  const delimiter = sniffDelimiter(text);
  const rows = readCsv(text.slice(0, 64 * 1024), delimiter).rows;
  const [header, first] = rows;
  if (!header || !first || header.cells.length < HEADER_CELLS) return undefined;
  const roles = new Set<FieldRole | undefined>(header.cells.map((cell) => roleOfName(cell.value)));
  if (!roles.has('title') || !(roles.has('date') || roles.has('text'))) return undefined;
  // (The table is the file: its rows are cells, but for a few a line break in an unquoted cell cut short; a page that opens
  // on a table, a lecture series over its story, goes on in lines of text.)
  const cut = rows.filter((row) => row.cells.length < 2).length;
  return cut <= rows.length * CUT_SHARE ? (delimiter === '\t' ? 'tsv' : 'csv') : undefined;
}
