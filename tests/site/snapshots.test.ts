/**
 * Rendered-HTML snapshots of the sample archive: the `<main>` of the key
 * pages, compared with files under `__snapshots__/`. A change to the
 * markup shows up as a diff; `npx vitest run --config tests/vitest.config.ts -u`
 * accepts it on purpose.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED, siteDir } from './fixture-site.ts';

const PAGES = {
  home: 'index.html',
  issue: `${SEED}index.html`,
  section: `${SEED}p1-01/index.html`,
  qa: `${SEED}p1-01/q04/index.html`,
  'section-hant': `zh-hant/${SEED}p1-01/index.html`,
  interview: 'papers/kejizhoubao/2025/09/03/p3-01/index.html',
  'traditional-paper': 'papers/gangdaoribao/2024/06/12/p1-01/index.html',
  'outlet-index': 'outlets/index.html',
};

/** The page's main element, one element per line so that diffs are readable. */
function main(html: string): string {
  const body = /<main[^>]*>[^]*<\/main>/u.exec(html)?.[0] ?? '';
  return `${body.replace(/></gu, '>\n<')}\n`;
}

describe('rendered HTML', () => {
  it.each(Object.entries(PAGES))('%s', async (name, file) => {
    const html = await readFile(path.join(siteDir, file), 'utf8');
    await expect(main(html)).toMatchFileSnapshot(`__snapshots__/${name}.html`);
  });
});
