/**
 * Bytes a reader's browser downloads for the search page, a first query and
 * a second query, measured in Chromium (response body and header bytes of
 * every request of the page and its workers; the test server does not compress).
 */
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/static-server.ts';

export interface QueryBytes {
  page: number;
  first: number;
  second: number;
  firstResults: string;
  secondResults: string;
}

export async function queryBytes(site: string, first: string, second: string): Promise<QueryBytes> {
  const served = await serve(site);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    let bytes = 0;
    // Requests of the page and of its workers (Pagefind fetches index chunks from a worker).
    page.on('requestfinished', (request) => {
      void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize));
    });
    await page.goto(`${served.url}search/`);
    await idle(page);
    const pageBytes = bytes;
    const run = async (query: string): Promise<[number, string]> => {
      bytes = 0;
      await page.fill('#search-query', query);
      await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'true');
      await idle(page);
      return [bytes, (await page.textContent('#search-status')) ?? ''];
    };
    const [firstBytes, firstResults] = await run(first);
    const [secondBytes, secondResults] = await run(second);
    return { page: pageBytes, first: firstBytes, second: secondBytes, firstResults, secondResults };
  } finally {
    await browser.close();
    await served.close();
  }
}

async function idle(page: import('playwright-core').Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 120_000 });
  await page.waitForLoadState('networkidle');
}
