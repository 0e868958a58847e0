/**
 * `node scripts/bench/search-recall.ts DIR [--samples N] [--absent N]`
 *
 * Substring recall on a built benchmark archive (`npm run bench -- --keep
 * DIR`: `DIR/content` ingested, `DIR/dist` built): N random Han substrings
 * of 1–8 characters of the records' text (every second one in
 * Traditional) and strings that occur nowhere, each typed into the real
 * search page in Chromium, sorted by relevance so that every bundle is
 * searched, and the page's exact total compared with substring truth. A
 * year has too many results per common character to follow "more" to the
 * end as the fixture test does, so the totals are compared, not the lists:
 * a missed record and a false hit would have to cancel out exactly.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { converters } from '../../src/integrations/script-converters.ts';
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/static-server.ts';
import { absentStrings, drawSubstrings, searchablePages, trueAnswers } from '../../tests/site/search-truth.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { samples: { type: 'string', default: '300' }, absent: { type: 'string', default: '30' }, seed: { type: 'string', default: '12' } },
});
const root = path.resolve(positionals[0] ?? '');
if (!positionals[0]) {
  console.error('search-recall: give the folder of a kept benchmark run (npm run bench -- --keep DIR)');
  process.exit(2);
}

const started = performance.now();
const pages = await searchablePages(path.join(root, 'content'), path.join(root, 'dist'));
const queries = [
  ...drawSubstrings(pages, Number(values.samples), Number(values.seed), converters('tw').toTraditional),
  ...absentStrings(pages, Number(values.absent), Number(values.seed) + 1),
];
console.log(`search-recall: ${pages.length} records, ${queries.length} queries (truth in ${((performance.now() - started) / 1000).toFixed(1)} s)`);

const served = await serve(path.join(root, 'dist'));
const browser = await launch();
const wrong: string[] = [];
let lengths = new Map<number, { right: number; all: number }>();
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
    const tally = lengths.get(length) ?? { right: 0, all: 0 };
    tally.all += 1;
    if (total === truth) tally.right += 1;
    else wrong.push(`${query}: page ${Number.isNaN(total) ? status : total}, truth ${truth}`);
    lengths.set(length, tally);
    if ((index + 1) % 50 === 0) console.log(`  ${index + 1}/${queries.length}, ${wrong.length} wrong`);
  }
} finally {
  await browser.close();
  await served.close();
}
lengths = new Map([...lengths].sort(([a], [b]) => a - b));
console.log(`\n| characters | queries | total right |\n| --- | --- | --- |`);
for (const [length, tally] of lengths) console.log(`| ${length} | ${tally.all} | ${tally.right} |`);
console.log(`\n${queries.length - wrong.length} of ${queries.length} totals equal substring truth (${((performance.now() - started) / 1000).toFixed(0)} s)`);
for (const line of wrong.slice(0, 20)) console.log(`  wrong: ${line}`);
process.exitCode = wrong.length === 0 ? 0 : 1;
