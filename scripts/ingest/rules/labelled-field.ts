/**
 * Rule: a head field printed with its label, as article exports do
 * (`标题：…`, `副标题：…`, `引题：…`, `作者：…`, `提要：…`). The label is markup,
 * not text: the field's value is what follows it.
 *
 * @example
 *   matchLabelledField('副标题：我国企业发明专利产业化率首次超过50%') // → {field: 'subtitle', value: '我国企业…'}
 */
export type HeadField = 'title' | 'subtitle' | 'kicker' | 'byline' | 'summary';

/** A label ends with a colon, or stands in brackets as database exports print it (`【标题】…`, `[作者]…`). */
const label = (words: string): RegExp => new RegExp(`^(?:(?:${words})[：:]|[【\\[](?:${words})[】\\]])\\s*`, 'u');

const LABELS: Array<[RegExp, HeadField]> = [
  [label('标题|標題|主标题|主標題|题目|題目|题名|題名'), 'title'],
  [label('副标题|副標題|副题|副題'), 'subtitle'],
  [label('引题|引題|肩题|肩題'), 'kicker'],
  [label('作者|撰稿|撰文'), 'byline'],
  [label('提要|摘要|内容提要|內容提要|导读|導讀'), 'summary'],
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
