/**
 * Write output files atomically (temp file + rename), only when their
 * content changed, and remove outputs whose source disappeared.
 */
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The collection folders that ingest owns inside the output folder. */
export const COLLECTIONS = ['issues', 'sections', 'qa'] as const;

/** Folders known to exist, so that each is created once per run. */
const madeFolders = new Set<string>();

/** Write one file atomically; returns whether it changed. */
export async function writeIfChanged(root: string, relative: string, content: string): Promise<boolean> {
  const target = path.join(root, relative);
  const existing = await readFile(target, 'utf8').catch(() => undefined);
  if (existing === content) return false;
  const folder = path.dirname(target);
  if (!madeFolders.has(folder)) {
    await mkdir(folder, { recursive: true });
    madeFolders.add(folder);
  }
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, target);
  return true;
}

/**
 * Writes in flight at once: file system latency, not CPU, bounds ingest's
 * writing, so a few concurrent writes keep the disk busy.
 */
const CONCURRENT_WRITES = 16;

/** Atomic writes with bounded concurrency; `finish` waits for all and returns how many changed a file. */
export class WritePool {
  readonly #root: string;
  readonly #running = new Set<Promise<void>>();
  #changed = 0;

  constructor(root: string) {
    this.#root = root;
  }

  async add(relative: string, content: string): Promise<void> {
    while (this.#running.size >= CONCURRENT_WRITES) await Promise.race(this.#running);
    const task: Promise<void> = writeIfChanged(this.#root, relative, content).then((changed) => {
      if (changed) this.#changed += 1;
      this.#running.delete(task);
    });
    this.#running.add(task);
  }

  async finish(): Promise<number> {
    await Promise.all(this.#running);
    return this.#changed;
  }
}

/** Every Markdown file in the collection folders, relative to `root`. */
export async function listOutputs(root: string): Promise<string[]> {
  const found: string[] = [];
  for (const collection of COLLECTIONS) {
    const folder = path.join(root, collection);
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith('.md')) {
        found.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
      }
    }
  }
  return found.sort();
}

/** Remove the outputs ingest wrote (`owned`) that are not in `keep`, and folders left empty. Returns how many were removed. */
export async function removeStale(root: string, keep: Set<string>, owned: Set<string>): Promise<number> {
  let removed = 0;
  for (const relative of await listOutputs(root)) {
    if (keep.has(relative) || !owned.has(relative)) continue;
    await rm(path.join(root, relative));
    removed += 1;
  }
  for (const collection of COLLECTIONS) await removeEmptyFolders(path.join(root, collection));
  madeFolders.clear();
  return removed;
}

async function removeEmptyFolders(folder: string): Promise<boolean> {
  const entries = await readdir(folder, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return false;
  let empty = true;
  for (const entry of entries) {
    if (entry.isDirectory() && (await removeEmptyFolders(path.join(folder, entry.name)))) continue;
    empty = false;
  }
  if (empty) await rm(folder, { recursive: true }).catch(() => undefined);
  return empty;
}

/** Temporary files (`name.<pid>.tmp`) a stopped run left in the collection folders; removed at the start of the next. */
export async function removeLeftoverTemps(root: string): Promise<number> {
  let removed = 0;
  for (const collection of COLLECTIONS) {
    const entries = await readdir(path.join(root, collection), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile() && /\.md\.\d+\.tmp$/u.test(entry.name)) {
        await rm(path.join(entry.parentPath, entry.name), { force: true });
        removed += 1;
      }
    }
  }
  return removed;
}
