/**
 * Types shared by the ingest steps. The layout tree is a unist tree: every
 * node has a `position` into the raw file, so every diagnostic can name a
 * line and a column and every output field can be traced back to its source.
 */
import type { FACT_SOURCES } from '../../src/archive/schema.ts';
import type { PageOf } from './article-pages.ts';
import type { Pager } from './rules/pager.ts';
import type { Position } from 'unist';
import type { VFile } from 'vfile';

/** What a line of a raw page is, as decided by the rules in `rules/`. */
export const LineKind = {
  /** The paper's name at the top of the page (`北京城市副中心报`). */
  masthead: 'masthead',
  /** The date line (`2024年3月8日 星期五 农历甲辰年正月廿八 今日四版`). */
  dateline: 'dateline',
  /** A page header (`第2版`, `第 2 版：要闻`). */
  pageHeader: 'pageHeader',
  /** A masthead line not otherwise parsed (`北京日报客户端 融汇副中心客户端`). */
  mastheadExtra: 'mastheadExtra',
  /** A section banner above a headline (`2024全国两会特别报道`). */
  banner: 'banner',
  /** An article's headline. */
  headline: 'headline',
  /** A subtitle under a headline (`中国的外交政策和对外关系`, `——访市科技局局长某某`). */
  subtitle: 'subtitle',
  /** A byline line (`本报记者　某某`). */
  byline: 'byline',
  /** A subhead inside an article. */
  subhead: 'subhead',
  /** A transcript's topic label before a question (`大国外交`). */
  topic: 'topic',
  /** A transcript's headline for one answer (`开创中国特色大国外交更有作为的新局面`). */
  qaHeadline: 'qaHeadline',
  /** Who asks (`中央广播电视总台央视记者：`). */
  asker: 'asker',
  /** A paragraph of running text. */
  paragraph: 'paragraph',
  /** A line that is only a jump marker (`（下转2版）`). */
  jump: 'jump',
} as const;
export type LineKind = (typeof LineKind)[keyof typeof LineKind];

/** What a file's markup says of a line (Markdown headings, items, media); plain text has none. */
export interface LineHint {
  /** A Markdown heading of this depth (`#` = 1). */
  heading?: number;
  /**
   * With `heading`: a level read from type size (a Word document's head set larger than its text), not from markup. It
   * orders a head's lines (kicker, headline, subtitle) but does not mark the page's items as headings do.
   */
  bySize?: boolean;
  /**
   * A timed script's stamp before the line's text (`00:02:10　`, `[09:04:16] `, `formats/time-stamps.ts`), as printed with the space
   * after it: no text for the rules, which read the line after it; kept at the head of the line's paragraph.
   */
  stamp?: string;
  /** Markup that is not text (an image, an HTML block such as `<figure>`): kept as provenance, never a title. */
  media?: boolean;
  /**
   * A line that opens a paragraph by the page's layout — indented (`　　正文`) on a page that indents its
   * paragraphs, an item of a bulleted list, or run on into the next line of a hard-wrapped page: running text,
   * never a head line.
   */
  opensParagraph?: boolean;
  /** A headline of a hard-wrapped page rejoined from the lines it was broken over: a head in larger type, as a two-line head is. */
  headWrap?: boolean;
  /** A line of a hard-wrapped page that goes on the paragraph of the line above (OCR, fixed-width exports). */
  wrapped?: boolean;
  /** With `media`: a note's own lines — its properties under its title (`日期: 2024年3月8日`), that title, a callout (`> [!note] 批注`) — or a site's menu and breadcrumb (`formats/site-menu.ts`): not a picture a caption goes with. */
  properties?: boolean;
  /** A line of the table of contents (`本期导读`, its page headers and headlines): kept as printed, never a head or a page. */
  contents?: boolean;
  /** With `contents`: the name of a book's feed or part over its first article (`国际`, `formats/epub.ts`), kept as printed with that article. */
  part?: boolean;
  /** A heading inside an article its document holds alone (an e-book's article with its subheads, `formats/epub.ts`): a subhead, no new article. */
  subhead?: boolean;
  /** A piece of a line of a page set in columns side by side (`formats/columns.ts`): its indent from its column's left edge, in characters. */
  indent?: number;
  /** The first piece of a column after a page's first: a paragraph broken at the foot of the column before may go on here. */
  columnTop?: boolean;
  /** The first line after a form feed: a PDF extractor's page break (`pdftotext` ends each page with one). */
  afterFormFeed?: boolean;
  /** A supplement's writer under a piece's title (`◎ 林晓燕` over a poem, `□向东` over prose; `verse.ts`): its byline, whatever mark stands before the name. */
  writer?: boolean;
  /** A numbered question of a list of them, each answered under it (`1.流感和普通感冒怎么区分？`, `question-lists.ts`): a Q&A entry's question, never a head. */
  question?: boolean;
  /** A paragraph set wholly in bold or italics (Markdown's `**…**`): an interview's question, where its answers stand under it unmarked (`question-lists.ts`). */
  emphasis?: boolean;
  /** The number of an ordered list's item the line opens (Markdown's `1. 标题`, whose number is markup, not text). */
  itemNumber?: number;
  /** The day the markup gives the line (`<time datetime="2024-04-27T21:13:00+08:00">`), as `YYYY-MM-DD`: a post's date on its line of meta. */
  datetime?: string;
}

/** How far a line is indented, in characters: from its column's left edge for a piece of a page in columns, else from the line's start. */
export function indentOf(line: RawLine): number {
  return line.hint?.indent ?? line.position.start.column - 1;
}

/** Whether a line carries markup from a Markdown or HTML file (a heading, media), rather than being plain text. */
export function isMarkup(line: RawLine): boolean {
  return line.hint?.heading !== undefined || line.hint?.media === true;
}

/** One non-blank line of a raw file. */
export interface RawLine {
  /** The line without surrounding whitespace (ASCII, no-break or 全角空格). */
  text: string;
  /** 1-based line number in the file. */
  line: number;
  /** Position of `text` (not of the whitespace around it) in the decoded file. */
  position: Position;
  /** Markup hints from a Markdown or HTML file. */
  hint?: LineHint;
}

/** A jump marker found in a line (`（下转2版）`, `（上接1版）`). */
export interface JumpMarker {
  direction: 'to' | 'from';
  page: number;
  /** The marker exactly as printed. */
  printed: string;
  position: Position;
}

/** A classified line, with any jump markers lifted out of its text. */
export interface LayoutLine extends RawLine {
  kind: LineKind;
  /** `text` with jump markers removed, and a head without its letter-spacing (what goes into bodies and fields). */
  content: string;
  jumps: JumpMarker[];
}

/** Where a fact about a file (its paper, date, page) was found. */
/** Where a fact came from: the text's own header, or one of the archive's `FACT_SOURCES` (`src/archive/schema.ts`). */
export type FactSource = 'text' | (typeof FACT_SOURCES)[number];

/** The header of one page file, before the articles: what the file says of itself, wherever it says it. */
export interface PageHeader {
  paper: string;
  paperFrom: FactSource;
  /** The masthead line, when the text prints one. */
  mastheadLine?: RawLine;
  date: string;
  dateFrom: FactSource;
  /** The issue prints its month and no day (`2024年4月（总第58期）`): `date` is the month's first day. */
  monthOnly?: true;
  /** The line the date was read from, when it is in the text (a date line, a credit line, a bare date). */
  dateLine?: RawLine;
  weekday?: { printed: string; position: Position };
  lunarDate?: { printed: string; position: Position };
  pageCount?: { value: number; position: Position };
  /** Page number printed on the page (`第2版`) or given by the file name or front matter. */
  page?: number;
  /** The page header line as printed, when the page has one of its own. */
  pageHeader?: string;
  /** Order of the article on its page, for files holding one article (from the file name or front matter). */
  order?: number;
  /** The file holds one article: its later title-like lines are subheads, not new articles. */
  article: boolean;
  /** The script baoku.config.ts says the paper is printed in (`papers.<key>.printed`), when it says. */
  printed?: 'hans' | 'hant';
  /** Masthead lines kept verbatim. */
  extras: string[];
}

/** One article-like run of lines on a page: a headline block and its body. */
export interface Chunk {
  /** The page file this chunk was read from (set once the page is known). */
  source?: { file: VFile; page: number; path: string; sha256: string; captured?: string; pageGuessed?: true };
  banner?: LayoutLine;
  /** A kicker (引题) printed above the headline. */
  kicker?: LayoutLine;
  headline?: LayoutLine;
  /** A summary (提要) printed with the headline. */
  summary?: LayoutLine[];
  /** Lines that are not the article's text, as printed: images and HTML blocks of an export, structure lines (`目录`, update stamps). */
  extras?: LayoutLine[];
  subtitles: LayoutLine[];
  bylines: LayoutLine[];
  /** Body lines in order (paragraphs, subheads, topics, askers…). */
  body: LayoutLine[];
  /**
   * Two plain head lines that nothing but their lengths told apart (no dash,
   * rubric, lead-in, slogan or setting): read as kicker over headline, or as
   * headline over subtitle. Ingest notes it, so that a user can check the reading.
   */
  headByLength?: 'kicker' | 'subtitle';
  /** The figures on one of the two lines decided `headByLength`, not their lengths (`twoLineHead`). */
  headByFigures?: true;
  /** A data file's row of a title and no text, already named where it was read: no section to warn of for lacking text. */
  textless?: true;
  /**
   * An item of a news roundup (`roundup-items.ts`): the roundup's name, printed once as the first item's banner, and the
   * item's place among its items (1 for the first).
   */
  roundup?: { name: LayoutLine; item: number };
  /** Page this chunk continues from (`（上接1版）`). */
  continuedFrom?: number;
  /** Page this chunk continues on (`（下转2版）`). */
  continuedTo?: number;
}

/** One parsed page file. */
export interface ParsedPage {
  file: VFile;
  /** Path relative to the input root, with `/` separators. */
  path: string;
  sha256: string;
  /** Which page of the file this is (0 for the first; files holding a whole issue have several). */
  segment: number;
  /** The detected encoding, as reported (`gb18030, crlf line endings`). */
  encoding: string;
  header: PageHeader;
  /** The page number once known (header, jump markers or file order). */
  page?: number;
  /** No source printed or named the page's number: `page` only places the file (an article file on the first page, a page file by its order). */
  pageGuessed?: true;
  chunks: Chunk[];
  /** The pager of a story the site cut into pages (`上一页 1 2 3 下一页`), with the addresses an HTML pager links. */
  pager?: Pager & { hrefs?: ReadonlyMap<number, string> };
  /** The address an HTML page says it was saved from (`saved from url=`, `canonical`, `og:url`): a later page's name where the file's is not. */
  address?: string;
  /** When a web crawl captured the page (`WARC-Date`, ISO 8601): a web archive's citation gives it with the address. */
  captured?: string;
  /** A later page of a story a site cut into pages (`article-pages.ts`): the page it follows, whose story it goes on. */
  storyPage?: PageOf;
}
