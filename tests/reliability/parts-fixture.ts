/**
 * A tiny archive for the reliability tests of the build in parts: three
 * issues in two years (parts `global`, `2024`, `2025`), built one part at a
 * time, and helpers to stop a run at a fault point (scripts/fault.ts),
 * save and restore a state of the work and output folders, and compare a
 * built folder with another file for file.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, access, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { projectRoot } from '../site/fixture-site.ts';

export const FIXTURES = ['seed', 'two-page-jump', 'interview-numerals'];

export interface Archive {
  root: string;
  content: string;
  work: string;
  out: string;
}

export function archiveAt(root: string): Archive {
  return { root, content: path.join(root, 'content'), work: path.join(root, 'work'), out: path.join(root, 'dist') };
}

export async function ingestFixtures(archive: Archive): Promise<void> {
  await rm(archive.root, { recursive: true, force: true });
  await mkdir(archive.root, { recursive: true });
  const summary = await ingest({ inputs: FIXTURES.map((name) => path.join(projectRoot, 'tests/fixtures', name, 'input')), out: archive.content });
  if (summary.errors > 0) throw new Error(`fixture ingest reported ${summary.errors} errors`);
}

/** Change one section of 2025: the `global` and `2025` parts must be built again. */
export async function editArchive(archive: Archive): Promise<void> {
  await appendFile(path.join(archive.content, 'sections/kejizhoubao/2025-09-03/p3-01.md'), '\n本段为中断测试所加。\n');
}

export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  log: string;
}

/** `node scripts/build-shards.ts` on the archive, one part at a time; `fault` stops it there (`merge-link:3`). */
export function buildShards(archive: Archive, options: { fault?: string; extra?: string[]; out?: string } = {}): Run {
  const result = spawnSync(
    process.execPath,
    [
      path.join(projectRoot, 'scripts/build-shards.ts'),
      '--content',
      archive.content,
      '--out',
      options.out ?? archive.out,
      '--work',
      archive.work,
      '--jobs',
      '1',
      ...(options.extra ?? []),
    ],
    { cwd: projectRoot, env: { ...process.env, BAOKU_SHARD_BY: 'year', BAOKU_FAULT: options.fault ?? '' }, encoding: 'utf8' },
  );
  return { status: result.status, signal: result.signal, log: `${result.stdout}${result.stderr}` };
}

/** Every file under `dir` with the sha256 of its bytes. */
export async function tree(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const result: Record<string, string> = {};
  for (const entry of entries.filter((item) => item.isFile()).sort((a, b) => (a.parentPath + a.name < b.parentPath + b.name ? -1 : 1))) {
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  }
  return result;
}

/** Save the work and output folders (copies: nothing shared with the live folders). */
export async function save(archive: Archive, name: string): Promise<void> {
  const to = path.join(archive.root, 'saved', name);
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  await copy(archive.work, path.join(to, 'work'));
  await copy(archive.out, path.join(to, 'dist'));
  await copy(archive.content, path.join(to, 'content'));
}

export async function restore(archive: Archive, name: string): Promise<void> {
  const from = path.join(archive.root, 'saved', name);
  for (const folder of ['work', 'dist', 'content'] as const) {
    const live = folder === 'work' ? archive.work : folder === 'dist' ? archive.out : archive.content;
    await rm(live, { recursive: true, force: true });
    await rm(`${live}.merging`, { recursive: true, force: true });
    await rm(`${live}.old`, { recursive: true, force: true });
    await copy(path.join(from, folder), live);
  }
}

/** A copy with every timestamp to the nanosecond (`cp -a`): the parts' fingerprints include the content files' modification times. */
async function copy(from: string, to: string): Promise<void> {
  const present = await access(from).then(
    () => true,
    () => false,
  );
  if (present) execFileSync('cp', ['-a', from, to]);
}
