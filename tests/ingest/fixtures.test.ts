import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedTree, fixtureNames, runFixture, type FixtureRun } from './fixture-runner.ts';
import { unrecoveredLines } from './lossless.ts';

const names = await fixtureNames();
const runs: FixtureRun[] = [];

afterAll(async () => {
  for (const run of runs) await rm(run.out, { recursive: true, force: true });
});

describe.each(names)('fixture %s', (name) => {
  it('writes exactly the expected Markdown and diagnostics', async () => {
    const run = await runFixture(name);
    runs.push(run);
    const expected = await expectedTree(run);
    const actual = new Map([...run.outputs, ['diagnostics.txt', run.diagnostics]]);
    expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, content] of actual) expect(content, file).toBe(expected.get(file));
  });

  it('loses no line of any ingested input', async () => {
    const run = await runFixture(name);
    runs.push(run);
    expect(await unrecoveredLines(run)).toEqual([]);
  });
});
