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
import { searchablePages, trueAnswers, type SearchablePage } from './search-truth.ts';

const SAMPLES = 300;
const ABSENT = 30;
const HAN = /^\p{Script=Han}+$/u;

/** Mulberry32: the same draws on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw(pages: SearchablePage[], count: number, seed: number): string[] {
  const next = random(seed);
  const { toTraditional } = converters('tw');
  const drawn = new Set<string>();
  while (drawn.size < count) {
    const chars = Array.from(pages[Math.floor(next() * pages.length)]!.text);
    const length = 1 + Math.floor(next() * 8);
    const at = Math.floor(next() * Math.max(1, chars.length - length));
    const sample = chars.slice(at, at + length).join('');
    if (!HAN.test(sample) || Array.from(sample).length !== length) continue;
    drawn.add(drawn.size % 2 === 1 ? toTraditional(sample) : sample);
  }
  return [...drawn];
}

/** Strings of the archive's own characters that occur nowhere. */
function absent(pages: SearchablePage[], count: number, seed: number): string[] {
  const next = random(seed);
  const chars = [...new Set(pages.flatMap((page) => Array.from(page.text)).filter((char) => HAN.test(char)))];
  const found: string[] = [];
  while (found.length < count) {
    const length = 2 + Math.floor(next() * 5);
    const sample = Array.from({ length }, () => chars[Math.floor(next() * chars.length)]!).join('');
    if (trueAnswers(pages, sample).length === 0) found.push(sample);
  }
  return found;
}

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
    const queries = draw(pages, SAMPLES, 12);
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
    const queries = absent(pages, ABSENT, 34);
    const page = await site.browser.newPage();
    const answers = await searchAll(page, queries);
    await page.close();
    expect(answers.flat()).toEqual([]);
  }, 300_000);
});
