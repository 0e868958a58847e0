import { rm } from 'node:fs/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedTree, fixtureNames, runFixture, type FixtureRun } from './fixture-runner.ts';
import { characterDifference, unrecoveredLines } from './lossless.ts';

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

  it('keeps every character of every issue, and notices one changed', async () => {
    const run = await runFixture(name);
    runs.push(run);
    expect(await characterDifference(run)).toEqual([]);
    // The check can fail: drop one character of a body, then change one of a title.
    const section = [...run.outputs.keys()].find((file) => file.startsWith('sections/'));
    if (!section) return;
    const text = run.outputs.get(section)!;
    const bodyAt = text.lastIndexOf('。');
    if (bodyAt > 0) {
      const dropped = new Map(run.outputs).set(section, text.slice(0, bodyAt) + text.slice(bodyAt + 1));
      expect(await characterDifference(run, dropped)).not.toEqual([]);
    }
    const titled = text.replace(/^title: "(.)/mu, 'title: "囧');
    if (titled !== text) expect(await characterDifference(run, new Map(run.outputs).set(section, titled))).not.toEqual([]);
  });
});
