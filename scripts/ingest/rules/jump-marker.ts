/**
 * Rule: jump markers that send the reader to another page, anywhere in a line.
 *
 * @example
 *   findJumpMarkers('…就不会得势。（下转2版）') // → [{direction: 'to', page: 2, from: 38, to: 44}]
 *   findJumpMarkers('（下轉第2版）') // → [{direction: 'to', page: 2, …}] (as a Traditional paper prints it)
 *   findJumpMarkers('（下转A04版）') // → [{direction: 'to', page: 1004, …}] (a lettered page, `src/archive/pages.ts`)
 */
import { NUMBER } from '../numerals.ts';
import { PAGE_SECTION, printedPage } from './page-header.ts';

/** `（下转2版）`, `（上接第1版）`, and an e-paper's lettered page (`（下转A04版）`). */
const MARKER = new RegExp(`[（(]\\s*(下转|下轉|转|轉|上接|接|紧接|緊接|续|續)\\s*第?\\s*(${PAGE_SECTION})?\\s*(${NUMBER})\\s*版\\s*[）)]`, 'gu');

/** Verbs that send the reader onwards; every other verb points back. */
const ONWARD = new Set(['下转', '下轉', '转', '轉']);

export interface FoundMarker {
  direction: 'to' | 'from';
  page: number;
  printed: string;
  from: number;
  to: number;
}

export function findJumpMarkers(text: string): FoundMarker[] {
  const found: FoundMarker[] = [];
  for (const match of text.matchAll(MARKER)) {
    const page = printedPage(match[2], match[3]);
    if (page === undefined) continue;
    found.push({
      direction: ONWARD.has(match[1] ?? '') ? 'to' : 'from',
      page,
      printed: match[0],
      from: match.index,
      to: match.index + match[0].length,
    });
  }
  return found;
}
