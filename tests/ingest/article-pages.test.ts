/** A web story cut into pages by its site: the pager (`rules/pager.ts`) and the pages put back together (`article-pages.ts`). */
import { describe, expect, it } from 'vitest';
import { articlePages, issueOfStory, linkedFile, pageOfName } from '../../scripts/ingest/article-pages.ts';
import { readPager, withoutPageMark } from '../../scripts/ingest/rules/pager.ts';

describe('readPager', () => {
  it.each([
    ['上一页 1 2 3 下一页', { numbers: [1, 2, 3] }],
    ['上一页 1 2 3 下一页 共3页', { total: 3, numbers: [1, 2, 3] }],
    ['第2页 共3页', { current: 2, total: 3, numbers: [] }],
    ['首页 上一頁 [1] [2] 下一頁 尾页', { numbers: [1, 2] }],
    // (A keeper's copy runs the links together; a pager's last link alone is still one.)
    ['12下一页>>', { numbers: [12] }],
    ['下一页', { numbers: [] }],
    ['« 上一页 | 下一页 »', { numbers: [] }],
    ['分页：1 2 3 4 下一页', { numbers: [1, 2, 3, 4] }],
    ['共5页: 上一页 1 2 3 4 5 下一页', { total: 5, numbers: [1, 2, 3, 4, 5] }],
  ])('reads %s', (text, pager) => {
    expect(readPager(text)).toEqual(pager);
  });

  it.each([
    '共有3页文章在此',
    '首页',
    '下一页将介绍具体做法。',
    '第2页',
    '共3页',
    '1 2 3',
    '本报记者 王海',
    '上一页内容回顾：市住建局昨天透露，今年老城区改造将完成十二个片区，居民们纷纷表示欢迎，老城区改造进入快车道。',
  ])('is no pager: %s', (text) => {
    expect(readPager(text)).toBeUndefined();
  });
});

describe('pageOfName', () => {
  it.each([
    ['hcwb/content_1001_2.htm', { key: 'hcwb/content_1001.htm', number: 2 }],
    ['rmw/c1001-40012345-3.html', { key: 'rmw/c1001-40012345.html', number: 3 }],
    ['xhw/c_1129_12.htm', { key: 'xhw/c_1129.htm', number: 12 }],
    ['site/article.php@id=9&page=2.html', { key: 'site/article.php@id=9.html', number: 2 }],
    ['site/article.php@page=2&id=9.html', { key: 'site/article.php@id=9.html', number: 2 }],
  ])('%s', (name, page) => {
    expect(pageOfName(name)).toEqual(page);
  });

  // (An article's number has a leading zero, `-02`; page 1 is the name without a number, so `_1` names none.)
  it.each(['运河日报/20210315-04-02.txt', 'p4-1.txt', 'index_1.html', '2024-03-08.htm', 'content_1001.htm', 'A02.txt'])('gives no later page: %s', (name) => {
    expect(pageOfName(name)).toBeUndefined();
  });
});

describe('withoutPageMark', () => {
  it.each([
    ['老城区改造提速（2）', '老城区改造提速'],
    ['老城区改造提速(第2页)', '老城区改造提速'],
    ['老城区改造提速 2/3', '老城区改造提速'],
    ['老城区改造提速 今年完成十二个片区', '老城区改造提速今年完成十二个片区'],
    ['“十四五”规划（2021—2025）', '“十四五”规划（2021—2025）'],
  ])('%s', (headline, bare) => {
    expect(withoutPageMark(headline)).toBe(bare);
  });
});

describe('articlePages', () => {
  const head = '老城区改造提速 今年完成十二个片区';
  const pager = { total: 3, numbers: [1, 2, 3] };

  it('puts later pages after the page before them, by name and pager or by name and headline', () => {
    const pages = articlePages([
      { relative: 'a/content_1001.htm', headline: head, pager },
      { relative: 'a/content_1001_2.htm', headline: `${head}（2）`, pager },
      { relative: 'a/content_1001_3.htm', headline: head, pager },
      { relative: 'b/c_77.htm', headline: '春运首日客流平稳' },
      { relative: 'b/c_77_2.htm', headline: '春运首日客流平稳（2）' },
    ]);
    expect(Object.fromEntries(pages)).toEqual({
      'a/content_1001_2.htm': { first: 'a/content_1001.htm', previous: 'a/content_1001.htm', number: 2, missing: [], by: 'name and pager' },
      'a/content_1001_3.htm': { first: 'a/content_1001.htm', previous: 'a/content_1001_2.htm', number: 3, missing: [], by: 'name and pager' },
      'b/c_77_2.htm': { first: 'b/c_77.htm', previous: 'b/c_77.htm', number: 2, missing: [], by: 'name and headline' },
    });
  });

  it('names the pages that were not saved', () => {
    const pages = articlePages([
      { relative: 'content_9.htm', headline: head, pager },
      { relative: 'content_9_3.htm', headline: head, pager },
    ]);
    expect(pages.get('content_9_3.htm')).toEqual({ first: 'content_9.htm', previous: 'content_9.htm', number: 3, missing: [2], by: 'name and pager' });
  });

  it('follows a pager that links pages saved under other names', () => {
    const links = new Map([
      [1, 'x/story.html'],
      [2, 'x/story-more.html'],
    ]);
    const pages = articlePages([
      { relative: 'x/story.html', headline: head, pager: { numbers: [1, 2] }, links },
      { relative: 'x/story-more.html', headline: head, pager: { numbers: [1, 2] }, links },
    ]);
    expect(pages.get('x/story-more.html')).toEqual({ first: 'x/story.html', previous: 'x/story.html', number: 2, missing: [], by: 'links' });
  });

  it("numbers pages as the pager's links do, over their names (TRS names page 2 `index_1.html`)", () => {
    const pager = { numbers: [1, 2, 3] };
    const links = (own: number): Map<number, string> =>
      new Map(
        (
          [
            [1, 't/index.html'],
            [2, 't/index_1.html'],
            [3, 't/index_2.html'],
          ] as const
        ).filter(([number]) => number !== own),
      );
    const pages = articlePages([
      { relative: 't/index.html', headline: head, pager, links: links(1) },
      { relative: 't/index_1.html', headline: head, pager, links: links(2) },
      { relative: 't/index_2.html', headline: head, pager, links: links(3) },
    ]);
    expect([...pages].map(([file, of]) => [file, of.number, of.previous])).toEqual([
      ['t/index_1.html', 2, 't/index.html'],
      ['t/index_2.html', 3, 't/index_1.html'],
    ]);
  });

  it('names a page saved under a browser’s name by the address it was saved from', () => {
    const pages = articlePages([
      { relative: '收藏/海州网.html', headline: head, address: 'http://www.hzrb.cn/2024-07/01/c_1130077777.htm' },
      { relative: '收藏/新闻 (1).html', headline: head, address: 'http://www.hzrb.cn/2024-07/01/c_1130077777_2.htm' },
    ]);
    expect(pages.get('收藏/新闻 (1).html')).toEqual({
      first: '收藏/海州网.html',
      previous: '收藏/海州网.html',
      number: 2,
      missing: [],
      by: 'name and headline',
    });
  });

  it('leaves apart pages that print a day or a line of date of their own, a serial whose parts link each other, and a list’s pager', () => {
    const pages = articlePages([
      { relative: '简讯.txt', headline: '简讯', date: '2024-03-08', dateLine: '2024年3月8日' },
      { relative: '简讯_2.txt', headline: '简讯', date: '2024-03-09', dateLine: '2024年3月9日' },
      { relative: '图片新闻.htm', headline: '图片新闻', date: '2024-03-08', dateLine: '2024-03-08 08:10　来源：临江日报' },
      { relative: '图片新闻_2.htm', headline: '图片新闻', date: '2024-03-08', dateLine: '2024-03-08 08:12　来源：临江日报' },
      { relative: 's/1.htm', headline: '运河人家（一）', pager: { numbers: [1, 2] }, links: new Map([[2, 's/2.htm']]) },
      { relative: 's/2.htm', headline: '运河人家（二）', pager: { numbers: [1, 2] }, links: new Map([[1, 's/1.htm']]) },
      { relative: 'l/list.htm', headline: '今日关注' },
      { relative: 'l/list_2.htm', headline: '城区新增两百个停车位', pager: { numbers: [], hrefs: new Map([[3, 'p3.htm']]) } },
    ]);
    expect([...pages.keys()]).toEqual([]);
    // (A day's post beside its month's page is no page 18 of it.)
    expect(pageOfName('blog/2024-03-18.htm')).toBeUndefined();
  });

  it('leaves files named alike that print no pager and another headline apart, and a name with no first page', () => {
    const pages = articlePages([
      { relative: '简讯.txt', headline: '城区新增两百个停车位' },
      { relative: '简讯_2.txt', headline: '老年大学春季班开始报名' },
      { relative: 'content_5_2.htm', headline: head, pager },
    ]);
    expect(pages.size).toBe(0);
  });
});

describe('linkedFile and issueOfStory', () => {
  const known = new Set(['site/content_1001.htm', 'site/content_1001_2.htm', 'site/article.php@id=9&page=2.html']);

  it('finds the file a pager links, as saved', () => {
    expect(linkedFile('site/content_1001.htm', 'content_1001_2.htm', known)).toBe('site/content_1001_2.htm');
    expect(linkedFile('site/content_1001.htm', './content_1001_2.htm#top', known)).toBe('site/content_1001_2.htm');
    expect(linkedFile('site/content_1001.htm', 'https://www.example.cn/2024-03/08/content_1001_2.htm', known)).toBe('site/content_1001_2.htm');
    expect(linkedFile('site/x.html', 'article.php?id=9&page=2', known)).toBe('site/article.php@id=9&page=2.html');
    expect(linkedFile('site/content_1001.htm', 'content_1003.htm', known)).toBeUndefined();
  });

  it('dates a later page that prints a pager as its first page, and no page without one', () => {
    const dated = [{ absolute: '/raw/site/content_1001.htm', relative: 'site/content_1001.htm', paper: '海川晚报', date: '2024-03-08' }];
    expect(issueOfStory('site/content_1001_2.htm', { pager: { numbers: [1, 2] } }, dated)).toEqual({
      date: '2024-03-08',
      paper: '海川晚报',
      from: 'site/content_1001.htm',
      by: 'story',
    });
    expect(issueOfStory('site/content_1001_2.htm', {}, dated)).toBeUndefined();
    expect(issueOfStory('site/other.htm', { pager: { numbers: [1, 2], hrefs: new Map([[1, 'content_1001.htm']]) } }, dated)?.from).toBe(
      'site/content_1001.htm',
    );
  });
});
