/**
 * A page's running head: what a paper prints again atop its pages after the first — the date line, often with
 * the page's credits (`2024.11.1　星期五　　责编：徐静　　校对：孙磊`), and a line led by the paper's name beside the page's
 * (`岱川报·综合`, `葵青街坊報　第218期　　社區人物`). `parse-body.ts` keeps those lines with the masthead's, as it does the
 * masthead printed again, never a story's head, and knows a date line printed again anywhere by `isDateLineCopy`. May import the line rules (`rules/`),
 * `punctuation.ts` and `types.ts`.
 */
import { charLength } from './punctuation.ts';
import { matchDateline } from './rules/dateline.ts';
import { CREDITS_AT_END } from './rules/page-credits.ts';
import { isPaperName } from './rules/paper-name.ts';
import { isStructureLine } from './rules/structure-line.ts';
import { isMarkup, type PageHeader, type RawLine } from './types.ts';

/**
 * Whether a line is the date line printed again: its date the issue's, and beside the date line's parts only the
 * paper's name, however it is named (`南江日报 2021年4月14日`, `津門大公報　民國廿六年七月八日`), or the page's credits.
 */
export function isDateLineCopy(text: string, header: PageHeader): boolean {
  const dateline = matchDateline(text);
  if (dateline?.date !== header.date) return false;
  const parts = [dateline.dateRange, dateline.weekday, dateline.lunarDate, dateline.pageCount, dateline.page].filter((part) => part !== undefined);
  let rest = text;
  for (const part of [...parts].sort((a, b) => b.from - a.from)) rest = rest.slice(0, part.from) + rest.slice(part.to);
  rest = rest.replace(CREDITS_AT_END, '');
  const name = rest.replace(/[\s\u3000|｜·]+/gu, '');
  return (
    /^[\s\u3000|｜·农历農曆]*$/u.test(rest) || isPaperName(name) || name === header.paper || name === header.mastheadLine?.text.replace(/[\s\u3000]+/gu, '')
  );
}

/** Most cells after the paper's name in a running head (`第218期`, `社區人物`), and most characters in one. */
const CELLS_MAX = 3;
const CELL_MAX = 10;

/**
 * A line led by the paper's name and then, set apart by a dot or a gap, a few short cells — the number, the page's
 * name (`岱川报·综合`, `葵青街坊報　第218期　　社區人物`); not a headline that begins with the name (`岱川报社举办…`).
 */
function isPaperLed(text: string, header: PageHeader): boolean {
  if (!text.startsWith(header.paper) || /[，。！？；：:]/u.test(text)) return false;
  const rest = text.slice(header.paper.length);
  if (!/^(?:[\s\u3000]+|[\s\u3000]*[·•‧・|｜][\s\u3000]*)\S/u.test(rest)) return false;
  const cells = rest.split(/[\s\u3000·•‧・|｜]+/u).filter((cell) => cell !== '');
  return cells.length <= CELLS_MAX && cells.every((cell) => charLength(cell) <= CELL_MAX);
}

/** Most lines of a running head atop a page. */
const HEAD_LINES_MAX = 3;

/**
 * The running head atop a page: its first lines, while each is the date line printed again, a line led by the
 * paper's name, or (under one of those) the page's credits.
 */
export function runningHead(lines: readonly RawLine[], header: PageHeader): RawLine[] {
  const head: RawLine[] = [];
  let dated = false;
  let led = false;
  for (const line of lines) {
    if (isMarkup(line)) continue;
    if (head.length === HEAD_LINES_MAX) break;
    const date: boolean = !dated && isDateLineCopy(line.text, header);
    // (One line led by the paper's name, and only over the date: under it, `岱川报　2025年度征订启事` is a headline.)
    const paper: boolean = !led && !dated && isPaperLed(line.text, header);
    if (!date && !paper && !(head.length > 0 && isStructureLine(line.text))) break;
    dated ||= date;
    led ||= paper;
    head.push(line);
  }
  // (Led by the paper's name with no date beside it, a head names the number or the page's: `葵青街坊報　第218期　社區人物`.
  // A rubric, `岱川报·新春走基层`, or a notice's headline, `岱川报　2025年度征订启事`, names neither.)
  if (!dated && !head.some((line) => NUMBER_CELL.test(line.text.slice(header.paper.length)))) return [];
  return head;
}

/** A cell of an issue's or a page's number (`第218期`, `02`, `A3`, `第2版`). */
const NUMBER_CELL = /(?:^|[\s\u3000·|｜])(?:(?:总|總)?第\s*[0-9０-９]+\s*[期号號版]|[A-F]?[0-9]{1,3})(?=$|[\s\u3000·|｜])/u;
