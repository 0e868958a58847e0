/**
 * Rule: whether the text under a lone title line goes on with the article
 * above it or turns to a new story — lexical cohesion, the signal
 * TextTiling (Hearst 1997) uses to find story boundaries. Paragraphs of one
 * story share names and terms (runs of Han characters); the first
 * paragraphs of the next story share few with it. A
 * news roundup (`国内快讯`, `要闻简报`) is the exception: its items change
 * topic by design, and its item headings are not articles.
 *
 * @example
 *   isNewStory('神舟十九号乘组在轨满月……', '11月以来，上海、北京五个国际消费中心城市……') // → true
 *   isRoundupTitle('国内联播快讯') // → true
 */

const HAN = /\p{Script=Han}/u;

/** The distinct runs of `length` Han characters in `text` (a run that crosses punctuation, a letter, a digit or a space is none). */
export function hanTerms(text: string, length: number): Set<string> {
  const terms = new Set<string>();
  let run: string[] = [];
  for (const char of text) {
    if (!HAN.test(char)) {
      run = [];
      continue;
    }
    run.push(char);
    if (run.length > length) run.shift();
    if (run.length === length) terms.add(run.join(''));
  }
  return terms;
}

/** The share (0–1) of the terms of `length` characters of `after` that also occur in `before`; 0 when `after` has none. */
export function sharedTermShare(before: string, after: string, length: number): number {
  return shareIn(hanTerms(before, length), hanTerms(after, length));
}

/** The share (0–1) of `following` found in `preceding`; 0 when `following` is empty. */
function shareIn(preceding: Set<string>, following: Set<string>): number {
  if (following.size === 0) return 0;
  let shared = 0;
  for (const term of following) if (preceding.has(term)) shared += 1;
  return shared / following.size;
}

/**
 * The shares of shared terms below which the text under a lone title line
 * is a new story: fewer than 2 % of its three-character runs and fewer than
 * 10 % of its two-character ones occur in the article above. Trigrams carry
 * the decision (unrelated stories share common words such as `今天`, `全国`,
 * rarely three characters in a row); bigrams keep a short paragraph that
 * goes on with the story's words (`管网`, `改造`) under it. Chosen on the
 * layout benchmark (real news text; per-page, per-issue and Traditional
 * families; seeds 1–3), sweeping 1–5 % and 8–15 %: a higher threshold
 * splits more subheads off as articles, a lower one merges more articles.
 * Bigrams alone at their best (5 %) found 0–1 point fewer exact titles per
 * family.
 */
export const NEW_STORY_SHARE = { trigrams: 0.02, bigrams: 0.1 } as const;

/** Fewest three-character terms of text on either side for the topic to be judged; with fewer, no new story is seen. */
export const MIN_TERMS = 20;

/** Whether `after` turns to another story than `before` (see `NEW_STORY_SHARE`); never on too little text to judge (`MIN_TERMS`). */
export function isNewStory(before: string, after: string): boolean {
  const preceding = hanTerms(before, 3);
  const following = hanTerms(after, 3);
  if (preceding.size < MIN_TERMS || following.size < MIN_TERMS) return false;
  return shareIn(preceding, following) < NEW_STORY_SHARE.trigrams && sharedTermShare(before, after, 2) < NEW_STORY_SHARE.bigrams;
}

/** A roundup's name: short items under one head (`快讯`, `简讯`, `要闻速览`, `新闻集锦`, `一周扫描`). */
const ROUNDUP = /快[讯訊报報]|[简簡短][讯訊报報]|速[览覽递遞]|集[锦錦]|一[览覽]|短波|[扫掃]描|摘[编編]|文摘|[纵縱][览覽]|[简簡]明新[闻聞]/u;

/** A title in book-title marks names a work, not the roundup itself: `走进《国际联播快讯》` is a story about one. */
const QUOTED_WORK = /《[^《》]*》/gu;

export function isRoundupTitle(text: string): boolean {
  return ROUNDUP.test(text.replace(QUOTED_WORK, ''));
}

/**
 * A roundup's name alone (`国内简讯`, `港聞簡訊`, `【本市快讯】`, `一周扫描`, `经济速览（二）`): short, closed by the
 * roundup's word, no clause or quotation in it; not a headline that speaks of one (`“快讯”背后的记者们`, `一周扫描：…`).
 */
export function isRoundupName(text: string): boolean {
  const name = text
    .trim()
    .replace(ROUNDUP_BULLET, '')
    .trimStart()
    .replace(/^【(.*)】$/u, '$1')
    .replace(/[（(][0-9一二三四五六七八九十]{1,3}[)）]$/u, '');
  return Array.from(name).length <= NAME_MAX && !/[，。：:；？！、“”"‘’「」《》\s]/u.test(name) && ROUNDUP_AT_END.test(name);
}

/** The bullet before a roundup's name or its items' headlines (`■本市快讯`, `■市民中心新增夜间服务窗口`). */
export const ROUNDUP_BULLET = /^[◆◇■□●○▲△★☆►▶◎•·▌▍]/u;

/** A roundup's word closing a name (`ROUNDUP` at its end). */
const ROUNDUP_AT_END = new RegExp(`(?:${ROUNDUP.source})$`, 'u');

/** Longest roundup name, in characters (`国内联播快讯`, `港澳台新闻简讯`). */
const NAME_MAX = 10;

/** A digest's title: the day's news (`新闻`, `资讯`, `要闻`), a morning or evening edition (`早安`, `早餐`), or a roundup's name. */
const DIGEST_TITLE = /新闻|新聞|资讯|資訊|要闻|要聞|早安|晚安|早餐|早报|早報|晚报|晚報|夜读|夜讀/u;

export function isDigestTitle(text: string): boolean {
  return DIGEST_TITLE.test(text) || isRoundupTitle(text);
}
