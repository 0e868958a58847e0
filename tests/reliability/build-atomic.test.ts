/**
 * Issue 14, item 5: `npm run build` publishes atomically — the site is
 * built in a folder beside `dist/` and renamed over it; a failed build
 * leaves the old `dist/` intact and no half-built folder behind.
 */
import { spawnSync } from 'node:child_process';
import { access, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../site/fixture-site.ts';
import { archiveAt, ingestFixtures, tree } from './parts-fixture.ts';
import { removedAfter } from '../support/temp-dir.ts';

const archive = archiveAt(path.join(tmpdir(), `baoku-build-atomic-${process.pid}`));
removedAfter(archive.root);

function build(): { status: number | null; log: string } {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/build-site.ts')], {
    cwd: projectRoot,
    env: { ...process.env, BAOKU_CONTENT: archive.content, BAOKU_OUT_DIR: archive.out, BAOKU_CACHE_DIR: path.join(archive.root, 'cache') },
    encoding: 'utf8',
  });
  return { status: result.status, log: `${result.stdout}${result.stderr}` };
}

describe('npm run build', () => {
  it('keeps the old dist/ when the build fails', async () => {
    await ingestFixtures(archive);
    const first = build();
    expect(first.status, first.log).toBe(0);
    const before = await tree(archive.out);
    expect(before['index.html']).toBeDefined();
    // An issue whose front matter breaks the collection's schema fails `astro build`.
    await writeFile(path.join(archive.content, 'issues/kejizhoubao/2025-09-04.md'), '---\ndate: not a date\n---\n');
    const failed = build();
    expect(failed.status, failed.log).toBe(1);
    expect(failed.log).toContain(`was left as it was`);
    expect(await tree(archive.out)).toEqual(before);
    await expect(access(`${archive.out}.building`)).rejects.toThrow();
  }, 300_000);
});
