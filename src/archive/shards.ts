/**
 * Shard keys: an archive is split by date into shards — a year (`2024`) or a
 * month (`2024-03`) — for the site's parts and for the search bundles.
 */
export type ShardBy = 'year' | 'month';

/** The list of search bundles, relative to the site's root (see bundles.ts). */
export const BUNDLE_LIST = 'pagefind/baoku-shards.json';

/**
 * The search hub, relative to the site's root: a Pagefind bundle of one
 * inert record (search/hub.ts) whose runtime and wasm the search page starts
 * every bundle from (search/client/bundles.ts). Not a shard: not listed.
 */
export const SEARCH_HUB = 'pagefind/hub/';

/** The shard of an issue date: `2024-03-08` → `2024` (or `2024-03` by month). */
export function shardOfDate(date: string, by: ShardBy): string {
  return by === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

/** Whether a text is a shard key of this grain (`2024`, `2024-03`). */
export function isShardKey(value: string, by: ShardBy): boolean {
  return by === 'year' ? /^\d{4}$/u.test(value) : /^\d{4}-\d{2}$/u.test(value);
}

/** The year of a shard key of either grain: `2024-03` → `2024`. */
export function yearOfShard(key: string): string {
  return key.slice(0, 4);
}

/**
 * The shard of a built page from its path alone (`papers/<paper>/2024/03/08/…`),
 * so that grouping pages reads no file. Pages outside the dated tree have none.
 */
export function shardOfPagePath(file: string, by: ShardBy): string | undefined {
  const match = /^papers\/[^/]+\/(\d{4})\/(\d{2})\/(\d{2})\//u.exec(file);
  return match ? shardOfDate(`${match[1]}-${match[2]}-${match[3]}`, by) : undefined;
}
