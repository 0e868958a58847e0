/**
 * Rule: the day a record's own id holds, as news corpora number their stories
 * by source and day (LDC's Gigaword `XIN_CMN_20240103.0009`): a source's code
 * in capitals, eight digits of a real day, the story's number, in a field
 * named as an id. The record's date only when nothing else dates it.
 *
 * @example
 *   dateInId('XIN_CMN_20240103.0009') // → { value: '2024-01-03', printed: '20240103' }
 *   dateInId('RMRB002020241113ek11300000') // → undefined (digits run together: no day apart)
 *   dateInId('20240310-000123') // → undefined (a day and a number may be a crawl's batch, another day)
 */
import { calendarDate, plausibleYear } from './calendar.ts';

/** Fields that hold a record's own id, as names compare (`normalName`): `id`, `DOCNO`. */
export const ID_KEYS = ['id', 'docno', 'docid', 'doc_id', 'story_id'];

/** A corpus's id: its source's code (`XIN_CMN`, `AFP_CMN`, `CNA`), the day, the story's number. */
const DAY_IN_ID = /^[A-Z]{2,5}(?:_[A-Z]{2,5})*_?((?:19|20)[0-9]{2})(0[1-9]|1[0-2])([0-3][0-9])[._-][0-9]{1,6}$/u;

/** The day a corpus's id holds, if it is a real one. */
export function dateInId(id: string): { value: string; printed: string } | undefined {
  const found = DAY_IN_ID.exec(id.trim());
  if (!found) return undefined;
  const [year, month, day] = [Number(found[1]), Number(found[2]), Number(found[3])];
  if (!plausibleYear(year)) return undefined;
  const checked = calendarDate(year, month, day);
  return 'date' in checked ? { value: checked.date, printed: `${found[1]}${found[2]}${found[3]}` } : undefined;
}
