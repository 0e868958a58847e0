/**
 * What an HTML page's markup says of its text beyond its tags: a table that
 * lays the page out (read cell by cell) against one that holds data (kept
 * whole), and blocks that are lists of links (a site's menus, an e-paper's
 * page index: page furniture). Used by `formats/html.ts` and, so that both
 * read a page alike, by the lossless test.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { trimEdges } from '../lines.ts';
import { readPager, type Pager } from '../rules/pager.ts';
import { isRelatedHeading } from '../rules/structure-line.ts';
import { matchCreditLine } from '../facts/from-text.ts';

/** Fewest characters of running text (sentences) in a table's cell or paragraph that make the table a page's layout, not data. */
const LAYOUT_TEXT_MIN = 60;

/** What only a page's layout puts inside a table: another table, headings, an article's parts, an e-paper system's own elements. */
const LAYOUT_TAGS = new Set(['table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section']);

/**
 * A table that lays out a page rather than holding data: e-paper systems
 * (Founder's `<founder-content>`, many sites before CSS) set a whole
 * article in table cells. It holds another table, headings or an e-paper
 * system's elements, or running text (a cell or paragraph of sentences past
 * 60 characters); failing those, a head or caption makes it data, and so
 * does a grid (two rows or more as wide as each other, a cell spanning
 * columns counted by its span); anything else (one row, rows of unequal
 * width: a page's frame around its date and links) is layout. A data
 * table stays one media line, as printed.
 */
export function isLayoutTable(node: Element): boolean {
  const inside = descendants(node);
  if (inside.some((child) => LAYOUT_TAGS.has(child.tagName) || child.tagName.startsWith('founder-'))) return true;
  if (inside.some((child) => /^(?:td|th|p)$/u.test(child.tagName) && isRunningText(toString(child)))) return true;
  if (inside.some((child) => child.tagName === 'th' || child.tagName === 'thead' || child.tagName === 'caption')) return false;
  const widths = inside.filter((child) => child.tagName === 'tr').map(rowWidth);
  return !(widths.length >= 2 && widths.every((width) => width >= 2 && width === widths[0]));
}

function rowWidth(row: Element): number {
  return row.children
    .filter((cell): cell is Element => cell.type === 'element' && /^t[dh]$/u.test(cell.tagName))
    .reduce((sum, cell) => sum + (Number(cell.properties['colSpan']) || 1), 0);
}

function isRunningText(text: string): boolean {
  return compactLength(text) >= LAYOUT_TEXT_MIN && /[。！？]/u.test(text);
}

/**
 * A pager under a story the site cut into pages (`<div class="pages">上一页 1 2 3 下一页 共3页</div>`), whatever the
 * site calls it: a block whose text reads as one (`rules/pager.ts`). Furniture; `formats/html.ts` reads what it says.
 */
export function isPager(node: Element): boolean {
  return (node.tagName === 'p' || (LIST_BLOCKS.has(node.tagName) && node.tagName !== 'body')) && pagerText(node) !== undefined;
}

/** A pager of numbers alone: two or more, in brackets or not (`[1] [2] [3]`, `1 2 3`). */
const NUMBERS_ONLY = /^[[【(（]?\s*[0-9]{1,2}\s*[\]】)）]?(?:\s*[[【(（]?\s*[0-9]{1,2}\s*[\]】)）]?)+$/u;

/**
 * What an element's text says as a pager (`rules/pager.ts`), or numbers alone that link pages (`[1] [2] [3]`: in text a
 * row of numbers says nothing, in a page its links do); `undefined` for any other element.
 */
export function pagerText(node: Element): Pager | undefined {
  const text = toString(node).replace(/\s+/gu, ' ').trim();
  return readPager(text) ?? (NUMBERS_ONLY.test(text) && descendants(node).some((child) => child.tagName === 'a') ? { numbers: [] } : undefined);
}

/** Blocks that may be a list of links: never a heading or a paragraph, which are text with links in them. */
const LIST_BLOCKS = new Set(['ul', 'ol', 'dl', 'li', 'div', 'td', 'th', 'tr', 'tbody', 'table', 'section', 'nav', 'center', 'body']);

/** What may stand between a list's links: separators and bullets. */
const SEPARATORS = /[\s|｜·•/／、,，>»\-—_[\]【】()（）]+/gu;

/** A list's label before its links: `分享到：`, `相关链接:` (a word and a colon), at most eight characters. */
const LABEL = /^[^，。！？\s]{1,8}[：:]$/u;

/** A list's label on a line of its own over its rows of links (`本版标题导航`, `版面导航`, `本版文章`, `相关新闻`). */
const LABEL_LINE = /^[^，。！？\s]{0,6}(?:导航|導航|目录|目錄|文章|新闻|新聞|链接|鏈接|推荐|推薦|阅读|閱讀|回顾|回顧|列表)[：:]?$/u;

/**
 * A list of links and nothing else: a site's menu, a page's list of its
 * articles (`本版文章`), its page directory (`第1版：要闻`, `第2版：…`), share
 * buttons (`分享到：微博 微信`). A block (never a heading or a paragraph)
 * with two links or more, and nothing outside them but separators and a
 * label (`分享到：`): link density, the signal boilerplate removal uses
 * (Kohlschütter et al., 2010), whatever the site calls its elements. A
 * sentence or a byline with two linked names (`记者 <a>张三</a> <a>李四</a>`)
 * has words outside its links.
 */
export function isLinkList(node: Element): boolean {
  if (!LIST_BLOCKS.has(node.tagName)) return false;
  const links = linksIn(node);
  if (links.length === 0) return false;
  const outside = outsideLinks(node, links);
  // (One link is a list under a list's own label, `本版新闻`, as an e-paper lists a page that holds one article.)
  if (links.length === 1) return LABEL_LINE.test(outside) && isBoxTitle(node, outside);
  return outside === '' || LABEL.test(outside) || isBoxTitle(node, outside) || isTeaserList(node);
}

/** A teaser's end: the story cut off (`……`, `...`), a link to the rest perhaps (`[详细]`, `【全文】`). */
const TEASER_END = /(?:……|…|\.{3})\s*(?:[[【(（]?(?:详细|詳細|全文|更多|阅读全文|閱讀全文|查看全文)[\]】)）]?)?$/u;

/**
 * A site's channel or home page's list of stories, each item its linked headline (in a heading, or dated) over the story's
 * opening cut off (`<ul><li><h3><a>标题</a></h3><p>新华社北京3月9日电 ……</p></li>…</ul>`), or a library's list of search results,
 * each linked headline over its citation alone (`<p>Sin Chew Jit Poh, 1 March 1960, Page 1</p>`): the stories' own pages hold
 * their text. List markup only, two items at least, every item so (not a column's books with blurbs that trail off, nor
 * an article's paragraphs that name people by links).
 */
function isTeaserList(node: Element): boolean {
  if (node.tagName !== 'ul' && node.tagName !== 'ol') return false;
  const items = node.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'li');
  return items.length >= 2 && items.every(isTeaser);
}

/** A list item that is a story's teaser: its headline a link in a heading or beside the item's date, then its opening cut off. */
function isTeaser(item: Element): boolean {
  const links = linksIn(item);
  if (links.length !== 1) return false;
  const link = links[0]!;
  const parts = descendants(item);
  // (Dated: an element of its own holds only the item's date, `<span>2024-03-09 08:11:10</span>`.)
  const dated = parts.some((child) => child !== link && toString(child).trim() !== '' && toString(child).replace(ENTRY_DATE, '').trim() === '');
  const inHeading = parts.some((child) => /^h[1-6]$/u.test(child.tagName) && descendants(child).includes(link));
  const text = toString(item);
  const headline = toString(link);
  const after = text.slice(text.indexOf(headline) + headline.length).trim();
  const teaser = after.replace(ENTRY_DATE, ' ').trim();
  // (Or, as a library's list of search results gives each, the story's citation alone: `Sin Chew Jit Poh, 1 March 1960, Page 1`.)
  return (inHeading || dated) && (TEASER_END.test(teaser) || (inHeading && matchCreditLine(after) !== undefined));
}

/** A box's title over its links: a short name, no sentence (`热点排行`, `推荐阅读`, `热门文章`, `图片新闻`). */
const BOX_TITLE = /^[^，。！？；：:、,\s]{2,10}$/u;

/**
 * Whether a list's text outside its links is all its box's title, in an element of its own before them (`<div
 * class="hot"><h3>热点排行</h3><ul>…</ul></div>`): a sidebar's box is furniture, title and all.
 */
function isBoxTitle(node: Element, outside: string): boolean {
  const first = node.children.find((child): child is Element => child.type === 'element' && toString(child).trim() !== '');
  if (first === undefined || descendants(first).some((child) => child.tagName === 'a')) return false;
  const title = toString(first).trim();
  return BOX_TITLE.test(title) && title.replace(SEPARATORS, '') === outside;
}

/**
 * Whether a list of links stands in an article's text: right between two paragraphs of sentences, its siblings
 * (`<p>…集中开工。</p><div><h3>开工项目清单</h3><ul><li><a>城东污水处理厂扩建工程</a></li>…</ul></div><p>…</p>`) —
 * the story's own list of what it names, text to keep, title and all. A sidebar's box stands beside the article's text,
 * never between its paragraphs; a box of related stories (`相关新闻`, `延伸阅读`) is furniture wherever it stands.
 */
export function standsInText(node: Element, siblings: ReadonlyArray<RootContent | ElementContent>): boolean {
  const blocks = siblings.filter((sibling): sibling is Element => sibling.type === 'element' && toString(sibling).trim() !== '');
  const at = blocks.indexOf(node);
  if (at <= 0 || !isSentences(blocks[at - 1]!) || blocks[at + 1] === undefined || !isSentences(blocks[at + 1]!)) return false;
  const title = node.children.find((child): child is Element => child.type === 'element' && toString(child).trim() !== '');
  return !(title !== undefined && linksIn(title).length === 0 && isRelatedHeading(toString(title)));
}

/** A paragraph of sentences, not of links: a `<p>` whose text ends a sentence somewhere and lies mostly outside links. */
function isSentences(node: Element): boolean {
  const text = toString(node);
  return node.tagName === 'p' && /[。！？]/u.test(text) && compactLength(outsideLinks(node, linksIn(node))) * 2 >= compactLength(text);
}

/**
 * Blocks side by side that are each a link and nothing more (rows, items),
 * two or more: a list of links set one to a row, as an e-paper's page index
 * sets its headlines, with its label right above them (`本版标题导航`).
 */
export function linkRuns(children: Array<RootContent | ElementContent>): Set<Element> {
  const blocks = children.filter((child): child is Element => child.type === 'element');
  const found = new Set<Element>();
  let run: Element[] = [];
  const close = (): void => {
    if (run.length >= 2) {
      const label = blocks[blocks.indexOf(run[0]!) - 1];
      if (label && !descendants(label).some((child) => child.tagName === 'a') && LABEL_LINE.test(toString(label).trim())) found.add(label);
      for (const block of run) found.add(block);
    }
    run = [];
  };
  for (const block of blocks) {
    if (isLinkOnly(block)) run.push(block);
    else close();
  }
  close();
  return found;
}

/** A row or item that is one link or more and nothing besides but separators. */
function isLinkOnly(node: Element): boolean {
  if (!LIST_BLOCKS.has(node.tagName)) return false;
  const links = linksIn(node);
  return links.length > 0 && outsideLinks(node, links) === '';
}

/** The links of a block that show some text. */
function linksIn(node: Element): Element[] {
  return descendants(node).filter((child) => child.tagName === 'a' && toString(child).trim() !== '');
}

/** A block's text outside its links, separators left out. */
function outsideLinks(node: Element, links: Element[]): string {
  let text = toString(node);
  for (const link of links) text = text.replace(toString(link), ' ');
  // (A list page dates each of its links: `<li><a>…</a> <em>2024-03-08 07:31</em></li>`, `（03-08）`.)
  return text.replace(ENTRY_DATE, ' ').replace(SEPARATORS, '');
}

/** The day or moment a list page prints beside a link: `2024-03-08 07:31`, `03-08`, `2024年3月8日`, `[03/08]`, `10:44`. */
const ENTRY_DATE =
  /(?:(?:19|20)[0-9]{2}\s*[-/.年]\s*)?[01]?[0-9]\s*[-/.月]\s*[0-3]?[0-9](?:\s*日)?(?:\s+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?)?|\b[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\b/gu;

function compactLength(text: string): number {
  return Array.from(text.replace(/\s+/gu, '')).length;
}

export function descendants(node: Element | { children: Array<RootContent | ElementContent> }): Element[] {
  const found: Element[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    found.push(child, ...descendants(child));
  }
  return found;
}

/**
 * Collapse runs of white space to one space and trim, as a browser shows text (and as the line rules expect: no 全角空格 at
 * the ends). No-break spaces are folded too, as a browser's copy of the text gives them (Word spaces a byline with
 * `&nbsp;&nbsp;`).
 */
export function collapse(text: string): string {
  return trimEdges(text.replace(/[ \t\r\n\f\u00a0]+/gu, ' '));
}
