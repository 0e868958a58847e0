/**
 * A text of a paper printed in Traditional, as a page in the given script
 * shows it: converted to Simplified (characters only, `tw → cn` or
 * `hk → cn` as configured) on Simplified pages, unchanged otherwise. For
 * text outside the elements the post-build converter handles (`<title>`,
 * the meta description).
 *
 * @example
 *   shownIn('hans', 'hant', '港島日報') // → '港岛日报'
 */
import { settings } from '../archive/settings.ts';
import type { Script } from '../archive/script.ts';
import { converters } from '../integrations/script-converters.ts';
import { toSimplifiedConverter } from './to-simplified.ts';

export function shownIn(script: Script, printed: Script, text: string): string {
  return script === 'hans' && printed === 'hant' ? toSimplifiedConverter(settings().traditional)(text) : text;
}

/**
 * A text of a page's head (`<title>`, the description): the site's own words, as written (Simplified), and — marked
 * `{ printed }` — a paper's words (its name, a headline, a byline).
 *
 * @example
 *   [{ printed: '港島日報' }, ' 2024年6月12日，', { printed: '台北' }, '提问']
 */
export type HeadText = string | ReadonlyArray<string | { printed: string }>;

/**
 * A head text as a page in `script` shows it. A paper printed in Simplified: as written, converted after the build with
 * the rest of a Traditional page. A paper printed in Traditional: on Simplified pages, its words in Simplified; on
 * Traditional pages its words **as printed** and the site's words converted now, the whole marked `asPrinted` so that the
 * post-build conversion leaves it (`utils/as-printed.ts`) — `cn → tw` would rewrite the paper's `台北` as `臺北`.
 */
export function headText(script: Script, printed: Script, text: HeadText): { text: string; asPrinted: boolean } {
  const parts = typeof text === 'string' ? [text] : text;
  const asPrinted = script === 'hant' && printed === 'hant';
  const toTraditional = asPrinted ? converters(settings().traditional).toTraditional : undefined;
  return {
    text: parts.map((part) => (typeof part === 'string' ? (toTraditional ? toTraditional(part) : part) : shownIn(script, printed, part.printed))).join(''),
    asPrinted,
  };
}
