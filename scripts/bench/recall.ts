/**
 * Substring recall on a built archive (`root/content` ingested, `root/dist`
 * built): random Han substrings of 1–8 characters of the records' text
 * (every second one in Traditional) and strings that occur nowhere, each
 * typed into the real search page in Chromium, sorted by relevance so that
 * every bundle is searched, and the page's exact total compared with
 * substring truth. A large archive has too many results per common
 * character to follow "more" to the end as the fixture test does, so the
 * totals are compared, not the lists: a missed record and a false hit would
 * have to cancel out exactly. Used by `npm run bench:recall` and by the
 * year recall test.
 */
import path from 'node:path';
import { converters } from '../../src/integrations/script-converters.ts';
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/static-server.ts';
import { absentStrings, drawSubstrings, searchablePages, trueAnswers } from '../../tests/site/search-truth.ts';

export interface RecallOptions {
  samples: number;
  absent: number;
  seed: number;
  /** Progress lines (every 50 queries); silent when absent. */
  log?: (line: string) => void;
}

export interface RecallResult {
  records: number;
  queries: number;
  /** `query: page N, truth M` for every total that differs from substring truth. */
  wrong: string[];
  /** Per query length in characters: queries asked, totals right. */
  byLength: Map<number, { right: number; all: number }>;
}

export async function measureRecall(root: string, options: RecallOptions): Promise<RecallResult> {
  const log = options.log ?? ((): void => undefined);
  const pages = await searchablePages(path.join(root, 'content'), path.join(root, 'dist'));
  const queries = [
    ...drawSubstrings(pages, options.samples, options.seed, converters('tw').toTraditional),
    ...absentStrings(pages, options.absent, options.seed + 1),
  ];
  log(`${pages.length} records, ${queries.length} queries`);
  const served = await serve(path.join(root, 'dist'));
  const browser = await launch();
  const wrong: string[] = [];
  const byLength = new Map<number, { right: number; all: number }>();
  try {
    const page = await browser.newPage();
    await page.goto(`${served.url}search/?sort=relevance`);
    await page.waitForSelector('#search-app:not([hidden])');
    for (const [index, query] of queries.entries()) {
      const truth = trueAnswers(pages, query).length;
      await page.evaluate((text) => {
        document.querySelector('#search-results')!.setAttribute('aria-busy', 'true');
        document.querySelector<HTMLInputElement>('#search-query')!.value = text;
        document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
      }, query);
      await page.waitForFunction(() => document.querySelector('#search-results')?.getAttribute('aria-busy') === 'false', null, { timeout: 120_000 });
      const status = (await page.textContent('#search-status')) ?? '';
      // `共N条…` (every bundle searched) or `没有找到…`.
      const total = /没有找到/u.test(status) ? 0 : Number(/共(\d+)条/u.exec(status)?.[1] ?? Number.NaN);
      const length = Array.from(query).length;
      const tally = byLength.get(length) ?? { right: 0, all: 0 };
      tally.all += 1;
      if (total === truth) tally.right += 1;
      else wrong.push(`${query}: page ${Number.isNaN(total) ? status : total}, truth ${truth}`);
      byLength.set(length, tally);
      if ((index + 1) % 50 === 0) log(`${index + 1}/${queries.length}, ${wrong.length} wrong`);
    }
  } finally {
    await browser.close();
    await served.close();
  }
  return { records: pages.length, queries: queries.length, wrong, byLength: new Map([...byLength].sort(([a], [b]) => a - b)) };
}
