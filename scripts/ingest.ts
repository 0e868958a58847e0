/**
 * `npm run ingest -- [--out DIR] [--outline] [--quiet] [PATH...]`
 *
 * Raw newspaper text → the issues, sections and qa content collections.
 * Defaults: `folders.raw` → `folders.content` of baoku.config.ts (`content/raw` → `content`). Exit status 1 when any input had an
 * error (every good input is still ingested).
 */
import { parseArgs } from 'node:util';
import { settingsOrExit } from '../src/archive/settings.ts';
import { runIngest } from './ingest/cli.ts';

const settings = settingsOrExit();

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: settings.folders.content },
    quiet: { type: 'boolean', default: false },
    outline: { type: 'boolean', default: false },
  },
});

process.exitCode = await runIngest({
  inputs: positionals.length > 0 ? positionals : [settings.folders.raw],
  settings,
  out: values.out,
  quiet: values.quiet,
  outline: values.outline,
});
