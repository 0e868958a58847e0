/**
 * A scraper's header over an article's text, front matter with no fences:
 * a line per field, an ASCII key, a colon and its value (or none), down to
 * the key that opens the text (`content:`) or the first blank line, with a
 * title among its keys or the text's key under them
 * (`id: 1287311` / `url: http://…` / `pub_date: 2024-11-10` / `page: A07` /
 * `pretitle: ` / `title: 早市里的“流动图书车”` / `author: ` / `content:`).
 * Read as front matter is, by the same names (`facts/field-names.ts`): the
 * lines are the file's facts and head, kept as printed, never a section.
 *
 * @example
 *   readKeyValueHeader('id: 1\ntitle: 标题\npage: A07\ncontent:\n正文') // → {data: {id: '1', title: '标题', page: 'A07'}, endLine: 4}
 */
import { isPropertyKey } from '../facts/from-frontmatter.ts';
import { roleOfName } from '../facts/field-names.ts';
import type { Frontmatter } from './frontmatter.ts';

/** A header's line: a key of ASCII letters, digits, `_`, `.` or `-`, a colon, its value or nothing (`pretitle: `). */
const HEADER_LINE = /^([A-Za-z][A-Za-z0-9_.-]{0,30})[ \t]*:(?:[ \t]*(.*?))?[ \t]*$/u;

/** The key whose value is the text under it: `content:`, `body:`. */
const TEXT_KEY = /^(?:content|body|text|article|fulltext|full_text)$/iu;

/** Fewest lines of a header, and fewest of its keys that front matter is read by (`title`, `date`, `page`, `author`, `url`…). */
const MIN_LINES = 3;
const MIN_KNOWN_KEYS = 2;

export function readKeyValueHeader(text: string): Frontmatter | undefined {
  const rows = text.replace(/^\ufeff/u, '').split(/\r\n|\r|\n/u);
  const data: Record<string, unknown> = {};
  let lines = 0;
  let known = 0;
  let titled = false;
  let textKey = false;
  let firstKey: string | undefined;
  for (const row of rows) {
    const match = HEADER_LINE.exec(row);
    // (An address's `http://…` is a value, never a key: a line that opens on one is no header's.)
    if (row.trim() === '' || !match || /^https?$/iu.test(match[1]!)) break;
    const [, key, value] = match as unknown as [string, string, string | undefined];
    firstKey ??= key;
    // (The text's own key, with the text on the lines under it; with the text after it on its line, it is the text's.)
    if (TEXT_KEY.test(key)) {
      if (value === undefined || value === '') lines += 1;
      textKey = true;
      break;
    }
    lines += 1;
    if (isPropertyKey(key)) known += 1;
    if (roleOfName(key, 'frontmatter') === 'title') titled = true;
    if (value !== undefined && value !== '') data[key] = value;
  }
  // (Only a header that gives the head or opens the text: a site's lines of address, time and source over a headline the
  // text prints, `url: …` / `crawl_time: …` / `source: 运河网`, are read line by line, as a saved page's are.)
  if (lines < MIN_LINES || known < MIN_KNOWN_KEYS || !(titled || textKey)) return undefined;
  // (A dump of several records, each under its own header, `title:` … `content:` again further down: a data file's records,
  // read as such, not one header over the rest.)
  if (rows.slice(lines).some((row) => HEADER_LINE.exec(row)?.[1] === firstKey)) return undefined;
  return { data, endLine: lines };
}
