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
import type { TextDate } from './from-text.ts';

const ADDRESS = /\bhttps?:\/\/[^\s)>\]"'<]+/u;

/** A day in an address's path: year, month and day in one or more segments, each part in its place, the day ending a segment or a name's part. */
const DATE_IN_PATH = /\/((?:19|20)[0-9]{2})[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12][0-9]|3[01])(?=[/_.-]|$)/u;

export function dateInAddress(text: string): TextDate | undefined {
  const address = ADDRESS.exec(text)?.[0];
  if (address === undefined) return undefined;
  const path = address.replace(/^https?:\/\/[^/]+/u, '').replace(/[?#].*$/u, '');
  const date = DATE_IN_PATH.exec(path);
  if (!date) return undefined;
  return { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), printed: address };
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
