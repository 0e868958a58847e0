/**
 * The body of a page file: cut into pages at each `第N版` header (files that
 * hold a whole issue), drop the masthead and date line repeated at the top of
 * each page, and read each page's lines into chunks — article-like runs of a
 * title block and a body.
 *
 *   page   = chunk*
 *   chunk  = titleBlock? body   — or a continuation opened by （上接N版）
 *   body   = (paragraph | subhead | topic qaHeadline? asker | asker | jump | extra)*
 *
 * A title block opens a new article when several signals agree (see
 * `startsNewArticle`); in a file that holds one article, later title-like
 * lines are subheads.
 */
import { withoutPageMark } from './rules/pager.ts';
import { blankBefore, blankLineHeads } from './blank-lines.ts';
import { breaksWord, continuesInto } from './continuation.ts';
import { addBodyLine, layoutLine, newChunk } from './layout-line.ts';
import { slicePosition } from './lines.ts';
import { parseNumber } from './numerals.ts';
import { breaksNumber, cells, charLength, endsSentence, hasClauseMarks } from './punctuation.ts';
import { matchAsker } from './rules/asker.ts';
import { isBoxLabel, isReferenceBoxLabel } from './rules/box-label.ts';
import {
  BYLINE_NAMES,
  BYLINE_TITLE_ALONE,
  EDITOR_NOTE,
  closesStory,
  isBoxedByline,
  isLead,
  matchBylineLine,
  matchClosingByline,
  opensWithLead,
} from './rules/byline.ts';
import { matchDateline } from './rules/dateline.ts';
import { findJumpMarkers } from './rules/jump-marker.ts';
import { matchLabelledField } from './rules/labelled-field.ts';
import { isMastheadExtra } from './rules/masthead-extra.ts';
import { matchPageHeader, type PageHeaderMatch } from './rules/page-header.ts';
import { matchInterviewTurn, matchNamedTurn, matchSpeaker } from './rules/speaker.ts';
import {
  BODY_LABEL,
  BODY_TAG,
  DIVIDER,
  ORNAMENT,
  isContentsHeading,
  isPagePointer,
  isRelatedHeading,
  isStructureLine,
  pageBreakMark,
} from './rules/structure-line.ts';
import type { PaperLayout } from '../../src/archive/config.ts';
import { isBracketHeading, isDashSubtitle, isTitleLine, isTranslation } from './rules/title-line.ts';
import { isBanner, isSlogan } from './rules/banner.ts';
import {
  ITEM_BULLET,
  ITEM_NUMBER,
  ITEM_NUMBER_CN,
  addLabelledField,
  isBlockContinuation,
  isItemHeading,
  isMarkedTitle,
  isRubric,
  isTitleBlockLine,
  KICKER_LEAD_IN,
  isTranscriptLine,
  runsInto,
  splitsArticleFile,
  startsNewArticle,
  titleChunk,
  withoutItemMark,
} from './title-block.ts';
import { isStoryCredit, matchInfoLine } from './facts/from-text.ts';
import { matchBarHeader, recordFields } from './facts/records.ts';
import { isDatedLead, restatesNewTitle } from './rules/news-lead.ts';
import { CONTACT_LINES_MAX, SIGNER_LINES_MAX, isContactLine, isSignatureDate, isSigner } from './rules/signature.ts';
import { isDigestTitle, isNewStory, isRoundupName } from './rules/topic-shift.ts';
import { isPaperName } from './rules/paper-name.ts';
import { unspaced } from './rules/letter-spacing.ts';
import { headsPage, namedLabelsInOrder, pageMasthead, setApart } from './page-labels.ts';
import { withNumberedQuestions } from './question-lists.ts';
import { withVerse } from './verse.ts';
import { withRunInItems } from './run-in-items.ts';
import { isDateLineCopy, runningHead } from './running-head.ts';
import { LineKind, indentOf, isMarkup, type Chunk, type LayoutLine, type LineHint, type PageHeader, type RawLine } from './types.ts';
import { followsPage, jumpTarget, lettersPlain } from '../../src/archive/pages.ts';
import { FIRST_PAGES } from './volume.ts';

/** How close to a page header (in lines) a repeated masthead or date line is header material. */
const REPEAT_WINDOW = 3;

/** One page of a file: a file holds one page, or a whole issue with a `第N版` line before each page. */
export interface PageSegment {
  /** The page number printed (`第N版`), when there is one. */
  page?: number;
  /** The page header line as printed. */
  pageHeader?: string;
  chunks: Chunk[];
  /** The page was read as hard-wrapped at `width` characters a line: `joined` lines went on the paragraph above. */
  wrap?: { width: number; joined: number; at: RawLine['position'] };
  /** A running head whose date could not be read (`unreadRunningHead`): the page is dated otherwise, and that is said. */
  unreadHead?: RawLine;
}

export interface BodyOptions {
  /** The file holds one article. */
  article: boolean;
  /** Its front matter names the article (`title:`): a heading in its text under the top level is a subhead, never another item. */
  titled?: boolean;
  /** The file's title as its front matter gives it, when it does. */
  title?: string | undefined;
  /** The file is plain text: its indentation and line breaks are the page's layout (in Markdown and HTML they are markup's). */
  plainText?: boolean;
  /**
   * Its blank lines are the page's own, as a word processor's empty paragraphs are (a Word document's or text box's
   * gap): read for set-off heads (`blank-lines.ts`) as plain text's are, though its lines are paragraphs, never wrapped.
   */
  blankLines?: boolean;
  /** The paper's head layout from the configuration; the defaults when it says nothing. */
  layout?: PaperLayout | undefined;
  /** Another part of its file (a data file's other records) shows the file hard-wrapped (`isHardWrapped`): a part too short to show it is read so. */
  wrappedFile?: boolean;
  /** Head lines known from the whole file to be numbered items (a compilation's `1.标题`, `2.标题`): their number is markup. */
  items?: ReadonlySet<RawLine>;
}

/**
 * Whether a file's first line stands right over its list of items: between it and the first numbered or bracketed item only
 * labelled lines (`来源：…　整理：…`) or dates, no story's headline or running text (`今日要闻` / `江城一季度经济运行稳中向好` /
 * `今年以来，…` is one story with numbered parts).
 */
function opensList(lines: readonly RawLine[], opening: RawLine): boolean {
  const from = lines.indexOf(opening) + 1;
  const first = lines.findIndex((line, index) => index >= from && (ITEM_NUMBER.test(line.text) || isBracketHeading(line.text)));
  if (first === -1) return false;
  return lines
    .slice(from, first)
    .every((line) => isMarkup(line) || matchLabelledField(line.text) !== undefined || FIELD_LINE.test(line.text) || matchDateline(line.text) !== undefined);
}

/** Fewest headings under a page's masthead heading for it to be one (`withMastheadHeading`): a digest's items. */
const MASTHEAD_ITEMS_MIN = 2;

/**
 * A page's lines with its one top heading that is its paper's name, or the paper's name with a page's or an edition's
 * name beside it — an e-mail edition's `<h1>江城晚报·早班车</h1>`, a site's `# 江城日报 · 双语新闻` — over headings of the
 * next level, each over text (two or more under the name alone), made the page's masthead, kept as printed: the headings
 * under it open its stories, as a paper's masthead heads its page (was: one story under the paper's name, the stories its
 * subheads). A headline that only holds the paper's name (`江城日报七十年：一张报纸与一座城`) stays a story's.
 */
function withMastheadHeading(lines: RawLine[], paper: string | undefined): RawLine[] {
  const levels = lines.flatMap((line) => (line.hint?.heading === undefined || line.hint.bySize === true ? [] : [line.hint.heading]));
  const top = Math.min(...levels);
  const tops = lines.filter((line) => line.hint?.heading === top && line.hint.bySize !== true);
  const masthead = tops[0];
  if (tops.length !== 1 || masthead === undefined) return lines;
  const text = unspaced(masthead.text);
  // (The paper's name and a page's or an edition's name beside it, `江城日报 · 双语新闻`, heads a page however few its stories; a
  // headline that only holds the paper's name, `江城日报七十年：一张报纸与一座城`, is a story's.)
  const pageName = paper !== undefined && text.startsWith(paper) && /^[\s\u3000·•|｜—-]+\p{Script=Han}{2,8}$/u.test(text.slice(paper.length));
  const named = text === paper || isPaperName(masthead.text) || pageName;
  const next = Math.min(...levels.filter((level) => level > top));
  // (Each over text, perhaps under lesser headings of its own first: a translation, a subtitle.)
  const headsText = (index: number): boolean => {
    let at = index + 1;
    while (lines[at]?.hint?.heading !== undefined && lines[at]!.hint!.heading! > next) at += 1;
    return lines[at] !== undefined && lines[at]!.hint?.heading === undefined;
  };
  const mastheadAt = lines.indexOf(masthead);
  const items = lines.filter((line, index) => line.hint?.heading === next && index > mastheadAt && headsText(index));
  if (!named || items.length < (pageName ? 1 : MASTHEAD_ITEMS_MIN)) return lines;
  return lines.map((line) => {
    if (line !== masthead) return line;
    const hint: LineHint = { ...line.hint, media: true };
    delete hint.heading;
    return { ...line, hint };
  });
}

/** Cut the body at each line that is a page header (`第2版`), for files that hold a whole issue. */
export function splitPages(header: PageHeader, lines: RawLine[], options: BodyOptions): PageSegment[] {
  const first: PageSegment = { chunks: [] };
  // (An e-paper's article copied whole names its page in its toolbar, `当前版：02`, when its head does not.)
  const current = header.page === undefined && !options.article ? currentPage(lines) : undefined;
  if (header.page !== undefined) first.page = header.page;
  else if (current !== undefined) first.page = current;
  if (header.pageHeader !== undefined) first.pageHeader = header.pageHeader;
  // A file whose header printed a bare lettered label (`A02`) starts each of its pages with one; so does one whose body
  // opens its pages with lettered labels beside their names, in the order pages follow (`A1　要闻` … `A2　综合` … `T01　两会特刊`).
  const lettered =
    (header.pageHeader !== undefined && matchPageHeader(header.pageHeader, { lettered: true })?.section !== undefined) ||
    (!options.article && namedLabelsInOrder(lines));
  const marks = options.article ? new Map<RawLine, number>() : bracketedPageMarks(lines);
  const apart = setApart(lines);
  const repeated = repeatedHeader(header, lines, marks);
  const segments: Array<{ segment: PageSegment; lines: RawLine[] }> = [{ segment: first, lines: [] }];
  const contents = new Set([...contentsBlock(lines), ...pageLists(lines)]);
  const pageOf = (line: RawLine): number | undefined => {
    if (options.article || isMarkup(line)) return undefined;
    return matchPageHeader(line.text)?.page ?? runningHeadPage(line, header.date);
  };
  const feet = header.page === undefined ? footLabels(lines, pageOf, header.date) : undefined;
  // A file of form feeds none of whose pages prints a label, under a head that gives none: its pages are its sheets
  // (a PDF's pages without numbers). Where any page is labelled, or the head or name gives the page, a sheet may be half
  // of a printed page, and only labels open pages.
  const sheetsArePages = header.page === undefined && lines.some((line) => line.hint?.afterFormFeed) && !lines.some((line) => pageOf(line) !== undefined);
  // (In a file whose name letters the page its text numbers plainly, a later plain label is a page of the same section:
  // `第3版` after A02's `第2版` is A03; a label the name does not name, `第9版` in `B01.txt`, is as printed.)
  const inSection = (page: number): number => {
    const printed = first.pageHeader === undefined ? undefined : matchPageHeader(first.pageHeader)?.page;
    return first.page !== undefined && printed !== undefined && lettersPlain(first.page, printed) ? jumpTarget(page, first.page) : page;
  };
  let footed = false;
  for (const [index, line] of lines.entries()) {
    if (repeated.has(line)) continue;
    if (feet) {
      // Pages labelled at their foot: the label is the page's above it, and the next page begins after it (or after the form feed).
      if ((footed || line.hint?.afterFormFeed) && (segments.at(-1)!.lines.length > 0 || segments.at(-1)!.segment.page !== undefined))
        segments.push({ segment: { chunks: [] }, lines: [] });
      const footPage = feet.get(line);
      footed = footPage !== undefined;
      if (footPage !== undefined) Object.assign(segments.at(-1)!.segment, { page: footPage, pageHeader: line.text });
      else segments.at(-1)!.lines.push(line);
      continue;
    }
    // A table of contents lists the pages (`第一版　要闻`) and their headlines: it is the issue's, on no page of its own.
    if (contents.has(line)) {
      segments.at(-1)!.lines.push({ ...line, hint: { ...line.hint, contents: true } });
      continue;
    }
    // (Atop a page file with no header, under only its furniture, a lettered label beside the page's name, `全国 A4`, is its page header.)
    const atTop = segments.length === 1 && first.page === undefined && segments[0]!.lines.every(isMarkup);
    const markPage = marks.get(line);
    const labelled = isMarkup(line)
      ? undefined
      : (matchPageHeader(line.text, { lettered }) ??
        (markPage === undefined ? undefined : { page: markPage }) ??
        (atTop ? named(matchPageHeader(line.text, { lettered: true })) : undefined));
    const unread = labelled === undefined && atTop ? unreadRunningHead(line, header.paper) : undefined;
    const pageHeader = labelled ?? unread;
    // A bare label (`A03`, no 版) opens the next page only where one can follow (A02 → A03, A04 → B01): `G20` over a headline is a kicker;
    // one beside a page's name only set apart (`setApart`: `T1 航站楼` right over a paragraph is a story's subhead).
    const bare = pageHeader !== undefined && matchPageHeader(line.text) === undefined;
    const subhead = bare && labelled?.label !== undefined && !apart.has(line);
    // A running head of the issue's own day with another page (`光明日报 一九九0年三月二十一日 第二版`, `2　　人 民 日 报　　一九四九年十月二日`,
    // as a page's first line after `pdftotext`'s form feed or not) opens that page; a credit in brackets (`（2024年3月8日　第2版）`) is none.
    const runningPage = pageHeader || options.article ? undefined : runningHeadPage(line, header.date);
    // (A plain label atop a page its file's name letters, `第2版` in `A02.txt`, is that page's own: the letter says its section.)
    const ownPlain =
      pageHeader !== undefined &&
      segments.length === 1 &&
      segments[0]!.lines.every(isMarkup) &&
      first.page !== undefined &&
      lettersPlain(first.page, pageHeader.page);
    // (A PDF's page break in such a file — printed pages without numbers — begins the page one on from the page before.)
    if (line.hint?.afterFormFeed && sheetsArePages && !options.article) {
      const before = segments.at(-1)!.segment.page ?? first.page ?? 1;
      if (segments.at(-1)!.lines.length > 0 || segments.length > 1) segments.push({ segment: { page: before + 1, chunks: [] }, lines: [] });
    }
    if (pageHeader && !options.article && atTop && bare) {
      // (The page's own label, under its furniture: the page those lines are on.)
      Object.assign(first, { page: pageHeader.page, pageHeader: line.text, ...(unread ? { unreadHead: line } : {}) });
    } else if (ownPlain && !options.article && first.pageHeader === undefined) {
      first.pageHeader = line.text;
    } else if (
      pageHeader &&
      !options.article &&
      !subhead &&
      (!bare ||
        followsPage(segments.at(-1)!.segment.page, pageHeader.page) ||
        // (A label beside its page's name with blank lines round it, over a headline, opens any later page: a file that kept
        // some pages, A5 → B3. Not a terminal's `T3 航站楼` over a story's paragraph.)
        (labelled?.label !== undefined &&
          labelled.section !== 'T' &&
          apart.has(line) &&
          isHeadLine(lines[index + 1]) &&
          pageHeader.page > (segments.at(-1)!.segment.page ?? 0)))
    ) {
      // (The page's name set large over its label, `两会特刊` / `T01　两会特刊`, and the mark of its stack of sheets, `B叠` / `B1　城事`,
      // are the page's furniture, kept as printed with it: no headline, nothing of the page before.)
      const above = segments.at(-1)!.lines;
      const furniture: RawLine[] = [];
      while (above.at(-1) !== undefined && headsPage(above.at(-1)!.text, pageHeader)) furniture.unshift({ ...above.pop()!, hint: { media: true } });
      segments.push({ segment: { page: inSection(pageHeader.page), pageHeader: line.text, chunks: [] }, lines: furniture });
    } else if (runningPage !== undefined && runningPage !== segments.at(-1)!.segment.page)
      segments.push({ segment: { page: runningPage, pageHeader: line.text, chunks: [] }, lines: [] });
    else segments.at(-1)!.lines.push(line);
  }
  // A table of contents before the first page header goes with that page; so does a site's furniture copied with it (`formats/site-menu.ts`).
  const aboveFirst = (line: RawLine): boolean =>
    line.hint?.contents === true || (line.hint?.media === true && line.hint.properties === true) || isStructureLine(line.text);
  if (segments.length > 1 && segments[0]!.lines.length > 0 && segments[0]!.lines.every(aboveFirst)) {
    segments[1]!.lines.unshift(...segments[0]!.lines);
    segments[0]!.lines = [];
  }
  const listed = lines.filter((line) => !contents.has(line));
  // (The digest's title: the front matter's, its first heading, or a first line that names a digest, `双语新闻精选（2024年3月9日）`.)
  const opening = listed.find((line) => !isMarkup(line));
  const digestTitle =
    opening !== undefined && isTitleLine(opening.text) && isDigestTitle(opening.text) && opensList(listed, opening) ? opening.text : undefined;
  const { badges, digest } = badgedItems(listed, options.title ?? listed.find((line) => line.hint?.heading !== undefined)?.text ?? digestTitle, header.paper);
  const numbered = new Set([...numberedItems(listed), ...digest]);
  // A page after the first may open on its running head (`岱川报·综合` / `2024.11.1　星期五　　责编：徐静`): the head's, printed again.
  for (const entry of options.article ? [] : segments.slice(1)) {
    const head = new Set(runningHead(entry.lines, header));
    if (head.size === 0) continue;
    entry.lines = entry.lines.filter((line) => !head.has(line));
    for (const line of head) if (line.text !== header.dateLine?.text && !header.extras.includes(line.text)) header.extras.push(line.text);
  }
  // (A supplement's own masthead under its page's label, `沅芷` / `第1128期`, is the page's furniture.)
  for (const { segment, lines } of options.article ? [] : segments) {
    const masthead = pageMasthead(lines, matchPageHeader(segment.pageHeader ?? '', { lettered: true }) ?? {});
    for (const [index, line] of lines.entries()) if (masthead.has(line)) lines[index] = { ...line, hint: { ...line.hint, media: true } };
  }
  const listedLines = segments.map((entry) =>
    withVerse(
      withNumberedQuestions(
        withListItems(withRunInItems(withBodyLabels(options.plainText ? withSplitBylines(entry.lines) : withMastheadHeading(entry.lines, header.paper)))),
      ),
    ),
  );
  // (In plain text, each page's indents read once, for its wrapping by itself and, if need be, as its file's other pages show.)
  const indented = options.plainText ? listedLines.map(withIndents) : listedLines;
  const wrappings = indented.map((listed) => (options.plainText ? withWrapping(listed) : { lines: listed }));
  // One file is one extraction: a page too short to show its wrapping by itself is wrapped as the file's other pages are,
  // or as its pages together show.
  const wrappedFile =
    options.plainText === true &&
    (options.wrappedFile === true || wrappings.some((wrapping) => wrapping.wrap !== undefined) || (segments.length > 1 && isHardWrapped(listedLines.flat())));
  segments.forEach((entry, index) => {
    const wrapping = wrappedFile && !wrappings[index]!.wrap ? withWrapping(indented[index]!, true) : wrappings[index]!;
    entry.lines = wrapping.lines;
    if (wrapping.wrap) entry.segment.wrap = wrapping.wrap;
  });
  // The text before the first page header is a page only when it holds something (or the file has no page header).
  const pages = segments.filter(({ segment, lines: body }, index) => (index === 0 && segments.length === 1) || body.length > 0 || segment.page !== undefined);
  // Headlines marked by a bullet or numbered page by page: the file's style when it marks two or more, even a page that has one.
  const marked = pages.map(({ lines: body }) => [...bulletedHeadlines(body), ...numberedHeadlines(body)]);
  const markedInFile = marked.flat().length >= 2;
  // Head lines the file's blank lines set off, in plain text that parts only its articles with them.
  const setOff = options.plainText === true || options.blankLines === true ? blankLineHeads(pages.map(({ lines: body }) => body)) : new Set<RawLine>();
  const parsed = pages.map(({ segment, lines: body }, index) => {
    const bracketed = withBracketItems(numbered, body);
    const items = new Set([...(markedInFile ? [...bracketed, ...marked[index]!] : bracketed), ...body.filter((line) => options.items?.has(line))]);
    return { ...segment, chunks: parseBody(body, options, items, marksItems(body, items), { digest, badges, setOff }) };
  });
  // What stands over the first page header and is no text (an e-paper's links back, `返回目录 往期回顾`, its page's picture) is
  // that page's extras, not a page of its own.
  const [before, next] = parsed;
  if (before && next?.chunks[0] && before.pageHeader === undefined && before.chunks.length > 0 && before.chunks.every(isBareChunk)) {
    next.chunks[0].extras = [...before.chunks.flatMap((chunk) => chunk.extras ?? []), ...(next.chunks[0].extras ?? [])];
    parsed.shift();
  }
  return parsed;
}

/** A chunk of extras only: no headline, banner, text, subtitle or byline, nothing continued (`withoutBareExtras`); here no kicker or summary either. */
function isBareChunk(chunk: Chunk): boolean {
  return holdsOnlyExtras(chunk) && chunk.kicker === undefined && !chunk.summary?.length;
}

/** No headline, banner, text, subtitle or byline, nothing continued: what a chunk holds is extras, if anything. */
function holdsOnlyExtras(chunk: Chunk): boolean {
  return (
    chunk.headline === undefined &&
    chunk.banner === undefined &&
    chunk.body.length === 0 &&
    chunk.subtitles.length === 0 &&
    chunk.bylines.length === 0 &&
    chunk.continuedFrom === undefined
  );
}

/** A page's mark as old papers print it, a Chinese numeral in brackets alone on its line: `（一）`, `（二）`. */
const BRACKETED_PAGE = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]$/u;

/**
 * Page marks of an issue file: bracketed numerals (`（一）` … `（二）` … `（三）`), as papers of the 1930s numbered their
 * sheets, or the breaks a text-extraction tool writes (`--- Page 1 ---` … `--- Page 2 ---`): two or more alone on their
 * lines, running from the first page in order, the first before any of the file's text. A story's numbered parts
 * (`（一）` under its headline) come after text, and are no pages.
 */
function bracketedPageMarks(lines: RawLine[]): Map<RawLine, number> {
  const marks = new Map<RawLine, number>();
  const text = lines.filter((line) => !isMarkup(line));
  // (An extraction's first break may stand over the file's head, `--- Page 1 ---` over the masthead, which the header takes:
  // its marks then run from 2.)
  let from = 1;
  for (const [index, line] of text.entries()) {
    const numeral = BRACKETED_PAGE.exec(line.text.trim())?.[1];
    const extracted = pageBreakMark(line.text);
    if (marks.size === 0 && extracted === 2) from = 2;
    const page = numeral === undefined ? extracted : parseNumber(numeral);
    if (page !== marks.size + from) continue;
    if (page === 1 && index > 0) return new Map<RawLine, number>();
    marks.set(line, page);
  }
  return marks.size >= (from === 2 ? 1 : 2) ? marks : new Map<RawLine, number>();
}

/** A lettered label read beside the page's name (`全国 A4`, `A04 要闻`), not a bare one (`A4`, `G20`, a kicker's). */
function named(header: ReturnType<typeof matchPageHeader>): ReturnType<typeof matchPageHeader> {
  return header?.section !== undefined && header.label !== undefined ? header : undefined;
}

/**
 * A PDF extraction's page labels printed at each page's foot
 * (`第1版 南岭日报 2024年3月25日 星期一 1`), in a file whose first page has
 * none at its top: with form feeds, every label is the last line before one
 * or the file's last; without (a viewer's copy, Acrobat's text), every
 * label is a running foot with the day beside the page, the last is the
 * file's last line and the first stands under text. Then each
 * label is the page's above it, not the next one's: each label with its
 * page; `undefined` otherwise.
 */
function footLabels(lines: RawLine[], pageOf: (line: RawLine) => number | undefined, date: string): Map<RawLine, number> | undefined {
  const labels = lines.flatMap((line, index) => {
    const page = pageOf(line);
    return page === undefined ? [] : [{ line, index, page }];
  });
  if (labels.length === 0) return undefined;
  const pages = new Map(labels.map(({ line, page }) => [line, page]));
  // (Without form feeds, only running feet that print the day beside the page: a bare `第3版 广告` last is an empty page, not a foot.)
  if (!lines.some((line) => line.hint?.afterFormFeed))
    return labels.at(-1)!.index === lines.length - 1 && labels[0]!.index > 0 && labels.every(({ line }) => matchDateline(line.text)?.date === date)
      ? pages
      : undefined;
  const atFoot = ({ line, index }: (typeof labels)[number]): boolean =>
    !line.hint?.afterFormFeed && (index === lines.length - 1 || lines[index + 1]!.hint?.afterFormFeed === true);
  return labels.every(atFoot) ? pages : undefined;
}

/** Longest running head, in characters. */
const RUNNING_HEAD_MAX = 40;

/**
 * The page a running head gives: a short line of the issue's own day with
 * its page beside it, a page number or a `第N版` — not bracketed (a story's
 * credit, `（2024年3月8日　第2版）`), not a credit line (`《运河日报》…`).
 */
function runningHeadPage(line: RawLine, date: string): number | undefined {
  // (Its fields apart by runs of spaces, as `pdftotext -layout` sets them across the page, read as apart by two.)
  const text = line.text.replace(/[ \u3000]{3,}/gu, '  ');
  if (isMarkup(line) || charLength(text) > RUNNING_HEAD_MAX || /^[（(【〔[《]/u.test(text)) return undefined;
  if (isStoryCredit(text)) return undefined;
  const running = matchDateline(text);
  return running?.date === date ? running.page?.value : undefined;
}

/**
 * The page of a running head whose date OCR left unreadable (`北平晨報　民國十八年三 月十囗日　星期六　第二版`): atop a page,
 * its fields apart by wide spaces, the first the paper's name and the last a page label. The page is dated otherwise
 * (its path, its issue's other pages); the line stays the page's header, as printed.
 */
function unreadRunningHead(line: RawLine, paper: string): PageHeaderMatch | undefined {
  const fields = line.text.trim().split(/[\s\u3000]{1,}(?=\S)/u);
  if (isMarkup(line) || fields.length < 3 || charLength(line.text) > RUNNING_HEAD_MAX) return undefined;
  const name = fields[0]!;
  return name === paper || isPaperName(name) ? matchPageHeader(fields.at(-1)!) : undefined;
}

/**
 * The item headings of a page of whole-line `【标题】` items (two or more of
 * them right over text): there the brackets mark an item, and its title is
 * the text inside them. A single bracketed headline (`【大美中国·岁物丰成】`)
 * is printed wording, brackets and all, and so are bracketed rubrics over
 * headlines (`【一线调研】` / `运河公园新增二百个停车位`).
 */
function withBracketItems(numbered: Set<RawLine>, lines: RawLine[]): Set<RawLine> {
  // (A script's labels, `【导语】`, `【口播】`, are no items: structure, `rules/structure-line.ts`.)
  // (Numbered too, `1、【标题】`, as a mobile edition lists its items.)
  // (Nor a contents heading, `【今日导读】`; nor a section's name right over a numbered item, `【要闻】` / `1、【标题】…`: its rubric.)
  const heading = (line: RawLine): boolean => isBracketHeading(withoutItemMark(line.text)) && !isStructureLine(line.text) && !isContentsHeading(line.text);
  const overItem = (index: number): boolean => {
    const next = lines[index + 1];
    return next !== undefined && withoutItemMark(next.text) !== next.text && heading(next);
  };
  const bracketed = lines.filter((line, index) => heading(line) && !(withoutItemMark(line.text) === line.text && overItem(index)));
  const overText = lines.filter((line, index) => heading(line) && !(lines[index + 1] && isTitleBlockLine(lines[index + 1]!, numbered)));
  return overText.length >= 2 ? new Set([...numbered, ...bracketed]) : numbered;
}

/** How far down a file its table of contents may begin (lines). */
const CONTENTS_START = 12;

/** Shortest entry of a table of contents matched against the headlines after it (characters). */
const ENTRY_MIN = 4;

/** Shortest part of a headline a contents entry may print (`人才公寓交付使用` for `运河新城首批人才公寓交付使用`). */
const ENTRY_PART_MIN = 6;

/** Whether a contents entry and a headline are one: the same, or one printing a long enough part of the other. */
function sameHeadline(entry: string, headline: string): boolean {
  if (entry === headline) return true;
  const shorter = Math.min(Array.from(entry).length, Array.from(headline).length);
  return shorter >= ENTRY_PART_MIN && (entry.includes(headline) || headline.includes(entry));
}

/** A contents entry or a headline as compared: without its number, bullet, closing `；` and spaces. */
function entryKey(text: string): string {
  return withoutItemMark(text)
    .replace(/[；;。]$/u, '')
    .replace(/[\s\u3000]+/gu, '');
}

/** Lines from the top an e-paper's toolbar may stand in (`当前版：02`). */
const TOOLBAR_REACH = 12;

/** The page an e-paper's toolbar copied with its article names (`当前版：02`, `当前版面：第A03版`). */
function currentPage(lines: RawLine[]): number | undefined {
  for (const line of lines.slice(0, TOOLBAR_REACH)) {
    const label = /^(?:当前版|當前版|当前版面|當前版面)\s*[：:]\s*(?:第\s*)?([A-Z]{0,2}\s*[0-9０-９]{1,3})\s*版?/u.exec(line.text.trim())?.[1];
    if (label !== undefined) return matchPageHeader(`第${label}版`)?.page;
  }
  return undefined;
}

/**
 * An e-paper's list of its pages copied with an article (`版面导航` / `第01版：要闻` / `第02版：要闻`): two or more page
 * headers on lines one under the other, nothing between — a page's own header stands apart, over its text. The list is
 * the issue's, like a table of contents, and opens no page.
 */
function pageLists(lines: RawLine[]): RawLine[] {
  const listed: RawLine[] = [];
  let run: RawLine[] = [];
  // (Two headers one under the other are a list when it starts at the first page; else an empty page's, a full-page
  // advertisement's `第2版　广告` over `第3版　综合新闻`, and three or more are a list.)
  const close = (): void => {
    const first = run[0] === undefined ? undefined : matchPageHeader(run[0].text)?.page;
    if (run.length >= 3 || (run.length === 2 && first !== undefined && FIRST_PAGES.has(first))) listed.push(...run);
    run = [];
  };
  for (const line of lines) {
    const page = isMarkup(line) ? undefined : matchPageHeader(line.text);
    if (page === undefined) close();
    else {
      if (run.length > 0 && run.at(-1)!.line !== line.line - 1) close();
      run.push(line);
    }
  }
  close();
  return listed;
}

/**
 * A table of contents at the top of a file: its heading (`本期导读`, `目录`),
 * then its entries (headlines, numbered or not) and the page headers over
 * them (`第一版　要闻`), up to a divider (`━━━━`, kept with it) or else up to
 * the first article's head: the first headline printed a second time is
 * that article's own, and the page header and the kicker right over it (a
 * line that no later headline repeats) are that page's, not the contents'.
 * Without a divider or a repeated headline there is no telling where the
 * list ends, and nothing is taken. Two entries at least; the lines are kept
 * with the issue's first page as printed (`extras`), never as sections or pages.
 */
function contentsBlock(lines: RawLine[]): Set<RawLine> {
  const start = lines.slice(0, CONTENTS_START).findIndex((line) => !isMarkup(line) && isContentsHeading(line.text));
  if (start === -1) return new Set();
  const isPage = (line: RawLine | undefined): boolean => line !== undefined && matchPageHeader(line.text) !== undefined;
  // The run of list-like lines under the heading: page headers and title lines.
  let end = start;
  let divider = false;
  for (let index = start + 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    // A byline or a lead is an article's, never an entry: the list ended above it.
    if (isMarkup(line) || isContentsHeading(line.text) || matchBylineLine(line.text) !== undefined || opensWithLead(line.text)) break;
    divider = DIVIDER.test(line.text);
    if (!divider && !isPage(line) && !isPagePointer(line.text) && !isTitleLine(entryKey(line.text))) break;
    end = index;
    if (divider) break;
  }
  // A front page's guide: each entry a headline over its pointer (`详见A04版`); the list ends at the last pointer.
  const pointers = lines.slice(start + 1, end + 1).filter((line) => isPagePointer(line.text));
  if (!divider && pointers.length > 0) {
    const guide = lines.slice(start, lines.indexOf(pointers.at(-1)!) + 1);
    // (A guide of entries that each name their page, `二版　城关镇新建公交站`, however few: its heading says what it is.)
    const named = guide.slice(1).every((line) => isPagePointer(line.text) || matchPageHeader(line.text) !== undefined);
    return new Set(named ? guide : contentsWithEntries(guide));
  }
  if (!divider) {
    // The first headline printed a second time, in the run or right under it: the first article's head.
    const seen: string[] = [];
    let head: number | undefined;
    for (let index = start + 1; index <= Math.min(end + 1, lines.length - 1); index += 1) {
      const key = entryKey(lines[index]!.text);
      if (Array.from(key).length >= ENTRY_MIN && seen.some((entry) => sameHeadline(entry, key))) {
        head = index;
        break;
      }
      seen.push(key);
    }
    if (head === undefined) return new Set();
    end = head - 1;
    // A page header printed a second time is the first page's own: the list ends right above it.
    if (isPage(lines[head])) return new Set(contentsWithEntries(lines.slice(start, end + 1)));
    const repeatedLater = (index: number): boolean => lines.slice(index + 1).some((later) => sameHeadline(entryKey(lines[index]!.text), entryKey(later.text)));
    // Its kicker (a title line no later headline repeats), then its page header, belong to the page.
    if (!isPage(lines[end]) && end > start && !repeatedLater(end)) end -= 1;
    if (isPage(lines[end])) end -= 1;
  }
  return new Set(contentsWithEntries(lines.slice(start, end + 1)));
}

/** A contents block, when it lists two entries or more (lines that are no page header or divider); else none. */
function contentsWithEntries(block: RawLine[]): RawLine[] {
  const entries = block.slice(1).filter((line) => matchPageHeader(line.text) === undefined && !DIVIDER.test(line.text));
  return entries.length >= 2 ? block : [];
}

/**
 * The headlines of a page that numbers its stories (`一、习近平向塞内加尔当选总统致贺电`,
 * `二、…`, from 一 on each page): numbered title lines in order, each over
 * its text or the rest of its head, the first of them the page's first head
 * (only its kicker or rubric above it). Numbered lines under a headline are
 * that article's subheads (`一、坚持…`, `二、…`), as articles print them, and stay so.
 */
function numberedHeadlines(lines: RawLine[]): RawLine[] {
  const numbered: RawLine[] = [];
  for (const [index, line] of lines.entries()) {
    const number = ITEM_NUMBER_CN.exec(line.text)?.[0];
    if (number === undefined || isMarkup(line) || parseNumber(number.replace(/、\s*$/u, '')) !== numbered.length + 1) continue;
    if (isTitleLine(line.text.slice(number.length)) && lines[index + 1] !== undefined) numbered.push(line);
  }
  const first = numbered[0];
  return first !== undefined && opensPage(lines, first) ? numbered : [];
}

/**
 * The headlines a page marks with a bullet (`◆京津冀协同书写高质量发展新篇章`,
 * `■ 南方早稻开始育秧`): bulleted title lines with text or the rest of
 * their head under them, the first of them the page's first head. The
 * bullet is markup; the title is what follows it.
 */
function bulletedHeadlines(lines: RawLine[]): RawLine[] {
  const bulleted = lines.filter((line, index) => {
    const bullet = ITEM_BULLET.exec(line.text)?.[0];
    const next = lines[index + 1];
    // An item of a bulleted list has bulleted neighbours; a headline has text or its head around it.
    const listed = ITEM_BULLET.test(next?.text ?? '') || ITEM_BULLET.test(lines[index - 1]?.text ?? '');
    // (A lead after its mark, `◎天津專電○…`, as old papers open a story's text, is none.)
    const title = bullet === undefined ? '' : line.text.slice(bullet.length);
    // (Nor a byline after its box, `□ 本报通讯员　王浩怡`, as small papers set one under each headline.)
    return (
      bullet !== undefined && !isMarkup(line) && isTitleLine(title) && !opensWithLead(line.text) && !isBoxedByline(line.text) && next !== undefined && !listed
    );
  });
  // Bulleted subheads under an article's headline and text (`◆放宽市场准入`) are that article's.
  return bulleted[0] !== undefined && opensPage(lines, bulleted[0]) ? bulleted : [];
}

/** Whether `first` is the page's first head: only head lines (its kicker, rubric, a contents list) stand above it. */
function opensPage(lines: RawLine[], first: RawLine): boolean {
  return lines
    .slice(0, lines.indexOf(first))
    .every((line) => line.hint?.contents || line.hint?.media || isStructureLine(line.text) || isTitleBlockLine(line, new Set()));
}

/** Whether a line is a copy of the headline, with or without the page a site adds to it (`标题（2）`, `标题(第2页)`). */
function repeatsHeadline(text: string, headline: string, body: readonly LayoutLine[]): boolean {
  const compact = (line: string): string => line.replace(/\s/gu, '');
  const bare = withoutPageMark(headline);
  // (A headline numbered itself, `聚焦两会（1）`, heads a series: `聚焦两会（2）` is the next article, only its exact copy a repeat.)
  if (bare !== compact(headline)) return compact(text) === compact(headline);
  if (bare === '' || withoutPageMark(text) !== bare) return false;
  // (Items numbered under their roundup's name, `快讯` over `快讯（1）`, `快讯（2）`: a series, no page's copies.)
  const firstOfSeries = (line: string): boolean => withoutPageMark(line) === bare && /[（(]\s*(?:第\s*)?[1１]\s*(?:[页頁])?\s*[）)]\s*$/u.test(line);
  return !firstOfSeries(text) && !body.some((line) => firstOfSeries(line.content));
}

/**
 * The masthead, date line and masthead extras printed again at the top of
 * each page of a whole-issue file: header material, not articles. They are
 * recognised next to a page header, or as the same masthead text or a date
 * line of the same date; and a copy of the page's own date line or running
 * head anywhere on it (at its foot).
 */
function repeatedHeader(header: PageHeader, lines: RawLine[], marks: ReadonlyMap<RawLine, number>): Set<RawLine> {
  const repeated = new Set<RawLine>();
  // What the head already holds: a line printed again with the same text is its copy; another (a sponsor's line, `主办…`,
  // printed only once, by a page header) is the masthead material, kept with its extras, never dropped.
  const known = new Set([header.mastheadLine?.text, header.dateLine?.text, header.pageHeader, ...header.extras].filter((text) => text !== undefined));
  const keep = (line: RawLine): void => {
    repeated.add(line);
    if (known.has(line.text)) return;
    known.add(line.text);
    header.extras.push(line.text);
  };
  const pageHeaders = lines.flatMap((line, index) => (!isMarkup(line) && (matchPageHeader(line.text) || marks.has(line)) ? [index] : []));
  for (const at of pageHeaders) {
    for (let index = Math.max(0, at - REPEAT_WINDOW); index <= Math.min(lines.length - 1, at + REPEAT_WINDOW); index += 1) {
      const line = lines[index]!;
      // (A page header of another page, `第2版 要闻 2024年7月8日 星期一　青峰都市报`, opens that page, whatever of the head it repeats.)
      const namesPage = matchPageHeader(line.text)?.page ?? marks.get(line);
      if (namesPage !== undefined && namesPage !== header.page) continue;
      const isMasthead = header.mastheadLine !== undefined && line.text === header.mastheadLine.text;
      const dated = matchDateline(line.text)?.date;
      const isDate = dated === header.date || (header.dateLine !== undefined && line.text === header.dateLine.text);
      // (A date line of another day, `2024年4月5日 … 第8124期`, is no copy of this head: it is kept where it stands.)
      const otherDay = dated !== undefined && dated !== header.date;
      const headerLike = isMasthead || isDate || (isMastheadExtra(line.text) && charLength(line.text) <= 40 && !otherDay);
      // (Under the page header, only a copy of the head is the head's: a headline there that looks like a date or a sponsor is the page's.)
      if (headerLike && (index < at || known.has(line.text) || isDateLineCopy(line.text, header))) keep(line);
    }
  }
  // A running head printed again at the foot of the page (`2024年6月2日  星期日  要闻  1`): the header's own line, repeated.
  for (const line of lines) if (!isMarkup(line) && (line.text === header.dateLine?.text || line.text === header.pageHeader)) repeated.add(line);
  // The publisher's lines set apart at the foot of the file's last page (`云溪日报社出版`, `定价：1.50元`), as they are kept
  // over the next page's header: the masthead's material, not a story's last line nor a head.
  let foot = lines.length;
  // (Not a sentence, `详情可登录www.….gov.cn查询。`, nor a line of contact a story or a notice closes on, `展览地址：…`, `咨询电话：…`:
  // the paper's own are its `社址：`, `本报地址：`.)
  const publisher = (line: RawLine): boolean =>
    !isMarkup(line) &&
    isMastheadExtra(line.text) &&
    charLength(line.text) <= 40 &&
    !/[，。！？；]/u.test(line.text) &&
    !isContactLine(line.text) &&
    !/^(?!社址|本报|本報)\p{Script=Han}{0,6}(?:地址|地點|地点|电话|電話|热线|熱線)\s*[：:]/u.test(line.text);
  while (foot > 0 && publisher(lines[foot - 1]!)) foot -= 1;
  if (foot < lines.length && foot > 0 && blankBefore(lines, foot)) for (const line of lines.slice(foot)) keep(line);
  return repeated;
}

/**
 * The items of a bulleted list (two or more bulleted lines in a row:
 * `◆ 每周三晚上的作家见面会` / `◆ 每周五晚上的亲子共读`): each opens a paragraph of
 * the article's text, never a head, however short.
 */
function withListItems(lines: RawLine[]): RawLine[] {
  const bulleted = (line: RawLine | undefined): boolean => line !== undefined && !isMarkup(line) && ITEM_BULLET.test(line.text);
  return lines.map((line, index) =>
    bulleted(line) && (bulleted(lines[index - 1]) || bulleted(lines[index + 1])) ? { ...line, hint: { ...line.hint, opensParagraph: true } } : line,
  );
}

/** Lines of at least this many characters show how a page prints its paragraphs. */
const PARAGRAPH_MIN = 20;

/** Share of those lines that must be indented for the page to indent its paragraphs. */
const INDENTED_SHARE = 0.6;

/**
 * A page's lines with those indented as paragraphs marked (`　　正文`, two
 * or more spaces before the text), on a page that indents its paragraphs:
 * most of its long lines are indented. There an indented line is running
 * text, however short or title-like (`　　南方早稻开始育秧`), unless a lead or
 * byline stands under it, and the head lines are the ones flush left. A page
 * that indents nothing, or prints fewer than two heads flush, says nothing by it.
 */
function withIndents(lines: RawLine[]): RawLine[] {
  const indented = (line: RawLine): boolean => !isMarkup(line) && indentOf(line) > 1;
  const long = lines.filter((line) => !isMarkup(line) && charLength(line.text) >= PARAGRAPH_MIN);
  const share = long.filter(indented).length / Math.max(1, long.length);
  // The page's heads are the flush lines only when it prints two or more of them flush.
  const flushHeads = lines.filter((line) => !isMarkup(line) && !indented(line) && isTitleLine(line.text) && !isStructureLine(line.text));
  if (long.length < 3 || share < INDENTED_SHARE || flushHeads.length < 2) return lines;
  const bylines = lines.map((line) => matchBylineLine(line.text) !== undefined);
  return lines.map((line, index) => {
    // An indented line right over a lead (`本报讯…`) or byline is still a headline.
    const next = lines[index + 1];
    const overLead = next !== undefined && (opensWithLead(next.text) || bylines[index + 1] === true);
    // (And a byline indented as its paragraphs are, `　　记者 董敏` under the headline, is the head's byline.)
    return indented(line) && !overLead && !bylines[index] ? { ...line, hint: { ...line.hint, opensParagraph: true } } : line;
  });
}

/** Most head lines over a story's lead in a block of a hard-wrapped page: kicker, headline, subtitle. */
const HEAD_LINES_OVER_LEAD = 3;

/** Narrowest column a hard-wrapped page is read at (cells): shorter lines of one length are verse or a list. */
const WRAP_MIN_WIDTH = 10;
/** Fewest full lines ending inside a word for a page to be read as hard-wrapped. */
const WRAP_MIN_BROKEN = 5;
/** Share of the full lines that must end inside a word. */
const WRAP_BROKEN_SHARE = 1 / 3;
/** How far under its column's width a line may stop and still be full (cells): a half-width digit or a closing mark moves the break. */
const WRAP_SLACK = 1.5;
/** How far over its column's width a line may run (cells): closing marks squeezed in at its end. */
const WRAP_SQUEEZE = 2;
/** Share of a run's lines that must be set to its width for the run to be read as a column. */
const WRAP_SET_SHARE = 0.5;
/** A paragraph's indent (cells), which text extraction drops from its first line. */
const INDENT_CELLS = 2;

/** A line that stops inside a sentence, on a clause mark: `，`, `、`, `；`, `：`. */
const CLAUSE_END = /[，、；：,;:]$/u;

/** Whether the line at `index` opens a paragraph by its place: first of its run, or under a line that ends a sentence. */
function opensAfterSentence(lines: RawLine[], index: number): boolean {
  const line = lines[index];
  const above = lines[index - 1];
  return line !== undefined && (above === undefined || above.line !== line.line - 1 || endsSentence(above.text));
}

/** Whether plain lines, a file's parts together (a data file's records' texts), show a hard-wrapped extraction (`withWrapping`). */
export function isHardWrapped(lines: RawLine[]): boolean {
  return withWrapping(withIndents(lines)).wrap !== undefined;
}

/**
 * A page's lines with the lines of a hard-wrapped page that go on a broken
 * paragraph marked (`wrapped`): OCR, fixed-width exports and `pdftotext`
 * break every line at its column's width (`　　今天（6月2日）6时23分，嫦娥六号着陆器和` /
 * `上升器组合体在鹊桥二号中继星支持下，成功着陆在月`). Widths are measured
 * in cells, as the page was set (a Han character or full-width mark one,
 * a Latin letter or digit half), per run of lines with no blank line
 * between, since each article of an e-paper page has its own column width.
 * A line is full when it reaches its run's width (the widest that two of
 * its lines reach). A page is hard-wrapped when five or more full lines
 * (one, `wrappedElsewhere`, when another page of its file is hard-wrapped),
 * and a third of them, end inside a word, on no punctuation at all — verse
 * and lists end their lines on punctuation or vary in length. There a
 * flush line right under a full line that ends no sentence goes on its
 * paragraph, however title-like it looks, and so does the first line of a
 * column under a blank line, when the column above broke inside a word
 * and the new one opens full (`pdftotext` puts a blank line between
 * columns); an indented line, or a full one that runs on into the next,
 * opens a paragraph; a flush line after a blank line, a short line or a
 * sentence's end starts something new (a head, or a paragraph).
 */
function withWrapping(lines: RawLine[], wrappedElsewhere = false): { lines: RawLine[]; wrap?: PageSegment['wrap'] } {
  const both = MEASURES.map((measure) => columnWidths(lines, measure));
  // The page is set by one measure: the one that finds more lines at their column's width (a line full by the other only is short).
  const setLines = both.map(({ widthOf, size }) => lines.filter((line) => widthOf.has(line) && within(size(line), widthOf.get(line)!, WRAP_SLACK)).length);
  const { widthOf, size } = both[setLines[1]! > setLines[0]! ? 1 : 0]!;
  const reaches = (line: RawLine, slack: number): boolean => {
    const width = widthOf.get(line);
    return width !== undefined && width >= WRAP_MIN_WIDTH && within(size(line), width, slack);
  };
  // A paragraph's first line lost its two-cell indent in extraction: it is full two cells short.
  // A paragraph's first line lost its two-cell indent: it is full two cells short, when it opens something (under a blank line, a
  // sentence's end or a short line) and runs on into a full line — a head line under a blank line runs on into another short one.
  const full: boolean[] = [];
  lines.forEach((line, index) => {
    const [above, next] = [lines[index - 1], lines[index + 1]];
    const opens = opensAfterSentence(lines, index) || (above !== undefined && full[index - 1] === false);
    const runsOn = next !== undefined && next.line === line.line + 1 && reaches(next, WRAP_SLACK);
    full.push(reaches(line, WRAP_SLACK) || (reaches(line, WRAP_SLACK + INDENT_CELLS) && opens && runsOn));
  });
  const fullLines = lines.filter((_, index) => full[index]);
  const broken = fullLines.filter(endsInWord);
  const shown = wrappedElsewhere ? broken.length > 0 : broken.length >= WRAP_MIN_BROKEN;
  if (!shown || broken.length < fullLines.length * WRAP_BROKEN_SHARE) return { lines };
  const flush = (line: RawLine): boolean => !isMarkup(line) && indentOf(line) <= 1;
  /** Whether the line at `index` goes on the paragraph of the line above it. */
  const goesOn = (index: number): boolean => wrapsOn(index) && !headOverText(index) && !datedLeadUnderHead(index);
  /** The index of the first line of each line's block (lines with no blank line between). */
  const blockStart: number[] = [];
  lines.forEach((line, index) => blockStart.push(index > 0 && line.line === lines[index - 1]!.line + 1 ? blockStart[index - 1]! : index));
  // (A dated lead right under a block's one head line opens the text: `李強主持召開國務院常務會議` / `國務院總理李強八月三十日主…`.)
  const datedLeadUnderHead = (index: number): boolean => {
    const [line, head, aboveHead] = [lines[index], lines[index - 1], lines[index - 2]];
    if (line === undefined || head === undefined || !isDatedLead(line.text)) return false;
    const opensBlock = blockStart[index - 1] === index - 1;
    const lead = opensWithLead(head.text) || matchBylineLine(head.text) !== undefined;
    // (Not under a story's byline or subtitle: there the head stands above, and the block is its text's first paragraph.)
    // (Nor under a head line standing alone between blank lines, `地铁二号线今年开工` / blank / `运河新城地铁二号线工程可行性`.)
    const standsAlone = aboveHead !== undefined && blockStart[index - 2] === index - 2 && isTitleLine(aboveHead.text);
    const underHead =
      aboveHead !== undefined &&
      (matchBylineLine(aboveHead.text) !== undefined || isDashSubtitle(aboveHead.text) || aboveHead.hint?.headWrap === true || standsAlone);
    if (!opensBlock || lead || underHead || !flush(head) || !isTitleLine(head.text) || endsSentence(head.text) || wrapsOn(index - 1)) return false;
    // (And the lead restates the head, as a news lead does, `国务院总理李强8月30日主持召开国务院常务会议`: a paragraph's first
    // line over a second that names a day early, `据…负责人介绍二` / `号线一期工程3日已完成…`, restates nothing.)
    let leadText = line.text;
    for (let at = index + 1; at < index + HEAD_LINES_OVER_LEAD && blockStart[at] === blockStart[index]; at += 1) leadText += lines[at]!.text;
    return restatesNewTitle(head.text, leadText, '');
  };
  // A block's lines above its text are its head, however long: no paragraph has opened for them to go on. The text opens
  // on a lead or byline (`本報訊…`, in old papers' unpunctuated columns too: `政策助力瞪羚企業跑出加速度` / `我國加快建立梯度
  // 培育體系` / `本報訊瞪羚企業是指…`), under at most three head lines set off by a blank line; or, on a page that opens its
  // paragraphs indented (`　　本報訊…`), on its first indented line, under short head lines that end no sentence
  // (`中華人民共和國和瑙魯共和國恢復外交關係` / `根據兩國人民的利益和願望` / `　　本報訊…`) — a paragraph's short line is its last,
  // and ends its sentence. Not where the block opens by going on the column before it (a column break).
  const opensIndented = lines.filter((line) => !isMarkup(line) && indentOf(line) > 1).length >= 2;
  const headOverText = (index: number): boolean => {
    const line = lines[index];
    if (line === undefined || !flush(line) || endsSentence(line.text) || !isTitleLine(line.text) || /[○◯]/u.test(line.text)) return false;
    const start = blockStart[index]!;
    // (Under an indented line of its block, a line is that paragraph's, its tail however short: `　　食堂由…` / `食堂吃上了热乎饭菜`
    // where OCR dropped the stop.)
    if (lines.slice(start, index).some((above) => !flush(above))) return false;
    for (let below = index + 1; blockStart[below] === start; below += 1) {
      const next = lines[below]!;
      if (isMarkup(next)) return false;
      if (opensWithLead(next.text) || matchBylineLine(next.text) !== undefined)
        return (
          below - start <= HEAD_LINES_OVER_LEAD &&
          !wrapsOn(start) &&
          lines.slice(start, below).every((head) => isTitleLine(head.text) && !endsSentence(head.text))
        );
      if (indentOf(next) > 1) return opensIndented && !full[index];
    }
    return false;
  };
  /** Whether the line at `index` goes on the line above it by the wrap alone. */
  const wrapsOn = (index: number): boolean => {
    const [line, above] = [lines[index], lines[index - 1]];
    if (line === undefined || above === undefined || !flush(line) || !full[index - 1] || (endsSentence(above.text) && !breaksNumber(above.text, line.text)))
      return false;
    // A list's item opens its own line (`1.出行前关注天气`, `◆…`); so does a story's lead (`本报讯…`, `新华社北京3月5日电…`) or byline.
    if (ITEM_NUMBER.test(line.text) || ITEM_BULLET.test(line.text) || opensWithLead(line.text) || matchBylineLine(line.text) !== undefined) return false;
    // A labelled field opens its own line too (a library's `引题：…` under `题名：…`, `来源：…`, `全文：`).
    if (isFieldLine(line.text)) return false;
    if (line.line === above.line + 1 && !line.hint?.columnTop) return true;
    // A column break: the column above ends inside a word or a clause (`，`), the next opens full under a blank line (or at the head of the next column).
    return (endsInWord(above) || CLAUSE_END.test(above.text)) && full[index] === true && (line.line === above.line + 2 || line.hint?.columnTop === true);
  };
  let joined = 0;
  const marked = lines.map((line, index) => {
    if (isMarkup(line)) return line;
    if (goesOn(index)) {
      joined += 1;
      return { ...line, hint: { ...line.hint, wrapped: true } };
    }
    // An indented line, or one that runs on into the next, opens a paragraph: running text, never a head line.
    if (indentOf(line) > 1 || goesOn(index + 1)) return { ...line, hint: { ...line.hint, opensParagraph: true } };
    return line;
  });
  const widths = [...new Set(both[0]!.widthOf.values())].filter((width) => width >= WRAP_MIN_WIDTH);
  const width = Math.round(widths.reduce((sum, value) => sum + value, 0) / Math.max(1, widths.length));
  return { lines: withHeadWraps(marked, Math.max(...widths, WRAP_MIN_WIDTH)), wrap: { width, joined, at: lines[0]!.position } };
}

/**
 * A hard-wrapped page's headlines, set in larger type and broken at a narrower width than the text
 * (`李强在2024北京国际汽` / `车展览会调研时强调`): two head lines on consecutive lines (no blank line between)
 * are one headline when the lower is no dash subtitle, bracket heading, byline or lead, the upper ends no
 * sentence and is no kicker by its words (twoLineHead's rules), both are no wider than the page's widest
 * column, and the break falls inside a word or the lower line is at most a cell longer than the upper.
 */
function withHeadWraps(lines: RawLine[], widest: number): RawLine[] {
  const head = (candidate: RawLine): boolean =>
    !candidate.hint?.wrapped && !candidate.hint?.opensParagraph && !candidate.hint?.contents && isTitleBlockLine(candidate, new Set());
  const out: RawLine[] = [];
  let lastPhysical: RawLine | undefined;
  /** The lines the last head in `out` was joined from. */
  let joinedFrom: RawLine[] = [];
  // (A headline broken by its width fills every line but its last: a third line goes on only under lines of one length —
  // decks of a head, `各地積極應對臺風　降雨天氣` / `當地黨員幹部加強值守` / `集結應急救援力量`, are of any.)
  const filled = (from: RawLine[]): boolean => from.every((part) => Math.abs(cells(part.text) - cells(from[0]!.text)) <= 1);
  for (const line of lines) {
    const prev = out.at(-1);
    if (
      prev &&
      lastPhysical &&
      line.line === lastPhysical.line + 1 &&
      head(prev) &&
      head(line) &&
      joinsHead(lastPhysical.text, line.text, widest) &&
      (joinedFrom.length < 2 || filled(joinedFrom))
    ) {
      joinedFrom.push(line);
      out[out.length - 1] = {
        ...prev,
        text: prev.text + line.text,
        line: line.line,
        position: { start: prev.position.start, end: line.position.end },
        hint: { ...prev.hint, headWrap: true },
      };
    } else {
      out.push(line);
      joinedFrom = [line];
    }
    lastPhysical = line;
  }
  return out;
}

/**
 * A line that opens on a field's label: a head's (`引题：`, `作者：`), a record's with a short value (`来源：新民晚报`,
 * `版次：A05`), the text's (`全文：`). A wrapped sentence's line that opens so (`来源：一是…，二是…`) goes on.
 */
function isFieldLine(text: string): boolean {
  const record = recordFields(text);
  return (
    matchLabelledField(text) !== undefined ||
    (record.length > 0 && record.every((field) => charLength(field.value) <= FIELD_VALUE_MAX && !/[，,。；]/u.test(field.value))) ||
    BODY_LABEL.test(text)
  );
}

/** Longest value of a record's field on a line of its own (a paper's name, a date, a page). */
const FIELD_VALUE_MAX = 20;

function joinsHead(above: string, below: string, widest: number): boolean {
  if (isDashSubtitle(below) || isBracketHeading(below) || isBracketHeading(above) || matchBylineLine(below) !== undefined || opensWithLead(below)) return false;
  if (isFieldLine(below) || isFieldLine(above)) return false;
  if (endsSentence(above) || /[！？!?]$/u.test(above)) return false;
  if (isRubric(above) || KICKER_LEAD_IN.test(above) || (isSlogan(above) && !isSlogan(below)) || (isBanner(below) && !isBracketHeading(below))) return false;
  if (cells(above) > widest || cells(below) > widest) return false;
  return breaksWord(above, below) || cells(below) <= cells(above) + 1;
}

/**
 * Two measures of a line's width: cells, as a page is set (`pdftotext`, OCR:
 * a digit half a Han character), and characters, as a fixed-width export
 * counts them (every character one).
 */
const MEASURES: ReadonlyArray<(text: string) => number> = [cells, charLength];

const endsInWord = (line: RawLine): boolean => /[\p{Script=Han}\p{L}\p{N}]$/u.test(line.text);

/** Whether `size` is set to a column `width`: at most `slack` short of it, at most two over (closing marks squeezed in). */
const within = (size: number, width: number, slack: number): boolean => size >= width - slack && size <= width + WRAP_SQUEEZE;

/**
 * The column width of each line that stands in a column, by one measure:
 * a run of lines (no blank line between) whose lines are mostly set to its
 * width, a third or more of its full lines breaking inside a word — verse
 * and lists end theirs on punctuation.
 */
function columnWidths(lines: RawLine[], measure: (text: string) => number): { widthOf: Map<RawLine, number>; size: (line: RawLine) => number } {
  const size = (line: RawLine): number => measure(line.text) + indentOf(line);
  const widthOf = new Map<RawLine, number>();
  for (const run of wrapRuns(lines)) {
    const width = runWidth(run.map(size));
    if (width === undefined) continue;
    const set = run.filter((line) => within(size(line), width, WRAP_SLACK + INDENT_CELLS));
    const fullOnes = run.filter((line) => within(size(line), width, WRAP_SLACK));
    if (set.length < run.length * WRAP_SET_SHARE || fullOnes.filter(endsInWord).length < fullOnes.length * WRAP_BROKEN_SHARE) continue;
    for (const line of run) widthOf.set(line, width);
  }
  // (A short paragraph's lines, in a run too short or too mixed to measure — two lines, or a head over its lead with no blank
  // line between — are set at the page's width too: lines that reach it from one that breaks off inside a clause, to a
  // line that ends the paragraph's sentence, `學堂暫借會館後樓為課室，每日午後授課三小時，學費` / `從廉，貧寒子弟概免收費。`.
  // A head's lines end no sentence: a kicker over its headline, a headline broken at the column, stay as they are.)
  const pageWidth = runWidth([...widthOf.values()]);
  if (pageWidth !== undefined)
    for (const run of wrapRuns(lines, 2).filter((each) => !widthOf.has(each[0]!))) {
      for (let start = 0; start < run.length; start += 1) {
        const first = run[start]!;
        if (!within(size(first), pageWidth, WRAP_SLACK) || !hasClauseMarks(first.text) || endsSentence(first.text)) continue;
        let end = start + 1;
        while (end < run.length && within(size(run[end]!), pageWidth, WRAP_SLACK) && !endsSentence(run[end]!.text)) end += 1;
        const last = run[end];
        if (last === undefined || !endsSentence(last.text) || size(last) > pageWidth + WRAP_SLACK) continue;
        for (const line of run.slice(start, end + 1)) widthOf.set(line, pageWidth);
        start = end;
      }
    }
  return { widthOf, size };
}

/** Runs of lines with no blank line between (three or more by default: a shorter run is a head, not a column). */
function wrapRuns(lines: RawLine[], shortest = 3): RawLine[][] {
  const runs: RawLine[][] = [];
  let run: RawLine[] = [];
  for (const line of lines) {
    if (isMarkup(line)) continue;
    if (run.length > 0 && line.line !== run.at(-1)!.line + 1) {
      runs.push(run);
      run = [];
    }
    run.push(line);
  }
  runs.push(run);
  return runs.filter((each) => each.length >= shortest);
}

/**
 * A run's column width: the width most of its lines have (a set column
 * holds the same cells a line; a line a cell longer or shorter moved a mark
 * to keep it off the line's start or end), else the widest that two of
 * its lines reach within the slack; none when no two lines do.
 */
function runWidth(widths: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const width of widths) counts.set(width, (counts.get(width) ?? 0) + 1);
  const [common, count] = [...counts].reduce((best, entry) => (entry[1] > best[1] || (entry[1] === best[1] && entry[0] > best[0]) ? entry : best), [0, 0]);
  if (count >= 3) return common;
  const sorted = [...widths].sort((a, b) => b - a);
  return sorted.find((width, index) => index + 1 < sorted.length && width - sorted[index + 1]! <= WRAP_SLACK);
}

/**
 * A byline a PDF's text split over lines (`本报记者` / blank / `赵敏`): the
 * reporter's title alone on its line, and right under it (a blank line
 * between at most) only names — one line again, the two parts apart by a
 * space, so that the title is never read as a headline nor joined to one.
 */
function withSplitBylines(lines: RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev && BYLINE_TITLE_ALONE.test(prev.text) && line.line - prev.line <= 2 && BYLINE_NAMES.test(line.text)) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${line.text}`, line: line.line, position: { start: prev.position.start, end: line.position.end } };
    } else out.push(line);
  }
  return out;
}

/** A line of a list of fields, `标题：2号小标宋体字`, `時間：3月8日`: a label of a few characters and its value. */
const FIELD_LINE = /^\p{Script=Han}{1,6}\s*[：:]\s*\S/u;

/**
 * A page's lines with a label before the text split off (`全文：（中央社南京八日電）…`,
 * `正文：国务院总理…`), as a database's record or a portal's copy prints it, over the
 * text and not under a field of a list (`时间：…` / `内容：…`): the label
 * is structure (kept in `extras`), and the text under it a paragraph like any
 * other, so a lead is read as one and no label stands in an article's text.
 */
function withBodyLabels(lines: RawLine[]): RawLine[] {
  // (Only over the text: `全文：约5000字，分为六个部分。` inside an article is its text, and `正文：3号仿宋体字` under `标题：2号小标宋体字`
  // one of a list's fields.)
  // (A head's labelled summary, `Summary-摘要: …。`, is no text yet.)
  const textAt = lines.findIndex((line) => !isMarkup(line) && endsSentence(line.text) && matchLabelledField(line.text) === undefined);
  return lines.flatMap((line, index) => {
    const label =
      BODY_TAG.exec(line.text) ??
      (isMarkup(line) || (textAt !== -1 && index > textAt) || FIELD_LINE.test(lines[index - 1]?.text ?? '') ? null : BODY_LABEL.exec(line.text));
    if (!label || label[0].length === line.text.length) return [line];
    const labelText = label[0].trimEnd();
    return [
      { ...line, text: labelText, position: slicePosition(line, 0, labelText.length) },
      { ...line, text: line.text.slice(label[0].length), position: slicePosition(line, label[0].length, line.text.length) },
    ];
  });
}

/**
 * Numbered item headings of a digest (`1. 标题`, `2、标题`): numbered
 * title-like lines whose numbers run 1, 2, 3… through the file, at least three.
 */
function numberedItems(lines: RawLine[]): Set<RawLine> {
  const items: RawLine[] = [];
  for (const line of lines) {
    const number = ITEM_NUMBER.exec(line.text)?.[0];
    // (Its title labelled, `1、标题：…`, as a broadcast's script numbers its items.)
    const rest = line.text.slice(number?.length ?? 0);
    const labelled = matchLabelledField(rest);
    const title = labelled?.field === 'title' ? labelled.value : rest;
    if (number !== undefined && Number.parseInt(number, 10) === items.length + 1 && isTitleLine(title)) items.push(line);
  }
  return items.length >= 3 ? new Set(items) : new Set();
}

/** An item's number printed as a badge on a line of its own (`01`, `NO.2`), as social posts number a digest's items. */
const BADGE = /^(?:NO\.\s*)?([0-9]{1,2})$/iu;

/** Whether the lines from `from` are a list of links: two title lines in a row (other posts' headlines), not a head over text. */
function listsLinks(lines: RawLine[], from: number): boolean {
  const [first, second] = [lines[from], lines[from + 1]];
  return (
    first !== undefined &&
    isTitleLine(first.text) &&
    (second === undefined || isTitleLine(second.text) || isStructureLine(second.text) || second.hint?.media === true)
  );
}

/** A bullet before a link of a list (`• 标题`, `· 标题`, `◆标题`). */
const LINK_BULLET = /^[•·▪◆◇■□●○▲△★☆►▶◎]\s*/u;

/**
 * Whether the line at `index` heads text: the line under it (under its dash subtitle and byline, if they stand there) is
 * running text, not another title, structure or an image.
 */
function headsText(lines: RawLine[], index: number): boolean {
  let at = index + 1;
  if (lines[at] !== undefined && isDashSubtitle(lines[at]!.text)) at += 1;
  if (lines[at] !== undefined && matchBylineLine(lines[at]!.text) !== undefined) at += 1;
  const next = lines[at];
  return next !== undefined && !isTitleLine(next.text) && !isStructureLine(next.text) && next.hint?.media !== true;
}

/**
 * A post's items numbered by badges, each on its own line right over the
 * item's heading (`01` / `十四届全国人大二次会议主席团举行第二次会议` / text), the
 * numbers running from 1, two or more: the badges (markup, kept as
 * `extras`) and, when the post is a digest of separate news, the item
 * headings, which open articles of their own. A digest says so in its
 * title (`瓯江早新闻（3月9日）`, `新闻早餐｜3月9日`, `早安瓯江｜这些新闻值得关注`);
 * a post titled otherwise (`3月起，这些新规将施行`, a feature's numbered
 * parts) is one article and the headings its subheads. With no title to
 * go by, the items are a digest when most of them turn to another story
 * than the item before (`rules/topic-shift.ts`) or open as a news lead (`rules/news-lead.ts`).
 */
function badgedItems(lines: RawLine[], title: string | undefined, paper: string | undefined): { badges: Set<RawLine>; digest: Set<RawLine> } {
  const at: number[] = [];
  for (const [index, line] of lines.entries()) {
    const number = BADGE.exec(line.text)?.[1];
    const heading = lines[index + 1];
    if (number !== undefined && Number(number) === at.length + 1 && heading !== undefined && isTitleLine(heading.text) && !BADGE.test(heading.text))
      at.push(index);
  }
  const badges = new Set(at.length >= 2 ? at.map((index) => lines[index]!) : []);
  // (Or headed by numbered headings, `1. 新场景新业态 激活假日消费新活力`, or by whole-line bracketed ones,
  // `【消博会：跨国企业看好中国消费大市场】`, as a post's digest is too.)
  const numbered = numberedHeadings(lines);
  const headings = at.length >= 2 ? at.map((index) => index + 1) : numbered.length >= 2 ? numbered : bracketHeadings(lines);
  if (headings.length < 2) return { badges, digest: new Set() };
  const texts = headings.map((index, k) =>
    lines
      .slice(index + 1, (headings[k + 1] ?? lines.length + 1) - (at.length >= 2 ? 1 : 0))
      .map((line) => line.text)
      .join('\n'),
  );
  const turns = texts.slice(1).filter((text, k) => isNewStory(texts[k]!, text) || isDatedLead(text)).length;
  // (A story's own numbered parts follow its lead or byline, `本报讯…` / `1. 工业生产稳步回升`; a digest's items follow a
  // greeting, `早上好！…值得关注↓`, or nothing. A title names a digest by its words, not by the paper's name in it, `…晚报创刊四十周年`.)
  // (And a digest's numbered items are news headlines, no short labels of a story's parts: `1. 居家防范`, `2. 出行提示`.)
  const intro = lines.slice(0, headings[0]).filter((line) => !isMarkup(line));
  const labels = numbered.map((index) => charLength(withoutItemMark(lines[index]!.text)));
  const opensStory =
    numbered.length >= 2 &&
    (intro.some((line) => opensWithLead(line.text) || matchBylineLine(line.text) !== undefined) ||
      labels.reduce((sum, length) => sum + length, 0) < DIGEST_HEADLINE_MIN * labels.length);
  const isDigest =
    title === undefined ? turns >= (headings.length - 1) / 2 : !opensStory && isDigestTitle(paper === undefined ? title : title.replaceAll(paper, ''));
  return { badges, digest: isDigest ? new Set(headings.map((index) => lines[index]!)) : new Set() };
}

/** Fewest characters a digest's numbered items run to on average: a news headline's, not a part's label (`居家防范`). */
const DIGEST_HEADLINE_MIN = 6;

/** The indexes of numbered headings (`1. 标题`, `2、标题`) each over text, numbered from 1 through the file. */
function numberedHeadings(lines: RawLine[]): number[] {
  const at: number[] = [];
  for (const [index, line] of lines.entries()) {
    const mark = ITEM_NUMBER.exec(line.text)?.[0];
    const number = line.hint?.itemNumber ?? (mark === undefined ? undefined : Number.parseInt(mark, 10));
    // (Over the text, or over the headline's translation and then the text, as a bilingual digest prints an item.)
    const next = lines[index + 1] !== undefined && isTranslation(lines[index + 1]!.text) ? lines[index + 2] : lines[index + 1];
    if (number !== at.length + 1 || !isTitleLine(line.text.slice(mark?.length ?? 0))) continue;
    if (next !== undefined && next.hint?.itemNumber === undefined && !ITEM_NUMBER.test(next.text) && !isTitleLine(next.text)) at.push(index);
  }
  return at;
}

/** The indexes of whole-line bracketed headings (`【标题】`) each over text. */
function bracketHeadings(lines: RawLine[]): number[] {
  return lines.flatMap((line, index) => {
    const next = lines[index + 1];
    return isBracketHeading(line.text) && next !== undefined && !isBracketHeading(next.text) && !isTitleLine(next.text) ? [index] : [];
  });
}

/**
 * Whether a page marks its item headings (Markdown headings, numbered items,
 * two or more whole-line `【标题】`): then an unmarked lone line is never a new
 * article on its topic alone.
 */
function marksItems(lines: RawLine[], items: Set<RawLine>): boolean {
  return items.size > 0 || lines.some((line) => line.hint?.heading !== undefined && line.hint.bySize !== true);
}

/** `digest`: the item headings of a digest, which open an article even in a file of one post; `badges`: items' number badges (`badgedItems`); `setOff`: heads the file's blank lines set off (`blank-lines.ts`). */
function parseBody(
  lines: RawLine[],
  options: BodyOptions,
  items: Set<RawLine>,
  marked: boolean,
  { digest, badges, setOff }: { digest: Set<RawLine>; badges: Set<RawLine>; setOff: Set<RawLine> },
): Chunk[] {
  const chunks: Chunk[] = [];
  /** The highest heading level of the page: in a file of one article, headings of that level still open items (an export of several). */
  // Under a front matter's title, only a `#` heading is at the top level (`## subhead` is the article's own).
  const topHeading = options.titled ? 1 : Math.min(...lines.slice(0, 2000).map((line) => line.hint?.heading ?? 99));
  let chunk: Chunk | undefined;
  let i = 0;
  /** Under a table of contents' heading: its numbered entries are structure too. */
  let inContents = false;
  const setOffAt = lines.flatMap((setLine, index) => (setOff.has(setLine) ? [index] : []));
  /** The page sets blank lines between some of its lines: one that has none over a line says something. */
  const blankLines = lines.some((_, index) => index > 0 && blankBefore(lines, index));
  /** The text under the set-off head at `at`, up to the next set-off head. */
  const underSetOff = (at: number): string => {
    const next = setOffAt.find((other) => other > at) ?? lines.length;
    return lines
      .slice(at + 1, next)
      .map((underLine) => underLine.text)
      .join('\n');
  };
  /**
   * Whether the set-off head at `index` opens an article (`blank-lines.ts`): the text under it opens as a news
   * lead, or the head stands alone — the text under the set-off heads before and after it on the page, if any,
   * turns to another story than its own (sections come in runs; a story merged into the one above is one head).
   */
  const opensBySetOff = (index: number): boolean => {
    const following = followingText(lines, index + 1, items);
    if (isDatedLead(following)) return true;
    const under = underSetOff(index);
    const previous = setOffAt.findLast((at) => at < index);
    const next = setOffAt.find((at) => at > index);
    return (previous === undefined || isNewStory(underSetOff(previous), under)) && (next === undefined || isNewStory(under, underSetOff(next)));
  };
  /** Under a post's links to other posts (`往期推荐`). */
  let inRelated = false;
  let bulletedRelated = false;
  /** A divider (`━━━━`, `※※※`, `---`) since the last head: the next head opens a new article. */
  let divided = false;
  while (i < lines.length) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const marker = findJumpMarkers(line.text)[0];
    // (And its entries naming their pages, `一条村道连起致富路　　　　2版`.)
    inContents = isContentsHeading(line.text) || (inContents && (ITEM_NUMBER.test(line.text) || isPagePointer(line.text)) && !items.has(line));
    // Under a post's `往期推荐`: the headlines of other posts, links and not articles.
    // (A list of bulleted links ends at the first line without its bullet: `• 标题` / … / `标题` over its subtitle and text.)
    const opensRelated = isRelatedHeading(line.text) && listsLinks(lines, i + 1);
    if (opensRelated) bulletedRelated = LINK_BULLET.test(lines[i + 1]?.text ?? '');
    inRelated =
      opensRelated || (inRelated && isTitleLine(line.text) && !items.has(line) && !headsText(lines, i) && (!bulletedRelated || LINK_BULLET.test(line.text)));
    // Structure, and a record's line of source and date (`【来源】运河日报【日期】2024-04-15`), are kept as printed, never as text.
    // (A line that goes on the paragraph above, in hard-wrapped text, is that paragraph's, whatever it opens on: `来源：一是…`.)
    if (
      line.hint?.media ||
      line.hint?.contents ||
      (!line.hint?.wrapped && ((isStructureLine(line.text) && !closesWithByline(chunk, line)) || isRecordLine(line.text))) ||
      // (An article's headline printed again under it — a web story's later page pasted under the first, with or without
      // its page, `标题（2）`; a page's heading under the title its `<title>` gave — is kept as printed, never a subhead.)
      (chunk?.headline !== undefined && chunk.headline.line !== line.line && repeatsHeadline(line.text, chunk.headline.content, chunk.body)) ||
      inContents ||
      inRelated ||
      badges.has(line)
    ) {
      // (A book's part names the articles under it: it opens a chunk of its own, which the next head takes over.)
      if (!chunk || (line.hint?.part && (chunk.headline !== undefined || chunk.body.length > 0))) chunks.push((chunk = newChunk()));
      (chunk.extras ??= []).push(layoutLine(line, LineKind.paragraph));
      // A divider right over a head (no text between) ends the article above; markup's headings keep their levels (a lesser one under a rule is a subhead).
      divided ||=
        DIVIDER.test(line.text) &&
        !ORNAMENT.test(line.text) &&
        (chunk.headline !== undefined || chunk.body.length > 0) &&
        next !== undefined &&
        isTitleBlockLine(next, items) &&
        // In Markdown or HTML only a heading opens an article there, and not a lesser one than the article's own (a scene break before a subhead).
        (options.plainText === true
          ? next.hint?.heading === undefined
          : next.hint?.heading !== undefined && next.hint.heading <= (chunk.headline?.hint?.heading ?? next.hint.heading));
      i += 1;
      continue;
    }
    if (line.hint?.subhead && chunk) {
      addBodyLine(chunk, layoutLine(line, LineKind.subhead));
      i += 1;
      continue;
    }
    if (marker?.direction === 'from' && marker.from === 0 && !options.article) {
      // （上接1版）…: a continuation. A title block just opened may repeat the headline.
      if (!chunk || chunk.body.length > 0) chunks.push((chunk = newChunk()));
      chunk.continuedFrom = marker.page;
      addBodyLine(chunk, layoutLine(line, lineKind(line)));
      i += 1;
      continue;
    }
    // A head's labelled field under its furniture (`标题：…` / `来源：…` / `原文链接：…` / `作者：…`): the head's, not a subhead.
    if (chunk?.headline !== undefined && chunk.body.length === 0 && addLabelledField(chunk, line)) {
      i += 1;
      continue;
    }
    // A story's closing lines (a byline, `许翔宇 报道`; a letter's signature and date, 落款): its last lines, never a head.
    const closed = chunk && chunk.body.length > 0 ? closingEnd(lines, i, items) : undefined;
    if (chunk && closed !== undefined) {
      for (const closing of lines.slice(i, closed)) addBodyLine(chunk, layoutLine(closing, LineKind.paragraph));
      divided = false;
      i = closed;
      continue;
    }
    // (A named question with its answer right under it, `市民李先生问：…能不能在手机上办？` / `市医保局答：…`, is a turn, never a head.)
    const answered =
      matchNamedTurn(line.text)?.turn === 'question' &&
      next !== undefined &&
      (matchNamedTurn(next.text)?.turn === 'answer' || matchInterviewTurn(next.text)?.turn === 'answer');
    if (!answered && isTitleBlockLine(line, items) && !(chunk && asksOnLineAbove(chunk)) && (isMarkedTitle(line, items) || !runsInto(line, next))) {
      let end = blockEnd(lines, i, items);
      // A post's `往期推荐` over its links to other posts ends the block above it: the line before it is the post's own last line.
      const related = lines.slice(i + 1, end).findIndex((blockLine, k) => isRelatedHeading(blockLine.text) && listsLinks(lines, i + 2 + k));
      if (related !== -1) end = i + 1 + related;
      const block = lines.slice(i, end);
      /** No blank line stands over the block: it is right under the line above. */
      const underText = !blankBefore(lines, i);
      const after = lines[end];
      if (
        chunk &&
        after &&
        asksNext(chunk, block, after) &&
        (!block.some((blockLine) => isItemHeading(blockLine, items)) || answersAgain(chunk, lines, end + 1))
      ) {
        // Topic and headline of one question in a transcript.
        const kinds: LineKind[] = block.length === 2 ? [LineKind.topic, LineKind.qaHeadline] : [LineKind.qaHeadline];
        block.forEach((blockLine, k) => addBodyLine(chunk!, layoutLine(blockLine, kinds[k]!)));
      } else if (
        !chunk ||
        (chunk.headline === undefined &&
          chunk.body.length === 0 &&
          (!chunk.extras?.length ||
            chunk.extras.every((extra) => DIVIDER.test(extra.text)) ||
            (options.article && !(block.length === 1 && lines[i - 1]?.hint?.media === true && !lines[i - 1]?.hint?.properties))))
      ) {
        // (In a file of one article, what stands above its first head — an image, a post's furniture — is the article's too;
        // but a single line right under an image is its caption, `（资料图）`, no head. A rule under the masthead holds no head back.)
        const opened = titleChunk(block, items, options.layout, after);
        // A chunk with no headline and no text yet gives way to the head under it, and hands it what it holds.
        if (chunk && takesOver(opened, chunk)) chunks.pop();
        chunks.push((chunk = opened));
      } else if (
        (chunk.headline !== undefined || options.article) &&
        (chunk.body.length === 0 || isEditorsNoteOnly(chunk)) &&
        chunk.bylines.length === 0 &&
        block.every((blockLine) => matchBylineLine(blockLine.text))
      ) {
        // A byline under the head (or atop a file of one article), below what a post prints between them (`点击蓝字 关注我们`, an image): the article's byline.
        // (Below the editor's note that opens a series' first piece too: `编者按：…` / `本报记者　程　露` / the text.)
        for (const blockLine of block) chunk.bylines.push(layoutLine(blockLine, LineKind.byline));
      } else if (
        (!options.article || block.some((blockLine) => splitsArticleFile(blockLine, topHeading) || digest.has(blockLine))) &&
        !isLesserHeading(block, chunk, after) &&
        !opensBox(block, chunk, blankLines && underText, after) &&
        (divided ||
          startsNewArticle(
            block,
            after,
            items,
            options.layout,
            marked
              ? undefined
              : {
                  current: chunk,
                  following: followingText(lines, end, items),
                  followingLength: followingLength(lines, end, items),
                  headsTranscript: headsTranscript(lines, end, items),
                  setOff: setOff.has(line) && opensBySetOff(i),
                  apart: setOff.has(line),
                  glued: setOff.size > 0 && underText,
                },
          ))
      ) {
        chunks.push((chunk = titleChunk(block, items, options.layout, after)));
      } else {
        for (const blockLine of block) addBodyLine(chunk, layoutLine(blockLine, matchBylineLine(blockLine.text) ? LineKind.paragraph : LineKind.subhead));
      }
      divided = false;
      i = end;
      continue;
    }
    if (!chunk) chunks.push((chunk = newChunk()));
    addBodyLine(chunk, layoutLine(line, lineKind(line)));
    divided = false;
    i += 1;
  }
  return withDigestTitle(withoutBareExtras(chunks), new Set([...digest, ...items].map((item) => item.line)));
}

/** Longest rubric a digest groups its items under (`【要闻】`, `【国际】`, `【天气】`). */
const RUBRIC_MAX = 4;

/**
 * A digest's own title over its items (`双语新闻精选（2024年4月7日）` over `1. 标题` …, `江城晚报早班车` over its stories), and a
 * rubric over a group of them (`【要闻】` over `◆标题：…` items): a head with no text of its own right over one of the page's
 * marked items, on a page of two or more, is the digest's name or the group's, kept as printed with the item under it —
 * not an article with no text.
 */
function withDigestTitle(chunks: Chunk[], itemLines: ReadonlySet<number>): Chunk[] {
  const isItem = (chunk: Chunk | undefined): boolean => chunk?.headline !== undefined && itemLines.has(chunk.headline.line);
  if (chunks.filter(isItem).length < 2) return chunks;
  const kept: Chunk[] = [];
  for (const [index, chunk] of chunks.entries()) {
    const next = chunks[index + 1];
    if (
      chunk.headline === undefined ||
      next === undefined ||
      !isItem(next) ||
      // (An item with no text of its own is an item still, its text missing, unless it is a section's short rubric: `【要闻】`.)
      (isItem(chunk) && !(isRubric(chunk.headline.text) && charLength(chunk.headline.text.replace(/^【|】$/gu, '')) <= RUBRIC_MAX)) ||
      chunk.body.length > 0 ||
      chunk.subtitles.length > 0 ||
      chunk.bylines.length > 0 ||
      chunk.continuedFrom !== undefined
    ) {
      kept.push(chunk);
      continue;
    }
    const heads = [chunk.banner, chunk.kicker, chunk.headline, ...(chunk.summary ?? [])].filter((line) => line !== undefined);
    // A roundup's name alone over its marked items (`## 健康速递` / `**【市中心医院开通…】**`) is the first item's rubric, as
    // printed over it; `roundup-items.ts` gives it to the items after.
    if (next.banner === undefined && heads.length === 1 && !chunk.extras?.length && isRoundupName(heads[0]!.content)) {
      next.banner = { ...heads[0]!, kind: LineKind.banner };
      continue;
    }
    next.extras = [...(chunk.extras ?? []), ...heads.map((line) => ({ ...line, kind: LineKind.paragraph })), ...(next.extras ?? [])];
  }
  return kept;
}

/**
 * Whether a head just opened can take the place of the chunk before it,
 * which has no headline and no text: it inherits the chunk's page
 * continuation and its kicker (a `引题：` printed over a later `标题：`), and
 * takes over nothing else, so that no head line is lost. A chunk holding
 * more (subtitles, bylines, a second kicker) stays a section of its own, and
 * its missing title is reported.
 */
function takesOver(opened: Chunk, previous: Chunk): boolean {
  if (previous.subtitles.length > 0 || previous.bylines.length > 0 || previous.summary?.length || previous.kicker) return false;
  if (previous.banner) {
    if (opened.banner) return false;
    opened.banner = previous.banner;
  }
  if (previous.continuedFrom !== undefined) opened.continuedFrom ??= previous.continuedFrom;
  if (previous.extras?.length) opened.extras = [...previous.extras, ...(opened.extras ?? [])];
  return true;
}

/**
 * A record's line of source and date (`【来源】运河日报【日期】2024-04-15【版次】第02版`): a source or page beside the date, not a time alone;
 * or a database export's field of a record's head (`報章：明報`, `版面：A10`, `字數：582`) or its head on one line (`明報 | 2024-10-05 | A10`).
 */
function isRecordLine(text: string): boolean {
  const info = matchInfoLine(text);
  if (info !== undefined && (info.paper !== undefined || info.page !== undefined)) return true;
  // A field, not a sentence that opens on such a word (`来源：国家统计局。2023年……`).
  // (A library's own fields, `关键词：`, `单位：`, are a record's only in its head: in a text, `关键词：新质生产力` is a subhead.)
  const field = recordFields(text).some(({ field: kind }) => kind !== 'meta') && charLength(text) <= 40 && !/[。！？；]/u.test(text);
  return field || matchBarHeader(text) !== undefined;
}

/**
 * Whether a title block of at most two lines is the topic (and headline) of
 * the next question of a transcript: an asker (`新华社记者：`) under it, or
 * a `问：` turn under a single line in an interview that has had turns (a
 * `问：` under the first head, or under a head with its own subtitle, starts an interview).
 */
function asksNext(chunk: Chunk, block: RawLine[], after: RawLine): boolean {
  if (block.length > 2) return false;
  if (matchAsker(after.text)) return true;
  return block.length === 1 && matchInterviewTurn(after.text)?.turn === 'question' && chunk.body.some(isTranscriptLine);
}

/** Lines looked at under an asker for the answer to its question. */
const ANSWER_LOOKAHEAD = 3;

/**
 * Whether the question under a heading is answered by someone who has answered in the transcript under way
 * (`刘晓明：…` before and after `【…】` / `路透社记者：`): the heading is the next question's topic, however a digest
 * marks its items, not the head of another story.
 */
function answersAgain(chunk: Chunk, lines: RawLine[], from: number): boolean {
  const answerers = new Set<string>();
  for (const line of chunk.body) {
    const speaker = line.kind === LineKind.paragraph ? matchSpeaker(line.content)?.speaker : undefined;
    if (speaker !== undefined) answerers.add(speaker);
  }
  if (answerers.size === 0) return false;
  for (const line of lines.slice(from, from + ANSWER_LOOKAHEAD)) {
    if (matchAsker(line.text)) return false;
    const speaker = matchSpeaker(line.text)?.speaker;
    if (speaker !== undefined) return answerers.has(speaker);
  }
  return false;
}

/** Whether the chunk's last line is an asker alone on its line (`新华社记者：`, `问：`): the line under it is the question, however short. */
function asksOnLineAbove(chunk: Chunk): boolean {
  const last = chunk.body.at(-1);
  if (!last) return false;
  if (last.kind === LineKind.asker) return matchAsker(last.content)?.rest === '';
  return last.kind === LineKind.paragraph && matchInterviewTurn(last.content)?.rest.trim() === '';
}

/** Lines looked at under a title for the first question of a transcript. */
const TRANSCRIPT_LOOKAHEAD = 6;

/**
 * Whether a transcript starts under a title block: an asker or a `问：`
 * turn within a few lines, before any other head (only a question's own
 * topic and headline may stand between, right over its asker).
 */
function headsTranscript(lines: RawLine[], from: number, items: Set<RawLine>): boolean {
  for (let index = from; index < Math.min(lines.length, from + TRANSCRIPT_LOOKAHEAD); index += 1) {
    const line = lines[index]!;
    if (matchAsker(line.text) || matchInterviewTurn(line.text)?.turn === 'question') return true;
    // Another head: a question's topic and headline over a press asker, or the head of something else.
    if (isTitleBlockLine(line, items)) return matchAsker(lines[blockEnd(lines, index, items)]?.text ?? '') !== undefined;
  }
  return false;
}

/** Whether a line (the one under a page's label) is a head line, not running text: the label over its first headline (`B3 财经` / `马股全日挫5点`). */
function isHeadLine(next: RawLine | undefined): boolean {
  return next !== undefined && isTitleLine(next.text) && next.hint?.opensParagraph !== true;
}

/**
 * Whether a head block is a lesser heading of markup than the headline of the article it stands in, under its text
 * (`## 可降解镁合金骨钉进入临床试验` / text / `### 从实验室到手术台`, an `<h3>` under an `<h2>` story): the article's own
 * subhead, as an export's levels say, however far its text turns. (A digest's items, marked by a roundup's heading
 * of the same level or higher, still open articles; so does a lesser heading right over a lead or byline.)
 */
function isLesserHeading(block: RawLine[], chunk: Chunk, after: RawLine | undefined): boolean {
  const level = chunk.headline?.hint?.heading;
  const first = block[0]!;
  if (after !== undefined && (opensWithLead(after.text) || matchBylineLine(after.text) !== undefined)) return false;
  // (Not a printed page's sizes, `bySize`: a page sets its lead story's headline larger than the next story's.)
  if (level === undefined || chunk.headline?.hint?.bySize === true || first.hint?.bySize === true) return false;
  return chunk.body.length > 0 && first.hint?.heading !== undefined && first.hint.heading > level && block.length === 1;
}

/**
 * Whether a head block is a box's label under an article's text, with the box's title under it perhaps (`小檔案` /
 * `台南運河`, `■提醒`, `## 编辑点评`): the article's own box, its lines subheads — alone on its line, or right under the
 * text with no blank line between (`glued`, only where the page has blank lines at all). A label and a headline set
 * apart by a blank line, or on a page of none, over text of their own, head a piece of their own (`記者手記` /
 * `北上消費熱 兩地都要「接得住」`) — but not a reference box (`小檔案`, `相关链接`) where blank lines part the article's own
 * paragraphs. Never over a lead or a byline.
 */
function opensBox(block: RawLine[], chunk: Chunk, glued: boolean, after: RawLine | undefined): boolean {
  if (chunk.body.length === 0 || !isBoxLabel(block[0]!.text)) return false;
  if (block.slice(1).some((line) => matchBylineLine(line.text) !== undefined || opensWithLead(line.text))) return false;
  // (A reference box, `小檔案` / `北港朝天宮`, is the article's even set apart, where blank lines part the article's own
  // paragraphs — not a related story under the label, `相关阅读` / `赏花专线今起开通` / `本报讯（记者 李娜）…`.)
  if (block.length === 1 || glued) return true;
  return isReferenceBoxLabel(block[0]!.text) && (after === undefined || !opensWithLead(after.text)) && partsParagraphs(chunk);
}

/** Whether the article's own paragraphs stand apart by blank lines (two or more, a blank line between two of them). */
function partsParagraphs(chunk: Chunk): boolean {
  const paragraphs = chunk.body.filter((line) => line.kind === LineKind.paragraph);
  return paragraphs.some((line, index) => index > 0 && line.position.start.line > paragraphs[index - 1]!.position.end.line + 1);
}

/** A chunk whose text so far is the editor's note that opens it (`编者按：…`), one paragraph. */
function isEditorsNoteOnly(chunk: Chunk): boolean {
  return chunk.body.length === 1 && chunk.body[0]!.kind === LineKind.paragraph && EDITOR_NOTE.test(chunk.body[0]!.content);
}

/**
 * Whether a line closes the chunk's text with its reporters' names
 * (`（记者 韦阳海）` under the text): a closing byline, read as the story's
 * byline and kept at its place in the text, as `许翔宇 报道` is — not
 * furniture, as a unit's credit in brackets is (`（综合办　许诺）`).
 */
function closesWithByline(chunk: Chunk | undefined, line: RawLine): boolean {
  return chunk !== undefined && chunk.body.length > 0 && matchClosingByline(line.text) !== undefined;
}

/**
 * The index after the closing lines of a text that start at `start`: a
 * byline on its last line over the next head (`许翔宇 报道`), or a signature.
 */
function closingEnd(lines: RawLine[], start: number, items: Set<RawLine>): number | undefined {
  const line = lines[start]!;
  const next = lines[start + 1];
  // (Or over a script's next mark, `（澧水之声记者 蒋琴 报道）` / `【结束语】`.)
  // (And a note on its author, `（作者系北湖师范学院文学院教授）`: no kicker of the head under it.)
  if (line.hint?.heading === undefined && closesStory(line.text) && (!next || isTitleBlockLine(next, items) || isStructureLine(next.text))) return start + 1;
  // A story's credit on a line of its own (`（《人民日报》2024年3月16日 01版）`) closes it: a head under it opens the next story.
  if (line.hint?.heading === undefined && isStoryCredit(line.text) && next !== undefined && isTitleBlockLine(next, items)) return start + 1;
  const signed = signatureEnd(lines, start, items);
  if (signed !== undefined) return signed;
  // A line of contact the story closes on (`联系电话：0576-8123××××`), a head right under it: the story's, never a headline.
  // (Not over a signer, which a signature's date would follow.)
  if (line.hint?.heading === undefined && isContactLine(line.text) && next !== undefined && isTitleBlockLine(next, items) && !isSigner(next.text))
    return start + 1;
  return undefined;
}

/**
 * The index after a signature that starts at `start` (a signer or two over a
 * date alone), when the text ends there: the page ends, or a head, a
 * divider or a picture follows.
 * Not in markup's headings, and not over more text (a chronicle's date over
 * its day's events is a subhead).
 */
function signatureEnd(lines: RawLine[], start: number, items: Set<RawLine>): number | undefined {
  // (Under a notice's lines of contact, `咨询电话：…` / `云台市公共资源交易中心` / `2024年10月23日`: its closing lines too.)
  let signer = start;
  while (signer < Math.min(lines.length, start + CONTACT_LINES_MAX) && lines[signer]!.hint?.heading === undefined && isContactLine(lines[signer]!.text))
    signer += 1;
  // (Contact lines with no signer and date under them make no signature: `closingEnd` reads a story's last one.)
  for (let date = signer; date < Math.min(lines.length, signer + SIGNER_LINES_MAX + 1); date += 1) {
    const line = lines[date]!;
    if (line.hint?.heading !== undefined || items.has(line) || line.hint?.media) return undefined;
    if (isSignatureDate(line.text)) {
      const after = lines[date + 1];
      // (A byline or a lead under the date: the date was a head's, `运河大桥今日通车` / `2024年3月1日` / `本报记者 李明`.)
      const ends =
        after === undefined ||
        (isTitleBlockLine(after, items) && !matchBylineLine(after.text) && !isLead(after.text)) ||
        after.hint?.media === true ||
        isStructureLine(after.text);
      return ends ? date + 1 : undefined;
    }
    if (!isSigner(line.text) || matchAsker(line.text) || isStructureLine(line.text)) return undefined;
  }
  return undefined;
}

/** The index after the title block that starts at `start`. */
function blockEnd(lines: RawLine[], start: number, items: Set<RawLine>): number {
  let end = start + 1;
  while (end < lines.length && isBlockContinuation(lines, end, items)) end += 1;
  return end;
}

/** Paragraphs compared for a topic change under a lone title line. */
const FOLLOWING_LINES = 3;

/** The text under a title block: up to three lines, ending at the next line that could open a head. */
export function followingText(lines: RawLine[], from: number, items: Set<RawLine>): string {
  // (Read as its paragraphs: a line a hard wrap or extraction broke off mid-sentence goes on in the next, and a lead's first
  // sentence runs on past the break, `日前，中央軍委印發通報，對9個全軍軍事訓練先進單` / `位和20名…予以表彰。`.)
  return linesUnder(lines, from, items, FOLLOWING_LINES).reduce(
    (text, line, index) =>
      index === 0 ? line.text : `${text}${line.hint?.wrapped === true || continuesInto(text.split('\n').at(-1)!, line.text) ? '' : '\n'}${line.text}`,
    '',
  );
}

/** Characters of all the plain text under a line, up to the next head or question. */
function followingLength(lines: RawLine[], from: number, items: Set<RawLine>): number {
  return linesUnder(lines, from, items, Infinity).reduce((sum, line) => sum + charLength(line.text), 0);
}

/** Up to `count` lines of plain text from `from`: another head (or a question) under a line is not its story's text. */
function linesUnder(lines: RawLine[], from: number, items: Set<RawLine>, count: number): RawLine[] {
  const taken: RawLine[] = [];
  for (let index = from; index < lines.length && taken.length < count; index += 1) {
    const line = lines[index]!;
    if (isTitleBlockLine(line, items) || matchAsker(line.text)) break;
    taken.push(line);
  }
  return taken;
}

function lineKind(line: RawLine): LineKind {
  if (matchAsker(line.text)) return LineKind.asker;
  const markers = findJumpMarkers(line.text);
  const rest = markers.reduceRight((text, marker) => text.slice(0, marker.from) + text.slice(marker.to), line.text);
  if (markers.length > 0 && rest.trim() === '') return LineKind.jump;
  return LineKind.paragraph;
}

/** Extras standing alone (a table of contents before the first item) go with the chunk that follows them, or the one before. */
function withoutBareExtras(chunks: Chunk[]): Chunk[] {
  const kept: Chunk[] = [];
  let pending: Chunk['extras'] = [];
  for (const chunk of chunks) {
    if (holdsOnlyExtras(chunk)) {
      pending = [...pending, ...(chunk.extras ?? [])];
      continue;
    }
    if (pending.length > 0) chunk.extras = [...pending, ...(chunk.extras ?? [])];
    pending = [];
    kept.push(chunk);
  }
  const last = kept.at(-1);
  if (pending.length > 0) {
    if (last) last.extras = [...(last.extras ?? []), ...pending];
    else kept.push({ subtitles: [], bylines: [], body: [], extras: pending });
  }
  return kept;
}
