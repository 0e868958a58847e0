/**
 * Facts from YAML front matter, as Markdown exports and some text exports
 * carry it: `date` (or `published`, `pubDate`, `日期`, `出版日期`), `title`, `subtitle`,
 * `source` (or `paper`, `publication`, `newspaper`, `报纸`, `来源`; never an address),
 * `page` (or a CMS's `print_page`, a note's `版次`/`版面`), `order`,
 * `author` (or `byline`), whatever the case of the key. A timestamp in UTC is dated by its day in the
 * paper's time zone; a date in English (`March 8, 2024`) is read too. A
 * note app's `created`/`updated` stamps are the note's, and not read.
 * Unknown keys are kept in nothing and say nothing: exports carry many.
 *
 * @example
 *   factsFromFrontmatter({ title: '运河通航', date: '2021-03-15', source: '运河日报' })
 *   // → {title: '运河通航', date: {year: 2021, month: 3, day: 15, printed: '2021-03-15'}, paper: '运河日报'}
 */
import { isPaperName, isPlatformName, paperInSource, withoutSiteName } from '../rules/paper-name.ts';
import { letteredPage, plainPage } from '../../../src/archive/pages.ts';
import { DEFAULT_TIME_ZONE } from '../../../src/archive/config.ts';
import { findEnglishDate } from './english-date.ts';
import { matchPageHeader } from '../rules/page-header.ts';
import { parseNumber } from '../numerals.ts';
import { parseDate } from './records.ts';
import { dateInAddress, pageInAddress } from './from-address.ts';
import { FIELD_NAMES, normalName, roleOfName, type FieldRole } from './field-names.ts';
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
  /** The address the page was saved from (`url:`, `source: https://…`), when it holds a day (`facts/from-address.ts`). */
  addressDate?: TextDate;
  /** The printed page the address names, in its query or its file's name (`from-address.ts`): the page where nothing else gives one. */
  addressPage?: number;
}

/** The first of `keys` that the front matter (its values by normal name: `Date`, `date`, `pub_date`, `pubDate`) holds a value for. */
const first = (byName: Map<string, unknown>, keys: readonly string[]): unknown =>
  keys.map((key) => byName.get(normalName(key))).find((value) => value !== undefined && value !== null && value !== '');

const PAGE_KEYS = FIELD_NAMES.page;
const TITLE_KEYS = FIELD_NAMES.title;
const AUTHOR_KEYS = FIELD_NAMES.author;
/** The paper: a site's `source`, or a note's own property (`报纸`, `来源`). */
const PAPER_KEYS = FIELD_NAMES.paper;
/**
 * The day of publication (`FIELD_NAMES.date`). A note app's own stamps (`created`, `updated`,
 * `clipped`) say when the note was made, never when the paper was printed, and are not read.
 */
const DATE_KEYS = FIELD_NAMES.date;

/** The roles whose names mark a block of a note's properties (and `url`, a clipper's). */
const PROPERTY_ROLES = new Set<FieldRole>(['date', 'paper', 'page', 'title', 'author', 'note']);

/** Whether a property's name is one front matter is read by, or one a note app writes (`日期`, `Date`, `版次`, `Created`, `Tags`). */
export function isPropertyKey(name: string): boolean {
  const role = roleOfName(name, 'frontmatter');
  return (role !== undefined && PROPERTY_ROLES.has(role)) || normalName(name) === 'url';
}

/** A value that says where a file came from, not whose it is: an address (`https://www.zaobao.com.sg/…`, `www.example.com`). */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/|$)/iu;

export function factsFromFrontmatter(data: Record<string, unknown>, timeZone: string = DEFAULT_TIME_ZONE): FrontmatterFacts {
  const facts: FrontmatterFacts = {};
  // (A static site's own fields stand in a table of their own, Hugo's `[params]`, Zola's `[extra]`: read after the page's.)
  const nested = ['params', 'extra'].flatMap((table) => {
    const value = data[table];
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date) ? Object.entries(value) : [];
  });
  const byName = new Map([...nested, ...Object.entries(data)].map(([key, value]) => [normalName(key), value]));
  // (A note app's link to another note, `[[江城晚报]]`, is that note's name.)
  const unlinked = (value: string): string => value.replace(/\[\[([^\][|]+)(?:\|[^\][]*)?\]\]/gu, '$1').trim();
  const text = (keys: readonly string[]): string | undefined => {
    const value = first(byName, keys);
    if (typeof value === 'string') return unlinked(value) || undefined;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.map(unlinked).join(' ') || undefined;
    return undefined;
  };
  const number = (keys: readonly string[]): number | undefined => {
    const found = first(byName, keys);
    // A CMS's custom field comes out of some exporters as a list of one (`print_page: ['2']`).
    const value = Array.isArray(found) && found.length === 1 ? (found[0] as unknown) : found;
    const parsed = typeof value === 'number' ? value : typeof value === 'string' && /^[0-9]+$/u.test(value.trim()) ? Number(value) : undefined;
    return parsed !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : undefined;
  };
  // (A clipper's title keeps the browser tab's, the site's name after it: `習近平會見荷蘭首相 - 中時新聞網`.)
  const title = text(TITLE_KEYS);
  if (title) facts.title = withoutSiteName(title);
  const subtitle = text(FIELD_NAMES.subtitle);
  if (subtitle) facts.subtitle = subtitle;
  const kicker = text(FIELD_NAMES.kicker);
  if (kicker) facts.kicker = kicker;
  // A site's `source` that is its address (a web clipper's `source: https://…`) names no paper; a key after it may.
  // (Nor does a platform's name, `微信公众平台`.)
  const paper = PAPER_KEYS.map((key) => text([key])).find((value) => value !== undefined && !ADDRESS.test(value) && !isPlatformName(value));
  if (paper) facts.paper = paperInSource(paper);
  const addresses = [...FIELD_NAMES.address, 'source'].map((key) => text([key])).filter((value) => value !== undefined);
  const addressDate = addresses.map(dateInAddress).find((date) => date !== undefined);
  if (addressDate) facts.addressDate = addressDate;
  const addressPage = addresses.map(pageInAddress).find((page) => page !== undefined);
  if (addressPage !== undefined) facts.addressPage = addressPage;
  const byline = text(AUTHOR_KEYS);
  // A clipper's `author` that is a paper's name (`江城晚报`, the account that posted it) names the paper, not a byline; the paper
  // named again as its own author (`source: 海门晚报`, `author: 海门晚报`) is no byline either. (Another paper's name is its credit.)
  if (byline && !paper && isPaperName(byline)) facts.paper = byline;
  else if (byline && !(paper && isPaperName(byline) && paperInSource(paper) === byline)) facts.byline = byline;
  // A page as a number, or an e-paper's label (`page: B02` → B02, `src/archive/pages.ts`).
  // (`版面: 第3版`, `版面：第01版：要闻`, as a user writes a page in a note's properties.)
  const label = first(byName, PAGE_KEYS);
  const page = typeof label === 'string' ? pageOfValue(label)?.page : plainPage(number(PAGE_KEYS));
  if (page !== undefined) facts.page = page;
  const order = number(FIELD_NAMES.order);
  if (order !== undefined) facts.order = order;
  const date = first(byName, DATE_KEYS);
  // A TOML date keeps its offset as written (smol-toml's TomlDate); a YAML timestamp is an instant, written in UTC.
  // (A date run together is a number to YAML, `date: 20240325`, `date: 1130325`: read as written.)
  const printed =
    date instanceof Date
      ? date.toISOString()
      : typeof date === 'string'
        ? date.trim()
        : typeof date === 'number' && Number.isInteger(date)
          ? String(date)
          : undefined;
  // (A date and time run together, `20240305083000`, `2024030508`, is read before a Unix time of as many digits.)
  const compact = printed === undefined ? null : COMPACT_MOMENT.exec(printed);
  const unix = printed === undefined || compact ? undefined : unixDay(printed, timeZone);
  if (printed !== undefined && compact) facts.date = { year: Number(compact[1]), month: Number(compact[2]), day: Number(compact[3]), printed };
  else if (printed !== undefined && unix !== undefined) {
    facts.date = { ...unix, printed };
    facts.zoned = timeZone;
  } else if (printed !== undefined) {
    const match = /^((?:1[89]|2[0-2])[0-9]{2})[-/.年]([01]?[0-9])[-/.月]([0-3]?[0-9])/u.exec(printed);
    // `Date: March 8, 2024`, as Notion writes a date property.
    const english = match ? undefined : findEnglishDate(printed);
    // (after a weekday, `Friday, March 8, 2024`)
    if (english !== undefined && /^(?:[A-Za-z]+,?\s+)?$/u.test(printed.slice(0, english.index))) {
      facts.date = { year: english.year, month: english.month, day: english.day, printed };
      // (A feed's moment in UTC, `Mon, 02 Sep 2024 00:30:00 +0000`: its day where the paper is.)
      const zoned = mailDayIn(printed, timeZone);
      if (zoned !== undefined && (zoned.year !== english.year || zoned.month !== english.month || zoned.day !== english.day)) {
        facts.date = { ...zoned, printed };
        facts.zoned = timeZone;
      }
    } else if (match) {
      facts.date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), printed };
      const zoned = dayIn(printed, timeZone);
      if (zoned !== undefined && (zoned.year !== facts.date.year || zoned.month !== facts.date.month || zoned.day !== facts.date.day)) {
        facts.date = { ...zoned, printed };
        facts.zoned = timeZone;
      }
    } else {
      // A date run together (`20240325`), or an ROC date as Taiwan's notes write one (`113-03-25`, `民國113年3月25日`, `1130325`).
      const roc = parseDate(printed);
      if (roc) facts.date = { ...roc, printed };
      else facts.badDate = printed;
    }
  }
  return facts;
}

/** A page as front matter, a note or a data file writes it: `4`, `04`, `第04版`, `A04`, `A04版`, `05版：产经`, `第4版 要闻`; its number (lettered pages as `src/archive/pages.ts` numbers them) and the page's name. */
export function pageOfValue(value: string): { page: number; name?: string } | undefined {
  const text = value.trim();
  // (A number as a spreadsheet or pandas writes it, `4.0`.)
  if (/^[0-9]{1,3}(?:\.0+)?$/u.test(text)) {
    const page = plainPage(Number(text));
    return page === undefined ? undefined : { page };
  }
  // A page in Chinese numerals, as printed: `第四版`, `十二版`, `头版`, with its name after it (`一版要闻`).
  const chinese = /^第?\s*([一二三四五六七八九十]{1,3}|头|頭)\s*版(?:[\s\u3000：:]*(\p{Script=Han}{1,10}))?$/u.exec(text);
  if (chinese) {
    const page = plainPage(chinese[1] === '头' || chinese[1] === '頭' ? 1 : (parseNumber(chinese[1]!) ?? 0));
    return page === undefined ? undefined : { page, ...(chinese[2] ? { name: chinese[2] } : {}) };
  }
  // (`p4`, `P.4`: a page, not section P's.)
  const short = /^[pP]\.?\s*([0-9]{1,3})$/u.exec(text);
  if (short) {
    const page = plainPage(Number(short[1]));
    return page === undefined ? undefined : { page };
  }
  const lettered = /^第?\s*([A-Za-z]{1,2})\s*([0-9]{1,3})\s*版?(?:[\s\u3000：:]+(\p{Script=Han}{1,10}))?$/u.exec(text);
  if (lettered) {
    const page = letteredPage(lettered[1]!.toUpperCase(), Number(lettered[2]));
    return page === undefined ? undefined : { page, ...(lettered[3] ? { name: lettered[3] } : {}) };
  }
  const written = /^第?\s*([0-9]{1,3})\s*版(?:[\s\u3000：:]+(\p{Script=Han}{1,10}))?$/u.exec(text);
  if (written) {
    const page = plainPage(Number(written[1]));
    return page === undefined ? undefined : { page, ...(written[2] ? { name: written[2] } : {}) };
  }
  const header = matchPageHeader(text);
  return header ? { page: header.page, ...(header.label ? { name: header.label } : {}) } : undefined;
}

/** A date and an hour (and minutes, seconds) run together, as databases store a moment: `2024030508`, `202403050830`, `20240305083000`. */
const COMPACT_MOMENT = /^((?:19|20)[0-9]{2})(0[1-9]|1[0-2])(0[1-9]|[12][0-9]|3[01])(?:[01][0-9]|2[0-3])(?:[0-5][0-9]){0,2}$/u;

/** Unix time as a database stores a moment: seconds (ten digits) or milliseconds (thirteen) since 1970, from 1990 to 2100. */
const UNIX_TIME = /^(?:[0-9]{10}|[0-9]{13})$/u;

/** The day of a Unix time in `timeZone` (`1709596800` → 2024-03-05 in Asia/Shanghai). */
function unixDay(printed: string, timeZone: string): Pick<TextDate, 'year' | 'month' | 'day'> | undefined {
  if (!UNIX_TIME.test(printed)) return undefined;
  const milliseconds = printed.length === 13 ? Number(printed) : Number(printed) * 1000;
  if (milliseconds < Date.UTC(1990, 0, 1) || milliseconds > Date.UTC(2100, 0, 1)) return undefined;
  return dayOf(new Date(milliseconds), timeZone);
}

/** The calendar day of an instant in `timeZone`. */
function dayOf(instant: Date, timeZone: string): Pick<TextDate, 'year' | 'month' | 'day'> {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string): number => Number(parts.find((entry) => entry.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

/**
 * A timestamp in UTC (`2024-03-03T23:37:12Z`, `…+00:00`), as exporters
 * write a moment: its day is counted in `timeZone`. A time with another
 * offset (`…+08:00`, `… -0500`) is the paper's own clock, its day as written.
 */
const MOMENT = /^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?\s*(?:Z|[+-]00:?00)$/iu;

/**
 * A moment in UTC as e-mail and RSS write it (RFC 822: `Mon, 02 Sep 2024 00:30:00 +0000`, `… GMT`), as WordPress's export
 * and feeds date an item: its day is counted in `timeZone`. Another offset is the paper's own clock.
 */
const MAIL_MOMENT = /^(?:[A-Za-z]{3},?\s+)?[0-9]{1,2}\s+[A-Za-z]{3}\s+[0-9]{4}\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?\s*(?:GMT|UTC?|Z|[+-]0000)$/iu;

/** The day of an RFC 822 moment in UTC in `timeZone`; `undefined` for any other date. */
function mailDayIn(printed: string, timeZone: string): Pick<TextDate, 'year' | 'month' | 'day'> | undefined {
  if (!MAIL_MOMENT.test(printed)) return undefined;
  const instant = new Date(printed);
  return Number.isNaN(instant.getTime()) ? undefined : dayOf(instant, timeZone);
}

/** The day of a UTC moment in `timeZone`; `undefined` for a date, a local time or a time with its own offset, which are the day as written. */
function dayIn(printed: string, timeZone: string): Pick<TextDate, 'year' | 'month' | 'day'> | undefined {
  if (!MOMENT.test(printed)) return undefined;
  const instant = new Date(printed.replace(' ', 'T'));
  if (Number.isNaN(instant.getTime())) return undefined;
  return dayOf(instant, timeZone);
}
