/**
 * Rule: a line that names a paper — short, ending in a paper's word
 * (`临江日报`, `东城晚报`, `港島週報`, `科技新闻`, `聯合報`), not a headline's `通报`.
 * Such a line is a masthead over the date line, or the source printed
 * under a post's title (`瓯江日报`); never a kicker or a subtitle.
 *
 * @example
 *   isPaperName('临江日报') // → true
 *   isPaperName('关于违规问题的通报') // → false
 */
import { isTitleLike } from '../continuation.ts';
import { charLength } from '../punctuation.ts';

const PAPER_NAME = /(?:[日晚早时時周週商导導画畫快]|法制|青年|工人|农民|農民|经济|經濟|科技|参考|參考)[报報]$|新[闻聞]$|[周週]刊$/u;

/**
 * A short name ending in 报 (`明報`, `聯合報`, `大公報`), not a word that ends
 * so (`通报`, `汇报`, `天气预报`, `公报`, `喜报`, `举报`, `看报`).
 */
const SHORT_NAME = /^[^\s\u3000]{1,6}(?<![通情汇匯简簡喜捷海预預公举舉年季月电電回申上下警战戰本看读讀订訂办辦登见見画畫学學])[报報]$/u;

/** Longest paper's name, in characters. */
const PAPER_NAME_MAX = 12;

export function isPaperName(text: string): boolean {
  return charLength(text) <= PAPER_NAME_MAX && (PAPER_NAME.test(text) || SHORT_NAME.test(text)) && isTitleLike(text);
}
