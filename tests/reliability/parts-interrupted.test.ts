/**
 * Issue 14, item 1: a build in parts stopped anywhere (after a part is
 * built, before, during or after the merge) is repaired by the next run,
 * which gives the same `dist/` as a clean build — never a folder that keeps
 * old files, or a run that builds nothing, merges nothing and exits 0.
 */
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { archiveAt, buildShards, editArchive, ingestFixtures, restore, save, tree, type Archive, type Run } from './parts-fixture.ts';
import { removedAfter } from '../support/temp-dir.ts';

const archive: Archive = archiveAt(path.join(tmpdir(), `baoku-interrupted-${process.pid}`));
removedAfter(archive.root);
/** The edited archive merged afresh from parts built cleanly: what every repaired run must give. */
let reference: Record<string, string>;

function expectKilled(run: Run): void {
  expect(run.signal, run.log).toBe('SIGKILL');
}

function expectOk(run: Run): void {
  expect(run.status, run.log).toBe(0);
}

beforeAll(async () => {
  await ingestFixtures(archive);
  expectOk(buildShards(archive));
  await save(archive, 'a-merged');
  await editArchive(archive);
  // Both changed parts built, not merged (as a CI job with --no-merge, or a run stopped before its merge): the state every merge-time fault starts from.
  expectOk(buildShards(archive, { extra: ['--no-merge'] }));
  await save(archive, 'b-built');
  expectOk(buildShards(archive, { extra: ['--part', 'none'], out: path.join(archive.root, 'reference') }));
  reference = await tree(path.join(archive.root, 'reference'));
  expect(Object.keys(reference).length).toBeGreaterThan(50);
}, 600_000);

describe('an interrupted build in parts', () => {
  it('publishes parts built by an earlier run that never merged them (--no-merge, or a stop before the merge)', async () => {
    await restore(archive, 'b-built');
    expect(await tree(archive.out)).not.toEqual(reference);
    const run = buildShards(archive);
    expectOk(run);
    expect(run.log).toContain('0 to build');
    expect(run.log).toMatch(/changed parts only: global, 2025/u);
    expect(await tree(archive.out)).toEqual(reference);
  });

  it('rebuilds a part whose build was stopped halfway', async () => {
    await restore(archive, 'a-merged');
    await editArchive(archive);
    expectKilled(buildShards(archive, { fault: 'part-built:1' }));
    const run = buildShards(archive);
    expectOk(run);
    expect(run.log).toContain('1 to build, 2 unchanged');
    expect(run.log).toMatch(/ {2}2025: built/u);
    expect(await tree(archive.out)).toEqual(reference);
  }, 300_000);

  it.each(['merge-start', 'merge-link:1', 'merge-link:40', 'merge-published'])('repairs a merge stopped at %s, and says so', async (fault) => {
    await restore(archive, 'b-built');
    expectKilled(buildShards(archive, { fault }));
    const run = buildShards(archive);
    expectOk(run);
    expect(run.log).toMatch(/the last merge into .* was interrupted .*; repaired by merging every part afresh/u);
    expect(await tree(archive.out)).toEqual(reference);
    expect(await tree(`${archive.out}.merging`)).toEqual({});
  });

  it('repairs a fresh merge (--part none) stopped while it swaps the folders', async () => {
    await restore(archive, 'b-built');
    expectKilled(buildShards(archive, { fault: 'merge-published', extra: ['--part', 'none'] }));
    expectOk(buildShards(archive));
    expect(await tree(archive.out)).toEqual(reference);
  });
});
