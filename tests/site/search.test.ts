/**
 * Search in Chromium against the built fixture archive: recall and no false
 * hits on a query set whose truth comes from substring search, filters,
 * sort, queries across scripts, the no-result message, highlighting on the
 * target page, and the search page under a sub-path.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { serve } from '../support/static-server.ts';
import { SEED, baseSiteDir, siteDir } from './fixture-site.ts';
import { searchablePages, trueAnswers, type SearchablePage } from './search-truth.ts';

/** Multi-character phrases, two-character words, names, numbers, a phrase across a jump marker, both scripts. */
const QUERIES = [
  '施工进度公示制度', // a phrase of the two-page article, no spaces
  '让居民对家门口的工程心中有数', // runs across the （下转2版）/（上接1版） jump
  '外交', // two-character word
  '国外', // two characters across a word boundary (中国外交)
  '王毅', // a name
  '张建国', // a name in an interview subtitle
  '2400亿美元', // a number
  '1.7万列', // a number with a decimal point
  '１８％', // full-width digits as printed
  '18%', // the same typed in ASCII
  '北环线', // Simplified query, Traditional paper
  '北環線', // Traditional query, Traditional paper
  '兩國關係', // Traditional query, Simplified paper
  '中试基地', // interview answer
  '口袋公园 儿童', // two words, both required
  '人类命运共同体',
  '欲加之罪',
];
/** Not in the archive: must return nothing, though parts of them are. */
const ABSENT = ['外交关系', '量子计算机', '北环线地铁', '王毅 彭博社 量子'];

const site = siteInBrowser(siteDir);
let pages: SearchablePage[];
beforeAll(async () => {
  pages = await searchablePages();
});

/** Run a search from the URL and collect every result, following "more" to the end. */
async function search(page: Page, root: string, params: string): Promise<{ urls: string[]; status: string }> {
  await page.goto(`${root}search/?${params}`);
  await settle(page);
  for (let guard = 0; guard < 50 && (await page.isVisible('#search-more')); guard += 1) {
    const shown = await page.$$eval('#search-results h2 a', (links) => links.length);
    await page.click('#search-more');
    // More results shown (or none left to show); a fast load may start and end between two polls, so the count is what is waited for.
    await page.waitForFunction(
      (before) => document.querySelectorAll('#search-results h2 a').length > before || document.querySelector('#search-more')?.hasAttribute('hidden'),
      shown,
    );
    await settle(page);
  }
  const urls = await page.$$eval('#search-results h2 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return { urls, status: (await page.textContent('#search-status')) ?? '' };
}

/** Wait until the search page is idle: results not busy, status written. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' && (document.querySelector('#search-status')?.textContent ?? '') !== '',
  );
}

/** The counts a facet's options show, summed: each record has one paper, so for `paper` the number of results. */
async function countedIn(page: Page, facet: string): Promise<number> {
  const options = await page.$$eval(`select[data-facet="${facet}"] option`, (found) => found.map((option) => option.textContent));
  return options.flatMap((text) => /（(\d+)）$/u.exec(text)?.[1] ?? []).reduce((sum, count) => sum + Number(count), 0);
}

const strip = (urls: string[], prefix = '/'): string[] => urls.map((url) => url.slice(prefix.length)).sort();

describe('search', () => {
  it.each(QUERIES)('finds every page containing %s and no other', async (query) => {
    const truth = trueAnswers(pages, query);
    expect(truth.length).toBeGreaterThan(0);
    const page = await site.browser.newPage();
    const { urls } = await search(page, site.served.url, `q=${encodeURIComponent(query)}`);
    expect(strip(urls)).toEqual(truth);
    await page.close();
  });

  it.each(ABSENT)('returns nothing for %s, saying so', async (query) => {
    expect(trueAnswers(pages, query)).toEqual([]);
    const page = await site.browser.newPage();
    const { urls, status } = await search(page, site.served.url, `q=${encodeURIComponent(query)}`);
    expect(urls).toEqual([]);
    expect(status).toMatch(/没有/u);
    await page.close();
  });

  it('excludes -词 and takes either side of OR and |', async () => {
    const page = await site.browser.newPage();
    const without = await search(page, site.served.url, `q=${encodeURIComponent('外交 -大国')}`);
    const expected = trueAnswers(pages, '外交').filter((url) => !trueAnswers(pages, '大国').includes(url));
    expect(expected.length).toBeGreaterThan(0);
    expect(strip(without.urls)).toEqual(expected);
    const union = [...new Set([...trueAnswers(pages, '北环线'), ...trueAnswers(pages, '欲加之罪')])].sort();
    expect(strip((await search(page, site.served.url, `q=${encodeURIComponent('北环线 OR 欲加之罪')}`)).urls)).toEqual(union);
    expect(strip((await search(page, site.served.url, `q=${encodeURIComponent('北环线 | 欲加之罪')}`)).urls)).toEqual(union);
    await page.close();
  });

  it('searches a quoted phrase as one part, and counts the results', async () => {
    const page = await site.browser.newPage();
    const phrase = await search(page, site.served.url, `q=${encodeURIComponent('"施工进度公示制度"')}`);
    expect(strip(phrase.urls)).toEqual(trueAnswers(pages, '施工进度公示制度'));
    const all = await search(page, site.served.url, `q=${encodeURIComponent('外交')}`);
    expect(all.status).toContain(`共${trueAnswers(pages, '外交').length}条`);
    await page.close();
  });

  it.each([
    ['"外交', '引号'],
    ['-外交', '只有排除'],
    ['外交 OR', 'OR'],
  ])('says plainly what is wrong with %s', async (query, message) => {
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const { urls, status } = await search(page, site.served.url, `q=${encodeURIComponent(query)}`);
    expect(urls).toEqual([]);
    expect(status).toContain(message);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers at the grain of one Q&A, titled by its headline', async () => {
    const page = await site.browser.newPage();
    await search(page, site.served.url, `q=${encodeURIComponent('世界的未来需要大家共同创造')}`);
    expect(await page.textContent('#search-results li:first-child h2')).toBe('世界的未来需要大家共同创造');
    expect(await page.getAttribute('#search-results li:first-child h2 a', 'href')).toContain(`${SEED}p1-01/q03/`);
    await page.close();
  });

  it("fills every facet's values with their counts for a query of one part, before any filter is chosen", async () => {
    const page = await site.browser.newPage();
    const truth = trueAnswers(pages, '外交');
    const { urls } = await search(page, site.served.url, `q=${encodeURIComponent('外交')}`);
    expect(strip(urls)).toEqual(truth);
    // (Each record has one paper and one year: their counts add up to the results.)
    expect(await countedIn(page, 'paper')).toBe(truth.length);
    expect(await countedIn(page, 'year')).toBe(truth.length);
    expect(await countedIn(page, 'kind')).toBe(truth.length);
    await page.close();
  });

  it('filters by kind, outlet and year, and counts the values', async () => {
    const page = await site.browser.newPage();
    const all = await search(page, site.served.url, `q=${encodeURIComponent('外交')}`);
    const qaOnly = await search(page, site.served.url, `q=${encodeURIComponent('外交')}&kind=${encodeURIComponent('问答')}`);
    expect(qaOnly.urls.length).toBeGreaterThan(0);
    expect(qaOnly.urls.every((url) => /\/q\d+\/$/u.test(url))).toBe(true);
    expect(qaOnly.urls.length).toBeLessThan(all.urls.length);
    const outlet = await search(page, site.served.url, `q=${encodeURIComponent('外交')}&outlet=${encodeURIComponent('中央广播电视总台央视')}`);
    expect(strip(outlet.urls)).toEqual([`${SEED}p1-01/q01/`]);
    expect(await page.textContent('select[data-facet="outlet"]')).toContain('中央广播电视总台央视（1）');
    const year = await search(page, site.served.url, `q=${encodeURIComponent('本报讯')}&year=2025`);
    expect(year.urls).toEqual([]);
    const year2024 = await search(page, site.served.url, `q=${encodeURIComponent('本报讯')}&year=2024`);
    const in2024 = trueAnswers(pages, '本报讯').filter((url) => url.includes('/2024/')).length;
    expect(year2024.urls.length).toBe(in2024);
    // The year is a filter of the index: its count is the number of results.
    expect(await page.textContent('select[data-facet="year"]')).toContain(`2024（${in2024}）`);
    // Two parts, combined on the page: counted from the records found, value by value.
    const both = trueAnswers(pages, '本报讯').filter((url) => trueAnswers(pages, '记者').includes(url));
    expect(both.length).toBeGreaterThan(0);
    await search(page, site.served.url, `q=${encodeURIComponent('本报讯 记者')}`);
    expect(await page.textContent('select[data-facet="year"]')).toContain(`2024（${both.filter((url) => url.includes('/2024/')).length}）`);
    expect(await countedIn(page, 'paper')).toBe(both.length);
    await page.close();
  });

  it('narrows to a date range by day, and searches only the bundles it reaches', async () => {
    const day = (url: string): string => /\/(\d{4})\/(\d{2})\/(\d{2})\//u.exec(url)!.slice(1).join('-');
    const all = trueAnswers(pages, '本报讯');
    const days = [...new Set(all.map(day))].sort();
    expect(days.length).toBeGreaterThan(2);
    // From the second day with a hit to the one before the last: both ends fall on days with hits.
    const [from, to] = [days[1]!, days.at(-2)!];
    const truth = all.filter((url) => day(url) >= from && day(url) <= to);
    expect(truth.length).toBeGreaterThan(0);
    expect(truth.length).toBeLessThan(all.length);
    const page = await site.browser.newPage();
    const bundles = new Set<string>();
    page.on('request', (request) => {
      const bundle = /\/pagefind\/([\d-]+)\//u.exec(request.url())?.[1];
      if (bundle) bundles.add(bundle);
    });
    const { urls, status } = await search(page, site.served.url, `q=${encodeURIComponent('本报讯')}&from=${from}&to=${to}`);
    expect(strip(urls)).toEqual(truth);
    expect(status).toContain(`共${truth.length}条`);
    expect(await page.inputValue('#search-from')).toBe(from);
    expect([...bundles].every((bundle) => bundle.slice(0, 4) >= from.slice(0, 4) && bundle.slice(0, 4) <= to.slice(0, 4))).toBe(true);
    // Counted within the range.
    expect(await countedIn(page, 'paper')).toBe(truth.length);
    await page.close();
  });

  it('sorts by date both ways', async () => {
    const page = await site.browser.newPage();
    const newest = await search(page, site.served.url, `q=${encodeURIComponent('本报讯')}&sort=date-desc`);
    const oldest = await search(page, site.served.url, `q=${encodeURIComponent('本报讯')}&sort=date-asc`);
    const dates = (urls: string[]): string[] => urls.map((url) => /\/(\d{4}\/\d{2}\/\d{2})\//u.exec(url)?.[1] ?? '');
    expect(dates(newest.urls)).toEqual([...dates(newest.urls)].sort().reverse());
    expect(dates(oldest.urls)).toEqual([...dates(oldest.urls)].sort());
    expect(new Set(newest.urls)).toEqual(new Set(oldest.urls));
    expect(strip(newest.urls)).toEqual(trueAnswers(pages, '本报讯'));
    await page.close();
  });

  it('shows Traditional readers results in Traditional, linking to Traditional pages', async () => {
    const page = await site.browser.newPage();
    const { urls } = await search(page, `${site.served.url}zh-hant/`, `q=${encodeURIComponent('北环线')}`);
    expect(urls).toEqual(['/zh-hant/papers/gangdaoribao/2024/06/12/p1-01/']);
    expect(await page.textContent('#search-results h2')).toBe('北環線工程下月動工');
    await page.close();
  });

  it('keeps the URL in step as the reader types', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.served.url}search/`);
    await page.fill('#search-query', '王毅');
    await page.waitForURL(/q=%E7%8E%8B%E6%AF%85/u);
    await settle(page);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await page.close();
  });

  it.each([
    ['the list of bundles', '**/pagefind/baoku-shards.json'],
    ['a bundle', '**/pagefind/*/pagefind.js'],
    ["Pagefind's wasm", '**/pagefind/hub/wasm.*.pagefind'],
    ['the index of a bundle merged into the hub', /\/pagefind\/\d{4}\/pagefind-entry\.json/u],
    ['the results', '**/pagefind/*/fragment/**'],
  ])('says so when %s cannot be loaded, and finds the results when tried again', async (_what, files) => {
    const page = await site.browser.newPage();
    const cut = (route: { abort: () => Promise<void> }): Promise<void> => route.abort();
    await page.route(files, cut);
    await page.goto(`${site.served.url}search/?q=${encodeURIComponent('王毅')}`);
    await settle(page);
    expect(await page.textContent('#search-status')).toMatch(/未能载入/u);
    expect(await page.locator('#search-results li').count()).toBe(0);
    expect(await page.textContent('#search-more')).toBe('重试');
    await page.unroute(files, cut);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    await settle(page);
    const urls = await page.$$eval('#search-results h2 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(strip(urls)).toEqual(trueAnswers(pages, '王毅'));
    await page.close();
  });

  it('keeps the query, the highlighted hit and the place in the page when the reader switches script', async () => {
    const page = await site.browser.newPage();
    await search(page, site.served.url, `q=${encodeURIComponent('王毅')}`);
    await page.click('a.script-toggle');
    await page.waitForURL(/\/zh-hant\/search\/\?q=/u);
    await settle(page);
    expect(await page.inputValue('#search-query')).toBe('王毅');
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    const hl = `?hl=${encodeURIComponent('施工进度公示制度')}`;
    await page.goto(`${site.served.url}${SEED}p1-01/${hl}#main`);
    await page.click('a.script-toggle');
    await page.waitForURL(/\/zh-hant\//u);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/zh-hant/${SEED}p1-01/`);
    expect(`${url.search}${url.hash}`).toBe(`${hl}#main`);
    await page.close();
  });

  it('puts the reader back where they were when they come back from a result', async () => {
    const query = '的';
    expect(trueAnswers(pages, query).length).toBeGreaterThan(20);
    const page = await site.browser.newPage({ viewport: { width: 1000, height: 600 } });
    await page.goto(`${site.served.url}search/?q=${encodeURIComponent(query)}`);
    await settle(page);
    await page.click('#search-more');
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 10);
    await settle(page);
    const shown = await page.locator('#search-results li').count();
    await page.evaluate(() => scrollTo(0, 700));
    const scroll = await page.evaluate(() => scrollY);
    expect(scroll).toBeGreaterThan(0);
    // Clicked from the script: Playwright's own click would scroll the link into view first.
    await page.evaluate(() => document.querySelector<HTMLAnchorElement>('#search-results li:last-child h2 a')!.click());
    await page.waitForURL((url) => !url.pathname.includes('/search/'));
    await page.goBack();
    await page.waitForFunction((count) => document.querySelectorAll('#search-results li').length >= count, shown);
    await settle(page);
    expect(await page.locator('#search-results li').count()).toBe(shown);
    await page.waitForFunction((y) => Math.abs(scrollY - y) < 2, scroll);
    await page.close();
  });

  it('opens search with / from any page', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.served.url}${SEED}`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.press('Escape');
    await page.locator('body').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.close();
  });

  it('highlights the hit on the target page', async () => {
    const page = await site.browser.newPage();
    await search(page, site.served.url, `q=${encodeURIComponent('施工进度公示制度')}`);
    await page.click('#search-results h2 a');
    await page.waitForSelector('main mark');
    expect(await page.textContent('main mark')).toBe('施工进度公示制度');
    await page.close();
  });

  it('works under a sub-path', async () => {
    const sub = await serve(baseSiteDir, '/archive/');
    const page = await site.browser.newPage();
    const { urls } = await search(page, sub.url, `q=${encodeURIComponent('施工进度公示制度')}`);
    expect(urls).toEqual(['/archive/papers/yunhewanbao/2024/05/20/p1-01/']);
    await page.close();
    await sub.close();
  });
});
