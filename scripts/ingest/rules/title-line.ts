/**
 * Rule: whether a line can be a title line (kicker, headline, subtitle,
 * subhead) by its own look, from several signals rather than one pattern:
 * its length; how it ends — never on a comma, enumeration comma, semicolon,
 * colon or full stop, which continue or close running text, but it may end
 * on a closing quote, title mark, exclamation or question mark, or a column
 * tag (`（记者手记）`); no full stop inside, no sentence ended inside with a
 * clause after it, and not four clauses or more.
 *
 * @example
 *   isTitleLine('“小切口”撬动“大民生”') // → true
 *   isTitleLine('让古城“活”起来（记者手记）') // → true
 *   isTitleLine('山河无恙人间皆安，') // → false (a verse line goes on)
 *   isTitleLine('他说：“好。”') // → false
 */
import { cells, charLength, lastChar } from '../punctuation.ts';

/** Longest line that may be a title. */
export const TITLE_MAX = 40;

/** Longest `——` subtitle line: subtitles run long. */
export const SUBTITLE_MAX = 90;

/** A column tag closing a headline: `（记者手记）`, `【评论】`, `(附图)`. */
const COLUMN_TAG = /[（(【〔［][^（）()【】〔〕［］]{1,8}[）)】〕］]$/u;

/** Endings that continue or close running text, never a title. */
const RUNNING_END = new Set([
  '，', // 逗号
  '、', // 顿号
  '；', // 分号
  '：', // 冒号
  '。', // 句号
  ',', // comma
  ';', // semicolon
  ':', // colon
]);

/** Marks inside a line that only running text has. */
const RUNNING_INSIDE = /[。；]/u;

/** Commas between clauses. */
const CLAUSE_BREAK = /[，,]/gu;

/**
 * A line of four clauses or more is running text, even when it ends on a
 * question mark (`当今中国，江山壮丽，人民豪迈，……干着什么？`): none of the
 * 6,310 headings of a year of the benchmark corpus has even two commas.
 */
const RUNNING_CLAUSES = 3;

/**
 * A sentence that ends inside the line and a clause after it (`大家好！时间过得很快，……`):
 * speech or running text, not a headline (none of the corpus's 6,310 headings has one).
 */
const SENTENCE_THEN_CLAUSE = /[！？!?].*[，,]/u;

/**
 * The words of a tag that marks a piece's headline by the piece's kind, in Simplified and Traditional (`记者手记`,
 * `特稿`, `评论`, `组诗`). A series' number (`（一）`, `（1）`), a code (`（APEC）`, `（600519）`) or a place in brackets
 * marks no headline: a kicker has those as often; nor does what goes with the piece (`（附图）`, `【视频】`, `【组图】`),
 * which a subtitle carries as often as a headline.
 */
const HEADLINE_TAG =
  /\S[（(【〔［](?:记者手记|記者手記|手记|手記|侧记|側記|特写|特寫|特稿|专访|專訪|评论|評論|快评|快評|短评|短評|述评|述評|社论|社論|随笔|隨筆|札记|札記|组诗|組詩|外一首)[）)】〕］]$/u;

/**
 * A line closed by a tag of the piece's kind after its words, and not a bracketed line as a whole
 * (`習近平會見喀麥隆總統（記者手記）`, `运河春晓（组诗）`): the tag marks the piece's headline, never its kicker or
 * subtitle. (A tag alone on its line, `（组诗）` under a poem's title, goes with the line above.)
 */
export function endsWithHeadlineTag(text: string): boolean {
  return HEADLINE_TAG.test(text) && !isBracketHeading(text);
}

export function stripColumnTag(text: string): string {
  const stripped = text.replace(COLUMN_TAG, '').trimEnd();
  return stripped === '' ? text : stripped;
}

/**
 * A line that opens on a mark that closes what came before (`，共有两万三千多人报名`, `。`): the rest of a broken line, never a
 * head. (Not a closing quote or book mark: OCR reads an opening `“` as `”`, and a head may open so.)
 */
const OPENS_ATTACHED = /^[，、。；？！]/u;

/** An address alone on its line (`linfw@example.com.my`, a reporter's under the byline): never a head. */
const ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/u;

/**
 * A programme's direction, as a script or a transcript prints it in brackets, the line whole (`（片头）`, `（VCR：城东街道社区食堂…）`,
 * `（掌声）`, `[音乐]`): what is shown or heard, kept as printed in the text, never a head. (Not a headline after a tag,
 * `【视频】运河新桥今日通车`.)
 */
const DIRECTION =
  /^[（(【[](?:片头|片頭|片尾|片花|VCR|短片|视频|視頻|宣传片|宣傳片|音乐|音樂|主题曲|主題曲|配乐|配樂|音效|掌声|掌聲|笑声|笑聲|广告|廣告|字幕|画面|畫面|空镜|空鏡|同期声|同期聲|现场声|現場聲|画外音|畫外音|插播|转场|轉場|连线|連線|电话接通|電話接通)(?:[：:\s\u3000][^（）()【】[\]]*)?[）)】\]]$/iu;

export function isTitleLine(text: string): boolean {
  const core = stripColumnTag(text);
  if (DIRECTION.test(text)) return false;
  if (ADDRESS.test(core) || OPENS_ATTACHED.test(core)) return false;
  if (charLength(core) > TITLE_MAX || charLength(core) === 0) return false;
  if (RUNNING_END.has(lastChar(core))) return false;
  if (RUNNING_INSIDE.test(core.slice(0, -1))) return false;
  if ((core.match(CLAUSE_BREAK) ?? []).length >= RUNNING_CLAUSES) return false;
  if (SENTENCE_THEN_CLAUSE.test(core)) return false;
  return true;
}

/**
 * A line in another language's letters (Latin, Cyrillic…), no Chinese in it, as a bilingual page prints a headline's
 * translation under it: three words or more, as long as a headline is set (two letters a character's width), no sentence
 * (no full stop, no comma, no colon at its end), and no count of a page's (`Words: 174 Views: 168`).
 */
export function isTranslation(text: string): boolean {
  const core = text.trim();
  return (
    !/\p{Script=Han}/u.test(core) &&
    /\p{L}/u.test(core) &&
    core.split(/\s+/u).length >= 3 &&
    cells(core) <= TITLE_MAX &&
    !/[,，;；]/u.test(core) &&
    !/[.:：]$/u.test(core) &&
    !/^(?:words?|word count|views?|hits|reads|clicks|comments?|likes|shares)\s*[:：]\s*[0-9]/iu.test(core)
  );
}

/**
 * A subtitle printed with a dash (`——访市科技局局长某某`), of any reasonable
 * length; not a sentence that opens with a dash (`——商圈改造带动夜间消费，老街区焕发新活力。`),
 * which is running text.
 */
export function isDashSubtitle(text: string): boolean {
  return /^[—－–-]{1,2}/u.test(text) && charLength(text) <= SUBTITLE_MAX && !RUNNING_INSIDE.test(text.slice(0, -1)) && !text.endsWith('。');
}

/** A summary line printed with the headline (`提要：…`, `【提要】…`, `内容提要`). */
export function isSummaryLine(text: string): boolean {
  return /^[【［[]?\s*(?:内容)?(?:提要|摘要|導讀|导读|核心提示)\s*[】］\]：:]/u.test(text);
}

/** A whole-line item heading of a digest (`【新思想引领新征程】`). */
/**
 * A notice's title: a kind of piece of its own (`关于白水大桥封闭施工的通告`, `关于举办…技能大赛的通知`, `讣　告`, `致全县广大群众的一封森林防火公开信`,
 * `第三届“北湖文学奖”征稿启事`, `遗失声明`), not a story's subhead, whatever its text shares with the story above. Not a
 * headline or subhead that reports one (`联合国安理会未就…发表声明`, `市防指发布防汛通告`, `省政府印发关于…的通知`, `官方声明`, `主办方声明`): a
 * statement or an announcement is a notice's title only as `关于…的通告` or in a notice's own words (`遗失声明`, `停电通告`).
 */
const NOTICE_TITLE = [
  /(?:启事|啟事|讣告|訃告|公开信|公開信|倡议书|倡議書|告知书|告知書|告市民书|告市民書)$/u,
  /^\p{Script=Han}{0,12}(?:关于|關於).{2,40}的(?:通告|公告|通知)$/u,
  /^(?:遗失|遺失|作废|作廢|郑重|鄭重|严正|嚴正|本报|本報|本刊|免责|免責|版权|版權|更正)(?:声明|聲明)$/u,
  /^(?:停电|停電|停水|停气|停氣|施工|封路|交通管制|招标|招標|拍卖|拍賣|开庭|開庭)(?:通告|公告)$/u,
];

/** A verb that reports a notice (`发布`, `发表`): the line is news of one, not its title. */
const REPORTS_NOTICE = /发布|發佈|发表|發表|发出|發出|作出|签署|簽署|宣读|宣讀|张贴|張貼|印发|印發|下发|下發|转发|轉發/u;

export function isNoticeTitle(text: string): boolean {
  const title = text.replace(/[\s\u3000]+/gu, '');
  // (A space inside is a headline's two parts, `美英法反对 联合国安理会…`; a letter-spaced title, `讣　告`, has only one between its characters.)
  if (/\p{Script=Han}{2}[\s\u3000]+\p{Script=Han}{2}/u.test(text) || /[，。；？！]/u.test(text) || REPORTS_NOTICE.test(title)) return false;
  return NOTICE_TITLE.some((pattern) => pattern.test(title));
}

export function isBracketHeading(text: string): boolean {
  if (!text.startsWith('【') || !text.endsWith('】') || charLength(text) > TITLE_MAX + 2) return false;
  // The first bracket closes at the very end: `【【专栏】标题】` is one heading, `【专栏】标题【二】` is not.
  let depth = 0;
  const chars = Array.from(text);
  for (const [index, char] of chars.entries()) {
    if (char === '【') depth += 1;
    else if (char === '】') depth -= 1;
    if (depth === 0 && index < chars.length - 1) return false;
  }
  return charLength(text) >= 4;
}
