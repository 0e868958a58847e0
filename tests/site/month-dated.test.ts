/**
 * An issue that prints its month and no day (`2024年3月　第3期（总第27期）`, `monthOnly`): filed under the month's first
 * day, shown and cited by its month everywhere — its page, its sections' citations, the year's calendar (under the
 * month, on none of its days) — never as a day it does not print.
 */
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { formatIssueDate, publishedDate } from '../../src/utils/labels.ts';
import { siteDir } from './fixture-site.ts';
import type { Root } from 'hast';
import { elements, parsePage } from './html.ts';

const text = async (file: string): Promise<string> => toString(await parsePage(siteDir, file)).replace(/\s+/gu, ' ');

describe('an issue dated by its month', () => {
  it('formats a month-only date as its month, any other as its day', () => {
    expect(formatIssueDate({ date: '2024-03-01', monthOnly: true })).toBe('2024年3月');
    expect(formatIssueDate({ date: '2024-03-01' })).toBe('2024年3月1日');
    expect(publishedDate({ date: '2024-03-01', monthOnly: true })).toBe('2024-03');
    expect(publishedDate({ date: '2024-04-15' })).toBe('2024-04-15');
  });

  it('shows and cites the month on the issue and its sections, and the day of an issue whose name gives one', async () => {
    const issue = await text('papers/liutangcunbao/2024/03/01/index.html');
    expect(issue).toContain('2024年3月');
    expect(issue).not.toContain('2024年3月1日');
    const section = await text('papers/liutangcunbao/2024/03/01/p1-01/index.html');
    expect(section).toContain('柳塘村报，2024年3月，第1版：《村里新修的机耕路通车了》。');
    expect(section).not.toContain('3月1日');
    expect(await text('papers/liutangcunbao/2024/04/15/index.html')).toContain('2024年4月15日');
  });

  it("lists a month's issue under the month in the year's calendar, on none of its days", async () => {
    const year = await parsePage(siteDir, 'papers/liutangcunbao/2024/index.html');
    // (Each calendar a tree of its own, to look into.)
    const calendars = elements(year, (node) => node.tagName === 'table').map((table): Root => ({ type: 'root', children: [table] }));
    const march = calendars.find((table) => toString(table).includes('2024年3月'))!;
    const dayLinks = elements(march, (node) => node.tagName === 'a' && node.properties['ariaLabel'] !== undefined);
    expect(dayLinks).toEqual([]);
    const undated = elements(march, (node) => node.tagName === 'a');
    expect(undated.map((link) => [toString(link), link.properties['href']])).toEqual([['本月一期（未印日）', '/papers/liutangcunbao/2024/03/01/']]);
    const april = calendars.find((table) => toString(table).includes('2024年4月'))!;
    expect(elements(april, (node) => node.tagName === 'a').map((link) => link.properties['ariaLabel'])).toEqual(['2024年4月15日']);
  });
});
