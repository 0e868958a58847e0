/** A roundup's items (`roundupItem`): each item's page lists the roundup's items, itself marked, the others linked. */
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { siteDir } from './fixture-site.ts';
import { elements, parsePage } from './html.ts';

const ITEMS = ['papers/xichengribao/2024/03/08/p2-01/index.html', 'papers/xichengribao/2024/03/08/p2-02/index.html'];

describe("a roundup's item", () => {
  it("lists the roundup's items under its name on each item's page, itself marked and the others linked", async () => {
    for (const [index, page] of ITEMS.entries()) {
      const tree = await parsePage(siteDir, page);
      const [nav] = elements(tree, (node) => node.tagName === 'nav' && String(node.properties['className']).includes('roundup'));
      expect(nav, page).toBeDefined();
      const inside = { type: 'root' as const, children: [nav!] };
      expect(toString(elements(inside, (node) => node.tagName === 'h2')[0]!)).toBe('溪城快讯（共2条）');
      const items = elements(inside, (node) => node.tagName === 'li');
      expect(items.map((item) => toString(item))).toEqual(['社区食堂推出春季新菜', '图书馆夜间开放延长']);
      // Itself as text, the other as a link to its page.
      const links = elements(inside, (node) => node.tagName === 'a').map((link) => String(link.properties['href']));
      expect(links).toEqual([`/${ITEMS[1 - index]!.replace(/index\.html$/u, '')}`]);
      expect(elements(inside, (node) => node.properties['ariaCurrent'] === 'page').map((node) => toString(node))).toEqual([
        index === 0 ? '社区食堂推出春季新菜' : '图书馆夜间开放延长',
      ]);
    }
  });

  it('is not listed on an article of no roundup', async () => {
    const tree = await parsePage(siteDir, 'papers/beijingchengshifuzhongxinbao/2024/03/08/p1-01/index.html');
    expect(elements(tree, (node) => node.tagName === 'nav' && String(node.properties['className']).includes('roundup'))).toEqual([]);
  });
});
