/**
 * The paper and the day an e-book's metadata give (`formats/epub-package.ts` reads them): the periodical calibre names
 * (`calibre:publication_type`, `periodical:unknown:人民日报`), else the book's title without its day or a rubric after
 * the name; the day in the title as the tools that name a paper's book write it — calibre's `timefmt` (`[Fri, 05 Dec
 * 2026]`, in a Chinese interface `[周五, 05 12月 2026]`), or as a file's name gives one (`2026-12-05`,
 * `2026年12月5日`, `20261205`: `facts/from-path.ts`) — else `dc:date`, the moment the book was made.
 *
 * @example
 *   bookFacts({ title: '人民日报 [周五, 05 12月 2026]', periodical: '人民日报' }) // → { frontmatter: { source: '人民日报', date: '2026-12-05' }, paperFrom: 'periodical', dateFrom: 'title' }
 */
import type { EpubMetadata } from '../formats/epub-package.ts';
import { findEnglishDate } from './english-date.ts';
import { factsFromPath } from './from-path.ts';
import { isPaperName } from '../rules/paper-name.ts';

export interface BookFacts {
  /** `source` (the paper) and `date`, as front matter's. */
  frontmatter: Record<string, string>;
  paperFrom?: 'periodical' | 'title';
  dateFrom?: 'title' | 'dc:date';
}

/** calibre's `timefmt` in a Chinese interface: day, month with `月`, year (`05 12月 2026`). */
const DAY_MONTH_YEAR = /(?<![0-9])([0-3]?[0-9])\s+([01]?[0-9])\s*月\s+((?:19|20)[0-9]{2})(?![0-9])/u;

/** A book title's day, as `YYYY-MM-DD`, with the words that print it. */
export function titleDate(title: string): { iso: string; printed: string } | undefined {
  const pad = (value: number): string => String(value).padStart(2, '0');
  const chinese = DAY_MONTH_YEAR.exec(title);
  if (chinese) return { iso: `${chinese[3]!}-${pad(Number(chinese[2]))}-${pad(Number(chinese[1]))}`, printed: chinese[0] };
  const english = findEnglishDate(title);
  if (english) return { iso: `${english.year}-${pad(english.month)}-${pad(english.day)}`, printed: english.printed };
  const named = factsFromPath(`${title}.epub`, '').date;
  return named ? { iso: named.value, printed: named.printed } : undefined;
}

/**
 * The paper's name in a book's title: the title without its day and the brackets or separators around it
 * (`人民日报 [周五, 05 12月 2026]` → `人民日报`), and without a rubric after a paper's name (`联合早报 今日要闻` → `联合早报`).
 * A title in Latin letters only (`Ming Pao - Hong Kong`, a recipe's English name) names no paper as printed: none.
 */
export function titlePaper(title: string, date: string | undefined): string | undefined {
  const rest = (date === undefined ? title : title.replace(date, ''))
    .replace(/[[(（【][^\])）】]*[\])）】]/gu, '')
    .replace(/[\s\-–—_|:：·,，]+$|^[\s\-–—_|:：·,，]+/gu, '')
    .trim();
  if (!/\p{Script=Han}/u.test(rest)) return undefined;
  const first = rest.split(/[\s\u3000]+/u)[0]!;
  return first !== rest && isPaperName(first) ? first : rest;
}

/** The book's paper and date, as front matter's `source` and `date`, and where each was read. */
export function bookFacts(metadata: EpubMetadata): BookFacts {
  const frontmatter: Record<string, string> = {};
  const dated = metadata.title === undefined ? undefined : titleDate(metadata.title);
  const periodical = metadata.periodical === undefined ? undefined : titlePaper(metadata.periodical, undefined);
  const titled = metadata.title === undefined ? undefined : titlePaper(metadata.title, dated?.printed);
  const paper = periodical ?? titled;
  if (paper !== undefined) frontmatter['source'] = paper;
  const paperFrom = periodical !== undefined ? ('periodical' as const) : titled !== undefined ? ('title' as const) : undefined;
  const date = dated?.iso ?? metadata.date;
  if (date !== undefined) frontmatter['date'] = date;
  const dateFrom = dated ? ('title' as const) : metadata.date !== undefined ? ('dc:date' as const) : undefined;
  return { frontmatter, ...(paperFrom ? { paperFrom } : {}), ...(dateFrom ? { dateFrom } : {}) };
}
