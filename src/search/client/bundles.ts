/**
 * The archive's search index is one Pagefind bundle per year (a shard).
 * Shards are loaded on demand, newest first, so the first query downloads
 * one year's index, not the whole archive's.
 */
import { BASE } from '../../utils/url.ts';
import { BUNDLE_LIST } from '../../archive/shards.ts';

/** What this page uses of Pagefind's browser API. */
export interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindSearch {
  results: Array<{ id: string; score: number; data: () => Promise<PagefindResultData> }>;
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch | null>;
}

export interface Shard {
  key: string;
  pages: number;
}

let shardList: Promise<Shard[]> | undefined;
const modules = new Map<string, Promise<PagefindModule>>();

/** Shards, newest first. */
export function shards(): Promise<Shard[]> {
  shardList ??= fetch(`${BASE}${BUNDLE_LIST}`).then((response) => (response.ok ? (response.json() as Promise<Shard[]>) : []));
  return shardList;
}

export function shardModule(key: string): Promise<PagefindModule> {
  let module = modules.get(key);
  if (!module) {
    const bundlePath = `${BASE}pagefind/${key}/`;
    module = (import(/* @vite-ignore */ `${bundlePath}pagefind.js`) as Promise<PagefindModule>).then(async (loaded) => {
      await loaded.options({ bundlePath, excerptLength: 40 });
      await loaded.init();
      return loaded;
    });
    modules.set(key, module);
  }
  return module;
}
