/**
 * Which search bundles a query asks. Bundles are by year (`2024`) or by
 * month (`2024-03`); the year filter is a year whatever the bundle grain, so
 * a bundle is chosen by the year it lies in, or by the period a date range
 * reaches. (Counts per year come from the index's `year` filter.)
 *
 * @example
 *   shardsOfYear([{ key: '2024-03' }, { key: '2023-12' }], '2024') // → [{ key: '2024-03' }]
 */
import { yearOfShard } from '../../archive/shards.ts';

/** The bundles to search: every one, or those of the chosen year. */
export function shardsOfYear<T extends { key: string }>(all: readonly T[], year: string | undefined): T[] {
  return year ? all.filter((shard) => yearOfShard(shard.key) === year) : [...all];
}

/** A date range by day (`YYYY-MM-DD`), either end open. */
export interface DateRange {
  from?: string | undefined;
  to?: string | undefined;
}

/**
 * The bundles a date range can reach: a bundle of a year or a month is
 * searched only when its period overlaps the range, so a range of one month
 * downloads that month's (or year's) index alone.
 *
 * @example
 *   shardsInRange([{ key: '2024-03' }, { key: '2024-02' }], { from: '2024-03-05' }) // → [{ key: '2024-03' }]
 */
export function shardsInRange<T extends { key: string }>(all: readonly T[], range: DateRange): T[] {
  return all.filter((shard) => {
    const year = shard.key.length === 4;
    const first = year ? `${shard.key}-01-01` : `${shard.key}-01`;
    const last = year ? `${shard.key}-12-31` : `${shard.key}-31`;
    return !(range.from !== undefined && last < range.from) && !(range.to !== undefined && first > range.to);
  });
}

/** Whether a range has an end at all. */
export function isBounded(range: DateRange): boolean {
  return range.from !== undefined || range.to !== undefined;
}

/** Whether a day lies in a range. */
export function inRange(date: string, range: DateRange): boolean {
  return !(range.from !== undefined && date < range.from) && !(range.to !== undefined && date > range.to);
}
