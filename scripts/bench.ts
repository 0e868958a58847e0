/**
 * `npm run bench -- [--issues N | --preset month|year|decade] [--baseline] [--keep DIR] [--seed S] [--no-two-shards]`
 *
 * Generates a realistic archive and measures every phase of Baoku on it
 * (and, with --baseline, the simple alternatives), printing a table and
 * writing a JSON report.
 */
import { parseArgs } from 'node:util';
import { PRESETS, runBenchmark } from './bench/run.ts';

const { values } = parseArgs({
  options: {
    issues: { type: 'string' },
    preset: { type: 'string', default: 'month' },
    baseline: { type: 'boolean', default: false },
    keep: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'two-shards': { type: 'boolean', default: true },
  },
  allowNegative: true,
});
const preset = values.preset as keyof typeof PRESETS;
if (!values.issues && !(preset in PRESETS)) {
  console.error(`bench: unknown preset \`${values.preset}\`; use month, year or decade, or --issues N`);
  process.exitCode = 2;
} else {
  process.exitCode = await runBenchmark({
    issues: values.issues ? Number(values.issues) : PRESETS[preset],
    ...(values.issues ? {} : { preset }),
    baseline: values.baseline,
    ...(values.keep ? { keep: values.keep } : {}),
    seed: Number(values.seed),
    twoShards: values['two-shards'],
    queries: ['经济', '两国关系', '经济 发展'],
  });
}
