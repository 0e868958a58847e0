/**
 * The archive's search index is one Pagefind bundle per year (a shard).
 * Shards are loaded on demand, newest first, so the first query downloads
 * one year's index, not the whole archive's.
 */
import { BASE } from '../../utils/url.ts';
import { BUNDLE_LIST, SEARCH_HUB } from '../../archive/shards.ts';

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

export interface PagefindModule {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<PagefindSearch | null>;
  /** Load the index chunks a search for the term needs, without searching. */
  preload: (term: string, options?: { filters?: Record<string, string> }) => Promise<void>;
  /** Every filter value of the bundle, with its number of records. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface Shard {
  key: string;
  pages: number;
}

/** The bundle list, kept under its path (one entry). */
const shardLists = new Map<string, Promise<Shard[]>>();
const modules = new Map<string, Promise<PagefindModule>>();

/** What the page uses of Pagefind's `pagefind.js`: one Pagefind object per bundle. */
interface PagefindRuntime {
  createInstance: (options: { basePath: string }) => PagefindModule & {
    mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  };
}

let runtime: Promise<PagefindRuntime> | undefined;
/** How many times the runtime failed to load. */
let runtimeFailures = 0;

/**
 * The promise kept for `key`, made by `make` the first time; one that fails
 * is forgotten, so that the next call tries again instead of failing from
 * memory (a bundle or a list the network did not deliver).
 */
function remembered<T>(cache: Map<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
  let kept = cache.get(key);
  if (!kept) {
    kept = make();
    kept.catch(() => cache.delete(key));
    cache.set(key, kept);
  }
  return kept;
}

/** Shards, newest first. A list that could not be fetched is asked for again next time. */
export function shards(): Promise<Shard[]> {
  return remembered(shardLists, BUNDLE_LIST, () =>
    fetch(`${BASE}${BUNDLE_LIST}`).then((response) => (response.ok ? (response.json() as Promise<Shard[]>) : [])),
  );
}

/** The search hub (search/hub.ts): a bundle of one record that no search of this page returns. */
const HUB = `${BASE}${SEARCH_HUB}`;

/**
 * One Pagefind runtime for every bundle: the hub's `pagefind.js` (47 KB;
 * every bundle holds the same file, and loading each one's copy cost 510 KB
 * on a query of a year's 12 month bundles).
 */
function pagefindRuntime(): Promise<PagefindRuntime> {
  if (!runtime) {
    // The browser remembers a module that failed to load; after a failure the URL is made new so it is fetched again.
    const url = `${HUB}pagefind.js${runtimeFailures > 0 ? `?attempt=${runtimeFailures}` : ''}`;
    const loading = import(/* @vite-ignore */ url) as Promise<PagefindRuntime>;
    loading.catch(() => {
      runtime = undefined;
      runtimeFailures += 1;
    });
    runtime = loading;
  }
  return runtime;
}

/**
 * A bundle's Pagefind object: created on the hub (search/hub.ts), with the
 * bundle merged into it. Pagefind fetches the wasm of the folder an object is
 * created on (55 KB, the same file in every bundle) once for every object,
 * although its shared worker already runs it; a merged bundle fetches none.
 * Created on the hub, every object asks for the same URL, which the browser
 * downloads once a page load and then takes from its cache, or, from a
 * server that has every file revalidated, confirms with a 304 (checked by
 * tests/site/search-hub.test.ts). Measured on the benchmark year sorted by
 * relevance (经济, 11 month bundles): the wasm 612 KB → 57 KB, the query
 * 1,212 KB → 663 KB. Each bundle keeps an object of its own, so bundles are
 * still searched one at a time: one object with every bundle merged in
 * searches them all on each query (measured: a second query of the newest
 * month then downloaded the index chunks of 9 months, 894 KB instead of
 * 101 KB). The hub's record is never a result, so an object answers as its
 * bundle alone. An object costs the hub's entry and meta and the wasm's 304
 * (0.7 KB), and two round trips before its bundle's own files; one more
 * 304 when Pagefind's shared worker does not answer the object within 5 s
 * (a busy machine) and Pagefind runs it on the page instead.
 */
export function shardModule(key: string): Promise<PagefindModule> {
  return remembered(modules, key, async () => {
    const instance = createAsUnd(await pagefindRuntime(), HUB);
    await instance.init();
    // The hub started (or failed: this rejects, where `mergeIndex` would wait for its wasm for ever).
    await instance.filters();
    await instance.mergeIndex(`${BASE}pagefind/${key}/`, { language: 'und', excerptLength: 40 });
    return instance;
  });
}

/**
 * Start a bundle in the language it was indexed in, `und`. Pagefind takes the
 * language from `<html lang>` when an instance is created, and with zh, ja or
 * th it splits the query into words with `Intl.Segmenter`, which breaks the
 * bigram phrases (measured: `"亿美 美元"` finds nothing under zh-CN). The
 * attribute is read synchronously, so it is set to `und` for that call only
 * and put back before anything else runs: the page's language stays right.
 */
function createAsUnd(loaded: PagefindRuntime, basePath: string): ReturnType<PagefindRuntime['createInstance']> {
  const html = document.documentElement;
  const lang = html.getAttribute('lang');
  html.setAttribute('lang', 'und');
  try {
    return loaded.createInstance({ basePath });
  } finally {
    if (lang === null) html.removeAttribute('lang');
    else html.setAttribute('lang', lang);
  }
}

/** A facet's values in one bundle, each with the ids of the records that have it. */
export type RecordsByValue = Map<string, Set<string>>;

const allValues = new Map<string, Promise<Record<string, Record<string, number>>>>();
const byValue = new Map<string, Promise<RecordsByValue>>();

/**
 * Every filter value of a bundle, once per bundle. Loading them is what makes Pagefind count a search's results by
 * value: a bundle merged into an instance answers with empty `filters` until its filter data is loaded, so a query of
 * one part showed every facet empty (until 2026-12-06) unless a filter or a query of several parts had loaded it.
 */
export function filterValues(key: string, module: PagefindModule): Promise<Record<string, Record<string, number>>> {
  return remembered(allValues, key, () => module.filters());
}

/**
 * Which records of a bundle have each value of a facet, from one
 * filter-only search per value, once per bundle and facet: what counting
 * the results of a query of several parts (combined on this side, so
 * Pagefind cannot count them) and a date range by day need.
 */
export function recordsByValue(key: string, module: PagefindModule, facet: string): Promise<RecordsByValue> {
  return remembered(byValue, `${key}\u0000${facet}`, async () => {
    const all = await filterValues(key, module);
    const sets = await Promise.all(
      Object.keys(all[facet] ?? {}).map(async (value) => {
        const response = await module.search(null, { filters: { [facet]: value } });
        return [value, new Set((response?.results ?? []).map((hit) => hit.id))] as const;
      }),
    );
    return new Map(sets);
  });
}
