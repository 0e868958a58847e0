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
import { continuesInto } from './continuation.ts';
import { slicePosition } from './lines.ts';
import { charLength } from './punctuation.ts';
import { matchAsker } from './rules/asker.ts';
import { isBanner } from './rules/banner.ts';
import { isLead, isReporterList, matchBylineLine, matchLeadByline } from './rules/byline.ts';
import { matchDateline } from './rules/dateline.ts';
import { findJumpMarkers } from './rules/jump-marker.ts';
import { isMastheadExtra } from './rules/masthead-extra.ts';
import { matchPageHeader } from './rules/page-header.ts';
import { matchInterviewTurn } from './rules/speaker.ts';
import { matchLabelledField } from './rules/labelled-field.ts';
import { isStructureLine } from './rules/structure-line.ts';
import { isBracketHeading, isDashSubtitle, isSummaryLine, isTitleLine } from './rules/title-line.ts';
import { LineKind, type Chunk, type LayoutLine, type PageHeader, type RawLine } from './types.ts';

/** Longest line (in characters) taken for a page rubric by its length alone. */
const RUBRIC_MAX = 4;

/** How close to a page header (in lines) a repeated masthead or date line is header material. */
const REPEAT_WINDOW = 3;

/** One page of a file: a file holds one page, or a whole issue with a `第N版` line before each page. */
export interface PageSegment {
  /** The page number printed (`第N版`), when there is one. */
  page?: number;
  /** The page header line as printed. */
  pageHeader?: string;
  chunks: Chunk[];
}

export interface BodyOptions {
  /** The file holds one article. */
  article: boolean;
}

/** Cut the body at each line that is a page header (`第2版`), for files that hold a whole issue. */
export function splitPages(header: PageHeader, lines: RawLine[], options: BodyOptions): PageSegment[] {
  const first: PageSegment = { chunks: [] };
  if (header.page !== undefined) first.page = header.page;
  if (header.pageHeader !== undefined) first.pageHeader = header.pageHeader;
  const repeated = repeatedHeader(header, lines);
  const segments: Array<{ segment: PageSegment; lines: RawLine[] }> = [{ segment: first, lines: [] }];
  for (const line of lines) {
    if (repeated.has(line)) continue;
    const pageHeader = line.hint === undefined ? matchPageHeader(line.text) : undefined;
    if (pageHeader && !options.article) segments.push({ segment: { page: pageHeader.page, pageHeader: line.text, chunks: [] }, lines: [] });
    else segments.at(-1)!.lines.push(line);
  }
  const numbered = numberedItems(lines);
  return segments
    .filter(({ segment, lines: body }, index) => index === 0 || body.length > 0 || segment.page !== undefined)
    .map(({ segment, lines: body }) => ({ ...segment, chunks: parseBody(body, options, numbered) }));
}

/**
 * The masthead, date line and masthead extras printed again at the top of
 * each page of a whole-issue file: header material, not articles. They are
 * recognised next to a page header, or as the same masthead text or a date
 * line of the same date.
 */
function repeatedHeader(header: PageHeader, lines: RawLine[]): Set<RawLine> {
  const repeated = new Set<RawLine>();
  const pageHeaders = lines.flatMap((line, index) => (line.hint === undefined && matchPageHeader(line.text) ? [index] : []));
  for (const at of pageHeaders) {
    for (let index = Math.max(0, at - REPEAT_WINDOW); index <= Math.min(lines.length - 1, at + REPEAT_WINDOW); index += 1) {
      const line = lines[index]!;
      const isMasthead = header.mastheadLine !== undefined && line.text === header.mastheadLine.text;
      const isDate = matchDateline(line.text)?.date === header.date || (header.dateLine !== undefined && line.text === header.dateLine.text);
      if (isMasthead || isDate || (isMastheadExtra(line.text) && charLength(line.text) <= 40)) repeated.add(line);
    }
  }
  return repeated;
}

/**
 * Numbered item headings of a digest (`1. 标题`, `2、标题`): numbered
 * title-like lines whose numbers run 1, 2, 3… through the file, at least three.
 */
function numberedItems(lines: RawLine[]): Set<RawLine> {
  const items: RawLine[] = [];
  for (const line of lines) {
    const match = /^([0-9]{1,2})[.、．]\s*(\S.*)$/u.exec(line.text);
    if (match && Number(match[1]) === items.length + 1 && isTitleLine(match[2] ?? '')) items.push(line);
  }
  return items.length >= 3 ? new Set(items) : new Set();
}

/** Classify one line by itself, lifting jump markers out of its text. */
function layoutLine(line: RawLine, kind: LineKind): LayoutLine {
  const markers = findJumpMarkers(line.text);
  let content = line.text;
  for (const marker of [...markers].reverse()) content = content.slice(0, marker.from) + content.slice(marker.to);
  return {
    ...line,
    kind,
    content: content.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''),
    jumps: markers.map((marker) => ({
      direction: marker.direction,
      page: marker.page,
      printed: marker.printed,
      position: slicePosition(line, marker.from, marker.to),
    })),
  };
}

/** A line that can belong to a title block: a banner, kicker, headline, subtitle, summary or byline. */
function isTitleBlockLine(line: RawLine, item: Set<RawLine>): boolean {
  if (line.hint?.media || isStructureLine(line.text)) return false;
  if (line.hint?.heading !== undefined || item.has(line) || isBracketHeading(line.text)) return true;
  const labelled = matchLabelledField(line.text);
  if (labelled) return labelled.field !== 'byline' || matchAsker(line.text) === undefined;
  if (isReporterList(line.text)) return true;
  if (matchAsker(line.text) || matchInterviewTurn(line.text)) return false;
  // A lead (`本报讯（记者 某某）…`) opens a body, however short.
  if (isLead(line.text) || matchLeadByline(line.text) !== undefined) return false;
  if (findJumpMarkers(line.text).some((marker) => marker.from === 0)) return false;
  return isTitleLine(line.text) || isDashSubtitle(line.text) || isSummaryLine(line.text) || matchBylineLine(line.text) !== undefined;
}

/** A line that is a title on its markup alone: a heading, a numbered digest item, a labelled title (`标题：…`). */
function isMarkedTitle(line: RawLine, item: Set<RawLine>): boolean {
  return line.hint?.heading !== undefined || item.has(line) || matchLabelledField(line.text)?.field === 'title';
}

/** A title on its own: marked, or a whole-line bracketed item heading (`【标题】`) of a digest. */
function isItemHeading(line: RawLine, item: Set<RawLine>): boolean {
  return isMarkedTitle(line, item) || isBracketHeading(line.text);
}

function parseBody(lines: RawLine[], options: BodyOptions, items: Set<RawLine>): Chunk[] {
  const chunks: Chunk[] = [];
  /** The highest heading level of the page: in a file of one article, headings of that level still open items (an export of several). */
  const topHeading = Math.min(...lines.slice(0, 2000).map((line) => line.hint?.heading ?? 99));
  let chunk: Chunk | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const marker = findJumpMarkers(line.text)[0];
    if (line.hint?.media || isStructureLine(line.text)) {
      if (!chunk) chunks.push((chunk = newChunk()));
      (chunk.extras ??= []).push(layoutLine(line, LineKind.paragraph));
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
    if (isTitleBlockLine(line, items) && (isMarkedTitle(line, items) || !(next && continuesInto(line.text, next.text)))) {
      let end = i + 1;
      while (end < lines.length && isBlockContinuation(lines, end, items)) end += 1;
      const block = lines.slice(i, end);
      const after = lines[end];
      if (chunk && after && matchAsker(after.text) && block.length <= 2 && !block.some((blockLine) => isItemHeading(blockLine, items))) {
        // Topic and headline of one question in a transcript.
        const kinds: LineKind[] = block.length === 2 ? [LineKind.topic, LineKind.qaHeadline] : [LineKind.qaHeadline];
        block.forEach((blockLine, k) => addBodyLine(chunk!, layoutLine(blockLine, kinds[k]!)));
      } else if (!chunk || (chunk.headline === undefined && chunk.body.length === 0 && !chunk.extras?.length)) {
        const opened = titleChunk(block, items);
        if (chunk && chunk.continuedFrom !== undefined) opened.continuedFrom ??= chunk.continuedFrom;
        if (chunk) chunks.pop();
        chunks.push((chunk = opened));
      } else if ((!options.article || block.some((blockLine) => splitsArticleFile(blockLine, topHeading))) && startsNewArticle(block, after, items)) {
        chunks.push((chunk = titleChunk(block, items)));
      } else {
        for (const blockLine of block) addBodyLine(chunk, layoutLine(blockLine, matchBylineLine(blockLine.text) ? LineKind.paragraph : LineKind.subhead));
      }
      i = end;
      continue;
    }
    if (!chunk) chunks.push((chunk = newChunk()));
    addBodyLine(chunk, layoutLine(line, lineKind(line)));
    i += 1;
  }
  return chunks;
}

/** In a file that holds one article, only a top-level heading opens another item. */
function splitsArticleFile(line: RawLine, topHeading: number): boolean {
  return line.hint?.heading !== undefined && line.hint.heading <= topHeading;
}

/** Whether the line at `index` goes on the title block above it. */
function isBlockContinuation(lines: RawLine[], index: number, items: Set<RawLine>): boolean {
  const line = lines[index]!;
  const next = lines[index + 1];
  // A new marked heading starts a block of its own, unless it is a lower-level heading right under the first (a subtitle).
  if (isMarkedTitle(line, items) && !(line.hint?.heading !== undefined && (lines[index - 1]?.hint?.heading ?? 99) < line.hint.heading)) return false;
  // A labelled field (`副标题：`, `作者：`) goes on the block it follows.
  if (matchLabelledField(line.text) && matchLabelledField(line.text)?.field !== 'title') return true;
  if (!isTitleBlockLine(line, items)) return false;
  return isMarkedTitle(line, items) || isDashSubtitle(line.text) || !(next && continuesInto(line.text, next.text));
}

function lineKind(line: RawLine): LineKind {
  if (matchAsker(line.text)) return LineKind.asker;
  const markers = findJumpMarkers(line.text);
  const rest = markers.reduceRight((text, marker) => text.slice(0, marker.from) + text.slice(marker.to), line.text);
  if (markers.length > 0 && rest.trim() === '') return LineKind.jump;
  return LineKind.paragraph;
}

/**
 * A title block inside an article opens a new article when it looks like a
 * full article head: a marked heading, two or more lines, a banner or
 * byline, or a lead (`本报讯`, `新华社…电`) right under it.
 */
function startsNewArticle(block: RawLine[], after: RawLine | undefined, items: Set<RawLine>): boolean {
  if (block.some((line) => isItemHeading(line, items))) return true;
  if (block.length >= 2) return true;
  if (block.some((line) => isBanner(line.text) || matchBylineLine(line.text))) return true;
  return after !== undefined && (isLead(after.text) || matchLeadByline(after.text) !== undefined);
}

function newChunk(): Chunk {
  return { subtitles: [], bylines: [], body: [] };
}

/** Sort a title block into banner or kicker, headline, subtitles, summary and bylines. */
function titleChunk(block: RawLine[], items: Set<RawLine>): Chunk {
  const chunk = newChunk();
  const rest: RawLine[] = [];
  for (const line of block) {
    const labelled = matchLabelledField(line.text);
    if (labelled && labelled.field !== 'title') {
      const laid = withContent(layoutLine(line, LineKind.subtitle), labelled.value);
      if (labelled.field === 'subtitle') chunk.subtitles.push(laid);
      else if (labelled.field === 'kicker') chunk.banner = { ...laid, kind: LineKind.banner };
      else if (labelled.field === 'byline') chunk.bylines.push({ ...laid, kind: LineKind.byline });
      else (chunk.summary ??= []).push(laid);
    } else if (matchBylineLine(line.text) && !isMarkedTitle(line, items)) chunk.bylines.push(layoutLine(line, LineKind.byline));
    else if (isSummaryLine(line.text) && rest.length > 0) (chunk.summary ??= []).push(layoutLine(line, LineKind.subtitle));
    else rest.push(line);
  }
  // The headline: the first marked heading when there is one; the lines above it are a banner or kicker.
  const marked = rest.findIndex((line) => isMarkedTitle(line, items));
  if (marked > 0) chunk.banner ??= layoutLine(rest.splice(0, marked).at(-1)!, LineKind.banner);
  else if (
    marked === -1 &&
    chunk.banner === undefined &&
    (rest.length >= 3 || (rest.length === 2 && isRubric(rest[0]!.text) && !isDashSubtitle(rest[1]!.text) && !isRubric(rest[1]!.text)))
  ) {
    // Three or more lines, or a first line that reads as a banner: the first is the banner (or kicker).
    chunk.banner = layoutLine(rest.shift()!, LineKind.banner);
  }
  const headline = rest.shift();
  if (headline) chunk.headline = headlineLine(headline);
  for (const line of rest) chunk.subtitles.push(layoutLine(line, LineKind.subtitle));
  for (const line of [chunk.banner, chunk.headline, ...chunk.subtitles]) recordJumps(chunk, line);
  return chunk;
}

/** A headline's text: without its label (`标题：`), without the brackets of a whole-line item heading (`【标题】`). */
function headlineLine(line: RawLine): LayoutLine {
  const laid = layoutLine(line, LineKind.headline);
  const labelled = matchLabelledField(line.text);
  if (labelled?.field === 'title') return withContent(laid, labelled.value);
  if (isBracketHeading(laid.content)) return withContent(laid, laid.content.slice(1, -1));
  return laid;
}

function withContent(line: LayoutLine, content: string): LayoutLine {
  return { ...line, content };
}

/** A page rubric above a headline: a banner by its wording, a bracketed label, or a label too short to be a headline (`体育`, `社區`). */
function isRubric(text: string): boolean {
  return isBanner(text) || isBracketHeading(text) || charLength(text) <= RUBRIC_MAX;
}

function addBodyLine(chunk: Chunk, line: LayoutLine): void {
  chunk.body.push(line);
  recordJumps(chunk, line);
}

function recordJumps(chunk: Chunk, line: LayoutLine | undefined): void {
  for (const jump of line?.jumps ?? []) {
    if (jump.direction === 'to') chunk.continuedTo = jump.page;
    else chunk.continuedFrom ??= jump.page;
  }
}
