/**
 * A date written in English, as note apps, overseas Chinese papers' sites
 * and English-language interfaces print it: `March 8, 2024`, `Mar 08, 2024`,
 * `8 March 2024`, `Friday, 8 March 2024`, `8 Mar. 2024`. The month is a
 * word, so day and month cannot be swapped (a numeric `07/03/2024` can).
 *
 * @example
 *   findEnglishDate('Created: March 9, 2024 10:11 AM') // → {year: 2024, month: 3, day: 9, printed: 'March 9, 2024', index: 9}
 *   findEnglishDate('Published 2 April 2024 5:00 AM') // → {year: 2024, month: 4, day: 2, printed: '2 April 2024', index: 10}
 *   findEnglishDate('卢振宇. (2021, January 14). 标题.') // → {year: 2021, month: 1, day: 14, printed: '2021, January 14', index: 6}
 *   findEnglishDate('Mayday 2024') // → undefined
 */
import type { TextDate } from './from-text.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name in full or cut to three letters (or `Sept`), with or without a full stop. */
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const YEAR = '((?:1[89]|20)[0-9]{2})';
const DAY = '([0-3]?[0-9])(?:st|nd|rd|th)?';
const MONTH_FIRST = new RegExp(`(?<![A-Za-z])${MONTH}\\s+${DAY},?\\s+${YEAR}(?![0-9])`, 'iu');
const DAY_FIRST = new RegExp(`(?<![A-Za-z0-9])${DAY}\\s+${MONTH},?\\s+${YEAR}(?![0-9])`, 'iu');
/** The year first, as APA's citations give a newspaper's day: `(2021, January 14)`. */
const YEAR_FIRST = new RegExp(`(?<![0-9])${YEAR},\\s*${MONTH}\\s+${DAY}(?![0-9])`, 'iu');

export interface EnglishDate extends TextDate {
  /** Where the date starts in the text. */
  index: number;
}

export function findEnglishDate(text: string): EnglishDate | undefined {
  const monthFirst = MONTH_FIRST.exec(text);
  if (monthFirst) return englishDate(monthFirst[1]!, monthFirst[2]!, monthFirst[3]!, monthFirst[0], monthFirst.index);
  const dayFirst = DAY_FIRST.exec(text);
  if (dayFirst) return englishDate(dayFirst[2]!, dayFirst[1]!, dayFirst[3]!, dayFirst[0], dayFirst.index);
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return englishDate(yearFirst[2]!, yearFirst[3]!, yearFirst[1]!, yearFirst[0], yearFirst.index);
  return undefined;
}

function englishDate(month: string, day: string, year: string, printed: string, index: number): EnglishDate | undefined {
  const number = MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1;
  if (number === 0) return undefined;
  return { year: Number(year), month: number, day: Number(day), printed, index };
}

/**
 * A date in English alone on its line, after a short label and a weekday
 * and before a time of day (`Date: March 8, 2024`, `Published 2 April 2024 5:00 AM`,
 * `Created: March 9, 2024 10:11 AM`, `Friday, 8 March 2024`), or after a weekly's volume and number
 * (`Vol. 28, No. 10　　Friday, March 8, 2024`).
 */
const DATE_ONLY = new RegExp(
  `^(?:[A-Za-z_ -]{1,20}[：:]?\\s*|Vol\\.?\\s*[0-9]{1,4},?\\s*No\\.?\\s*[0-9]{1,5},?\\s*)?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\\s+)?(?:${MONTH}\\s+${DAY},?|${DAY}\\s+${MONTH},?)\\s+${YEAR}(?:,?\\s+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?\\s*(?:AM|PM|am|pm)?)?$`,
  'iu',
);

export function englishDateOnly(text: string): EnglishDate | undefined {
  return DATE_ONLY.test(text.trim()) ? findEnglishDate(text) : undefined;
}
