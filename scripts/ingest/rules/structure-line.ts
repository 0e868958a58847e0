/**
 * Rule: lines that are an export's structure, not the paper's text — a
 * table-of-contents heading (`目录`, `新闻摘要`, `详细新闻`), an update stamp
 * (`(更新时间戳: 1711543880623)`, `更新时间：2024-03-13 20:01`), an editor's
 * credit (`责任编辑：某某`, `【责任编辑：某某】`), a wire story's end mark
 * (`（完）`), the page's address (`原文链接：http://…`), a count of the day's
 * items (`（本日共10条）`), a database export's record number and copyright
 * line (`文章編號：202410050320013`, `(c) 2024 … 版權所有`), a front
 * page's pointer to a story inside (`详见A04版`). Never a title, never a section of its own: they
 * are kept with the section as printed (`extras`).
 *
 * @example
 *   isStructureLine('(更新时间戳: 1711543880623)') // → true
 */
import { NUMBER } from '../numerals.ts';
import { PAGE_SECTION } from './page-header.ts';

/** A table of contents' heading, alone or opening a list on its line. */
const CONTENTS = [
  /^(?:目录|目錄|本期目录|本期目錄|新闻摘要|新聞摘要|详细新闻|詳細新聞|本期节目|本期節目|内容摘要|內容摘要|本期导读|本期導讀|今日导读|今日導讀|本期要目|今日要目|table of contents|contents)$/iu,
  /^(?:本期节目主要内容|本期節目主要內容|本期主要内容|本期主要內容|今日要目|本期要目|本期版面|今日版面)[：:]/u, // a table of contents on one line
];

/** A divider printed across the page: `━━━━`, `————`, `＝＝＝`, `* * *`, `※※※`, a Markdown rule `---`. */
export const DIVIDER = /^(?:(?:[━─—＝=＊*·•～~_※-]\s*){4,}|※{3}|(?:[-*_]\s*){3})$/u;

/** An editor's label: `责任编辑`, `校对`. */
const EDITOR = '(?:责任编辑|責任編輯|编辑|編輯|校对|校對|审核|審核|值班编辑|值班編輯)';

/** Who a page credits, beside its editors: `美编`, `版式`, `摄影`. */
const CREDIT = `(?:${EDITOR}|美术编辑|美術編輯|美编|美編|审校|審校|版式|制图|製圖|摄影|攝影)`;

/** A front page's pointer to a story inside, under its headline in a guide (`今日导读`): `详见A04版`, `（见第3版）`. */
const POINTER = new RegExp(`^[（(]?\\s*(?:详见|詳見|见|見|请看|請看)\\s*第?\\s*(?:${PAGE_SECTION})?\\s*${NUMBER}\\s*版\\s*[）)]?$`, 'u');

export function isPagePointer(text: string): boolean {
  return POINTER.test(text.trim());
}

const STRUCTURE = [
  DIVIDER,
  ...CONTENTS,
  /^[（(]?\s*(?:更新|发布|發佈|发表|發表)?(?:时间戳|時間戳|时间|時間|日期)\s*[：:]\s*[0-9０-９ :：\-/.年月日]+\s*[）)]?$/u, // stamps
  new RegExp(`^[【[（(]?\\s*${EDITOR}\\s*[：:]\\s*[^【】[\\]（）()]{1,20}?\\s*[】\\]）)]?$`, 'u'), // editors, bracketed or not
  new RegExp(`^(?:本版)?${CREDIT}\\s*[：:]\\s*[^\\s：:]{1,12}(?:[\\s\\u3000]+${CREDIT}\\s*[：:]\\s*[^\\s：:]{1,12})*$`, 'u'), // a page's credits: `本版责任编辑：赵英　美术编辑：周磊`
  /^(?:返回顶部|返回頂部|回到顶部|回到頂部|返回目录|返回目錄|上一篇|下一篇|上一期|下一期|上一版|下一版)(?:[\s\u3000|｜]+(?:返回顶部|返回頂部|返回目录|返回目錄|上一篇|下一篇|上一期|下一期|上一版|下一版))*$/u, // a page's own links
  /^[（(【[]\s*(?:完|全文完|本文完|待续|待續|未完待续|未完待續)\s*[）)】\]]$/u, // a story's end mark: `（完）`
  /^(?:原文链接|原文鏈接|本文链接|本文鏈接|原文地址|文章链接|文章鏈接|链接|鏈接|来源网址|來源網址|网址|網址)\s*[：:]\s*(?:https?:\/\/|www\.)\S+$/u, // the page's address
  /^https?:\/\/\S+$/u, // an address alone
  /^#[^\s#]{1,20}(?:[\s\u3000]+#[^\s#]{1,20})+$/u, // a note app's tags, two or more: `#剪报 #经济`
  /^[【[](?:正文|正　文|内容|內容)[】\]]$/u, // the label over a record's text: `【正文】`
  /^(?:文章编号|文章編號|文档编号|文檔編號|文献编号|文獻編號|Document(?: ID)?)\s*[：:]\s*[0-9A-Za-z_-]{4,}$/iu, // a database's record number
  /^(?:[(（]\s*[cC]\s*[)）]|©|Copyright)\s*.{0,60}(?:版权所有|版權所有|All rights reserved\.?)$/iu, // a record's copyright line
  POINTER,
  /^[（(]?\s*(?:本日|今日|本期|本版|本组|本組)共\s*[0-9０-９一二三四五六七八九十百]+\s*[条條篇则則]\s*[）)]?$/u, // a count of the items
];

export function isStructureLine(text: string): boolean {
  return STRUCTURE.some((pattern) => pattern.test(text.trim()));
}

/** A table of contents' heading: the numbered lines right under it (`1.标题；`) are its entries. */
export function isContentsHeading(text: string): boolean {
  return CONTENTS.some((pattern) => pattern.test(text.trim()));
}
