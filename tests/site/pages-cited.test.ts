/**
 * The pages a section is cited on: the page a source printed or named (`第2版`, `B02版`), never one ingest only placed it
 * on — an article saved with no page, a page file numbered by its order (`unpaged`) is cited with no page and shown as
 * `版次未注`, on its own page, in the issue's list and in its citation.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { toString } from 'hast-util-to-string';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pagesName } from '../../src/archive/pages.ts';
import { contentDir, siteDir } from './fixture-site.ts';
import { elements, parsePage } from './html.ts';

interface SectionFacts {
  paperSlug: string;
  date: string;
  pages: number[];
  unpaged?: true;
}

async function sections(): Promise<Array<{ id: string; data: SectionFacts }>> {
  const found: Array<{ id: string; data: SectionFacts }> = [];
  for (const file of await readdir(path.join(contentDir, 'sections'), { recursive: true })) {
    if (!file.endsWith('.md')) continue;
    const source = await readFile(path.join(contentDir, 'sections', file), 'utf8');
    const head = /^---\n([^]*?)\n---\n/u.exec(source)?.[1] ?? '';
    found.push({ id: file.replace(/\.md$/u, ''), data: parseYaml(head) as SectionFacts });
  }
  return found;
}

const byClass = (tree: Awaited<ReturnType<typeof parsePage>>, name: string): string[] =>
  elements(tree, (node) => Array.isArray(node.properties['className']) && node.properties['className'].includes(name)).map((node) => toString(node));

describe('pages cited', () => {
  it('cites the pages a source gave, and no page for a section whose file gave none', async () => {
    const all = await sections();
    const unpaged = all.filter((section) => section.data.unpaged);
    const paged = all.filter((section) => !section.data.unpaged);
    expect(unpaged.length).toBeGreaterThan(5);
    expect(paged.length).toBeGreaterThan(5);
    for (const { id, data } of all) {
      const page = `papers/${data.paperSlug}/${data.date.replaceAll('-', '/')}/${path.basename(id)}/index.html`;
      const tree = await parsePage(siteDir, page);
      const [cite = ''] = byClass(tree, 'cite');
      const meta = byClass(tree, 'meta').join(' ');
      if (data.unpaged) {
        expect(cite, page).not.toMatch(/第\d+版|[A-Z]+\d{2,}版/u);
        expect(meta, page).toContain('版次未注');
      } else {
        expect(cite, page).toContain(pagesName(data.pages));
        expect(meta, page).not.toContain('版次未注');
      }
    }
    // The issue lists such sections under `版次未注`, not under a page's name.
    const { data } = unpaged[0]!;
    const issue = await parsePage(siteDir, `papers/${data.paperSlug}/${data.date.replaceAll('-', '/')}/index.html`);
    expect(elements(issue, (node) => node.tagName === 'h2').map((node) => toString(node))).toContain('版次未注');
  });
});
