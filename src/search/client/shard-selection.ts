/**
 * Which search bundles a query asks, and the year counts they give. Bundles
 * are by year (`2024`) or by month (`2024-03`); the year filter is a year
 * whatever the bundle grain, so a bundle is chosen by the year it lies in.
 *
 * @example
 *   shardsOfYear([{ key: '2024-03' }, { key: '2023-12' }], '2024') // → [{ key: '2024-03' }]
 */
import { yearOfShard } from '../../archive/shards.ts';

/** The bundles to search: every one, or those of the chosen year. */
export function shardsOfYear<T extends { key: string }>(all: readonly T[], year: string | undefined): T[] {
  return year ? all.filter((shard) => yearOfShard(shard.key) === year) : [...all];
}

/** Add one bundle's result count to the counts per year. */
export function addYearCount(counts: Readonly<Record<string, number>>, shardKey: string, results: number): Record<string, number> {
  const year = yearOfShard(shardKey);
  return { ...counts, [year]: (counts[year] ?? 0) + results };
}
