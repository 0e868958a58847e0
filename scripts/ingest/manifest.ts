/**
 * The ingest manifest (`.baoku-ingest.json` in the output folder): per input
 * its sha256 and issue, per issue its inputs and outputs, and the hash of the
 * ingest code and settings — so that unchanged issues are skipped and the
 * outputs of removed inputs found.
 */
import { createHash } from 'node:crypto';
import { access, readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the manifest format changes. */
export const FORMAT_VERSION = 1;

export const MANIFEST = '.baoku-ingest.json';

/**
 * The outputs a run is writing, appended before each issue's files are written and removed once the manifest is written:
 * files a stopped run wrote are still known as ingest's own, so that only ingest's own files are ever removed.
 */
export const PENDING = '.baoku-ingest.pending';

export interface Manifest {
  version: number;
  /** Hash of the ingest code and the settings: new rules or settings rebuild every issue. */
  code: string;
  /** Input path → its sha256 and the issue it belongs to; and the hash of the files read with it (`InputFile.companions`), when it has any. */
  inputs: Record<string, { sha256: string; issue: string; companions?: string }>;
  /** Issue key → the inputs it was built from and what it wrote. */
  issues: Record<string, { inputs: string[]; outputs: string[]; sections: number; qa: number }>;
}

/** A module's imports of the project's own modules: `from './rules/byline.ts'`, `from '../../src/archive/pages.ts'`. */
const PROJECT_IMPORT = /(?:from|import)\s+'(\.{1,2}\/[^']+\.ts)'/gu;

/**
 * The source files the code hash covers, as paths from the project's root: ingest's own modules and every module of the
 * project they import, however far (the archive's contract in `src/archive/`: page numbers, slugs, front matter, the
 * configuration's schema), so that a change to any of them rebuilds every issue.
 */
export async function hashedSources(): Promise<string[]> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const folder = path.dirname(fileURLToPath(import.meta.url));
  const own = (await readdir(folder, { recursive: true })).filter((name) => name.endsWith('.ts')).map((name) => path.join(folder, name));
  const found = new Set(own);
  for (const file of found) {
    const source = await readFile(file, 'utf8');
    for (const match of source.matchAll(PROJECT_IMPORT)) {
      const imported = path.resolve(path.dirname(file), match[1]!);
      // (Not the configuration: its settings are hashed by their values, `settingsHash`, not its text.)
      if (path.dirname(imported) !== path.resolve(root)) found.add(imported);
    }
  }
  return [...found].map((file) => path.relative(root, file).split(path.sep).join('/')).sort();
}

/** sha256 over the ingest modules' source and the archive contract's, so that a changed rule invalidates the manifest. */
export async function codeHash(): Promise<string> {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  const hash = createHash('sha256');
  for (const file of await hashedSources()) hash.update(file).update(await readFile(path.join(root, file)));
  return hash.digest('hex').slice(0, 16);
}

export async function allExist(root: string, outputs: string[]): Promise<boolean> {
  for (const output of outputs) {
    try {
      await access(path.join(root, output));
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * The last run's manifest: `current` when the same code and settings wrote it (empty else: every issue is rebuilt), and
 * `any`, whatever code wrote it, for what was ingested from which input (an input that cannot be read now keeps it).
 */
export async function readManifest(out: string, code: string): Promise<{ current: Manifest; any: Manifest }> {
  const empty: Manifest = { version: FORMAT_VERSION, code, inputs: {}, issues: {} };
  try {
    const parsed = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8')) as Manifest;
    if (parsed.version !== FORMAT_VERSION) return { current: empty, any: empty };
    return { current: parsed.code === code ? parsed : empty, any: parsed };
  } catch {
    return { current: empty, any: empty };
  }
}

export function sortManifest(manifest: Manifest): Manifest {
  const sortKeys = <T>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { version: manifest.version, code: manifest.code, inputs: sortKeys(manifest.inputs), issues: sortKeys(manifest.issues) };
}

/**
 * Every output ingest wrote, whatever code wrote it: the outputs of the last manifest (of any code hash) and those of a run
 * that was stopped before its manifest. Only these are ever removed; a file written by hand under the output folder is not.
 */
export async function ownedOutputs(out: string): Promise<{ byIssue: Record<string, string[]>; all: Set<string> }> {
  const byIssue: Record<string, string[]> = {};
  try {
    const parsed = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8')) as Partial<Manifest>;
    for (const [key, issue] of Object.entries(parsed.issues ?? {})) if (Array.isArray(issue.outputs)) byIssue[key] = issue.outputs;
  } catch {
    // No manifest (a first run) or an unreadable one: nothing is known as ingest's own but what a stopped run left.
  }
  const all = new Set(Object.values(byIssue).flat());
  const pending = await readFile(path.join(out, PENDING), 'utf8').catch(() => '');
  for (const line of pending.split('\n')) if (line !== '') all.add(line);
  return { byIssue, all };
}
