/**
 * One Chromium and one static server over a built site for a test file:
 * started before its tests, closed after them.
 *
 * @example
 *   const site = siteInBrowser(siteDir);
 *   it('…', async () => { const page = await site.browser.newPage(); await page.goto(`${site.served.url}/`); });
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serve, type Served } from './static-server.ts';

export interface SiteInBrowser {
  browser: Browser;
  served: Served;
}

export function siteInBrowser(dir: string, base = '/'): SiteInBrowser {
  const site = {} as SiteInBrowser;
  beforeAll(async () => {
    site.browser = await launch();
    site.served = await serve(dir, base);
  });
  afterAll(async () => {
    await site.browser.close();
    await site.served.close();
  });
  return site;
}
