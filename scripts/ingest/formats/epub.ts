/**
 * An e-book of a newspaper (`.epub`): how calibre's news download keeps a paper
 * (its "Fetch news" recipes write one book per issue, `人民日报 [周五, 05 12月 2026]`,
 * and readers keep years of them), and how e-paper and web-to-ebook tools and
 * Pandoc export an issue. The package (`formats/epub-package.ts`) gives the
 * book's metadata, its documents in reading order and its table of contents.
 *
 * The text view is the spine's documents one after another, each read as a
 * saved web page (`formats/html.ts`: headings kept as hints, a site's
 * furniture and calibre's navigation bars left out), a blank line between
 * documents. A contents page — the book's index of feeds, a feed's list of
 * its articles (each entry a link to a document of the book, with the summary
 * the download wrote), printing no sentence of its own — is no text of the
 * paper: its entries and what else it prints are left out and counted, its
 * headings kept. A feed's or part's title that names a page (`第01版：要闻`)
 * opens that page, as a page header does; one that names a section (`要闻`,
 * `国际`) is kept as printed with the feed's first article, no page and no
 * head. The table of contents also names each article, which finds a headline
 * set in no heading, and tells a part over its articles from an article over
 * its subheads.
 *
 * The book's metadata names the paper and the day (`facts/from-book.ts`),
 * which stand for front matter's `source` and `date`.
 *
 * @example
 *   await readEpub(bytes) // → { kind: 'epub', text, lines, frontmatter: { source: '人民日报', date: '2026-12-05' }, book: { contentsPages: 5, … } }
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { decode, metaCharset } from '../decode.ts';
import { readEpubPackage, resolveHref, type TocEntry } from './epub-package.ts';
import { bookFacts, type BookFacts } from '../facts/from-book.ts';
import { namedFurniture, readHtml, type HtmlRead } from './html.ts';
import { collapse } from './html-layout.ts';
import { NO_WORD_PARTS, viewText, type DocumentText } from './word.ts';
import { matchPageHeader } from '../rules/page-header.ts';
import { endsSentence } from '../punctuation.ts';
import type { RawLine } from '../types.ts';

/** What a book gives: its text view, or why it cannot be read and what to do. */
export type EpubRead = DocumentText | { unreadable: string; fix: string };

/** What the opening note says of a book: its documents and what was left out of them. */
export interface BookParts {
  documents: number;
  /** Contents pages (an index of feeds, a feed's list of articles): their entries left out. */
  contentsPages: number;
  contentsEntries: number;
  /** What contents pages print besides their entries and headings (the day calibre sets over its index, a feed's description). */
  contentsOther: string[];
  /** Spine documents the package lists but does not hold. */
  missing: string[];
  /** Documents whose text repeats an earlier one's word for word (an article under two feeds): read once. */
  repeated: string[];
  /** The book's title as its metadata gives it, and the tool that made it. */
  title?: string;
  generator?: string;
  /** The paper the book names (in Han characters: a recipe's English name is none), and where: its periodical's name (calibre's `calibre:publication_type`) or its title. */
  paper?: string;
  paperFrom?: BookFacts['paperFrom'];
  /** The periodical the book says it is an issue of, as it names it (calibre's `calibre:publication_type`), in any script. */
  periodical?: string;
  /** Where the day was read: the book's title, or its `dc:date` (the moment the book was made), or (set by the reader of the page) the file's path over `dc:date`. */
  dateFrom?: BookFacts['dateFrom'] | 'path';
}

const REPAIR = 'download or copy the book again; calibre (`ebook-convert`) can also convert it to .epub afresh';

const parser = unified().use(rehypeParse);

export async function readEpub(bytes: Uint8Array): Promise<EpubRead> {
  if (isMobi(bytes)) {
    return {
      unreadable: 'it is a Kindle book (MOBI/AZW), not an EPUB, under an .epub name',
      fix: 'convert it to EPUB with calibre (`ebook-convert book.mobi book.epub`) and ingest that',
    };
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { unreadable: 'it is not a zip package, as an EPUB is', fix: REPAIR };
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    return { unreadable: `its zip package is damaged (${error instanceof Error ? error.message : String(error)})`, fix: REPAIR };
  }
  try {
    return await bookView(zip);
  } catch (error) {
    // (A member whose compressed bytes are cut short fails only when it is inflated.)
    return { unreadable: `a part of its zip package cannot be read (${error instanceof Error ? error.message : String(error)})`, fix: REPAIR };
  }
}

async function bookView(zip: JSZip): Promise<EpubRead> {
  const book = await readEpubPackage(zip);
  if ('unreadable' in book) return { unreadable: book.unreadable, fix: REPAIR };
  const documents = [...book.spine.filter((entry) => !entry.auxiliary), ...book.spine.filter((entry) => entry.auxiliary)].filter((entry) =>
    /html|xml/iu.test(entry.mediaType),
  );
  const inBook = new Set(documents.map((entry) => entry.href));
  const feeds = feedOf(book.toc);
  const feedPages = new Set(book.toc.filter((top) => top.href !== undefined && holdsDocuments(top)).map((top) => top.href!));
  const { sections, inDocument, titles } = tocNames(book.toc);
  /** The feeds' and parts' names already in the view: the same words in an article are its own (a kicker `评论` under the feed `评论`). */
  const shown = new Set<string>();
  /** Each article document's text, to know one listed again. */
  const seen = new Set<string>();
  const view: Array<{ text: string; hint?: RawLine['hint'] }> = [];
  const leftOut = new Map<string, { tag: string; count: number }>();
  const parts: BookParts = { documents: 0, contentsPages: 0, contentsEntries: 0, contentsOther: [], missing: [], repeated: [] };
  if (book.metadata.title !== undefined) parts.title = book.metadata.title;
  if (book.metadata.generator !== undefined) parts.generator = book.metadata.generator;
  if (book.metadata.periodical !== undefined) parts.periodical = book.metadata.periodical;
  for (const entry of documents) {
    const member = zip.file(entry.href);
    if (!member) {
      parts.missing.push(entry.href);
      continue;
    }
    parts.documents += 1;
    const html = documentText(await member.async('uint8array'));
    const tree = parser.parse(html);
    const base = entry.href.includes('/') ? entry.href.slice(0, entry.href.lastIndexOf('/') + 1) : '';
    const targets: string[] = [];
    const listed = contentsEntries(tree, (href) => {
      const target = resolveHref(base, href);
      if (target === entry.href || !inBook.has(target)) return false;
      targets.push(target);
      return true;
    });
    // A contents page lists two or more of the book's documents, or one when it is a feed's page or the index of a single
    // feed; and prints no text besides (a sentence there is an article's: its links to related stories, `上一篇`, are its own).
    const lists = listed.length >= 2 || (listed.length === 1 && (feedPages.has(entry.href) || targets.some((target) => feedPages.has(target))));
    const rest = lists ? contentsRest(tree, listed) : undefined;
    if (rest && !rest.other.some((text) => endsSentence(text)) && rest.other.join('').length <= CONTENTS_OTHER_MAX) {
      // Its entries out, its headings kept (a feed's title), as plain lines; what else it prints (calibre's masthead picture
      // and the day of the download over its index) counted.
      parts.contentsPages += 1;
      parts.contentsEntries += listed.length;
      parts.contentsOther.push(...rest.other);
      if (view.length > 0) view.push({ text: '' });
      for (const text of rest.heads) view.push(keptLine(text, shown));
      continue;
    }
    const read = readHtml(new VFile({ path: entry.href, value: html }));
    // (An article listed under two feeds, as calibre's feeds overlap, is one article: read once, the copy counted.)
    const words = read.lines.map((line) => line.text).join('\n');
    if (words !== '' && seen.has(words)) {
      parts.repeated.push(entry.href);
      continue;
    }
    seen.add(words);
    for (const item of read.leftOut) {
      const seen = leftOut.get(item.tag);
      leftOut.set(item.tag, { tag: item.tag, count: (seen?.count ?? 0) + item.count });
    }
    // (A feed with no page of its own, only a heading in the contents: its title over its first article, as the book shows it.)
    const feed = feeds.get(entry.href);
    if (view.length > 0) view.push({ text: '' });
    if (feed !== undefined && !read.lines.some((line) => comparable(line.text) === comparable(feed))) view.push(keptLine(feed, shown), { text: '' });
    view.push(...articleLines(read.lines, titles.get(entry.href), { sections, inDocument, shown }));
  }
  const { text, lines } = viewText(view);
  const facts = bookFacts(book.metadata);
  if (facts.dateFrom !== undefined) parts.dateFrom = facts.dateFrom;
  if (facts.paperFrom !== undefined) parts.paperFrom = facts.paperFrom;
  if (facts.frontmatter['source'] !== undefined) parts.paper = facts.frontmatter['source'];
  return {
    kind: 'epub',
    text,
    lines,
    leftOut: [...leftOut.values()] satisfies HtmlRead['leftOut'],
    parts: NO_WORD_PARTS,
    book: parts,
    ...(Object.keys(facts.frontmatter).length > 0 ? { frontmatter: facts.frontmatter } : {}),
  };
}

/**
 * A document's text: in the encoding its XML declaration or `<meta>` names (`<?xml version="1.0" encoding="GBK"?>`,
 * as EasyPub and older tools write), where its bytes are not UTF-8; else as any file is decoded (`decode.ts`), which
 * guesses poorly on the few characters of a short page.
 */
function documentText(bytes: Uint8Array): string {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const declared = /<\?xml[^>]*\bencoding\s*=\s*["']([\w-]+)["']/iu.exec(head)?.[1] ?? metaCharset(head);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (declared !== undefined && !/^utf-?8$/iu.test(declared) && !isUtf8(bytes)) {
    if (/^(?:gb2312|gbk|x-gbk|gb18030|cp936|windows-936|csgb2312)$/iu.test(declared)) return iconv.decode(buffer, 'gb18030');
    if (/^(?:big5|big5-hkscs|cp950|x-x-big5)$/iu.test(declared)) return iconv.decode(buffer, 'big5hkscs');
  }
  return decode(bytes).text;
}

/**
 * A line a contents page prints beside its entries: a page header where it names a page (a feed's title,
 * `第01版：要闻`), plain text (a heading's level there is the book's, not the paper's); any other (a feed's title that
 * names a section, `要闻`; the date and masthead picture calibre sets over its index) is kept as printed, as a table of
 * contents is: no head over the next article, no page.
 */
function keptLine(text: string, shown: Set<string>): { text: string; hint?: RawLine['hint'] } {
  shown.add(comparable(text));
  return matchPageHeader(text) === undefined ? { text, hint: { contents: true, part: true } } : { text };
}

/** What the table of contents says of a book's parts, and the parts' names already in its view. */
interface PartNames {
  /** Feeds and parts whose articles are other documents (or that name a page). */
  sections: ReadonlySet<string>;
  /** Entries with entries under them in their own document: a part over its articles, or an article over its subheads. */
  inDocument: ReadonlySet<string>;
  shown: Set<string>;
}

/**
 * The view's lines of a document that holds articles, by what the contents say of it: a heading that names a feed or
 * a part, or a page header set as a heading, is kept as the contents' headings are; the document's headline as the
 * contents name it, set in no heading, is made its headline; an article's lesser headings after its text are its
 * subheads.
 */
function articleLines(lines: readonly RawLine[], title: string | undefined, names: PartNames): Array<{ text: string; hint?: RawLine['hint'] }> {
  const { sections, inDocument, shown } = names;
  const view: Array<{ text: string; hint?: RawLine['hint'] }> = [];
  let titled = title === undefined || lines.some((line) => line.hint?.heading !== undefined && comparable(line.text) === comparable(title));
  /** Where the document's text begins: its first line that is no heading. */
  const textFrom = lines.findIndex((line) => line.hint?.heading === undefined);
  /** The rank of the document's own headline, when it holds one article: the heading the contents names as its title. */
  const own = title === undefined ? undefined : lines.find((line) => line.hint?.heading !== undefined && comparable(line.text) === comparable(title));
  const underOwn = own === undefined ? undefined : lines[lines.indexOf(own) + 1];
  // (Not a part's heading over its articles: a lesser heading right under it.)
  const ownRank =
    own === undefined || (underOwn?.hint?.heading !== undefined && underOwn.hint.heading > (own.hint?.heading ?? 0)) ? undefined : own.hint?.heading;
  lines.forEach((line, index) => {
    // A heading the contents names as a feed or a part (`<h1>中国</h1>` over the articles' `<h2>`), over the document's text, not
    // yet in the view and not the document's own title; or a page header set as a heading (`<h1>第01版 要闻</h1>`): a page or
    // a section of the book, kept as its contents page's headings are.
    const heading = line.hint?.heading !== undefined;
    const name = comparable(line.text);
    const next = lines[index + 1];
    /** A part whose articles are in its own document: a heading of a lesser rank right under it. */
    const overItsArticles = inDocument.has(name) && next?.hint?.heading !== undefined && next.hint.heading > (line.hint?.heading ?? 0);
    const part =
      heading &&
      (textFrom === -1 || index < textFrom) &&
      ((sections.has(name) && !shown.has(name) && (title === undefined || comparable(title) !== name)) || overItsArticles);
    if (part || (heading && matchPageHeader(line.text) !== undefined)) {
      view.push(keptLine(line.text, shown));
      return;
    }
    // The article's title as the contents names it, near its top, set in no heading (明報's `<div class="heading">`): its headline.
    if (!titled && title !== undefined && index < TITLE_WITHIN && name === comparable(title)) {
      titled = true;
      view.push({ text: line.text, hint: { ...line.hint, heading: 1 } });
      return;
    }
    // A lesser heading after the text of an article its document holds alone: a subhead of it (Pandoc's `## 沿线配套`).
    if (heading && ownRank !== undefined && textFrom !== -1 && index > textFrom && (line.hint?.heading ?? 0) > ownRank) {
      view.push({ text: line.text, hint: { ...line.hint, subhead: true } });
      return;
    }
    view.push({ text: line.text, ...(line.hint ? { hint: line.hint } : {}) });
  });
  return view;
}

/** How many of an article's first lines its title, as the contents names it, is looked for in. */
const TITLE_WITHIN = 6;

/** Text compared as the contents and the page print it: without spaces. */
function comparable(text: string): string {
  return text.replace(/[\s\u3000]+/gu, '');
}

/**
 * The table of contents' names: of its feeds and parts (entries with entries under them), and of each document it
 * lists as an article (an entry with none under it), the first entry's.
 */
function tocNames(toc: readonly TocEntry[]): { sections: Set<string>; inDocument: Set<string>; titles: Map<string, string> } {
  const sections = new Set<string>();
  const inDocument = new Set<string>();
  const titles = new Map<string, string>();
  const visit = (entries: readonly TocEntry[]): void => {
    for (const entry of entries) {
      if (holdsDocuments(entry)) {
        if (entry.label !== '') sections.add(comparable(entry.label));
        visit(entry.children);
        continue;
      }
      // (Entries under it in its own document: a part whose articles are its sections, Pandoc's `<h1>中国</h1>` over `<h2>`s, or
      // an article's subheads; its heading tells which, by what stands right under it.)
      if (entry.children.length > 0 && entry.label !== '') inDocument.add(comparable(entry.label));
      if (entry.href !== undefined && entry.label !== '' && !titles.has(entry.href)) titles.set(entry.href, entry.label);
    }
  };
  visit(toc);
  return { sections, inDocument, titles };
}

/**
 * Each document's feed: the title of the top-level entry of the table of contents it is listed under, when that entry
 * has entries under it (a feed and its articles), given for the feed's first document only.
 */
function feedOf(toc: readonly TocEntry[]): Map<string, string> {
  const feeds = new Map<string, string>();
  for (const top of toc) {
    if (!holdsDocuments(top) || top.label === '') continue;
    const first = top.href ?? firstHref(top.children);
    if (first !== undefined && !feeds.has(first)) feeds.set(first, top.label);
  }
  return feeds;
}

/**
 * Whether an entry of the contents is a feed, a page or a part: entries under it lead to other documents (its
 * articles), or it names a page (`第01版：要闻`, its articles marked in its own document). An article's entries for its
 * own subheads (Pandoc's `#fragment`s) make no part of it.
 */
function holdsDocuments(entry: TocEntry): boolean {
  if (entry.children.length === 0) return false;
  if (matchPageHeader(entry.label) !== undefined) return true;
  return entry.children.some((child) => {
    const href = child.href ?? firstHref(child.children);
    return href !== undefined && href !== entry.href;
  });
}

function firstHref(entries: readonly TocEntry[]): string | undefined {
  for (const entry of entries) {
    const href = entry.href ?? firstHref(entry.children);
    if (href !== undefined) return href;
  }
  return undefined;
}

/**
 * A contents page's entries: each list item (or, outside lists, each paragraph or link) that holds a link to another
 * document of the book, with what the item holds beside the link (its date, the summary the download wrote). Furniture
 * (a navigation bar's links to the next article) is none. Fewer than two such entries make no contents page.
 */
function contentsEntries(tree: Root, linksInBook: (href: string) => boolean): Element[] {
  const entries: Element[] = [];
  const visit = (node: Root | Element, inEntry: boolean): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (namedFurniture(child)) continue;
      const linksHere = links(child).some((href) => linksInBook(href));
      if (
        !inEntry &&
        linksHere &&
        (child.tagName === 'li' || child.tagName === 'a' || child.tagName === 'p' || child.tagName === 'dt' || child.tagName === 'dd')
      ) {
        entries.push(child);
        continue;
      }
      visit(child, inEntry);
    }
  };
  visit(tree, false);
  return entries;
}

/** Most characters a contents page may print besides its entries and headings (the day over calibre's index, a feed's description). */
const CONTENTS_OTHER_MAX = 200;

/**
 * What a page that lists the book's documents holds besides those entries: its tree with them taken out, read by
 * `contentsHeads`. (The tree is the contents test's own: a page found to be an article is read again from its HTML.)
 */
function contentsRest(tree: Root, listed: readonly Element[]): { heads: string[]; other: string[] } {
  for (const node of listed) removeNode(tree, node);
  return contentsHeads(tree);
}

/** A contents page's headings (a feed's title, the book's name over its index), and the other text it prints, block by block; furniture neither. */
function contentsHeads(tree: Root): { heads: string[]; other: string[] } {
  const heads: string[] = [];
  const other: string[] = [];
  const visit = (node: Root | Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element' || /^(?:head|script|style)$/u.test(child.tagName) || namedFurniture(child)) continue;
      const text = collapse(toString(child));
      if (/^h[1-6]$/u.test(child.tagName)) {
        if (text !== '') heads.push(text);
      } else if (/^(?:p|li|dd|dt|span|time)$/u.test(child.tagName) || !child.children.some((grand) => grand.type === 'element')) {
        if (text !== '') other.push(text);
      } else visit(child);
    }
  };
  visit(tree);
  return { heads, other };
}

function links(node: Element): string[] {
  const found: string[] = [];
  const visit = (element: Element): void => {
    const href = element.properties['href'];
    if (element.tagName === 'a' && typeof href === 'string' && href !== '' && !/^[a-z][a-z0-9+.-]*:/iu.test(href) && !href.startsWith('#')) found.push(href);
    for (const child of element.children) if (child.type === 'element') visit(child);
  };
  visit(node);
  return found;
}

function removeNode(tree: Root | Element, target: Element): boolean {
  const children: Array<RootContent | ElementContent> = tree.children;
  const index = children.indexOf(target);
  if (index !== -1) {
    children.splice(index, 1);
    return true;
  }
  return children.some((child) => child.type === 'element' && removeNode(child, target));
}

/** A Kindle book: a Palm database whose type and creator, at byte 60, say `BOOKMOBI` (MOBI, AZW, AZW3). */
function isMobi(bytes: Uint8Array): boolean {
  return bytes.length > 68 && String.fromCharCode(...bytes.subarray(60, 68)) === 'BOOKMOBI';
}
