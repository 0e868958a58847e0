/**
 * Substring-complete recall at the size of a year: the benchmark's year
 * (365 issues of real news text from `../shared/corpus`, 12 month bundles)
 * generated, ingested and built as `npm run bench -- --preset year` does,
 * then 300 random Han substrings of 1–8 characters of its records' text
 * (half in Traditional) and 30 absent strings typed into the real search
 * page (`scripts/bench/recall.ts`): every total must equal substring truth.
 * Skipped where the corpus is absent (a user's clone has none); the
 * fixture archive's recall test (`tests/site/search-recall.test.ts`) runs
 * everywhere. Runs apart from the other tests (`tests/vitest.year.config.ts`),
 * so that its build does not share the two cores with them.
 * `BAOKU_YEAR_DIR=DIR npm run test:year` tests a year already built there.
 */
import { execFile } from 'node:child_process';
import { access, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARED_CORPUS } from '../../scripts/bench/corpus.ts';
import { PRESETS } from '../../scripts/bench/run.ts';
import { measureRecall } from '../../scripts/bench/recall.ts';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const SAMPLES = 300;
const ABSENT = 30;
const hasCorpus = await access(SHARED_CORPUS).then(
  () => true,
  () => false,
);
let work = '';

/** Run one of the project's scripts on Node 22; `allowed` exit codes other than 0 are kept (ingest exits 1 on the generator's planted bad files). */
async function script(args: string[], env: Record<string, string> = {}, allowed: number[] = []): Promise<void> {
  try {
    await run(process.execPath, args, { cwd: projectRoot, env: { ...process.env, ...env }, maxBuffer: 256 * 1024 * 1024 });
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    if (typeof failed.code === 'number' && allowed.includes(failed.code)) return;
    throw new Error(`${args[0]} failed (${String(failed.code)}):\n${failed.stderr ?? ''}\n${failed.stdout ?? ''}`.slice(0, 8000), { cause: error });
  }
}

/** A year already built (`npm run bench -- --preset year --keep DIR`) to test instead of building one; it is left in place. */
const given = process.env['BAOKU_YEAR_DIR'];

beforeAll(async () => {
  if (!hasCorpus || given) return;
  work = await mkdtemp(path.join(os.tmpdir(), 'baoku-year-'));
  const raw = path.join(work, 'raw');
  await script(['scripts/bench/generate-cli.ts', '--issues', String(PRESETS.year), '--out', raw, '--seed', '1']);
  await script(['scripts/ingest.ts', '--quiet', '--out', path.join(work, 'content'), raw], { UV_THREADPOOL_SIZE: '8' }, [1]);
  await script(['scripts/build-shards.ts', '--content', path.join(work, 'content'), '--out', path.join(work, 'dist'), '--work', path.join(work, 'parts')], {
    BAOKU_SHARD_BY: 'month',
    BAOKU_SEARCH_SHARD_BY: 'month',
  });
}, 3_600_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe.skipIf(!hasCorpus)("search recall on the benchmark's year", () => {
  it(`gives the exact total for ${SAMPLES} random substrings of 1–8 characters (both scripts) and ${ABSENT} absent strings`, async () => {
    const result = await measureRecall(given ? path.resolve(given) : work, {
      samples: SAMPLES,
      absent: ABSENT,
      seed: 12,
      log: (line) => console.log(`year recall: ${line}`),
    });
    console.log(
      `year recall: ${result.records} records; totals right per length: ${[...result.byLength].map(([length, tally]) => `${length}: ${tally.right}/${tally.all}`).join(', ')}`,
    );
    expect(result.queries).toBe(SAMPLES + ABSENT);
    expect(result.wrong).toEqual([]);
  }, 3_600_000);
});
