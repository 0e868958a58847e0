/**
 * `node scripts/build-shards.ts [--content DIR] [--out DIR] [--work DIR] [--jobs N] [--part KEY]... [--no-merge] [--force]`
 *
 * Build the site in parts — `global` and one shard per year (or month, with
 * BAOKU_SHARD_BY=month) — each by its own `astro build` process, N at a
 * time, and merge them into one folder. A part whose fingerprint (its
 * content, the issues around it, the site's code) did not change since its
 * last build is not built again, so publishing one issue rebuilds the
 * global part and one shard. Each part indexes its own pages for search.
 *
 * Parallel CI jobs: one job per part with `--part KEY --no-merge`, each
 * keeping `<work>/<KEY>/`; a last job gathers the `<work>` folders and runs
 * with `--part none` to merge only.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildPart, builtFingerprint, type PartBuild } from './shards/build-part.ts';
import { mergeParts } from './shards/merge.ts';
import { GLOBAL, planParts } from './shards/plan.ts';
import { acquireLock } from './lock.ts';
import { settingsOrExit } from '../src/archive/settings.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const settings = settingsOrExit();
const { values } = parseArgs({
  options: {
    content: { type: 'string', default: settings.folders.content },
    out: { type: 'string', default: settings.folders.dist },
    work: { type: 'string', default: settings.folders.parts },
    jobs: { type: 'string', default: String(Math.max(1, Math.min(2, availableParallelism()))) },
    part: { type: 'string', multiple: true },
    'no-merge': { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
});
const work = path.resolve(values.work);
const content = path.resolve(values.content);
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error(`build-shards: --jobs ${values.jobs} is not a positive whole number; give the number of parts to build at once, e.g. --jobs 2`);
  process.exit(2);
}

const started = performance.now();
await mkdir(work, { recursive: true });
// One run at a time per work folder: two would build the same parts into the same folders and merge over each other.
const lock = await acquireLock(path.join(work, '.lock'), { command: 'build-shards', say: (line) => console.error(`build-shards: ${line}`) });
const plans = await planParts({ projectRoot, content, settings });
const known = new Set(plans.map((plan) => plan.key));
for (const key of values.part ?? []) {
  if (key !== 'none' && !known.has(key)) {
    console.error(`build-shards: --part ${key} is not a part of this archive; the parts are ${[...known].join(', ')} (or \`none\` to merge only)`);
    process.exit(2);
  }
}
const wanted = plans.filter((plan) => !values.part || values.part.includes(plan.key));
const todo = [];
for (const plan of wanted) {
  if (values.force || (await builtFingerprint(work, plan.key)) !== plan.fingerprint) todo.push(plan);
}
console.error(
  `build-shards: ${plans.length} parts (${settings.shards.parts} shards, search by ${settings.shards.search}), ${todo.length} to build, ${wanted.length - todo.length} unchanged; ${Math.min(jobs, todo.length)} at a time`,
);

const results: PartBuild[] = [];
const queue = [...todo];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let plan = queue.shift(); plan; plan = queue.shift()) {
      const result = await buildPart({ projectRoot, content, work, key: plan.key, fingerprint: plan.fingerprint });
      results.push(result);
      console.error(`  ${plan.key}: ${result.ok ? 'built' : 'FAILED'} in ${result.seconds.toFixed(1)} s (${plan.issues} issues) — ${result.summary}`);
    }
  }),
);

const failed = results.filter((result) => !result.ok);
for (const result of failed) console.error(`\n── ${result.key} ──\n${result.log.trim().split('\n').slice(-30).join('\n')}`);
if (failed.length === 0 && !values['no-merge']) {
  const shards = plans.filter((plan) => plan.key !== GLOBAL).map((plan) => plan.key);
  const fingerprints = new Map<string, string>();
  for (const plan of plans) fingerprints.set(plan.key, (await builtFingerprint(work, plan.key)) ?? '');
  // Merging only (`--part none`) rebuilds the merged folder from every part; otherwise only the files of the parts whose build is not merged yet are replaced.
  const merged = await mergeParts({ work, shards, out: values.out, fingerprints, fresh: values.part?.includes('none') === true });
  if (merged.repaired) console.error(`build-shards: ${merged.repaired}; repaired by merging every part afresh`);
  console.error(
    `build-shards: merged ${merged.files} files into ${path.resolve(values.out)} (${merged.mode === 'full' ? 'a fresh folder' : `changed parts only: ${merged.merged.join(', ') || 'none'}`}, ${merged.removed} removed) in ${merged.seconds.toFixed(1)} s`,
  );
}
console.error(
  `build-shards: ${results.length - failed.length} parts built, ${failed.length} failed, ${wanted.length - todo.length} unchanged; ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
await lock.release();
process.exitCode = failed.length > 0 ? 1 : 0;
