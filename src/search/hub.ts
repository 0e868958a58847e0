/**
 * The search hub, `pagefind/hub/`: a Pagefind bundle of one inert record,
 * from which the search page starts every bundle (client/bundles.ts): each
 * bundle's Pagefind object is created on the hub and the bundle merged into
 * it, so that every object loads the same `wasm.unknown.pagefind` (one URL,
 * which the browser downloads once) instead of its own bundle's copy.
 *
 * Pagefind writes no usable bundle without a record (an empty text is
 * dropped, and a bundle with no language index cannot start), so the hub
 * holds one that no search of the page can return:
 * - its only word is `ａ` (U+FF41, full-width a); the page folds every query
 *   to half-width before asking (foldWidth), so no term it sends contains it,
 *   and Pagefind finds a word only from a term it begins with;
 * - it has no filter value and no sort value: a search under any filter
 *   leaves it out.
 * Only a search for every record (no term, no filter) lists it; the page
 * makes that one to order by date the records a term found, which it never
 * is. `tests/site/search-hub.test.ts` checks all of this in Chromium.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { SEARCH_HUB } from '../archive/shards.ts';

/** The hub's one record. */
export const HUB_RECORD = { url: '/', content: '\u{FF41}', language: 'und' } as const;

/** Write the hub into a built site's `pagefind/hub/`, replacing any there. */
export async function writeHub(root: string): Promise<void> {
  const outputPath = path.join(root, SEARCH_HUB);
  await rm(outputPath, { recursive: true, force: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
  if (!index) throw new Error(`Pagefind could not create the search hub: ${errors.join('; ')}`);
  const added = await index.addCustomRecord({ ...HUB_RECORD });
  if (added.errors.length > 0) throw new Error(`Pagefind rejected the search hub's record: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the search hub: ${written.errors.join('; ')}`);
  await index.deleteIndex();
}
