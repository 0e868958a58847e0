/**
 * Fold a query to Simplified, the script the index is in: a Traditional
 * query (兩國關係) finds Simplified text (两国关系). Uses opencc-js's t2cn
 * build (~38 KB brotli), loaded with the search page only.
 *
 * @example
 *   foldQuery('兩國關係') // → '两国关系'
 */
import * as OpenCC from 'opencc-js/t2cn';
import HKVariants from 'opencc-js/dict/HKVariants';
import TWVariants from 'opencc-js/dict/TWVariants';
import { foldWidth } from '../fold-width.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
/** With the site's regional variants reversed too (著 → 着, 裡 → 里), as the pages show them. */
const pageToSimplified = OpenCC.Converter({ from: import.meta.env.BAOKU_TRADITIONAL, to: 'cn' });
/** Regional variant → opencc's form (著 → 着, 裡 → 裏), one character for one: opencc reads 飄著 as a phrase and keeps 著. */
const variantOf = new Map(
  [TWVariants, HKVariants].flatMap((table) =>
    table.split('|').flatMap((entry) => {
      const [from = '', to = ''] = entry.split(' ');
      return Array.from(from).length === 1 && Array.from(to).length === 1 ? [[to, from] as const] : [];
    }),
  ),
);
const mergeVariants = (text: string): string => Array.from(text, (char) => variantOf.get(char) ?? char).join('');
const foldChars = (text: string): string => foldWidth(mergeVariants(pageToSimplified(pageToSimplified(mergeVariants(text)))));

export function foldQuery(query: string): string {
  return foldWidth(toSimplified(query)).replace(/\s+/gu, ' ').trim();
}

/** The parts a result must contain, each as a substring: the query split at spaces. */
export function queryParts(folded: string): string[] {
  return folded.split(' ').filter((part) => part !== '');
}

export interface FoldedText {
  text: string;
  /** For each UTF-16 offset of `text` (and its end), the offset in the original. */
  offsets: number[];
}

/**
 * Text of either script folded for comparison (highlighting): to Simplified
 * twice, so that Simplified and Traditional text meet although opencc reads
 * some characters in Traditional phrases only (顯著 → 显著, but 显著 → 显着:
 * both give 显着), with the site's regional variants reversed (掛著 → 挂着),
 * and full-width digits and letters to ASCII; with the offsets back into
 * the original.
 *
 * @example
 *   foldText('頭髮').text // → '头发'
 */
export function foldText(original: string): FoldedText {
  const whole = foldChars(original);
  if (whole.length === original.length) return { text: whole, offsets: Array.from({ length: whole.length + 1 }, (_, index) => index) };
  // A conversion that changed lengths: fold character by character, keeping where each came from.
  let text = '';
  const offsets: number[] = [];
  let at = 0;
  for (const char of original) {
    const folded = foldChars(char);
    for (let unit = 0; unit < folded.length; unit += 1) offsets.push(at);
    text += folded;
    at += char.length;
  }
  offsets.push(at);
  return { text, offsets };
}
