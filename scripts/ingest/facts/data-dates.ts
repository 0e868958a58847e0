/**
 * Dates as a data file's column writes them, where one value alone cannot
 * say how to read it: a year-last date (`05.03.2024`, `3/15/2024`) is read
 * day first or month first as the whole column shows (a value over 12 in
 * one place or the other), and a column named for a date that holds
 * spreadsheet serial numbers (`45356`: days since 1899-12-30, as Excel stores
 * a date) is read as those days. A column of year-last dates whose every
 * day and month are 12 or less cannot be told (`ambiguous`, named to the
 * user), unless they are apart by dots, which are written day first.
 *
 * @example
 *   dateForm(['05.03.2024', '25.03.2024']) // → 'dmy'
 *   inForm('05.03.2024', 'dmy') // → '2024-03-05'
 */

export type DateForm = 'dmy' | 'mdy' | 'serial' | 'ambiguous';

/** A date written year last: day or month, then the other, then the year (`05.03.2024`, `3/5/2024`, `05-03-2024 08:30`). */
const YEAR_LAST = /^([0-9]{1,2})[./-]([0-9]{1,2})[./-]((?:19|20)[0-9]{2})([ T].*)?$/u;

/** A spreadsheet's serial day from 1970 to 2100. */
const SERIAL = /^[0-9]{5}(?:\.[0-9]+)?$/u;
const SERIAL_MIN = 25_569;
const SERIAL_MAX = 73_051;

export function isYearLast(value: string): boolean {
  const match = YEAR_LAST.exec(value.trim());
  return match !== null && (Number(match[1]) <= 12 || Number(match[2]) <= 12) && Number(match[1]) <= 31 && Number(match[2]) <= 31;
}

export function isSerialDay(value: string): boolean {
  const text = value.trim();
  return SERIAL.test(text) && Number(text) >= SERIAL_MIN && Number(text) <= SERIAL_MAX;
}

/** How a date column's values are to be read, when they need the whole column to tell; `undefined` when each value says. */
export function dateForm(values: readonly string[], named: boolean): DateForm | undefined {
  const written = values.map((value) => value.trim()).filter((value) => value !== '');
  if (named && written.length > 0 && written.every(isSerialDay)) return 'serial';
  const yearLast = written.map((value) => YEAR_LAST.exec(value)).filter((match) => match !== null);
  if (yearLast.length === 0) return undefined;
  const dayFirst = yearLast.some((match) => Number(match[1]) > 12);
  const monthFirst = yearLast.some((match) => Number(match[2]) > 12);
  if (dayFirst && !monthFirst) return 'dmy';
  if (monthFirst && !dayFirst) return 'mdy';
  // (Dates apart by dots are written day first wherever they are written so: `05.03.2024`, Europe's and Malaysia's.)
  if (!dayFirst && !monthFirst && yearLast.every((match) => match[0].includes('.'))) return 'dmy';
  return 'ambiguous';
}

/** A value of a column of that form written as a date any reader reads (`2024-03-05`, a time after it kept); the value as it is otherwise. */
export function inForm(value: string, form: DateForm | undefined): string {
  const text = value.trim();
  if (form === 'serial' && isSerialDay(text)) {
    const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000);
    return day.toISOString().slice(0, 10);
  }
  const match = form === 'dmy' || form === 'mdy' ? YEAR_LAST.exec(text) : null;
  if (!match) return value;
  const [day, month] = form === 'dmy' ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  return `${match[3]}-${month.padStart(2, '0')}-${day.padStart(2, '0')}${match[4] ?? ''}`;
}
