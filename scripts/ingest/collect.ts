/**
 * Find the raw files under the given paths (files or folders, recursive),
 * sorted by path so that file order — and so the output — is deterministic.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export interface InputFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the root it was found under, `/`-separated (a stable name for provenance). */
  relative: string;
}

/** Hidden files and editor leftovers are not pages. */
const SKIP = /(^|\/)\.|~$|\.(md|json|ya?ml)$/u;

export async function collectInputs(paths: string[]): Promise<InputFile[]> {
  const found = new Map<string, InputFile>();
  for (const given of paths) {
    const root = path.resolve(given);
    const info = await stat(root);
    if (info.isFile()) {
      found.set(root, { absolute: root, relative: path.basename(root) });
      continue;
    }
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const absolute = path.join(entry.parentPath, entry.name);
      const relative = path.relative(root, absolute).split(path.sep).join('/');
      if (SKIP.test(relative)) continue;
      found.set(absolute, { absolute, relative });
    }
  }
  return [...found.values()].sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
}
