/**
 * Rule: whether the text under a lone title line goes on with the article
 * above it or turns to a new story — lexical cohesion, the signal
 * TextTiling (Hearst 1997) uses to find story boundaries. Paragraphs of one
 * story share names and terms (their Han character bigrams); the first
 * paragraphs of the next story share few with it. A news roundup (`国内快讯`,
 * `要闻简报`) is the exception: its items change topic by design, and its
 * item headings are not articles.
 *
 * @example
 *   sharedBigramShare('神舟十九号乘组在轨满月……', '11月以来，上海、北京五个国际消费中心城市……') // → 0 (a new story)
 *   isRoundupTitle('国内联播快讯') // → true
 */

const HAN = /\p{Script=Han}/u;

/** The distinct bigrams of Han characters in `text` (pairs that cross punctuation, a letter or a space are not bigrams). */
export function hanBigrams(text: string): Set<string> {
  const bigrams = new Set<string>();
  let previous: string | undefined;
  for (const char of text) {
    const isHan = HAN.test(char);
    if (isHan && previous !== undefined) bigrams.add(previous + char);
    previous = isHan ? char : undefined;
  }
  return bigrams;
}

/** The share (0–1) of the bigrams of `after` that also occur in `before`; 0 when `after` has none. */
export function sharedBigramShare(before: string, after: string): number {
  const following = hanBigrams(after);
  if (following.size === 0) return 0;
  const preceding = hanBigrams(before);
  let shared = 0;
  for (const bigram of following) if (preceding.has(bigram)) shared += 1;
  return shared / following.size;
}

/**
 * Below this share of shared bigrams, the text under a lone title line is a
 * new story. Chosen on the layout benchmark (real news text, per-page,
 * per-issue and Traditional families): under the title of a new article the
 * first lines share a median 0–1 % of their bigrams with the article above.
 * Sweeping 3–10 %, a higher threshold splits more subheads off as articles,
 * a lower one merges more articles; 5 % is where both are fewest.
 */
export const NEW_TOPIC_SHARE = 0.05;

/** A roundup's name: short items under one head (`快讯`, `简讯`, `要闻速览`, `新闻集锦`, `一周扫描`). */
const ROUNDUP = /快[讯訊报報]|[简簡短][讯訊报報]|速[览覽递遞]|集[锦錦]|一[览覽]|短波|[扫掃]描|摘[编編]|文摘|[纵縱][览覽]|[简簡]明新[闻聞]/u;

export function isRoundupTitle(text: string): boolean {
  return ROUNDUP.test(text);
}
