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
import { epaperArticle } from './from-path.ts';
import { pageOfValue } from './from-frontmatter.ts';
import type { TextDate } from './from-text.ts';

const ADDRESS = /\bhttps?:\/\/[^\s)>\]"'<]+/u;

/** A day in an address's path: year, month and day in one or more segments, each part in its place, the day ending a segment or a name's part. */
const DATE_IN_PATH = /\/((?:19|20)[0-9]{2})[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12][0-9]|3[01])(?=[/_.-]|$)/u;

/**
 * A day as NetEase's news addresses give it, the year in two digits, then month and day, then the hour's folder
 * (`news.163.com/24/0905/10/JBV0A2E1000189FH.html`), as Sogou's and other corpora of the 2000s hold thousands: on
 * NetEase's hosts only (another site's `/12/0305/21/` is a forum's numbering).
 */
const SHORT_YEAR_PATH = /\/([0-9]{2})\/(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])\/(?:[01][0-9]|2[0-3])\//u;

/** A day in an address's query, as an e-paper's page names the issue it shows: `?date=2024-01-16`, `&pubdate=20240116`. */
const DATE_IN_QUERY = /[?&](?:date|pubdate|pub_date|paperdate)=((?:19|20)[0-9]{2})[-/]?(0[1-9]|1[0-2])[-/]?(0[1-9]|[12][0-9]|3[01])(?![0-9])/iu;

/** The first address in a text, and its path (no host, query or fragment). */
function addressIn(text: string): { address: string; path: string } | undefined {
  const address = ADDRESS.exec(text)?.[0];
  return address === undefined ? undefined : { address, path: address.replace(/^https?:\/\/[^/]+/u, '').replace(/[?#].*$/u, '') };
}

export function dateInAddress(text: string): TextDate | undefined {
  const found = addressIn(text);
  if (found === undefined) return undefined;
  const date = DATE_IN_PATH.exec(found.path) ?? DATE_IN_QUERY.exec(found.address.replace(/&amp;/gu, '&'));
  if (date) return { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), printed: found.address };
  const short = /^https?:\/\/(?:[a-z0-9-]+\.)*163\.com\//iu.test(found.address) ? SHORT_YEAR_PATH.exec(found.path) : null;
  if (!short) return undefined;
  return { year: 2000 + Number(short[1]), month: Number(short[2]), day: Number(short[3]), printed: found.address };
}

/** A page in an address's query: a printed page's own name (`&banci=A03`, 版次), or a page beside the day (`&page=01`, `&pageNo=3`). */
const PRINTED_PAGE_IN_QUERY = /[?&](?:banci|bc)=([A-Z]{0,2}[0-9]{1,3})(?![0-9A-Za-z])/iu;
const PAGE_IN_QUERY = /[?&](?:page|pageno|pagenum|page_no)=([A-Z]{0,2}[0-9]{1,3})(?![0-9A-Za-z])/iu;
const PAGE_NUMBER_IN_QUERY = /[?&](?:pageno|pagenum|page_no)=([A-Z]{0,2}[0-9]{1,3})(?![0-9A-Za-z])/iu;

/**
 * The printed page an address names: an e-paper's query (`detail.html?date=2024-01-16&id=1&page=01`: a `page` beside the
 * issue's day only, where a site's `?page=2` is a story's or a thread's second web page), or its article's name as an
 * e-paper system gives it (`nw.D110000renmrb_20240305_1-01.htm`, `Articel01002MT.htm`: page 1, `from-path.ts`).
 */
export function pageInAddress(text: string): number | undefined {
  const found = addressIn(text);
  if (found === undefined) return undefined;
  const address = found.address.replace(/&amp;/gu, '&');
  // (An e-paper's own name for the page, `pageNo`, beside the day in its path: `…/html/2024-03/08/content_88.htm?div=-1&pageNo=3`.)
  const query =
    PRINTED_PAGE_IN_QUERY.exec(address)?.[1] ??
    (DATE_IN_QUERY.test(address) ? PAGE_IN_QUERY.exec(address)?.[1] : undefined) ??
    (DATE_IN_PATH.test(found.path) ? PAGE_NUMBER_IN_QUERY.exec(address)?.[1] : undefined);
  if (query !== undefined) return pageOfValue(query)?.page;
  return epaperArticle(found.path.split('/').at(-1) ?? '')?.page;
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
