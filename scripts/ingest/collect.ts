/**
 * Find every file under the given paths (files or folders, any depth) and
 * say what becomes of each: read as text or Markdown, or left out —
 * hidden files and editor leftovers (counted in the summary) and unknown
 * formats (a warning each). Nothing under an input folder is passed over
 * without a word. Sorted by path, so the output is deterministic.
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** How a file is read. */
export type InputFormat = 'text' | 'markdown';

export interface InputFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the root it was found under, `/`-separated (a stable name for provenance). */
  relative: string;
  /** The input folder's own name (`运河日报` for `raw/运河日报/…`), a last resort for the paper's name. */
  rootName: string;
  format: InputFormat;
}

export interface LeftOut {
  relative: string;
  absolute: string;
  reason: 'hidden' | 'backup' | 'unknown-format';
}

export interface Collected {
  inputs: InputFile[];
  leftOut: LeftOut[];
}

/** Extensions by format; a file without an extension is text. */
const FORMATS: Record<string, InputFormat> = {
  '': 'text',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** Editor and tool leftovers: `a.txt~`, `#a.txt#`, `a.txt.bak`, `a.swp`, `a.orig`. */
const BACKUP = /(~|\.bak|\.swp|\.swo|\.orig|\.tmp)$|^#.*#$/iu;

export function formatOf(name: string): InputFormat | undefined {
  return FORMATS[path.extname(name).toLowerCase()];
}

export async function collectInputs(paths: string[]): Promise<Collected> {
  const found = new Map<string, InputFile>();
  const leftOut: LeftOut[] = [];
  const consider = (absolute: string, relative: string, rootName: string): void => {
    const name = path.basename(absolute);
    if (relative.split('/').some((part) => part.startsWith('.'))) leftOut.push({ relative, absolute, reason: 'hidden' });
    else if (BACKUP.test(name)) leftOut.push({ relative, absolute, reason: 'backup' });
    else {
      const format = formatOf(name);
      if (format) found.set(absolute, { absolute, relative, rootName, format });
      else leftOut.push({ relative, absolute, reason: 'unknown-format' });
    }
  };
  for (const given of paths) {
    const root = path.resolve(given);
    const info = await stat(root);
    if (info.isFile()) {
      consider(root, path.basename(root), path.basename(path.dirname(root)));
      continue;
    }
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    for (const entry of entries) {
      if (!entry.isFile()) continue;
      const absolute = path.join(entry.parentPath, entry.name);
      consider(absolute, path.relative(root, absolute).split(path.sep).join('/'), path.basename(root));
    }
  }
  const byPath = (a: { relative: string }, b: { relative: string }): number => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
  return { inputs: [...found.values()].sort(byPath), leftOut: leftOut.sort(byPath) };
}
