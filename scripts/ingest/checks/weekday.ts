/**
 * Check: the printed weekday against the date.
 *
 * @example
 *   checkWeekday('2024-03-08', '星期五') // → undefined (it matches)
 *   checkWeekday('2024-03-08', '星期四') // → '星期五'
 */
const NAMES = ['日', '一', '二', '三', '四', '五', '六'];

/** The weekday the date falls on, when the printed one differs; otherwise `undefined`. */
export function checkWeekday(date: string, printed: string): string | undefined {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  const name = NAMES[day]!;
  const printedName = printed.slice(-1) === '天' ? '日' : printed.slice(-1);
  return printedName === name ? undefined : `星期${name}`;
}
