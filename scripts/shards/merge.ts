/**
 * Merge the parts of a sharded build into one site folder, ready for a CDN:
 * the global part gives every page over the whole archive, each shard its
 * issue, section and Q&A pages (`papers/…/<y>/<m>/<d>/` in both scripts)
 * and its search bundles (`pagefind/<key>/`, or one per month of it);
 * the global part also gives the search hub (`pagefind/hub/`, which every
 * part writes alike); assets (`_astro/`, hashed) come from all. Sitemaps of the shards are
 * renamed `sitemap-<key>-N.xml` and listed in one sitemap index; the search
 * shard list is written anew.
 *
 * Files are hard-linked, not copied (a part's output stays in place for its
 * next incremental build). The first merge fills a fresh folder that then
 * replaces the old one; later merges replace only the files of the parts
 * whose build changed since it was last merged, each file atomically
 * (linked under a temporary name, then renamed over the old one), and
 * remove the files those parts no longer have. What was merged (each
 * part's fingerprint) is recorded only after the merged folder is complete;
 * a marker file stands in the work folder while a merge changes the output,
 * so a run that finds it knows the last merge was stopped and merges every
 * part afresh.
 */
import { readFile, readdir, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { mergeShardList } from '../../src/archive/bundles.ts';
import { SEARCH_HUB } from '../../src/archive/shards.ts';
import { partPaths } from './build-part.ts';
import { GLOBAL } from './plan.ts';
import { exists, linkAll, listFiles, type Entry } from './links.ts';
import { faultPoint } from '../fault.ts';

export interface MergeResult {
  /** Files linked. */
  files: number;
  /** Files removed from the merged folder. */
  removed: number;
  /** `full`: a fresh folder; `parts`: only the changed parts' files replaced. */
  mode: 'full' | 'parts';
  /** Parts whose files were (re)placed. */
  merged: string[];
  /** Why every part was merged afresh, when that repairs something (an interrupted merge, a missing folder). */
  repaired?: string;
  seconds: number;
}

export interface MergeOptions {
  work: string;
  /** Every shard key (not `global`). */
  shards: string[];
  out: string;
  /** Each part's fingerprint as built now (`<work>/<key>/fingerprint`): a part whose merged build differs is merged again. */
  fingerprints: ReadonlyMap<string, string>;
  /** Merge every part into a fresh folder (`--part none`). */
  fresh?: boolean;
}

/**
 * In the work folder: what was merged last, written only once the merged folder is complete and in place — the folder and
 * the fingerprint of each part's build that is in it.
 */
const STATE = 'merge-state.json';
/** In the work folder while a merge changes the output: found at the start of a run, it means the last merge was interrupted. */
const PENDING = 'merge-pending';

interface MergeState {
  out: string;
  parts: Record<string, string>;
}

export async function mergeParts(options: MergeOptions): Promise<MergeResult> {
  const started = performance.now();
  const out = path.resolve(options.out);
  const parts = [GLOBAL, ...options.shards];
  const state = await readState(options.work);
  const pending = await readFile(path.join(options.work, PENDING), 'utf8').catch(() => undefined);
  // Replace only the changed parts' files when this work folder made `out` last time, the merge finished, and every part's
  // file list is there; otherwise (a first merge, an interrupted one, a folder built another way, a new or removed part) fill a fresh folder.
  let repaired: string | undefined;
  if (pending !== undefined) repaired = `the last merge into ${pending.trim() || out} was interrupted (${path.join(options.work, PENDING)} is still there)`;
  else if (state?.out === out && !(await exists(path.join(out, 'index.html')))) repaired = `${path.join(out, 'index.html')} is missing`;
  const incremental =
    !options.fresh &&
    repaired === undefined &&
    state?.out === out &&
    sameKeys(Object.keys(state.parts), parts) &&
    (await Promise.all(parts.map((key) => exists(path.join(options.work, key, 'merged.txt'))))).every(Boolean);
  const changed = parts.filter((key) => !incremental || state.parts[key] !== options.fingerprints.get(key));
  const next: MergeState = { out, parts: Object.fromEntries(parts.map((key) => [key, options.fingerprints.get(key) ?? ''])) };
  let files = 0;
  let removed = 0;
  if (incremental && changed.length === 0) return { files, removed, mode: 'parts', merged: [], seconds: (performance.now() - started) / 1000 };
  await writeAtomic(path.join(options.work, PENDING), `${out}\n`);
  faultPoint('merge-start');
  if (!incremental) {
    const entries = new Map<string, Entry[]>();
    for (const key of parts) entries.set(key, await partEntries(options.work, key));
    const fresh = `${out}.merging`;
    await rm(fresh, { recursive: true, force: true });
    const placed = new Set<string>();
    for (const key of parts) {
      const todo = entries.get(key)!.filter(([, target]) => !placed.has(target));
      for (const [, target] of todo) placed.add(target);
      files += await linkAll(partPaths(options.work, key).dist, todo, fresh);
    }
    files += (await linkAssets(options.work, parts, fresh)).linked;
    for (const key of parts) await writeMerged(options.work, key, entries.get(key)!);
    await writeIndexes(fresh, options.work, parts);
    await rm(`${out}.old`, { recursive: true, force: true });
    await rename(out, `${out}.old`).catch((error: unknown) => {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    });
    await rename(fresh, out);
    faultPoint('merge-published');
    await rm(`${out}.old`, { recursive: true, force: true });
    await finish(options.work, next);
    return { files, removed, mode: 'full', merged: parts, ...(repaired ? { repaired } : {}), seconds: (performance.now() - started) / 1000 };
  }

  // Only the changed parts are read; what each part put in the merged folder last time is kept in `<work>/<key>/merged.txt`.
  for (const key of changed) {
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
  faultPoint('merge-published');
  await finish(options.work, next);
  return { files, removed, mode: 'parts', merged: changed, seconds: (performance.now() - started) / 1000 };
}

/** Record what is merged, then drop the marker of a merge in progress: in this order, so that a stop between leaves the marker. */
async function finish(work: string, state: MergeState): Promise<void> {
  await writeAtomic(path.join(work, STATE), `${JSON.stringify(state, null, 2)}\n`);
  await rm(path.join(work, PENDING), { force: true });
}

async function readState(work: string): Promise<MergeState | undefined> {
  try {
    const value = JSON.parse(await readFile(path.join(work, STATE), 'utf8')) as Partial<MergeState>;
    return typeof value.out === 'string' && typeof value.parts === 'object' ? { out: value.out, parts: value.parts } : undefined;
  } catch {
    return undefined;
  }
}

function sameKeys(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
}

async function writeAtomic(file: string, text: string): Promise<void> {
  await writeFile(`${file}.tmp`, text);
  await rename(`${file}.tmp`, file);
}

/** What a part put in the merged folder at the last merge (assets aside). */
async function readMerged(work: string, key: string): Promise<string[] | undefined> {
  const text = await readFile(path.join(work, key, 'merged.txt'), 'utf8').catch(() => undefined);
  return text?.split('\n').filter((line) => line !== '');
}

async function writeMerged(work: string, key: string, entries: Entry[]): Promise<void> {
  await writeAtomic(path.join(work, key, 'merged.txt'), `${entries.map(([, target]) => target).join('\n')}\n`);
}

/** What a part puts in the merged folder, assets aside: [file in its output, file in the merged folder]. */
async function partEntries(work: string, key: string): Promise<Entry[]> {
  const dist = partPaths(work, key).dist;
  const all = await listFiles(dist);
  if (key === GLOBAL) {
    if (!all.includes('index.html')) throw new Error(`${dist} holds no built site: build the global part first (node scripts/build-shards.ts --part global)`);
    return all
      .filter((file) => (!file.startsWith('pagefind/') || file.startsWith(SEARCH_HUB)) && !file.startsWith('_astro/') && file !== 'sitemap-index.xml')
      .map((file) => [file, file]);
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
