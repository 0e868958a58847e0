/**
 * Bytes a reader's browser downloads for the search page and each query
 * typed after it (a first query, a second, a query of two parts whose filter
 * counts are made on the page), and the time to results, measured in Chromium (response body and header bytes of
 * every request of the page and its workers; the test server does not compress, and answers a file the browser
 * asks for again with a 304: headers only).
 */
import { gzipSync } from 'node:zlib';
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/static-server.ts';

export interface QueryCost {
  query: string;
  /** Bytes downloaded for the query, after the one before it. */
  bytes: number;
  /** The same responses gzip-compressed, as a CDN would send them (headers not counted; a 304 or a file from the cache, nothing). */
  gzip: number;
  /** Milliseconds from typing to results shown (the page's own 300 ms wait for typing to stop included). */
  ms: number;
  status: string;
}

export interface QueryBytes {
  page: number;
  queries: QueryCost[];
}

/**
 * Load the search page, then type each query in turn: the bytes and time of each, as a reader would see them.
 * `params`: the page's own (`sort=relevance` searches every bundle).
 */
export async function queryBytes(site: string, queries: readonly string[], params = ''): Promise<QueryBytes> {
  const served = await serve(site);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let gzip = 0;
    // Requests under way, and responses whose size is still being read: a query's cost is taken once both are none.
    let open = 0;
    let seen = 0;
    const counting = new Set<Promise<void>>();
    // Requests of the page and of its workers (Pagefind fetches index chunks from a worker).
    page.on('request', () => {
      open += 1;
      seen += 1;
    });
    page.on('requestfailed', () => (open -= 1));
    page.on('requestfinished', (request) => {
      open -= 1;
      const counted = (async (): Promise<void> => {
        const sizes = await request.sizes();
        bytes += sizes.responseBodySize + sizes.responseHeadersSize;
        // A body that came over the network: not one revalidated (304) or taken from the cache, which `body()` still gives.
        const body = sizes.responseBodySize > 0 ? await (await request.response())?.body() : undefined;
        gzip += body ? gzipSync(body).length : 0;
      })().catch(() => undefined);
      counting.add(counted);
      void counted.finally(() => counting.delete(counted));
    });
    // Quiet: no request under way and none started for half a second, every size read. (`networkidle` is reached once
    // a page load: waiting for it after a query did not wait, and the bytes of a query's last requests went to the next.)
    const quiet = async (): Promise<void> => {
      for (let waited = 0, before = -1; waited < 30_000 && (open > 0 || seen !== before); waited += 500) {
        before = seen;
        await page.waitForTimeout(500);
      }
      await Promise.all(counting);
    };
    await page.goto(`${served.url}search/${params ? `?${params}` : ''}`);
    await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 120_000 });
    await quiet();
    const pageBytes = bytes;
    const costs: QueryCost[] = [];
    for (const query of queries) {
      bytes = 0;
      gzip = 0;
      const started = performance.now();
      await page.fill('#search-query', query);
      await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'true');
      await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 120_000 });
      const ms = performance.now() - started;
      await quiet();
      costs.push({ query, bytes, gzip, ms: Math.round(ms), status: (await page.textContent('#search-status')) ?? '' });
    }
    return { page: pageBytes, queries: costs };
  } finally {
    await browser.close();
    await served.close();
  }
}
