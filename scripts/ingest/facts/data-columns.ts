/**
 * What each column of a data file holds: named by its header (`标题`,
 * `pub_date`, `內文`: `field-names.ts`) and shown by its values. A name gives
 * a column its role only when its values fit it (a `date` of dates, a `page`
 * of pages); a column with no known name, or a file with no header row, is
 * read by its values alone: dates, page labels, the longest text (the
 * article's), a short line of Chinese per row (the headline), a paper's name.
 * A column of row numbers (pandas' index) holds no fact.
 *
 * @example
 *   columnRoles(['日期', '标题', '正文'], values).get('日期') // → {role: 'date', by: 'name'}
 */
import { isPaperName } from '../rules/paper-name.ts';
import { charLength } from '../punctuation.ts';
import { factsFromFrontmatter, pageOfValue } from './from-frontmatter.ts';
import { nameRank, roleOfName, type FieldRole } from './field-names.ts';
import { dateForm, isSerialDay, isYearLast, type DateForm } from './data-dates.ts';

export interface ColumnRole {
  role: FieldRole | 'rowNumber';
  /** How it was told: by the column's name, or by its values (no header, or a name not known). */
  by: 'name' | 'values';
  /** A date column's values that need the whole column to be read (year last, spreadsheet serials: `data-dates.ts`). */
  form?: DateForm;
}

/** A column named for a role whose values do not fit it, kept as an extra field. */
export interface RejectedName {
  key: string;
  role: FieldRole;
  /** A value that does not fit, for the message. */
  example: string;
}

export interface Columns {
  roles: Map<string, ColumnRole>;
  rejected: RejectedName[];
  /** A title column whose values are as long as articles, over a text column of headlines: read the other way round, and said. */
  swapped?: { title: string; text: string };
}

/** Share of a column's values that must fit a role. */
const FIT = 0.6;
/** Share, for a role read from values alone. */
const FIT_BY_VALUES = 0.8;

/** Whether a value is a date of publication as a data file writes one (a date, a moment, a Unix time; year last). */
export function isDateValue(value: string): boolean {
  return factsFromFrontmatter({ date: value }).date !== undefined || isYearLast(value);
}

/** An address: what a `source` column holds on some sites, naming no paper. */
const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/|$)/iu;

const fits: Partial<Record<FieldRole, (value: string) => boolean>> = {
  page: (value) => pageOfValue(value) !== undefined,
  // (A paper's name: short, on one line, no address.)
  paper: (value) => charLength(value.trim()) <= 40 && !/\n/u.test(value) && !ADDRESS.test(value.trim()),
  title: (value) => charLength(value.trim()) <= 200,
};

/** Whether a value fits a role as a column's values must (a date for `date`, a page for `page`; any value for a role with no test). */
export function fitsRole(role: FieldRole, value: string): boolean {
  if (role === 'date') return isDateValue(value) || isSerialDay(value);
  return fits[role]?.(value) ?? true;
}

/**
 * Names of what is no fact of the paper's: when a file was crawled, stored or
 * changed, a count, an id, an address. Such a column is never read by its
 * values, whatever they look like.
 */
/** Whether a field's name says it holds no fact of the paper's (`crawl_time`, `timestamp`, `url`, `word_count`): never read for a date, page or head by its values. */
export function namesNoFact(key: string): boolean {
  // (An id in camel case, `nodeId`, `articleID`: a record's number, never its page.)
  return NOT_A_FACT.test(key) || /[a-z](?:Id|ID)$/u.test(key);
}

const NOT_A_FACT =
  /crawl|fetch|spider|scrap|insert|added|bookmark|updat|modif|creat|stamp|count|size|num$|id$|uuid|hash|url|link|href|slug|post_?name|click|hits$|views$|width|height|length|duration|voter|votes|rank|sort|status|progress|fingerprint|percent|抓取|采集|爬取|入库|入庫|更新|修改|创建|創建|[字篇条條件次人个個项項][数數]|[数數]量|合[计計]|[总總][计計]|[备備][注註]|编号|編號|序号|序號|点击|點擊|阅读|閱讀|链接|鏈接|网址|網址/iu;

/**
 * The role of every column. `values(key)` gives the column's non-empty
 * values (a sample); `named` says whether the keys are a header's names
 * (JSON keys and a header row) or only the columns' places (`column 3`);
 * `rows`, how many rows were sampled, when some may leave a column empty.
 * Named columns first, the most telling name of a role first (`日期` before
 * `time`); then, for each role no name gave, a column with no name or a name
 * not known, by its values.
 */
export function columnRoles(keys: readonly string[], values: (key: string) => readonly string[], named: boolean, rows?: number): Columns {
  const roles = new Map<string, ColumnRole>();
  const rejected: RejectedName[] = [];
  const taken = new Set<FieldRole | 'rowNumber'>();
  if (named) {
    const candidates = keys.filter((key) => roleOfName(key) !== undefined).sort((a, b) => nameRank(a) - nameRank(b) || keys.indexOf(a) - keys.indexOf(b));
    for (const key of candidates) {
      const role = roleOfName(key)!;
      if (taken.has(role)) continue;
      const sample = values(key);
      const fit = role === 'date' || fits[role] ? (value: string) => fitsRole(role, value) : undefined;
      const misfit = fit ? sample.filter((value) => !fit(value)) : [];
      if (fit && sample.length > 0 && misfit.length > sample.length * (1 - FIT)) {
        rejected.push({ key, role, example: misfit[0]! });
        continue;
      }
      const form = role === 'date' ? dateForm(sample, true) : undefined;
      roles.set(key, { role, by: 'name', ...(form ? { form } : {}) });
      taken.add(role);
    }
  }
  // The rest by their values: row numbers, dates, pages, the text, the headline, the paper.
  const rest = keys.filter((key) => !roles.has(key) && (!named || roleOfName(key) === undefined || rejected.some((one) => one.key === key)));
  const share = (key: string, test: (value: string) => boolean): number => {
    const sample = values(key);
    return sample.length === 0 ? 0 : sample.filter(test).length / sample.length;
  };
  const assign = (role: FieldRole | 'rowNumber', key: string | undefined): void => {
    if (key === undefined || taken.has(role) || roles.has(key)) return;
    const form = role === 'date' ? dateForm(values(key), false) : undefined;
    roles.set(key, { role, by: 'values', ...(form ? { form } : {}) });
    if (role !== 'rowNumber') taken.add(role);
  };
  for (const key of rest) if (isRowNumbers(values(key))) roles.set(key, { role: 'rowNumber', by: 'values' });
  const mean = (key: string): number => {
    const sample = values(key);
    return sample.length === 0 ? 0 : sample.reduce((sum, value) => sum + charLength(value), 0) / sample.length;
  };
  // A column's name that says nothing (`column 3`, pandas' `Unnamed: 0`), or names no fact of the paper's (`crawl_time`, `url`, `word_count`: never).
  const open = (): string[] => rest.filter((key) => !roles.has(key) && !namesNoFact(key));
  assign(
    'date',
    open().find((key) => share(key, (value) => isDateValue(value) && !/^[0-9]{1,3}$/u.test(value.trim())) >= FIT_BY_VALUES),
  );
  assign(
    'page',
    open().find(
      (key) =>
        share(key, (value) => pageOfValue(value) !== undefined) >= FIT_BY_VALUES &&
        !isRowNumbers(values(key)) &&
        // (A column of 0, 1 and -1 is a flag, DedeCMS's `ismake`, not pages.)
        !values(key).every((value) => /^-?[01]$/u.test(value.trim())),
    ),
  );
  // (With no text column, an RSS item's `description` or a record's `summary` is its text.)
  const summary = [...roles].find(([, role]) => role.role === 'summary')?.[0];
  // (Filled in most rows: a remark on one row, `备注`, is no column of text.)
  const longest = open()
    .filter((key) => rows === undefined || values(key).length * 2 >= rows)
    .sort((a, b) => mean(b) - mean(a))[0];
  if (longest !== undefined && mean(longest) >= 40 && (summary === undefined || mean(longest) > mean(summary))) assign('text', longest);
  else if (summary !== undefined && !taken.has('text')) {
    roles.set(summary, { role: 'text', by: 'name' });
    taken.add('text');
  }
  assign(
    'title',
    open().find((key) => {
      if (rows !== undefined && values(key).length * 2 < rows) return false;
      const sample = values(key);
      const m = mean(key);
      return (
        m >= 4 &&
        m <= 60 &&
        share(key, (value) => /\p{Script=Han}/u.test(value) && !/\n/u.test(value)) >= FIT_BY_VALUES &&
        new Set(sample).size >= sample.length * 0.8
      );
    }),
  );
  assign(
    'paper',
    open().find((key) => share(key, isPaperName) >= FIT_BY_VALUES),
  );
  // A title column as long as articles over a text column of headlines: a scraper's columns swapped.
  // (A title column too long to be one was set aside above: it is the text, when the text column holds headlines.)
  const longTitle = rejected.find((one) => one.role === 'title');
  const titleKey = [...roles].find(([, role]) => role.role === 'title')?.[0] ?? longTitle?.key;
  const textKey = [...roles].find(([, role]) => role.role === 'text')?.[0];
  let swapped: Columns['swapped'];
  if (titleKey !== undefined && textKey !== undefined && mean(titleKey) >= 100 && mean(textKey) <= 40) {
    if (longTitle?.key === titleKey) rejected.splice(rejected.indexOf(longTitle), 1);
    roles.set(titleKey, { ...(roles.get(titleKey) ?? { by: 'name' }), role: 'text' });
    roles.set(textKey, { ...roles.get(textKey)!, role: 'title' });
    swapped = { title: titleKey, text: textKey };
  }
  // (In the columns' order, as the file's note lists them.)
  const ordered = new Map([...roles].sort(([a], [b]) => keys.indexOf(a) - keys.indexOf(b)));
  return { roles: ordered, rejected, ...(swapped ? { swapped } : {}) };
}

/** A column of row numbers: whole numbers, each one more than the one before (pandas' index, a spreadsheet's `序号`). */
function isRowNumbers(sample: readonly string[]): boolean {
  if (sample.length < 2 || !sample.every((value) => /^[0-9]+$/u.test(value.trim()))) return false;
  return sample.every((value, index) => index === 0 || Number(value) === Number(sample[index - 1]) + 1);
}
