/**
 * `node scripts/bench/layouts.ts [--out DIR] [--issues N] [--seed S] [--family NAME]... [--errors N] [--corpus fixture|DIR] [--layout key=value,…]`
 *
 * Segmentation benchmark: writes each layout family with its truth, runs the
 * real ingest on it and prints one row per family, the score per planted
 * slip and the most frequent errors with `--errors N` examples each.
 * `--corpus fixture` uses the project's own fixture text, as the
 * segmentation test does (`--issues 3 --seed 7` gives its figures).
 * `--layout kicker=above,titleWithoutLead=article` ingests every paper with
 * that head layout (the `papers.<key>.layout` setting), to measure it.
 */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { paperLayout as layoutSchema, type PaperLayout } from '../../src/archive/config.ts';
import { fallbackCorpus, loadCorpus } from './corpus.ts';
import { FAMILIES, family } from './layouts/index.ts';
import { errorSummary, runFamily, slipTable, table, type FamilyRun } from './layouts/run.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    issues: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    family: { type: 'string', multiple: true },
    errors: { type: 'string', default: '1' },
    corpus: { type: 'string' },
    layout: { type: 'string' },
  },
});
const work = values.out ?? (await mkdtemp(path.join(os.tmpdir(), 'baoku-layouts-')));
const corpus = values.corpus === 'fixture' ? await fallbackCorpus() : await loadCorpus(values.corpus === undefined ? undefined : path.resolve(values.corpus));
const chosen = values.family?.map(family) ?? FAMILIES;
const layout = values.layout === undefined ? undefined : paperLayout(values.layout);
const runs: FamilyRun[] = [];
for (const which of chosen) {
  runs.push(
    await runFamily(which, { corpus, seed: Number(values.seed), issues: Number(values.issues), work: path.resolve(work), ...(layout ? { layout } : {}) }),
  );
}
console.log(`corpus: ${corpus.source}; ${values.issues} issues per family, seed ${values.seed}; files in ${work}\n`);
console.log(table(runs));
console.log(`\n${slipTable(runs)}\n`);
for (const run of runs) console.log(errorSummary(run, Number(values.errors)));

/** `kicker=above,titleWithoutLead=article` → the layout object the configuration takes. */
function paperLayout(text: string): PaperLayout {
  return layoutSchema.parse(Object.fromEntries(text.split(',').map((pair) => pair.split('='))));
}
