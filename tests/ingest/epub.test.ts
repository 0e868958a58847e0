/** Newspapers kept as e-books (`formats/epub.ts`, `formats/epub-package.ts`): the book's documents in order, its contents pages left out, its paper and day. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { readEpub } from '../../scripts/ingest/formats/epub.ts';
import { titleDate, titlePaper } from '../../scripts/ingest/facts/from-book.ts';
import { namedFurniture } from '../../scripts/ingest/formats/html.ts';
import type { DocumentText } from '../../scripts/ingest/formats/word.ts';

const input = path.join(import.meta.dirname, '..', 'fixtures', 'epub-books', 'input');

async function book(relative: string): Promise<DocumentText> {
  const read = await readEpub(await readFile(path.join(input, relative)));
  if ('unreadable' in read) throw new Error(read.unreadable);
  return read;
}

/** A small EPUB 2 of the given documents (name, body), listed in its spine in order and in an NCX (label, href, children). */
async function smallBook(documents: Array<[string, string]>, toc: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/epub+zip');
  zip.file('META-INF/container.xml', '<container><rootfiles><rootfile full-path="content.opf"/></rootfiles></container>');
  zip.file(
    'content.opf',
    `<package xmlns="http://www.idpf.org/2007/opf" version="2.0"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>江城日报 2024年3月8日</dc:title></metadata><manifest>${documents
      .map(([name], index) => `<item id="d${index}" href="${name}" media-type="application/xhtml+xml"/>`)
      .join('')}<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/></manifest><spine toc="ncx">${documents
      .map((_, index) => `<itemref idref="d${index}"/>`)
      .join('')}</spine></package>`,
  );
  zip.file('toc.ncx', `<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/"><navMap>${toc}</navMap></ncx>`);
  for (const [name, body] of documents) zip.file(name, `<html xmlns="http://www.w3.org/1999/xhtml"><head><title>x</title></head><body>${body}</body></html>`);
  return zip.generateAsync({ type: 'uint8array' });
}

const point = (label: string, href: string, inner = ''): string =>
  `<navPoint><navLabel><text>${label}</text></navLabel><content src="${href}"/>${inner}</navPoint>`;

describe('readEpub', () => {
  it("reads calibre's news download: contents pages' entries out, a feed's page title a page header, each article as the recipe kept it", async () => {
    const read = await book('calibre新闻/江城日报 [周五, 08 3月 2024].epub');
    const texts = (read.lines ?? []).map((line) => line.text);
    expect(read.frontmatter).toEqual({ source: '江城日报', date: '2024-03-08' });
    expect(read.book).toMatchObject({
      contentsPages: 3,
      contentsEntries: 5,
      contentsOther: ['周五, 08 3月 2024'],
      generator: 'calibre',
      paperFrom: 'periodical',
    });
    // Page headers plain (they open pages), the articles' heads with their markup, no entry of a contents page, no navigation bar.
    expect((read.lines ?? []).find((line) => line.text === '第01版：要闻')?.hint).toBeUndefined();
    expect((read.lines ?? []).find((line) => line.text === '江城地铁三号线全线贯通')?.hint?.heading).toBe(1);
    expect(texts.filter((text) => text === '老城区十二条胡同完成改造')).toHaveLength(1);
    expect(texts.some((text) => /downloaded by|主菜单|分段菜单|06:1\d/u.test(text))).toBe(false);
  });

  it('keeps a feed named for a section as a part over its first article, and finds a headline set in no heading by the contents', async () => {
    const read = await book('Calibre Library/calibre/临江晚报 [Sat, 09 Mar 2024] (12)/临江晚报 [Sat, 09 Mar 2024] - calibre.epub');
    expect((read.lines ?? []).find((line) => line.text === '国际')?.hint).toEqual({ contents: true, part: true });
    expect((read.lines ?? []).find((line) => line.text === '江滨公园改造完成')?.hint?.heading).toBe(1);
    expect(read.frontmatter).toEqual({ source: '临江晚报', date: '2024-03-09' });
  });

  it('reads an EPUB 3 in the encoding its documents declare, its pages from their headers, its day from its title', async () => {
    const read = await book('海门晚报/海门晚报2024年3月10日.epub');
    expect((read.lines ?? []).map((line) => line.text)).toContain('第02版 民生');
    expect((read.lines ?? []).find((line) => line.text === '第02版 民生')?.hint).toBeUndefined();
    expect(read.frontmatter).toEqual({ source: '海门晚报', date: '2024-03-10' });
    expect(read.book?.generator).toBe('EasyPub 1.50');
  });

  it('says what a book that cannot be read is: a Kindle book, a cut-off download, no zip', async () => {
    const mobi = await readEpub(await readFile(path.join(input, '海门晚报', '海门晚报 2024-03-11.epub')));
    expect(mobi).toMatchObject({ unreadable: expect.stringMatching(/Kindle book/u) as unknown });
    const cut = await readEpub(await readFile(path.join(input, 'calibre新闻', '江城日报 [周六, 09 3月 2024].epub')));
    expect(cut).toMatchObject({ unreadable: expect.stringMatching(/damaged/u) as unknown });
    expect(await readEpub(new TextEncoder().encode('江城日报'))).toMatchObject({ unreadable: expect.stringMatching(/not a zip/u) as unknown });
  });

  it('reads a page that links to one other document as text, not contents, unless it is a feed', async () => {
    const article = '<h1>老城区改造完成</h1><p>改造工程已完工。详见<a href="b.html">相关报道</a>。</p>';
    const bytes = await smallBook(
      [
        ['a.html', article],
        ['b.html', '<h1>居民陆续回迁</h1><p>居民昨天起陆续回迁。</p>'],
      ],
      point('老城区改造完成', 'a.html') + point('居民陆续回迁', 'b.html'),
    );
    const read = await readEpub(bytes);
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.book?.contentsPages).toBe(0);
    expect((read.lines ?? []).map((line) => line.text)).toContain('改造工程已完工。详见相关报道。');
  });

  it('keeps an article that ends on links to related stories, and reads its subheads as subheads, a part over its articles as a part', async () => {
    const related =
      '<h1>老城区改造完成</h1><p>改造工程已完工，居民陆续回迁。</p><h2>下一步</h2><p>明年再改二十条胡同。</p><p>相关报道：</p><ul><li><a href="b.html#a1">居民陆续回迁</a></li><li><a href="b.html#a2">胡同里的新生活</a></li></ul>';
    const part = '<h1>城事</h1><h2>居民陆续回迁</h2><p>居民昨天起陆续回迁。</p><h2>胡同里的新生活</h2><p>胡同里开了书店。</p>';
    const bytes = await smallBook(
      [
        ['a.html', related],
        ['b.html', part],
      ],
      point('老城区改造完成', 'a.html', point('下一步', 'a.html#s1')) +
        point('城事', 'b.html', point('居民陆续回迁', 'b.html#a1') + point('胡同里的新生活', 'b.html#a2')),
    );
    const read = await readEpub(bytes);
    if ('unreadable' in read) throw new Error(read.unreadable);
    const lines = read.lines ?? [];
    expect(read.book?.contentsPages).toBe(0);
    expect(lines.map((line) => line.text)).toContain('改造工程已完工，居民陆续回迁。');
    expect(lines.find((line) => line.text === '下一步')?.hint?.subhead).toBe(true);
    expect(lines.find((line) => line.text === '城事')?.hint).toEqual({ contents: true, part: true });
    expect(lines.find((line) => line.text === '居民陆续回迁')?.hint).toEqual({ heading: 2 });
  });

  it('reads an article listed under two feeds once, and says so', async () => {
    const article = '<h1>老城区改造完成</h1><p>改造工程已完工。</p>';
    const bytes = await smallBook(
      [
        ['a.html', article],
        ['b.html', '<h1>居民陆续回迁</h1><p>居民昨天起陆续回迁。</p>'],
        ['c.html', article],
      ],
      point('要闻', 'a.html', point('老城区改造完成', 'a.html') + point('居民陆续回迁', 'b.html')) + point('城事', 'c.html', point('老城区改造完成', 'c.html')),
    );
    const read = await readEpub(bytes);
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.book?.repeated).toEqual(['c.html']);
    expect((read.lines ?? []).filter((line) => line.text === '改造工程已完工。')).toHaveLength(1);
  });

  it('leaves out the index of a single feed, and its feed page', async () => {
    const bytes = await smallBook(
      [
        ['index.html', '<p>Fri, 08 Mar 2024</p><ul><li><a href="feed_0/index.html">即时新闻</a></li></ul>'],
        ['feed_0/index.html', '<h2>即时新闻</h2><ul><li><a href="article_0/index.html">老城区改造完成</a></li></ul>'],
        ['feed_0/article_0/index.html', '<h1>老城区改造完成</h1><p>改造工程已完工。</p>'],
      ],
      point('即时新闻', 'feed_0/index.html', point('老城区改造完成', 'feed_0/article_0/index.html')),
    );
    const read = await readEpub(bytes);
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.book?.contentsPages).toBe(2);
    expect((read.lines ?? []).map((line) => line.text)).toEqual(['即时新闻', '老城区改造完成', '改造工程已完工。']);
  });

  it('drops a document the package lists but does not hold, and names it', async () => {
    const zip = await JSZip.loadAsync(await smallBook([['a.html', '<h1>老城区改造完成</h1><p>改造工程已完工。</p>']], point('老城区改造完成', 'a.html')));
    zip.file(
      'content.opf',
      (await zip.file('content.opf')!.async('string'))
        .replace('</manifest>', '<item id="gone" href="gone.html" media-type="application/xhtml+xml"/></manifest>')
        .replace('</spine>', '<itemref idref="gone"/></spine>'),
    );
    const read = await readEpub(await zip.generateAsync({ type: 'uint8array' }));
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.book?.missing).toEqual(['gone.html']);
    expect((read.lines ?? []).map((line) => line.text)).toContain('改造工程已完工。');
  });
});

describe("a book's title", () => {
  it('gives the day as calibre and other tools write it', () => {
    expect(titleDate('人民日报 [周五, 05 12月 2026]')?.iso).toBe('2026-12-05');
    expect(titleDate('联合早报 [Thu, 03 Dec 2026]')?.iso).toBe('2026-12-03');
    expect(titleDate('海门晚报2024年3月10日')?.iso).toBe('2024-03-10');
    expect(titleDate('Ming Pao - Hong Kong 2026-12-04')?.iso).toBe('2026-12-04');
    expect(titleDate('Ming Pao - Hong Kong')).toBeUndefined();
    expect(titleDate('人民日报 第12版')).toBeUndefined();
  });
  it('names the paper in Han characters, not a rubric after it or a recipe’s English name', () => {
    expect(titlePaper('人民日报 [周五, 05 12月 2026]', '05 12月 2026')).toBe('人民日报');
    expect(titlePaper('联合早报 今日要闻', undefined)).toBe('联合早报');
    expect(titlePaper('Ming Pao - Hong Kong', undefined)).toBeUndefined();
  });
});

describe('furniture named by a tool', () => {
  it("knows calibre's numbered navigation bar (`calibre_navbar1`), not a word that begins alike", () => {
    const element = (className: string): Element => ({
      type: 'element',
      tagName: 'div',
      properties: { className: [className] },
      children: [{ type: 'text', value: '| 下一个 | 主菜单 |' }],
    });
    expect(namedFurniture(element('calibre_navbar1'))).toBe(true);
    expect(namedFurniture(element('footer2'))).toBe(true);
    expect(namedFurniture(element('navigator'))).toBe(false);
    // An old site's numbered style names hold its text: a headline's cell, an editor's note, a fact box.
    for (const name of ['menu1', 'nav2', 'comment1', 'sidebar2', 'related1']) expect(namedFurniture(element(name)), name).toBe(false);
  });
});
