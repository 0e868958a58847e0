/**
 * Page numbers as the archive keeps them: a contract that ingest (which
 * reads page labels), the site (which prints them) and the tests share.
 *
 * A page printed with a plain number (`第2版`) is kept as that number. An
 * e-paper's page printed with a section letter (`A02`, `B10版`, `第AA03版`)
 * is kept as the letters' place in the alphabet times 1000, plus its number:
 * `A02` → 1002, `B02` → 2002, `AA03` → 27003. So A02 and B02 are two pages
 * (a paper's A and B sections each have a page 2), a page's number does not
 * depend on the other pages of its issue (section ids such as
 * `p2002-01` stay stable), the pages sort as printed (A before B), and the
 * label is read back from the number alone. Plain page numbers stay below
 * 1000.
 *
 * @example
 *   letteredPage('B', 2) // → 2002
 *   pageLabel(2002) // → 'B02'
 *   pageName(2002) // → 'B02版'
 *   pageName(3) // → '第3版'
 */

/** Pages of one lettered section: `A01`…`A999` are 1001…1999. */
export const SECTION_SPAN = 1000;

/** The page number of a lettered label: `letteredPage('B', 2)` → 2002; `undefined` for no letters, a number out of 1–999, or letters that are not A–Z. */
export function letteredPage(letters: string, number: number): number | undefined {
  if (!/^[A-Z]+$/u.test(letters) || !Number.isInteger(number) || number < 1 || number >= SECTION_SPAN) return undefined;
  // Bijective base 26, as spreadsheet columns count: A = 1 … Z = 26, AA = 27.
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index * SECTION_SPAN + number;
}

/** A plain page number as the archive keeps it: itself, from 1 to 999; `undefined` otherwise (1000 and up are lettered pages). */
export function plainPage(number: number | undefined): number | undefined {
  return number !== undefined && Number.isInteger(number) && number >= 1 && number < SECTION_SPAN ? number : undefined;
}

/** The section letters of a lettered page (`2002` → `B`); `undefined` for a plain page number. */
export function pageSection(page: number): string | undefined {
  let index = Math.floor(page / SECTION_SPAN);
  if (index === 0) return undefined;
  let letters = '';
  while (index > 0) {
    const rest = (index - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    index = Math.floor((index - 1) / 26);
  }
  return letters;
}

/** A page as printed: `B02` for a lettered page (two digits at least), `3` for a plain one. */
export function pageLabel(page: number): string {
  const section = pageSection(page);
  return section === undefined ? String(page) : `${section}${String(page % SECTION_SPAN).padStart(2, '0')}`;
}

/**
 * What stands where a page's name would, for a page no source numbered (an issue's `unpaged`: articles saved with no
 * page, page files numbered by their order): the archive cites no page it was not given.
 */
export const UNNUMBERED_PAGE = '版次未注';

/** A page as the site names it (`pageName`), or `版次未注` where no source numbered it (a section's or entry's `unpaged`). */
export function shownPage(page: number, unpaged: boolean | undefined): string {
  return unpaged ? UNNUMBERED_PAGE : pageName(page);
}

/** Pages as the site names them (`pagesName`), or `版次未注` where no source numbered them. */
export function shownPages(pages: readonly number[], unpaged: boolean | undefined): string {
  return unpaged ? UNNUMBERED_PAGE : pagesName(pages);
}

/** A page named as a reader cites it: `第3版`, or `B02版` for a lettered page. */
export function pageName(page: number): string {
  return pageSection(page) === undefined ? `第${page}版` : `${pageLabel(page)}版`;
}

/** Several pages named at once: `第1、2版`, `A01、A02版`, `第3版、B02版` when plain and lettered pages mix. */
export function pagesName(pages: readonly number[]): string {
  if (pages.every((page) => pageSection(page) === undefined)) return `第${pages.join('、')}版`;
  if (pages.every((page) => pageSection(page) !== undefined)) return `${pages.map(pageLabel).join('、')}版`;
  return pages.map(pageName).join('、');
}

/**
 * The page a jump marker means, printed on page `on`: a plain number printed
 * on a lettered page (`（下转4版）` on A01) is a page of the same section
 * (A04), unless the issue has no such page and has the plain one (`pages`,
 * when known: an issue that mixes plain and lettered pages); any other is
 * the page it names.
 */
export function jumpTarget(printed: number, on: number, pages?: ReadonlySet<number>): number {
  const section = Math.floor(on / SECTION_SPAN);
  if (printed >= SECTION_SPAN || section === 0) return printed;
  const inSection = section * SECTION_SPAN + printed;
  return pages !== undefined && !pages.has(inSection) && pages.has(printed) ? printed : inSection;
}

/** Whether a jump marker's number names `page`, from a page whose own number is unknown: the same number, or a lettered page's number without its letters (`（上接1版）` and A01). */
export function namedBy(page: number, printed: number): boolean {
  return page === printed || (printed < SECTION_SPAN && page % SECTION_SPAN === printed);
}

/** Whether a lettered page is the one a plain number names, printed without its letters: A02 and `第2版`, not B01 and `第9版`. */
export function lettersPlain(page: number, printed: number): boolean {
  return page >= SECTION_SPAN && printed < SECTION_SPAN && namedBy(page, printed);
}

/**
 * Whether `next` can be the page after `current` in one file: a later page
 * of the same section (A02 → A03), or the first page of another section
 * (A04 → B01; A04 → T01 → B01, a special issue's pages set between two
 * sections). A bare label inside a page's text that does neither
 * (`G20` over a headline on A02) is no page.
 */
export function followsPage(current: number | undefined, next: number): boolean {
  if (current === undefined) return true;
  const from = Math.floor(current / SECTION_SPAN);
  const to = Math.floor(next / SECTION_SPAN);
  return (to === from && next > current) || (to !== from && next % SECTION_SPAN === 1);
}
