/**
 * Read an HTML export or saved article page (rehype-parse) into the
 * positioned lines the page grammar reads, as `formats/markdown.ts` does for
 * Markdown: each block (`<p>`, `<div>`, `<li>`, `<h1>`…) is a line, `<br>`
 * breaks one, headings keep their level as a hint, inline markup is reduced
 * to its text (`<strong>問：</strong>` → `問：`), images, figures, media and
 * data tables (`<img>`, `<figure>`, `<video>`, `<table>`) become media lines —
 * their markup kept as provenance, never a title; a table that lays out the
 * page (an e-paper's article set in its cells) is read cell by cell. The page's `<meta>` tags are its front matter
 * (title, date, source, author). Page furniture (`<script>`, `<style>`,
 * `<nav>`, `<aside>`, forms, a site's `<header>`/`<footer>` outside the
 * article, and any block that is a list of links: menus, a page's list of
 * its articles, a site's index) is not newspaper text: it is left out and counted, never silently.
 * Positions point into the decoded `.html` file.
 */
import { isPaperName, isPlatformName, paperOfPageTitle, siteOfPageTitle } from '../rules/paper-name.ts';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { Position } from 'unist';
import { matchPageHeader } from '../rules/page-header.ts';
import { isRelatedHeading } from '../rules/structure-line.ts';
import { charLength } from '../punctuation.ts';
import { matchBylineLine } from '../rules/byline.ts';
import { matchDateOnlyLine, matchInfoLine } from '../facts/from-text.ts';
import { collapse, descendants, isLayoutTable, isLinkList, isPager, linkRuns, pagerText, standsInText } from './html-layout.ts';
import { founderArticle } from './founder.ts';
import { markPlatformHeads } from './page-title.ts';
import type { Pager } from '../rules/pager.ts';
import type { RawLine } from '../types.ts';

const parser = unified().use(rehypeParse);

export interface HtmlRead {
  /** The `<meta>` facts under the front matter keys ingest reads (`title`, `date`, `source`, `author`). */
  frontmatter?: Record<string, string>;
  lines: RawLine[];
  /** The page holds one article: a single `<article>`, or a single `<h1>` (a saved article page). */
  oneArticle: boolean;
  /** Furniture left out, by tag name, with the place of the first of each. */
  leftOut: Array<{ tag: string; count: number; position?: Position }>;
  /** The pager under a story the site cut into pages (`上一页 1 2 3 下一页`), with the addresses it links by page number. */
  pager?: HtmlPager;
  /** The address the page was saved from, as it says: a browser's `<!-- saved from url=(0071)http://… -->`, `<link rel="canonical">`, `og:url`. */
  address?: string;
  /** The site its `<title>` names (`…-新华网`, `…--人民日报`: `rules/paper-name.ts`'s `siteOfPageTitle`). */
  site?: string;
  /** A document's comments (`documentComment`), left out with the marks that refer to them: their text, where each stands. */
  comments: Array<{ text: string; position?: Position }>;
}

export interface HtmlPager extends Pager {
  /** The `href` of each page the pager links by its number, as written. */
  hrefs: Map<number, string>;
}

/** Elements that are never newspaper text, wherever they stand. */
const FURNITURE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'aside',
  'form',
  'iframe',
  'button',
  'select',
  'input',
  'textarea',
  'svg',
  'canvas',
  'object',
  'embed',
]);

/**
 * Furniture by its class or id, as sites name it (`<div class="nav">`, `<div id="footer">`, `class="copyright"`): a menu,
 * breadcrumbs, a sidebar, share and comment boxes, related links, the site's foot. Numbered as tools number the classes
 * they rewrite (`calibre_navbar1`, `footer2`) only where the name is furniture whatever it styles: an old site's `menu1`,
 * `nav2`, `comment1`, `sidebar2` are style names, and hold its headline, an editor's note or a fact box.
 */
const FURNITURE_NAME =
  /(?:^|[\s_-])(?:(?:nav|navbar|navigation|menu|breadcrumbs?|crumbs?|sidebar|footer|copyright|share|social|comments?|related|recommend|advert|ads|toolbar|login|pager|pagination|cookies?|consent|gdpr)|(?:navbar|footer|copyright|share|social|toolbar|pager|pagination|breadcrumbs?)\d+)(?:$|[\s_-])/iu;

/** A site's banner and foot: furniture outside an `<article>` or `<main>`, the article's own head and foot inside one. */
const PAGE_FRAME = new Set(['header', 'footer']);

/** Media and tables: kept as a line of provenance (their markup), never read as running text or a title. */
const MEDIA = new Set(['img', 'figure', 'picture', 'video', 'audio', 'table']);

/** Elements that end a line before and after them; everything else runs inline. */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'footer',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);

/**
 * `<meta name|property>` values, by the front matter key they stand for (first found wins); with the names China's
 * government sites must write (`ArticleTitle`, `PubDate`, `ContentSource`: the source of a story they carry).
 */
const META: Record<string, string[]> = {
  title: ['articletitle', 'og:title', 'title', 'headline', 'dc.title'],
  date: [
    'article:published_time',
    'og:article:published_time',
    'pubdate',
    'publishdate',
    'publish_date',
    'date',
    'dc.date',
    'dc.date.issued',
    'dcterms.created',
    'dcterms.issued',
  ],
  source: ['source', 'contentsource', 'publisher', 'dc.publisher', 'dc.source', 'og:site_name'],
  author: ['author', 'article:author', 'dc.creator', 'byline'],
};

export function readHtml(file: VFile): HtmlRead {
  const tree = parser.parse(file);
  const html = descendants(tree);
  const post = isPostPage(html);
  // (An e-paper of Founder's system says what its article is, over any meta: `formats/founder.ts`.)
  const founder = founderArticle(tree);
  const frontmatter = { ...metaFacts(html, post), ...founder?.facts };
  // The article when the page marks one (Founder's `<founder-content>`, a single <article>, else <main>), else the whole body.
  const articles = html.filter((node) => node.tagName === 'article');
  const article = founder?.content ?? (articles.length === 1 ? articles[0] : undefined) ?? html.find((node) => node.tagName === 'main');
  const body = html.find((node) => node.tagName === 'body');
  const reader = new LineReader(file, article !== undefined, post);
  reader.read(article ?? body ?? tree);
  // Around the article, the rest of the page (a site's menus, columns, foot) is left out, and counted.
  if (article && body) reader.leaveAround(body, article);
  // A page whose text names no headline: its <title> stands for the article's title, as front matter's would — not an office
  // document's, whose title is the document's property (Word sets it to the first paragraph: a page's kicker or first headline).
  const title = html.find((node) => node.tagName === 'title');
  // (A platform's own heads over the headline the page's title names, the paper's in an <h1>, are its: `page-title.ts`.)
  const pageTitle = frontmatter['title'] ?? (title ? collapse(toString(title)) : '');
  if (pageTitle !== '') markPlatformHeads(reader.lines, pageTitle);
  // A page with no source of its own names its site, the paper, in its title (`…--人民日报`, `南方日报数字报-…`).
  const site = title && frontmatter['source'] === undefined ? paperOfPageTitle(collapse(toString(title))) : undefined;
  if (site !== undefined) frontmatter['source'] = site;
  if (frontmatter['title'] === undefined && title && !isOfficeDocument(html) && !reader.lines.some((line) => line.hint?.heading !== undefined)) {
    const text = collapse(toString(title));
    if (text !== '') frontmatter['title'] = text;
  }
  // One article: a single <article> or <h1>, on a page with no page headers (a whole issue's export has them, under the masthead's <h1>).
  const pages = reader.lines.some((line) => matchPageHeader(line.text));
  const oneArticle =
    !pages && (founder?.content !== undefined || articles.length === 1 || reader.lines.filter((line) => line.hint?.heading === 1).length === 1);
  const pager = pagerOf(html);
  const address = addressOf(tree, html);
  const siteName = title ? siteOfPageTitle(collapse(toString(title))) : undefined;
  return {
    lines: reader.lines,
    oneArticle,
    leftOut: [...reader.leftOut.values()],
    comments: reader.comments,
    ...(Object.keys(frontmatter).length > 0 ? { frontmatter } : {}),
    ...(pager ? { pager } : {}),
    ...(address === undefined ? {} : { address }),
    ...(siteName === undefined ? {} : { site: siteName }),
  };
}

/**
 * A comment of a document's editors as its word processor exports it to HTML, or the mark in the text that refers to one:
 * Google Docs' `<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a></sup>` in a sentence and, at the document's end, the comment
 * `<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a>这个数据请再核实</p></div>`; Word's `<a class="msoComAnchor">[A1]</a>` and
 * `<div class="msocomtxt">`. (A footnote, `#ftnt1`, is the document's text: not one.)
 */
export function documentComment(node: Element): 'reference' | 'comment' | undefined {
  const className = node.properties['className'];
  const classes = Array.isArray(className) ? className.map(String) : [];
  if (classes.some((name) => /^msocomtxt$/iu.test(name))) return 'comment';
  if (classes.some((name) => /^mso(?:comanchor|comoff)$/iu.test(name))) return 'reference';
  const link = node.tagName === 'a' ? node : onlyChildLink(node);
  const id = stringProperty(link, 'id');
  const href = stringProperty(link, 'href');
  if (link === node || (node.tagName === 'sup' && link !== undefined)) {
    if (/^cmnt_ref[0-9]+$/u.test(id) && /^#cmnt[0-9]+$/u.test(href)) return 'reference';
  }
  // (The comment: a block whose first link points back to the reference.)
  if (node.tagName === 'div' || node.tagName === 'p') {
    const first = descendants(node).find((child) => child.tagName === 'a');
    if (/^cmnt[0-9]+$/u.test(stringProperty(first, 'id')) && /^#cmnt_ref[0-9]+$/u.test(stringProperty(first, 'href'))) return 'comment';
  }
  return undefined;
}

/** An element's property as a string (`id`, `href`); empty when it has none. */
function stringProperty(node: Element | undefined, name: string): string {
  const value = node?.properties[name];
  return typeof value === 'string' ? value : '';
}

/** The one link an element holds and nothing else with text (`<sup><a …>[a]</a></sup>`). */
function onlyChildLink(node: Element): Element | undefined {
  const children = node.children.filter((child) => child.type === 'element' || (child.type === 'text' && child.value.trim() !== ''));
  return children.length === 1 && children[0]!.type === 'element' && children[0]!.tagName === 'a' ? children[0] : undefined;
}

/** A browser's mark of where it saved a page from (Internet Explorer's and Chrome's `saved from url=(0071)…`). */
const SAVED_FROM = /saved from url=\(\s*[0-9]+\s*\)\s*(\S+)/iu;

/** The address a saved page came from, as the page says it (`HtmlRead.address`); `undefined` when it says none. */
function addressOf(tree: Root, elements: readonly Element[]): string | undefined {
  for (const node of tree.children) {
    const saved = node.type === 'comment' ? SAVED_FROM.exec(node.value)?.[1] : undefined;
    if (saved !== undefined && /^https?:\/\//iu.test(saved)) return saved;
  }
  for (const node of elements) {
    const rel = node.properties['rel'];
    const canonical = node.tagName === 'link' && Array.isArray(rel) && rel.some((value) => typeof value === 'string' && value.toLowerCase() === 'canonical');
    const ogUrl = node.tagName === 'meta' && node.properties['property'] === 'og:url';
    const value = canonical ? node.properties['href'] : ogUrl ? node.properties['content'] : undefined;
    if (typeof value === 'string' && /^https?:\/\//iu.test(value.trim())) return value.trim();
  }
  return undefined;
}

/** A page's number as a pager's link or mark prints it: `2`, `[2]`, `第2页`. */
const PAGE_LINK = /^[[【(（]?\s*(?:第\s*)?([0-9]{1,2})\s*(?:[页頁])?\s*[\]】)）]?$/u;

/** The class a pager gives the page being shown (`current`, `cur`, `active`, `on`, `now`, `sel`). */
const CURRENT_CLASS = /(?:^|[\s_-])(?:current|curr|cur|active|on|now|sel|selected|thisclass|thispage)(?:$|[\s_-])/iu;

/**
 * The pager of a story cut into pages: the first element in the page's order, so the outermost, whose text reads as one
 * (`rules/pager.ts`; a link's own, `<a>下一页</a>`, is read with its pager), with the page numbers it links and, when no
 * `第2页` says it, the page it shows (the number that is no link, or the one marked `current`).
 */
function pagerOf(elements: readonly Element[]): HtmlPager | undefined {
  for (const node of elements) {
    if (/^(?:html|body|head|title|a)$/u.test(node.tagName)) continue;
    const pager = pagerText(node);
    if (!pager) continue;
    const hrefs = new Map<number, string>();
    let current = pager.current;
    const inLinks = new Set(descendants(node).flatMap((child) => (child.tagName === 'a' ? descendants(child) : [])));
    for (const child of descendants(node)) {
      if (inLinks.has(child)) continue;
      const number = PAGE_LINK.exec(collapse(toString(child)))?.[1];
      if (number === undefined) continue;
      const href = child.tagName === 'a' ? child.properties['href'] : undefined;
      const className = child.properties['className'];
      const classes = Array.isArray(className) ? className.join(' ') : typeof className === 'string' ? className : '';
      if (typeof href === 'string' && href !== '' && !href.startsWith('#') && !href.startsWith('javascript:') && !CURRENT_CLASS.test(classes)) {
        hrefs.set(Number(number), href);
      } else if (child.tagName !== 'a' || CURRENT_CLASS.test(classes)) current ??= Number(number);
    }
    return { ...pager, ...(current === undefined ? {} : { current }), hrefs };
  }
  return undefined;
}

class LineReader {
  readonly lines: RawLine[] = [];
  readonly leftOut = new Map<string, { tag: string; count: number; position?: Position }>();
  readonly comments: HtmlRead['comments'] = [];
  private parts: string[] = [];
  private start: Position['start'] | undefined;
  private end: Position['end'] | undefined;
  private heading: number | undefined;
  /** A `<br>` inside a heading was passed: its parts are one head's, broken for the page's width (`十四届全国人大二<br>次会议…`). */
  private brokenHead = false;
  private datetime: string | undefined;
  /** The line being read is a question set in bold at the head of its answer's paragraph: it ends with the bold. */
  private runIn = false;
  /** Inside a list of links that stands in the article's text (`standsInText`): its lists are text too. */
  private inTextList = false;

  private readonly file: VFile;
  /** Reading an <article> or <main> (not the whole body): its <header> and <footer> are the article's own. */
  private readonly inArticle: boolean;
  /** A platform's post (`isPostPage`): what it hides from its reader is furniture. */
  private readonly post: boolean;

  constructor(file: VFile, inArticle: boolean, post: boolean) {
    this.file = file;
    this.inArticle = inArticle;
    this.post = post;
  }

  read(node: Root | Element): void {
    this.children(node.children, false);
    this.flush();
  }

  /** Count what stands around `article` inside `node` (the elements with text that do not hold it). */
  leaveAround(node: Element, article: Element): void {
    for (const child of node.children) {
      if (child.type !== 'element' || child === article) continue;
      if (contains(child, article)) this.leaveAround(child, article);
      else if (hasText(child) && child.tagName !== 'script' && child.tagName !== 'style') this.leave(child);
    }
  }

  private leave(node: Element): void {
    const known = this.leftOut.get(node.tagName);
    if (known) known.count += 1;
    else {
      // (An element the parser supplied, `<tbody>`, has no place of its own: its first child's is given.)
      const position = node.position ?? descendants(node).find((child) => child.position !== undefined)?.position;
      this.leftOut.set(node.tagName, { tag: node.tagName, count: 1, ...(position ? { position } : {}) });
    }
  }

  private children(children: Array<RootContent | ElementContent>, pre: boolean, inArticle = this.inArticle, parent?: string): void {
    const links = this.inTextList ? new Set<Element>() : linkRuns(children);
    // (Not in a paragraph or a heading, whose styled runs are one sentence: `<p><span class="a">运河</span><span class="b">公园</span></p>`.)
    const fields = parent !== undefined && !/^(?:p|h[1-6])$/u.test(parent) && isFieldRow(children);
    for (const child of children) {
      // (A row of fields, each its own element with nothing between, `<span class="author">…</span><span class="page">…</span>`: apart.)
      if (fields && child.type === 'element' && this.parts.some((part) => part.trim() !== '')) this.parts.push(' ');
      if (child.type === 'text') this.text(child.value, child.position, pre);
      else if (child.type === 'element' && links.has(child)) this.leave(child);
      else if (child.type === 'element') this.element(child, pre, inArticle, children);
    }
  }

  /** `inArticle`: inside an <article> or <main>, whose <header> and <footer> are its own; `siblings`: the node's and its siblings. */
  private element(node: Element, pre: boolean, inArticle: boolean, siblings: Array<RootContent | ElementContent>): void {
    const tag = node.tagName;
    if ((FURNITURE.has(tag) && !isWrappingForm(node)) || (PAGE_FRAME.has(tag) && !inArticle) || namedFurniture(node, this.post)) {
      // Code is no text to lose; a menu, a form or a site's banner with words is counted.
      if (hasText(node) && tag !== 'script' && tag !== 'style') this.leave(node);
      return;
    }
    if (tag === 'head' || tag === 'title' || tag === 'meta' || tag === 'link') return;
    // A document's comment is its editors', not the paper's text: the mark in the text left out, the comment kept for the note.
    const comment = documentComment(node);
    if (comment === 'reference') return;
    if (comment === 'comment') {
      const text = collapse(toString(node));
      if (text !== '') this.comments.push({ text, ...(node.position ? { position: node.position } : {}) });
      return;
    }
    if (tag === 'br') {
      // (Inside a heading, a line broken for the page's width: the head goes on, unless a subtitle follows, `<br>——…`.)
      if (this.heading !== undefined && this.parts.some((part) => part.trim() !== '')) this.brokenHead = true;
      else this.flush();
      return;
    }
    const linkList = !this.inTextList && isLinkList(node);
    const inText = linkList && standsInText(node, siblings);
    if ((linkList && !inText) || isPager(node)) {
      // A menu, a page's list of its articles, a site's index, a story's pager: links, not text. Left out, and counted.
      // (A list between two of the article's paragraphs is its text, the lists inside it too: `standsInText`.)
      this.leave(node);
      // (The heading of a list of related stories left so, `<div><b>相关阅读</b></div>`, is the list's: furniture, kept as printed.)
      this.flush();
      const last = this.lines.at(-1);
      if (last && isRelatedHeading(last.text)) last.hint = { media: true, properties: true };
      return;
    }
    if (inText) {
      this.inTextList = true;
      this.element(node, pre, inArticle, siblings);
      this.inTextList = false;
      return;
    }
    if (MEDIA.has(tag) && !(tag === 'table' && (isLayoutTable(node) || isRecordTable(node)))) {
      this.flush();
      const source = sourceOf(this.file, node);
      if (node.position && source.trim() !== '') this.push(collapse(source), node.position.start, node.position.end, { media: true });
      return;
    }
    // (A catalogue's row of a label and its value, `<tr><th>题名：</th><td>标题</td></tr>`, as libraries show a record: one line,
    // `题名：标题`, the record's own, kept as printed as a note's properties are.)
    const labelled = tag === 'tr' ? labelRow(node) : undefined;
    if (labelled !== undefined && node.position) {
      this.flush();
      this.push(labelled, node.position.start, node.position.end, { media: true, properties: true });
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) this.flush();
    const level = /^h([1-6])$/u.exec(tag)?.[1];
    if (level !== undefined) this.heading = Number(level);
    // (A post's date as its markup gives it, `<time datetime="2024-04-27T21:13:00+08:00">2024年4月27日</time>`: on its line.)
    const datetime = tag === 'time' ? node.properties['dateTime'] : undefined;
    if (typeof datetime === 'string' && /^[0-9]{4}-[0-9]{2}-[0-9]{2}/u.test(datetime)) this.datetime = datetime.slice(0, 10);
    // (A question set in bold at the head of its answer's paragraph, `<p><strong>…？</strong>answer</p>`: a line of its own, in bold.)
    const runIn = !block && isBoldQuestion(node, this.parts);
    this.children(node.children, pre || tag === 'pre', inArticle || tag === 'article' || tag === 'main', tag);
    if (runIn) {
      this.runIn = true;
      this.flush();
    }
    if (block) this.flush();
  }

  private text(value: string, position: Position | undefined, pre: boolean): void {
    if (this.brokenHead && value.trim() !== '') {
      this.brokenHead = false;
      const after = value.trim();
      // (A subtitle, a byline, a date or source line after the break is its own line: `<br>——…`, `<br>本报记者　张晓明`.)
      if (/^[—－-]{2}/u.test(after) || matchBylineLine(after) !== undefined || matchDateOnlyLine(after) !== undefined || matchInfoLine(after) !== undefined)
        this.flush();
      else {
        const before = this.parts.join('').trimEnd();
        value = value.trimStart();
        this.parts = [before, headBreak(before, value)];
      }
    }
    const lines = pre ? value.split(/\r?\n/u) : [value];
    lines.forEach((part, index) => {
      if (index > 0) this.flush();
      if (part.trim() !== '' && position) {
        this.start ??= position.start;
        this.end = position.end;
      }
      this.parts.push(pre ? part : part.replace(/[ \t\r\n\f]+/gu, ' '));
    });
  }

  private flush(): void {
    const text = collapse(this.parts.join(''));
    // A page header set as a heading (`<h2>第1版：要闻</h2>`) is the page's header, read as the text's `第N版` line is, not a headline.
    const heading = this.heading === undefined || matchPageHeader(text) ? undefined : { heading: this.heading };
    // (An entry of a list in the article's text, `城东污水处理厂扩建工程`, is running text however short, as a bulleted item is.)
    const entry = heading === undefined && this.inTextList ? { opensParagraph: true } : heading;
    const dated = this.datetime === undefined ? entry : { ...entry, datetime: this.datetime };
    const hint = this.runIn ? { ...dated, emphasis: true } : dated;
    if (text !== '' && this.start && this.end) this.push(text, this.start, this.end, hint);
    this.parts = [];
    this.start = undefined;
    this.end = undefined;
    this.heading = undefined;
    this.brokenHead = false;
    this.datetime = undefined;
    this.runIn = false;
  }

  private push(text: string, start: Position['start'], end: Position['end'], hint?: RawLine['hint']): void {
    this.lines.push({ text, line: start.line, position: { start, end }, ...(hint ? { hint } : {}) });
  }
}

/** A catalogue's record as a table: three rows or more of a label and its value, half its rows at least (`题名：` / `报刊名：` / `出版日期：`). */
function isRecordTable(table: Element): boolean {
  const rows = descendants(table).filter((child) => child.tagName === 'tr');
  const labelled = rows.filter((row) => {
    const first = row.children.find((child): child is Element => child.type === 'element' && (child.tagName === 'th' || child.tagName === 'td'));
    return first !== undefined && /^\p{Script=Han}{2,8}[：:]$/u.test(collapse(toString(first)));
  });
  return labelled.length >= 3 && labelled.length * 2 >= rows.length;
}

/** A table row of a label and its value (`<th>题名：</th><td>标题</td>`) as one line, `题名：标题`; none for any other row (a value of paragraphs, a label of a sentence). */
function labelRow(row: Element): string | undefined {
  const cells = row.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'th' || child.tagName === 'td'));
  if (cells.length !== 2) return undefined;
  const [label, value] = cells as [Element, Element];
  const name = collapse(toString(label));
  const said = collapse(toString(value));
  if (!/^\p{Script=Han}{2,8}[：:]$/u.test(name) || said === '' || /[\r\n]/u.test(said)) return undefined;
  if (descendants(value).some((child) => BLOCKS.has(child.tagName) || MEDIA.has(child.tagName))) return undefined;
  return `${name}${said}`;
}

/**
 * What stands for a `<br>` inside a heading, between the parts of a head: a space between two decks of a balanced
 * headline, as it is quoted on one line (`坚持稳中求进` / `推动高质量发展`), and between words in Latin letters; nothing where
 * the break only fits the head to the page's width (`…民族复兴` / `伟业——热烈祝贺…`, `十四届全国人大二` / `次会议…`, a
 * long line over its rest or a clause's mark in either), nor between a figure and Han (`东航C919` / `今起…`).
 */
function headBreak(before: string, after: string): string {
  if (/[A-Za-z0-9]$/u.test(before) && /^[A-Za-z0-9]/u.test(after)) return ' ';
  if (/[A-Za-z0-9]$/u.test(before) || /^[A-Za-z0-9]/u.test(after)) return '';
  const [shorter, longer] = [charLength(before), charLength(after)].sort((a, b) => a - b) as [number, number];
  const decks = !/[，。、：；！？—,:;]/u.test(before + after) && shorter >= DECK_MIN && longer <= shorter * DECK_RATIO;
  return decks ? ' ' : '';
}

/** Fewest characters of a headline's deck, and most times one deck may be as long as the other, for two balanced decks. */
const DECK_MIN = 4;
const DECK_RATIO = 1.5;

/** Longest row of fields, in characters: a line of a page's information, not a paragraph of styled runs. */
const FIELD_ROW_MAX = 80;

/**
 * A row of fields: two or more inline elements, each named by its own class or id, with no text between them, holding
 * a short line in all (`<div class="info"><span class="author">本报记者 林丽鹂</span><span class="page">第03版</span>…`).
 * A browser's copy runs them together; they are apart.
 */
function isFieldRow(children: ReadonlyArray<RootContent | ElementContent>): boolean {
  if (children.some((child) => child.type === 'text' && child.value.trim() !== '')) return false;
  const elements = children.filter((child): child is Element => child.type === 'element');
  if (elements.length < 2 || elements.some((element) => BLOCKS.has(element.tagName) || MEDIA.has(element.tagName))) return false;
  const named = elements.filter((element) => element.properties['className'] !== undefined || element.properties['id'] !== undefined);
  const text = elements.map((element) => collapse(toString(element))).filter((value) => value !== '');
  // (Two of them at least read as fields — a label's, a date, a page's label, a reporter — not styled runs of one headline
  // or name, `<span class="red">临江</span><span class="black">新区再添三所学校</span>`.)
  return (
    named.length === elements.length &&
    text.length >= 2 &&
    Array.from(text.join('')).length <= FIELD_ROW_MAX &&
    text.filter((value) => FIELD_PIECE.test(value)).length >= 2
  );
}

/** A piece of a row of fields: a label's (`来源：`), a date, a page's label, a reporter's byline. */
const FIELD_PIECE = /^[^：:]{1,6}[：:]|^[0-9]{4}\s*[-/.年]|第\s*[A-Z]?[0-9]{1,3}\s*版|^(?:本报|本報)?(?:记者|記者|通讯员|通訊員)/u;

/** Most characters of text an element named as furniture may hold: a wrapper named `has-sidebar` around the article is no sidebar. */
const FURNITURE_TEXT_MAX = 300;

/** Fewest sentences and characters of running text that make a form a page's wrapper, not a search box or a comment form. */
const WRAPPING_FORM_SENTENCES = 4;
const WRAPPING_FORM_CHARS = 240;

/**
 * A form round a page's text, as ASP.NET sites wrap a whole page (`<form id="form1">`) and some schools' and governments'
 * CMS an article (`<form name="_newscontent_fromname">`): it holds running text, sentences of it, and is read through (its
 * controls, `<input>`, `<button>`, left out as anywhere). A search box, a login or a comment form holds none.
 */
function isWrappingForm(node: Element): boolean {
  if (node.tagName !== 'form') return false;
  const text = toString(node).replace(/\s+/gu, '');
  return (text.match(/[。！？]/gu)?.length ?? 0) >= WRAPPING_FORM_SENTENCES && Array.from(text).length >= WRAPPING_FORM_CHARS;
}

/**
 * Furniture by its name (`FURNITURE_NAME`), or on a platform's post
 * (`post`, `isPostPage`) hidden from the reader (`style="display:none"`,
 * `hidden`: the account's profile card, `微信号…` / `功能介绍…`, its QR box):
 * left out and counted, when it holds no heading and little text (a web
 * archive's insert, `isArchiveInsert`, whatever it holds). (Another page may
 * hide its article until a script shows it: its hidden text is read.)
 */
export function namedFurniture(node: Element, post = false): boolean {
  if (isArchiveInsert(node)) return true;
  const names = [node.properties['className'], node.properties['id']].flat().filter((name): name is string => typeof name === 'string');
  const style = node.properties['style'];
  const hidden = post && (node.properties['hidden'] === true || (typeof style === 'string' && /(?:^|;)\s*display\s*:\s*none/iu.test(style)));
  if (!hidden && !names.some((name) => FURNITURE_NAME.test(name))) return false;
  const holdsHeading = descendants(node).some((child) => /^h[1-6]$/u.test(child.tagName));
  return !holdsHeading && Array.from(toString(node).replace(/\s+/gu, '')).length <= FURNITURE_TEXT_MAX;
}

/**
 * What a web archive's replay put into the page it saved: the Wayback Machine's toolbar (`<div id="wm-ipp-base">`,
 * `#wm-ipp` in its older saves, its print line `#wm-ipp-print`, its appeal `#donato`), with the capture's own day and
 * counts (`67 captures`, `19 Nov 2010 - 21 Aug 2014`): the archive's words, never the page's, whatever their length.
 */
function isArchiveInsert(node: Element): boolean {
  const id = node.properties['id'];
  return typeof id === 'string' && /^(?:wm-ipp(?:-base|-print)?|donato)$/u.test(id);
}

/**
 * A WeChat public account's post as a browser or a tool saves it: its
 * address (`og:url` on mp.weixin.qq.com) or its own elements (`#js_content`,
 * `#js_name`). Its scripts' variables and its hidden elements are read only
 * there: another page's `createTime` or `nickname` may be anyone's.
 */
export function isPostPage(elements: Element[]): boolean {
  return elements.some((node) => {
    const content = node.properties['content'];
    if (node.tagName === 'meta') return typeof content === 'string' && /mp\.weixin\.qq\.com/u.test(content);
    const id = node.properties['id'];
    return id === 'js_content' || id === 'js_name' || id === 'js_article';
  });
}

/** What office software names itself in the HTML it saves: `<meta name=Generator content="Microsoft Word 15">`, `ProgId` `Word.Document`, LibreOffice, WPS. */
const OFFICE_GENERATOR = /Microsoft (?:Word|Excel|Office)|Word\.Document|LibreOffice|OpenOffice|WPS|Kingsoft/iu;

/** A document saved as HTML by office software (Word, LibreOffice, WPS): its `<title>` is a document property, no article's title. */
export function isOfficeDocument(elements: readonly Element[]): boolean {
  return elements.some((node) => {
    if (node.tagName !== 'meta') return false;
    const name = node.properties['name'];
    const content = node.properties['content'];
    return typeof name === 'string' && /^(?:generator|progid|originator)$/iu.test(name) && typeof content === 'string' && OFFICE_GENERATOR.test(content);
  });
}

function metaFacts(elements: Element[], post: boolean): Record<string, string> {
  const found = new Map<string, string>();
  for (const node of elements) {
    if (node.tagName !== 'meta') continue;
    const name = node.properties['name'] ?? node.properties['property'] ?? node.properties['itemProp'];
    const content = node.properties['content'];
    if (typeof name === 'string' && typeof content === 'string' && content.trim() !== '') found.set(name.toLowerCase(), content.trim());
  }
  const facts: Record<string, string> = {};
  for (const [key, names] of Object.entries(META)) {
    // (A platform's site name, `微信公众平台`, is the host's: the account that posted is the source.)
    // (A government page's `ContentSource` is a paper only when it names one, not the bureau that wrote the notice.)
    const value = names
      .map((name) => (name === 'contentsource' && !isPaperName(found.get(name) ?? '') ? undefined : found.get(name)))
      .find((candidate) => candidate !== undefined && !(key === 'source' && isPlatformName(candidate)));
    if (value !== undefined) facts[key] = value;
  }
  return { ...(post ? scriptFacts(elements) : {}), ...facts };
}

/** A page's own variables for when it was published, as Unix seconds (`var ct = "1709043300"`, WeChat's; `publish_time: 1709043300`). */
const SCRIPT_TIME = /(?:^|[;\n])\s*var\s+(?:ct|publish_time|create_time)\s*=\s*["']?([0-9]{10})(?![0-9])["']?/mu;
/** The account that posted a platform's page (`var nickname = htmlDecode("滨江日报")`). */
const SCRIPT_ACCOUNT = /(?:^|[;\n])\s*var\s+nickname\s*=\s*(?:htmlDecode\()?\s*["']([^"'\\<>]{2,30})["']/mu;

/**
 * What a saved page's scripts say of it when its markup does not (a WeChat
 * page saved without running them: `<em id="publish_time">` empty): the
 * moment of publication, in UTC (its day is counted in the paper's time
 * zone, as a front matter's moment is), and the posting account.
 */
function scriptFacts(elements: Element[]): Record<string, string> {
  const facts: Record<string, string> = {};
  for (const node of elements) {
    if (node.tagName !== 'script') continue;
    const code = toString(node);
    const time = facts['date'] === undefined ? SCRIPT_TIME.exec(code) : null;
    if (time?.[1] !== undefined) facts['date'] = new Date(Number(time[1]) * 1000).toISOString().replace(/\.000Z$/u, 'Z');
    const account = facts['source'] === undefined ? SCRIPT_ACCOUNT.exec(code) : null;
    if (account?.[1] !== undefined) facts['source'] = account[1].trim();
  }
  return facts;
}

function contains(node: Element, target: Element): boolean {
  return node === target || node.children.some((child) => child.type === 'element' && contains(child, target));
}

function hasText(node: Element): boolean {
  return toString(node).trim() !== '';
}

function sourceOf(file: VFile, node: Element): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : String(file.value).slice(start, end);
}

/**
 * A question in bold opening its paragraph, its answer after it in the same paragraph (`<p><strong>1.快递怎么寄？</strong>可以…</p>`),
 * or the whole paragraph: nothing but space before it on its line, a question's mark at its end.
 */
function isBoldQuestion(node: Element, before: readonly string[]): boolean {
  return BOLD.has(node.tagName) && before.join('').trim() === '' && /[？?]\s*$/u.test(toString(node));
}

/** The elements of bold type. */
const BOLD = new Set(['strong', 'b']);
