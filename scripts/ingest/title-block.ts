/**
 * Title blocks: which lines may belong to an article's head, whether a block
 * opens a new article, and how its lines sort into rubric or kicker,
 * headline, subtitles, summary and bylines. The signals are the small rules
 * in `rules/`; this module combines them.
 */
import { breaksWord, continuesInto } from './continuation.ts';
import { bylineBeforeCredit, isPiecesOwnDate, isStoryCredit } from './facts/from-text.ts';
import { addBodyLine, layoutLine, newChunk, recordJumps } from './layout-line.ts';
import { partOf } from './lines.ts';
import { charLength } from './punctuation.ts';
import { matchAsker } from './rules/asker.ts';
import { isBanner, isParenthesizedLabel, isSlogan } from './rules/banner.ts';
import { LABEL_MARK } from './rules/box-label.ts';
import {
  BYLINE_MARK,
  closesStory,
  EDITOR_NOTE,
  isCreditNames,
  isAffiliationAndName,
  isOfficeAndName,
  isReporterList,
  matchBylineLine,
  opensWithLead,
  opensWithTaiwanCredit,
} from './rules/byline.ts';
import { findJumpMarkers } from './rules/jump-marker.ts';
import { matchLabelledField } from './rules/labelled-field.ts';
import { isPaperName, withoutEdition } from './rules/paper-name.ts';
import { isTaggedSpeech, matchInterviewTurn, respondentFromSubtitle } from './rules/speaker.ts';
import { isStructureLine } from './rules/structure-line.ts';
import {
  endsWithHeadlineTag,
  isBracketHeading,
  isDashSubtitle,
  isNoticeTitle,
  isSummaryLine,
  isTitleLine,
  isTranslation,
  SUBTITLE_MAX,
} from './rules/title-line.ts';
import { isDatedLead, opensOnFirstOfTwo, refersBack, restatesNewTitle, restatesOnly } from './rules/news-lead.ts';
import { hanTerms, isNewStory, isRoundupTitle, MIN_TERMS } from './rules/topic-shift.ts';
import { LineKind, type Chunk, type LayoutLine, type RawLine } from './types.ts';
import type { PaperLayout } from '../../src/archive/config.ts';

/** Longest line (in characters) taken for a page rubric by its length alone. */
const RUBRIC_MAX = 4;
/**
 * Shortest plain headline a bare name under it is read as the byline of (characters): a column's short kicker over a
 * person's or a place's name (`时代楷模` / `黄大年`, `江南古镇行` / `周庄`) is kicker and headline.
 */
const FULL_HEADLINE_MIN = 8;

/** Longest line taken for a kicker above a longer headline by length. */
const KICKER_MAX = 20;

/** The number of a digest's item heading: `1. `, `2、`, `3．`. */
export const ITEM_NUMBER = /^[0-9]{1,2}[.、．]\s*/u;

/** The Chinese number of a page's headline (`一、标题`, `二、标题`), where a paper numbers its stories page by page. */
export const ITEM_NUMBER_CN = /^[一二三四五六七八九十]{1,3}、\s*/u;

/** A circled number, as a roundup numbers its items (`①全国秋粮收获进度过三成`). */
export const ITEM_CIRCLED = /^[①-⑳]\s*/u;

/** The bullet of an item heading: `◆标题`, `■ 标题`, `● 标题`. */
export const ITEM_BULLET = /^[◆◇■□●○▲△★☆►▶◎]\s*/u;

/** An item heading's text without its markup: its number (`3、`, `一、`) or bullet (`◆`). */
export function withoutItemMark(text: string): string {
  return text.replace(ITEM_NUMBER, '').replace(ITEM_NUMBER_CN, '').replace(ITEM_BULLET, '');
}

/** A line that can belong to a title block: a banner, kicker, headline, subtitle, summary or byline. */
export function isTitleBlockLine(line: RawLine, item: Set<RawLine>): boolean {
  if (line.hint?.media || line.hint?.opensParagraph || line.hint?.wrapped || isStructureLine(line.text) || isTaggedSpeech(line.text)) return false;
  if (line.hint?.heading !== undefined || item.has(line) || isBracketHeading(line.text)) return true;
  const labelled = matchLabelledField(line.text);
  if (labelled) return labelled.field !== 'byline' || matchAsker(line.text) === undefined;
  if (isReporterList(line.text)) return true;
  if (matchAsker(line.text) || matchInterviewTurn(line.text)) return false;
  // A lead (`本报讯（记者 某某）…`) opens a body, however short.
  if (opensWithLead(line.text)) return false;
  if (findJumpMarkers(line.text).some((marker) => marker.from === 0)) return false;
  return isTitleLine(line.text) || isDashSubtitle(line.text) || isSummaryLine(line.text) || matchBylineLine(line.text) !== undefined;
}

/** A line that is a title on its markup alone: a heading, a numbered digest item, a labelled title (`标题：…`). */
export function isMarkedTitle(line: RawLine, item: Set<RawLine>): boolean {
  return line.hint?.heading !== undefined || item.has(line) || matchLabelledField(line.text)?.field === 'title';
}

/** A title on its own: marked, or a whole-line bracketed line (`【标题】`: an item heading, a rubric or a bracketed headline). */
export function isItemHeading(line: RawLine, item: Set<RawLine>): boolean {
  return isMarkedTitle(line, item) || isBracketHeading(line.text);
}

/** In a file that holds one article, only a top-level heading opens another item. */
export function splitsArticleFile(line: RawLine, topHeading: number): boolean {
  return line.hint?.heading !== undefined && line.hint.heading <= topHeading;
}

/** Whether the line at `index` goes on the title block above it. */
/** An HTML comment alone on its line: `<!-- more -->`. */
const HTML_COMMENT = /^<!--[\s\S]*-->$/u;

export function isBlockContinuation(lines: RawLine[], index: number, items: Set<RawLine>): boolean {
  const line = lines[index]!;
  const next = lines[index + 1];
  // (A Markdown file's HTML comment, Hexo's `<!-- more -->` under a post's byline, ends a head: it is never one of its lines.)
  if (line.hint?.media === true && HTML_COMMENT.test(line.text)) return false;
  // A labelled title under labelled head fields (`引题：…` / `标题：…`) goes on their block.
  const labelledAbove = lines[index - 1] === undefined ? undefined : matchLabelledField(lines[index - 1]!.text);
  if (matchLabelledField(line.text)?.field === 'title' && labelledAbove !== undefined && labelledAbove.field !== 'title') return true;
  // A new marked heading starts a block of its own, unless it is a lower-level heading right under the first (a subtitle),
  // or it stands under a single plain head line that follows text (or opens it): that line is its kicker
  // (`新思想引领新征程` / `◆京津冀协同书写高质量发展新篇章`, `<p class="kicker">` / `<h1>`).
  if (isMarkedTitle(line, items) && !(line.hint?.heading !== undefined && (lines[index - 1]?.hint?.heading ?? 99) < line.hint.heading)) {
    const above = lines[index - 1];
    const twoAbove = lines[index - 2];
    // (On a printed page whose heads are told by size or by its own regions, heads of one size one right under another
    // are one story's head only where the look tells it: a kicker over its headline, a dash subtitle under it. Two
    // headlines of one size one over the other, `乡村小学添了新课桌` / `县城新建两座公园`, may be two stories, and stay apart.)
    if (line.hint?.bySize === true && above?.hint?.bySize === true && above.hint.heading === line.hint.heading)
      return twoLineHead(above.text, line.text).kicker || isDashSubtitle(line.text);
    // (A table of contents' last entry, `以军称…目标`, or a picture over it is no head line: the line under it may still be a kicker.)
    // (Nor is a contents line itself: it is kept as printed, never a head.)
    if (
      above === undefined ||
      above.hint?.contents === true ||
      (twoAbove !== undefined && twoAbove.hint?.contents !== true && twoAbove.hint?.media !== true && isTitleBlockLine(twoAbove, items))
    )
      return false;
    // A plain line, or a lesser heading (`<h3>` kicker over the `<h1>`), alone over the headline.
    const lesserHeading = above.hint?.heading !== undefined && line.hint?.heading !== undefined && above.hint.heading > line.hint.heading;
    return (lesserHeading || !isMarkedTitle(above, items)) && isTitleBlockLine(above, items);
  }
  // A labelled field (`副标题：`, `作者：`) goes on the block it follows.
  const labelled = matchLabelledField(line.text);
  if (labelled && labelled.field !== 'title') return true;
  // What a meeting did under its headline (`中共中央政治局召开会议` / `讨论《关于…的决定》 中共中央总书记习近平主持会议`),
  // however long the official papers print it, goes on its head.
  if (isMeetingOutcome(lines[index - 1], line)) return true;
  // A headline's translation right under it, as a bilingual page prints it (`江城马拉松报名今天开启` / `Registration opens for…`).
  const above = lines[index - 1];
  if (isTranslation(line.text) && above !== undefined && /\p{Script=Han}/u.test(above.text) && isTitleBlockLine(above, items)) return true;
  // A piece's own day under its title (`在…大会上的讲话` / `（2021年7月1日）`), as a speech or a document prints it, goes on its head.
  if (above !== undefined && isPiecesOwnDate(lines, index) && isTitleBlockLine(above, items)) return true;
  if (!isTitleBlockLine(line, items)) return false;
  // A head begins at its rubric or kicker: a banner under plain lines opens a block of its own (the lines above end what came before).
  const previous = lines[index - 1];
  if (
    previous &&
    isBannerByWords(line.text) &&
    !isBannerByWords(previous.text) &&
    !isMarkedTitle(previous, items) &&
    !isDashSubtitle(line.text) &&
    headsOnwards(next)
  )
    return false;
  return isMarkedTitle(line, items) || isDashSubtitle(line.text) || !runsInto(line, next);
}

/**
 * Whether a line's sentence goes on in the next line (`continuation.ts`):
 * never into a line the page's layout opens as a paragraph (indented under a
 * flush head), whatever word it starts with (`地处我国…`, which a word
 * segmenter reads as the particle `地`), unless the break falls inside a word.
 */
export function runsInto(line: RawLine, next: RawLine | undefined): boolean {
  // (Unless the break falls inside a word, `…对国务院组` / `织法修订草案…`: a head broken over two lines.)
  // (Never into a byline: the line over it is a head, whatever marks it holds, `吃得越“素”越健康？营养师：未必` / `□ 本报记者　苏　晴`.)
  return (
    next !== undefined &&
    (next.hint?.opensParagraph !== true || breaksWord(line.text, next.text)) &&
    continuesInto(line.text, next.text) &&
    matchBylineLine(next.text) === undefined
  );
}

/** Whether a column-worded line is a rubric over a headline below it (`国际快讯` / headline), not itself the headline under a kicker (kicker / `国内联播快讯` / `——…` or a lead). */
function headsOnwards(next: RawLine | undefined): boolean {
  return next !== undefined && isTitleLine(next.text) && !isDashSubtitle(next.text) && !opensWithLead(next.text) && matchBylineLine(next.text) === undefined;
}

/** What a lone title line is judged against: the article it would end, and the text under it (up to the next head). */
export interface TitleContext {
  current: Chunk;
  following: string;
  /** Characters of all the text under it, up to the next head. */
  followingLength?: number;
  /** A transcript starts under the title (an asker or a `问：` within a few lines). */
  headsTranscript?: boolean;
  /** The page's blank lines set the title off as an article's head: its text opens as a news lead, or it stands alone (`blank-lines.ts`, `parse-body.ts`). */
  setOff?: boolean;
  /** A blank line stands over the title in a file whose blank lines stand only over heads (`blank-lines.ts`), whatever its text. */
  apart?: boolean;
  /** The title stands right under text, no blank line over it, in a file whose blank lines stand only over heads (`blank-lines.ts`). */
  glued?: boolean;
}

/**
 * A title block inside an article opens a new article when it looks like a
 * full article head: a marked heading, two or more lines, a banner or
 * byline, or a lead (`本报讯`, `新华社…电`) right under it. A lone title
 * line over plain text is a new article when the text under it turns to
 * another story (`opensNewTopic`), unless the paper's layout setting says
 * which it always is.
 */
export function startsNewArticle(block: RawLine[], after: RawLine | undefined, items: Set<RawLine>, layout?: PaperLayout, context?: TitleContext): boolean {
  if (block.some((line) => isItemHeading(line, items))) return true;
  if (block.length >= 2 || block.some((line) => line.hint?.headWrap)) return true;
  if (block.some((line) => isBanner(line.text) || matchBylineLine(line.text))) return true;
  if (after !== undefined && opensWithLead(after.text)) return true;
  // A byline right under it, however the page set it (indented as a paragraph, as a crawler's merged day prints it): an
  // article's head.
  if (after !== undefined && matchBylineLine(after.text) !== undefined) return true;
  // An editor's note under it (`编者按：…`), as a paper opens a series or a featured story: a new article's head.
  if (after !== undefined && EDITOR_NOTE.test(after.text)) return true;
  // A notice's title (`关于白水大桥封闭施工的通告`, `讣　告`): a piece of its own, after a story or a roundup's items — unless the
  // story quotes it whole (`…发布通告，全文如下：`).
  if (block.length === 1 && isNoticeTitle(block[0]!.text) && !/[：:]$/u.test(context?.current.body.at(-1)?.content ?? '')) return true;
  const mode = layout?.titleWithoutLead ?? 'auto';
  if (mode !== 'auto') return mode === 'article';
  return context !== undefined && opensNewTopic(block[0]!.text, context);
}

/**
 * Body lines of the article above that a lone title's text is compared with,
 * beside its head: a long article (or one that has taken in a neighbour)
 * gathers so many terms that any text shares some, so the comparison is
 * local, as TextTiling compares windows of a fixed size. 60 issues, seeds
 * 1–3: per-page 95.0 / 95.1 / 96.8 % with the whole article, 96.2 / 95.3 / 96.9 % with three lines.
 */
const RECENT_PARAGRAPHS = 3;

/**
 * The article's last `RECENT_PARAGRAPHS` lines, and more lines back while
 * they hold too few terms to judge a topic by (`MIN_TERMS`): short lines at
 * the end (verse, a caption) say little of what the article is about, and a
 * window too small to judge would let any story under it in. Not past a
 * list's items (lines ending on no mark), which are the story's own matter.
 */
function recentText(body: LayoutLine[]): string[] {
  const contents = body.map((line) => line.content);
  let from = Math.max(0, contents.length - RECENT_PARAGRAPHS);
  // (A list's items at the end, ending on no mark, `豆浆油条` / `小笼包`, are the story's own matter, not too little to say:
  // the window stays.)
  if (contents.slice(from).some((content) => !/[。！？!?，,；;”"」』）)…：:]$/u.test(content.trim()))) return contents.slice(from);
  while (from > 0 && hanTerms(contents.slice(from).join('\n'), 3).size < MIN_TERMS) from -= 1;
  return contents.slice(from);
}

/**
 * Longest text (in characters) a roundup's item runs to: a brief (简讯) is
 * a paragraph or two. Under a roundup, a lone title over more text than this
 * heads a story of its own, not an item. In the corpus's 643 roundups, 2,973
 * of their 3,007 titled items are under 200 characters and none reaches 400;
 * on the layout benchmark (60 issues, seeds 1–3) stories after a roundup
 * merged into it fall from 8–14 to 7–12 a family, with no item split off.
 */
export const BRIEF_MAX = 400;

/**
 * Whether the text under a lone title line is another story than the
 * article above: not in a roundup (its items change topic by design), and
 * sharing almost no terms with the article so far (`rules/topic-shift.ts`),
 * or opening as a news lead does — a day named in its first clause and the
 * title's news, new to the article above, restated (`rules/news-lead.ts`):
 * stories reported back to back share their words (`会见`, `总统`, the
 * summit's name) but not their news. A keeper's blank line over it, in a
 * file whose blank lines stand only over heads, opens it whatever its topic
 * when it stands alone or opens on a news lead (`setOff`, `blank-lines.ts`).
 * In a transcript a lone line over the next question is that question's
 * topic (`parse-body.ts`); over plain text it is judged like any other, so
 * a lead-less article after a transcript is not taken into it.
 */
function opensNewTopic(
  title: string,
  { current, following, followingLength = 0, headsTranscript = false, setOff = false, apart = false, glued = false }: TitleContext,
): boolean {
  const head = [current.banner, current.kicker, current.headline, ...current.subtitles].flatMap((line) => (line ? [line.content] : []));
  // A roundup holds short reports, never a press conference or an interview: a title over one opens it.
  // (A section that holds a transcript already is no roundup, whatever its name: it is judged like any other.)
  const transcript = current.body.some(isTranscriptLine);
  /** The article's head and its last lines, which the text under the title is judged against. */
  const textAbove = (): string => [...head, ...recentText(current.body)].join('\n');
  /** The text under the title opens as a news lead that restates it with words the article above has not used. */
  const leadRestates = (above: string): boolean => isDatedLead(following) && restatesNewTitle(title, following, above);
  // Nor a story longer than any brief: the line over it is the story's own headline.
  // (Nor a head a blank line sets off in a file whose blank lines stand only over heads, the roundup's items line under
  // line: the roundup ended above it.)
  if (head.some(isRoundupTitle) && !transcript) return headsTranscript || followingLength > BRIEF_MAX || apart;
  // A story's closing credit or note on its author on a line of its own (`（记者　唐　宁）`) ends it: a title under it opens the next story.
  const last = current.body.at(-1);
  if (last?.kind === LineKind.paragraph && closesStory(last.content)) return true;
  // A keeper who parts articles, and only articles, with a blank line has left none over this one: a subhead of the article
  // above (`從廢墟到書房` under a feature's paragraph, no blank line between), whatever its few words share with it —
  // unless its text opens as a news lead that restates it (a group's items under its name, `省内要闻` / `省政府出台措施…` /
  // `省政府办公厅日前印发…`).
  if (glued) return leadRestates(textAbove());
  // A keeper who parts articles, and only articles, with a blank line has said where this one starts.
  if (setOff) return true;
  // Text that goes on with what the article above told (`当晚11时，…`, `几乎在同一时间，…`, `他说，…`): a subhead over its next part.
  if (refersBack(following)) return false;
  // A title over text and then questions, under a news story (it opens on a lead) that asked none and announces no interview:
  // a transcript of its own. (Under an interview's intro, `人物名片` / a profile / `问：…`, the title is the interview's.)
  const story = current.body[0] !== undefined && (opensWithLead(current.body[0].content) || isDatedLead(current.body[0].content));
  if (headsTranscript && !transcript && story && following !== '' && !head.some(announcesInterview)) return true;
  // Too little text on either side to judge: a subhead (isNewStory).
  const before = textAbove();
  return isNewStory(before, following) || leadRestates(before);
}

/** A head line that announces questions to come: `专访…`, `对话…`, `……答记者问`, `——访市科技局局长某某`. */
const INTERVIEW_HEAD = /专访|專訪|访谈|訪談|对话|對話|答记者问|答記者問|发布会|發佈會|發布會|实录|實錄/u;

function announcesInterview(text: string): boolean {
  return INTERVIEW_HEAD.test(text) || (/^[—－-]/u.test(text) && respondentFromSubtitle(text) !== undefined);
}

/** A line that makes its article a transcript: an asker, a question's topic or headline, a `问：`/`答：` turn. */
export function isTranscriptLine(line: LayoutLine): boolean {
  if (line.kind === LineKind.asker || line.kind === LineKind.qaHeadline || line.kind === LineKind.topic) return true;
  return line.kind === LineKind.paragraph && matchInterviewTurn(line.content) !== undefined;
}

/** A labelled head field other than the title (`副标题：`, `引题：`, `作者：`, `提要：`) set on the chunk's head; false for any other line. */
export function addLabelledField(chunk: Chunk, line: RawLine): boolean {
  const labelled = matchLabelledField(line.text);
  if (!labelled || labelled.field === 'title') return false;
  // (Other fields after it on the line, apart by a tab or a run of spaces, as a page's toolbar copies them:
  // `作者：本报记者 王芳	来源：澄江日报	日期：2024-03-08`: the field is the first; the rest kept as printed, beside the head.)
  const apart = /(?:\t+|[ \u3000]{2,})(?=\S{1,6}[：:])/u.exec(line.text.slice(labelled.label.length));
  if (apart !== null) {
    const cut = labelled.label.length + apart.index;
    const rest = line.text.length - line.text.slice(cut).trimStart().length;
    (chunk.extras ??= []).push(layoutLine(partOf(line, rest, line.text.length), LineKind.paragraph));
    return addLabelledField(chunk, partOf(line, 0, cut));
  }
  const laid = withContent(layoutLine(line, LineKind.subtitle), labelled.value);
  if (labelled.field === 'subtitle') chunk.subtitles.push(laid);
  else if (labelled.field === 'kicker') chunk.banner = { ...laid, kind: LineKind.banner };
  else if (labelled.field === 'byline') chunk.bylines.push({ ...laid, kind: LineKind.byline });
  else (chunk.summary ??= []).push(laid);
  return true;
}

/** A news site's section, as it files a story (`港聞`, `要闻`, `国际`, `两岸`): a label, not a head's words. */
const SECTION_NAME =
  /^(?:港聞|港闻|澳聞|澳闻|要聞|要闻|國際|国际|兩岸|两岸|中國|中国|國內|国内|本地|財經|财经|體育|体育|娛樂|娱乐|社會|社会|地方|評論|评论|副刊|新聞|新闻)$/u;

/** Sort a title block into banner or kicker, headline, subtitles, summary and bylines. */
export function titleChunk(block: RawLine[], items: Set<RawLine>, layout?: PaperLayout, after?: RawLine): Chunk {
  const chunk = newChunk();
  const rest: RawLine[] = [];
  /** The block's headline by markup: its most important heading (`<h1>` under an `<h3>` kicker), else its first marked line. */
  const headings = block.filter((line) => line.hint?.heading !== undefined);
  // (Heads a printed page sets in one size, or marks all alike as its regions, say nothing of which is the headline: read by their look, as plain lines are.)
  const alike = headings.length > 1 && headings.every((line) => line.hint?.bySize === true && line.hint.heading === headings[0]!.hint?.heading);
  const topHeading = alike
    ? undefined
    : headings.length > 0
      ? headings.reduce((top, line) => ((line.hint?.heading ?? 9) < (top.hint?.heading ?? 9) ? line : top))
      : block.find((line) => isMarkedTitle(line, items));
  for (const [index, line] of block.entries()) {
    if (addLabelledField(chunk, line)) continue;
    else if (
      line.hint?.writer === true ||
      (matchBylineLine(line.text) !== undefined && (!isMarkedTitle(line, items) || (line !== topHeading && isPlainByline(line.text))))
    ) {
      // (A credit printed after the byline on its line, `本报记者　高炳《 人民日报 》（…第 01 版）`, is kept as printed, apart.)
      const credit = bylineBeforeCredit(line.text);
      if (!credit) chunk.bylines.push(layoutLine(line, LineKind.byline));
      else {
        chunk.bylines.push(layoutLine(partOf(line, 0, credit.to), LineKind.byline));
        (chunk.extras ??= []).push(layoutLine(partOf(line, credit.to, line.text.length), LineKind.paragraph));
      }
    } else if (isSummaryLine(line.text) && rest.length > 0) (chunk.summary ??= []).push(layoutLine(line, LineKind.subtitle));
    // A speech's or a document's own day under its title (`（2021年7月1日）`): a subtitle as printed, never the headline.
    else if (rest.length > 0 && isPiecesOwnDate(block, index)) chunk.subtitles.push(layoutLine(line, LineKind.subtitle));
    // A story's credit under its headline (`《 人民日报 》（ 2024年03月05日 第 01 版）`, as an e-paper prints it): kept as printed, no subtitle.
    else if (line !== topHeading && rest.length > 0 && isStoryCredit(line.text)) (chunk.extras ??= []).push(layoutLine(line, LineKind.paragraph));
    // A paper's name beside the headline (a post's account, `瓯江日报`) is its source, kept as printed: no kicker, no subtitle.
    // (Or its site's, a paper's name with its edition's word, `延陵晚报数字报`, `澄江日报电子版`, over a copied page's head.)
    else if (isPaperName(withoutEdition(line.text)) && line !== topHeading && block.length > 1)
      (chunk.extras ??= []).push(layoutLine(line, LineKind.paragraph));
    // A site's section name under the headline, last in its head (`海濱長廊延長開放時間` / `港聞`): where the copy was filed, no subtitle.
    else if (rest.length > 0 && line === block.at(-1) && line !== topHeading && SECTION_NAME.test(line.text))
      (chunk.extras ??= []).push(layoutLine(line, LineKind.paragraph));
    else rest.push(line);
  }
  // A bare name last in a head under a marked headline (`<h1>…</h1>` / `叶伟强`, a site's linked byline), or under a plain one
  // (`多姿多彩庆新春 欢欢喜喜过大年` / `向超秀`, as county papers set a contributor's name; after its mark, `◎陳大文`): the
  // byline, no subtitle.
  const last = rest.at(-1);
  const headlineAt = topHeading?.hint?.heading === undefined ? -1 : rest.indexOf(topHeading);
  // (Not under a rubric in plain text, `【人物】` / `黄大年`: there the name is the headline.)
  const above = rest.at(-2);
  const underHeadline =
    headlineAt === -1
      ? topHeading === undefined && above !== undefined && !isBannerByWords(above.text) && charLength(above.text) >= FULL_HEADLINE_MIN
      : headlineAt < rest.length - 1;
  // (A writer signed by place and name, `文学院2022级汉语言文学专业　孙雨桐`, under any title, however short: the place says it.)
  const unmarked = last?.text.replace(BYLINE_MARK, '');
  const affiliated = unmarked !== undefined && rest.length >= 2 && isAffiliationAndName(unmarked);
  if (
    last !== undefined &&
    unmarked !== undefined &&
    (underHeadline || affiliated) &&
    last.hint?.heading === undefined &&
    chunk.bylines.length === 0 &&
    (isCreditNames(unmarked) || isOfficeAndName(last.text) || affiliated) &&
    !namesTopicBelow(last.text, after)
  )
    chunk.bylines.push(layoutLine(rest.pop()!, LineKind.byline));
  // A headline's translations under it (a bilingual page's) are its subtitles, read apart from the head's own lines.
  const translations: RawLine[] = [];
  while (rest.length > 1 && isTranslation(rest.at(-1)!.text) && rest.slice(0, -1).some((line) => /\p{Script=Han}/u.test(line.text)))
    translations.unshift(rest.pop()!);
  // The headline: the first marked heading when there is one; the lines above it are a banner or kicker.
  const marked = topHeading === undefined ? -1 : rest.indexOf(topHeading);
  if (marked > 0) {
    // The line right over the headline is its kicker; any line above that (or above a labelled kicker) is kept as printed, never dropped.
    const above = rest.splice(0, marked);
    if (chunk.banner === undefined) chunk.banner = layoutLine(above.pop()!, LineKind.banner);
    for (const line of above) (chunk.extras ??= []).push(layoutLine(line, LineKind.paragraph));
  } else if (marked === -1 && chunk.banner === undefined && isRoundupHead(rest, after, layout?.kicker)) {
    // A roundup's name (and its dash subtitles) over its first item's heading: the item heading opens the body; the name is the headline (below).
    addBodyLine(chunk, layoutLine(rest.pop()!, LineKind.subhead));
  } else if (
    marked === -1 &&
    chunk.banner === undefined &&
    // A dash line is the subtitle of the line right above it, which is then the headline.
    !(rest.length >= 2 && isDashSubtitle(rest[1]!.text))
  ) {
    // Three or more lines, or a first line that reads as a banner or kicker: the first is the banner (or kicker).
    // (Taiwan's credit on the head's own byline line, `記者許俊偉／台北報導`, as 聯合報 sets it, says as much as in the lead.)
    const credit = chunk.bylines.find((line) => opensWithTaiwanCredit(line.content))?.content;
    const pair = rest.length === 2 ? twoLineHead(rest[0]!.text, rest[1]!.text, layout?.kicker, credit ?? after?.text) : undefined;
    if (pair?.byLength || pair?.byFigures) chunk.headByLength = pair.kicker ? 'kicker' : 'subtitle';
    if (pair?.byFigures) chunk.headByFigures = true;
    // (A meeting's headline over what it did and who chaired it, `中共中央政治局召开会议` / `讨论…` / `中共中央总书记习近平主持会议`,
    // is the headline over two subtitles, not a kicker.)
    const meetingHead = rest.length >= 3 && reportsMeeting(rest[0]!.text, rest[1]!.text);
    if ((rest.length >= 3 && !meetingHead) || pair?.kicker) chunk.banner = layoutLine(rest.shift()!, LineKind.banner);
  }
  const headline = rest.shift();
  if (headline) chunk.headline = headlineLine(headline, items);
  for (const line of [...rest, ...translations]) chunk.subtitles.push(layoutLine(line, LineKind.subtitle));
  for (const line of [chunk.banner, chunk.headline, ...chunk.subtitles]) recordJumps(chunk, line);
  return chunk;
}

/**
 * Whether a word spaced out as a name is (`马　术`) is what the paragraph under it goes on about (`在昨天进行的马术场地障碍赛中…`):
 * a subhead of the text, as a sports page heads each event, not a writer's name, which the text hardly names at once.
 */
function namesTopicBelow(text: string, below: RawLine | undefined): boolean {
  const unmarked = text.replace(BYLINE_MARK, '').trim();
  const word = unmarked.replace(/[\s\u3000]+/gu, '');
  return below !== undefined && word !== unmarked && charLength(word) === 2 && below.text.includes(word);
}

/** A byline that is names alone after its label (`本报记者　吴  迪`, `记者：张三 李四`), as a heading may print one; not `记者走访运河沿线三条夜市街`. */
function isPlainByline(text: string): boolean {
  // (An outlet's reporter too, as a paper credits a wire's: `新华社记者　孙悦`, `中新社记者`, `央视记者`.)
  const rest =
    /^(?:(?:本报|本報|\p{Script=Han}{1,6}(?:社|报|報|台|网|網))?(?:特约|特約)?(?:记者|記者)|通讯员|通訊員|文[／∕/]|撰文)[\s\u3000：:／∕/]*(.*)$/u.exec(
      text,
    )?.[1];
  if (rest === undefined) return false;
  const han = Array.from(rest.replace(/[\s\u3000、，,·]/gu, ''));
  return han.length >= 2 && han.length <= 16 && /^[\u4e00-\u9fff·\s\u3000、，,]+$/u.test(rest) && (/[\s\u3000、，,]/u.test(rest) || han.length <= 4);
}

/** A headline's text: without its label (`标题：`), without the brackets of a whole-line item heading (`【标题】`) of a page of such items. */
function headlineLine(line: RawLine, items: Set<RawLine>): LayoutLine {
  const laid = layoutLine(line, LineKind.headline);
  const labelled = matchLabelledField(line.text);
  if (labelled?.field === 'title') return withContent(laid, labelled.value);
  if (items.has(line) && isBracketHeading(withoutItemMark(laid.content))) return withContent(laid, withoutItemMark(laid.content).slice(1, -1));
  // A digest's item number (`3、`) is its place in the list, and a bullet (`◆`) its mark, not part of its title.
  if (items.has(line)) return withContent(laid, withoutItemMark(laid.content));
  return laid;
}

function withContent(line: LayoutLine, content: string): LayoutLine {
  return { ...line, content };
}

/** A two-line head's reading, and whether only the lines' lengths, or only the figures on one of them, decided it. */
export interface TwoLineHead {
  kicker: boolean;
  byLength: boolean;
  byFigures?: true;
}

/**
 * How two plain head lines are read: whether the first is a kicker (引题)
 * over the headline rather than a headline over a subtitle, and whether
 * only their lengths decided it (`byLength`, which ingest notes). The
 * first is a kicker when it is a rubric by its look, a slogan in parallel
 * phrases (`奋进新征程 建功新时代`), a line that leads into the headline
 * (`……时强调`) or a line over a column-named headline (`国际联播快讯`);
 * of two lines one closed by a tag of the piece's kind (`（记者手记）`) is the headline;
 * failing those, when it is short enough for a kicker above a longer one
 * (the headline is the largest type, and the longest line of a head). A
 * `——` line under it is a subtitle, so the first is the headline. Before the
 * lengths, the story's `lead` (its first body line) is asked: when it
 * restates the second line and leaves the first's words untouched, the
 * second is the headline (a news lead restates its headline's news). Not the
 * other way round: the commonest two-line head prints the fact in its kicker
 * and the editor's comment as its headline (`我国新能源汽车年产量首破1000万辆` /
 * `“新”赛道跑出“加速度”…`), which no lead restates; on a second reader's 106
 * real heads that half was wrong as often as right. A paper's `layout.kicker`
 * setting (`above`, `none`) decides instead of the look.
 */
export function twoLineHead(first: string, second: string, mode: PaperLayout['kicker'] = 'auto', lead = ''): TwoLineHead {
  const decided = (kicker: boolean): TwoLineHead => ({ kicker, byLength: false });
  if (isDashSubtitle(second)) return decided(false);
  // A bilingual page's headline and its translation under it (`全国两会开幕` / `China's top legislature opens session`): the Chinese the
  // headline, the translation its subtitle.
  if (isTranslation(second) && /\p{Script=Han}/u.test(first)) return decided(false);
  if (mode !== 'auto') return decided(mode === 'above');
  if (isRubric(first) || KICKER_LEAD_IN.test(first) || GENRE_LABEL.test(first)) return decided(true);
  // A reporter's visit over a head (`记者探访杭州首家“无人超市”` / `刷脸进店 拿了就走`): the kicker that says how the story was got.
  if (REPORTER_VISIT.test(first)) return decided(true);
  // A feature's deck under its headline: `记…` naming whom the feature is about, or the piece's kind at its end
  // (`守护文化遗产的“80后”` / `记敦煌研究院青年文物修复师团队`, `城市更新中的“留”与“改”` / `黄浦区石库门里弄保护性修缮调查`).
  // (A kind word after six characters or more of what it is about is a deck, however a column's name ends: `三江源国家公园建设综述`.)
  if (isFeatureDeck(second)) return decided(false);
  // A meeting's or talks' headline over what it did (`李强主持召开国务院常务会议` / `研究…部署…`, `习近平同巴西总统卢拉会谈` /
  // `两国元首宣布…`), as the official papers print one: the subtitle goes on with the headline's subject.
  if (reportsMeeting(first, second)) return decided(false);
  // A feature's label, worded as a column's name, under a longer line is its subtitle (`春风吹绿千亩田 科技助力春耕忙` /
  // `一线见闻`, `云南：强基层党建 兴千里边疆` / `记者蹲点采访纪实`): a kicker is the shorter line. A roundup's name is its
  // items' headline, under a kicker of any length (`各地举办活动缅怀英烈` / `国际联播快讯`).
  const label = isBanner(second) && !isBracketHeading(second) && !isRoundupTitle(second);
  if (label && charLength(first) > charLength(second)) return decided(false);
  // A slogan over a headline is its kicker (`奋进新征程 建功新时代` over `李强同挪威首相会谈`).
  if (isSlogan(first) && !isSlogan(second)) return decided(true);
  // A column-named headline (`国际联播快讯`) under a plain line: the plain line is its kicker. (A bracketed line under one is its subtitle.)
  if (isBanner(second) && !isBracketHeading(second)) return decided(true);
  // A tag of the piece's kind closes a headline (`……總統（記者手記）`): the line it closes is the headline.
  if (endsWithHeadlineTag(first) !== endsWithHeadlineTag(second)) return decided(endsWithHeadlineTag(second));
  // Under Taiwan's credit (`〔記者廖家豪／台北報導〕`) the paper prints headline and subtitle (主標, 副標), whatever the lengths,
  // figures or lead: its heads hardly ever stand under a kicker.
  if (opensWithTaiwanCredit(lead)) return decided(false);
  // (A first line of two clauses, `从“田间”到“舌尖”，一颗草莓的数字化旅程`, `从“有没有”到“好不好”：农村饮水…`, is a
  // headline whatever its lead restates; not a line under a short label, `见报：4.20 2版`, `专家：`.)
  if (!TWO_CLAUSES.test(first) && restatesOnly(second, first, lead)) return decided(true);
  // A lead that opens on the first line's news and gives the second's after it: headline and subtitle.
  if (opensOnFirstOfTwo(first, second, lead)) return decided(false);
  // Figures go in a head's deck, the kicker over the headline or the subtitle under it; the line of none is the
  // headline. A line of figures over a line of none is the fact a kicker gives, under it the editor's comment
  // (`前3个月我国货物贸易进出口10.17万亿元` / `外贸开局平稳向好`), however long the kicker — not over a line that goes on
  // with its subject (`一男子骗取医保基金18万元` / `被判处有期徒刑3年`), its subtitle; a line of figures under a line of
  // none is its subtitle (`深中通道正式开通运营` / `深圳至中山车程由2小时缩短至30分钟`), however short the headline. Where
  // a paper prints its figures in the headline (`老旧小区改造再提速` / `今年启动300个小区综合整治`) this reads wrong,
  // so, as with lengths, the head is noted.
  const figures = statesQuantity(first);
  if (figures !== statesQuantity(second) && !(figures && CONTINUES_SUBJECT.test(second))) return { kicker: figures, byLength: false, byFigures: true };
  return { kicker: charLength(first) <= KICKER_MAX && charLength(first) < charLength(second), byLength: true };
}

/**
 * Plain head lines, the first a roundup's name (`国内快讯`, `要闻简报`), then
 * its dash subtitles, the last the heading of its first item, over plain text: a
 * roundup's items are its text, so the first line is the headline, not a
 * kicker over the item. With a lead under them (`本报讯…`) they are a column
 * rubric over one story's headline.
 */
function isRoundupHead(rest: RawLine[], after: RawLine | undefined, mode: PaperLayout['kicker'] = 'auto'): boolean {
  const first = rest[0];
  const item = rest.at(-1);
  if (rest.length < 2 || !first || !item || mode === 'above') return false;
  if (after === undefined || opensWithLead(after.text)) return false;
  const dashes = rest.slice(1, -1);
  if (!dashes.every((line) => isDashSubtitle(line.text))) return false;
  return isRoundupTitle(first.text) && !isBracketHeading(first.text) && !isDashSubtitle(item.text) && matchBylineLine(item.text) === undefined;
}

/**
 * A quantity in Arabic digits with its unit or a percentage, perhaps rounded (`10.17万亿元`, `5.3%`, `3座`, `40余万元`,
 * `2000多名`, `39℃`), not a line's `11号线`, a year's `2024中关村`, years (`时隔6年`, `2024年`) or an age, which
 * describes a person (`18岁少年勇救落水儿童`).
 */
const QUANTITY =
  /[0-9０-９][0-9０-９.．,，]*\s*[余餘多]?\s*(?:%|％|万|萬|亿|億|千|百|个|個|座|件|辆|輛|户|戶|人|名|次|项|項|家|公里|千米|米|元|吨|噸|亩|畝|倍|℃|度|天|小时|小時|分钟|分鐘|批|条|條|所|台|架|艘|枚|场|場|部|只|头|頭|起|例|套|张|張|斤|克|秒)/u;

/**
 * A line that goes on with the subject of the line above, having none of its own: `被判处…`, `一审被判…`, `涉及…`,
 * `其中…`, `同比增长…`, or ranks or compares its figures (`稳居世界第一`, `连续十一年…`, `再创历史新高`, `增速居全省首位`).
 */
const CONTINUES_SUBJECT =
  /^(?:(?:一审|一審|二审|二審|终审|終審)?被|稳居|穩居|位居|居全|居于|居於|连续|連續|再创|再創|创|創|恢复至|恢復至|较|較|高于|高於|增速|增幅|总量|總量|总数|總數|占比|佔比|涉及|包括|其中|同比|环比|環比|累计|累計|共计|共計|并|並|且|另有|此外|均|全长|全長|总投资|總投資|总面积|總面積|占|佔)/u;

/** Whether a line states a quantity (`QUANTITY`), outside quotation marks, which name a thing (`“15分钟便民生活圈”`, `“1元公交”`). */
function statesQuantity(text: string): boolean {
  return QUANTITY.test(text.replace(/[“"「『][^”"」』]*[”"」』]/gu, ''));
}

/**
 * A feature's or a commentary's deck: `记…` (not 记者, 记忆, 记录, 记账…) naming a feature's subject, a feature's kind
 * closing a line that says what of (`黄浦区石库门里弄保护性修缮调查`, `甘肃推进县域普通高中振兴见闻`, `来自晋江民营企业的报告`;
 * `一线调研纪实` alone is a label, read as a column's), what the piece is written for (`写在雄安新区设立七周年之际`), a
 * commentary series' number (`一论深入学习贯彻…`) or an interview's subject (`访全国政协委员、华东师范大学教授袁振国`).
 */
const FEATURE_DECK =
  /^(?:——)?[记記](?![者忆憶录錄住得载載挂掛性号號账賬])\p{Script=Han}{4,}|\p{Script=Han}[\p{Script=Han}“”‘’「」—]{5,}(?:调查|調查|纪实|紀實|侧记|側記|综述|綜述|素描|速写|速寫|札记|札記|巡礼|巡禮|见闻|見聞|观察|觀察|回访|回訪|的报告|的報告)$|^(?:——)?(?:写在|寫在)\p{Script=Han}.{3,}(?:之际|之際|前夕|时|時)$|^(?:——)?(?:[一二三四五六七八九十]{1,2}论|[一二三四五六七八九十]{1,2}論)\p{Script=Han}{4,}|^(?:——)?(?:专访|專訪|访|訪)(?![问問谈談客])\p{Script=Han}{5,}/u;

function isFeatureDeck(text: string): boolean {
  return FEATURE_DECK.test(text);
}

/**
 * A line of what a meeting did right under the meeting's headline: it opens with what it did (`MEETING_OUTCOME`), is no
 * longer than a subtitle runs and holds no sentence (no `。`, `；`, nothing running on at its end).
 */
function isMeetingOutcome(above: RawLine | undefined, line: RawLine): boolean {
  if (above === undefined || !isTitleLine(above.text) || !reportsMeeting(above.text, line.text)) return false;
  return charLength(line.text) <= SUBTITLE_MAX && !/[。；;]/u.test(line.text) && !/[，、：:,]$/u.test(line.text);
}

/** A head line of two clauses: a comma between them, or a colon after more than a label's few characters. */
const TWO_CLAUSES = /[，,]|^.{4,}[：:]/u;

/** A reporter's visit as a head line opens it: `记者探访…`, `记者走访…`, `记者体验…`, `记者直击…`, `记者实地…`, `记者夜访…`. */
const REPORTER_VISIT = /^(?:本报|本報)?(?:记者|記者)(?:探访|探訪|走访|走訪|体验|體驗|直击|直擊|实地|實地|夜访|夜訪)/u;

/** A meeting, a leaders' talks or a call, as a headline reports it. */
const MEETING = /会议|會議|会谈|會談|会见|會見|会晤|會晤|通电话|通電話|座谈会|座談會|集体学习|集體學習/u;
/** What a meeting did, opening the line under its headline with no subject of its own: `研究…`, `部署…`, `两国元首宣布…`, `双方同意…`. */
const MEETING_OUTCOME =
  /^(?:研究(?!显示|顯示|发现|發現|表明|称|稱)|部署|审议|審議|听取|聽取|讨论|討論|决定|決定|通过|通過|强调|強調|指出|传达|傳達|双方|雙方|两国元首|兩國元首|两国|兩國|一致同意)/u;

/** A meeting's headline (`MEETING`) over a line of what it did (`MEETING_OUTCOME`). */
function reportsMeeting(headline: string, under: string): boolean {
  return MEETING.test(headline) && MEETING_OUTCOME.test(under);
}

/**
 * A line opening on the kind of piece it heads, labelled with a colon (`■特写：老店传人的坚持`, `特稿：…`, `侧记：…`): the
 * kicker over the story's headline. (Not `调查：…`, `观察：…`, `追踪：…` unmarked: headlines open on them too.)
 */
const PIECE_KIND = '(?:特写|特寫|特稿|侧记|側記|纪实|紀實|记者手记|記者手記)';
const GENRE_LABEL = new RegExp(`^(?:${LABEL_MARK}\\s*(?:${PIECE_KIND}|专访|專訪|综述|綜述|述评|述評)|${PIECE_KIND})\\s*[：:]\\s*\\S`, 'u');

/** A kicker that leads into the headline's words: `习近平在江苏考察时强调`, `专家指出：`. */
export const KICKER_LEAD_IN = /(?:强调|強調|指出|表示|宣布|宣佈|提出|说|說|显示|顯示|通报|通報|获悉|獲悉|透露)[：:]?$/u;

/** A rubric by its wording or brackets, not by its length: `聚焦全国两会`, `【一线调研】`, `（两会特稿）`. */
function isBannerByWords(text: string): boolean {
  return isBanner(text) || isBracketHeading(text) || isParenthesizedLabel(text);
}

/** A page rubric above a headline: a banner by its wording, a bracketed label, or a label too short to be a headline (`体育`, `社區`). */
export function isRubric(text: string): boolean {
  return isBannerByWords(text) || charLength(text) <= RUBRIC_MAX;
}
