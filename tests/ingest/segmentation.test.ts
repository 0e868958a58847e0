/**
 * Segmentation per layout family: a few generated issues of every family
 * (from the project's own fixture text, so the figures do not depend on
 * ../shared) go through the real ingest and are measured against their
 * truth. Each family's share of articles found as exactly one section with
 * the exact title must stay at or above its floor: today's value rounded
 * down to 5 %. Raise a floor when the ingest gets better.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fallbackCorpus } from '../../scripts/bench/corpus.ts';
import { FAMILIES } from '../../scripts/bench/layouts/index.ts';
import { exactShare, runFamily, slipTable, table, type FamilyRun } from '../../scripts/bench/layouts/run.ts';

/** Exact-title share, in %, that each family must reach (measured 2026-12-02, rounded down to 5 %). */
const FLOOR: Record<string, number> = {
  'per-article': 100,
  'per-article-folders': 100,
  'per-page': 90,
  'per-issue': 100,
  digest: 100,
  markdown: 100,
  'traditional-big5': 100,
  transcripts: 90,
  // (Measured 2026-12-04.)
  'data-files': 100,
  'pdf-pages': 100,
};
const ISSUES = 3;
const SEED = 7;

const runs: FamilyRun[] = [];
let work = '';

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'baoku-segmentation-'));
  const corpus = await fallbackCorpus();
  for (const family of FAMILIES) runs.push(await runFamily(family, { corpus, seed: SEED, issues: ISSUES, work }));
  console.log(`${table(runs)}\n\n${slipTable(runs)}`);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('segmentation per layout family', () => {
  it('has a floor for every family', () => {
    expect(Object.keys(FLOOR).sort()).toEqual(FAMILIES.map((family) => family.name).sort());
  });

  for (const family of FAMILIES) {
    it(`${family.name}: exact titles at or above the floor`, () => {
      const run = runs.find((candidate) => candidate.score.family === family.name)!;
      expect(run.score.articles).toBeGreaterThan(0);
      expect(exactShare(run.score)).toBeGreaterThanOrEqual(FLOOR[family.name] ?? 100);
    });
  }
});
