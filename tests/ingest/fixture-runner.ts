/**
 * Fixture runner for ingest: each `tests/fixtures/<case>/` holds `input/`
 * (raw files) and `expected/` (the Markdown ingest writes, and
 * `diagnostics.txt`, what the user sees). `UPDATE_FIXTURES=1 npx vitest run`
 * rewrites `expected/` on purpose; it is never rewritten by accident.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { reporter } from 'vfile-reporter';
import { z } from 'astro/zod';
import { ingest, type IngestSummary } from '../../scripts/ingest/pipeline.ts';
import { paperSettings } from '../../src/archive/config.ts';
import { settings, type Settings } from '../../src/archive/settings.ts';

export const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const updating = process.env['UPDATE_FIXTURES'] === '1';

export interface FixtureRun {
  name: string;
  out: string;
  summary: IngestSummary;
  /** Output files (relative path → content), the manifest left out. */
  outputs: Map<string, string>;
  diagnostics: string;
}

export async function fixtureNames(): Promise<string[]> {
  const entries = await readdir(fixturesRoot, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

export async function runFixture(name: string): Promise<FixtureRun> {
  const out = await mkdtemp(path.join(tmpdir(), `baoku-${name}-`));
  const summary = await ingest({ inputs: [path.join(fixturesRoot, name, 'input')], out, settings: await fixtureSettings(name) });
  const outputs = await readTree(out);
  outputs.delete('.baoku-ingest.json');
  const withMessages = summary.files.filter((file) => file.messages.length > 0);
  const leftOut = summary.leftOut.map((entry) => `left out: ${entry.relative} (${entry.reason})\n`).join('');
  const diagnostics = `${reporter(withMessages, { color: false, quiet: true }).replaceAll(fixturesRoot, 'tests/fixtures/')}\n${leftOut}`;
  return { name, out, summary, outputs, diagnostics };
}

/**
 * The project's settings, with the per-paper settings of the fixture's
 * `papers.json` when it has one (what a user would put under `papers` in
 * baoku.config.ts: `{ "运河晚报网": { "name": "运河晚报" } }`).
 */
async function fixtureSettings(name: string): Promise<Settings> {
  const base = settings();
  const text = await readFile(path.join(fixturesRoot, name, 'papers.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return base;
  return { ...base, papers: { ...base.papers, ...z.record(z.string(), paperSettings).parse(JSON.parse(text)) } };
}

export async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    files.set(path.relative(root, absolute).split(path.sep).join('/'), await readFile(absolute, 'utf8'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The expected tree of a fixture, rewritten first when UPDATE_FIXTURES=1. */
export async function expectedTree(run: FixtureRun): Promise<Map<string, string>> {
  const folder = path.join(fixturesRoot, run.name, 'expected');
  if (updating) {
    await rm(folder, { recursive: true, force: true });
    for (const [relative, content] of [...run.outputs, ['diagnostics.txt', run.diagnostics] as const]) {
      await mkdir(path.dirname(path.join(folder, relative)), { recursive: true });
      await writeFile(path.join(folder, relative), content);
    }
  }
  return readTree(folder);
}
