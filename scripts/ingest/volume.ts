/**
 * Bound volumes (合订本): a month's or a year's issues in one text file,
 * each opening on its own date line (under the masthead or alone:
 * `运河日报` / `2024年3月2日 星期六 …`, `1980.02.26`, `【1980年1月1日】`),
 * often after a divider (`════`) or a form feed. Cut such a file into one
 * part per issue, so that each part is dated by its own head and none is
 * read as text of the issue before it.
 *
 * A dated line opens a new issue only where an issue's head stands: it
 * gives another date than the issue so far, and the masthead stands right
 * above it, or the first page header under it (within three lines) goes
 * back to page 1 or to a page already passed. A date printed under a
 * letter (`2024年4月2日`) is no head: no page starts again under it.
 *
 * @example
 *   volumeParts(lines) // → [[…issue of 3月1日…], [运河日报, 2024年3月2日 星期六, 第1版, …]]
 */
import { letteredPage } from '../../src/archive/pages.ts';
import { isoDate } from './facts/calendar.ts';
import { isRunningHeadLine, isStoryCredit, matchDateOnlyLine, matchInfoLine, printsIssue } from './facts/from-text.ts';
import { isTitleLike } from './continuation.ts';
import { matchDateline } from './rules/dateline.ts';
import { matchPageHeader } from './rules/page-header.ts';
import { DIVIDER, isContentsHeading, isStructureLine } from './rules/structure-line.ts';
import { isAgencyName, isPaperName } from './rules/paper-name.ts';
import type { RawLine } from './types.ts';

/** How many lines under a date line its issue's first page header may stand. */
const HEAD_REACH = 3;

/** An issue's first page, plain or lettered (`第1版`, `A01`): shared with `parse-body.ts`'s page lists. */
export const FIRST_PAGES = new Set([1, letteredPage('A', 1)]);

/** The day a line gives when it is a date line or a line that is only a date (`1980.02.25`, `【1980年1月1日】`), as `YYYY-MM-DD`. */
export function lineDate(text: string): string | undefined {
  const dateline = isStoryCredit(text) ? undefined : matchDateline(text);
  if (dateline) return dateline.date;
  const only = matchDateOnlyLine(text);
  return only ? isoDate(only.year, only.month, only.day) : undefined;
}

/** The words before a date line's date (`临江日报` in `临江日报　2023年04月12日　第01版`), empty when it opens on the date. */
function nameBefore(text: string): string {
  const from = matchDateline(text)?.dateRange.from ?? 0;
  return text.slice(0, from).trim();
}

/** Whether the running head at `index` reads like the file's first date line: the same name before the date, or none and blank lines around it. */
function sameHead(lines: RawLine[], index: number, first: number): boolean {
  const name = nameBefore(lines[index]!.text);
  if (name !== nameBefore(lines[first]!.text)) return false;
  if (name !== '') return true;
  const line = lines[index]!;
  const [above, below] = [lines[index - 1], lines[index + 1]];
  return (above === undefined || above.line < line.line - 1) && (below === undefined || below.line > line.line + 1);
}

/** How many lines from the top a volume's title and its table of contents heading (`目录`) may stand. */
const FRONT_REACH = 8;

/**
 * The lines a bound volume opens with before its first issue: its own title (`荆南日报合订本` / `2024年3月（上）`) and
 * table of contents (`目　　录` / `3月1日　星期五` / `　第一版` / `　　…标题……1`), up to the first issue's head — a dated line
 * under the paper's name, or under a divider. Empty when the file opens on an issue, or has no contents heading near its
 * top (a contents list inside an issue is the issue's).
 */
export function volumeFront(lines: RawLine[]): RawLine[] {
  const contents = lines.findIndex((line, index) => index < FRONT_REACH && isContentsHeading(line.text));
  // (An issue that opens on its own head, its guide under it — `今日导读` — is no volume's front.)
  if (contents === -1 || lines.slice(0, contents).some((line) => lineDate(line.text) !== undefined)) return [];
  for (let index = contents + 1; index < lines.length; index += 1) {
    if (lineDate(lines[index]!.text) === undefined) continue;
    const head = mastheadAt(lines, index);
    if (head !== undefined) return lines.slice(0, head);
    if (DIVIDER.test(lines[index - 1]!.text.trim())) return lines.slice(0, index);
  }
  return [];
}

/** A masthead's name in Latin letters under its Chinese one (`荆南日报` / `JINGNAN DAILY`). */
const LATIN_NAME = /^[A-Z][A-Za-z .,'’&-]*$/u;

/**
 * Where the masthead over the dated line at `index` stands: the line right above when it names a paper, or the one
 * above a name in Latin letters under it (`latin`: any such name when not given; else only that one, the file's own
 * masthead's, or none when `null` — a story quoting `中国日报` / `CHINA DAILY` / a date opens no issue); `undefined` when
 * no paper's name stands there.
 */
function mastheadAt(lines: RawLine[], index: number, latin?: string | null): number | undefined {
  const [above, twoAbove] = [lines[index - 1], lines[index - 2]];
  const touching = (upper: RawLine | undefined, lower: RawLine): boolean => upper !== undefined && upper.line === lower.line - 1;
  if (above === undefined || !touching(above, lines[index]!)) return undefined;
  if (isPaperName(above.text)) return index - 1;
  if (
    latin !== null &&
    LATIN_NAME.test(above.text.trim()) &&
    (latin === undefined || above.text.trim() === latin) &&
    touching(twoAbove, above) &&
    isPaperName(twoAbove!.text)
  )
    return index - 2;
  return undefined;
}

/** The file's lines cut into one part per issue; the whole file as one part when it holds one issue. */
export function volumeParts(lines: RawLine[]): RawLine[][] {
  const firstDated = lines.findIndex((line, index) => index < 8 && lineDate(line.text) !== undefined);
  if (firstDated === -1) return [lines];
  const mastheadIndex = mastheadAt(lines, firstDated);
  const masthead = mastheadIndex === undefined ? (firstDated > 0 ? lines[firstDated - 1]!.text : undefined) : lines[mastheadIndex]!.text;
  // (The file's own masthead's name in Latin letters, if it prints one: later issues' heads repeat it.)
  const latin = mastheadIndex === firstDated - 2 ? lines[firstDated - 1]!.text.trim() : null;
  let date = lineDate(lines[firstDated]!.text);
  let pagesSeen = new Set<number>();
  const starts: number[] = [];
  for (let index = firstDated + 1; index < lines.length; index += 1) {
    const line = lines[index]!;
    const page = matchPageHeader(line.text, { lettered: true })?.page;
    if (page !== undefined) pagesSeen.add(page);
    const found = lineDate(line.text);
    if (found === undefined || found === date) continue;
    const above = lines[index - 1];
    const head = mastheadAt(lines, index, latin) ?? (above !== undefined && above.line === line.line - 1 && above.text === masthead ? index - 1 : undefined);
    const mastheadAbove = head !== undefined;
    const nextPage = lines
      .slice(index + 1, index + 1 + HEAD_REACH)
      .map((next) => matchPageHeader(next.text, { lettered: true })?.page)
      .find((value) => value !== undefined);
    // (A running head gives its page on the date's own line, `临江日报　2023年04月12日　第01版　要闻`, under the same name as the
    // file's first one — a reprint's credit, `人民日报 2023年12月28日 第1版`, names another paper; a nameless one stands apart by blank lines.)
    const ownPage = isRunningHeadLine(line.text) && sameHead(lines, index, firstDated) ? matchDateline(line.text)?.page?.value : undefined;
    const pageAgain = [nextPage, ownPage].some((value) => value !== undefined && (FIRST_PAGES.has(value) || pagesSeen.has(value)));
    if (!mastheadAbove && !pageAgain) continue;
    // The part opens at its masthead, and a divider or form feed above it stays with the issue before.
    starts.push(head ?? index);
    date = found;
    pagesSeen = new Set();
  }
  return cutAt(lines, starts);
}

/** The lines cut at each start (line indexes, ascending): the first part from the file's start. */
function cutAt(lines: RawLine[], starts: readonly number[]): RawLine[][] {
  const bounds = [0, ...starts, lines.length];
  return bounds.slice(0, -1).map((start, part) => lines.slice(start, bounds[part + 1]));
}

/**
 * The day a post's line of date and source gives (`南岭晨报 2024-07-27 22:02`, `2024-07-26 19:28　来源：江城日报`): a date
 * with a source or a paper's name beside it — a date alone heads a chronicle's entry or closes a letter, a date and
 * time a live report's entry.
 */
export function postDate(line: RawLine): string | undefined {
  const info = matchInfoLine(line.text);
  // (With a source or a paper's name: a time alone, `2024-01-01 00:05`, is a live report's or a timeline's entry.)
  // (Or a line the markup dates, `<time datetime="2024-04-27T21:13:00+08:00">` in a blog's `发表于 2024年4月27日 由 周明`.)
  return info?.paper !== undefined && namesOutlet(info.paper) ? isoDate(info.year, info.month, info.day) : line.hint?.datetime;
}

/** A time of day opening a line (`7:30 三万名跑者鸣枪出发`, `08：15`): a live report's entry. */
const CLOCK_FIRST = /^[0-2]?[0-9][:：][0-5][0-9](?![0-9])/u;

/** A source that names a paper, an agency or a site (`南岭晨报`, `新华社`, `临江网`), not a meeting's or a unit's (`支部学习会`). */
function namesOutlet(name: string): boolean {
  return isPaperName(name) || isAgencyName(name) || /(?:网|網|新闻|新聞|客户端|客戶端|电视台|電視台)$/u.test(name);
}

/**
 * Posts in one file — an account's archive saved as one page, an evening's pushes saved together, a blog's month, a
 * keeper's file of clippings — each a headline with its own line of date (and source) right under it: cut into one
 * part per post, at each headline over such a line, so that no post is filed under another's day and none is read as
 * the subheads of the first (posts of one day are articles of one issue, in the file's order). A headline is a heading
 * (Markdown, HTML) of the first post's level or above, or, in text, a short line that ends no sentence, set apart from
 * the text above by a blank line. What stands over the first post's headline (the archive's name, an export's line of
 * count and time) is kept as printed.
 *
 * @example
 *   postParts(lines) // → [[…, 北京中轴线…, 南岭晨报 2024-07-27 22:02, …], [学习贯彻…, 南岭晨报 2024-07-26 19:28, …]]
 */
export function postParts(lines: RawLine[]): RawLine[][] {
  const firstDated = lines.findIndex((line, index) => index < 8 && postDate(line) !== undefined);
  // (An issue's stories carry such lines too, under its head and page headers: they are its articles, on its day.)
  if (firstDated === -1 || printsIssue(lines)) return [lines];
  // (A heading of the first post's level: a lesser one under it, `<h2>追踪报道</h2>` in an `<h1>` story, is the story's.)
  const firstHead = firstDated - 1;
  const level = lines[firstHead]?.hint?.heading;
  const starts: number[] = [];
  let lastHeadline = lines[firstHead]?.text.trim();
  for (let index = firstDated + 2; index < lines.length; index += 1) {
    if (postDate(lines[index]!) === undefined) continue;
    const head = lines[index - 1]!;
    const above = lines[index - 2]!;
    const headline =
      (head.hint?.heading !== undefined && (level === undefined || head.hint.heading <= level)) ||
      (head.hint === undefined && isTitleLike(head.text) && head.line > above.line + 1);
    // (The same headline again is the same story's next page, pasted after the first with its line of date: no new post.
    // Nor is a live report's entry, `7:30 三万名跑者鸣枪出发`, opened by its time; nor the article's foot, `责任编辑 王芳`
    // over its line of date again, with no text under it.)
    if (!headline || head.hint?.media || head.text.trim() === lastHeadline) continue;
    if (CLOCK_FIRST.test(head.text) || isStructureLine(head.text) || index === lines.length - 1) continue;
    starts.push(index - 1);
    lastHeadline = head.text.trim();
  }
  if (starts.length === 0) return [lines];
  // What stands over the first post's headline is the archive's own head (its name, `公众号文章备份 · 共4篇`): kept as
  // printed with the first post, as a page's furniture is, never a post of its own.
  const head = lines[firstHead];
  const headed = firstHead > 0 && head !== undefined && (head.hint?.heading !== undefined || isTitleLike(head.text));
  const marked = lines.map((line, index) =>
    headed && index < firstHead && line.hint?.media !== true ? { ...line, hint: { media: true, properties: true } } : line,
  );
  return cutAt(marked, starts);
}
