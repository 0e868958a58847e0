/**
 * Merge the parts of a sharded build into one site folder, ready for a CDN:
 * the global part gives every page over the whole archive, each shard its
 * issue, section and Q&A pages (`papers/…/<y>/<m>/<d>/` in both scripts)
 * and its search bundles (`pagefind/<key>/`, or one per month of it);
 * assets (`_astro/`, hashed) come from all. Sitemaps of the shards are
 * renamed `sitemap-<key>-N.xml` and listed in one sitemap index; the search
 * shard list is written anew.
 *
 * Files are hard-linked, not copied (a part's output stays in place for its
 * next incremental build). The first merge fills a fresh folder that then
 * replaces the old one; later merges replace only the files of the parts
 * that were rebuilt, each file atomically (linked under a temporary name,
 * then renamed over the old one), and remove the files those parts no
 * longer have.
 */
import { readFile, readdir, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mergeShardList } from '../../src/archive/bundles.ts';
import { partPaths } from './build-part.ts';
import { GLOBAL } from './plan.ts';
import { exists, linkAll, listFiles, type Entry } from './links.ts';

export interface MergeResult {
  /** Files linked. */
  files: number;
  /** Files removed from the merged folder. */
  removed: number;
  /** `full`: a fresh folder; `parts`: only the rebuilt parts' files replaced. */
  mode: 'full' | 'parts';
  seconds: number;
}

export interface MergeOptions {
  work: string;
  /** Every shard key (not `global`). */
  shards: string[];
  out: string;
  /** Parts built since the last merge: only their files are replaced. A full merge when absent or when `out` does not exist. */
  rebuilt?: ReadonlySet<string>;
}

/** In the work folder: the folder the parts were last merged into. */
const MERGED_INTO = 'merged-into.txt';

export async function mergeParts(options: MergeOptions): Promise<MergeResult> {
  const started = performance.now();
  const out = path.resolve(options.out);
  const parts = [GLOBAL, ...options.shards];
  // Replace only the rebuilt parts' files when this work folder made `out` last time and remembers every part's files;
  // otherwise (a first merge, a folder built another way, a new part) fill a fresh folder.
  const incremental =
    options.rebuilt !== undefined &&
    (await readFile(path.join(options.work, MERGED_INTO), 'utf8').catch(() => undefined)) === `${out}\n` &&
    (await exists(path.join(out, 'index.html'))) &&
    (await Promise.all(parts.map((key) => exists(path.join(options.work, key, 'merged.txt'))))).every(Boolean);
  let files = 0;
  let removed = 0;
  if (!incremental) {
    const entries = new Map<string, Entry[]>();
    for (const key of parts) entries.set(key, await partEntries(options.work, key));
    const next = `${out}.merging`;
    await rm(next, { recursive: true, force: true });
    const placed = new Set<string>();
    for (const key of parts) {
      const todo = entries.get(key)!.filter(([, target]) => !placed.has(target));
      for (const [, target] of todo) placed.add(target);
      files += await linkAll(partPaths(options.work, key).dist, todo, next);
    }
    files += (await linkAssets(options.work, parts, next)).linked;
    for (const key of parts) await writeMerged(options.work, key, entries.get(key)!);
    await writeIndexes(next, options.work, parts);
    await rm(`${out}.old`, { recursive: true, force: true });
    await rename(out, `${out}.old`).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
    await rename(next, out);
    await rm(`${out}.old`, { recursive: true, force: true });
    await writeFile(path.join(options.work, MERGED_INTO), `${out}\n`);
    return { files, removed, mode: 'full', seconds: (performance.now() - started) / 1000 };
  }

  // Only the rebuilt parts are read; what each part put in the merged folder last time is kept in `<work>/<key>/merged.txt`.
  for (const key of parts.filter((part) => options.rebuilt!.has(part))) {
    const wanted = await partEntries(options.work, key);
    const keep = new Set(wanted.map(([, target]) => target));
    const before = (await readMerged(options.work, key)) ?? [];
    for (const file of before.filter((name) => !keep.has(name))) {
      await unlink(path.join(out, file)).catch(() => undefined);
      await rmdir(path.dirname(path.join(out, file))).catch(() => undefined);
      removed += 1;
    }
    files += await linkAll(partPaths(options.work, key).dist, wanted, out, { replace: true });
    await writeMerged(options.work, key, wanted);
  }
  const assets = await linkAssets(options.work, parts, out);
  files += assets.linked;
  removed += assets.removed;
  await writeIndexes(out, options.work, parts);
  return { files, removed, mode: 'parts', seconds: (performance.now() - started) / 1000 };
}

/** What a part put in the merged folder at the last merge (assets aside). */
async function readMerged(work: string, key: string): Promise<string[] | undefined> {
  const text = await readFile(path.join(work, key, 'merged.txt'), 'utf8').catch(() => undefined);
  return text?.split('\n').filter((line) => line !== '');
}

async function writeMerged(work: string, key: string, entries: Entry[]): Promise<void> {
  await writeFile(path.join(work, key, 'merged.txt'), `${entries.map(([, target]) => target).join('\n')}\n`);
}

/** What a part puts in the merged folder, assets aside: [file in its output, file in the merged folder]. */
async function partEntries(work: string, key: string): Promise<Entry[]> {
  const dist = partPaths(work, key).dist;
  const all = await listFiles(dist);
  if (key === GLOBAL) {
    if (!all.includes('index.html')) throw new Error(`${dist} holds no built site: build the global part first (node scripts/build-shards.ts --part global)`);
    return all.filter((file) => !file.startsWith('pagefind/') && !file.startsWith('_astro/') && file !== 'sitemap-index.xml').map((file) => [file, file]);
  }
  const result: Entry[] = [];
  for (const file of all) {
    const sitemap = /^sitemap-(\d+)\.xml$/u.exec(file);
    if (sitemap) result.push([file, `sitemap-${key}-${sitemap[1]}.xml`]);
    else if (ownedByShard(file, key)) result.push([file, file]);
  }
  if (result.length === 0) throw new Error(`${dist} holds no pages of shard ${key}: build it first (node scripts/build-shards.ts --part ${key})`);
  return result;
}

/** Whether a file of a shard's output is the shard's own: a page of one of its days (either script) or one of its search bundles. */
function ownedByShard(file: string, key: string): boolean {
  const day = /^(?:zh-hant\/)?papers\/[^/]+\/(\d{4})\/(\d{2})\/(\d{2})\//u.exec(file);
  const stamp = day ? `${day[1]}-${day[2]}-${day[3]}` : /^pagefind\/([\d-]+)\//u.exec(file)?.[1];
  return stamp !== undefined && (stamp === key || stamp.startsWith(`${key}-`));
}

/** The sitemap index (of every part's sitemaps, as merged) and the search shard list, written atomically. */
async function writeIndexes(root: string, work: string, parts: string[]): Promise<void> {
  const sitemaps: string[] = [];
  for (const key of parts) sitemaps.push(...((await readMerged(work, key)) ?? []).filter((file) => /^sitemap-[\w-]*\d+\.xml$/u.test(file)));
  const index = await sitemapIndex(path.join(partPaths(work, GLOBAL).dist, 'sitemap-index.xml'), sitemaps);
  await writeFile(path.join(root, 'sitemap-index.xml.tmp'), index);
  await rename(path.join(root, 'sitemap-index.xml.tmp'), path.join(root, 'sitemap-index.xml'));
  await mergeShardList(root);
}

/** A sitemap index listing `files`, with the site URL of the global part's own index. */
async function sitemapIndex(globalIndex: string, files: string[]): Promise<string> {
  const text = await readFile(globalIndex, 'utf8');
  const first = /<loc>([^<]*?)sitemap-\d+\.xml<\/loc>/u.exec(text);
  if (!first) throw new Error(`${globalIndex}:1:1: no <loc>…sitemap-N.xml</loc> in the global part's sitemap index; rebuild the global part`);
  const prefix = first[1] ?? '';
  const list = files.map((file) => `<sitemap><loc>${prefix}${file}</loc></sitemap>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${list}</sitemapindex>`;
}

/** Assets (`_astro/`, hashed names): link every part's that `root` lacks, and remove those no part has any more. */
async function linkAssets(work: string, parts: string[], root: string): Promise<{ linked: number; removed: number }> {
  const present = new Set((await readdir(path.join(root, '_astro')).catch(() => [])).map((name) => `_astro/${name}`));
  const wanted = new Set<string>();
  let linked = 0;
  let removed = 0;
  for (const key of parts) {
    const names = (await readdir(path.join(partPaths(work, key).dist, '_astro')).catch(() => [])).map((name) => `_astro/${name}`);
    for (const name of names) wanted.add(name);
    const fresh = names.filter((name) => !present.has(name));
    for (const name of fresh) present.add(name);
    linked += await linkAll(
      partPaths(work, key).dist,
      fresh.map((name) => [name, name]),
      root,
    );
  }
  for (const asset of present) {
    if (!wanted.has(asset)) {
      await unlink(path.join(root, asset));
      removed += 1;
    }
  }
  return { linked, removed };
}
