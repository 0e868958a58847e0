/** Simplified and Traditional pages: text converted, attributes and provenance never. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { renderBody } from '../../src/markdown/render-body.ts';
import { contentDir, SEED, siteDir } from './fixture-site.ts';
import { elements, parseHtml, parsePage } from './html.ts';

const read = (file: string): Promise<string> => readFile(path.join(siteDir, file), 'utf8');
const TRADITIONAL_PAPER = 'papers/gangdaoribao/2024/06/12/p1-01/index.html';

describe('script conversion', () => {
  it('converts the text of Traditional pages by characters, phrases choosing among their forms', async () => {
    const tree = await parsePage(siteDir, `zh-hant/${SEED}p1-01/index.html`);
    const [h1] = elements(tree, (node) => node.tagName === 'h1');
    expect(toString(h1!)).toBe('中共中央政治局委員、外交部長王毅答中外記者問');
    expect(elements(tree, (node) => node.tagName === 'html')[0]!.properties['lang']).toBe('zh-Hant');
  });

  it('marks each converted page once, and leaves Simplified pages of Simplified papers untouched', async () => {
    const html = await read(`zh-hant/${SEED}p1-01/index.html`);
    expect(html.match(/name="baoku-converted"/gu)).toHaveLength(1);
    expect(await read(`${SEED}p1-01/index.html`)).not.toContain('baoku-converted');
  });

  it('converts what readers see of attributes, never URLs, data, provenance or the citation', async () => {
    const html = await read(`zh-hant/${SEED}p1-01/index.html`);
    expect(html).toContain('<meta property="og:title" content="中共中央政治局委員、外交部長王毅答中外記者問">');
    expect(html).toContain('<meta name="description" content="中國的外交政策和對外關係');
    expect(html).toContain('"headline":"中共中央政治局委员、外交部长王毅答中外记者问"');
    expect(html).toContain('href="/zh-hant/papers/beijingchengshifuzhongxinbao/"');
    const tree = await parsePage(siteDir, `zh-hant/${SEED}p1-01/index.html`);
    const [cite] = elements(tree, (node) => Array.isArray(node.properties['className']) && node.properties['className'].includes('cite'));
    expect(toString(cite!)).toContain('《中共中央政治局委员、外交部长王毅答中外记者问》');
    // Provenance: its label is the page's chrome and converted; the file's name and hash are data, kept as they are.
    const [provenance] = elements(tree, (node) => Array.isArray(node.properties['className']) && node.properties['className'].includes('provenance'));
    expect(toString(provenance!)).toContain('來源文件');
    expect(elements({ type: 'root', children: [provenance!] }, (node) => node.tagName === 'code').map((node) => toString(node))).toContain(
      '000_089e9dd3f21c392f.txt',
    );
    const named = await parsePage(siteDir, 'zh-hant/papers/yunheribao/2021/03/15/p4-02/index.html');
    const [namedProvenance] = elements(named, (node) => Array.isArray(node.properties['className']) && node.properties['className'].includes('provenance'));
    expect(toString(namedProvenance!)).toContain('來源文件');
    expect(elements({ type: 'root', children: [namedProvenance!] }, (node) => node.tagName === 'code').map((node) => toString(node))).toContain(
      '运河日报/20210315-04-02.txt',
    );
  });

  it('leaves Simplified pages of a Simplified paper as printed', async () => {
    const tree = await parsePage(siteDir, `${SEED}p1-01/index.html`);
    expect(toString(elements(tree, (node) => node.tagName === 'h1')[0]!)).toBe('中共中央政治局委员、外交部长王毅答中外记者问');
  });

  it('shows a paper printed in Traditional in Simplified on Simplified pages, and as printed on Traditional pages', async () => {
    const simplified = await parsePage(siteDir, TRADITIONAL_PAPER);
    const traditional = await parsePage(siteDir, `zh-hant/${TRADITIONAL_PAPER}`);
    expect(toString(elements(simplified, (node) => node.tagName === 'h1')[0]!)).toBe('北环线工程下月动工');
    expect(toString(elements(traditional, (node) => node.tagName === 'h1')[0]!)).toBe('北環線工程下月動工');
  });

  it("shows every paper printed in Traditional on Traditional pages exactly as printed: each section's title, byline and text", async () => {
    // (`cn → tw` would write 宣佈 for 宣布, 臺北 for 台北, 公佈 for 公布: words the papers print so.)
    const hant = new Set<string>();
    for (const file of await readdir(path.join(contentDir, 'issues'), { recursive: true })) {
      if (!file.endsWith('.md')) continue;
      const issue = await readFile(path.join(contentDir, 'issues', file), 'utf8');
      if (/^printed: "hant"$/mu.test(issue)) hant.add(file.replace(/\.md$/u, ''));
    }
    expect(hant.size).toBeGreaterThan(5);
    let checked = 0;
    for (const file of await readdir(path.join(contentDir, 'sections'), { recursive: true })) {
      const issueId = path.dirname(file);
      if (!file.endsWith('.md') || !hant.has(issueId)) continue;
      const source = await readFile(path.join(contentDir, 'sections', file), 'utf8');
      const [, head = '', body = ''] = /^---\n([^]*?)\n---\n([^]*)$/u.exec(source) ?? [];
      const data = parseYaml(head) as { title?: string; byline?: string; date: string; paper: string; paperSlug: string };
      if (/::::qa/u.test(body)) continue;
      const page = `zh-hant/papers/${data.paperSlug}/${data.date.replaceAll('-', '/')}/${path.basename(file, '.md')}/index.html`;
      const tree = await parsePage(siteDir, page);
      const text = (name: string): string[] =>
        elements(tree, (node) => Array.isArray(node.properties['className']) && node.properties['className'].includes(name)).map((node) => toString(node));
      const printedBody = toString(parseHtml(renderBody(body)));
      expect(text('body'), page).toEqual([printedBody]);
      if (data.title) expect(toString(elements(tree, (node) => node.tagName === 'h1')[0]!), page).toBe(data.title);
      if (data.byline) expect(text('meta')[0], page).toContain(data.byline);
      // The head too: the tab's title, the description and a link preview's (`台灣時報`, not `臺灣時報`); the site's own name converted.
      const shown = (selector: (node: Element) => boolean): string[] =>
        elements(tree, selector).map((node) => (typeof node.properties['content'] === 'string' ? node.properties['content'] : toString(node)));
      const [shownTitle] = shown((node) => node.tagName === 'title');
      if (data.title) expect(shownTitle, page).toBe(`${data.title} · 報庫`);
      else expect(shownTitle, page).toContain(data.paper);
      expect(shown((node) => node.tagName === 'meta' && node.properties['name'] === 'description')[0], page).toContain(data.paper);
      if (data.title) expect(shown((node) => node.tagName === 'meta' && node.properties['property'] === 'og:title')[0], page).toBe(data.title);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('points readers of a converted page to the original wording', async () => {
    const html = await read(TRADITIONAL_PAPER);
    expect(html).toMatch(/<p class="notice"[^>]*>[^]*?href="\/zh-hant\/papers\/gangdaoribao\/2024\/06\/12\/p1-01\/"/u);
    const seedTraditional = await read(`zh-hant/${SEED}p1-01/index.html`);
    expect(seedTraditional).toContain(`href="/${SEED}p1-01/"`);
  });

  it('shows the name and titles of a paper printed in Traditional in Simplified all over Simplified pages: title, breadcrumbs, headings, lists', async () => {
    const pages = [
      'papers/gangdaoribao/index.html',
      'papers/gangdaoribao/2024/index.html',
      'papers/gangdaoribao/2024/06/12/index.html',
      TRADITIONAL_PAPER,
      'index.html',
      'papers/index.html',
    ];
    for (const file of pages) {
      const tree = await parsePage(siteDir, file);
      const title = toString(elements(tree, (node) => node.tagName === 'title')[0]!);
      const crumbs = elements(
        tree,
        (node) => node.tagName === 'nav' && node.properties['className'] !== undefined && String(node.properties['className']).includes('breadcrumbs'),
      ).map((node) => toString(node));
      // What stays as printed on purpose: the citation and provenance (data-no-convert), and data for scripts.
      const body = elements(tree, (node) => node.tagName === 'body')[0]!;
      const kept = elements({ type: 'root', children: [body] }, (node) => node.properties['dataNoConvert'] !== undefined || node.tagName === 'script');
      const text = kept.reduce((rest, node) => rest.replace(toString(node), ''), toString(body));
      expect(`${title} ${crumbs.join(' ')} ${text}`, file).not.toContain('港島日報');
      expect(text, file).toContain('港岛日报');
    }
    // The Traditional pages show it as printed.
    expect(await read('zh-hant/papers/gangdaoribao/index.html')).toMatch(/<title[^>]*>港島日報 · 報庫<\/title>/u);
  });
});
