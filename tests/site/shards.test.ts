/**
 * The site built in parts (scripts/build-shards.ts: `global` and one shard
 * per year, each its own `astro build`) and merged is the same site, file
 * for file, as the one-build site; unchanged parts are not built again, and
 * a changed issue rebuilds its shard and the global part only.
 */
import { spawnSync } from 'node:child_process';
import { appendFile, cp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/archive/settings.ts';
import { sitePart } from '../../src/utils/site-part.ts';
import { contentDir, outputRoot, projectRoot, siteDir } from './fixture-site.ts';

const root = path.join(outputRoot, 'sharded');
const content = path.join(root, 'content');
const out = path.join(root, 'dist');
// Outside the project on purpose: parts built in parallel must not share Astro's fallback build folder.
const work = path.join(tmpdir(), `baoku-parts-${process.pid}`);

function buildShards(extra: string[] = []): { status: number | null; log: string } {
  const result = spawnSync(
    process.execPath,
    [path.join(projectRoot, 'scripts/build-shards.ts'), '--content', content, '--out', out, '--work', work, ...extra],
    {
      cwd: projectRoot,
      env: { ...process.env, BAOKU_SHARD_BY: 'year' },
      encoding: 'utf8',
    },
  );
  return { status: result.status, log: `${result.stdout}${result.stderr}` };
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

async function sitemapUrls(dir: string): Promise<string[]> {
  const maps = (await files(dir)).filter((file) => /^sitemap-.*\d\.xml$/u.test(file));
  const urls = await Promise.all(
    maps.map(async (file) => [...(await readFile(path.join(dir, file), 'utf8')).matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!)),
  );
  return urls.flat().sort();
}

let first: { status: number | null; log: string };

beforeAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
  await cp(contentDir, content, { recursive: true });
  first = buildShards();
}, 300_000);

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('sharded build', () => {
  it('builds the global part and one part per year', () => {
    expect(first.status, first.log).toBe(0);
    const years = new Set((first.log.match(/^ {2}(\d{4}): built/gmu) ?? []).map((line) => line.trim().slice(0, 4)));
    expect(years.size).toBeGreaterThan(1);
    expect(first.log).toContain(`${years.size + 1} parts (year shards, search by year), ${years.size + 1} to build, 0 unchanged`);
  });

  it('merges into the same site as one build, file for file', async () => {
    const whole = await files(siteDir);
    const merged = await files(out);
    const sitemap = /^sitemap-/u;
    expect(merged.filter((file) => !sitemap.test(file))).toEqual(whole.filter((file) => !sitemap.test(file)));
    const differing = [];
    for (const file of whole.filter((name) => !sitemap.test(name))) {
      const [a, b] = await Promise.all([readFile(path.join(siteDir, file)), readFile(path.join(out, file))]);
      if (!a.equals(b)) differing.push(file);
    }
    expect(differing).toEqual([]);
  });

  it('lists every page in the merged sitemaps', async () => {
    expect(await sitemapUrls(out)).toEqual(await sitemapUrls(siteDir));
    const index = await readFile(path.join(out, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain('sitemap-2024-0.xml');
    expect(index).toContain('sitemap-2025-0.xml');
  });

  it('builds nothing when nothing changed, and only the changed shard and the global part after an edit', async () => {
    const again = buildShards();
    expect(again.status, again.log).toBe(0);
    expect(again.log).toMatch(/, 0 to build, (\d+) unchanged/u);
    const parts = Number(/, 0 to build, (\d+) unchanged/u.exec(again.log)?.[1]);

    const section = path.join(content, 'sections/kejizhoubao/2025-09-03/p3-01.md');
    await appendFile(section, '\n本段为分片构建测试所加。\n');
    const edited = buildShards();
    expect(edited.status, edited.log).toBe(0);
    expect(edited.log).toContain(`2 to build, ${parts - 2} unchanged`);
    expect(edited.log).toMatch(/ {2}2025: built/u);
    expect(edited.log).toMatch(/ {2}global: built/u);
    expect(edited.log).not.toMatch(/ {2}2024: built/u);
    expect(edited.log).toMatch(/changed parts only: global, 2025, \d+ removed/u);
    expect(await readFile(path.join(out, 'papers/kejizhoubao/2025/09/03/p3-01/index.html'), 'utf8')).toContain('本段为分片构建测试所加');
    // Replacing the rebuilt parts' files gives what merging every part afresh gives.
    const fresh = buildShards(['--part', 'none', '--out', path.join(root, 'dist-fresh')]);
    expect(fresh.status, fresh.log).toBe(0);
    expect(fresh.log).toMatch(/a fresh folder/u);
    expect(await files(out)).toEqual(await files(path.join(root, 'dist-fresh')));
  }, 120_000);
});

describe('site part', () => {
  it('names the bad value and the accepted ones', () => {
    expect(() => sitePart('24')).toThrow('BAOKU_SHARD=24 is not a site part of this archive (parts by year).\n  Fix: use `global` or a year such as `2024`');
  });

  it('splits search bundles no coarser than the parts', () => {
    expect(resolveSettings({}, { BAOKU_SHARD_BY: 'year', BAOKU_SEARCH_SHARD_BY: 'month' }).shards.search).toBe('month');
    expect(resolveSettings({}, { BAOKU_SHARD_BY: 'month', BAOKU_SEARCH_SHARD_BY: 'year' }).shards.search).toBe('month');
    expect(resolveSettings({ shards: { parts: 'month', search: 'year' } }, {}).shards.search).toBe('month');
    expect(resolveSettings({}, {}).shards.search).toBe('year');
  });
});
