/**
 * Merge the parts of a sharded build into one site folder, ready for a CDN:
 * the global part gives every page over the whole archive, each shard its
 * issue, section and Q&A pages (`papers/…/<y>/<m>/<d>/` in both scripts)
 * and its search bundles (`pagefind/<key>/`, or one per month of it); assets (`_astro/`, hashed)
 * come from all. Sitemaps of the shards are renamed `sitemap-<key>-N.xml`
 * and listed in one sitemap index; the search shard list is written anew.
 *
 * Files are hard-linked, not copied (a part's output stays in place for its
 * next incremental build), into a fresh folder that then replaces the old
 * one, so that the published folder never mixes two builds.
 */
import { copyFile, link, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mergeShardList } from '../../src/integrations/search-index.ts';
import { partPaths } from './build-part.ts';
import { GLOBAL } from './plan.ts';

export interface MergeResult {
  files: number;
  seconds: number;
}

/** Files linked at once. */
const BATCH = 256;

export async function mergeParts(options: { work: string; shards: string[]; out: string }): Promise<MergeResult> {
  const started = performance.now();
  const out = path.resolve(options.out);
  const next = `${out}.merging`;
  await rm(next, { recursive: true, force: true });
  made.clear();
  const placed = new Set<string>();
  const sitemaps: string[] = [];
  let files = 0;

  const place = async (from: string, entries: Array<[source: string, target: string]>): Promise<void> => {
    const todo = entries.filter(([, target]) => !placed.has(target));
    for (const [, target] of todo) placed.add(target);
    for (let start = 0; start < todo.length; start += BATCH) {
      await Promise.all(todo.slice(start, start + BATCH).map(([source, target]) => linkFile(path.join(from, source), path.join(next, target))));
    }
    files += todo.length;
  };

  const global = partPaths(options.work, GLOBAL).dist;
  const globalFiles = await listFiles(global);
  if (!globalFiles.includes('index.html'))
    throw new Error(`${global} holds no built site: build the global part first (node scripts/build-shards.ts --part global)`);
  await place(
    global,
    globalFiles.filter((file) => !file.startsWith('pagefind/') && file !== 'sitemap-index.xml').map((file) => [file, file]),
  );
  sitemaps.push(...globalFiles.filter((file) => /^sitemap-\d+\.xml$/u.test(file)));

  for (const key of options.shards) {
    const dist = partPaths(options.work, key).dist;
    const entries: Array<[string, string]> = [];
    for (const file of await listFiles(dist)) {
      const sitemap = /^sitemap-(\d+)\.xml$/u.exec(file);
      if (sitemap) {
        entries.push([file, `sitemap-${key}-${sitemap[1]}.xml`]);
        sitemaps.push(`sitemap-${key}-${sitemap[1]}.xml`);
      } else if (/^(?:zh-hant\/)?papers\//u.test(file) || file.startsWith('_astro/') || ownBundle(file, key)) {
        entries.push([file, file]);
      }
    }
    if (entries.length === 0) throw new Error(`${dist} holds no pages of shard ${key}: build it first (node scripts/build-shards.ts --part ${key})`);
    await place(dist, entries);
  }

  await writeFile(path.join(next, 'sitemap-index.xml'), await sitemapIndex(path.join(global, 'sitemap-index.xml'), sitemaps));
  await mergeShardList(next);
  await rm(`${out}.old`, { recursive: true, force: true });
  await rename(out, `${out}.old`).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  });
  await rename(next, out);
  await rm(`${out}.old`, { recursive: true, force: true });
  return { files, seconds: (performance.now() - started) / 1000 };
}

/** A search bundle of the shard: `pagefind/2024/…`, or a month of it (`pagefind/2024-03/…`, BAOKU_SEARCH_SHARD_BY=month). */
function ownBundle(file: string, key: string): boolean {
  return file.startsWith(`pagefind/${key}/`) || file.startsWith(`pagefind/${key}-`);
}

/** A sitemap index listing `files`, with the site URL of the global part's own index. */
async function sitemapIndex(globalIndex: string, files: string[]): Promise<string> {
  const text = await readFile(globalIndex, 'utf8');
  const first = /<loc>([^<]*?)sitemap-\d+\.xml<\/loc>/u.exec(text);
  if (!first) throw new Error(`${globalIndex}:1:1: no <loc>…sitemap-N.xml</loc> in the global part's sitemap index; rebuild the global part`);
  const prefix = first[1] ?? '';
  const entries = files.map((file) => `<sitemap><loc>${prefix}${file}</loc></sitemap>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`;
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

const made = new Map<string, Promise<unknown>>();

async function linkFile(source: string, target: string): Promise<void> {
  const folder = path.dirname(target);
  if (!made.has(folder)) made.set(folder, mkdir(folder, { recursive: true }));
  await made.get(folder);
  try {
    await link(source, target);
  } catch (error) {
    // Another file system (or one without hard links): copy.
    if ((error as NodeJS.ErrnoException).code === 'EXDEV' || (error as NodeJS.ErrnoException).code === 'EPERM') await copyFile(source, target);
    else throw error;
  }
}
