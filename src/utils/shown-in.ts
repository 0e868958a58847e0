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
import { toSimplifiedConverter } from './to-simplified.ts';

export function shownIn(script: Script, printed: Script, text: string): string {
  return script === 'hans' && printed === 'hant' ? toSimplifiedConverter(settings().traditional)(text) : text;
}
