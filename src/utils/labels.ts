/**
 * Interface wording, written once in Simplified Chinese; Traditional pages
 * get it converted with the rest of the page text.
 */
export const SITE_NAME = '报库';
export const SITE_TAGLINE = '报纸数字档案';

export const KIND_LABEL: Record<'article' | 'qa', string> = { article: '文章', qa: '问答实录' };

export const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

/** `2024-03-08` → `2024年3月8日`. */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * An issue's date as the site shows and cites it: its day (`2024年3月8日`), or its month alone for an issue that prints no
 * day (`monthOnly`: `2024年4月`), whose `date` is the month's first day only to file it.
 */
export function formatIssueDate(entry: { date: string; monthOnly?: true | undefined }): string {
  if (!entry.monthOnly) return formatDate(entry.date);
  const [year, month] = entry.date.split('-');
  return formatMonth(year!, Number(month));
}

/** An issue's date for machines (schema.org's `datePublished`): `2024-03-08`, or `2024-04` for an issue that prints no day. */
export function publishedDate(entry: { date: string; monthOnly?: true | undefined }): string {
  return entry.monthOnly ? entry.date.slice(0, 7) : entry.date;
}

/** A web crawl's moment of capture (`2024-03-09T08:30:06Z`) as a citation gives it: `2024年3月9日 08:30 UTC`. */
export function formatCaptured(moment: string): string {
  const match = /^([0-9]{4}-[0-9]{2}-[0-9]{2})(?:T([0-9]{2}:[0-9]{2}))?/u.exec(moment);
  if (!match) return moment;
  return match[2] === undefined ? formatDate(match[1]!) : `${formatDate(match[1]!)} ${match[2]} UTC`;
}

/** `2024-03` → `2024年3月`. */
export function formatMonth(year: string, month: number): string {
  return `${year}年${month}月`;
}
