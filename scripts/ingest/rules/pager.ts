/**
 * A pager: the row of links a site prints under a story it cuts into pages
 * (`上一页 1 2 3 下一页`, `共3页`, `第2页 共3页`, `[1] [2] [3]`, `« 上一頁 | 下一頁 »`).
 * Read for what it says of the story's pages — how many, which this one is —
 * so that ingest can put a story's pages back together (`article-pages.ts`);
 * and the page a site adds to a later page's copy of the headline
 * (`withoutPageMark`). The line itself is furniture (`rules/structure-line.ts`,
 * `formats/html-layout.ts`).
 *
 * @example
 *   readPager('上一页 1 2 3 下一页 共3页') // → {total: 3, numbers: [1, 2, 3]}
 *   readPager('第2页 共3页') // → {current: 2, total: 3, numbers: []}
 *   readPager('共有3页文章在此') // → undefined
 */

export interface Pager {
  /** The page this is, when the pager says (`第2页`, `2/3`). */
  current?: number;
  /** How many pages the story has, when the pager says (`共3页`). */
  total?: number;
  /** The page numbers it lists, in order. */
  numbers: number[];
}

/** A pager's words: the way to the pages before and after, the first and the last. */
const PAGER_WORD = /上一页|上一頁|下一页|下一頁|首页|首頁|尾页|尾頁|前一页|前一頁|后一页|後一頁|末页|末頁|上页|下页|上頁|下頁/u;
const PAGER_WORDS = new RegExp(PAGER_WORD.source, 'gu');
const TOTAL = /共\s*([0-9]{1,3})\s*[页頁]/u;
const CURRENT = /第\s*([0-9]{1,3})\s*[页頁]|(?<![0-9])([0-9]{1,3})\s*[/／]\s*[0-9]{1,3}(?![0-9])/u;
/** What a pager holds besides its numbers and words: brackets, bars, arrows, `分页：`, spaces. */
const FILLER = /[\s\u3000[\]【】()（）|｜«»‹›<>＜＞…·.,，:：、-]|分页|分頁|页码|頁碼|跳转|跳轉|到第|转到|轉到|页|頁|第|共/gu;

/** What a line or a pager element says of a story's pages; `undefined` when the text is no pager. */
export function readPager(text: string): Pager | undefined {
  const line = text.trim();
  // (Called for every line as a structure line's test: the patterns first, the length, which spreads the line, after.)
  const total = TOTAL.exec(line);
  const current = CURRENT.exec(line);
  const worded = PAGER_WORD.test(line);
  if ((!worded && !total && !current) || Array.from(line).length > 80) return undefined;
  // Nothing left but the pager's words, numbers and filler: `共有3页文章在此` is a sentence.
  const rest = line
    .replace(PAGER_WORDS, '')
    .replace(/[0-9]+/gu, '')
    .replace(FILLER, '');
  if (rest !== '') return undefined;
  const numbered = line.replace(TOTAL, ' ').replace(CURRENT, ' ');
  const numbers = [...numbered.matchAll(/(?<![0-9])([0-9]{1,3})(?![0-9])/gu)].map((match) => Number(match[1]));
  // A bare `第2页` or `共3页` is a page count of a printed document (`rules/structure-line.ts`), not a pager, unless with the other;
  // a menu's `首页` is no pager: a pager has numbers, or the way back or on (`下一页`, alone a pager's last link).
  const wayOn = /[上下前后後]一?[页頁]/u.test(line);
  if (!(total && current) && !((worded || total) && numbers.length >= 2) && !wayOn && !(total && worded)) return undefined;
  const pager: Pager = { numbers };
  const at = current ? Number(current[1] ?? current[2]) : undefined;
  if (at !== undefined && at > 0) pager.current = at;
  if (total) pager.total = Number(total[1]);
  return pager;
}

/** A headline without the page number a site adds to a later page's copy of it (`标题（2）`, `标题(第2页)`, `标题 2/3`). */
export function withoutPageMark(headline: string): string {
  return headline
    .replace(/\s*[（(]\s*(?:第\s*)?[0-9]{1,2}\s*(?:[页頁])?\s*(?:[/／]\s*[0-9]{1,2})?\s*[）)]\s*$/u, '')
    .replace(/\s+[0-9]{1,2}\s*[/／]\s*[0-9]{1,2}\s*$/u, '')
    .replace(/\s/gu, '');
}
