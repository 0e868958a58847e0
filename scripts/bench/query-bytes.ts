/**
 * Bytes a reader's browser downloads for the search page and each query
 * typed after it (a first query, a second, a query of two parts whose filter
 * counts are made on the page), and the time to results, measured in Chromium (response body and header bytes of
 * every request of the page and its workers; the test server does not compress).
 */
import { gzipSync } from 'node:zlib';
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/static-server.ts';

export interface QueryCost {
  query: string;
  /** Bytes downloaded for the query, after the one before it. */
  bytes: number;
  /** The same responses gzip-compressed, as a CDN would send them (headers not counted). */
  gzip: number;
  /** Milliseconds from typing to results shown (the page's own 300 ms wait for typing to stop included). */
  ms: number;
  status: string;
}

export interface QueryBytes {
  page: number;
  queries: QueryCost[];
}

/** Load the search page, then type each query in turn: the bytes and time of each, as a reader would see them. */
export async function queryBytes(site: string, queries: readonly string[]): Promise<QueryBytes> {
  const served = await serve(site);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    let gzip = 0;
    // Requests of the page and of its workers (Pagefind fetches index chunks from a worker).
    page.on('requestfinished', (request) => {
      void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
      void request
        .response()
        .then((response) => response?.body())
        .then((body) => (gzip += body ? gzipSync(body).length : 0))
        .catch(() => undefined);
    });
    await page.goto(`${served.url}search/`);
    await idle(page);
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
      await page.waitForLoadState('networkidle');
      costs.push({ query, bytes, gzip, ms: Math.round(ms), status: (await page.textContent('#search-status')) ?? '' });
    }
    return { page: pageBytes, queries: costs };
  } finally {
    await browser.close();
    await served.close();
  }
}

async function idle(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
}
