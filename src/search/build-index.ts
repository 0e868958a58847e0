/**
 * Astro integration: after the build (and after script conversion), index
 * the Simplified content pages with Pagefind's Node API, one index per year
 * (a shard), each built on its own so that memory is bounded by the largest
 * year and an unchanged year is copied from the cache instead of re-indexed.
 * Any error Pagefind reports fails the build.
 *
 * Writes `pagefind/<year>/` (a full Pagefind bundle each), the search hub
 * `pagefind/hub/` (hub.ts: what the page starts every bundle from),
 * `pagefind/baoku-shards.json` (shards, newest first), and in each bundle
 * `baoku-phrases.json`: the entries of opencc's phrase tables that occur in
 * the shard's records, with which the search page shows results to
 * Traditional readers exactly as the pages show the same text
 * (search/phrase-subset.ts, search/client/to-traditional.ts).
 */
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { HUB_NAME, mergeShardList, type SearchShard } from '../archive/bundles.ts';
import { shardOfPagePath } from '../archive/shards.ts';
import { settings, settingsHash } from '../archive/settings.ts';
import { PhraseSubset } from './phrase-subset.ts';
import { PHRASES } from '../integrations/script-converters.ts';
import { searchRecord, type SearchRecord } from './records.ts';
import { decodeIndexText } from './bigrams.ts';
import { writeHub } from './hub.ts';

/** Shards indexed at once: one per core on the 2-core machines Baoku is measured on. */
const SHARD_CONCURRENCY = Math.max(1, Math.min(2, availableParallelism()));
/** Bumped when what a cached bundle holds changes (2: `baoku-phrases.json`; 3: bigram records, `und`). */
const BUNDLE_VERSION = '3';
/** The phrase table each bundle carries for Traditional readers. */
export const PHRASES_FILE = 'baoku-phrases.json';

export type { SearchShard } from '../archive/bundles.ts';

export interface SearchIndexOptions {
  /** The built site. */
  root: string;
  /** Where finished shard bundles are kept between builds. */
  cacheRoot: string;
  /** Build only these shards (for parallel CI jobs); all when absent. */
  only?: string[];
}

export interface SearchIndexResult {
  shards: SearchShard[];
  reused: number;
  seconds: number;
}

export function searchIndex(): AstroIntegration {
  let cacheRoot = '';
  return {
    name: 'baoku:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = path.join(fileURLToPath(config.cacheDir), 'baoku-pagefind');
      },
      'astro:build:done': async ({ dir, logger }) => {
        // `search: false` (BAOKU_SEARCH=off) leaves indexing to `npm run search-index --` (benchmarks, sharded CI builds).
        if (!settings().search) return;
        const result = await buildSearchIndex({ root: fileURLToPath(dir), cacheRoot });
        const pages = result.shards.reduce((sum, shard) => sum + shard.pages, 0);
        logger.info(
          `indexed ${pages} pages in ${result.shards.length} shards (${result.reused} unchanged, copied from cache) in ${result.seconds.toFixed(2)} s`,
        );
      },
    },
  };
}

/** Index a built site shard by shard, then write the shard list and the character table. */
export async function buildSearchIndex(options: SearchIndexOptions): Promise<SearchIndexResult> {
  const started = performance.now();
  const { root, cacheRoot } = options;
  const shards = await shardFiles(root);
  const written: SearchShard[] = [];
  let reused = 0;
  const keys = [...shards.keys()]
    .sort()
    .reverse()
    .filter((key) => !options.only || options.only.includes(key));
  // Shards are independent: index SHARD_CONCURRENCY of them at a time (the Pagefind service runs them in parallel).
  const queue = [...keys];
  const worker = async (): Promise<void> => {
    for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
      const records: SearchRecord[] = [];
      for (const file of shards.get(key)!) {
        const record = searchRecord(await readFile(path.join(root, file), 'utf8'), file.replace(/index\.html$/u, ''));
        if (record) records.push(record);
      }
      // The cache key: the bundle format, the settings as a whole and the records.
      const hash = createHash('sha256').update(`${BUNDLE_VERSION}\0${settingsHash()}\0`).update(JSON.stringify(records)).digest('hex').slice(0, 16);
      const cached = path.join(cacheRoot, `${key}-${hash}`);
      if (await exists(cached)) reused += 1;
      else {
        await buildShard(records, cached, key);
        await writeFile(path.join(cached, PHRASES_FILE), JSON.stringify(phrasesOf(records)));
      }
      await rm(path.join(root, 'pagefind', key), { recursive: true, force: true });
      await cp(cached, path.join(root, 'pagefind', key), { recursive: true });
      written.push({ key, pages: records.length });
      await pruneCache(cacheRoot, key, `${key}-${hash}`);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SHARD_CONCURRENCY, keys.length) }, worker));
  written.sort((a, b) => (a.key < b.key ? 1 : -1));
  // Written by every run, also of some shards only or of none (the global part of a build in parts, which the merge takes it from).
  await writeHub(root);
  await pagefind.close();
  if (!options.only) {
    // Bundles of shards that no longer exist (pages removed, or another shard granularity) go.
    const current = new Set([...written.map((shard) => shard.key), HUB_NAME]);
    for (const entry of await readdir(path.join(root, 'pagefind'), { withFileTypes: true }).catch(() => [])) {
      if (entry.isDirectory() && !current.has(entry.name)) await rm(path.join(root, 'pagefind', entry.name), { recursive: true, force: true });
    }
  }
  await mergeShardList(root);
  return { shards: written, reused, seconds: (performance.now() - started) / 1000 };
}

/** Simplified content pages by shard, grouped by their paths. */
async function shardFiles(root: string): Promise<Map<string, string[]>> {
  const shards = new Map<string, string[]>();
  const files = (await readdir(root, { recursive: true })).map((file) => file.split(path.sep).join('/'));
  for (const file of files.filter((name) => name.endsWith('.html') && !name.startsWith('zh-hant/')).sort()) {
    const key = shardOfPagePath(file, settings().shards.search);
    if (!key) continue;
    const list = shards.get(key);
    if (list) list.push(file);
    else shards.set(key, [file]);
  }
  return shards;
}

async function buildShard(records: SearchRecord[], outputPath: string, key: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'und' });
  if (!index) throw new Error(`Pagefind could not create the index for ${key}: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
  }
  const result = await index.writeFiles({ outputPath });
  if (result.errors.length > 0) throw new Error(`Pagefind could not write the index for ${key}: ${result.errors.join('; ')}`);
  await index.deleteIndex();
}

/** Keep only the current cache entry of a shard. */
async function pruneCache(cacheRoot: string, key: string, keep: string): Promise<void> {
  for (const entry of await readdir(cacheRoot).catch(() => [])) {
    if (entry.startsWith(`${key}-`) && entry !== keep) await rm(path.join(cacheRoot, entry), { recursive: true, force: true });
  }
  await mkdir(cacheRoot, { recursive: true });
}

async function exists(folder: string): Promise<boolean> {
  return (await readdir(folder).catch(() => undefined)) !== undefined;
}

let subset: PhraseSubset | undefined;

/** The phrase entries a shard's records need: their text, titles, and the values shown as facts and facets. */
function phrasesOf(records: SearchRecord[]): Array<Array<[string, string]>> {
  subset ??= new PhraseSubset(PHRASES);
  return subset.of(records.flatMap((record) => [decodeIndexText(record.content), record.meta['title'] ?? '', ...Object.values(record.filters).flat()]));
}
