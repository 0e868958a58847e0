/**
 * Check: the printed lunar date against the date, with the Chinese calendar
 * of `Intl.DateTimeFormat` (no dependency).
 *
 * @example
 *   lunarDate('2024-03-08') // → '甲辰年正月廿八'
 *   checkLunarDate('2024-03-08', '甲辰年正月廿八') // → undefined (it matches)
 */
const FORMAT = new Intl.DateTimeFormat('zh-CN-u-ca-chinese', { dateStyle: 'full', timeZone: 'UTC' });

/** Traditional forms that may be printed in a lunar date, folded to the forms Intl prints. */
const FOLD: Record<string, string> = { 閏: '闰', 臘: '腊', 貳: '二' };

export function lunarDate(date: string): string {
  const full = FORMAT.format(new Date(`${date}T00:00:00Z`));
  // `2024甲辰年正月廿八星期五` → `甲辰年正月廿八`
  return full.replace(/^[0-9]+/u, '').replace(/星期.$/u, '');
}

/** The computed lunar date when the printed one differs; otherwise `undefined`. */
export function checkLunarDate(date: string, printed: string): string | undefined {
  const expected = lunarDate(date);
  const folded = Array.from(printed, (char) => FOLD[char] ?? char).join('');
  // A paper may print only the month and day (`正月廿八`), or only the year (`农历甲辰年`).
  return expected === folded || expected.endsWith(folded) || (/年$/u.test(folded) && expected.startsWith(folded)) ? undefined : expected;
}
