/**
 * Traditional text a reader of a Traditional paper would accept: characters
 * with one-to-many Traditional forms in real sentences, and mainland
 * vocabulary left as written — the same, and right, on the built page, in a
 * search result and in a highlight. Expectations are written by hand
 * (tests/site/one-to-many.ts).
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { toString } from 'hast-util-to-string';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { siteDir } from './fixture-site.ts';
import { elements, parsePage } from './html.ts';
import { CORRECTED, PAPER, SENTENCES, TITLE } from './one-to-many.ts';

const ALL = [...SENTENCES, ...CORRECTED];

const site = siteInBrowser(siteDir);

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false' && (document.querySelector('#search-status')?.textContent ?? '') !== '',
  );
}

describe('one-to-many characters', () => {
  it('holds at least 60 cases', () => {
    expect(SENTENCES.length).toBeGreaterThanOrEqual(60);
  });

  it('are right on the built Traditional page, and the Simplified page is as printed', async () => {
    const traditional = await parsePage(siteDir, `zh-hant/${PAPER}index.html`);
    const simplified = await parsePage(siteDir, `${PAPER}index.html`);
    const paragraphs = (tree: typeof traditional): string[] => elements(tree, (node) => node.tagName === 'p').map((node) => toString(node));
    expect(toString(elements(traditional, (node) => node.tagName === 'h1')[0]!)).toBe(TITLE[1]);
    const shown = paragraphs(traditional);
    const printed = paragraphs(simplified);
    for (const [hans, hant] of ALL) {
      expect(shown).toContain(hant);
      expect(printed).toContain(hans);
    }
  });

  it('are the same in search results on the Traditional search page', async () => {
    const page = await site.browser.newPage();
    for (const [hans, hant] of ALL) {
      await page.goto(`${site.served.url}zh-hant/search/?q=${encodeURIComponent(hans)}`);
      await settle(page);
      const excerpt = (await page.textContent('#search-results li .excerpt')) ?? '';
      // The excerpt may stop before the full stop.
      expect(excerpt, hans).toContain(hant.replace(/。$/u, ''));
      expect(await page.textContent('#search-status'), hans).toContain(`“${hant.replace(/。$/u, '')}`);
    }
    expect(await page.textContent('#search-results li h2')).toBe(TITLE[1]);
    await page.close();
  }, 240_000);

  it('are marked on the page in the script it is shown in, whatever the script of the query', async () => {
    const page = await site.browser.newPage();
    const parts = (index: 0 | 1): string => ALL.map((pair) => pair[index].replace(/[，。]/gu, ' ')).join(' ');
    for (const [prefix, index] of [
      ['zh-hant/', 1],
      ['', 0],
    ] as const) {
      for (const query of [parts(0), parts(1)]) {
        await page.goto(`${site.served.url}${prefix}${PAPER}?hl=${encodeURIComponent(query)}`);
        await page.waitForSelector('main mark');
        const marked = await page.$$eval('main [data-pagefind-body] p', (nodes) =>
          nodes.map((node) => [...node.querySelectorAll('mark')].map((mark) => mark.textContent).join('')),
        );
        for (const pair of ALL) expect(marked, `${prefix} ${query.slice(0, 8)}`).toContain(pair[index].replace(/[，。]/gu, ''));
      }
    }
    await page.close();
  });
});

describe('vocabulary', () => {
  /** Words opencc's vocabulary presets put in; in this archive they may only come from the same characters in the source. */
  const REPLACEMENTS: ReadonlyArray<[string, string]> = [
    ['檔案', '档案'],
    ['資訊', '资讯'],
    ['關系', '关系'],
    ['公裏', '公里'],
    ['軟體', '软体'],
    ['影片', '影片'],
  ];

  it('appears on a Traditional page only where the Simplified page has the same characters', async () => {
    const files = (await readdir(path.join(siteDir, 'zh-hant'), { recursive: true })).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThan(50);
    const count = (text: string, word: string): number => text.split(word).length - 1;
    for (const file of files) {
      const hant = await readFile(path.join(siteDir, 'zh-hant', file), 'utf8');
      const hans = await readFile(path.join(siteDir, file), 'utf8');
      for (const [word, source] of REPLACEMENTS) {
        // 關系 and 公裏 are never right in Traditional; the others only as the conversion of the same characters.
        const allowed = word === '關系' || word === '公裏' ? count(hans, word) : count(hans, source) + count(hans, word);
        expect(count(hant, word), `${word} in zh-hant/${file}`).toBeLessThanOrEqual(allowed);
      }
    }
  });
});
