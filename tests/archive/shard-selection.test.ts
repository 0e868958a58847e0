/** The year filter chooses search bundles by the year they lie in, whatever their grain. */
import { describe, expect, it } from 'vitest';
import { addYearCount, shardsOfYear } from '../../src/search/client/shard-selection.ts';

const months = [{ key: '2024-03' }, { key: '2024-02' }, { key: '2023-12' }];

describe('shard selection', () => {
  it('finds the month bundles of a year', () => {
    expect(shardsOfYear(months, '2024')).toEqual([{ key: '2024-03' }, { key: '2024-02' }]);
    expect(shardsOfYear([{ key: '2024' }, { key: '2023' }], '2023')).toEqual([{ key: '2023' }]);
    expect(shardsOfYear(months, undefined)).toEqual(months);
  });

  it('counts results per year, not per bundle', () => {
    let counts: Record<string, number> = {};
    counts = addYearCount(counts, '2024-03', 2);
    counts = addYearCount(counts, '2024-02', 3);
    counts = addYearCount(counts, '2023-12', 1);
    expect(counts).toEqual({ 2024: 5, 2023: 1 });
  });
});
