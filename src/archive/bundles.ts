/**
 * The list of search bundles, `pagefind/baoku-shards.json`: written by the
 * search index (src/search/) and by the merge of the build in parts
 * (scripts/shards/merge.ts), read by the search page. One Pagefind bundle per
 * shard key (`pagefind/2024/`, `pagefind/2024-03/`), newest first.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export interface SearchShard {
  /** The bundle's shard key (`2024`, `2024-03`). */
  key: string;
  /** Pages (records) it holds. */
  pages: number;
}

import { BUNDLE_LIST, SEARCH_HUB } from './shards.ts';

/** The hub's folder in `pagefind/` (`hub`): a bundle, but not a shard. */
export const HUB_NAME = path.posix.basename(SEARCH_HUB);

/**
 * Write `pagefind/baoku-shards.json` from the shard bundles present (newest
 * first; the hub is not one): shards built by separate jobs into one
 * `pagefind/` folder are merged by this step alone.
 */
export async function mergeShardList(root: string): Promise<SearchShard[]> {
  const folder = path.join(root, 'pagefind');
  await mkdir(folder, { recursive: true });
  const shards: SearchShard[] = [];
  for (const entry of (await readdir(folder, { withFileTypes: true }))
    .filter((item) => item.isDirectory() && item.name !== HUB_NAME)
    .map((item) => item.name)
    .sort()
    .reverse()) {
    const meta = await readFile(path.join(folder, entry, 'pagefind-entry.json'), 'utf8').catch(() => undefined);
    if (!meta) continue;
    const languages = (JSON.parse(meta) as { languages: Record<string, { page_count: number }> }).languages;
    shards.push({ key: entry, pages: Object.values(languages).reduce((sum, language) => sum + language.page_count, 0) });
  }
  await writeFile(path.join(root, BUNDLE_LIST), `${JSON.stringify(shards)}\n`);
  return shards;
}
