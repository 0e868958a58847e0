/**
 * A saved article page's own headline, found by the page's title. A platform may set its own heads above the
 * article's — the paper's name in an `<h1>`, the day in an `<h2>`, the article's headline only in an `<h3>`, as a
 * digital library's article view does — and name the article first in the page's title (`以色列稱… — Chung Sai Yat
 * Po, 15 January 1910 — California Digital Newspaper Collection`), as readers' extraction of a page's headline
 * trusts (the heading the `<title>` opens with). The heads of higher rank above that heading are the platform's: kept
 * as printed, as a site's menu is (`site-menu.ts`), never the article's head.
 *
 * @example
 *   markPlatformHeads([h1 'Chung Sai Yat Po', h2 '15 January 1910', h3 '以色列稱…', …], '以色列稱… — Chung Sai Yat Po, 15 January 1910 — …')
 *   // → the h1 and the h2 marked media and properties
 */
import { collapse } from './html-layout.ts';
import { isSiteName } from '../rules/paper-name.ts';
import { isTitleLine } from '../rules/title-line.ts';
import type { RawLine } from '../types.ts';

/** Between a page title's parts: a dash, a bar, an underscore, a colon, or spaces. */
const TITLE_PART_END = /^(?:\s*[—–|｜_:：·-]|\s|$)/u;

export function markPlatformHeads(lines: RawLine[], pageTitle: string): void {
  const title = collapse(pageTitle);
  // (Not a heading that is the paper's or the site's name, which a page's title may be alone: `运河日报`, `运河网`.)
  const titled = lines.findIndex((line) => {
    const text = collapse(line.text);
    return (
      line.hint?.heading !== undefined &&
      Array.from(text).length >= 2 &&
      !isSiteName(text) &&
      title.startsWith(text) &&
      TITLE_PART_END.test(title.slice(text.length))
    );
  });
  const level = lines[titled]?.hint?.heading;
  if (level === undefined) return;
  // The heads right above it, with no running text between (a page's second story's title names none of the first
  // story's head; a page's label, `第A03版：三农`, between the paper's name and the head is no text).
  for (let index = titled - 1; index >= 0; index -= 1) {
    const line = lines[index]!;
    const heading = line.hint?.heading;
    if (heading === undefined && line.hint?.media !== true && !isTitleLine(line.text)) break;
    if (heading !== undefined && heading < level) line.hint = { ...line.hint, media: true, properties: true };
  }
}
