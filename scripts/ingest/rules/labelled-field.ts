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
 * Factiva's codes of a record's fields, as its "Full Article/Report plus
 * Indexing" prints them at a line's start before a tab (`HD	标题`, `PD	21 May 2024`, `AN	Document …`): headline, byline,
 * credit, word count, date, time, source name and code, section, column, edition, page, volume, language, copyright, lead
 * paragraph, text, contact, notes, companies, industries, subjects, regions, indexing codes, publisher, accession number.
 */
export const FACTIVA_CODES = 'HD|BY|CR|WC|PD|ET|SN|SC|SE|CLM|ED|PG|VOL|LA|CY|LP|TD|CT|RF|CO|IN|NS|RE|IPC|IPD|PUB|AN|ART';

/**
 * A citation manager's or a database's tag of a field at a line's start: EndNote's
 * (`%T 标题`), RIS's (`TI  - 标题`), Factiva's (`HD	标题`) and NoteExpress's, as CNKI exports to it
 * (`{Title}: 标题`, `{Secondary Title}: 赣江日报`, an empty field `{Place Published}: `); shared with `facts/records.ts`.
 */
export const CITATION_TAG = new RegExp(
  `^(?:%([A-Z0-9])[ \\t]+|([A-Z][A-Z0-9])[ \\t]{2}-(?:[ \\t]+|$)|(${FACTIVA_CODES})(?:\\t|[ ]{2,})[ \\t]*|\\{([A-Z][A-Za-z]*(?: [A-Za-z]+){0,3})\\}:[ \\t]*)`,
  'u',
);

/** The field a citation tag names: EndNote's letter, RIS's two, Factiva's code or NoteExpress's name. */
export function citationTag(text: string): { tag: string; length: number } | undefined {
  const tagged = CITATION_TAG.exec(text);
  return tagged ? { tag: (tagged[1] ?? tagged[2] ?? tagged[3] ?? tagged[4])!, length: tagged[0].length } : undefined;
}

/**
 * A label ends with a colon (after its English words, if any; 慧科's vertical form too, `標題 ︰`), or stands in
 * brackets as database exports print it (`【标题】…`, `[作者]…`); a
 * citation manager's tags (`tags`: EndNote's letter, RIS's two, Factiva's code, NoteExpress's name) label the
 * same field.
 */
const label = (words: string, tags?: { endnote: string; ris: string; factiva?: string; noteexpress?: string }): RegExp =>
  new RegExp(
    `^(?:${ENGLISH_LABEL}(?:${words})\\s*[：:︰]|[【\\[](?:${words})[】\\]]${tags ? `|%(?:${tags.endnote})[ \\t]+|(?:${tags.ris})[ \\t]{2}-[ \\t]+` : ''}${tags?.factiva ? `|(?:${tags.factiva})(?:\\t|[ ]{2,})[ \\t]*` : ''}${tags?.noteexpress ? `|\\{(?:${tags.noteexpress})\\}:[ \\t]*` : ''})\\s*`,
    'u',
  );

/** An item's number before a labelled title: `1、`, `２．`. */
const ITEM_NUMBER_LABEL = /^[0-9０-９]{1,3}[、．.]\s*/u;

const LABELS: Array<[RegExp, HeadField]> = [
  // (A scraper's head has `title:` and `author:`; a typesetting system's bracketed `【主题】` is the headline, where an unbracketed
  // `主题：水促进共享繁荣` is a forum's theme printed under its headline.)
  [
    label('标题|標題|新闻标题|新聞標題|主标题|主標題|题目|題目|题名|題名|篇名|篇目|[Tt]itle|TITLE|[Hh]eadline|HEADLINE', {
      endnote: 'T',
      ris: 'TI|T1',
      factiva: 'HD',
      noteexpress: 'Title',
    }),
    'title',
  ],
  [/^[【[](?:主题|主題)[】\]]\s*/u, 'title'],
  // (A programme's topic in its transcript's head, `本期话题：医保新政落地 看病买药能省多少`, `话题：…`: the episode's headline.)
  [label('本期话题|本期話題|本期主题|本期主題|今日话题|今日話題|节目主题|節目主題|话题|話題'), 'title'],
  [label('副标题|副標題|副题|副題'), 'subtitle'],
  [label('引题|引題|肩题|肩題'), 'kicker'],
  [label('作者|撰稿|撰文|责任者|責任者|[Aa]uthors?|AUTHORS?|By[Ll]ine|BYLINE', { endnote: 'A', ris: 'AU|A1', factiva: 'BY', noteexpress: 'Author' }), 'byline'],
  [label('提要|摘要|内容提要|內容提要|导读|導讀', { endnote: 'X', ris: 'AB|N2', noteexpress: 'Abstract' }), 'summary'],
];

/** A head field's label with nothing after it, as a newsroom's export leaves a field empty (`【引题】`, `副标题：`). */
export function isEmptyHeadField(text: string): boolean {
  const trimmed = text.trim();
  return LABELS.some(([pattern]) => pattern.exec(trimmed)?.[0].trim() === trimmed);
}

export function matchLabelledField(text: string): { field: HeadField; label: string; value: string } | undefined {
  // (A digest's numbered item with its title labelled, as a broadcast's script lists them: `1、标题：…`; the number is the label's.)
  const number = ITEM_NUMBER_LABEL.exec(text)?.[0];
  if (number !== undefined) {
    // (Only `标题：`, over a title's words: a notice's `1、标题：简洁明了，不超过二十字；` and an exam's `1、题目：…` are its text.)
    const inner = matchLabelledField(text.slice(number.length));
    if (inner?.field === 'title' && /标题|標題/u.test(inner.label) && !/[，。；！？,;]/u.test(inner.value)) return { ...inner, label: number + inner.label };
  }
  for (const [pattern, field] of LABELS) {
    const match = pattern.exec(text);
    // `作者：` needs a value; a bare `【作者】` is no field.
    if (match && text.length > match[0].length && text.slice(match[0].length).trim() !== '')
      return { field, label: match[0], value: text.slice(match[0].length).trim() };
  }
  return undefined;
}

/**
 * Labels of a page's information line, as portals print source, author, editor and counts side by side
 * (`来源：新华社　作者：韩冬`, `浏览次数：`); shared by the readers of such lines.
 */
const INFO_LABEL =
  /(?:文章来源|文章來源|本文来源|本文來源|新闻来源|新聞來源|来源|來源|原创作者|原創作者|作者|责任编辑|責任編輯|编辑|編輯|责编|責編|本报记者|本報記者|记者|記者|通讯员|通訊員|摄影|攝影|浏览次数|瀏覽次數|浏览|瀏覽|点击数|點擊數|点击|點擊|阅读|閱讀|字号|字號|字体|字體|发布时间|發佈時間|发布|發佈|时间|時間|日期)\s*[：:]/gu;

/**
 * A line of labelled fields run together, as a page's sibling elements (`<span>来源：新华社</span><span>作者：韩冬</span>`)
 * come out with nothing between them: each label set apart by a space, so that a field's value ends where the next
 * label begins (`来源：新华社作者：韩冬` → `来源：新华社 作者：韩冬`). A label is found whole, the longest first (`责任编辑：`,
 * `文章来源：` are one label), and set apart only after a field: a label earlier on the line, whose value runs on into it.
 */
export function separateFields(text: string): string {
  let out = '';
  let from = 0;
  for (const match of text.matchAll(INFO_LABEL)) {
    const before = text[match.index - 1];
    if (before !== undefined && !/[\s\u3000]/u.test(before) && /[：:]/u.test(text.slice(0, match.index))) {
      out += `${text.slice(from, match.index)} `;
      from = match.index;
    }
  }
  return out + text.slice(from);
}
