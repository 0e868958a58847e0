/**
 * Rule: a head field printed with its label, as article exports do
 * (`标题：…`, `副标题：…`, `引题：…`, `作者：…`, `提要：…`). The label is markup,
 * not text: the field's value is what follows it.
 *
 * @example
 *   matchLabelledField('副标题：我国企业发明专利产业化率首次超过50%') // → {field: 'subtitle', value: '我国企业…'}
 *   matchLabelledField('Title-题名: 李强会见阿联酋总统') // → {field: 'title', value: '李强会见阿联酋总统'}
 *   matchLabelledField('%T 李强会见阿联酋总统') // → {field: 'title', …}
 */
export type HeadField = 'title' | 'subtitle' | 'kicker' | 'byline' | 'summary';

/**
 * English words a library prints before a label's Chinese (`Title-题名:`,
 * `PubTime-发表时间:`, as CNKI's exports do); shared with `facts/records.ts`.
 */
export const ENGLISH_LABEL = '(?:[A-Za-z][A-Za-z]{0,24}-)?';

/**
 * A citation manager's tag of a field at a line's start: EndNote's
 * (`%T 标题`) and RIS's (`TI  - 标题`); shared with `facts/records.ts`.
 */
export const CITATION_TAG = /^(?:%([A-Z0-9])[ \t]+|([A-Z][A-Z0-9])[ \t]{2}-(?:[ \t]+|$))/u;

/**
 * A label ends with a colon (after its English words, if any), or stands in
 * brackets as database exports print it (`【标题】…`, `[作者]…`); a
 * citation manager's tags (`tags`: EndNote's letter, RIS's two) label the
 * same field.
 */
const label = (words: string, tags?: { endnote: string; ris: string }): RegExp =>
  new RegExp(
    `^(?:${ENGLISH_LABEL}(?:${words})[：:]|[【\\[](?:${words})[】\\]]${tags ? `|%(?:${tags.endnote})[ \\t]+|(?:${tags.ris})[ \\t]{2}-[ \\t]+` : ''})\\s*`,
    'u',
  );

const LABELS: Array<[RegExp, HeadField]> = [
  // (A scraper's head has `title:` and `author:`; a typesetting system's bracketed `【主题】` is the headline, where an unbracketed
  // `主题：水促进共享繁荣` is a forum's theme printed under its headline.)
  [label('标题|標題|主标题|主標題|题目|題目|题名|題名|篇名|篇目|[Tt]itle|TITLE|[Hh]eadline', { endnote: 'T', ris: 'TI|T1' }), 'title'],
  [/^[【[](?:主题|主題)[】\]]\s*/u, 'title'],
  [label('副标题|副標題|副题|副題'), 'subtitle'],
  [label('引题|引題|肩题|肩題'), 'kicker'],
  [label('作者|撰稿|撰文|[Aa]uthor|AUTHOR', { endnote: 'A', ris: 'AU|A1' }), 'byline'],
  [label('提要|摘要|内容提要|內容提要|导读|導讀', { endnote: 'X', ris: 'AB|N2' }), 'summary'],
];

export function matchLabelledField(text: string): { field: HeadField; label: string; value: string } | undefined {
  for (const [pattern, field] of LABELS) {
    const match = pattern.exec(text);
    // `作者：` needs a value; a bare `【作者】` is no field.
    if (match && text.length > match[0].length && text.slice(match[0].length).trim() !== '')
      return { field, label: match[0], value: text.slice(match[0].length).trim() };
  }
  return undefined;
}
