/**
 * Rule: the label of a box printed inside an article's text — the editor's
 * note (`编者按`), a link to background (`相关链接`, `延伸阅读`, `小檔案`),
 * advice (`小贴士`, `■提醒`, `专家提示`), the reporter's or the editor's
 * afterword (`记者手记`, `编后`, `编辑点评`) — alone on its line, perhaps
 * after a bullet or in brackets (`■提醒`, `【相关链接】`), or as an export's
 * heading (`## 编辑点评`). What follows it is the article's own matter: the
 * box's title, if it has one, and its text (`parse-body.ts`,
 * `blank-lines.ts`).
 *
 * @example
 *   isBoxLabel('小檔案') // → true
 *   isBoxLabel('■提醒') // → true
 *   isBoxLabel('提醒市民注意防暑') // → false (a headline)
 */

/**
 * The boxes that serve the article they stand in, never a piece of their own: a link to background, a file on a place
 * or a person (`相关链接`, `小檔案`). (A reader's tips with a head of their own, `小贴士` / `防中暑，记住“三多三少”`, may be
 * a piece of the page's.)
 */
const REFERENCE_KINDS = [
  '链接|鏈接|相关链接|相關鏈接|新闻链接|新聞鏈接|知识链接|知識鏈接|背景链接|背景鏈接|延伸阅读|延伸閱讀|相关阅读|相關閱讀',
  '背景|背景资料|背景資料|新闻背景|新聞背景|资料|資料|小档案|小檔案|人物档案|人物檔案|名词解释|名詞解釋|小知识|小知識',
].join('|');

/** The kinds of box a paper prints in an article, Simplified and Traditional: an editor's note, a reference box, tips, a comment. */
const BOX_KINDS = [
  '编者按|編者按|编者的话|編者的話',
  REFERENCE_KINDS,
  '小贴士|小貼士|贴士|貼士|提醒|提示|温馨提示|溫馨提示|专家提示|專家提示|专家提醒|專家提醒|专家说|專家說|专家建议|專家建議',
  '记者手记|記者手記|记者观察|記者觀察|编后|編後|编后语|編後語|编辑点评|編輯點評|点评|點評|短评|短評|数读|數讀',
].join('|');

/** The marks a page sets before the label of an article's section or box (`■提醒`, `◆三代人一門手藝`, `■特写：…`). */
export const LABEL_MARK = '[■●◆▲★☆◇□◎○•▌▍]';

const BOX_LABEL = new RegExp(`^${LABEL_MARK}?\\s*[【[]?(?:${BOX_KINDS})[】\\]]?[：:]?$`, 'u');

export function isBoxLabel(text: string): boolean {
  return BOX_LABEL.test(text.trim());
}

const REFERENCE_LABEL = new RegExp(`^${LABEL_MARK}?\\s*[【[]?(?:${REFERENCE_KINDS})[】\\]]?[：:]?$`, 'u');

/** A reference box's label (`小檔案`, `■相关链接`): the box is its article's wherever it stands. */
export function isReferenceBoxLabel(text: string): boolean {
  return REFERENCE_LABEL.test(text.trim());
}
