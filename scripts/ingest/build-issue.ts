/**
 * Merge the page files of one issue (same paper, same date): drop exact
 * duplicates, settle each file's page number, stitch stories across pages
 * by their jump markers, build the sections and check the date line.
 */
import { checkLunarDate } from './checks/lunar-date.ts';
import { checkWeekday } from './checks/weekday.ts';
import { findDuplicatedText } from './checks/duplicated-text.ts';
import { buildSection, type SectionModel } from './build-section.ts';
import { slicePosition } from './lines.ts';
import { matchDateline } from './rules/dateline.ts';
import { Rule, note, warn } from './report.ts';
import type { Chunk, ParsedPage } from './types.ts';

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

/**
 * Page numbers: printed (`第N版`) or given by the file name or front matter
 * first; then from jump markers (a file that continues from page p is the
 * page p's marker points to); then file order. Several files may share a
 * page — articles of one page, one file each — and are read in article
 * order, then path order. A file holding one article with no page anywhere
 * goes on the issue's first page, and the user is told once per issue.
 */
function assignPages(group: ParsedPage[]): ParsedPage[] {
  const taken = new Set<number>();
  const claim = (page: ParsedPage, number: number): void => {
    page.page = number;
    taken.add(number);
  };
  const pagesGiven = (page: ParsedPage): boolean => page.header.page !== undefined;
  for (const page of group) if (pagesGiven(page)) claim(page, page.header.page!);
  // Two whole-page files printing the same page number: kept both, said once.
  const wholePages = new Map<number, ParsedPage>();
  for (const page of group) {
    if (!pagesGiven(page) || page.header.article) continue;
    const holder = wholePages.get(page.page!);
    if (holder && holder.file !== page.file) {
      note(
        page.file,
        `Page ${page.page!} of ${page.header.paper} ${page.header.date} is also given by \`${holder.path}\`; the sections of both files are kept, in file order`,
        page.header.dateLine?.position,
        Rule.pageConflict,
      );
    } else wholePages.set(page.page!, page);
  }
  const unpagedArticles = group.filter((page) => !pagesGiven(page) && page.header.article);
  if (unpagedArticles.length > 0) {
    const first = Math.min(...group.flatMap((page) => (page.page === undefined ? [] : [page.page])), 1);
    for (const page of unpagedArticles) claim(page, first);
    note(
      unpagedArticles[0]!.file,
      `No page numbers for ${unpagedArticles.length} article file(s) of ${unpagedArticles[0]!.header.paper} ${unpagedArticles[0]!.header.date}: they are listed on page ${first} in article and file order`,
      { line: 1, column: 1 },
      Rule.noPage,
    );
  }
  const continuesFrom = (page: ParsedPage): number | undefined => page.chunks.find((chunk) => chunk.continuedFrom !== undefined)?.continuedFrom;
  /** A page that continues from page p is the page that p's jump marker names. */
  const byMarkers = (): void => {
    for (const page of group) {
      const from = continuesFrom(page);
      if (page.page !== undefined || from === undefined) continue;
      const target = group
        .filter((other) => other !== page && other.page === from)
        .flatMap((other) => other.chunks.map((chunk) => chunk.continuedTo))
        .find((number) => number !== undefined && !taken.has(number));
      if (target !== undefined) claim(page, target);
    }
  };
  /** The rest take the lowest free numbers in file order, pages that continue nothing first. */
  const byOrder = (onlyOpening: boolean): void => {
    for (const page of group) {
      if (page.page !== undefined || (onlyOpening && continuesFrom(page) !== undefined)) continue;
      let number = 1;
      while (taken.has(number)) number += 1;
      claim(page, number);
    }
  };
  byMarkers();
  byOrder(true);
  byMarkers();
  byOrder(false);
  const compare = (a: ParsedPage, b: ParsedPage): number =>
    a.page! - b.page! || (a.header.order ?? 0) - (b.header.order ?? 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.segment - b.segment);
  return [...group].sort(compare);
}

/** Follow （下转N版） to the chunk on page N that says （上接p版）; return each story's chunks in reading order. */
function stitch(files: ParsedPage[]): Chunk[][] {
  const claimed = new Set<Chunk>();
  const next = new Map<Chunk, Chunk>();
  for (const file of files) {
    for (const chunk of file.chunks) {
      if (chunk.continuedTo === undefined) continue;
      const target = files.find((other) => other.page === chunk.continuedTo);
      const candidates = (target?.chunks ?? []).filter((other) => other.continuedFrom === file.page && !claimed.has(other));
      const match = candidates.find((other) => other.headline && chunk.headline && other.headline.content === chunk.headline.content) ?? candidates[0];
      if (!match) continue;
      claimed.add(match);
      next.set(chunk, match);
    }
  }
  const stories: Chunk[][] = [];
  for (const file of files) {
    for (const chunk of file.chunks) {
      if (claimed.has(chunk)) continue;
      const story = [chunk];
      let link = next.get(chunk);
      while (link) {
        story.push(link);
        link = next.get(link);
      }
      stories.push(story);
    }
  }
  return stories;
}

function checkDateline(page: ParsedPage): void {
  const { header, file } = page;
  if (header.weekday) {
    const expected = checkWeekday(header.date, header.weekday.printed);
    if (expected) {
      warn(
        file,
        `The date line says \`${header.weekday.printed}\` but ${header.date} is a ${expected}`,
        'check the date and the weekday against the printed page; the text is kept as printed',
        header.weekday.position,
        Rule.weekday,
      );
    }
  }
  if (header.lunarDate) {
    const expected = checkLunarDate(header.date, header.lunarDate.printed);
    if (expected) {
      warn(
        file,
        `The date line gives the lunar date \`${header.lunarDate.printed}\` but ${header.date} is ${expected}`,
        'check the dates against the printed page; the text is kept as printed',
        header.lunarDate.position,
        Rule.lunarDate,
      );
    }
  }
}

function checkPageCount(issue: IssueModel): void {
  const declaring = issue.files.find((file) => file.header.pageCount);
  const declared = declaring?.header.pageCount;
  if (!declaring || !declared) return;
  const beyond = issue.pages.filter((page) => page > declared.value);
  const missing: number[] = [];
  for (let page = 1; page <= declared.value; page += 1) if (!issue.pages.includes(page)) missing.push(page);
  if (beyond.length > 0) {
    warn(
      declaring.file,
      `The date line declares ${declared.value} pages but page ${beyond.join(', ')} is present`,
      'check the page headers (`第N版`) and the declared page count',
      declared.position,
      Rule.pageCount,
    );
  }
  if (missing.length > 0) {
    warn(
      declaring.file,
      `The date line declares ${declared.value} pages but only page ${issue.pages.join(', ')} ${issue.pages.length === 1 ? 'is' : 'are'} in the input (missing: ${missing.join(', ')})`,
      'add the missing page files to complete the issue, or ignore this if the archive holds only part of it',
      declared.position,
      Rule.pageCount,
    );
  }
}

function checkDuplicatedText(section: SectionModel): void {
  const blocks = [...section.preamble, ...section.qa.flatMap((entry) => [...entry.question, ...entry.answer])];
  for (const block of blocks) {
    for (const part of block.parts) {
      for (const duplication of findDuplicatedText(part.line.content)) {
        const offset = part.line.text.indexOf(part.line.content) + duplication.second;
        warn(
          part.file,
          `Possible duplicated text: \`${duplication.text}\` is printed twice in a row`,
          'compare with the printed page; the text is kept as printed, remove the repeat in the raw file if it is an extraction error',
          slicePosition(part.line, offset, offset + duplication.text.length),
          Rule.duplicatedText,
        );
      }
    }
  }
}

/**
 * A wrong split shows: a section without a title that continues nothing, a
 * title that reads as a date, the masthead or markup, or a section of a
 * single line. Each is a warning at the section's first line.
 */
/** A single body line shorter than this (in characters) makes a section suspect. */
const SHORT_LINE = 30;

function checkSections(issue: IssueModel): void {
  for (const section of issue.sections) {
    const first = section.chunks[0];
    const file = first?.source?.file;
    if (!first || !file) continue;
    const opening = first.headline ?? first.body[0];
    const headline = first.headline?.content;
    const fix = 'check the lines around it in the raw file; the text is kept as printed';
    if (headline === undefined && section.continuedFrom === undefined) {
      warn(
        file,
        `A section of page ${section.page} has no title (it begins \`${begin(opening?.content ?? '')}\`)`,
        fix,
        opening?.position,
        Rule.suspectSection,
      );
      continue;
    }
    if (headline !== undefined) {
      const looks =
        matchDateline(headline) || /^[0-9]{4}[-/.年]/u.test(headline)
          ? 'a date'
          : headline === issue.paper
            ? 'the masthead'
            : /^[#<*|[>]/u.test(headline)
              ? 'markup'
              : undefined;
      if (looks)
        warn(file, `The title \`${headline}\` of a section of page ${section.page} looks like ${looks}`, fix, first.headline?.position, Rule.suspectSection);
    }
    // A brief of one paragraph is common; one short line under a title is a split gone wrong more often than not.
    const body = section.chunks.flatMap((chunk) => chunk.body);
    const lines = body.length;
    const short = lines === 0 || (lines === 1 && Array.from(body[0]!.content).length < SHORT_LINE);
    if (short && section.qa.length === 0 && section.continuedFrom === undefined && section.continuedTo === undefined) {
      warn(
        file,
        `The section \`${begin(headline ?? '')}\` of page ${section.page} has ${lines === 0 ? 'no text' : 'a single line of text'}`,
        fix,
        opening?.position,
        Rule.suspectSection,
      );
    }
  }
}

function begin(text: string): string {
  const chars = Array.from(text);
  return chars.length > 16 ? `${chars.slice(0, 16).join('')}…` : text;
}
