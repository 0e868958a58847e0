/**
 * Which script a text is printed in: the share of its Han characters that
 * opencc's Traditional→Simplified table changes.
 *
 * @example
 *   detectScript('北環線工程下月動工') // → 'hant'
 *   detectScript('北环线工程下月动工') // → 'hans'
 */
import * as OpenCC from 'opencc-js/t2cn';
import type { Script } from './script.ts';

/** Above this share of changed characters a text is taken for Traditional. */
const TRADITIONAL_SHARE = 0.05;

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function detectScript(text: string): Script {
  const han = Array.from(text).filter((char) => /\p{Script=Han}/u.test(char));
  if (han.length === 0) return 'hans';
  const converted = Array.from(toSimplified(han.join('')));
  const changed = han.filter((char, index) => converted[index] !== char).length;
  return changed / han.length > TRADITIONAL_SHARE ? 'hant' : 'hans';
}
