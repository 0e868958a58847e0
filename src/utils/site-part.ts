/**
 * Which part of the site a build makes. A large archive is built in parts
 * by separate processes (or CI jobs) and merged (scripts/build-shards.ts):
 *
 * - `BAOKU_SHARD` unset: the whole site in one build.
 * - `BAOKU_SHARD=global`: the pages over the whole archive (home, papers,
 *   calendars, name indexes, search, feed), from every issue and the
 *   metadata of every section and Q&A entry, without their text.
 * - `BAOKU_SHARD=2024` (or `2024-03` with `BAOKU_SHARD_BY=month`): the
 *   issue, section and Q&A pages dated in that year (month), from every
 *   issue (for previous/next links and name slugs) and the text of the
 *   sections and Q&A entries of that shard alone.
 *
 * Shards are the same for the site and for the search index.
 */

/** How issues are grouped into shards: by year, or by month for archives whose years are too large for one build. */
export type ShardBy = 'year' | 'month';

export type SitePart = { kind: 'all' } | { kind: 'global' } | { kind: 'shard'; key: string };

export function shardBy(): ShardBy {
  return process.env['BAOKU_SHARD_BY'] === 'month' ? 'month' : 'year';
}

/**
 * How the search index is split into bundles (`pagefind/<key>/`): by
 * `BAOKU_SEARCH_SHARD_BY`, else like the site. Never coarser than the site's
 * parts, since each part indexes its own pages: with parts by year, search
 * bundles may be by month (smaller indexes, less memory, fewer bytes for a
 * first query); with parts by month they are by month.
 */
export function searchShardBy(): ShardBy {
  const wanted = process.env['BAOKU_SEARCH_SHARD_BY'];
  if (shardBy() === 'month') return 'month';
  return wanted === 'month' || wanted === 'year' ? wanted : 'year';
}

/** The shard of an issue date: `2024-03-08` → `2024` (or `2024-03` by month). */
export function shardOfDate(date: string, by: ShardBy = shardBy()): string {
  return by === 'month' ? date.slice(0, 7) : date.slice(0, 4);
}

export function sitePart(): SitePart {
  const value = process.env['BAOKU_SHARD'];
  if (value === undefined || value === '') return { kind: 'all' };
  if (value === 'global') return { kind: 'global' };
  const by = shardBy();
  if ((by === 'year' && /^\d{4}$/u.test(value)) || (by === 'month' && /^\d{4}-\d{2}$/u.test(value))) return { kind: 'shard', key: value };
  throw new Error(
    `BAOKU_SHARD=${value} is not a site part: use \`global\`, or a ${by} such as \`${by === 'year' ? '2024' : '2024-03'}\` (BAOKU_SHARD_BY=${by}); unset it to build the whole site`,
  );
}

/** Whether this build makes the pages over the whole archive. */
export function buildsGlobalPages(part: SitePart = sitePart()): boolean {
  return part.kind !== 'shard';
}

/** Whether this build makes the pages of an issue of this date (and of its sections and Q&A entries). */
export function buildsIssuePages(date: string, part: SitePart = sitePart()): boolean {
  return part.kind === 'all' || (part.kind === 'shard' && shardOfDate(date) === part.key);
}
