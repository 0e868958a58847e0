/**
 * Rule: the day a record's own id holds, as news corpora and agencies number
 * their stories by day (LDC's Gigaword `XIN_CMN_20240103.0009`, a wire's
 * `20240103-0012`): eight digits of a real day between marks, in a field
 * named as an id. The record's date only when nothing else dates it.
 *
 * @example
 *   dateInId('XIN_CMN_20240103.0009') // → { value: '2024-01-03', printed: '20240103' }
 *   dateInId('RMRB002020241113ek11300000') // → undefined (digits run together: no day apart)
 */
import { calendarDate, plausibleYear } from './calendar.ts';

/** Fields that hold a record's own id, as names compare (`normalName`): `id`, `DOCNO`, `news_id`, `文章编号`. */
export const ID_KEYS = [
  'id',
  'docno',
  'docid',
  'doc_id',
  'news_id',
  'newsid',
  'article_id',
  'articleid',
  'story_id',
  'guid',
  '编号',
  '編號',
  '文章编号',
  '文章編號',
  '稿件编号',
  '稿件編號',
];

const DAY_IN_ID =
  /(?<![0-9A-Za-z])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])([0-3][0-9])(?![0-9])|(?<![0-9])((?:19|20)[0-9]{2})(0[1-9]|1[0-2])([0-3][0-9])(?=[._-][0-9])/u;

/** The day an id holds apart from its other parts, if it is a real one. */
export function dateInId(id: string): { value: string; printed: string } | undefined {
  const found = DAY_IN_ID.exec(id.trim());
  if (!found) return undefined;
  const [year, month, day] = [found[1] ?? found[4], found[2] ?? found[5], found[3] ?? found[6]].map(Number) as [number, number, number];
  if (!plausibleYear(year)) return undefined;
  const checked = calendarDate(year, month, day);
  return 'date' in checked ? { value: checked.date, printed: found[0] } : undefined;
}
