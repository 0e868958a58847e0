/**
 * `npm run ingest -- [--out DIR] [PATH...]`
 *
 * Raw newspaper text → the issues, sections and qa content collections.
 * Defaults: `content/raw` → `content`. Exit status 1 when any input had an
 * error (every good input is still ingested).
 */
import { parseArgs } from 'node:util';
import { runIngest } from './ingest/cli.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'content' }, quiet: { type: 'boolean', default: false } },
});

process.exitCode = await runIngest({
  inputs: positionals.length > 0 ? positionals : ['content/raw'],
  out: values.out,
  quiet: values.quiet,
});
