/**
 * The outline a user reads to judge the segmentation of a new archive:
 * per issue its pages and sections, each with its head as read (kicker or
 * rubric ▸ title / subtitle), paragraphs, characters and Q&A entries.
 */
import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { outline } from '../../scripts/ingest/outline.ts';
import { runFixture, type FixtureRun } from './fixture-runner.ts';

const runs: FixtureRun[] = [];
afterAll(async () => {
  for (const run of runs) await rm(run.out, { recursive: true, force: true });
});

describe('the outline', () => {
  it('shows every section of an issue with its head as read, its size and its Q&A entries', async () => {
    const run = await runFixture('two-line-heads');
    runs.push(run);
    const lines = (await outline(run.out)).split('\n');
    expect(lines).toEqual([
      '运河日报 2023-09-15  pages 1, 2  (9 sections)',
      '  p1  article  老城更新 ▸ 青砖灰瓦间开出二十家社区书房  2 ¶  80 字',
      '  p1  article  副市长在调研时强调 ▸ 把好事办好 把实事办实  3 ¶  109 字',
      '  p1  article  奋进新征程 建功新时代 ▸ 运河船闸完成扩容  1 ¶  58 字',
      '  p1  article  【一线调研】 ▸ 运河公园新增二百个停车位  1 ¶  48 字',
      '  p1  article  【代表委员说】 ▸ 让老街重新活起来  1 ¶  41 字',
      '  p1  article  运河码头客运量创新高 / 游船公司加开夜间航班  1 ¶  48 字',
      '  p1  article  中秋国庆假期客流预计创新高 / ——铁路部门加开临客列车一百二十对  1 ¶  44 字',
      '  p2  qa       城市书房如何办得长久 / ——访区文化和旅游局局长赵文博  6 ¶  114 字  3 Q&A',
      '  p2  article  本地快讯 ▸ 运河夜游航线延长至十点  1 ¶  30 字',
    ]);
  });
});
