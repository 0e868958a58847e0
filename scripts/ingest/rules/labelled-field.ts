/**
 * Rule: a head field printed with its label, as article exports do
 * (`标题：…`, `副标题：…`, `引题：…`, `作者：…`, `提要：…`). The label is markup,
 * not text: the field's value is what follows it.
 *
 * @example
 *   matchLabelledField('副标题：我国企业发明专利产业化率首次超过50%') // → {field: 'subtitle', value: '我国企业…'}
 */
export type HeadField = 'title' | 'subtitle' | 'kicker' | 'byline' | 'summary';

const LABELS: Array<[RegExp, HeadField]> = [
  [/^(?:标题|標題|主标题|主標題|题目|題目)[：:]\s*/u, 'title'],
  [/^(?:副标题|副標題|副题|副題)[：:]\s*/u, 'subtitle'],
  [/^(?:引题|引題|肩题|肩題)[：:]\s*/u, 'kicker'],
  [/^(?:作者|撰稿|撰文)[：:]\s*(?=\S)/u, 'byline'],
  [/^(?:提要|摘要|内容提要|內容提要|导读|導讀)[：:]\s*/u, 'summary'],
];

export function matchLabelledField(text: string): { field: HeadField; label: string; value: string } | undefined {
  for (const [pattern, field] of LABELS) {
    const match = pattern.exec(text);
    if (match && text.length > match[0].length) return { field, label: match[0], value: text.slice(match[0].length).trim() };
  }
  return undefined;
}
