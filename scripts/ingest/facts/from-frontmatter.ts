/**
 * Facts from YAML front matter, as Markdown exports and some text exports
 * carry it: `date` (or `published`, `pubDate`), `title`, `subtitle`,
 * `source` (or `paper`, `publication`, `newspaper`), `page` (or a CMS's `print_page`), `order`,
 * `author` (or `byline`). A timestamp in UTC is dated by its day in the
 * paper's time zone. Unknown keys are kept in nothing and say nothing:
 * exports carry many.
 *
 * @example
 *   factsFromFrontmatter({ title: '运河通航', date: '2021-03-15', source: '运河日报' })
 *   // → {title: '运河通航', date: {year: 2021, month: 3, day: 15, printed: '2021-03-15'}, paper: '运河日报'}
 */
import { letteredPage, plainPage } from '../../../src/archive/pages.ts';
import { DEFAULT_TIME_ZONE } from '../../../src/archive/config.ts';
import type { TextDate } from './from-text.ts';

export interface FrontmatterFacts {
  title?: string;
  subtitle?: string;
  kicker?: string;
  paper?: string;
  date?: TextDate;
  /** A `date` value that is not a date. */
  badDate?: string;
  /** The time zone a moment's day was counted in, when that day differs from the one written (`2024-03-03T23:37:12Z` → 2024-03-04 in Asia/Shanghai). */
  zoned?: string;
  page?: number;
  order?: number;
  byline?: string;
}

const first = (data: Record<string, unknown>, keys: string[]): unknown =>
  keys.map((key) => data[key]).find((value) => value !== undefined && value !== null && value !== '');

/** The keys a page number goes by: `page`, and a CMS's custom field (`print_page`, WordPress-to-Jekyll). */
const PAGE_KEYS = ['page', 'pageNumber', 'print_page', 'printPage', 'print-page'];

export function factsFromFrontmatter(data: Record<string, unknown>, timeZone: string = DEFAULT_TIME_ZONE): FrontmatterFacts {
  const facts: FrontmatterFacts = {};
  const text = (keys: string[]): string | undefined => {
    const value = first(data, keys);
    if (typeof value === 'string') return value.trim() || undefined;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(' ');
    return undefined;
  };
  const number = (keys: string[]): number | undefined => {
    const found = first(data, keys);
    // A CMS's custom field comes out of some exporters as a list of one (`print_page: ['2']`).
    const value = Array.isArray(found) && found.length === 1 ? (found[0] as unknown) : found;
    const parsed = typeof value === 'number' ? value : typeof value === 'string' && /^[0-9]+$/u.test(value.trim()) ? Number(value) : undefined;
    return parsed !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
  };
  const title = text(['title', 'headline']);
  if (title) facts.title = title;
  const subtitle = text(['subtitle']);
  if (subtitle) facts.subtitle = subtitle;
  const kicker = text(['kicker', 'overline']);
  if (kicker) facts.kicker = kicker;
  const paper = text(['source', 'paper', 'publication', 'newspaper', 'masthead']);
  if (paper) facts.paper = paper;
  const byline = text(['author', 'byline', 'authors']);
  if (byline) facts.byline = byline;
  // A page as a number, or an e-paper's label (`page: B02` → B02, `src/archive/pages.ts`).
  const label = first(data, PAGE_KEYS);
  const lettered = typeof label === 'string' ? /^\s*([A-Z]{1,2})\s*([0-9]{1,3})\s*版?\s*$/u.exec(label) : null;
  const page = lettered ? letteredPage(lettered[1]!, Number(lettered[2])) : plainPage(number(PAGE_KEYS));
  if (page !== undefined) facts.page = page;
  const order = number(['order', 'article', 'position']);
  if (order !== undefined) facts.order = order;
  const date = first(data, ['date', 'published', 'pubDate', 'publishDate']);
  // A TOML date keeps its offset as written (smol-toml's TomlDate); a YAML timestamp is an instant, written in UTC.
  const printed = date instanceof Date ? date.toISOString() : typeof date === 'string' ? date.trim() : undefined;
  if (printed !== undefined) {
    const match = /^((?:1[89]|2[0-2])[0-9]{2})[-/.年]([01]?[0-9])[-/.月]([0-3]?[0-9])/u.exec(printed);
    if (match) {
      facts.date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), printed };
      const zoned = dayIn(printed, timeZone);
      if (zoned !== undefined && (zoned.year !== facts.date.year || zoned.month !== facts.date.month || zoned.day !== facts.date.day)) {
        facts.date = { ...zoned, printed };
        facts.zoned = timeZone;
      }
    } else facts.badDate = printed;
  }
  return facts;
}

/**
 * A timestamp in UTC (`2024-03-03T23:37:12Z`, `…+00:00`), as exporters
 * write a moment: its day is counted in `timeZone`. A time with another
 * offset (`…+08:00`, `… -0500`) is the paper's own clock, its day as written.
 */
const MOMENT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(?:Z|[+-]00:?00)$/iu;

/** The day of a UTC moment in `timeZone`; `undefined` for a date, a local time or a time with its own offset, which are the day as written. */
function dayIn(printed: string, timeZone: string): Pick<TextDate, 'year' | 'month' | 'day'> | undefined {
  if (!MOMENT.test(printed)) return undefined;
  const instant = new Date(printed.replace(' ', 'T'));
  if (Number.isNaN(instant.getTime())) return undefined;
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string): number => Number(parts.find((entry) => entry.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}
