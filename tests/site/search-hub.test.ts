/**
 * The search hub (src/search/hub.ts), in Chromium against the built fixture
 * archive: the search page creates every bundle's Pagefind object on it, so
 * a page load downloads Pagefind's wasm once however many bundles it
 * searches; and the hub's one record is never a result.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SEARCH_HUB } from '../../src/archive/shards.ts';
import { foldWidth } from '../../src/search/fold-width.ts';
import { HUB_RECORD } from '../../src/search/hub.ts';
import { parseQuery, planPart } from '../../src/search/client/query.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { serve } from '../support/static-server.ts';
import { siteDir } from './fixture-site.ts';

const site = siteInBrowser(siteDir);
const WASM = /\/wasm\.[^/]*\.pagefind$/u;

async function bundleKeys(): Promise<string[]> {
  return (JSON.parse(await readFile(path.join(siteDir, 'pagefind/baoku-shards.json'), 'utf8')) as Array<{ key: string }>).map((shard) => shard.key);
}

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' && (document.querySelector('#search-status')?.textContent ?? '') !== '',
  );
}

describe('search hub', () => {
  it('downloads the wasm once per page load, from the hub, whatever the number of bundles searched', async () => {
    const keys = await bundleKeys();
    expect(keys.length).toBeGreaterThan(1);
    // A server of its own: what it answered is this page's alone. A new page is a new browser context, with an empty cache.
    const served = await serve(siteDir);
    const page = await site.browser.newPage();
    // Pagefind gives its shared worker 5 s to answer an object's first message; on a busy machine it may not, and that
    // object then runs on the page, where it asks for the wasm once more (seen in CI: six requests for five bundles).
    let fellBack = 0;
    page.on('console', (message) => {
      if (message.text().includes('falling back to main thread')) fellBack += 1;
    });
    // Relevance order searches every bundle; then a second query, of every bundle again.
    await page.goto(`${served.url}search/?q=${encodeURIComponent('本报讯')}&sort=relevance`);
    await settle(page);
    await page.fill('#search-query', '外交');
    await page.waitForURL(/q=%E5%A4%96%E4%BA%A4/u);
    await settle(page);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await page.close();
    await served.close();
    const searched = new Set(served.answered.flatMap(({ url }) => /^\/pagefind\/([\d-]+)\//u.exec(url)?.[1] ?? []));
    expect([...searched].sort()).toEqual([...keys].sort());
    const wasm = served.answered.filter(({ url }) => WASM.test(url));
    // Asked for by each bundle's object (and by each that fell back to the page), always at the hub's URL; sent once,
    // otherwise confirmed unchanged (304, no body).
    // Sorted: the server lists answers as they finish, and a 304 asked for while the 200 is still being sent finishes first.
    expect(new Set(wasm.map(({ url }) => url))).toEqual(new Set([`/${SEARCH_HUB}wasm.unknown.pagefind`]));
    expect(wasm.map(({ status }) => status).sort((a, b) => a - b)).toEqual([200, ...Array.from({ length: keys.length - 1 + fellBack }, () => 304)]);
  });

  it('holds one record, found by its word alone, which no query of the page can reach', async () => {
    // The hub is a bundle, not a shard: the page never searches it on its own.
    expect(await bundleKeys()).not.toContain(path.posix.basename(SEARCH_HUB));
    const entry = JSON.parse(await readFile(path.join(siteDir, SEARCH_HUB, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.values(entry.languages).map((language) => language.page_count)).toEqual([1]);
    // Its word begins with U+FF41. Pagefind finds a word from a term that begins it; every term the page sends is made
    // from the query folded by foldWidth (client/fold.ts), and Pagefind lowercases it and strips accents (NFD).
    // No character, folded so, gives U+FF41.
    const word = HUB_RECORD.content;
    const reaching: string[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      if (foldWidth(String.fromCodePoint(code)).toLocaleLowerCase().normalize('NFD').includes(word)) reaching.push(code.toString(16));
    }
    expect(reaching).toEqual([]);
    // Pagefind's runtime loaded by the test itself: a module script, which the site's CSP allows only from a file.
    const page = await site.browser.newPage({ bypassCSP: true });
    await page.goto(`${site.served.url}search/`);
    await page.addScriptTag({ type: 'module', content: `import * as pagefind from '/${SEARCH_HUB}pagefind.js'; window.hubRuntime = pagefind;` });
    await page.waitForFunction(() => 'hubRuntime' in window);
    // Queries as the page plans them (query.ts), of the hub's word in both widths, Latin, digits, Han.
    const queries = [word, word.toUpperCase(), 'a', 'A', 'ab', '2024', '18%', 'papers', '的', '经济', '两国关系', '外交 -大国'];
    const terms = queries.flatMap((query) => {
      const parsed = parseQuery(foldWidth(query));
      return parsed.ok ? [...parsed.query.groups.flat(), ...parsed.query.exclude].map((part) => planPart(part).term) : [];
    });
    expect(terms.some((term) => term.includes(word))).toBe(false);
    const found = await page.evaluate(
      async ({ hub, keys, word, terms }) => {
        const pagefind = (window as unknown as { hubRuntime: unknown }).hubRuntime as {
          createInstance: (options: { basePath: string }) => {
            init: () => Promise<void>;
            mergeIndex: (path: string, options: Record<string, unknown>) => Promise<void>;
            filters: () => Promise<Record<string, Record<string, number>>>;
            search: (term: string | null, options?: Record<string, unknown>) => Promise<{ results: unknown[] } | null>;
          };
        };
        document.documentElement.lang = 'und';
        const alone = pagefind.createInstance({ basePath: hub });
        await alone.init();
        const count = async (term: string | null, options: Record<string, unknown> = {}): Promise<number> =>
          (await alone.search(term, options))?.results.length ?? 0;
        // Every filter value of every bundle, to ask the hub under each.
        const every = pagefind.createInstance({ basePath: hub });
        await every.init();
        for (const key of keys) await every.mergeIndex(`/pagefind/${key}/`, { language: 'und' });
        const values = Object.entries(await every.filters()).flatMap(([facet, counts]) => Object.keys(counts).map((value) => [facet, value] as const));
        const byFilter = [];
        for (const [facet, value] of values) byFilter.push(await count(null, { filters: { [facet]: value } }));
        const byTerm = [];
        for (const term of terms) byTerm.push(await count(term));
        return {
          word: await count(word),
          byTerm,
          values: values.length,
          byFilter,
          filters: await alone.filters(),
          everything: await count(null),
          everythingByDate: await count(null, { sort: { date: 'desc' } }),
        };
      },
      { hub: `/${SEARCH_HUB}`, keys: await bundleKeys(), word, terms },
    );
    await page.close();
    // Found by its own word (so a term that reached it would be seen), and by no term of the page's.
    expect(found.word).toBe(1);
    expect(found.byTerm).toEqual(terms.map(() => 0));
    // No filter value, so no filter keeps it.
    expect(found.filters).toEqual({});
    expect(found.values).toBeGreaterThan(20);
    expect(found.byFilter).toEqual(Array.from({ length: found.values }, () => 0));
    // Listed only by a search for every record (no term, no filter), which the page makes to order by date the records a
    // term found: never this one.
    expect(found.everything).toBe(1);
    expect(found.everythingByDate).toBe(1);
  });

  it.each(['date-desc', 'relevance', 'date-asc'])('shows only archive pages for the hub word typed in either width (%s)', async (sort) => {
    const page = await site.browser.newPage();
    for (const query of [HUB_RECORD.content, HUB_RECORD.content.toUpperCase(), `${HUB_RECORD.content} 的`]) {
      await page.goto(`${site.served.url}search/?q=${encodeURIComponent(query)}&sort=${sort}`);
      await settle(page);
      for (let guard = 0; guard < 50 && (await page.isVisible('#search-more')); guard += 1) {
        await page.click('#search-more');
        await page.waitForFunction(
          () =>
            document.querySelector('#search-results')?.getAttribute('aria-busy') === 'true' || document.querySelector('#search-more')?.hasAttribute('hidden'),
        );
        await settle(page);
      }
      const paths = await page.$$eval('#search-results h2 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(paths.filter((pathname) => !pathname.startsWith('/papers/'))).toEqual([]);
    }
    await page.close();
  });
});
