/**
 * Facts from a file's path: the date (`20210315-04-02.txt`,
 * `2021-03-15.txt`, `2019/02/01/3.txt`, `20190201/…`), the page and the
 * article's order (numbers left in the file name: two are page and order,
 * one labelled `p4`/`第4版`/`4版` or lettered `A04` is the page, one
 * unlabelled is the order),
 * and the folder that names the paper (the nearest folder that is not a
 * date). A site's saves are often named by their headline
 * (`2024-03-15/习近平会见越南国家主席.txt`, `20240315-003-标题.txt`): a part of
 * the name in Chinese that reads as a headline is the file's `title`, and
 * the numbers inside it (`第135届广交会`) are no page or order. A configured
 * `filePattern` with named groups replaces the guess.
 *
 * @example
 *   factsFromPath('运河日报/20210315-04-02.txt', 'raw')
 *   // → {date: {value: '2021-03-15', printed: '20210315'}, page: 4, order: 2, folder: '运河日报'}
 */
import { letteredPage, plainPage } from '../../../src/archive/pages.ts';
import { isAgencyName, isPaperName } from '../rules/paper-name.ts';
import { parseNumber } from '../numerals.ts';
import { ROC_ERA, ROC_NUMERIC, calendarDate, plausibleYear, rocYear } from './calendar.ts';

/** Folders that a site or an export names for what they hold, not for a paper (`content/posts/`, Jekyll's `_posts/`, `articles/`, a site's `epaper/`; a newsroom's `已发/`, `定稿/`). */
const GENERIC_FOLDER =
  /^_?(?:posts?|content|contents|articles?|news|archives?|source|src|data|raw|inputs?|exports?|files|pages|blog|txt|texts?|html?|md|markdown|web|site|www|e-?paper|digital|数字报|數字報|电子版|電子版|文章|新闻|新聞|稿件|文本|素材|已发|已發|已审|已審|定稿|签发|簽發|见报|見報|已见报|已見報|终稿|終稿|成稿)$/iu;

export interface PathFacts {
  date?: { value: string; printed: string };
  /** A date in the path that cannot exist. */
  impossible?: string;
  page?: number;
  order?: number;
  /** The nearest folder that is not a date: the paper's name when nothing else gives it. */
  folder: string;
  /** What `folder` is when it is no folder's name, as messages say it (`the site's name in its pages' titles`): a web crawl's capture's. */
  folderIs?: string;
  /** The paper named by a `paper` group of the configured pattern. */
  paper?: string;
  /** A headline in the file's name (`20240315_习近平会见越南国家主席.txt`), for an article file whose text prints none. */
  title?: string;
}

/** A time of day after a date and a space in a name: hours, minutes and seconds (`16_10_00`, `16-10-00`, `161000`), no page and number (`2024-03-08_04_02_01` is pages and numbers). */
const TIME_AFTER_DATE = /^[\sT]+(?:[01][0-9]|2[0-3])([_:.-]?)[0-5][0-9]\1[0-5][0-9](?![0-9])/u;

/** An e-paper system's article page by its name, `Articel` as the system spells it: its page's two digits, its own three, an edition's letters (or an address saved as a name, `…_content_20241102_Articel11002GN.htm.txt`). */
const EPAPER_ARTICEL = /(?:^|[_./-])Articel([0-9]{2})([0-9]{3})[A-Z]{0,3}(?:\.s?html?)?$/u;

/** A Founder e-paper's article page by its system's name: `nw.D110000renmrb_20240311_2-01` (paper code, day, article, page). */
const FOUNDER_ARTICLE = /^nw\.D[0-9]+[a-z]+_[0-9]{8}_([0-9]{1,3})-([0-9]{1,3})(?:\.s?html?)?$/iu;

/**
 * The page and place of an e-paper system's article page by its name, as the systems that serve many papers name them
 * (`nw.D110000renmrb_20240311_2-01.htm`, `Articel01002MT.htm`); shared with the address a page was saved from.
 */
export function epaperArticle(name: string): { page: number; order: number } | undefined {
  const founder = FOUNDER_ARTICLE.exec(name);
  if (founder) return { page: Number(founder[2]), order: Number(founder[1]) };
  const articel = EPAPER_ARTICEL.exec(name);
  return articel ? { page: Number(articel[1]), order: Number(articel[2]) } : undefined;
}

/** Fewest Han characters of a file name's part for it to be read as a headline: `要闻`, `国内新闻`, `稿件汇总` name a page or a batch. */
const TITLE_MIN_HAN = 6;

/** The parts of a file name in Chinese, apart at `_`, `-`, `~` or two spaces (a headline may hold one space and digits: `总量超1.7亿吨`). */
const NAME_PARTS = /[_~～-]+|\s{2,}|\s+(?=[0-9A-Za-z]+(?:\s|$))/u;

/** A name's part that names a batch, an issue or a page rather than one article: `稿件汇总`, `第1201期`, `2024年3月8日`, `1980年一月`, `全文`, `合订本`. */
const NOT_A_HEADLINE =
  /^新建(?:文本文档|文本文件|Microsoft|DOCX|文件夹)|\s-\s(?:副本|复制)$|(?:汇总|彙總|合集|合订|合訂|全文|目录|目錄|[期刊号號]$)|[0-9０-９]{2,4}\s*年\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?:\s*[-—至到]\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}))?\s*月/u;

const DATE_IN_NAME = /(?<![0-9])((?:1[89]|2[0-2])[0-9]{2})([-_.]?)([01][0-9])\2([0-3][0-9])(?![0-9])/u;
/** A date written out in a name: `2024年3月1日第1230期.md`, `2024年03月01日`. */
const CN_DATE_IN_NAME = /(?<![0-9])((?:1[89]|2[0-2])[0-9]{2})()\s*年\s*([01]?[0-9])\s*月\s*([0-3]?[0-9])\s*[日号號]/u;
/** A date in nested folders: `2019/02/01/`, `2019/2/1/`, and as e-paper sites file their pages, `2024-03/08/`, `202403/08/`. */
const DATE_FOLDERS = /(?:^|\/)((?:1[89]|2[0-2])[0-9]{2})(?:\/([01]?[0-9])\/([0-3]?[0-9])|[-_]?(0[1-9]|1[0-2])\/(0[1-9]|[12][0-9]|3[01]))(?:\/|$)/u;
/** A month's folder, then a day's folder or name as month and day (`2024年3月/0306/`, `2024-03/0306.txt`): the month printed twice, so they must agree. */
const MONTH_THEN_DAY = /(?:^|\/)((?:1[89]|2[0-2])[0-9]{2})(?:\s*年\s*([01]?[0-9])\s*月|[-_]?(0[1-9]|1[0-2]))\/(0[1-9]|1[0-2])([0-3][0-9])(?=\/|$|[^0-9])/u;
/** An ROC date in a name or folder, its parts apart (`113.03.21 A1.txt`, `113-03-06`): read whatever the text's script. */
const ROC_IN_NAME = new RegExp(`(?<![0-9])${ROC_NUMERIC}(?![0-9])`, 'u');
/** An ROC date run together (`1130308_A1.txt`, `1130305/`): seven digits, read only for a page that dates by the ROC calendar (or under `民國`). */
const ROC_COMPACT = /(?<![0-9])(1[0-4][0-9])(0[1-9]|1[0-2])([0-3][0-9])(?![0-9])/u;
/**
 * An ROC date written out in a name (`113年3月8日 A1.txt`, `民國113年3月8日`): any year after the era's name, or a
 * three-digit year that opens a part of the name (not a headline's `建校110年3月8日举行校庆`).
 */
const ROC_WRITTEN_IN_NAME = new RegExp(
  `(?:${ROC_ERA}\\s*([0-9]{1,3})|(?<![^-_\\s])(1[0-4][0-9]))\\s*年\\s*([01]?[0-9])\\s*月\\s*([0-3]?[0-9])\\s*[日号號]?(?![0-9])`,
  'u',
);
/** A folder of one ROC year (`民國113年`, `中華民國113年`, `113年`): the year, for the month and day under it. */
const ROC_YEAR_FOLDER = new RegExp(`^(?:${ROC_ERA}\\s*([0-9]{1,3})|(1[0-4][0-9]))\\s*年$`, 'u');
/** A year's folder (`2024`, `2024年`, or an ROC year's), then a name that opens on its month and day (`0308_A1.txt`, `0308.txt`). */
const YEAR_FOLDER = /^((?:1[89]|2[0-2])[0-9]{2})\s*年?$/u;
/** A folder named for a month and day alone (`0722`). */
const MONTH_DAY_FOLDER = /^(0[1-9]|1[0-2])([0-3][0-9])$/u;
/** (Apart from the rest of the name, `0308_A1`, `0308 标题`: not a count that opens a headline, `1222万高校毕业生…`; not the first day of a range, `0101-0331.txt`.) */
const MONTH_DAY_NAME = /^(0[1-9]|1[0-2])([0-3][0-9])(?=$|[-_.\s])(?!\s*[-_~～至到—]+\s*[0-9]{4})/u;
const LABELLED_PAGE = /(?:^|[^a-z])(?:p|page|pg)[-_ ]?0*([1-9][0-9]{0,2})(?![0-9])|第\s*0*([1-9][0-9]{0,2})\s*版|(?<![0-9])0*([1-9][0-9]{0,2})\s*版/iu;
/**
 * A page in Chinese numerals at a name's start, as a Word file is named for its page: `第二版 校园.docx.txt`, `第十二版.txt`;
 * without `第` only as all the name holds or before a page's short name (`二版.docx`, `一版要闻.docx`), and the front page
 * as `头版`, not a headline that opens on a number (`三版合一的新方案`).
 */
const CN_PAGE = /^(?:第([一二三四五六七八九十]{1,3})版|([一二三四五六七八九十]{1,3}|头|頭)版(?=$|[\s_.\-（(]|\p{Script=Han}{1,4}$))/u;
/** … or at its end after the page's short name (`专版十二版`, `要闻二版`). */
const CN_PAGE_AFTER_NAME = /(?<=^\p{Script=Han}{1,4}?)([一二三四五六七八九十]{1,3})版$/u;
/**
 * An e-paper's page label in a file name (`2024-03-08_A01.txt`, `B10版.txt`, `第A02版.txt`): one or two capitals and two
 * digits, apart from the rest (`G20峰会` is no page); or one capital and one digit before the article's number (`2024-05-23_A4_3`,
 * not `…_G7_外长会`).
 */
const LETTERED_PAGE = /(?:^|[-_ .]|第)([A-Z]{1,2})([0-9]{2})(?=$|[-_ .]|版)|(?:^|[-_ .])([A-Z])([0-9])(?=[-_.][0-9]{1,3}$|版)/u;
/** … or one digit when the label is all the name holds beside its date (`113.03.21 A1.txt`, `1130308_A1.txt`), not a word of a headline's (`G7 外长会`). */
const LETTERED_ALONE = /^[-_ .]*([A-Z])([0-9])[-_ .]*$/u;
/**
 * … or one digit at the name's end after the paper's name and date, as an export names a page (`珠江商报-2023-06-20-A3.md`):
 * one of the first letters papers give their sections (A to D; `…_G7` is a summit), the page's name perhaps after it
 * (`2024-06-18 蓮島日報 A3 澳聞.txt`).
 */
const LETTERED_LAST = /(?:^|[-_ .])([A-D])([0-9])(?:[-_ ]+\p{Script=Han}{2,4})?$/u;
const DATE_LIKE_FOLDER = /^[0-9]{1,8}(?:[-_.][0-9]{1,2}){0,2}$|^[0-9]{4}\s*年(?:\s*[0-9]{1,2}\s*月(?:\s*[0-9]{1,2}\s*[日号])?)?$/u;
/** A folder named for one issue by its number (`第343期`, `2024-12期`, `2024年第13期`, `总第1032期`, `No.336`): an issue's, not a paper's. */
const ISSUE_FOLDER =
  /^(?:(?:[0-9]{4}\s*(?:年|[-_.])?\s*)?(?:总|總)?第?\s*[0-9]{1,5}\s*期(?:[（(](?:总|總)第\s*[0-9]{1,6}\s*期[）)])?|No\.?\s*[0-9]{1,5}|Vol\.?\s*[0-9]{1,4}(?:[-_ ]*No\.?\s*[0-9]{1,5})?|(?:ed|edition)-?[0-9]{1,2}|s[nc][0-9]{8})$/iu;

/**
 * A folder of one page of an issue, as digitised newspapers' batches file them (the Library of Congress's
 * `sn85066387/1910-01-07/ed-1/seq-2/ocr.txt`: the paper's LCCN, the day, the edition, the page's sequence; a library's
 * `19980715/p2/ocr.txt`; a keeper's `第2版/`, `02版/`): the page.
 */
const PAGE_FOLDER = /^(?:(?:seq|page|pg|p)[-_]?0*([1-9][0-9]{0,2})|第?\s*0*([1-9][0-9]{0,2})\s*版)$/iu;

/** Whether a folder holds one page of an issue (`seq-2`): its issue's folder is the one above it. */
export function isPageFolder(name: string): boolean {
  return PAGE_FOLDER.test(name);
}

/** The id a note app's export adds to each name (Notion: `运河日报剪报 f90adcd16aff150b33229c9f737734ad`, a space and 32 hex digits). */
const EXPORT_ID = /\s+[0-9a-f]{32}(?=\.[^.]*$|$)/u;

/** A file's or folder's name without the id an export added to it: `标题 8a7f…c7d.md` → `标题.md`. */
export function withoutExportId(name: string): string {
  return name.replace(EXPORT_ID, '');
}

export interface PathOptions {
  /** Whether the file's text dates by the ROC calendar (`facts/calendar.ts`): asked only when a name may hold an ROC date run together. */
  roc?: () => boolean;
}

/** A page bundle's text, named for no article: `index.md`, `_index.md`, `index.html`. */
const BUNDLE_INDEX = /^_?index\.(?:md|markdown|html?|txt)$/iu;

export function factsFromPath(relative: string, rootName: string, pattern?: RegExp, options: PathOptions = {}): PathFacts {
  // Full-width digits (`２０２４０３０８.txt`) read as the ASCII ones they stand for; a note app's ids are no part of a name.
  const parts = relative
    .replace(/[０-９]/gu, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .split('/')
    .map(withoutExportId);
  // (A page bundle, as Hugo keeps a page with its pictures, `a03-02/index.md`: the folder is the article's name, as a file's would be.)
  const bundled = parts.length >= 2 && BUNDLE_INDEX.test(parts.at(-1) ?? '');
  const file = (bundled ? parts.at(-2) : parts.at(-1)) ?? '';
  // (A video site's id in brackets, `[p8uw-TQBz5O]`, `[BV1xx411c7mD]`, names no page, date or paper.)
  const base = withoutMediaId(bundled ? file : file.replace(/\.[^.]*$/u, ''));
  const folders = parts.slice(0, bundled ? -2 : -1);
  // The nearest folder named as a paper (`聯合報/udn/…`) or a news agency, else the nearest that is neither a date nor a site's or an export's own folder (`posts`).
  // (A keeper's folder of a paper's year, `人民日报2024`, `2024_南方日报`, is the paper's.)
  const folder =
    [...folders]
      .reverse()
      .map((name) => withoutKeeper(withoutYear(withoutDate(name))))
      .find(isPaperName) ??
    // (A news agency's wire kept under its name, by category codes: `中央社/aipl/`.)
    [...folders].reverse().find(isAgencyName) ??
    // (A downloader's name for a page, the paper's first: `南洋商报~全国_-_22_03_2024.txt`.)
    paperOpeningName(base) ??
    [...folders]
      .reverse()
      .find(
        (name) =>
          !DATE_LIKE_FOLDER.test(name) &&
          !isWordedDateFolder(name) &&
          !ROC_YEAR_FOLDER.test(name) &&
          !GENERIC_FOLDER.test(name) &&
          !ISSUE_FOLDER.test(name) &&
          !PAGE_FOLDER.test(name) &&
          !holdsDate(name),
      ) ??
    (isPaperName(withoutYear(rootName)) ? withoutYear(rootName) : rootName);
  const facts: PathFacts = { folder };
  if (pattern) return withPattern(facts, relative, pattern);

  const named = DATE_IN_NAME.exec(base) ?? CN_DATE_IN_NAME.exec(base);
  let rest = base;
  if (named) {
    setDate(facts, Number(named[1]), Number(named[3]), Number(named[4]), named[0]);
    // (A time of day right after the date, hours, minutes and seconds, as a browser extension stamps a saved page,
    // `标题 (2024_12_11 16_10_00).html`: no page or article number.)
    const after = base.slice(named.index + named[0].length);
    const time = TIME_AFTER_DATE.exec(after)?.[0] ?? '';
    rest = base.slice(0, named.index) + ' ' + after.slice(time.length);
  } else {
    const nested = DATE_FOLDERS.exec(`${folders.join('/')}/`);
    const monthDay = MONTH_THEN_DAY.exec(`${folders.join('/')}/${base}`);
    if (nested) setDate(facts, Number(nested[1]), Number(nested[2] ?? nested[4]), Number(nested[3] ?? nested[5]), nested[0].replace(/^\/|\/$/gu, ''));
    else if (monthDay && Number(monthDay[2] ?? monthDay[3]) === Number(monthDay[4]))
      setDate(facts, Number(monthDay[1]), Number(monthDay[4]), Number(monthDay[5]), monthDay[0].replace(/^\/|[^0-9]$/gu, ''));
    else {
      // A folder named by its date: `20190201/`, `2019-02-01/`; or by its paper and date, as a library's batch names an
      // issue's folder (`北平晨報_19290316/`; not `batch_20231115/`, a day it was scanned).
      const dated = folders
        .map((name) => DATE_IN_NAME.exec(name))
        .findLast((match) => match !== null && (match[0] === match.input || paperBesideDate(match.input, match) !== undefined));
      if (dated) setDate(facts, Number(dated[1]), Number(dated[3]), Number(dated[4]), dated[0]);
      else rest = withRocDate(facts, base, folders, options);
      if (!facts.date && !facts.impossible) rest = withYearFolderDay(facts, rest, folders);
      if (!facts.date && !facts.impossible) rest = withYearLastDate(facts, rest);
      if (!facts.date && !facts.impossible) rest = withWordedDate(facts, rest, folders);
    }
  }
  rest = rest.replace(/^[\s_.-]+/u, '');
  // A lettered label first: `B10版` is page B10, not 10.
  const lettered = LETTERED_PAGE.exec(rest) ?? LETTERED_ALONE.exec(rest) ?? (facts.date ? LETTERED_LAST.exec(rest.trimEnd()) : null);
  // (`P` is no section but the page's own letter, as overseas weeklies name a page's file: `P03.txt` is page 3.)
  const letters = lettered?.[1] ?? lettered?.[3];
  const number = Number(lettered?.[2] ?? lettered?.[4]);
  const letteredAt = letters === undefined ? undefined : letters === 'P' ? plainPage(number) : letteredPage(letters, number);
  if (lettered && letteredAt !== undefined) {
    facts.page = letteredAt;
    rest = rest.slice(0, lettered.index) + ' ' + rest.slice(lettered.index + lettered[0].length);
  }
  const cn = facts.page === undefined ? (CN_PAGE.exec(rest) ?? CN_PAGE_AFTER_NAME.exec(rest)) : null;
  const labelled = facts.page === undefined ? (LABELLED_PAGE.exec(rest) ?? cn) : null;
  const numeral =
    labelled === cn && cn ? (cn[1] ?? (cn[2] === '头' || cn[2] === '頭' ? '一' : cn[2])) : labelled ? (labelled[1] ?? labelled[2] ?? labelled[3]) : undefined;
  const labelledPage = labelled ? parseNumber(numeral ?? '') : undefined;
  if (labelled && labelledPage !== undefined) {
    facts.page = labelledPage;
    rest = rest.slice(0, labelled.index) + ' ' + rest.slice(labelled.index + labelled[0].length);
  }
  // (A page's own folder, `seq-2/ocr.txt`, when the name gives none.)
  const pageFolder = facts.page === undefined ? PAGE_FOLDER.exec(folders.at(-1) ?? '') : null;
  if (pageFolder) facts.page = Number(pageFolder[1] ?? pageFolder[2]);
  // A Founder (方正) e-paper's article, as its system names it for every paper it serves: the article's number, then its page's
  // (`nw.D110000renmrb_20240311_2-01.htm`: the second article of page 1).
  // (Or another e-paper system's, as many papers' sites name theirs, 新华每日电讯, 大众日报, 法治日报: `Articel01002MT` is the
  // second article of page 1.)
  const article = facts.page === undefined ? epaperArticle(base) : undefined;
  if (article) return { ...facts, ...article };
  // A part in Chinese (`第135届广交会将于4月15日…举办`) is a headline or a page's name: its numbers are none of the file's.
  const nameParts = rest.split(NAME_PARTS).map((part) => part.trim());
  const chinese = nameParts.filter((part) => HAN.test(part));
  const numbers = nameParts
    .filter((part) => !HAN.test(part))
    .join(' ')
    .split(/[^0-9A-Za-z]+/u)
    .filter((token) => /^[0-9]{1,3}$/u.test(token))
    .map(Number)
    .filter((value) => value > 0);
  if (facts.page === undefined && numbers.length >= 2) {
    facts.page = numbers[0]!;
    facts.order = numbers[1]!;
  } else if (facts.page === undefined && facts.date !== undefined && numbers.length === 1 && chinese.length > 0 && chinese.every(isPageName)) {
    // One number beside a page's name and the date (`20240306_02_要闻.txt`): the page, as a keeper names a page's file.
    facts.page = numbers[0]!;
  } else if (numbers.length >= 1) {
    facts.order = numbers[0]!;
  }
  // Beside a page label and no article number (`2024-03-08_第2版_国内新闻.txt`) it is the page's name, not a headline.
  const title = chinese.find(readsAsHeadline);
  if (title !== undefined && (facts.page === undefined || facts.order !== undefined)) facts.title = title;
  return facts;
}

const HAN = /\p{Script=Han}/u;
const HAN_ALL = /\p{Script=Han}/gu;

/** A name's part that reads as a headline: six or more Han characters, no paper's name, batch, issue or date. */
function readsAsHeadline(part: string): boolean {
  return Array.from(part.matchAll(HAN_ALL)).length >= TITLE_MIN_HAN && !isPaperName(part) && !NOT_A_HEADLINE.test(part);
}

/** The paper's name a folder gives beside its date, apart by a mark (`北平晨報_19290316`, `19290316-北平晨報`), if what is left names a paper. */
function paperBesideDate(name: string, date: RegExpExecArray): string | undefined {
  const rest = (name.slice(0, date.index) + ' ' + name.slice(date.index + date[0].length)).replace(/^[\s_-]+|[\s_-]+$/gu, '');
  return /^[^\s_-]+$/u.test(rest) && isPaperName(rest) && /[\s_-]/u.test(name) ? rest : undefined;
}

/** A folder's name without the date a library put beside the paper's (`北平晨報_19290316`), when what is left names a paper. */
function withoutDate(name: string): string {
  const date = DATE_IN_NAME.exec(name);
  return (date && paperBesideDate(name, date)) ?? name;
}

/** The paper a downloader's name for a page opens with, before its mark and a date (`南洋商报~全国_-_22_03_2024`, `星洲日报_20240322_A4`), or right before its date. */
function paperOpeningName(base: string): string | undefined {
  // (Or run into the date, as a clipping is named: `人民日报2024年3月6日第10版`.)
  const name = /^(\p{Script=Han}{2,12}?)(?:[~_\-－\s]+(?=.*[0-9]{2})|(?=(?:1[89]|2[0-2])[0-9]{2}(?:年|[0-9]{4})))/u.exec(base)?.[1];
  return name !== undefined && isPaperName(name) ? name : undefined;
}

/** A video site's id in brackets (`[qu_MdjJ9mIO]`, YouTube's as yt-dlp names a file; `[BV1xx411c7mD]`): letters and digits mixed. */
const MEDIA_ID = /\s*\[(?=[A-Za-z0-9_-]*[A-Za-z][A-Za-z0-9_-]*[A-Za-z])(?=[A-Za-z0-9_-]*[0-9])(?![A-Za-z0-9_-]*[0-9]{5})[A-Za-z0-9_-]{8,16}\]/gu;

/** A file's name without a video site's id in brackets. */
export function withoutMediaId(name: string): string {
  return name.replace(MEDIA_ID, '');
}

/** A broadcast programme's name by its last word (`江城新闻`, `新闻联播`, `焦点访谈`, `东方时空`, `朝闻天下`, `第一时间`, `今日说法`). */
const PROGRAMME_WORD =
  /(?:新闻|新聞|联播|聯播|访谈|訪談|时空|時空|直播|直播间|直播間|报道|報道|天下|时间|時間|观察|觀察|聚焦|说法|說法|两岸|兩岸|节目|節目|播报|播報|快讯|快訊|资讯|資訊|早报|早報|晚报|晚報|周刊|週刊|面对面|面對面|夜话|夜話|热线|熱線)$/u;
/** Words of a release's name that name no programme: a subtitling group's, its languages, its cut (`星河字幕组`, `中英双语`, `完整版`). */
const RELEASE_WORDS = /字幕组|字幕組|字幕社|双语|雙語|简英|簡英|中英|简体|簡體|繁体|繁體|完整版|高清|合集|自动|自動/u;
/** A date in a name, its parts run together or apart (`20240311`, `2024.04.01`, `2024年3月14日`, `2024-04-04`). */
const NAME_DATE = /(?:19|20)[0-9]{2}[-_.年\s]?[01]?[0-9][-_.月\s]?[0-3]?[0-9]日?/u;

/**
 * The programme a broadcast's file is named for: a name in it that ends as a programme's does (`江城新闻`, `新闻联播`,
 * `CCTV新闻联播`), else one of four characters or more right before its date — as a station, a video site's downloader
 * or a subtitling group names a day's programme (`江城新闻_20240311.srt`, `江城新闻 2024年3月14日 [qu_MdjJ9mIO].zh-Hans.vtt`,
 * `[星河字幕组][临江新闻][2024.05.06][中英双语].ass`, `20240609澄江新闻`, `江城零距离 2024-04-04.srt`); none without a date,
 * or for a name that may be a person's (`习近平2024年1月1日新年贺词`). Asked only of a broadcast's file: an article's
 * file opens on its headline.
 */
export function programmeOfName(file: string): string | undefined {
  const base = withoutMediaId(file.replace(/\.[a-z]{2,4}$/iu, ''));
  const date = NAME_DATE.exec(base);
  if (!date) return undefined;
  const namesIn = (part: string): string[] =>
    [...part.matchAll(/[A-Za-z]{0,8}\p{Script=Han}{2,12}/gu)].map((match) => match[0]).filter((name) => !RELEASE_WORDS.test(name) && !PERSON_WORDS.test(name));
  const before = base.slice(0, date.index);
  const after = base.slice(date.index + date[0].length);
  // (A name before the date first, `今日关注 20240402 假新闻`; the date itself is no part of a name, `2024年3月15日新闻联播`.)
  const named = namesIn(before).find((name) => PROGRAMME_WORD.test(name));
  if (named !== undefined) return named;
  const adjacent = /([A-Za-z]{0,8}\p{Script=Han}{4,12})[\]】］〕)）]?[\s~_\-－.｜|·]*$/u.exec(before)?.[1];
  if (adjacent !== undefined && namesIn(adjacent).length > 0) return adjacent;
  return namesIn(after).find((name) => PROGRAMME_WORD.test(name));
}

/** A name that ends on an office or a form of address names a person (`习近平主席`, `李强总理`), no programme. */
const PERSON_WORDS = /(?:主席|总理|總理|总书记|總書記|书记|書記|部长|部長|市长|市長|省长|省長|县长|縣長|委员长|委員長|同志|先生|女士|教授|院士)$/u;

/**
 * A folder named for a paper's desk or a keeper's collection of it (`江城晚报编辑部`, `江城晚报社`, `运河日报资料室`,
 * `人民日报合订本`, `南方日报存档`, `霞岭晚报剪报`, `浠川报数字化`): the paper's name, when what is left names one.
 */
function withoutKeeper(name: string): string {
  const rest =
    /^(.+?)[\s_-]*(?:编辑部|編輯部|编辑室|編輯室|资料室|資料室|档案室|檔案室|社|合订本|合訂本|存档|存檔|归档|歸檔|收藏|备份|備份|剪报|剪報|剪存|剪贴|剪貼|数字化|數字化|扫描|掃描|扫描件|掃描件|电子版|電子版|文本|全文)(?:共享|共用|公共|项目|項目)?$/u.exec(
      name,
    )?.[1];
  return rest !== undefined && isPaperName(rest) ? rest : name;
}

/** A folder's name without the year a keeper put beside the paper's (`人民日报2024`, `2024_南方日报`, `光明日报 2019年`), when what is left names a paper. */
function withoutYear(name: string): string {
  const rest = /^(.+?)[\s_-]*(?:19|20)[0-9]{2}年?$/u.exec(name)?.[1] ?? /^(?:19|20)[0-9]{2}年?[\s_-]*(.+)$/u.exec(name)?.[1];
  return rest !== undefined && isPaperName(rest) ? rest : name;
}

/**
 * An ROC date in the name, or a folder named by one: written out
 * (`113年3月8日`) or apart by marks, always; run together, for a page that dates by the ROC calendar in its
 * text (`中華民國113年3月8日`, `113/03/08`) or under a `民國` folder (a Hong
 * Kong paper prints Traditional, never ROC dates: its seven digits are an
 * id). The name's rest, without the date.
 */
function withRocDate(facts: PathFacts, base: string, folders: string[], options: PathOptions): string {
  const compact = (): boolean => /民國|民国/u.test(folders.join('/')) || options.roc?.() === true;
  const written = ROC_WRITTEN_IN_NAME.exec(base);
  if (written) {
    setDate(facts, rocYear(Number(written[1] ?? written[2])), Number(written[3]), Number(written[4]), written[0]);
    return base.slice(0, written.index) + ' ' + base.slice(written.index + written[0].length);
  }
  const apart = ROC_IN_NAME.exec(base);
  const joined = apart ? null : ROC_COMPACT.exec(base);
  const named = apart ?? (joined && compact() ? joined : null);
  if (named) {
    const [month, day] = apart ? [named[3], named[4]] : [named[2], named[3]];
    setDate(facts, rocYear(Number(named[1])), Number(month), Number(day), named[0]);
    return base.slice(0, named.index) + ' ' + base.slice(named.index + named[0].length);
  }
  const folder = folders.findLast((name) => ROC_IN_NAME.exec(name)?.[0] === name || ROC_COMPACT.exec(name)?.[0] === name);
  const dated = folder === undefined ? null : (ROC_IN_NAME.exec(folder) ?? (compact() ? ROC_COMPACT.exec(folder) : null));
  if (dated) {
    const [month, day] = dated[4] !== undefined ? [dated[3], dated[4]] : [dated[2], dated[3]];
    setDate(facts, rocYear(Number(dated[1])), Number(month), Number(day), dated[0]);
  }
  return base;
}

/**
 * A year's folder and a name that opens on the month and day (`2024/0308_A1.txt`,
 * `民國113年/0308.txt`), or a day's folder under it (`2024年/0722/03版.doc`), as a keeper files a year's pages: read only when the
 * name's four digits make a real day, so that a number that is none
 * (`2024/1234.txt`) dates nothing. The name's rest, without them.
 */
function withYearFolderDay(facts: PathFacts, base: string, folders: string[]): string {
  const yearOf = (folder: string): number => {
    const roc = ROC_YEAR_FOLDER.exec(folder);
    return roc ? rocYear(Number(roc[1] ?? roc[2])) : Number(YEAR_FOLDER.exec(folder)?.[1] ?? Number.NaN);
  };
  // A day's folder under the year's (`2024年/0722/0722-03版.doc`): the folder dates the file, and the name's own month and day, the same, are no number.
  const dayFolder = MONTH_DAY_FOLDER.exec(folders.at(-1) ?? '');
  const above = yearOf(folders.at(-2) ?? '');
  if (dayFolder && plausibleYear(above) && 'date' in calendarDate(above, Number(dayFolder[1]), Number(dayFolder[2]))) {
    // (A name that opens on another day of its own, `0722/0723-03版`, is the file's: a folder may gather a few days.)
    const named = MONTH_DAY_NAME.exec(base);
    const own = named && named[0] !== dayFolder[0] && 'date' in calendarDate(above, Number(named[1]), Number(named[2])) ? named : dayFolder;
    setDate(facts, above, Number(own[1]), Number(own[2]), `${folders.at(-2) ?? ''}/${own === named ? `${dayFolder[0]}/${named[0]}` : dayFolder[0]}`);
    return named ? ' ' + base.slice(named[0].length) : base;
  }
  const folder = folders.at(-1) ?? '';
  const year = yearOf(folder);
  const named = MONTH_DAY_NAME.exec(base);
  if (!named || !plausibleYear(year) || !('date' in calendarDate(year, Number(named[1]), Number(named[2])))) return base;
  setDate(facts, year, Number(named[1]), Number(named[2]), `${folder}/${named[0]}`);
  return ' ' + base.slice(named[0].length);
}

/** A date with its year last, apart by one mark (`04_04_2024`, `22-03-2024`, `3.8.2024`), as Singapore's, Malaysia's and Europe's names write one. */
const YEAR_LAST_IN_NAME = /(?<![0-9])([0-3]?[0-9])([-_.])([0-3]?[0-9])\2((?:1[89]|2[0-2])[0-9]{2})(?![0-9])/u;

/**
 * A date with its year last in the name, read only where its order cannot
 * be mistaken: a day above 12 on one side (`22-03-2024`), or day and month
 * alike (`04_04_2024`). `03-08-2024` is 3 August or March 8 by who wrote it,
 * and dates nothing (the file is named as undated), nor are its numbers a
 * page. The name's rest, without it.
 */
function withYearLastDate(facts: PathFacts, base: string): string {
  const named = YEAR_LAST_IN_NAME.exec(base);
  if (!named) return base;
  const [first, second, year] = [Number(named[1]), Number(named[3]), Number(named[4])];
  const order = first === second || (first > 12 && second <= 12) ? [second, first] : second > 12 && first <= 12 ? [first, second] : undefined;
  if (order) setDate(facts, year, order[0]!, order[1]!, named[0]);
  // (Either way its numbers are no page or article number.)
  return base.slice(0, named.index) + ' ' + base.slice(named.index + named[0].length);
}

/**
 * A page's name in a file's name, as papers name their pages (`要闻`, `国际新闻`, `要闻二`, `文体`, `副刊`); not any short
 * word (`张三`, a person's; `两会`, a story's topic).
 */
const PAGE_NAME =
  /^(?:头版|頭版|要闻|要聞|综合|綜合|国内|國內|国际|國際|经济|經濟|财经|財經|社会|社會|体育|體育|文体|文體|文化|副刊|评论|評論|理论|理論|时政|時政|民生|专版|專版|专题|專題|广告|廣告|地方|城市|本地|教育|科技|健康|法治|三农|三農|农村|農村|旅游|旅遊|视点|視點|观察|觀察|特刊|周刊|週刊|读书|讀書|娱乐|娛樂|港闻|港聞|两岸|兩岸|军事|軍事|公告|县域|縣域|区县|區縣|文艺|文藝|生活|环球|環球)(?:新闻|新聞|版)?[一二三四五六七八九十]{0,2}$/u;

function isPageName(part: string): boolean {
  return PAGE_NAME.test(part);
}

/** A date in Chinese numerals (`二〇二四年三月三日`), as a keeper writes one out in a name. */
const NUMERAL_DATE = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号號]/u;
/** A date with its month or day in one digit, apart by dots or dashes (`2024.3.6`, `2024-3-6`). */
const SHORT_DATE = /(?<![0-9.])((?:1[89]|2[0-2])[0-9]{2})([-_.])([01]?[0-9])\2([0-3]?[0-9])(?![0-9.])/u;
/** A month and day in words (`3月3日`, `03月06日`). */
const MONTH_DAY_WORDED = /(?<![0-9])([01]?[0-9])\s*月\s*([0-3]?[0-9])\s*[日号號]/u;
/** A day's folder in words (`2日`, `02日`). */
const DAY_FOLDER = /^([0-3]?[0-9])\s*[日号號]$/u;
/** A day's folder in digits (`05`, `5`), read only under its month's folder (`2024.3/05/`). */
const DAY_NUMBER_FOLDER = /^(0?[1-9]|[12][0-9]|3[01])$/u;
/** A month's folder of a year (`2024年3月`, `2024年03月`, `2024-03`, `2024.3`). */
const YEAR_MONTH_FOLDER = /^((?:1[89]|2[0-2])[0-9]{2})\s*(?:年\s*([01]?[0-9])\s*月|[-_.]([01]?[0-9]))$/u;
/** What a folder dated in words may hold beside its date: an issue's number, the weekday; nothing else (`扫描于…` is no issue's day). */
const BESIDE_FOLDER_DATE = /^(?:[\s_-]|(?:总|總)?第?\s*[0-9]{1,6}\s*期|[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][）)]?)*$/u;

/** Whether a folder holds nothing beside its date (`dated`) but an issue's number or the weekday (`BESIDE_FOLDER_DATE`). */
function datedOnly(folder: string, dated: RegExpExecArray): boolean {
  return BESIDE_FOLDER_DATE.test(folder.slice(0, dated.index) + folder.slice(dated.index + dated[0].length));
}

/**
 * Whether a folder's name holds a whole date beside other words (`2024年3月5日 扫描`, `扫描于2024.3.5`): a batch's or a
 * scan's folder, not the paper's, whatever the date is of.
 */
function holdsDate(name: string): boolean {
  return [DATE_IN_NAME, CN_DATE_IN_NAME, SHORT_DATE, NUMERAL_DATE].some((date) => date.test(name));
}

/** A folder named for a day or a month in words and nothing more that is a paper's (`2日`, `03月06日`, `2024年3月5日第27065期`, `2024.3.6`). */
function isWordedDateFolder(name: string): boolean {
  if (DAY_FOLDER.test(name) || YEAR_MONTH_FOLDER.test(name)) return true;
  const dated = MONTH_DAY_WORDED.exec(name) ?? NUMERAL_DATE.exec(name) ?? SHORT_DATE.exec(name);
  return dated !== null && datedOnly(name, dated);
}

/** A match's year, month and day, in whichever numerals it is written. */
function wordedParts(match: RegExpExecArray): [number, number, number] {
  // (A group that took no part in the match is `undefined`, whatever the array's type says.)
  const groups: Array<string | undefined> = match.slice(1);
  const numbers = groups.filter((part): part is string => part !== undefined && part !== '' && !/^[-_.]$/u.test(part));
  const [year, month, day] = numbers.map((part) => parseNumber(part) ?? Number.NaN);
  return [year ?? Number.NaN, month ?? Number.NaN, day ?? Number.NaN];
}

/**
 * A date as keepers write it in words or short, when no other reading dated the file: in Chinese numerals
 * (`二〇二四年三月三日 第二版`) or with one-digit parts (`2024.3.6`) in the name; a folder dated so, beside an issue's
 * number or weekday at most (`第27064期 2024年3月4日/`, `2024年3月5日/`, `2024.3.6/`); a month and day under the
 * year's or the month's folder (`2024年/3月3日（星期日）05版`, `2024年03月/03月06日/`, `2024年3月/2日/`), the month
 * printed twice only where both agree. The name's rest, without the date.
 */
function withWordedDate(facts: PathFacts, base: string, folders: string[]): string {
  const named = NUMERAL_DATE.exec(base) ?? SHORT_DATE.exec(base);
  if (named) {
    setDate(facts, ...wordedParts(named), named[0]);
    return base.slice(0, named.index) + ' ' + base.slice(named.index + named[0].length);
  }
  for (const folder of [...folders].reverse()) {
    const dated = CN_DATE_IN_NAME.exec(folder) ?? NUMERAL_DATE.exec(folder) ?? SHORT_DATE.exec(folder);
    if (dated && datedOnly(folder, dated)) {
      setDate(facts, ...wordedParts(dated), dated[0]);
      return base;
    }
  }
  // A month and day in the name, or a day's folder named so, under a year's or a month's folder.
  // (At the name's start, as a keeper dates a file: a day further in is a headline's, `…缴费截止到12月31日`.)
  const worded = MONTH_DAY_WORDED.exec(base);
  const inName = worded && /^[\s_.-]*$/u.test(base.slice(0, worded.index)) ? worded : null;
  const dayFolder = inName ? undefined : folders.at(-1);
  const inFolder = dayFolder === undefined ? null : MONTH_DAY_WORDED.exec(dayFolder);
  const monthDay = inName ?? (inFolder && datedOnly(inFolder.input, inFolder) ? inFolder : null);
  const above = folders.at(monthDay === inName ? -1 : -2) ?? '';
  const yearMonth = YEAR_MONTH_FOLDER.exec(above);
  const year = yearMonth ? Number(yearMonth[1]) : Number(YEAR_FOLDER.exec(above)?.[1] ?? Number.NaN);
  const month = yearMonth ? Number(yearMonth[2] ?? yearMonth[3]) : undefined;
  if (monthDay && plausibleYear(year) && (month === undefined || month === Number(monthDay[1]))) {
    setDate(facts, year, Number(monthDay[1]), Number(monthDay[2]), `${above}/${monthDay[0]}`);
    return monthDay === inName ? base.slice(0, monthDay.index) + ' ' + base.slice(monthDay.index + monthDay[0].length) : base;
  }
  // A day's folder alone under its month's (`2024年3月/2日/`, `2024.3/05/`, `2024-3/5/`).
  const last = folders.at(-1) ?? '';
  const day = DAY_FOLDER.exec(last) ?? DAY_NUMBER_FOLDER.exec(last);
  const monthFolder = YEAR_MONTH_FOLDER.exec(folders.at(-2) ?? '');
  if (day && monthFolder) setDate(facts, Number(monthFolder[1]), Number(monthFolder[2] ?? monthFolder[3]), Number(day[1]), `${folders.at(-2)}/${day[0]}`);
  return base;
}

function setDate(facts: PathFacts, year: number, month: number, day: number, printed: string): void {
  if (!plausibleYear(year)) return;
  const checked = calendarDate(year, month, day);
  if ('date' in checked) facts.date = { value: checked.date, printed };
  else facts.impossible = `${printed} (${checked.impossible})`;
}

/**
 * The configured pattern's groups, matched against the file's path under the
 * paper's folder as documented, or from any folder above it (so that a
 * pattern anchored with `^` matches wherever the paper's folder stands).
 */
function withPattern(facts: PathFacts, relative: string, pattern: RegExp): PathFacts {
  const parts = relative.split('/');
  const groups = parts.map((_, index) => pattern.exec(parts.slice(index).join('/'))?.groups).find((found) => found !== undefined);
  if (!groups) return facts;
  const number = (name: string): number | undefined => {
    const value = groups[name];
    return value !== undefined && /^[0-9]+$/u.test(value) ? Number(value) : undefined;
  };
  const compact = groups['date']?.replace(/[^0-9]/gu, '');
  // (A year of three digits, or a date group of seven, is the ROC calendar's: `(?<year>\\d{3})`, `1130315`.)
  const yearDigits = compact?.length === 7 ? 3 : 4;
  const printedYear = number('year') ?? (compact ? Number(compact.slice(0, yearDigits)) : undefined);
  const year = printedYear !== undefined && printedYear < 1000 ? rocYear(printedYear) : printedYear;
  const month = number('month') ?? (compact ? Number(compact.slice(yearDigits, yearDigits + 2)) : undefined);
  const day = number('day') ?? (compact ? Number(compact.slice(yearDigits + 2, yearDigits + 4)) : undefined);
  if (year !== undefined && month !== undefined && day !== undefined)
    setDate(facts, year, month, day, groups['date'] ?? `${groups['year']}-${groups['month']}-${groups['day']}`);
  // A page group may hold a lettered label (`(?<page>[A-Z]\d{2})` → `A04`).
  const label = /^([A-Z]{1,2})([0-9]{1,3})$/u.exec(groups['page'] ?? '');
  const page = number('page') ?? (label ? letteredPage(label[1]!, Number(label[2])) : undefined);
  const order = number('order');
  if (page !== undefined) facts.page = page;
  if (order !== undefined) facts.order = order;
  if (groups['paper']) facts.paper = groups['paper'];
  return facts;
}

/** A folder named for one issue, by its number (`第343期`, `No.336`) or its day (`20240308`, `2024-03-08`). */
export function isIssueFolder(name: string): boolean {
  return ISSUE_FOLDER.test(name) || DATE_IN_NAME.exec(name)?.[0] === name;
}
