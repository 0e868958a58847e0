/**
 * Substring-complete recall, no false hits: 300 random Han substrings
 * (1–8 characters) of the fixture archive's indexed text, half of them
 * converted to Traditional, and 30 Han strings that occur nowhere, each
 * searched on the real search page in Chromium (one page, the bundles loaded
 * once) and compared with substring truth (search-truth.ts).
 * Latin words and numbers are word search, not substring search: they are
 * left to search.test.ts.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { converters } from '../../src/integrations/script-converters.ts';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { siteDir } from './fixture-site.ts';
import { absentStrings, drawSubstrings, searchablePages, trueAnswers, type SearchablePage } from './search-truth.ts';

const SAMPLES = 300;
const ABSENT = 30;
const site = siteInBrowser(siteDir);
let pages: SearchablePage[];
beforeAll(async () => {
  pages = await searchablePages();
});

/** Type each query into the search page, follow "more" to the end, and collect the result paths. */
async function searchAll(page: Page, queries: string[]): Promise<string[][]> {
  await page.goto(`${site.served.url}search/`);
  await page.waitForSelector('#search-app:not([hidden])');
  return page.evaluate(async (queries) => {
    const input = document.querySelector<HTMLInputElement>('#search-query')!;
    const form = document.querySelector<HTMLFormElement>('#search-form')!;
    const list = document.querySelector('#search-results')!;
    const status = document.querySelector('#search-status')!;
    const more = document.querySelector<HTMLButtonElement>('#search-more')!;
    const idle = async (): Promise<void> => {
      const started = Date.now();
      while (list.getAttribute('aria-busy') !== 'false') {
        if (Date.now() - started > 120_000) throw new Error(`search page stuck on ${input.value}: ${status.textContent}`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    const answers: string[][] = [];
    for (const query of queries) {
      list.setAttribute('aria-busy', 'true');
      input.value = query;
      form.requestSubmit();
      await idle();
      while (!more.hidden && !more.disabled) {
        more.click();
        await idle();
      }
      answers.push([...list.querySelectorAll<HTMLAnchorElement>('h2 a')].map((link) => new URL(link.href).pathname.slice(1)));
    }
    return answers;
  }, queries);
}

describe('search recall on random substrings', () => {
  it(`finds every record containing each of ${SAMPLES} random Han substrings (both scripts), and no other`, async () => {
    const queries = drawSubstrings(pages, SAMPLES, 12, converters('tw').toTraditional);
    expect(queries.filter((query) => Array.from(query).length === 1).length).toBeGreaterThan(10);
    const page = await site.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const answers = await searchAll(page, queries).catch((error: unknown) => {
      throw new Error(`${String(error)}\npage errors: ${errors.join('\n') || 'none'}`);
    });
    await page.close();
    expect(errors).toEqual([]);
    const wrong = queries.flatMap((query, index) => {
      const truth = trueAnswers(pages, query);
      const got = [...answers[index]!].sort();
      const missed = truth.filter((url) => !got.includes(url));
      const extra = got.filter((url) => !truth.includes(url));
      return missed.length + extra.length > 0 ? [{ query, missed, extra }] : [];
    });
    expect(wrong).toEqual([]);
  }, 600_000);

  it(`returns nothing for ${ABSENT} strings that occur nowhere`, async () => {
    const queries = absentStrings(pages, ABSENT, 34);
    const page = await site.browser.newPage();
    const answers = await searchAll(page, queries);
    await page.close();
    expect(answers.flat()).toEqual([]);
  }, 300_000);
});
