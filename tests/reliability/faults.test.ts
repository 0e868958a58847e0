/**
 * Issue 14, item 7: fault injection. The build in parts is stopped (SIGKILL,
 * as a power cut) at a random point of its merge — and sometimes its repair
 * run is stopped too — again and again; each time, the next run must leave
 * `dist/` identical to a clean build. `npm run test:faults` runs more rounds
 * (FAULT_RUNS, default 20 here; FAULT_SEED to replay one sequence).
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveAt, buildShards, editArchive, ingestFixtures, restore, save, tree, type Archive } from './parts-fixture.ts';
import { removedAfter } from '../support/temp-dir.ts';

const RUNS = Number(process.env.FAULT_RUNS ?? '20');
const SEED = Number(process.env.FAULT_SEED ?? String(Date.now() % 100_000));
const archive: Archive = archiveAt(path.join(tmpdir(), `baoku-faults-${process.pid}`));
removedAfter(archive.root);
let reference: Record<string, string>;
/** Files the merge links (the range of `merge-link:N`). */
let links = 0;

/** mulberry32: a small seeded generator, so that a failing sequence can be replayed with FAULT_SEED. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

beforeAll(async () => {
  await ingestFixtures(archive);
  expect(buildShards(archive).status).toBe(0);
  await editArchive(archive);
  expect(buildShards(archive, { extra: ['--no-merge'] }).status).toBe(0);
  await save(archive, 'b-built');
  const fresh = buildShards(archive, { extra: ['--part', 'none'], out: path.join(archive.root, 'reference') });
  expect(fresh.status, fresh.log).toBe(0);
  links = Number(/merged (\d+) files/u.exec(fresh.log)?.[1]);
  reference = await tree(path.join(archive.root, 'reference'));
}, 600_000);

describe(`fault injection (${RUNS} runs, FAULT_SEED=${SEED})`, () => {
  it('gives the clean build after a stop at any point of the merge', async () => {
    const random = generator(SEED);
    const pick = (): string => {
      const roll = random();
      if (roll < 0.1) return 'merge-start';
      if (roll < 0.2) return 'merge-published';
      return `merge-link:${1 + Math.floor(random() * links)}`;
    };
    for (let run = 0; run < RUNS; run += 1) {
      await restore(archive, 'b-built');
      const faults = [pick(), ...(random() < 0.3 ? [pick()] : [])];
      const extra = random() < 0.2 ? ['--part', 'none'] : [];
      const what = `run ${run}: ${faults.join(' then ')}${extra.length > 0 ? ' (--part none)' : ''}`;
      for (const fault of faults) {
        const stopped = buildShards(archive, { fault, extra });
        // A point past the end of a smaller (incremental) merge is not reached: the run finishes.
        expect(stopped.signal === 'SIGKILL' || stopped.status === 0, `${what}\n${stopped.log}`).toBe(true);
      }
      const repaired = buildShards(archive);
      expect(repaired.status, `${what}\n${repaired.log}`).toBe(0);
      expect(await tree(archive.out), what).toEqual(reference);
    }
  }, 600_000);
});
