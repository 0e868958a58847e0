/**
 * The printed header of a page file: masthead, date line, page header and
 * masthead extras at the top of the text (`运河日报` / `2024年3月8日 星期五
 * 农历甲辰年正月廿八 今日四版` / `第2版`). Files without one (an article per
 * file, a Markdown export) take their facts from elsewhere (facts/).
 *
 * header = masthead? (extra | pageHeader)* dateline (extra | pageHeader)*
 */
import { isTitleLike } from './continuation.ts';
import { isoDate } from './facts/calendar.ts';
import { isPiecesOwnDate, isRunningHeadLine, matchCreditLine, matchDateOnlyLine, matchInfoLine } from './facts/from-text.ts';
import { charLength, endsSentence } from './punctuation.ts';
import { slicePosition } from './lines.ts';
import { headerCells, isDatelinePart, matchDateline, matchMonthLine, type Dateline } from './rules/dateline.ts';
import { isMastheadExtra } from './rules/masthead-extra.ts';
import { matchPageHeader } from './rules/page-header.ts';
import { isStructureLine, pageBreakMark } from './rules/structure-line.ts';
import { isLetterSpaced, unspaced } from './rules/letter-spacing.ts';
import { isPaperName, mastheadPaper, withoutLatinName } from './rules/paper-name.ts';
import type { PageHeader, RawLine } from './types.ts';

/** How far down a file the date line may stand. */
export const HEADER_LINES = 8;

export interface TextHeader {
  masthead?: RawLine;
  dateLine: RawLine;
  dateline: Dateline;
  page?: number;
  pageHeader?: string;
  extras: string[];
  /** Index of the first line after the header. */
  bodyStart: number;
  /** Lines above the date line that are neither masthead, extra nor page header (in an article file: its title). */
  above: RawLine[];
}

/** Shortest line of running text that puts a date under it out of the header, in characters. */
const RUNNING_TEXT_MIN = 30;

/**
 * Whether running text (a paragraph: a sentence's end, 30 characters or more) stands over the line at `index`: a date
 * there is the text's own (a short notice's signature, `云台市公共资源交易中心` / `2024年10月23日`), never the header's,
 * which stands over the text. (Not when the paper's name stands between: a page's ear over its masthead, `今日天气：…。` /
 * `运河日报` / `2024年10月25日`, is the head's.)
 */
function underRunningText(top: RawLine[], index: number): boolean {
  const above = top.slice(0, index);
  const text = above.findLastIndex((line) => endsSentence(line.text) && charLength(line.text) >= RUNNING_TEXT_MIN);
  return text !== -1 && !above.slice(text + 1).some((line) => isPaperName(mastheadPaper(line.text).paper));
}

/** An issue's number on a line (`第3期`, `（总第27期）`). */
const ISSUE_NUMBER_IN = /第\s*[0-9０-９]+\s*期/u;

/** How far down its head a month's line may stand: under the masthead, its name in letters and its makers. */
const MONTH_LINE_MAX = 5;

/**
 * Whether nothing stands over the header's lines but a text extractor's page break (`--- Page 1 ---`): a masthead is the
 * first thing on its page.
 */
function nothingAbove(header: TextHeader): boolean {
  return header.above.every((line) => pageBreakMark(line.text) !== undefined);
}

/** A page's name in a running head: two to six Han characters, a middle dot perhaps between two names (`经济`, `经济·社会`). */
const PAGE_NAME = /^\p{Script=Han}{2,4}(?:[·•]\p{Script=Han}{2,4})?$/u;

export function readTextHeader(lines: RawLine[]): TextHeader | undefined {
  const top = lines.slice(0, HEADER_LINES);
  // A credit line (`《运河日报》（2021年03月15日第 04 版）`) names a paper and a date but is not a masthead's date line (see facts/);
  // a running head's date and page (`2024年3月5日 星期二 第1版`) is one at the top or under the paper's name.
  // (Not a date under an article's own line of date and source, `2024-04-10 07:00 来源：临江日报` / `### 2024年1月15日`: an entry of
  // its text, a chronicle's; the line above dates the file, as facts/ reads it.)
  const infoAt = top.findIndex((line) => line.hint?.media !== true && matchDateline(line.text) === undefined && matchInfoLine(line.text) !== undefined);
  const printedIndex = top.findIndex(
    (line, index) =>
      line.hint?.media !== true &&
      (infoAt === -1 || index < infoAt) &&
      !underRunningText(top, index) &&
      matchDateline(line.text) &&
      !isPiecesOwnDate(top, index) &&
      (!matchCreditLine(line.text) || (isRunningHeadLine(line.text) && underMasthead(top, index))),
  );
  // Under a masthead, a line that is only a date is its date line (`江城报` / `【1980年1月1日】`, `1980.02.25`).
  const bareIndex =
    printedIndex !== -1
      ? printedIndex
      : top.findIndex((line, index) => index > 0 && line.hint?.media !== true && isPaperName(withoutLatinName(top[index - 1]!.text)) && dateOnly(line.text));
  // A small paper that prints its month and no day, under its masthead and its makers (`青川慈善` / `青川市慈善总会编印` /
  // `2024年第2期（总第46期）　　2024年6月`): its month's line, within the masthead's first lines, under nothing but them.
  const dateIndex =
    bareIndex !== -1
      ? bareIndex
      : top.findIndex(
          (line, index) =>
            index > 0 &&
            index < MONTH_LINE_MAX &&
            line.hint?.media !== true &&
            matchMonthLine(line.text) !== undefined &&
            top.slice(0, index).every((above) => isMastheadLike(above.text) || isMastheadExtra(above.text) || isMastheadTranslation(above.text)) &&
            // (The paper's number beside the month, or its name over it: a chronicle's `岱川县大事记` / `2024年3月` is no head.)
            (ISSUE_NUMBER_IN.test(line.text) || top.slice(0, index).some((above) => isPaperName(above.text))),
        );
  if (dateIndex === -1) return undefined;
  const dateLine = top[dateIndex]!;
  const dateline = matchDateline(dateLine.text) ?? dateOnly(dateLine.text) ?? matchMonthLine(dateLine.text)!;
  const header: TextHeader = { dateLine, dateline, extras: [], bodyStart: dateIndex + 1, above: [] };
  const page = header.dateline.page?.value;
  if (page !== undefined) header.page = page;
  const aboveDate = top.slice(0, dateIndex);
  // Of several short lines over the date (an e-paper's `A02` / `要闻` / `临江日报`), the masthead is the one named as a paper.
  const named = aboveDate.find(
    (line) => line.hint?.media !== true && !matchPageHeader(line.text, { lettered: true }) && isPaperName(withoutLatinName(line.text)),
  );
  // `新闻联播 2024年1月7日 星期日`: the name printed before the date on the same line (not a running head's `2  要闻`).
  // (Of an e-paper's cells, `联合早报 Lianhe Zaobao  |  2024年3月9日`, the first, without its name in Latin letters.)
  // (Nor the issue's number printed between name and date, `华通集团报　　第120期　　2024年1月5日`: the line's own, kept with it.)
  const before = withoutTrailingExtras(
    headerCells(dateLine.text.slice(0, header.dateline.dateRange.from))[0]!
      .replace(/(?:[\s\u3000]+[A-Za-z][A-Za-z .'’&-]*)$/u, '')
      // (Nor the page's number a running head opens on, `２　　澧　阳　报　　１９９４年３月８日`: `21世纪经济报道` sets no space after its.)
      .replace(/^[0-9０-９]{1,3}[\s\u3000]+/u, '')
      .trim(),
  );
  // A post's line of account and time under its headline (`原创 记者 吴晓峰 江城晚报 2024年02月27日 22:15 湖北`): the paper is the name
  // on that line, its last field, and the line above is the headline.
  // (A character OCR split off the name by a stray space, `人 民日报  2024年3月6日`, is the name's.)
  // (Not the last of a letter-spaced word, `第 二 版　江城日报`.)
  const stray = /(?:^|[\s\u3000]{2,}|[^\s\u3000]{2}[\s\u3000]+)(\p{Script=Han}[ \u3000]+\p{Script=Han}[^\s\u3000]*)$/u.exec(before)?.[1];
  // (Or the first of the fields, when a page's name follows it, as a running head sets them: `榕溪日报　　经济　　2024年12月4日`.)
  const fields = before.split(/[\s\u3000]+/u);
  const pageNamed = fields.length === 2 && isPaperName(fields[0]!) && PAGE_NAME.test(fields[1]!) && !isPaperName(fields[1]!) ? fields[0] : undefined;
  const nameOnLine = stray !== undefined && mastheadPaper(stray).paper !== stray ? stray : (pageNamed ?? fields.at(-1) ?? '');
  const namedOnDateLine = !named && isPaperName(mastheadPaper(nameOnLine).paper);
  const runningHead = header.dateline.page !== undefined && header.dateline.page.from < header.dateline.dateRange.from;
  for (const [index, line] of aboveDate.entries()) {
    const pageHeader = matchPageHeader(line.text, { lettered: true });
    if (pageHeader) {
      header.page = pageHeader.page;
      header.pageHeader = line.text;
    } else if (line.hint?.media === true || isStructureLine(line.text)) header.above.push(line);
    // The page's name beside its label (`A02` / `要闻` / `2024.3.21 星期四`) is no masthead, though it reads as a name.
    else if (line !== named && isPageName(top, index)) header.extras.push(line.text);
    else if (
      line === named ||
      // (The masthead letter-spaced over a running head that names the paper again, `北 平 晨 報` / `北平晨報　民國十八年…`.)
      (namedOnDateLine && !header.masthead && unspaced(line.text).replace(/[\s\u3000]+/gu, '') === mastheadPaper(nameOnLine).paper) ||
      // (A heading is a masthead only when it reads as a paper's name, `# 临河县报`: a note's or a saved page's `# 标题` over its date is its headline.)
      (!named &&
        !namedOnDateLine &&
        !header.masthead &&
        !isMastheadExtra(line.text) &&
        nothingAbove(header) &&
        (line.hint?.heading === undefined || /[报報刊]$/u.test(line.text)) &&
        isMastheadLike(line.text))
    )
      header.masthead = line;
    else if (isMastheadExtra(line.text) || isMastheadTranslation(line.text) || isPageName(aboveDate, index)) header.extras.push(line.text);
    // (Right under the masthead, its name in capitals whatever the words: `JIANGNAN UNIVERSITY OF TECHNOLOGY` under a school's paper.)
    else if (header.masthead !== undefined && aboveDate[index - 1] === header.masthead && LATIN_NAME.test(line.text.trim())) header.extras.push(line.text);
    else header.above.push(line);
  }
  const onLine = namedOnDateLine ? nameOnLine : before;
  // A running head's page label and name before the date (`第2版　社区生活　　　2024年1月26日`): the page, never the paper.
  const labelOnLine = onLine === '' || runningHead ? undefined : matchPageHeader(onLine, { lettered: true });
  if (labelOnLine && header.pageHeader === undefined) {
    header.page = labelOnLine.page;
    header.pageHeader = onLine;
  }
  if (!header.masthead && !labelOnLine && (namedOnDateLine || nothingAbove(header)) && onLine !== '' && !runningHead && isMastheadLike(onLine)) {
    const from = dateLine.text.lastIndexOf(onLine, header.dateline.dateRange.from);
    header.masthead = { text: onLine, line: dateLine.line, position: slicePosition(dateLine, from, from + onLine.length) };
  }
  // A running head names the paper among its fields, before or after the date (`2　　人 民 日 报　　一九四九年十月二日`,
  // `1981年6月30日人民日报 第1版`): a field that is a paper's name, letter-spaced or not, is the masthead.
  if (!header.masthead && nothingAbove(header)) {
    const field = paperField(dateLine, header.dateline);
    if (field) header.masthead = field;
  }
  const belowDate = lines.slice(dateIndex + 1);
  for (const [index, line] of belowDate.entries()) {
    // (Under a page label already read, a second bare one is the first headline's kicker: `A02` … / `G20` / headline.)
    // (A one-digit label, `A1`, only right under the date line, where Hong Kong's papers print it.)
    const pageHeader = header.pageHeader === undefined ? matchPageHeader(line.text, { lettered: true, short: index === 0 }) : matchPageHeader(line.text);
    // A running head under the date line (`2024年6月2日  星期日  要闻  1`): the same date, with the page.
    const runningHead = matchDateline(line.text);
    if (pageHeader) {
      header.page = pageHeader.page;
      header.pageHeader = line.text;
    } else if (runningHead?.date === header.dateline.date && runningHead.page !== undefined) {
      header.page = runningHead.page.value;
      header.pageHeader = line.text;
    } else if ((isMastheadExtra(line.text) && isShortLine(line.text)) || isDatelinePart(line.text) || isMastheadTranslation(line.text))
      header.extras.push(line.text);
    // The masthead under the date line, as an e-paper's inside page prints it (`2024年2月24日 星期六` / `临江日报` / `综合` / `A03`).
    else if (!header.masthead && nothingAbove(header) && isPaperName(line.text)) header.masthead = line;
    // The masthead set out under a running head that named the paper (`光明日报 一九九〇年三月二十一日 第一版` / `光　明　日　报`),
    // and its own date line under it (`一九九〇年三月二十一日　星期三`): the same paper, the same day.
    else if (header.masthead && unspaced(line.text) === unspaced(header.masthead.text)) header.extras.push(line.text);
    else if (runningHead?.date === header.dateline.date && runningHead.page === undefined) header.extras.push(line.text);
    else if (isPageName(belowDate, index)) header.extras.push(line.text);
    else break;
    header.bodyStart += 1;
  }
  // A letter-spaced masthead (`江　城　日　报`) names the paper without its spaces: the line as printed is kept with the masthead's lines.
  if (header.masthead && mastheadPaper(header.masthead.text).paper !== header.masthead.text) header.extras.unshift(header.masthead.text);
  return header;
}

/**
 * Whether a line stands at the top or under the paper's name, over the masthead's own lines between (a publisher's
 * statement and registration, `中共青川市委机关报　国内统一连续出版物号 CN 51-0012`).
 */
function underMasthead(top: readonly RawLine[], index: number): boolean {
  let above = index - 1;
  while (above >= 0 && isMastheadExtra(top[above]!.text)) above -= 1;
  // (Lines passed over only under the paper's name: a headline above a clipping's date and page, `我市举办第3期…`, is no extra.)
  // (The name letter-spaced as a masthead sets it, `榆 川 报`, `人　民　日　报`, names the paper.)
  const named = (line: RawLine): boolean => isPaperName(line.text) || (isLetterSpaced(line.text) && isPaperName(mastheadPaper(line.text).paper));
  if (above === index - 1) return above < 0 || named(top[above]!);
  return above >= 0 && named(top[above]!);
}

/**
 * A field of the date line outside its date that names a paper: fields are
 * set apart by space or by the date, a letter-spaced name (`人 民 日 报`)
 * being one field.
 */
function paperField(dateLine: RawLine, dateline: Dateline): RawLine | undefined {
  const { from, to } = dateline.dateRange;
  const parts = [
    { text: dateLine.text.slice(0, from), at: 0 },
    { text: dateLine.text.slice(to), at: to },
  ];
  for (const part of parts) {
    // (A run of text with single spaces inside: `人 民 日 报`, `人民日报 第1版`.)
    for (const run of part.text.matchAll(/[^\s\u3000]+(?: [^\s\u3000]+)*/gu)) {
      const pieces = unspaced(run[0]) === run[0] ? run[0].split(' ') : [run[0]];
      for (const piece of pieces) {
        if (!isPaperName(unspaced(piece))) continue;
        const start = part.at + part.text.indexOf(piece, run.index);
        return { text: piece, line: dateLine.line, position: slicePosition(dateLine, start, start + piece.length) };
      }
    }
  }
  return undefined;
}

/** A line that is only a date, read as a date line with nothing beside its date. */
function dateOnly(text: string): Dateline | undefined {
  const found = matchDateOnlyLine(text);
  return found ? { date: isoDate(found.year, found.month, found.day), dateRange: { from: 0, to: text.length } } : undefined;
}

/** A name in capital Latin letters (`RENMIN RIBAO`, `JIANGNAN UNIVERSITY OF TECHNOLOGY`). */
const LATIN_NAME = /^[A-Z][A-Z .,'’&-]{2,60}$/u;

/** A masthead's name in Latin capitals beside the Chinese one (`LINJIANG DAILY`, `CHINA DAILY`, `RENMIN RIBAO`). */
function isMastheadTranslation(text: string): boolean {
  return (
    /^[A-Z][A-Z .,'’&-]{2,40}$/u.test(text.trim()) &&
    // (or its name in pinyin or Cantonese romanisation: `RENMIN RIBAO`, `XINMIN WANBAO`, `WEN WEI PO`, `MING PAO`)
    /\b(?:DAILY|NEWS|TIMES|POST|HERALD|JOURNAL|EVENING|MORNING|WEEKLY|GAZETTE|TRIBUNE|EXPRESS|PAPER|[A-Z]*BAO|PO|PAO)\b/u.test(text)
  );
}

/**
 * A page's name printed next to an e-paper's page label (`A02` / `要闻`):
 * two to six characters, right above or under it. Under a `第2版` line a
 * short line is as likely the first headline (`城市更新`), so only a
 * lettered label has its name so read.
 */
function isPageName(lines: RawLine[], index: number): boolean {
  const text = lines[index]!.text.trim();
  if (!/^\p{Script=Han}{2,6}$/u.test(text) || isPaperName(text)) return false;
  const label = (line: RawLine | undefined): boolean => line !== undefined && matchPageHeader(line.text, { lettered: true })?.section !== undefined;
  // Right over the label; or right under it with more of the header under the name (`A02` / `要闻` / `临江日报`), not text (`A03` / `春耕正忙` / …).
  const next = lines[index + 1];
  const headerUnder =
    next !== undefined && (isPaperName(next.text) || matchDateline(next.text) !== undefined || isStructureLine(next.text) || isMastheadExtra(next.text));
  return label(next) || (label(lines[index - 1]) && headerUnder);
}

/** A line short enough to be a header's (a title's length, or a bracketed note: `（代号一——一）`), not a sentence. */
function isShortLine(text: string): boolean {
  return isTitleLike(text) || charLength(text) <= 16;
}

/** A paper's name is short and reads as a name, not a sentence. */
const MASTHEAD_MAX = 20;

function isMastheadLike(text: string): boolean {
  // (A file's name repeated over its text, `星洲日报~全国_-_04_03_2024`, `中国报-北马20240506`, is no masthead.)
  // (Nor a page's number alone, `3`: a name has letters; nor a line of labelled facts, `版次：A4　　版名：新闻·本地`.)
  return (
    charLength(text) <= MASTHEAD_MAX &&
    isTitleLike(text) &&
    !/[_~]|[0-9]{6,8}$/u.test(text) &&
    /[\p{Script=Han}\p{L}]/u.test(text) &&
    !/^\p{Script=Han}{2,4}[：:]/u.test(text)
  );
}

/** The weekday, lunar date and page count of a date line, placed in the file. */
export function datelineParts(header: TextHeader): Pick<PageHeader, 'weekday' | 'lunarDate' | 'pageCount'> {
  const { dateLine, dateline } = header;
  const parts: Pick<PageHeader, 'weekday' | 'lunarDate' | 'pageCount'> = {};
  const at = (part: { printed: string; from: number; to: number }): { printed: string; position: RawLine['position'] } => ({
    printed: part.printed,
    position: slicePosition(dateLine, part.from, part.to),
  });
  if (dateline.weekday) parts.weekday = at(dateline.weekday);
  if (dateline.lunarDate) parts.lunarDate = at(dateline.lunarDate);
  if (dateline.pageCount)
    parts.pageCount = { value: dateline.pageCount.value, position: slicePosition(dateLine, dateline.pageCount.from, dateline.pageCount.to) };
  return parts;
}

/** An issue's number at the end of a name's field (`第120期`, `总第356期`, `第 120 期`, `（总第120期）`). */
const ISSUE_NUMBER_AT_END = /[（(]?(?:总|總)?第\s*[0-9０-９]+\s*[期号號][）)]?$/u;

/**
 * A name before a date without the masthead's extras printed around it: an issue's number after it, whether set apart
 * or not (`华通集团报　　第120期`, `华通集团报第120期`, `华通集团报　第 120 期` → `华通集团报`), and a whole field of
 * extras before or after it (`内部资料　华通集团报`, `运河日报　今日8版`); only extras → none.
 */
function withoutTrailingExtras(text: string): string {
  let rest = text.trim();
  for (;;) {
    const cut = rest.replace(ISSUE_NUMBER_AT_END, '').trim();
    if (cut !== rest) {
      rest = cut;
      continue;
    }
    const fields = [...rest.matchAll(/[^\s\u3000]+/gu)];
    const last = fields.at(-1);
    const first = fields[0];
    if (last && isMastheadExtra(last[0])) rest = rest.slice(0, last.index).trim();
    else if (first && fields.length > 1 && isMastheadExtra(first[0])) rest = rest.slice(first.index + first[0].length).trim();
    else return rest;
  }
}
