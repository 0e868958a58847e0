/**
 * Which part of the site a build makes. A large archive is built in parts
 * by separate processes (or CI jobs) and merged (scripts/build-shards.ts):
 *
 * - no part given: the whole site in one build.
 * - `global`: the pages over the whole archive (home, papers, calendars,
 *   name indexes, search, feed), from every issue and the metadata of every
 *   section and Q&A entry, without their text.
 * - a shard (`2024`, or `2024-03` with `shards.parts: 'month'`): the issue,
 *   section and Q&A pages dated in it, from every issue (for previous/next
 *   links and name slugs) and the text of that shard's sections and Q&A
 *   entries alone.
 */
import { isShardKey, shardOfDate } from '../archive/shards.ts';
import { ConfigError, settings, sitePartValue } from '../archive/settings.ts';

export type SitePart = { kind: 'all' } | { kind: 'global' } | { kind: 'shard'; key: string };

export function sitePart(value: string | undefined = sitePartValue()): SitePart {
  if (value === undefined) return { kind: 'all' };
  if (value === 'global') return { kind: 'global' };
  const by = settings().shards.parts;
  if (isShardKey(value, by)) return { kind: 'shard', key: value };
  throw new ConfigError(
    `BAOKU_SHARD=${value} is not a site part of this archive (parts by ${by}).\n  Fix: use \`global\` or a ${by} such as \`${by === 'year' ? '2024' : '2024-03'}\`, or unset BAOKU_SHARD to build the whole site.`,
  );
}

/** Whether this build makes the pages over the whole archive. */
export function buildsGlobalPages(part: SitePart = sitePart()): boolean {
  return part.kind !== 'shard';
}

/** Whether this build makes the pages of an issue of this date (and of its sections and Q&A entries). */
export function buildsIssuePages(date: string, part: SitePart = sitePart()): boolean {
  return part.kind === 'all' || (part.kind === 'shard' && shardOfDate(date, settings().shards.parts) === part.key);
}
