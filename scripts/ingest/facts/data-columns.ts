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
import { letteredPage, plainPage } from '../../../src/archive/pages.ts';
import { matchPageHeader } from '../rules/page-header.ts';
import { isPaperName } from '../rules/paper-name.ts';
import { charLength } from '../punctuation.ts';
import { factsFromFrontmatter } from './from-frontmatter.ts';
import { roleOfName, type FieldRole } from './field-names.ts';

export interface ColumnRole {
  role: FieldRole | 'rowNumber';
  /** How it was told: by the column's name, or by its values (no header, or a name not known). */
  by: 'name' | 'values';
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
}

/** Share of a column's values that must fit a role. */
const FIT = 0.6;
/** Share, for a role read from values alone. */
const FIT_BY_VALUES = 0.8;

/** A page as a data file writes it: `4`, `04`, `第04版`, `A04`, `A04版`, `05版：产经`, `第4版 要闻`; its number (lettered pages as `src/archive/pages.ts` numbers them) and the page's name. */
export function pageOfValue(value: string): { page: number; name?: string } | undefined {
  const text = value.trim();
  if (/^[0-9]{1,3}$/u.test(text)) {
    const page = plainPage(Number(text));
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

/** Whether a value is a date of publication as a data file writes one (a date, a moment, a Unix time). */
export function isDateValue(value: string): boolean {
  return factsFromFrontmatter({ date: value }).date !== undefined;
}

const fits: Partial<Record<FieldRole, (value: string) => boolean>> = {
  date: isDateValue,
  page: (value) => pageOfValue(value) !== undefined,
  // (A paper's name, or a site's address, which names none but is no other fact.)
  paper: (value) => charLength(value.trim()) <= 40 && !/\n/u.test(value),
  title: (value) => charLength(value.trim()) <= 200,
};

/**
 * The role of every column. `values(key)` gives the column's non-empty
 * values (a sample); `named` says whether the keys are a header's names
 * (JSON keys and a header row) or only the columns' places (`column 3`).
 */
export function columnRoles(keys: readonly string[], values: (key: string) => readonly string[], named: boolean): Columns {
  const roles = new Map<string, ColumnRole>();
  const rejected: RejectedName[] = [];
  const taken = new Set<FieldRole | 'rowNumber'>();
  if (named) {
    for (const key of keys) {
      const role = roleOfName(key);
      if (role === undefined || taken.has(role)) continue;
      const sample = values(key);
      const fit = fits[role];
      const misfit = fit ? sample.filter((value) => !fit(value)) : [];
      if (fit && sample.length > 0 && misfit.length > sample.length * (1 - FIT)) {
        rejected.push({ key, role, example: misfit[0]! });
        continue;
      }
      roles.set(key, { role, by: 'name' });
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
    roles.set(key, { role, by: 'values' });
    if (role !== 'rowNumber') taken.add(role);
  };
  for (const key of rest) if (isRowNumbers(values(key))) roles.set(key, { role: 'rowNumber', by: 'values' });
  const open = (): string[] => rest.filter((key) => !roles.has(key));
  const mean = (key: string): number => {
    const sample = values(key);
    return sample.length === 0 ? 0 : sample.reduce((sum, value) => sum + charLength(value), 0) / sample.length;
  };
  // Only a column with no name says nothing by it: a named column not known (`crawl_time`, `word_count`) is kept as it is, never guessed at.
  const guessable = (key: string): boolean => !named || roleOfName(key) !== undefined || /^(?:column\s*\d+|unnamed:?\s*\d+|\d+|)$/iu.test(key.trim());
  assign(
    'date',
    open()
      .filter(guessable)
      .find((key) => share(key, (value) => isDateValue(value) && !/^[0-9]{1,3}$/u.test(value.trim())) >= FIT_BY_VALUES),
  );
  assign(
    'page',
    open()
      .filter(guessable)
      .find((key) => share(key, (value) => pageOfValue(value) !== undefined) >= FIT_BY_VALUES && !isRowNumbers(values(key))),
  );
  const longest = open()
    .filter(guessable)
    .sort((a, b) => mean(b) - mean(a))[0];
  if (longest !== undefined && mean(longest) >= 40) assign('text', longest);
  assign(
    'title',
    open()
      .filter(guessable)
      .find((key) => {
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
    open()
      .filter(guessable)
      .find((key) => share(key, isPaperName) >= FIT_BY_VALUES),
  );
  return { roles, rejected };
}

/** A column of row numbers: whole numbers, each one more than the one before (pandas' index, a spreadsheet's `序号`). */
function isRowNumbers(sample: readonly string[]): boolean {
  if (sample.length < 2 || !sample.every((value) => /^[0-9]+$/u.test(value.trim()))) return false;
  return sample.every((value, index) => index === 0 || Number(value) === Number(sample[index - 1]) + 1);
}
