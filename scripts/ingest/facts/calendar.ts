/**
 * Calendar dates as `YYYY-MM-DD`, checked: a date that cannot exist
 * (`2月30日`, `2023-02-29`) is reported, never rolled over.
 *
 * @example
 *   calendarDate(2024, 2, 29) // → {date: '2024-02-29'}
 *   calendarDate(2023, 2, 29) // → {impossible: '2023-02-29'}
 */
export type CalendarDate = { date: string } | { impossible: string };

/** `YYYY-MM-DD`, unchecked. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date's day, as any reader gives it. */
type DayOf = { year: number; month: number; day: number };

/** Whether two dates are one day. */
export function sameDay(a: DayOf, b: DayOf): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const text = isoDate(year, month, day);
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real = month >= 1 && month <= 12 && day >= 1 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? { date: text } : { impossible: text };
}

/** Years a newspaper archive may hold: anything else is a number that looks like a date. */
export function plausibleYear(year: number): boolean {
  return year >= 1800 && year <= 2200;
}

/**
 * The Republic of China calendar, as Taiwan's papers and libraries date
 * (`中華民國113年3月29日`, `民國113年`, `113/09/09`): year 1 is 1912.
 */
export const ROC_EPOCH = 1911;

/**
 * The era's name before an ROC year, in both scripts (`中華民國`, `民國`), as a RegExp source; a space OCR put inside it
 * read through (`中華民 國七十五年`).
 */
export const ROC_ERA = '(?:中 ?華 ?民 ?國|中 ?华 ?民 ?国|民 ?國|民 ?国)';

/** A year as printed in the ROC calendar, written out in the common era. */
export function rocYear(year: number): number {
  return year + ROC_EPOCH;
}

/**
 * An ROC date in digits, its parts apart by one mark, as Taiwan's sites,
 * libraries and file names print it (`113/03/15`, `113.03.15`, `113-03-15`):
 * a three-digit year, 100 (2011) to 149, as a RegExp source with groups
 * year, mark, month, day. (A two-digit year, `99/03/15`, could be either era's.)
 */
export const ROC_NUMERIC = '(1[0-4][0-9])([./-])([01]?[0-9])\\2([0-3]?[0-9])';

const ROC_ERA_IN_TEXT = new RegExp(ROC_ERA, 'u');
const ROC_NUMERIC_IN_TEXT = new RegExp(`(?<![0-9./-])${ROC_NUMERIC}(?![0-9])`, 'u');

/** Lines that date by the ROC calendar: its era's name (`民國`) or an ROC date in digits (`113/03/15`). Taiwan's papers do; Hong Kong's, in the same script, do not. */
export function usesRocCalendar(lines: readonly string[]): boolean {
  return lines.some((line) => ROC_ERA_IN_TEXT.test(line) || ROC_NUMERIC_IN_TEXT.test(line));
}
