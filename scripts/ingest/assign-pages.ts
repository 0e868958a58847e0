/**
 * Settle each page file's page number within its issue (see assignPages).
 */
import { Rule, note } from './report.ts';
import type { ParsedPage } from './types.ts';
import { jumpTarget, letteredPage, namedBy, pageLabel, pageSection } from '../../src/archive/pages.ts';

/**
 * Page numbers: printed (`第N版`) or given by the file name or front matter
 * first; then from jump markers (a file that continues from page p is the
 * page p's marker points to); then file order. Several files may share a
 * page — articles of one page, one file each — and are read in article
 * order, then path order. A file holding one article with no page anywhere
 * goes on the issue's first page, and the user is told once per issue.
 */
export function assignPages(group: ParsedPage[]): ParsedPage[] {
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
        `Page ${pageLabel(page.page!)} of ${page.header.paper} ${page.header.date} is also given by \`${holder.path}\`; the sections of both files are kept, in file order`,
        page.header.dateLine?.position,
        Rule.pageConflict,
      );
    } else wholePages.set(page.page!, page);
  }
  // (A later page of a story a site cut into pages is on its first page's: `article-pages.ts`.)
  const unpagedArticles = group.filter((page) => !pagesGiven(page) && page.header.article && page.storyPage === undefined);
  if (unpagedArticles.length > 0) {
    // Page 1, or A01 where the issue's pages are lettered (page 1 of the section of its lowest page).
    const known = group.flatMap((page) => (page.page === undefined ? [] : [page.page]));
    const lowest = known.length > 0 ? pageSection(Math.min(...known)) : undefined;
    const first = lowest === undefined ? 1 : letteredPage(lowest, 1)!;
    for (const page of unpagedArticles) {
      claim(page, first);
      page.pageGuessed = true;
    }
    // (Posts saved together are articles of one file: `3 articles of 1 file`.)
    const files = new Set(unpagedArticles.map((page) => page.path)).size;
    const counted = files === unpagedArticles.length ? `${files} article file(s)` : `${unpagedArticles.length} articles of ${files} file(s)`;
    note(
      unpagedArticles[0]!.file,
      `No page numbers for ${counted} of ${unpagedArticles[0]!.header.paper} ${unpagedArticles[0]!.header.date}: they are listed on page ${pageLabel(first)} in article and file order`,
      { line: 1, column: 1 },
      Rule.noPage,
    );
  }
  for (const page of group) {
    const first = page.storyPage && group.find((other) => other.path === page.storyPage?.first);
    if (first?.page !== undefined && page.page === undefined) page.page = first.page;
  }
  const continuesFrom = (page: ParsedPage): number | undefined => page.chunks.find((chunk) => chunk.continuedFrom !== undefined)?.continuedFrom;
  /** A page that continues from page p is the page that p's jump marker names. */
  const byMarkers = (): void => {
    for (const page of group) {
      const from = continuesFrom(page);
      if (page.page !== undefined || from === undefined) continue;
      // (On a lettered page, `（下转2版）` names its own section's page: B01's marker gives B02.)
      const target = group
        .filter((other) => other !== page && other.page !== undefined && namedBy(other.page, from))
        .flatMap((other) => other.chunks.flatMap((chunk) => (chunk.continuedTo === undefined ? [] : [jumpTarget(chunk.continuedTo, other.page!, taken)])))
        .find((number) => !taken.has(number));
      if (target !== undefined) claim(page, target);
    }
  };
  /** The rest take the lowest free numbers in file order, pages that continue nothing first. */
  const byFileOrder: ParsedPage[] = [];
  const byOrder = (onlyOpening: boolean): void => {
    for (const page of group) {
      if (page.page !== undefined || (onlyOpening && continuesFrom(page) !== undefined)) continue;
      let number = 1;
      while (taken.has(number)) number += 1;
      claim(page, number);
      page.pageGuessed = true;
      byFileOrder.push(page);
    }
  };
  byMarkers();
  byOrder(true);
  byMarkers();
  byOrder(false);
  // (A file's page before one it prints as the next number, `第2版` after an unmarked front page, is confirmed by it: no guess.)
  for (const page of byFileOrder) {
    const next = group.find((other) => other.path === page.path && other.segment === page.segment + 1);
    if (next !== undefined && pagesGiven(next) && next.page === page.page! + 1) delete page.pageGuessed;
  }
  // Numbers no file printed are a guess: said once per issue, with the pages they gave.
  const guessed = byFileOrder.filter((page) => page.pageGuessed && (group.length > 1 || page.page !== 1));
  if (guessed.length > 0) {
    note(
      guessed[0]!.file,
      `No page number printed in ${guessed.length} page file(s) of ${guessed[0]!.header.paper} ${guessed[0]!.header.date}: numbered by file order (${guessed.map((page) => `\`${page.path}\` → page ${pageLabel(page.page!)}`).join(', ')})`,
      { line: 1, column: 1 },
      Rule.noPage,
    );
  }
  const compare = (a: ParsedPage, b: ParsedPage): number =>
    a.page! - b.page! || (a.header.order ?? 0) - (b.header.order ?? 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : a.segment - b.segment);
  return [...group].sort(compare);
}
