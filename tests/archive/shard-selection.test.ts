/** The year filter and the date range choose search bundles by the period they cover, whatever their grain. */
import { describe, expect, it } from 'vitest';
import { inRange, isBounded, shardsInRange, shardsOfYear } from '../../src/search/client/shard-selection.ts';

const months = [{ key: '2024-03' }, { key: '2024-02' }, { key: '2023-12' }];

describe('shard selection', () => {
  it('finds the month bundles of a year', () => {
    expect(shardsOfYear(months, '2024')).toEqual([{ key: '2024-03' }, { key: '2024-02' }]);
    expect(shardsOfYear([{ key: '2024' }, { key: '2023' }], '2023')).toEqual([{ key: '2023' }]);
    expect(shardsOfYear(months, undefined)).toEqual(months);
  });

  it('searches only the bundles a date range reaches', () => {
    expect(shardsInRange(months, { from: '2024-03-05' })).toEqual([{ key: '2024-03' }]);
    expect(shardsInRange(months, { to: '2024-02-29' })).toEqual([{ key: '2024-02' }, { key: '2023-12' }]);
    expect(shardsInRange(months, { from: '2023-12-31', to: '2024-02-01' })).toEqual([{ key: '2024-02' }, { key: '2023-12' }]);
    expect(shardsInRange([{ key: '2025' }, { key: '2024' }, { key: '2023' }], { from: '2024-12-31', to: '2025-01-01' })).toEqual([
      { key: '2025' },
      { key: '2024' },
    ]);
    expect(shardsInRange(months, {})).toEqual(months);
    expect(shardsInRange(months, { from: '2025-01-01' })).toEqual([]);
  });

  it('keeps the days of a range, both ends included', () => {
    expect(inRange('2024-03-05', { from: '2024-03-05', to: '2024-03-05' })).toBe(true);
    expect(inRange('2024-03-04', { from: '2024-03-05' })).toBe(false);
    expect(inRange('2024-03-06', { to: '2024-03-05' })).toBe(false);
    expect(inRange('1999-01-01', {})).toBe(true);
    expect(isBounded({})).toBe(false);
    expect(isBounded({ to: '2024-03-05' })).toBe(true);
  });
});
