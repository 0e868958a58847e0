/**
 * Rule: a page header line (`第2版`, `第 2 版：要闻`, `第二版 综合新闻`), or
 * an e-paper's page label, a section letter before the number (`A02`,
 * `A02版`, `第A02版：要闻`, `A02 要闻`, `要闻 A02`). The number is the page, a
 * lettered one kept as `src/archive/pages.ts` says (`A02` → 1002, so that
 * A02 and B02 are two pages); the line is kept as the page header.
 * A date line that carries `第N版` also gives the page (see `dateline.ts`).
 *
 * @example
 *   matchPageHeader('第 2 版：要闻') // → {page: 2, label: '要闻'}
 *   matchPageHeader('要闻　第1版　责任编辑：陈晓燕') // → {page: 1, label: '要闻　责任编辑：陈晓燕'}
 *   matchPageHeader('A03', { lettered: true }) // → {page: 1003, section: 'A'}
 *   matchPageHeader('二版　综合新闻') // → {page: 2, label: '综合新闻'}
 *   matchPageHeader('【第一版　要闻】') // → {page: 1, label: '要闻'}
 */
import { letteredPage, plainPage } from '../../../src/archive/pages.ts';
import { NUMBER, parseNumber } from '../numerals.ts';
import { DESK_PHONE, PAGE_CREDITS } from './page-credits.ts';

/**
 * An e-paper's section letter before a page number (`A`, `B`, `SA`), as
 * printed in page labels and jump markers (`（下转A04版）`).
 */
export const PAGE_SECTION = '[A-Z]{1,2}';

const PAGE_HEADER = new RegExp(`^第\\s*(${PAGE_SECTION})?\\s*(${NUMBER})\\s*版(?:[\\s　：:·|｜-]*(.*))?$`, 'u');
/** `B10版：经济`, `A3版` without 第: a section letter and one or two digits before 版. */
const WITH_PAGE_WORD = new RegExp(`^(${PAGE_SECTION})\\s*([0-9０-９]{1,2})\\s*版(?:[\\s　：:·|｜-]*(.*))?$`, 'u');
/**
 * The page's name before its number, as small papers print a page's top (`要闻　第1版　责任编辑：陈晓燕`), or the paper's
 * with its page, as old papers run a page's head (`中西日報　第二頁`):
 * never a pointer to a page (`详见 第3版`, `相关评论 第4版`, `下转 第2版`).
 */
const NAME_FIRST = new RegExp(`^(\\p{Script=Han}{2,6})[\\s\\u3000]+第\\s*(${NUMBER})\\s*[版頁页](?:[\\s\\u3000：:·|｜-]+(.*))?$`, 'u');
const POINTER_WORDS =
  /^(?:详见|詳見|见|見|请看|請看|参见|參見|转|轉|接|上接|下转|下轉|相关|相關|更多|延伸|阅读|閱讀)|(?:详见|詳見|阅读|閱讀|评论|評論|报道|報道|链接|鏈接)$/u;
/** `01版 要闻`, `4版`: a plain page number of one or two digits before 版, without 第, and a page's name (no headline: a guide's `3版 春耕时节农机忙` is none). */
const PLAIN_PAGE_WORD = /^([0-9０-９]{1,2})\s*版(?:[\s\u3000：:·|｜-]*(\p{Script=Han}{2,6}(?:[\s\u3000]+.*[：:].*)?))?$/u;
/** `二版　综合新闻`: a page in Chinese numerals before 版, without 第, as county papers head a page, with its name (two to six characters; `三版` alone may be a wrapped line's end). */
const CHINESE_PAGE_WORD = /^([一二三四五六七八九十]{1,3})版[\s\u3000：:·|｜-]+(\p{Script=Han}{2,6}(?:[\s\u3000]+.*[：:].*)?)$/u;
/** `A02` alone on the line: a section letter and two digits (`C919` is no page). */
const LETTERED = new RegExp(`^(${PAGE_SECTION})\\s*([0-9０-９]{2})$`, 'u');
/**
 * `A1` alone on the line: one of the first letters papers give their sections (A to D) and one digit, as Hong Kong's
 * papers print it right under the date line (`A4` elsewhere may be a paper's size, `G7` a summit, `F1` a sports page's
 * kicker).
 */
const LETTERED_SHORT = /^([A-D])([0-9])$/u;
/** The page's credits after its label and name, as a page's top prints them (`A05　城事　　责任编辑：楼晓燕　美编：陈彬`). */
const CREDITS_AFTER = `(?:[ \\u3000]+(?:${PAGE_CREDITS}|${DESK_PHONE}))?`;
/**
 * A page label beside the page's name, apart by a space or a bar: `A02 要闻`, `要闻　A02`, `A01 | 要聞`, `全国 A4`, `T01　两会特刊`
 * (letters A to F, or T of a special issue's pages, 特刊; one or two digits; the name two to six characters, or two names
 * apart by a middle dot, `B05 体育·健身`).
 */
const NAMED_AFTER = new RegExp(
  `^([A-FT])([0-9]{1,2})(?:[ \\u3000]+|[ \\u3000]*[|｜][ \\u3000]*)(\\p{Script=Han}{2,6}(?:·\\p{Script=Han}{2,4})?${CREDITS_AFTER})$`,
  'u',
);
/**
 * A page's number set with a leading zero beside the page's name, as a PDF's page top prints it (`01　要闻`, `04　副刊·上党`):
 * the zero marks a page's label (a list's `1 要闻` has none).
 */
const PADDED_NAMED = new RegExp(`^0([1-9])[ \\u3000]+(\\p{Script=Han}{2,6}(?:·\\p{Script=Han}{2,4})?${CREDITS_AFTER})$`, 'u');
const NAMED_BEFORE = new RegExp(`^(\\p{Script=Han}{2,6})(?:[ \\u3000]+|[ \\u3000]*[|｜][ \\u3000]*)([A-FT])([0-9]{1,2})(${CREDITS_AFTER})$`, 'u');

/**
 * A page's number after `P`, as overseas Chinese weeklies head a page (`P1　頭版 Front Page`, `P03　社區新聞`): its name
 * after it, in Chinese and perhaps in English too. The page is the number (no section letter).
 */
const P_PAGE = /^P\s?0?([1-9][0-9]?)[ \u3000]+(\p{Script=Han}{2,6}(?:·\p{Script=Han}{2,4})?(?:[ \u3000]+[A-Za-z][A-Za-z &.'’-]*)?)$/u;

export interface PageHeaderMatch {
  /** The page as the archive keeps it: `2` for `第2版`, `1002` for `A02` (`letteredPage`). */
  page: number;
  label?: string;
  /** The section letter of an e-paper's page label (`A` in `A02`). */
  section?: string;
}

/**
 * `lettered`: also a bare label with no 版 (`A02`, `A02 要闻`), as an
 * e-paper prints it in its header — where a page's header is read, or in a
 * file whose own header carried one. Elsewhere a line such as `G20` or
 * `U23` over a headline is a kicker, not a page. `short`: also a bare label
 * of one digit (`A1`), for the line right under a date line.
 */
export function matchPageHeader(text: string, { lettered = false, short = false }: { lettered?: boolean; short?: boolean } = {}): PageHeaderMatch | undefined {
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const inner = matchPageHeader(bracketed[1]!, { lettered, short });
    const label = [inner?.label, bracketed[2]].filter((part) => part !== undefined).join('　');
    return inner && { ...inner, ...(label === '' ? {} : { label }) };
  }
  const numbered = PAGE_HEADER.exec(text) ?? WITH_PAGE_WORD.exec(text);
  if (numbered) return isLabel(numbered[3]) ? header(numbered[2], numbered[3], numbered[1]) : undefined;
  const bare = lettered ? (LETTERED.exec(text) ?? (short ? LETTERED_SHORT.exec(text) : null)) : null;
  if (bare) return header(bare[2], undefined, bare[1]);
  const plain = PLAIN_PAGE_WORD.exec(text) ?? CHINESE_PAGE_WORD.exec(text);
  if (plain) return isLabel(plain[2]) ? header(plain[1], plain[2], undefined) : undefined;
  const paged = P_PAGE.exec(text);
  if (paged) return header(paged[1], paged[2], undefined);
  const nameFirst = NAME_FIRST.exec(text);
  if (nameFirst && POINTER_WORDS.test(nameFirst[1] ?? '')) return undefined;
  if (nameFirst) return isLabel(nameFirst[3]) ? header(nameFirst[2], [nameFirst[1], nameFirst[3]].filter((part) => part).join('　'), undefined) : undefined;
  if (!lettered) return undefined;
  const after = NAMED_AFTER.exec(text);
  if (after) return header(after[2], after[3], after[1]);
  const padded = PADDED_NAMED.exec(text);
  if (padded) return header(padded[1], padded[2], undefined);
  const before = NAMED_BEFORE.exec(text);
  if (before) return header(before[3], `${before[1] ?? ''}${before[4] ?? ''}`, before[2]);
  return undefined;
}

/**
 * A page header in brackets, as a keeper or a site marks where a page begins in an issue's text (`【第一版　要闻】`,
 * `【二版·警营风采】　　责任编辑：刘洋`, `〖第3版〗`): the header inside, the page's credits perhaps after it.
 */
const BRACKETED = new RegExp(`^[【〖［\\[]\\s*([^【】〖〗［］\\[\\]]+?)\\s*[】〗］\\]](?:[\\s\\u3000]+(${PAGE_CREDITS}))?$`, 'u');

/**
 * What follows the page number is the page's name and its credits
 * (`国际新闻　责任编辑：王芳　美术编辑：李明　电话：010-65363456`), never
 * text: a line that goes on in clauses or sentences (`第1版()专栏: 标题 正文……。`, as
 * some database dumps print a whole article on its page's line) is text that
 * names its page, and is kept as text.
 */
function isLabel(label: string | undefined): boolean {
  return label === undefined || !/[，。！？；!?]/u.test(label);
}

/**
 * A page as printed, its section letters apart (`A`, `04`), as the archive
 * keeps it (`src/archive/pages.ts`): 4 for a plain page, which is below 1000
 * (`第1001版` is none), 1004 for a lettered one. Page headers, jump markers
 * and credit lines read their pages with it.
 */
export function printedPage(letters: string | undefined, number: string | undefined): number | undefined {
  const printed = number === undefined ? undefined : parseNumber(number);
  return printed === undefined || letters === undefined ? plainPage(printed) : letteredPage(letters, printed);
}

function header(number: string | undefined, label: string | undefined, section: string | undefined): PageHeaderMatch | undefined {
  const page = printedPage(section, number);
  if (page === undefined) return undefined;
  const match: PageHeaderMatch = { page };
  const trimmed = label?.trim();
  if (trimmed) match.label = trimmed;
  if (section !== undefined) match.section = section;
  return match;
}
