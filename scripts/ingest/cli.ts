/**
 * The terminal side of ingest: a progress bar on a terminal for large
 * folders, the diagnostics (vfile-reporter) and a closing summary.
 */
import cliProgress from 'cli-progress';
import { reporter } from 'vfile-reporter';
import type { Settings } from '../../src/archive/settings.ts';
import { outline } from './outline.ts';
import { ingest, type IngestSummary } from './pipeline.ts';
import { countByRule } from './report.ts';

/** Below this many files a progress bar is noise. */
const PROGRESS_FROM = 50;

/** The exit status when ingest wrote and removed nothing because most of its outputs would go (`--prune` allows it); 1 is for input errors, after every good file was ingested. */
export const REFUSED = 3;

export async function runIngest(options: {
  inputs: string[];
  out: string;
  quiet: boolean;
  outline?: boolean;
  prune?: boolean;
  settings?: Settings;
}): Promise<number> {
  const bar =
    process.stderr.isTTY && !options.quiet
      ? new cliProgress.SingleBar({ format: 'ingest {bar} {value}/{total} files', stream: process.stderr }, cliProgress.Presets.shades_classic)
      : undefined;
  const progress = { shown: false };
  const summary = await ingest({
    inputs: options.inputs,
    out: options.out,
    ...(options.settings ? { settings: options.settings } : {}),
    ...(options.prune ? { prune: true } : {}),
    onProgress(done, total) {
      if (!bar || total < PROGRESS_FROM) return;
      if (!progress.shown) bar.start(total, 0);
      progress.shown = true;
      bar.update(done);
    },
  });
  if (progress.shown) bar?.stop();
  const withMessages = summary.files.filter((file) => file.messages.length > 0);
  if (withMessages.length > 0) console.error(reporter(withMessages, { quiet: true }));
  if (summary.refused) {
    console.error(summary.refused);
    return REFUSED;
  }
  if (options.outline) console.log(await outline(options.out));
  const megabytes = summary.inputBytes / 1024 / 1024;
  console.error(
    [
      `ingest: ${summary.inputFiles} files (${megabytes.toFixed(1)} MB) → ${summary.issues} issues, ${summary.sections} sections, ${summary.qa} Q&A entries`,
      `${summary.warnings} warnings, ${summary.errors} errors${perRule(summary)}`,
      ...notesPerRule(summary),
      ...leftOut(summary).count,
      `${summary.written} written, ${summary.removed} removed, ${summary.skippedIssues} issues unchanged`,
      `${summary.seconds.toFixed(2)} s`,
    ].join('; '),
  );
  for (const line of leftOut(summary).names) console.error(line);
  return summary.errors > 0 ? 1 : 0;
}

/** ` (duplicated-text 3, fact-conflict 1)`, warnings and errors counted per rule. */
function perRule(summary: IngestSummary): string {
  const counts = [...countByRule(summary.files, (fatal) => fatal !== undefined)];
  return counts.length === 0 ? '' : ` (${listed(counts)})`;
}

/** `notes: head-by-length 12, joined-paragraph 3`, the notes counted per rule (all of them, also past a file's cap), when there are any. */
function notesPerRule(summary: IngestSummary): string[] {
  const counts = Object.entries(summary.notes);
  return counts.length === 0 ? [] : [`notes: ${listed(counts)}`];
}

function listed(counts: Array<[string, number]>): string {
  return counts.map(([rule, count]) => `${rule} ${count}`).join(', ');
}

/** `2 files not read: 1 hidden, 1 editor backup`, and the files of each kind by name; unknown formats are also warned of one by one. */
function leftOut(summary: IngestSummary): { count: string[]; names: string[] } {
  if (summary.leftOut.length === 0) return { count: [], names: [] };
  const reasons = {
    hidden: 'hidden',
    system: 'system file',
    backup: 'editor backup',
    draft: 'draft',
    unpublished: "newsroom's unpublished work",
    template: "site generator's template",
    'list-page': 'list page',
    note: "keeper's note",
    companion: "saved page's companion folder",
    'book-companion': "e-book library's metadata or cover",
    account: "X archive's account file, read with its tweets",
    'database-log': "SQLite database's log, read with it",
    'archive-data': "X archive's other data",
    'read-before': 'folder read before',
    link: 'link in an archive',
    'unknown-format': 'unknown format',
  } as const;
  const byReason = new Map<string, string[]>();
  for (const entry of summary.leftOut) byReason.set(reasons[entry.reason], [...(byReason.get(reasons[entry.reason]) ?? []), entry.relative]);
  // Each named, that none is left out unsaid (`  2 hidden: 2011年5月/.DS_Store, 2011年5月/._2011-05-20.txt`); a folder's thousands of
  // one kind (a Mac's `._` files) by their first few and a count.
  const named = (files: string[]): string => files.slice(0, NAMED_MAX).join(', ') + (files.length > NAMED_MAX ? ` and ${files.length - NAMED_MAX} more` : '');
  return {
    count: [`${summary.leftOut.length} files not read: ${[...byReason].map(([reason, files]) => `${files.length} ${reason}`).join(', ')}`],
    names: [...byReason].map(([reason, files]) => `not read (${reason}): ${named(files)}`),
  };
}

/** Most files named of one kind not read. */
const NAMED_MAX = 20;
