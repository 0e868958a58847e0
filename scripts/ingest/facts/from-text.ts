/**
 * Facts printed in an article's text other than a masthead and date line:
 * a credit line that names paper, date and page
 * (`《运河日报》（2021年03月15日第 04 版）`, `来源：运河日报 2021-03-15 第04版`,
 * `2024-04-08 09:05　来源：运河日报`), and a
 * short line near the top that is a date (`2021-03-15`, `2021/3/15 10:22`,
 * `（20190201）`, `发布时间：2021-03-15`). Such lines are header material:
 * they go into the issue's sources, not into a body.
 *
 * @example
 *   matchCreditLine('《运河日报》（2021年03月15日第 04 版）')
 *   // → {paper: '运河日报', year: 2021, month: 3, day: 15, page: 4, printed: '2021年03月15日'}
 */
import { NUMBER, asciiDigits, parseNumber } from '../numerals.ts';
import { charLength } from '../punctuation.ts';
import { matchBylineLine } from '../rules/byline.ts';
import { isPaperName, paperInSource, portalWords } from '../rules/paper-name.ts';
import { matchDateline } from '../rules/dateline.ts';
import { PAGE_SECTION, matchPageHeader, printedPage } from '../rules/page-header.ts';
import { separateFields } from '../rules/labelled-field.ts';
import { RETRIEVAL_WORDS } from '../rules/structure-line.ts';
import type { RawLine } from '../types.ts';
import { englishDateOnly } from './english-date.ts';
import { matchLibraryCitation } from './library-citation.ts';

export interface TextDate {
  year: number;
  month: number;
  day: number;
  /** The date as printed. */
  printed: string;
  paper?: string;
  page?: number;
}

const CN_DATE = `([0-9０-９]{4})\\s*年\\s*(${NUMBER})\\s*月\\s*(${NUMBER})\\s*[日号號]`;
/** The words a credit says where a story ran with: `来源：`, `原载`, `本文刊于`, `刊發於`. */
const RAN_IN =
  '(?:[—―]{1,2}\\s*)?(?:来源|來源|原载|原載|原刊|出处|出處|摘自|摘编自|摘編自|转自|轉自|转载自|轉載自|选自|選自|(?:本文|原文)?(?:刊于|刊於|(?:刊发|刊發|刊登|刊载|刊載|发表|發表)(?:于|於|在)))';
/** The page a credit names, and the column after it in quotation marks (`第6版“城事”`, `A04版`). */
const CREDIT_PAGE = `(?:[，,]?\\s*第?\\s*(${PAGE_SECTION})?\\s*(${NUMBER})\\s*版(?:\\s*[“「][^”」]{1,12}[”」])?)?`;
/** `《人民日报》（2024年03月05日 第01版）`, `原载《溪浦晚报》2024年11月14日第6版“城事”`, in brackets or not. */
const CREDIT = new RegExp(`^[（(]?\\s*(?:${RAN_IN}[：:]?)?\\s*《([^》]{2,20})》\\s*[（(]?\\s*${CN_DATE}\\s*${CREDIT_PAGE}\\s*[）)]?\\s*[）)]?\\s*$`, 'u');
/** The date before the paper, as a reprint's or an author's note says it: `（刊于2024年8月15日《溪浦晚报》第2版“晚报时评”）`. */
const CREDIT_DATE_FIRST = new RegExp(`^[（(]?\\s*${RAN_IN}[：:]?\\s*${CN_DATE}\\s*的?\\s*《([^》]{2,20})》\\s*${CREDIT_PAGE}\\s*[）)]?\\s*$`, 'u');
/** A date in figures, year first (`2025-02-11`, `2024/5/10`), perhaps with its time (`2022-08-19 10:32`). */
const ISO_DATE = '((?:19|20)[0-9]{2})[-/.]([01]?[0-9])[-/.]([0-3]?[0-9])(?![0-9])(?:\\s+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?';
/**
 * A web copy's credit at its end or its top naming its source without marks, after the words of a reprint or a source
 * (`——摘自沂蒙新闻网2024年5月10日`, `转自三晋在线 2023年12月3日`, `转自：洞庭新闻网（2025-02-11）`, `（來源：南瀛日報，2017年3月4日，第A8版）`,
 * `转自 微信公众号“沂河发布”　2022-09-15`): the source a site's, an account's or a paper's name, run into the date or not.
 */
const CREDIT_UNMARKED = new RegExp(
  `^[（(]?\\s*(?:[—―]{1,2}\\s*)?(?:摘自|摘编自|摘編自|转自|轉自|转载自|轉載自|原载|原載|选自|選自|来源|來源|稿源)[：:]?\\s*(?:(?:微信)?公众号|(?:微信)?公眾號)?\\s*[“「"]?([\\p{Script=Han}A-Za-z·]{2,12}?)[”」"]?\\s*[，,、]?\\s*[（(]?\\s*(?:${CN_DATE}|${ISO_DATE})\\s*[）)]?\\s*[，,]?${CREDIT_PAGE}\\s*[）)]?$`,
  'u',
);
/** `《新闻联播》 (20240105)`, `《运河日报》2021-03-15`. */
const CREDIT_NUMERIC = /^《([^》]{2,20})》\s*[（(]?\s*((?:1[89]|2[0-2])[0-9]{2})[-/.]?([01][0-9])[-/.]?([0-3][0-9])\s*[）)]?$/u;
/** A credit as a compiler writes it, the paper's name in brackets before the date and page (`【人民日报】2024-03-15 第5版`, `【工人日报】2024年4月15日`). */
const CREDIT_BRACKETED = /^[【［[]([^】］\]]{2,12})[】］\]]\s*(.+)$/u;
/** What may follow the date of a bracketed credit: its page, or nothing. */
const PAGE_AFTER_DATE = new RegExp(`^\\s*(?:第?\\s*(${PAGE_SECTION})?\\s*(${NUMBER})\\s*版)?$`, 'u');
/** A credit written as a path of paper, year, month, day and page, as a reading app's copy gives it (`经济日报/2024年/3月/24日/第001版`). */
const CREDIT_PATH =
  /^([^/／\s]{2,12})\s*[/／]\s*([0-9]{4})\s*年\s*[/／]\s*([01]?[0-9])\s*月\s*[/／]\s*([0-3]?[0-9])\s*日(?:\s*[/／]\s*第?\s*([0-9]{1,3})\s*版)?$/u;

/** The date of an information line: `2024-04-08`, `2024/4/8`, `2024年04月08日`. */
const INFO_DATE = /((?:1[89]|2[0-2])[0-9]{2})(?:([-/.])([01]?[0-9])\2([0-3]?[0-9])(?![0-9])|\s*年\s*([01]?[0-9])\s*月\s*([0-3]?[0-9])\s*[日号號])/u;
/** The date a line gives anywhere in it, as an information line prints it (`2024-04-08`, `2024年4月14日`). */
export function dateIn(text: string): Pick<TextDate, 'year' | 'month' | 'day'> | undefined {
  const date = INFO_DATE.exec(text);
  return date ? { year: Number(date[1]), month: Number(date[3] ?? date[5]), day: Number(date[4] ?? date[6]) } : undefined;
}

/** Its source: the paper (`来源：江城日报`, `来源：人民网－人民日报`). */
const INFO_SOURCE = /(?:来源|來源|稿源|出处|出處)\s*(?:[：:]|[】\]])\s*([^\s|｜/0-9：:【】[\]]{2,20})/u;
/** Its source as a Taiwanese site prints it: the paper's name before a slash and the byline (`聯合報／ 記者陳建宏／高雄報導`). */
const INFO_SOURCE_SLASH = /(?:^|[\s\u3000])([^\s／/0-9：:|｜]{1,10}(?:報|报|社|網|网|台))\s*[／/]/u;
/** Its page: `第01版`, `第 4 版`, `版次：04`, and lettered (`第A04版`, `版次：B02`, `B02版`). */
const INFO_PAGE = new RegExp(
  `第\\s*(${PAGE_SECTION})?\\s*(${NUMBER})\\s*版|版次\\s*[：:]\\s*(${PAGE_SECTION})?\\s*([0-9０-９]{1,3})|(?<![A-Za-z0-9])(${PAGE_SECTION})\\s*([0-9０-９]{1,2})\\s*版`,
  'u',
);
/** A time of day, as portals print it beside the date (`09:05`). */
const INFO_TIME = /(?<![0-9])[0-2]?[0-9]:[0-5][0-9](?![0-9])/u;
/** The labels a portal prints beside its date and time. */
const INFO_LABELS = /(?:发布|發佈|发表|發表|更新|时间|時間|日期|星期[一二三四五六日天]|周[一二三四五六日]|週[一二三四五六日])/gu;
/** A portal's controls and counts on its information line: `【字体：大 中 小】`, `点击数：1024`, `浏览次数：`. */
const PORTAL_CONTROLS =
  /[【[]\s*(?:字体|字體|字号|字號)\s*[：:]?[^】\]]{0,12}[】\]]|(?:点击数|點擊數|点击|點擊|浏览次数|瀏覽次數|浏览|瀏覽|阅读|閱讀)\s*[：:]\s*[0-9]*/gu;

/** Longest information line, in characters. */
const INFO_MAX = 60;

/**
 * A portal's information line under an article's title: a date beside a
 * source, a page or a time of day, in any order and with any separators
 * (`来源：江城日报  2024-04-11  第01版`, `2024-04-08 09:05　来源：江城日报`,
 * `2024年04月08日05:47 | 来源：人民网－人民日报`, `2024-01-07 04:14 聯合報／ 記者陳建宏／高雄報導`). No sentence punctuation:
 * a sentence that names a date and a source is text.
 */
export function matchInfoLine(text: string): TextDate | undefined {
  // (A portal prints its controls and counts on the line too, `点击数：1024　【字体：大 中 小】`: they are no part of it to measure.)
  if (charLength(text.replace(PORTAL_CONTROLS, '')) > INFO_MAX || /[，。！？；]/u.test(text)) return undefined;
  const date = dateIn(text);
  if (!date) return undefined;
  // (Fields run together, `来源：新华社作者：韩冬`, each end where the next label begins.)
  const source = INFO_SOURCE.exec(separateFields(text)) ?? INFO_SOURCE_SLASH.exec(text);
  const page = INFO_PAGE.exec(text);
  if (!source && !page && !INFO_TIME.test(text)) return undefined;
  // A date and a time with words of its own (`2024年5月1日10:00 运河文化节开幕`) is a headline or a sentence, not a portal's
  // line — unless its words are the paper's name, where a portal prints it without a label (`2024年09月12日 07:12 新京报`,
  // `齐鲁晚报 2024-11-20 15:20 发布于山东 齐鲁晚报官方账号`).
  const named = !source && !page ? portalLineWords(text) : undefined;
  if (!source && !page && named === undefined && /\p{Script=Han}{2,}/u.test(text.replace(INFO_DATE, '').replace(INFO_LABELS, ''))) return undefined;
  const result: TextDate = { ...date, printed: text };
  const paper = source?.[1] ?? named?.paper;
  if (paper !== undefined) result.paper = paperInSource(paper);
  const pageNumber = page ? printedPage(page[1] ?? page[3] ?? page[5], page[2] ?? page[4] ?? page[6]) : undefined;
  if (pageNumber !== undefined) result.page = pageNumber;
  return result;
}

/**
 * A paper's name among a line's words, in brackets or not (`人民日报 2024.03.15 第5版`): an information line's
 * source when it has no label. (`matchInfoLine` leaves it out: a page's running head names its paper so too.)
 */
export function paperBeside(text: string, isName: (word: string) => boolean = isPaperName): string | undefined {
  return text
    .replace(INFO_DATE, ' ')
    .replace(INFO_PAGE, ' ')
    .split(/[\s\u3000|｜【】［］[\]《》（）()]+/u)
    .find((word) => word !== '' && isName(word));
}

/** The words of a portal's information line beside its date and time (`portalWords`): the paper they name, if any. */
function portalLineWords(text: string): { paper?: string } | undefined {
  return portalWords(
    text
      .replace(INFO_DATE, ' ')
      .replace(new RegExp(INFO_TIME.source, 'gu'), ' ')
      .split(/[\s\u3000|｜]+/u)
      .filter((word) => word !== '' && !/^(?::[0-5][0-9])+$/u.test(word)),
  );
}

/**
 * What a line's label says its date is: the day the page was fetched or
 * saved (`抓取时间：`, `采集时间`, `crawl_time:`, `retrieved:`; a record's or a wiki revision's `timestamp:`), which never
 * dates an issue, or the day it was published (`发布时间：`, `publish_time:`,
 * `pubdate:`, `日期：`), which wins over an unlabelled date.
 */
export function dateLabel(text: string): 'retrieval' | 'publication' | undefined {
  if (RETRIEVAL_LABEL.test(text)) return 'retrieval';
  if (PUBLICATION_LABEL.test(text)) return 'publication';
  return undefined;
}
const RETRIEVAL_LABEL = new RegExp(
  `^[\\s【[（(*|]*(?:${RETRIEVAL_WORDS}|crawl|fetch|scrap|retriev|saved?(?![a-z])|access|download|collect|archived|created?(?![a-z])|updated?(?![a-z])|modified|edited|clipped|imported|last[ _-]?edited|timestamp)[^：:]{0,12}[：:]`,
  'iu',
);
const PUBLICATION_LABEL =
  /^[\s【[（(]*(?:发布|發佈|發布|发表|發表|出版|刊发|刊發|刊登|见报|見報|publish|pub[_ -]?date|posted|date(?![a-z])|日期)[^：:]{0,12}[：:]/iu;
const DATE_ONLY =
  /^(?:(?:发布|發佈|发表|發表|更新|出版|刊发|刊發)(?:时间|時間|日期)?[：:]\s*)?[（(]?((?:1[89]|2[0-2])[0-9]{2})(?:([-/.])([01]?[0-9])\2([0-3]?[0-9])|([01][0-9])([0-3][0-9]))[）)]?(?:\s+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?$/u;

/**
 * A date whose year stands apart from its month and day, as a site's template sets them in boxes of their own
 * (`2024 03/08 10:15:30`): month and day of two digits apart by a slash, as no timeline's entry is printed (`1949 10.1`).
 */
const DATE_ONLY_SPLIT = /^((?:1[89]|2[0-2])[0-9]{2})\s+([01][0-9])\/([0-3][0-9])(?:\s+[0-2][0-9]:[0-5][0-9](?::[0-5][0-9])?)?$/u;

/**
 * A date written out alone in brackets, as a volume heads its issues: `【1980年1月1日】`, `（1980年1月2日 星期三）`; its year in
 * Chinese numerals too, as a speech's day under its title is printed (`（一九九七年十二月三十一日）`).
 */
const DATE_ONLY_WRITTEN = new RegExp(
  `^[【［[（(]\\s*([0-9０-９〇○零一二三四五六七八九]{4})\\s*年\\s*(${NUMBER})\\s*月\\s*(${NUMBER})\\s*[日号號]\\s*(?:星期[一二三四五六日天])?\\s*[】］\\]）)]$`,
  'u',
);

/** A credit line naming the paper and the date (and page). */
export function matchCreditLine(text: string): TextDate | undefined {
  // (An e-paper prints its credit after the byline on one line: `本报记者　高炳《 人民日报 》（ 2024年03月05日 第 01 版）`.)
  const afterByline = bylineBeforeCredit(text);
  const credit = CREDIT.exec(afterByline ? text.slice(afterByline.to).trimStart() : text);
  if (credit) {
    const year = parseNumber(asciiDigits(credit[2] ?? ''));
    const month = parseNumber(credit[3] ?? '');
    const day = parseNumber(credit[4] ?? '');
    if (year === undefined || month === undefined || day === undefined) return undefined;
    const result: TextDate = { year, month, day, printed: text, paper: credit[1]!.trim() };
    const page = printedPage(credit[5], credit[6]);
    if (page !== undefined) result.page = page;
    return result;
  }
  const dateFirst = CREDIT_DATE_FIRST.exec(text);
  if (dateFirst) {
    const [year, month, day] = [dateFirst[1], dateFirst[2], dateFirst[3]].map((part) => parseNumber(asciiDigits(part ?? '')));
    if (year === undefined || month === undefined || day === undefined) return undefined;
    const result: TextDate = { year, month, day, printed: text, paper: dateFirst[4]!.trim() };
    const page = printedPage(dateFirst[5], dateFirst[6]);
    if (page !== undefined) result.page = page;
    return result;
  }
  const unmarked = CREDIT_UNMARKED.exec(text);
  if (unmarked) {
    const [year, month, day] = [unmarked[2] ?? unmarked[5], unmarked[3] ?? unmarked[6], unmarked[4] ?? unmarked[7]].map((part) =>
      parseNumber(asciiDigits(part ?? '')),
    );
    if (year === undefined || month === undefined || day === undefined) return undefined;
    const result: TextDate = { year, month, day, printed: text, paper: unmarked[1]! };
    const page = printedPage(unmarked[8], unmarked[9]);
    if (page !== undefined) result.page = page;
    return result;
  }
  const numeric = CREDIT_NUMERIC.exec(text);
  if (numeric) return { year: Number(numeric[2]), month: Number(numeric[3]), day: Number(numeric[4]), printed: text, paper: numeric[1]! };
  const bracketed = CREDIT_BRACKETED.exec(text);
  const date = bracketed ? INFO_DATE.exec(bracketed[2]!) : null;
  const pageAfter = date?.index === 0 ? PAGE_AFTER_DATE.exec(bracketed![2]!.slice(date[0].length)) : null;
  if (bracketed && date && pageAfter && isPaperName(bracketed[1]!)) {
    const result: TextDate = { year: Number(date[1]), month: Number(date[3] ?? date[5]), day: Number(date[4] ?? date[6]), printed: text, paper: bracketed[1]! };
    const page = printedPage(pageAfter[1], pageAfter[2]);
    if (page !== undefined) result.page = page;
    return result;
  }
  const pathLike = CREDIT_PATH.exec(text);
  if (pathLike && isPaperName(pathLike[1]!)) {
    const result: TextDate = { year: Number(pathLike[2]), month: Number(pathLike[3]), day: Number(pathLike[4]), printed: text, paper: pathLike[1]! };
    if (pathLike[5] !== undefined && Number(pathLike[5]) > 0) result.page = Number(pathLike[5]);
    return result;
  }
  // (A digital library's citation of its copy, in English: `Chung Sai Yat Po, 15 January 1910, Page 1`.)
  return matchLibraryCitation(text) ?? matchInfoLine(text);
}

/**
 * A page's running head, as a whole-issue file prints it atop every page
 * (`临江日报　2023年03月08日　第02版　综合`): a date and a page with no
 * source label, no time of day and no brackets. It reads as a portal's
 * information line too, but it opens a page (or, with another day, an
 * issue), where a story's credit (`来源：…`, `《…》（…第4版）`) never does.
 */
export function isRunningHeadLine(text: string): boolean {
  if (/^[（(【〔[《]/u.test(text) || CREDIT.test(text) || CREDIT_NUMERIC.test(text) || INFO_TIME.test(text)) return false;
  const info = matchInfoLine(text);
  return info?.page !== undefined && info.paper === undefined;
}

/** The words of a reprint's credit (`（原载《人民日报》2024年3月14日 09版）`): where the story first ran, not where this copy stands. */
const REPRINT = /原载|原載|转载|轉載|摘自|转自|轉自|摘编自|摘編自/u;

/** A credit that names where a reprinted story first ran: it names no paper or page of the copy that carries it. */
export function isReprintCredit(text: string): boolean {
  return REPRINT.test(text);
}

/** How far down an issue's head stands: masthead, date line, a line or two of edition. */
const ISSUE_HEAD_LINES = 4;

/**
 * Whether a file's lines are an issue's: its head's date line in its first lines (`临江日报` / `2024年3月8日 星期五`) and
 * page headers cutting it (`第2版 综合`). Its stories' own lines of date and source (`2024-03-07 22:10 来源：新华社`, a
 * wire story's of the day before) are theirs: no clippings or posts of other days (`credited-records.ts`, `volume.ts`).
 */
export function printsIssue(lines: readonly RawLine[]): boolean {
  const head = lines.slice(0, ISSUE_HEAD_LINES).some((line) => matchDateline(line.text) !== undefined && !isStoryCredit(line.text));
  return head && lines.some((line) => matchPageHeader(line.text) !== undefined);
}

/** A story's credit or a portal's information line (`matchCreditLine`) that is no page's running head (`isRunningHeadLine`). */
export function isStoryCredit(text: string): boolean {
  return matchCreditLine(text) !== undefined && !isRunningHeadLine(text);
}

/** A date alone in round brackets (`（2021年7月1日）`, `(1997年12月31日)`), as a speech, a letter or a document prints its own day under its title. */
const BRACKETED_DATE = /^[（(][^（）()]{6,24}[）)]$/u;

/**
 * Whether the line at `index` is a piece's own date under its title, not the paper's date line: a date alone in round
 * brackets right under a line that names no paper and is no date line (`在庆祝中国共产党成立一百周年大会上的讲话` /
 * `（2021年7月1日）`, a speech's day, a day or more before the paper's). A paper's date line stands over the headline.
 */
export function isPiecesOwnDate(top: readonly RawLine[], index: number): boolean {
  const above = top[index - 1];
  return (
    above !== undefined &&
    BRACKETED_DATE.test(top[index]!.text) &&
    matchDateOnlyLine(top[index]!.text) !== undefined &&
    !isPaperName(above.text) &&
    matchDateline(above.text) === undefined &&
    matchPageHeader(above.text) === undefined &&
    charLength(above.text) >= 4
  );
}

/** A line that is only a date (with an optional label and time). */
export function matchDateOnlyLine(text: string): TextDate | undefined {
  const english = englishDateOnly(text);
  if (english) return { year: english.year, month: english.month, day: english.day, printed: text };
  const written = DATE_ONLY_WRITTEN.exec(text.trim());
  if (written) {
    const [year, month, day] = [written[1], written[2], written[3]].map((part) => parseNumber(asciiDigits(part ?? '')));
    if (year !== undefined && month !== undefined && day !== undefined) return { year, month, day, printed: text };
  }
  const split = DATE_ONLY_SPLIT.exec(text.trim());
  if (split) return { year: Number(split[1]), month: Number(split[2]), day: Number(split[3]), printed: text };
  const match = DATE_ONLY.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[3] ?? match[5]);
  const day = Number(match[4] ?? match[6]);
  return { year, month, day, printed: text };
}

/**
 * A byline before a credit on one line, as e-papers print them under the headline: in title marks
 * (`本报记者　高炳　邱超奕《 人民日报 》（…第 01 版）`), or the page and the date as fields (`本报记者 林丽鹂 第03版：综合新闻 2024-06-02`);
 * with its range.
 */
export function bylineBeforeCredit(text: string): { byline: string; from: number; to: number } | undefined {
  const at = /《|第\s*[A-Z]?[0-9０-９]{1,3}\s*版|[0-9]{4}\s*[-/.年]/u.exec(text)?.index ?? -1;
  if (at <= 0) return undefined;
  const byline = text.slice(0, at).trimEnd();
  const rest = text.slice(at);
  if (matchBylineLine(byline) === undefined || !(CREDIT.test(rest) || (matchInfoLine(rest)?.page !== undefined && !/[（(]/u.test(rest)))) return undefined;
  return { byline, from: 0, to: byline.length };
}

/**
 * A reporter's or an author's field on a line of date and source, after a space: `记者：王磊`, `作者：李娜 张伟` (the byline is
 * the names an author's label stands before); last, or before the date or another field (`来源：北疆日报　作者：唐宁　2024-04-20 14:57`).
 */
const INFO_REPORTER =
  /[\s\u3000](?:作者[：:][\s\u3000]*|(?=(?:本报|本報)?(?:记者|記者)[：:]))((?:(?:本报|本報)?(?:记者|記者)[：:][\s\u3000]*)?[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3})(?=[\s\u3000]*$|[\s\u3000]+(?:[0-9]|[^\s\u3000：:]+[：:]))/u;

/** A page's control of its type size at a line's end, as portals print it beside the date and source: `大 中 小`, `字号：【大 中 小】`, `[大][中][小]`. */
const FONT_SIZE_CONTROL = /[\s\u3000]+(?:字[号號][：:]?[\s\u3000]*)?[【[(（]?大[】\])）]?[\s\u3000]*[【[(（]?中[】\])）]?[\s\u3000]*[【[(（]?小[】\])）]?$/u;

/**
 * The byline a site prints after the paper's name on its line of date and
 * source (`2024-01-07 04:14 聯合報／ 記者陳建宏／高雄報導` → `記者陳建宏／高雄報導`),
 * or as a field on it (`来源：新华社　记者：王磊` → `记者：王磊`), with its range in the line.
 */
export function creditByline(text: string): { byline: string; from: number; to: number } | undefined {
  const before = bylineBeforeCredit(text);
  if (before) return before;
  const source = INFO_SOURCE_SLASH.exec(text);
  if (!source) {
    // A portal's reporter field last on the line (`2024-05-06 09:30　来源：新华社　记者：王磊`).
    // (Fields run together, `来源：新华社作者：韩冬`, apart first: the field's text is the line's, found in it again.)
    // (Before the page's font-size control at its end, `作者：记者 付远　大 中 小`, as portals print it.)
    const field = INFO_REPORTER.exec(separateFields(text.replace(FONT_SIZE_CONTROL, '')));
    if (!field?.[1] || !matchInfoLine(text)) return undefined;
    const from = text.lastIndexOf(field[1]);
    return { byline: field[1], from, to: from + field[1].length };
  }
  if (!matchInfoLine(text)) return undefined;
  const after = source.index + source[0].length;
  const byline = text.slice(after).trim();
  if (byline === '' || matchBylineLine(byline) === undefined) return undefined;
  const from = text.indexOf(byline, after);
  return { byline, from, to: from + byline.length };
}
