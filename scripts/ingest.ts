/**
 * `npm run ingest -- [--out DIR] [--outline] [--quiet] [--prune] [--debug] [PATH...]`
 *
 * Raw newspaper text → the issues, sections and qa content collections.
 * Defaults: `folders.raw` → `folders.content` of baoku.config.ts (`content/raw` → `content`). Exit status 1 when any input had an
 * error (every good input is still ingested), 3 when it refused to remove most of the outputs (nothing written). `--prune` lets a run remove more than half of the outputs (their inputs are gone);
 * `--debug` prints the stack trace of an internal error.
 */
import { parseArgs } from 'node:util';
import { settingsOrExit } from '../src/archive/settings.ts';
import { runIngest } from './ingest/cli.ts';

const settings = settingsOrExit();

const USAGE = `usage: npm run ingest -- [--out DIR] [--outline] [--quiet] [--prune] [--debug] [PATH...]
  PATH       raw files or folders to read (default: ${settings.folders.raw})
  --out      where the issues, sections and qa collections go (default: ${settings.folders.content})
  --outline  print each issue's pages and sections as read
  --quiet    print only the summary line and errors
  --prune    allow removing more than half of the outputs (their inputs are gone)
  --debug    print the stack trace of an internal error`;

function parseCommandLine(): ReturnType<typeof parse> {
  try {
    return parse();
  } catch (failure) {
    // An unknown or malformed option is the user's to fix: say which, and how the command is used.
    console.error(`ingest: ${failure instanceof Error ? failure.message : String(failure)}\n${USAGE}`);
    process.exit(2);
  }
}

function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: settings.folders.content },
      quiet: { type: 'boolean', default: false },
      outline: { type: 'boolean', default: false },
      prune: { type: 'boolean', default: false },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

const { values, positionals } = parseCommandLine();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

try {
  process.exitCode = await runIngest({
    inputs: positionals.length > 0 ? positionals : [settings.folders.raw],
    settings,
    out: values.out,
    quiet: values.quiet,
    outline: values.outline,
    prune: values.prune,
  });
} catch (failure) {
  // Bad input is reported file by file; what reaches here is a bug.
  const message = failure instanceof Error ? failure.message : String(failure);
  console.error(
    `ingest: internal error: ${message.split('\n')[0] ?? ''}\n  This is a bug in Baoku, not in your files: please report it with the command you ran${values.debug ? ' and this trace' : ' (run again with --debug for the stack trace)'}.`,
  );
  if (values.debug && failure instanceof Error) console.error(failure.stack);
  process.exitCode = 70;
}
