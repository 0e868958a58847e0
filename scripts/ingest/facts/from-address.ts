/**
 * The date in the address a page was saved from, as e-papers and news sites
 * file their pages by day: `https://epaper.jcwb.cn/html/2024-04/08/content_5249.htm`,
 * `…/2024/03/08/…`, `…/202403/08/…`, `…/20240308/…`, `…/n1/2024/0308/c1001-….html`.
 * A clipped note keeps that address (`Source URL https://…`, front matter's
 * `source:`/`url:`) when it keeps no other date: the page's day, the last
 * source of a date (`facts/resolve.ts` says when it is used).
 *
 * @example
 *   dateInAddress('https://epaper.jcwb.cn/html/2024-04/08/content_5249.htm') // → {year: 2024, month: 4, day: 8, printed: 'https://…'}
 */
import type { RawLine } from '../types.ts';
import { factsFromPath } from './from-path.ts';
import { pageOfValue } from './from-frontmatter.ts';
import type { TextDate } from './from-text.ts';

const ADDRESS = /\bhttps?:\/\/[^\s)>\]"'<]+/u;

/** A day in an address's path: year, month and day in one or more segments, each part in its place, the day ending a segment or a name's part. */
const DATE_IN_PATH = /\/((?:19|20)[0-9]{2})[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12][0-9]|3[01])(?=[/_.-]|$)/u;

/** A day in an address's query, as an e-paper's page names the issue it shows: `?date=2024-01-16`, `&pubdate=20240116`, `&d=2024/01/16`. */
const DATE_IN_QUERY = /[?&](?:date|pubdate|pub_date|paperdate|d)=((?:19|20)[0-9]{2})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12][0-9]|3[01])(?![0-9])/iu;

export function dateInAddress(text: string): TextDate | undefined {
  const address = ADDRESS.exec(text)?.[0];
  if (address === undefined) return undefined;
  const path = address.replace(/^https?:\/\/[^/]+/u, '').replace(/[?#].*$/u, '');
  const date = DATE_IN_PATH.exec(path) ?? DATE_IN_QUERY.exec(address.replace(/&amp;/gu, '&'));
  if (!date) return undefined;
  return { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), printed: address };
}

/** A page in an address's query, as an e-paper's page names it: `&page=01`, `&pageNo=3`, `&banci=A03` (版次). */
const PAGE_IN_QUERY = /[?&](?:page|pageno|pagenum|page_no|banci|bc)=([A-Z]{0,2}[0-9]{1,3})(?![0-9A-Za-z])/iu;

/**
 * The printed page an address names: its query's (`detail.html?date=2024-01-16&id=1&page=01`), or the page its file's name
 * gives by the rules a file's own name is read by (`nw.D110000renmrb_20240305_1-01.htm`: page 1, `from-path.ts`).
 */
export function pageInAddress(text: string): number | undefined {
  const address = ADDRESS.exec(text)?.[0];
  if (address === undefined) return undefined;
  const query = PAGE_IN_QUERY.exec(address.replace(/&amp;/gu, '&'))?.[1];
  if (query !== undefined) return pageOfValue(query)?.page;
  const name =
    address
      .replace(/[?#].*$/u, '')
      .split('/')
      .at(-1) ?? '';
  return name === '' ? undefined : factsFromPath(name, '').page;
}

/** Lines at a file's top and foot, where a saved page's address stands. */
const NEAR = 5;

/** The first address with a day among the first and last lines of a text. */
export function dateInAddresses(lines: readonly RawLine[]): { date: TextDate; line: RawLine } | undefined {
  for (const line of [...lines.slice(0, NEAR), ...lines.slice(Math.max(NEAR, lines.length - NEAR))]) {
    const date = dateInAddress(line.text);
    if (date) return { date, line };
  }
  return undefined;
}
