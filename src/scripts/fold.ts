/**
 * Fold a query to Simplified, the script the index is in: a Traditional
 * query (兩國關係) finds Simplified text (两国关系). Uses opencc-js's t2cn
 * build (~38 KB brotli), loaded with the search page only.
 *
 * @example
 *   foldQuery('兩國關係') // → '两国关系'
 */
import * as OpenCC from 'opencc-js/t2cn';
import { foldWidth } from '../utils/fold-width.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export function foldQuery(query: string): string {
  return foldWidth(toSimplified(query)).replace(/\s+/gu, ' ').trim();
}

/** The parts a result must contain, each as a substring: the query split at spaces. */
export function queryParts(folded: string): string[] {
  return folded.split(' ').filter((part) => part !== '');
}
