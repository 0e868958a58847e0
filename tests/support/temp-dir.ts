/**
 * Temporary folders for one test file, removed after its tests, so that a
 * run of the suite leaves nothing behind in the system's temporary folder.
 *
 * @example
 *   const tempDir = tempDirs('baoku-pipeline-');
 *   it('…', async () => { const root = await tempDir(); … });
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

export function tempDirs(prefix: string): () => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true });
  });
  return async () => {
    const dir = await mkdtemp(path.join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}

/** Remove a folder after the file's tests (a fixed-name archive of the reliability tests). */
export function removedAfter(dir: string): void {
  afterAll(() => rm(dir, { recursive: true, force: true }));
}
