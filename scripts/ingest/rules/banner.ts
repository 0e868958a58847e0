/**
 * Rule: a section banner printed above a headline
 * (`2024全国两会特别报道`, `聚焦冬奥`, `本版专题`).
 *
 * @example
 *   isBanner('2024全国两会特别报道') // → true
 */
const BANNER =
  /(特别报道|特別報道|专题|專題|专刊|專刊|特刊|专栏|專欄|系列报道|系列報道|聚焦|关注|關注|速览|速覽|要闻|要聞|综述|綜述|时评|時評|观察|觀察)$|^(聚焦|关注|關注|专题|專題)/u;

export function isBanner(text: string): boolean {
  return BANNER.test(text) && Array.from(text).length <= 20;
}
