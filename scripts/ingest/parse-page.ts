/**
 * Parse one decoded page file into its header (masthead, date line, page
 * number, masthead extras) and its chunks (article-like runs of lines).
 *
 * The grammar, top to bottom:
 *   page    = header chunk*
 *   header  = masthead (extra | pageHeader)* dateline (extra | pageHeader)*
 *   chunk   = titleBlock? body   — or a continuation opened by （上接N版）
 *   body    = (paragraph | subhead | topic qaHeadline? asker | asker | jump)*
 * Each line is classified by the small rules in `rules/`.
 */
import type { VFile } from 'vfile';
import { continuesInto, isTitleLike } from './continuation.ts';
import { slicePosition, splitLines } from './lines.ts';
import { charLength } from './punctuation.ts';
import { Rule, error } from './report.ts';
import { matchAsker } from './rules/asker.ts';
import { isBanner } from './rules/banner.ts';
import { matchBylineLine, matchLeadByline } from './rules/byline.ts';
import { matchDateline } from './rules/dateline.ts';
import { findJumpMarkers } from './rules/jump-marker.ts';
import { isMastheadExtra } from './rules/masthead-extra.ts';
import { matchPageHeader } from './rules/page-header.ts';
import { matchInterviewTurn } from './rules/speaker.ts';
import { LineKind, type Chunk, type LayoutLine, type PageHeader, type RawLine } from './types.ts';

/** Longest line (in characters) taken for a page rubric by its length alone. */
const RUBRIC_MAX = 4;

/** How far down a file the date line may stand. */
const HEADER_LINES = 8;

/** One page of a file: a file holds one page, or a whole issue with a `第N版` line before each page. */
export interface PageSegment {
  /** The page number printed (`第N版`), when there is one. */
  page?: number;
  /** The page header line as printed. */
  pageHeader?: string;
  chunks: Chunk[];
}

export interface PageParse {
  header: PageHeader;
  segments: PageSegment[];
}

export function parsePage(file: VFile): PageParse | undefined {
  const lines = splitLines(file);
  if (lines.length === 0) {
    error(file, 'The file has no text', 'put the page text in it or remove it from the input folder', undefined, Rule.emptyFile);
    return undefined;
  }
  const header = parseHeader(file, lines);
  if (!header) return undefined;
  const bodyStart = lines.indexOf(header.last) + 1;
  return { header: header.header, segments: splitPages(header.header, lines.slice(bodyStart)) };
}

/** Cut the body at each line that is a page header (`第2版`), for files that hold a whole issue. */
function splitPages(header: PageHeader, lines: RawLine[]): PageSegment[] {
  const first: PageSegment = { chunks: [] };
  if (header.page !== undefined) first.page = header.page;
  if (header.pageHeader !== undefined) first.pageHeader = header.pageHeader;
  const segments: Array<{ segment: PageSegment; lines: RawLine[] }> = [{ segment: first, lines: [] }];
  for (const line of lines) {
    const pageHeader = matchPageHeader(line.text);
    if (pageHeader) segments.push({ segment: { page: pageHeader.page, pageHeader: line.text, chunks: [] }, lines: [] });
    else segments.at(-1)!.lines.push(line);
  }
  return segments
    .filter(({ segment, lines: body }, index) => index === 0 || body.length > 0 || segment.page !== undefined)
    .map(({ segment, lines: body }) => ({ ...segment, chunks: parseBody(body) }));
}

function parseHeader(file: VFile, lines: RawLine[]): { header: PageHeader; last: RawLine } | undefined {
  const top = lines.slice(0, HEADER_LINES);
  const dateIndex = top.findIndex((line) => matchDateline(line.text));
  const first = lines[0]!;
  if (dateIndex === -1) {
    error(
      file,
      `No date line in the first ${HEADER_LINES} lines (the first line reads \`${shorten(first.text)}\`)`,
      'add a date line such as `2024年3月8日 星期五` under the masthead, or remove this file if it is not a newspaper page',
      first.position,
      Rule.noDateline,
    );
    return undefined;
  }
  const dateLine = top[dateIndex]!;
  const dateline = matchDateline(dateLine.text)!;
  const extras: string[] = [];
  let page = dateline.page?.value;
  let pageHeaderLine: string | undefined;
  let masthead: RawLine | undefined;
  for (const line of top.slice(0, dateIndex)) {
    const pageHeader = matchPageHeader(line.text);
    if (pageHeader) {
      page = pageHeader.page;
      pageHeaderLine = line.text;
    } else if (!masthead && !isMastheadExtra(line.text)) masthead = line;
    else extras.push(line.text);
  }
  if (!masthead) {
    error(
      file,
      `No masthead above the date line \`${shorten(dateLine.text)}\``,
      "add the paper's name on the first line, as printed on the page",
      dateLine.position,
      Rule.noMasthead,
    );
    return undefined;
  }
  let last = dateLine;
  for (const line of lines.slice(lines.indexOf(dateLine) + 1)) {
    const pageHeader = matchPageHeader(line.text);
    if (pageHeader) {
      page = pageHeader.page;
      pageHeaderLine = line.text;
    } else if (isMastheadExtra(line.text) && isTitleLike(line.text)) extras.push(line.text);
    else break;
    last = line;
  }
  const header: PageHeader = { paper: masthead.text, mastheadLine: masthead, date: dateline.date, dateLine, extras };
  if (dateline.weekday) header.weekday = at(dateLine, dateline.weekday);
  if (dateline.lunarDate) header.lunarDate = at(dateLine, dateline.lunarDate);
  if (dateline.pageCount)
    header.pageCount = { value: dateline.pageCount.value, position: slicePosition(dateLine, dateline.pageCount.from, dateline.pageCount.to) };
  if (page !== undefined) header.page = page;
  if (pageHeaderLine !== undefined) header.pageHeader = pageHeaderLine;
  return { header, last };
}

function at(line: RawLine, part: { printed: string; from: number; to: number }): { printed: string; position: RawLine['position'] } {
  return { printed: part.printed, position: slicePosition(line, part.from, part.to) };
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

/** A line that can belong to a title block: a banner, headline, subtitle or byline. */
function isTitleBlockLine(line: RawLine): boolean {
  if (matchAsker(line.text) || matchInterviewTurn(line.text)) return false;
  if (findJumpMarkers(line.text).some((marker) => marker.from === 0)) return false;
  return isTitleLike(line.text) || matchBylineLine(line.text) !== undefined;
}

function parseBody(lines: RawLine[]): Chunk[] {
  const chunks: Chunk[] = [];
  let chunk: Chunk | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const next = lines[i + 1];
    const marker = findJumpMarkers(line.text)[0];
    if (marker?.direction === 'from' && marker.from === 0) {
      // （上接1版）…: a continuation. A title block just opened may repeat the headline.
      if (!chunk || chunk.body.length > 0) chunks.push((chunk = newChunk()));
      chunk.continuedFrom = marker.page;
      addBodyLine(chunk, layoutLine(line, lineKind(line)));
      i += 1;
      continue;
    }
    if (isTitleBlockLine(line) && !(next && continuesInto(line.text, next.text))) {
      let end = i;
      while (end < lines.length && isTitleBlockLine(lines[end]!) && !(lines[end + 1] && continuesInto(lines[end]!.text, lines[end + 1]!.text))) end += 1;
      const block = lines.slice(i, end);
      const after = lines[end];
      if (chunk && after && matchAsker(after.text) && block.length <= 2) {
        // Topic and headline of one question in a transcript.
        const kinds: LineKind[] = block.length === 2 ? [LineKind.topic, LineKind.qaHeadline] : [LineKind.qaHeadline];
        block.forEach((blockLine, k) => addBodyLine(chunk!, layoutLine(blockLine, kinds[k]!)));
      } else if (!chunk || startsNewArticle(block, after)) {
        chunks.push((chunk = titleChunk(block)));
      } else {
        for (const blockLine of block) addBodyLine(chunk, layoutLine(blockLine, LineKind.subhead));
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

function lineKind(line: RawLine): LineKind {
  if (matchAsker(line.text)) return LineKind.asker;
  const markers = findJumpMarkers(line.text);
  const rest = markers.reduceRight((text, marker) => text.slice(0, marker.from) + text.slice(marker.to), line.text);
  if (markers.length > 0 && rest.trim() === '') return LineKind.jump;
  return LineKind.paragraph;
}

/** A title block inside an article opens a new article when it looks like a full article head. */
function startsNewArticle(block: RawLine[], after: RawLine | undefined): boolean {
  if (block.length >= 2) return true;
  if (block.some((line) => isBanner(line.text) || matchBylineLine(line.text))) return true;
  return after !== undefined && matchLeadByline(after.text) !== undefined;
}

function newChunk(): Chunk {
  return { subtitles: [], bylines: [], body: [] };
}

/** Sort a title block into banner, headline, subtitles and bylines. */
function titleChunk(block: RawLine[]): Chunk {
  const chunk = newChunk();
  const rest: RawLine[] = [];
  for (const line of block) {
    if (matchBylineLine(line.text)) chunk.bylines.push(layoutLine(line, LineKind.byline));
    else rest.push(line);
  }
  // Three or more lines, or a first line that reads as a banner: the first is the banner.
  if (rest.length >= 3 || (rest.length === 2 && isRubric(rest[0]!.text) && !/^[—－-]/u.test(rest[1]!.text))) {
    chunk.banner = layoutLine(rest.shift()!, LineKind.banner);
  }
  const headline = rest.shift();
  if (headline) chunk.headline = layoutLine(headline, LineKind.headline);
  for (const line of rest) chunk.subtitles.push(layoutLine(line, LineKind.subtitle));
  for (const line of [chunk.banner, chunk.headline, ...chunk.subtitles]) recordJumps(chunk, line);
  return chunk;
}

/** A page rubric above a headline: a banner by its wording, or a label too short to be a headline (`体育`, `社區`). */
function isRubric(text: string): boolean {
  return isBanner(text) || charLength(text) <= RUBRIC_MAX;
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

function shorten(text: string): string {
  const chars = Array.from(text);
  return chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : text;
}
