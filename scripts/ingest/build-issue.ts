/**
 * Merge the page files of one issue (same paper, same date): drop exact
 * duplicates, settle each file's page number, stitch stories across pages
 * by their jump markers, build the sections and check the date line.
 */
import { assignPages } from './assign-pages.ts';
import { buildSection, type SectionModel } from './build-section.ts';
import { checkDateline, checkDuplicatedText, checkPageCount, checkSections } from './checks/issue.ts';
import { Rule, warn } from './report.ts';
import { withRoundupItems } from './roundup-items.ts';
import { stitch } from './stitch.ts';
import type { ParsedPage } from './types.ts';
import type { VFile } from 'vfile';

export interface IssueModel {
  paper: string;
  date: string;
  /** No page of the issue prints its day, only its month (`PageHeader.monthOnly`): `date` is the month's first day. */
  monthOnly?: true;
  weekday?: string;
  lunarDate?: string;
  pageCount?: number;
  pages: number[];
  extras: string[];
  /** The page files that make the issue, in page order. */
  files: ParsedPage[];
  sections: SectionModel[];
}

/** Group parsed pages into issues. Pages come sorted by path; the result is sorted by paper and date. */
export function buildIssues(pages: ParsedPage[]): IssueModel[] {
  const groups = new Map<string, ParsedPage[]>();
  for (const page of pages) {
    const key = `${page.header.paper}\u0000${page.header.date}`;
    groups.set(key, [...(groups.get(key) ?? []), page]);
  }
  return [...groups.keys()].sort().map((key) => buildIssue(groups.get(key)!));
}

function buildIssue(group: ParsedPage[]): IssueModel {
  const files = assignPages(dropDuplicates(group));
  for (const file of files) {
    for (const chunk of file.chunks)
      chunk.source = {
        file: file.file,
        page: file.page!,
        path: file.path,
        sha256: file.sha256,
        ...(file.captured === undefined ? {} : { captured: file.captured }),
        ...(file.pageGuessed ? { pageGuessed: true as const } : {}),
      };
  }
  // (After the chunks know their page: a roundup's items each take their file's.)
  for (const file of files) file.chunks = withRoundupItems(file.chunks);
  const first = files[0]!;
  const issue: IssueModel = {
    paper: first.header.paper,
    date: first.header.date,
    pages: [...new Set(files.map((file) => file.page!))].sort((a, b) => a - b),
    extras: [...new Set(files.flatMap((file) => file.header.extras))],
    files,
    sections: stitch(files).map((story) => buildSection(story)),
  };
  if (files.every((file) => file.header.monthOnly)) issue.monthOnly = true;
  const declared = files.find((file) => file.header.weekday)?.header.weekday;
  if (declared) issue.weekday = declared.printed;
  const lunar = files.find((file) => file.header.lunarDate)?.header.lunarDate;
  if (lunar) issue.lunarDate = lunar.printed;
  const pageCount = files.find((file) => file.header.pageCount)?.header.pageCount;
  if (pageCount) issue.pageCount = pageCount.value;
  for (const file of files) checkDateline(file);
  checkPageCount(issue);
  for (const section of issue.sections) checkDuplicatedText(section);
  checkSections(issue);
  return issue;
}

/** A name that marks a copy of a file: Windows's `副本`/`- Copy`, a download's `(1)`, `复件`, `拷贝`. */
const COPY_MARK = /副本|复件|複本|拷贝|拷貝|[（(][0-9]{1,3}[)）]|(?:^|[\s_-])copy(?:$|[\s_.-])|copy of/iu;

/** Share of each page's character pairs that the other prints too, from which two pages are versions of one. */
const NEAR_COPY = 0.9;

/** Fewest characters a page needs to be judged a version of another (two short pages alike are no evidence). */
const NEAR_COPY_MIN = 40;

/** A page's text (heads and paragraphs, without white space) as its pairs of adjacent characters. */
function pagePairs(page: ParsedPage): Set<string> {
  const pairs = new Set<string>();
  for (const chunk of page.chunks)
    for (const line of [chunk.kicker, chunk.banner, chunk.headline, ...chunk.subtitles, ...chunk.body]) {
      const chars = Array.from(line?.content.replace(/\s/gu, '') ?? '');
      for (let at = 1; at < chars.length; at += 1) pairs.add(chars[at - 1]! + chars[at]!);
    }
  return pairs;
}

/** A page's first headline, without white space (empty when it prints none). */
function firstHeadline(page: ParsedPage): string {
  return page.chunks.find((chunk) => chunk.headline !== undefined)?.headline?.content.replace(/\s/gu, '') ?? '';
}

/** The file of the story's first page, for a later page of a story a site cut into pages; else the page's own file. */
function storyOf(page: ParsedPage): string {
  return page.storyPage?.first ?? page.path;
}

/** Of two versions of a page, the one to keep: the one whose name marks no copy, else the one read first. */
function keeperOf(a: ParsedPage, b: ParsedPage): ParsedPage {
  const marked = (page: ParsedPage): boolean => COPY_MARK.test(page.path.split('/').at(-1) ?? '');
  return marked(a) && !marked(b) ? b : a;
}

/**
 * Copies of a page are ingested once: the same bytes under two names, and a
 * near copy — another file giving the same page of the issue with nearly the
 * same text (a `副本` with a small edit, the page saved as HTML and as text).
 * The copy whose name marks none is kept; the other is named in a warning.
 */
function dropDuplicates(group: ParsedPage[]): ParsedPage[] {
  const pairs = new Map(group.map((page) => [page, pagePairs(page)]));
  const dropped = new Set<ParsedPage>();
  const warned = new Set<VFile>();
  for (const [index, a] of group.entries()) {
    for (const b of group.slice(index + 1)) {
      // (Two pages of one story a site cut into pages repeat its headline and frame, and are no copies: `article-pages.ts`.)
      if (a.file === b.file || dropped.has(a) || dropped.has(b) || storyOf(a) === storyOf(b)) continue;
      const exact = a.sha256 === b.sha256 && a.segment === b.segment;
      // (Two pages that print different numbers are two pages, however alike: a front page's guide and the page it points to.)
      if (!exact && a.header.page !== undefined && b.header.page !== undefined && a.header.page !== b.header.page) continue;
      const [shorter, longer] = [pairs.get(a)!, pairs.get(b)!].sort((x, y) => x.size - y.size) as [Set<string>, Set<string>];
      const alike = [...shorter].filter((pair) => longer.has(pair)).length;
      // Alike both ways (a short notice is not a copy of a long page quoting it), and under the same headline (a template's
      // notices, `关于王建国同志任职前公示的公告` and `关于李明华同志…`, are two).
      const near =
        !exact && a.sha256 !== b.sha256 && shorter.size >= NEAR_COPY_MIN && alike >= NEAR_COPY * longer.size && firstHeadline(a) === firstHeadline(b);
      if (!exact && !near) continue;
      const kept = keeperOf(a, b);
      const copy = kept === a ? b : a;
      dropped.add(copy);
      // One warning per file, not per page of a whole-issue file.
      if (warned.has(copy.file)) continue;
      warned.add(copy.file);
      if (exact)
        warn(
          copy.file,
          `Same content as \`${kept.path}\` (sha256 ${copy.sha256.slice(0, 12)}…)`,
          `it is ingested once, from \`${kept.path}\`; delete one of the two copies`,
          undefined,
          Rule.duplicatePage,
        );
      else
        warn(
          copy.file,
          `Nearly the same page as \`${kept.path}\` of ${kept.header.paper} ${kept.header.date} (${Math.floor((100 * alike) / longer.size)} % of their text alike): a copy of the same page, with changes`,
          `it is ingested once, from \`${kept.path}\`, and this file's changes are not; compare the two files and keep the right one`,
          copy.header.dateLine?.position,
          Rule.duplicatePage,
        );
    }
  }
  return group.filter((page) => !dropped.has(page));
}
