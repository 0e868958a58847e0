/**
 * Hard links for the merge: link a part's files into the merged folder, each
 * under a temporary name and then renamed, so that a file is replaced
 * atomically.
 */
import { access, copyFile, link, mkdir, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { faultPoint } from '../fault.ts';

/** A file to link: where it is in a part, where it goes in the merged folder. */
export type Entry = [source: string, target: string];

/** Files linked at once. */
const BATCH = 256;

export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

export async function linkAll(from: string, todo: Entry[], root: string, options: { replace?: boolean } = {}): Promise<number> {
  const made = new Map<string, Promise<unknown>>();
  for (let start = 0; start < todo.length; start += BATCH) {
    await Promise.all(
      todo.slice(start, start + BATCH).map(async ([source, target]) => {
        const file = path.join(root, target);
        const folder = path.dirname(file);
        if (!made.has(folder)) made.set(folder, mkdir(folder, { recursive: true }));
        await made.get(folder);
        if (options.replace) {
          await linkFile(path.join(from, source), `${file}.merging`);
          await rename(`${file}.merging`, file);
        } else {
          await linkFile(path.join(from, source), file);
        }
        faultPoint('merge-link');
      }),
    );
  }
  return todo.length;
}

export async function linkFile(source: string, target: string): Promise<void> {
  try {
    await link(source, target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await unlink(target);
      await link(source, target);
    } else if (code === 'EXDEV' || code === 'EPERM') {
      // Another file system (or one without hard links): copy.
      await copyFile(source, target);
    } else {
      throw error;
    }
  }
}
