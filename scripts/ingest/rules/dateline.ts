/**
 * Rule: the date line under the masthead.
 *
 * @example
 *   matchDateline('2024年3月8日 星期五 农历甲辰年正月廿八 今日四版')
 *   // → {date: '2024-03-08', weekday: {printed: '星期五', …}, lunarDate: {printed: '甲辰年正月廿八', …}, pageCount: {value: 4, …}}
 */
import { letteredPage } from '../../../src/archive/pages.ts';
import { checkWeekday } from '../checks/weekday.ts';
import { ROC_ERA, ROC_NUMERIC, isoDate, rocYear } from '../facts/calendar.ts';
import { NUMBER, asciiDigits, parseNumber } from '../numerals.ts';
import { charLength } from '../punctuation.ts';
import { isMastheadExtra } from './masthead-extra.ts';
import { CREDITS_AT_END } from './page-credits.ts';
import { isPaperName, withoutEdition } from './paper-name.ts';

/** A part of the date line with its UTF-16 range in the line. */
export interface Part<T> {
  value: T;
  printed: string;
  from: number;
  to: number;
}

export interface Dateline {
  /** `YYYY-MM-DD`. */
  date: string;
  /** Range of the date itself in the line. */
  dateRange: { from: number; to: number };
  weekday?: Part<string>;
  lunarDate?: Part<string>;
  pageCount?: Part<number>;
  page?: Part<number>;
  /** The line prints the month alone, no day (`2024年4月（总第58期）`): `date` is the month's first day, which it does not print. */
  monthOnly?: true;
}

/**
 * A year: four digits (OCR's letter O among them for a zero: `2O24`), four Chinese numerals (an OCR's zero or letter O
 * among them after the first: `一九九0`), or a year of the ROC calendar after its era's name (`中華民國113`, `民國一一三`).
 */
const YEAR = `[0-9０-９]{4}|[12][0-9OoＯ]{3}|[〇○零一二三四五六七八九][〇○零一二三四五六七八九0OＯ]{3}|${ROC_ERA}\\s*(?:[0-9０-９]{1,3}|${NUMBER})`;
const ERA_PREFIX = new RegExp(`^${ROC_ERA}\\s*`, 'u');
// (`曰` for `日`: OCR's misreading, in a date line only.)
const DATE = new RegExp(`(${YEAR})\\s*年\\s*(${NUMBER})\\s*月\\s*(${NUMBER})\\s*[日号號曰]`, 'u');
/** 星期五, 星期日, 星期天, 周五, 週五, 礼拜五, 禮拜五. */
const WEEKDAY = /(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]/u;
/** 农历甲辰年正月廿八, 農曆甲辰年正月廿八: the printed value runs to the next space. */
const LUNAR = /(农历|農曆|農歷|阴历|陰曆)\s*([^\s\u3000]+)/u;
/** 今日四版, 本期16版, 共8版, 今日 12 版. */
const PAGE_COUNT = new RegExp(`(?:今日|本期|本报今日|本報今日|共)\\s*(${NUMBER})\\s*[版版]`, 'u');
/** 第2版 in a date line that also serves as page header. */
const PAGE = new RegExp(`第\\s*(${NUMBER})\\s*版`, 'u');
/**
 * An e-paper's lettered page in its head's date line, after the date (`澄州晚报 2024年05月21日 A04：城事`,
 * `… 第A04版：城事`, `… B2版`, `… A04 要闻`): letters A to F and one or two digits before 版, or two digits as a cell of
 * its own — apart by a space or a bar before it, and a colon, the end or a page's short name to the line's end after it.
 * A notice's words after a label (`2024年3月8日 E1 出口临时封闭`) make no page.
 */
const LETTERED_PAGE = /(?:^|[\s\u3000|｜])(?:第\s*)?(?:([A-F])\s*([0-9]{1,2})\s*版|([A-F])([0-9]{2})(?=[：:]|$|[\s\u3000]+\p{Script=Han}{2,4}$))/u;
/**
 * A running head's page number: a bare number and the page's name, apart by
 * spaces, before the date (`2  要闻  2024年6月2日  星期日`, even pages) or after it
 * (`2024年6月2日  星期日  国内  3`, odd pages); the name may be letter-spaced
 * (`2　　人 民 日 报　　一九四九年十月二日　星期日`) or of two parts (`副刊·上党`), and the
 * paper's name may stand between it and the date (`02　综合　　潞山日报　2024年10月22日`).
 */
const RUNNING_BEFORE = /^([0-9]{1,3})[ \u3000]+\p{Script=Han}(?:[ \u3000·]?\p{Script=Han}){1,5}[ \u3000]+(?:(\S{2,12})[ \u3000]+)?$/u;
const RUNNING_AFTER = /[ \u3000]{2,}\p{Script=Han}(?:[ \u3000·]?\p{Script=Han}){1,5}[ \u3000]+([0-9]{1,3})$/u;
/**
 * What may follow the date right on, with no space: the end, a space or a
 * bracket, or a part of the date line (`2024年3月8日星期五`, `…日农历…`,
 * `…日第3版`, `…日总第12031期`, `…日出版`, a paper's name). Words run on from the date make a headline or a
 * sentence (`2025年1月1日起我国调整部分商品关税`,
 * `（2024年1月10日中国共产党……通过）`), not a date line.
 */
const AFTER_DATE =
  /^(?:$|[\s\u3000（(［[【〔|｜/·•—,-]|星期|周|週|礼拜|禮拜|农历|農曆|農歷|阴历|陰曆|今日|本期|本报|本報|共|第|总第|總第|出版|出刊|发行|發行|刊|播出|首播|重播)/u;

/**
 * A date with the year last, as papers in Hong Kong, Macau, Singapore and
 * Malaysia print it (`07/03/2024`, `4. 3. 2024`): day first unless the
 * numbers or the weekday printed beside it say otherwise.
 */
const DATE_YEAR_LAST = /(?<![0-9])([0-3]?[0-9])\s*([./-])\s*([0-3]?[0-9])\s*\2\s*((?:19|20)[0-9]{2})(?![0-9])/u;

/**
 * A date with the year first in digits, as sites and apps print a post's
 * (`2024-02-27 22:15 湖北`, `2024/3/8`, `2024.03.08`), the same mark
 * between its parts.
 */
const DATE_NUMERIC = /(?<![0-9./-])((?:19|20)[0-9]{2})([./-])([01]?[0-9])\2([0-3]?[0-9])(?![0-9])/u;

/** How far into its cell a date line's date may start: after a short name (`新闻联播 `, `要闻 `). */
const PREFIX_MAX = 12;

/**
 * A longer run before the date that is still a head's, not a sentence's: a
 * few short fields apart by spaces, the last standing apart from the date
 * (`第2期（总第1032期）　　2024年1月12日`, `原创 记者 吴晓峰 江城晚报 2024年02月27日`).
 */
function isFieldPrefix(prefix: string): boolean {
  if (!/[\s\u3000]$/u.test(prefix) || Array.from(prefix).length > 40) return false;
  const fields = prefix.trim().split(/[\s\u3000]+/u);
  return fields.length <= 5 && fields.every((field) => Array.from(field).length <= 16);
}

/** An ROC date in digits (`113/03/15`, `113.03.15（五）`), as Taiwan's papers and sites print a day. */
const DATE_ROC = new RegExp(`(?<![0-9./-])${ROC_NUMERIC}(?![0-9])`, 'u');

/**
 * What may stand beside a numeric date on its line: a time or a programme's hours, a weekday (`星期五`, `（五）`, `（周三）`), a
 * place or a paper's name, a short token each; the place as WeChat prints it under a post's title since 2022 (`2024-03-09
 * 18:30 发表于浙江`), a broadcast's hours after its weekday (`2025-01-08（周三）12:00-13:00 直播`).
 */
const NUMERIC_REST =
  /^(?:[\s\u3000]*[（(](?:星期|周|週)?[一二三四五六日天][）)]|[\s\u3000]*(?<=[）)])[0-9]{1,2}:[0-9]{2}(?:[-—–~至][0-9]{1,2}:[0-9]{2})?|[\s\u3000]+(?:[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[-—–~至][0-9]{1,2}:[0-9]{2})?|(?:星期|周|週)[一二三四五六日天]|(?:发表于|發表於)?\p{Script=Han}{2,4}))*$/u;

/** A page after a numeric date, in a cell of its own: `第07版`, `A07版`, and the page's name after a colon (`第07版：就业·问答`). */
const PAGE_AFTER_NUMERIC = /[\s\u3000]+(?:第\s*)?(?:[A-F]\s*)?[0-9０-９]{1,3}\s*版(?:\s*[：:]\s*[^\s\u3000：:]{1,12})?(?=[\s\u3000]|$)/gu;

function isNumericDateLine(line: string, from: number, to: number): boolean {
  const credits = CREDITS_AT_END.exec(line.slice(to));
  // (A running head's page after the date, its name after a colon perhaps: `汉阳晚报数字报　　2024-12-28　　第07版：就业·问答`.)
  const text = (credits ? line.slice(0, to + credits.index) : line).replace(PAGE_AFTER_NUMERIC, (cell, at: number) => (at >= to ? '' : cell));
  if (/[：:]/u.test(text.replace(/[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?/gu, ''))) return false;
  const before = text.slice(0, from).trim();
  const last = before.split(/[\s\u3000]+/u).at(-1) ?? '';
  // (The paper's name with its e-paper's word, `汉阳晚报数字报`, names it.)
  return (before === '' || isPaperName(withoutEdition(last))) && NUMERIC_REST.test(text.slice(to));
}

/**
 * What parts a header's cells: e-papers print masthead, date and page apart by bars (`联合早报 Lianhe Zaobao  |  2024年3月9日
 * 星期六  |  新闻 6`) or by a centred dot set apart by spaces (`獅山日報 ‧ 港聞 ‧ A06 ‧ 2024年10月24日`; a dot between two
 * names with no space, `阿卜杜勒·哈米德`, parts no cells).
 */
const CELL_BREAK = /[|｜]|[\s\u3000]+[·•‧・･][\s\u3000]+/gu;

/** A header line's cells, apart by its breaks (`CELL_BREAK`). */
export function headerCells(text: string): string[] {
  return text.split(CELL_BREAK);
}

/** Where a header's cell begins: after the last break before `index`. */
function cellStart(text: string, index: number): number {
  let start = 0;
  for (const found of text.slice(0, index).matchAll(CELL_BREAK)) start = found.index + found[0].length;
  return start;
}

/** A cell before the date that is only the page's label (`A06`, `B2版`, `第3版`), as an e-paper's head sets it between bars or dots. */
const PAGE_CELL = new RegExp(`^(?:第\\s*)?(?:([A-F])\\s*([0-9]{1,2})|(${NUMBER}))\\s*版?$`, 'u');

function pageBeforeDate(text: string, dateFrom: number): Part<number> | undefined {
  const head = text.slice(0, dateFrom);
  const breaks = [...head.matchAll(CELL_BREAK)];
  if (breaks.length === 0) return undefined;
  let from = 0;
  for (const found of [...breaks, undefined]) {
    const to = found?.index ?? head.length;
    const cell = head.slice(from, to).trim();
    const label = PAGE_CELL.exec(cell);
    // (A bare number is a page only as 第N版 or N版: a cell of digits alone may be an issue's number.)
    const number =
      label?.[1] !== undefined ? letteredPage(label[1], Number(label[2])) : label?.[3] !== undefined && /版/u.test(cell) ? parseNumber(label[3]) : undefined;
    if (number !== undefined) return part(number, cell, from + head.slice(from, to).indexOf(cell));
    if (found) from = found.index + found[0].length;
  }
  return undefined;
}

/** A line's gaps (white space of two characters or more) as one space each. */
function squeezed(text: string): string {
  return text.replace(/[\s\u3000]{2,}/gu, ' ');
}

export function matchDateline(text: string): Dateline | undefined {
  const written = DATE.exec(text);
  const numeric = written ? null : (DATE_NUMERIC.exec(text) ?? DATE_ROC.exec(text));
  const yearLast = written || numeric ? null : DATE_YEAR_LAST.exec(text);
  const date = written ?? numeric ?? yearLast;
  if (!date) return undefined;
  // A date line is short, starts with the date (or with the cell it stands in, or after a few fields of the head)
  // and has no sentence punctuation (a sentence that mentions a date is not one).
  // (Measured with its gaps as one space each: a page laid out as printed, `pdftotext -layout`, sets a running head's cells
  // dozens of spaces apart, `A05          海城晚报          2024年11月6日 星期三`.)
  const start = cellStart(text, date.index);
  if (charLength(squeezed(text.slice(start, date.index))) > PREFIX_MAX && !isFieldPrefix(text.slice(start, date.index))) return undefined;
  if (charLength(squeezed(text)) > 80 || /[，。！？；]/u.test(text)) return undefined;
  // A labelled stamp (`发布时间：2024-04-15 19:33`, `抓取时间：…`, `… 来源：运河网`) is a site's line, read by `facts/from-text.ts`, which knows its labels;
  // so is a worded one (`最后更新 2024-05-07 08:00`, `发布于 …`). A numeric date opens a post's line of date, time and place, or follows the
  // paper's name (`江城晚报 2024-02-27 22:15 湖北`); words after it (`2024-03-08 国务院召开常务会议`) make a list's entry or a headline.
  if (numeric && !isNumericDateLine(text, date.index, date.index + date[0].length)) return undefined;
  // (A paper's name run on from the date is a running head's, `1981年6月30日人民日报 第1版`.)
  const runOn = text.slice(date.index + date[0].length);
  if (!AFTER_DATE.test(runOn) && !isPaperName(runOn.split(/[\s\u3000]/u)[0]!)) return undefined;
  const era = written ? ERA_PREFIX.exec(date[1] ?? '') : null;
  const printedYear = parseNumber(asciiDigits(yearLast ? (date[4] ?? '') : (date[1] ?? '').slice(era?.[0].length ?? 0)));
  // (After the era's name, or three digits in an ROC numeric date, `113/03/15`: a year of the ROC calendar.)
  const roc = era !== null || (numeric !== null && (date[1] ?? '').length === 3);
  const year = roc && printedYear !== undefined ? rocYear(printedYear) : printedYear;
  const [month, day] = written
    ? [parseNumber(date[2] ?? ''), parseNumber(date[3] ?? '')]
    : numeric
      ? [Number(date[3]), Number(date[4])]
      : dayAndMonth(Number(date[1]), Number(date[3]), year, WEEKDAY.exec(text.slice(date.index + date[0].length))?.[0]);
  if (year === undefined || month === undefined || day === undefined) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const result: Dateline = {
    date: isoDate(year, month, day),
    dateRange: { from: date.index, to: date.index + date[0].length },
  };
  const rest = text.slice(result.dateRange.to);
  const offset = result.dateRange.to;
  const weekday = WEEKDAY.exec(rest);
  if (weekday) result.weekday = part(weekday[0], weekday[0], offset + weekday.index);
  const lunar = LUNAR.exec(rest);
  if (lunar?.[2]) {
    const printed = stripTrailing(lunar[2]);
    const from = offset + lunar.index + lunar[0].indexOf(lunar[2]);
    result.lunarDate = part(printed, printed, from);
  }
  const pageCount = PAGE_COUNT.exec(rest);
  const count = pageCount?.[1] === undefined ? undefined : parseNumber(pageCount[1]);
  if (pageCount && count !== undefined) result.pageCount = part(count, pageCount[0], offset + pageCount.index);
  const page = PAGE.exec(rest);
  const pageNumber = page?.[1] === undefined ? undefined : parseNumber(page[1]);
  if (page && pageNumber !== undefined) result.page = part(pageNumber, page[0], offset + page.index);
  const lettered = result.page ? null : LETTERED_PAGE.exec(rest);
  const letteredNumber = lettered ? letteredPage((lettered[1] ?? lettered[3])!, Number(lettered[2] ?? lettered[4])) : undefined;
  if (lettered && letteredNumber !== undefined) {
    const printed = lettered[0].trimStart();
    result.page = part(letteredNumber, printed, offset + lettered.index + lettered[0].length - printed.length);
  }
  const before = RUNNING_BEFORE.exec(text.slice(0, date.index));
  const after = RUNNING_AFTER.exec(rest);
  const cellPage = result.page ? undefined : pageBeforeDate(text, date.index);
  if (cellPage) result.page = cellPage;
  if (!result.page && before?.[1] !== undefined && (before[2] === undefined || isPaperName(before[2]))) result.page = part(Number(before[1]), before[1], 0);
  else if (!result.page && after?.[1] !== undefined) result.page = part(Number(after[1]), after[1], text.length - after[1].length);
  return result;
}

/** A month of a year, no day after it: `2024年4月`, `2024年4月号`, `二〇二四年四月`. */
const MONTH = new RegExp(`(${YEAR})\\s*年\\s*(${NUMBER})\\s*月(?:号|號|份)?(?!\\s*(?:${NUMBER})\\s*[日号號曰])`, 'u');

/** What may stand beside a month on a small paper's date line: its numbers (`第3期`, `（总第27期）`, `2024年第2期`), a count of pages, `出版` (or the masthead's extras, `内部资料`). */
const MONTH_LINE_FIELD = new RegExp(
  `^(?:(?:${YEAR})\\s*年\\s*)?[（(]?(?:总|總)?第\\s*[0-9０-９一二三四五六七八九十百]+\\s*[期号號][）)]?(?:[（(](?:总|總)第\\s*[0-9０-９]+\\s*[期号號][）)])?$|^(?:出版|出刊|刊行)$|^(?:本期|共)\\s*(?:${NUMBER})\\s*版$`,
  'u',
);

/**
 * The date line of a paper that prints its month and no day, as monthlies, campus and village papers and newsletters do
 * (`2024年3月　第3期（总第27期）`, `2024年第2期（总第46期）　　2024年6月`, `2024年4月号`): the month's first day, marked
 * `monthOnly` — the day is not printed, and no day is claimed. Only its numbers, a count of pages or `出版` beside it; a
 * sentence or a headline that names a month (`2024年4月起实施新规`) is none.
 */
export function matchMonthLine(text: string): Dateline | undefined {
  if (charLength(text) > 40 || /[，。！？；：:]/u.test(text) || DATE.test(text)) return undefined;
  const found = MONTH.exec(text);
  if (!found) return undefined;
  const rest = `${text.slice(0, found.index)} ${text.slice(found.index + found[0].length)}`;
  if (!rest.split(/[\s\u3000]+/u).every((field) => field === '' || MONTH_LINE_FIELD.test(field) || isMastheadExtra(field))) return undefined;
  const year = parseNumber(asciiDigits(found[1]!));
  const month = parseNumber(found[2]!);
  if (year === undefined || month === undefined || month < 1 || month > 12 || ERA_PREFIX.test(found[1]!)) return undefined;
  return { date: isoDate(year, month, 1), dateRange: { from: found.index, to: found.index + found[0].length }, monthOnly: true };
}

/** A year and the number in it, and no month (`2024年第3期`, `2024年第2期（總第88期）`). */
const YEAR_NUMBER = new RegExp(`(${YEAR})\\s*年\\s*第\\s*([0-9０-９一二三四五六七八九十]+)\\s*[期号號](?!\\s*[0-9０-９一二三四五六七八九十]+\\s*月)`, 'u');

/**
 * An issue dated by its year and number alone (`2024年第3期`), as quarterlies, 侨刊 and association bulletins are:
 * the year, as printed, for a message that says why no day or month could be read. A month beside it makes it a
 * month's date line (`matchMonthLine`), not this.
 *
 * @example yearAndNumber('灵溪侨刊　2024年第3期（总第121期）') // → {printed: '2024年第3期', year: 2024, from: 5, to: 13}
 */
export function yearAndNumber(text: string): { printed: string; year: number; from: number; to: number } | undefined {
  const found = YEAR_NUMBER.exec(text);
  if (!found || MONTH.test(text) || DATE.test(text) || ERA_PREFIX.test(found[1]!)) return undefined;
  const year = parseNumber(asciiDigits(found[1]!));
  if (year === undefined) return undefined;
  return { printed: found[0], year, from: found.index, to: found.index + found[0].length };
}

/**
 * A date printed year last that could be read either way (`07/03/2024`: 7
 * March or July 3), which `matchDateline` leaves unread: as printed, with
 * both readings, for a message that names it.
 */
export function ambiguousYearLast(text: string): { printed: string; dayFirst: string; monthFirst: string } | undefined {
  const date = DATE_YEAR_LAST.exec(text);
  if (!date || matchDateline(text)) return undefined;
  const [first, second, year] = [Number(date[1]), Number(date[3]), Number(date[4])];
  if (first < 1 || second < 1 || first > 12 || second > 12 || first === second) return undefined;
  return { printed: date[0], dayFirst: isoDate(year, second, first), monthFirst: isoDate(year, first, second) };
}

/**
 * Month and day of a date printed year last: the number over 12 is the day;
 * when both could be either, the weekday printed beside it decides, and
 * with no weekday the date is not read (`07/03/2024`: 7 March or 3 July).
 */
function dayAndMonth(first: number, second: number, year: number | undefined, weekday: string | undefined): [number | undefined, number | undefined] {
  if (first > 12) return [second, first];
  if (second > 12) return [first, second];
  if (year === undefined || weekday === undefined) return [undefined, undefined];
  const falls = (month: number, day: number): boolean => checkWeekday(isoDate(year, month, day), weekday) === undefined;
  if (falls(second, first) && !falls(first, second)) return [second, first];
  if (falls(first, second) && !falls(second, first)) return [first, second];
  return [undefined, undefined];
}

/** The lunar date may run into the page count when no space separates them. */
function stripTrailing(printed: string): string {
  const cut = printed.search(/今日|本期|共|第/u);
  return cut > 0 ? printed.slice(0, cut) : printed;
}

/** A line that holds only parts of a date line, printed under the date on lines of their own (`星期六`, `农历甲辰年正月十五`, `今日四版`). */
const PARTS_ONLY = new RegExp(
  `^(?:${WEEKDAY.source}|${LUNAR.source}|${PAGE_COUNT.source})(?:[\\s\u3000]+(?:${WEEKDAY.source}|${LUNAR.source}|${PAGE_COUNT.source}))*$`,
  'u',
);

export function isDatelinePart(text: string): boolean {
  return PARTS_ONLY.test(text.trim());
}

function part<T>(value: T, printed: string, from: number): Part<T> {
  return { value, printed, from, to: from + printed.length };
}
