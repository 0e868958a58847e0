/**
 * `node scripts/bench/search-recall.ts DIR [--samples N] [--absent N] [--seed S]`
 *
 * Substring recall on a kept benchmark run (`npm run bench -- --keep DIR`):
 * see `recall.ts`. Prints the totals right per query length and the wrong
 * ones; exits 1 when any total differs from substring truth.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { measureRecall } from './recall.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { samples: { type: 'string', default: '300' }, absent: { type: 'string', default: '30' }, seed: { type: 'string', default: '12' } },
});
if (!positionals[0]) {
  console.error('search-recall: give the folder of a kept benchmark run (npm run bench -- --keep DIR)');
  process.exit(2);
}

const started = performance.now();
const result = await measureRecall(path.resolve(positionals[0]), {
  samples: Number(values.samples),
  absent: Number(values.absent),
  seed: Number(values.seed),
  log: (line) => console.log(`search-recall: ${line}`),
});
console.log(`\n| characters | queries | total right |\n| --- | --- | --- |`);
for (const [length, tally] of result.byLength) console.log(`| ${length} | ${tally.all} | ${tally.right} |`);
console.log(
  `\n${result.queries - result.wrong.length} of ${result.queries} totals equal substring truth (${((performance.now() - started) / 1000).toFixed(0)} s)`,
);
for (const line of result.wrong.slice(0, 20)) console.log(`  wrong: ${line}`);
process.exitCode = result.wrong.length === 0 ? 0 : 1;
