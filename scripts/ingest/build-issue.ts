/**
 * Merge the page files of one issue (same paper, same date): drop exact
 * duplicates, settle each file's page number, stitch stories across pages
 * by their jump markers, build the sections and check the date line.
 */
import { assignPages } from './assign-pages.ts';
import { buildSection, type SectionModel } from './build-section.ts';
import { checkDateline, checkDuplicatedText, checkPageCount, checkSections } from './checks/issue.ts';
import { Rule, warn } from './report.ts';
import { stitch } from './stitch.ts';
import type { ParsedPage } from './types.ts';

export interface IssueModel {
  paper: string;
  date: string;
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
    for (const chunk of file.chunks) chunk.source = { file: file.file, page: file.page!, path: file.path, sha256: file.sha256 };
  }
  const first = files[0]!;
  const issue: IssueModel = {
    paper: first.header.paper,
    date: first.header.date,
    pages: [...new Set(files.map((file) => file.page!))].sort((a, b) => a - b),
    extras: [...new Set(files.flatMap((file) => file.header.extras))],
    files,
    sections: stitch(files).map((story) => buildSection(story)),
  };
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

/** The same bytes under two names are ingested once. */
function dropDuplicates(group: ParsedPage[]): ParsedPage[] {
  const seen = new Map<string, ParsedPage>();
  const kept: ParsedPage[] = [];
  for (const page of group) {
    const key = `${page.sha256}#${page.segment}`;
    const earlier = seen.get(key);
    if (earlier) {
      // One warning per file, not per page of a whole-issue file.
      if (page.segment === 0)
        warn(
          page.file,
          `Same content as \`${earlier.path}\` (sha256 ${page.sha256.slice(0, 12)}…)`,
          'it is ingested once, from the first file; delete one of the two copies',
          undefined,
          Rule.duplicatePage,
        );
      continue;
    }
    seen.set(key, page);
    kept.push(page);
  }
  return kept;
}
