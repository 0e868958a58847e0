/**
 * Generate each family, run the real ingest on it, measure: the steps of
 * `scripts/bench/layouts.ts` and of the segmentation test, and the table
 * they print.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { PaperLayout } from '../../../src/archive/config.ts';
import { settings, type Settings } from '../../../src/archive/settings.ts';
import { ingest } from '../../ingest/pipeline.ts';
import type { Corpus } from '../corpus.ts';
import type { Family } from './family.ts';
import { generateFamily } from './index.ts';
import { measure, type FamilyScore, type FieldScore } from './measure.ts';

export interface FamilyRun {
  score: FamilyScore;
  /** Raw files ingest rejected with an error. */
  rejected: number;
  inputFiles: number;
}

/** `work/<family>/input`, `work/<family>/truth.json`, `work/<family>/out`. */
export async function runFamily(
  family: Family,
  options: { corpus: Corpus; seed: number; issues: number; work: string; layout?: PaperLayout },
): Promise<FamilyRun> {
  const folder = path.join(options.work, family.name);
  // A family's folder is written afresh: files of an earlier, larger run would be ingested too.
  await rm(folder, { recursive: true, force: true });
  const { input, truth } = await generateFamily(family, { corpus: options.corpus, seed: options.seed, issues: options.issues, out: folder });
  const out = path.join(folder, 'out');
  const papers = truth.issues.map((issue) => issue.paper);
  const summary = await ingest({ inputs: [input], out, settings: await withLayout(input, papers, options.layout) });
  const rejected = summary.files.filter((file) => file.messages.some((message) => message.fatal === true)).length;
  return { score: await measure(truth, out), rejected, inputFiles: summary.inputFiles };
}

/**
 * The project's settings, with a head layout (`--layout`) for every paper:
 * keyed by each folder of the input and by each paper's printed name, since
 * a whole-issue family keeps its files under a year folder.
 */
async function withLayout(input: string, papers: string[], layout: PaperLayout | undefined): Promise<Settings> {
  const base = settings();
  if (!layout) return base;
  const folders = (await readdir(input, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return { ...base, papers: Object.fromEntries([...folders, ...papers].map((name) => [name, { layout }])) };
}

/** Share of the true articles found as exactly one section with the exact title, in %. */
export function exactShare(score: FamilyScore): number {
  return score.articles === 0 ? 0 : (100 * score.exact) / score.articles;
}

const percent = (field: FieldScore): string => (field.true === 0 ? '–' : `${Math.round((100 * field.right) / field.true)} % of ${field.true}`);

export function table(runs: FamilyRun[]): string {
  const header = [
    'family',
    'issues found',
    'articles',
    'exact title',
    'dup',
    'by lead',
    'merged',
    'missing',
    'extra sections',
    'kicker',
    'subtitle',
    'byline',
    'Q&A right (asker) / true, entries',
    'files rejected',
  ];
  const rows = runs.map(({ score, rejected, inputFiles }) => [
    score.family,
    `${score.issuesFound}/${score.issuesTrue}`,
    String(score.articles),
    `${exactShare(score).toFixed(1)} %`,
    String(score.duplicated),
    String(score.byLead),
    String(score.merged),
    String(score.missing),
    `${score.extra} of ${score.sections}`,
    percent(score.kicker),
    percent(score.subtitle),
    percent(score.byline),
    `${score.qaRight} (${score.qaAskerRight}) / ${score.qaTrue}, ${score.qaEntries}`,
    `${rejected}/${inputFiles}`,
  ]);
  return [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** Per planted slip, over all families: articles carrying it and how many were found exactly. */
export function slipTable(runs: FamilyRun[]): string {
  const slips = new Map<string, FieldScore>();
  for (const { score } of runs) {
    for (const [slip, value] of Object.entries(score.slips)) {
      const total = slips.get(slip) ?? { true: 0, right: 0 };
      slips.set(slip, { true: total.true + value.true, right: total.right + value.right });
    }
  }
  const rows = [...slips].sort(([a], [b]) => (a < b ? -1 : 1)).map(([slip, value]) => `| ${slip} | ${value.true} | ${percent(value)} |`);
  return ['| slip | articles | exact title |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The most frequent error kinds of a family, with one example each. */
export function errorSummary(run: FamilyRun, examples = 1): string {
  const byKind = new Map<string, FamilyScore['errors']>();
  for (const error of run.score.errors) byKind.set(error.kind, [...(byKind.get(error.kind) ?? []), error]);
  const lines = [`${run.score.family}:`];
  for (const [kind, errors] of [...byKind].sort((a, b) => b[1].length - a[1].length)) {
    lines.push(`  ${kind} ×${errors.length}`);
    for (const error of errors.slice(0, examples)) {
      lines.push(`    ${error.date} [${error.slips.join(',')}] truth ${JSON.stringify(error.truth)} → ${error.found}`);
    }
  }
  return lines.join('\n');
}
