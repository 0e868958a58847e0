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

/**
 * The words a paragraph opens with when it goes on with what the text above has told — the night or the hour it named
 * (`当晚11时，…`, `几乎在同一时间，…`, `随后，…`), a link to it (`此外，…`, `对此，…`, `与此同时，…`), or someone it has
 * introduced speaking (`他说，…`): a story's next part, never a new story's lead, which names its own day, place and
 * people.
 */
const BACK_REFERENCE = new RegExp(
  [
    // (The night, the hour or the day already named, whatever follows.)
    '^(?:当晚|當晚|当天|當天|当日|當日|次日|翌日|随后|隨後|此后|此後|其后|其後|事后|事後|稍后|稍後)',
    // (A link to what came before, as a clause of its own.)
    '|^(?:(?:几乎)?在?同一时间|(?:幾乎)?在?同一時間|与此同时|與此同時|此外|另外|对此|對此|为此|為此|不过|不過|然而|除此之外|除此以外|另一方面|尽管如此|儘管如此)[，,、\\s\\u3000]',
    // (Someone the story has introduced, speaking: `他说，…`. Not `她已经…`, `这里是…`, which a feature opens on.)
    '|^(?:他|她|他们|他們|她们|她們)(?:说|說|介绍|介紹|表示|认为|認為|告诉|告訴|坦言|回忆|回憶|笑着说|笑著說)',
  ].join(''),
  'u',
);

export function refersBack(text: string): boolean {
  return BACK_REFERENCE.test(text.trimStart());
}

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

/** Share of a head line's two-character terms a lead paragraph may hold and still not restate it. */
const UNSTATED_SHARE = 0.2;

/**
 * Whether a lead restates one head line's news and next to none of another's
 * words: `restatesNewTitle` for `line`, and under `UNSTATED_SHARE` of
 * `other`'s two-character terms in the whole lead paragraph (a headline's
 * news may come in its second sentence: `…最低气温将降至2℃。市气象台已发布寒潮蓝色预警信号。`). A news lead
 * restates its headline; a kicker's context or a subtitle's elaboration it
 * may, but a line it does not touch at all is not the one it reports.
 */
export function restatesOnly(line: string, other: string, lead: string): boolean {
  return restatesNewTitle(line, lead, '') && sharedTermShare(lead, other, 2) < UNSTATED_SHARE;
}

/** Share of a head line's two-character terms a lead paragraph must hold to state its news after the first sentence. */
const STATED_LATER_SHARE = 0.5;

/**
 * Whether a lead opens on `line`'s news and states `other`'s only after its
 * first sentence: `line` restated by the first sentence, next to none of
 * `other`'s words in it (under `UNSTATED_SHARE`), and at least `STATED_LATER_SHARE` of `other`'s terms further on in the paragraph
 * (`東涌綫延線工程進展逾半` / `東涌東站料二〇二九年通車` over `…東涌綫延線工程進展理想。…東涌東站…預計二〇二九年通車`). A
 * news story opens on its headline and then gives the detail its subtitle picks out; a kicker's fact over an editor's
 * comment leaves the comment's words out of the lead altogether (`restatesOnly`).
 */
export function opensOnFirstOfTwo(line: string, other: string, lead: string): boolean {
  return (
    !opensOnClause(lead, line) &&
    restatesNewTitle(line, lead, '') &&
    sharedTermShare(firstSentence(lead), other, 2) < UNSTATED_SHARE &&
    sharedTermShare(lead, other, 2) >= STATED_LATER_SHARE
  );
}

/** How far into a lead its own clause may stand, after the lead's tag or credit (`本报讯　`, `【本報訊】`). */
const OPENING_CLAUSE_WITHIN = 12;

/**
 * Whether a lead opens on `line` word for word as a clause of its own (`全国两会召开在即。3月2日，…`,
 * `坚持以人民为中心的发展思想，是…`): the kicker's context or slogan, which a lead may take up before it gives the news —
 * not a headline's news, which a lead tells in its own words or at its clause's end (`…影响，国际油价连续三周上涨。`).
 */
function opensOnClause(lead: string, line: string): boolean {
  const at = lead.indexOf(line);
  return at !== -1 && at <= OPENING_CLAUSE_WITHIN && /^[，。,；;！!：:]/u.test(lead.slice(at + line.length));
}
