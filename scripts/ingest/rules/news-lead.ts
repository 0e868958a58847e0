/**
 * Rule: whether the text under a lone title line reads as the lead of a new
 * story. A news lead (导语) says when: its first clause names the day
 * (`3日`, `今天（9月2日）`, `近日`, `11月8日`), and it restates the news of
 * its headline (`李强会见厄立特里亚总统` → `国务院总理李强3日在京会见……厄立特里亚总统`).
 * A subhead inside a story rarely does both with words the story above has
 * not used yet.
 *
 * @example
 *   isDatedLead('国务院总理李强3日在京会见来华出席中非合作论坛北京峰会的厄立特里亚总统。') // → true
 *   restatesNewTitle('李强会见厄立特里亚总统', '国务院总理李强3日在京会见……厄立特里亚总统', '习近平会见几内亚总统……') // → true
 */
import { NUMBER } from '../numerals.ts';
import { hanTerms, sharedTermShare } from './topic-shift.ts';

/**
 * A day named the way a lead names it: `3日`, `11月8号`, `今天`, `昨天`,
 * `近日`, `日前`. Not `当天` or `本月`, which refer back to a day a story has
 * already named, and not `1号` alone (a line number, a house number).
 */
const DAY = new RegExp(`(?:${NUMBER})\\s*日|月\\s*(?:${NUMBER})\\s*[号號]|[今昨前]天|[今昨]日|近日|日前|[连連]日`, 'u');

/** How far into its first sentence a lead names the day (characters). */
const LEAD_DAY_WITHIN = 30;

/** A lead that opens on the day it reports, dated (`今天（9月2日），`, `昨天（11月8日）`), or on news just out (`日前，`, `近日，`). */
const DATED_TODAY = /^(?:(?:今天|昨天|今日|昨日)[（(]|日前|近日)/u;

/** A text's first sentence (up to its first `。！？` or line break). */
export function firstSentence(text: string): string {
  return text.split(/[。！？!?\n]/u, 1)[0] ?? '';
}

/**
 * Whether `text` opens with a lead's time: a day named within the first
 * characters of its first sentence, after who (`国务院总理李强3日在京会见`),
 * or at its start as a dated today or news just out (`今天（9月2日），`,
 * `日前，`). A paragraph that opens on a bare day (`3日上午，…`) goes on with a story's events.
 */
export function isDatedLead(text: string): boolean {
  const sentence = Array.from(firstSentence(text)).slice(0, LEAD_DAY_WITHIN).join('');
  const day = DAY.exec(sentence);
  return day !== null && (day.index > 0 || DATED_TODAY.test(sentence));
}

/** Fewest two-character terms of the title, new to the story above, for the restatement to count. */
const MIN_NEW_TERMS = 3;

/** Share of those new terms the lead's first sentence must hold. */
const RESTATED_SHARE = 0.6;

/**
 * Whether the first sentence of `lead` restates the title with words that
 * the story above (`before`) has not used: at least `MIN_NEW_TERMS` of the
 * title's two-character terms are new to it, and `RESTATED_SHARE` of those
 * stand in the lead.
 */
export function restatesNewTitle(title: string, lead: string, before: string): boolean {
  const known = hanTerms(before, 2);
  const fresh = [...hanTerms(title, 2)].filter((term) => !known.has(term));
  if (fresh.length < MIN_NEW_TERMS) return false;
  const first = hanTerms(firstSentence(lead), 2);
  const restated = fresh.filter((term) => first.has(term)).length;
  return restated / fresh.length >= RESTATED_SHARE;
}

/** Share of a head line's two-character terms a lead's first sentence may hold and still not restate it. */
const UNSTATED_SHARE = 0.2;

/**
 * Whether a lead restates one head line's news and next to none of another's
 * words: `restatesNewTitle` for `line`, and under `UNSTATED_SHARE` of
 * `other`'s two-character terms in the lead's first sentence. A news lead
 * restates its headline; a kicker's context or a subtitle's elaboration it
 * may, but a line it does not touch at all is not the one it reports.
 */
export function restatesOnly(line: string, other: string, lead: string): boolean {
  return restatesNewTitle(line, lead, '') && sharedTermShare(firstSentence(lead), other, 2) < UNSTATED_SHARE;
}
