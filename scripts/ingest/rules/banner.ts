/**
 * Rule: a section banner printed above a headline
 * (`2024全国两会特别报道`, `聚焦冬奥`, `本版专题`).
 *
 * @example
 *   isBanner('2024全国两会特别报道') // → true
 */
import { findJumpMarkers } from './jump-marker.ts';

/** Words that end (or open) a column's or series' name rather than a headline. */
const BANNER = new RegExp(
  [
    // (`关注` as a verb closes a headline, `额度调整受关注`, `引关注`, `值得关注`: no column's name.)
    '(特别报道|特別報道|专题|專題|专刊|專刊|特刊|专栏|專欄|系列报道|系列報道|聚焦|(?<!受|引|值得|获|獲|广|廣|引发|引發|引起|高度|持续|持續|密切|备受|備受)(?:关注|關注)|速览|速覽|要闻|要聞|综述|綜述|时评|時評|观察|觀察', // series and pages
    '|快讯|快訊|速递|速遞|简讯|簡訊|见闻|見聞|手记|手記|调研行|調研行|走基层|走基層|特写|特寫|纪实|紀實|直击|直擊|追踪|追蹤|面对面|面對面', // columns
    '|发布会|發佈會|發布會|答记者问|答記者問|专访|專訪|访谈|訪談|实录|實錄)$', // transcripts
    '|^(聚焦|关注|關注|专题|專題)',
  ].join(''),
  'u',
);

export function isBanner(text: string): boolean {
  return BANNER.test(text) && Array.from(text).length <= 20;
}

/** A label wholly in round brackets, no sentence in it. */
const PARENTHESIZED = /^[（(][^（）()，。！？；]{2,30}[）)]$/u;

/**
 * A label printed wholly in round brackets over a headline, as wire copy
 * prints a series or slogan (`（学思想 强党性 重实践 建新功）`, `（两会特稿）`):
 * a rubric, never the headline. A jump marker (`（下转第2版）`) is none.
 *
 * @example
 *   isParenthesizedLabel('（学思想 强党性 重实践 建新功）') // → true
 */
export function isParenthesizedLabel(text: string): boolean {
  return PARENTHESIZED.test(text) && findJumpMarkers(text).length === 0;
}

/** A part of a slogan: five to seven Han characters (four and four, `寒潮来袭 全省降温`, is as often a headline). */
const SLOGAN_PART = /^\p{Script=Han}{5,7}$/u;
const SHORT_SLOGAN_PART = /^\p{Script=Han}{3,4}$/u;

/**
 * A slogan in parallel phrases (对仗), as papers print a rubric or kicker
 * over a headline: two or three parts of equal length (five to seven characters), apart by spaces
 * (`奋进新征程 建功新时代`, `锚定现代化 改革再深化`). A headline's parts
 * differ in length (`寒潮南下 南方遭遇大范围雨雪`).
 *
 * @example
 *   isSlogan('奋进新征程 建功新时代') // → true
 *   isSlogan('学思想 强党性 重实践 建新功') // → true
 *   isSlogan('春意浓 赏花踏青醉游人') // → false
 */
export function isSlogan(text: string): boolean {
  const parts = text.trim().split(/[\s\u3000]+/u);
  const length = Array.from(parts[0] ?? '').length;
  if (!parts.every((part) => /^\p{Script=Han}+$/u.test(part) && Array.from(part).length === length)) return false;
  // (Or three or four short ones, as a campaign's watchwords: `学思想 强党性 重实践 建新功`; two short parts are a headline's, `寒潮来袭 注意保暖`.)
  return (
    (parts.length >= 2 && parts.length <= 3 && SLOGAN_PART.test(parts[0]!)) || (parts.length >= 3 && parts.length <= 4 && SHORT_SLOGAN_PART.test(parts[0]!))
  );
}
