/**
 * A news roundup's items as articles of their own (`港聞簡訊` / `天文台：本周後期多雨` / its text / `機管局：…` / its text):
 * each item is a separate piece of news under its own headline, which a reader searches and cites; the roundup's name
 * (`本市快讯`, which a paper prints every day) is each item's rubric, printed once, over the first.
 *
 * `parse-body` keeps a roundup's items with plain headlines together as the subheads of one chunk headed by its name
 * (where its items end is decided there: a transcript, a story longer than a brief, a head a blank line sets apart), and
 * opens a chunk at each item marked as one (`■…`, `【…】`, `1.`), the name over the first as its kicker. Here the first
 * are cut at their headlines, and the second given the roundup's name while their heads are marked alike.
 *
 *   港聞簡訊 / 天文台：… / text / 機管局：… / text  → 天文台：… (rubric 港聞簡訊, item 1), 機管局：… (item 2)
 *   国内简讯 / ■全国铁路… / text / ■多地发布… / text / 海水浴场… / 本报讯…  → items 1 and 2; 海水浴场… no item
 */
import { addBodyLine, chunkLines, lineRange, newChunk, recordJumps } from './layout-line.ts';
import { charLength } from './punctuation.ts';
import { isBoxLabel } from './rules/box-label.ts';
import { matchLeadByline, opensWithLead } from './rules/byline.ts';
import { ROUNDUP_BULLET, isRoundupName } from './rules/topic-shift.ts';
import { isBracketHeading, isDashSubtitle } from './rules/title-line.ts';
import { BRIEF_MAX, ITEM_CIRCLED, ITEM_NUMBER_CN, isTranscriptLine, withoutItemMark } from './title-block.ts';
import { LineKind, type Chunk, type LayoutLine } from './types.ts';

/** The chunks of one page with each roundup's items cut apart and named by their roundup (`Chunk.roundup`). */
export function withRoundupItems(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  /** The items of the roundup the chunks before came from. */
  let open: Chunk[] = [];
  const close = (): void => {
    // (A rubric over one story, `国际快讯` / a headline / `本报讯…`, is that story's: no roundup of items.)
    if (open.length >= 2)
      open.forEach((item, index) => {
        item.roundup = { name: open[0]!.banner!, item: index + 1 };
        // An item's bullet (`■`), number (`3、`) or brackets (`【…】`) mark it as an item, as a digest's do: not its title's words.
        item.headline = { ...item.headline!, content: itemTitle(item.headline!.content) };
      });
    open = [];
  };
  /** The chunk before the roundup's first item. */
  let before: Chunk | undefined;
  for (const [index, chunk] of chunks.entries()) {
    if (open.length > 0 && continuesRoundup(chunk, open, before)) {
      open.push(chunk);
      out.push(chunk);
      continue;
    }
    close();
    const items = roundupItems(chunk);
    if (items === undefined) out.push(chunk);
    else {
      out.push(...(open = items));
      before = chunks[index - 1];
    }
  }
  close();
  return out;
}

/**
 * A chunk headed by a roundup's name, cut at its items' headlines: `undefined` when it is no roundup (a headline that only
 * mentions one, `“快讯”背后的记者们`; a transcript) or holds no item with a headline.
 * Under the name as headline, the text must open on the first item's headline (a subhead, or the one plain line the head
 * set under the name, `## 民生快讯` / `**市区新增3条夜间公交线路**`): text under the name alone is read as printed, one article.
 * A roundup of one item is its name as the rubric over one story's headline, and so is a column's name over one story
 * with its subheads (`oneStory`): `文摘` / `一位乡村教师的三十年` / its text / `从一个人的学校说起` / …
 */
function roundupItems(chunk: Chunk): Chunk[] | undefined {
  if (chunk.body.some(isTranscriptLine) || chunk.summary?.length) return undefined;
  const { banner, headline } = chunk;
  if (headline === undefined) return undefined;
  // (Items that have no headline of their own, numbered under the roundup's name, `快讯` / `快讯（1）` / `快讯（2）`, are one piece.)
  if (chunk.body.some((line) => line.kind === LineKind.subhead && isRoundupName(line.content))) return undefined;
  // The name as the kicker over its first item's headline (`本市快讯` / `■市民中心新增夜间服务窗口`).
  if (banner !== undefined && isRoundupName(banner.content) && !isRoundupName(headline.content)) {
    if (chunk.subtitles.length > 0) return undefined;
    return holdsItems(chunk) ? [chunk, ...cutAtItems(chunk)] : [chunk];
  }
  if (!isRoundupName(headline.content)) return undefined;
  // The name as the headline: the first item's headline is the one plain line under it, or the first subhead.
  const [subtitle, ...more] = chunk.subtitles;
  const firstLine = chunk.body[0];
  const underName =
    subtitle !== undefined &&
    more.length === 0 &&
    !isDashSubtitle(subtitle.content) &&
    !isRoundupName(subtitle.content) &&
    firstLine?.kind !== LineKind.subhead &&
    // (With a lead under it, a column's name that says it holds news, `## 国际快讯` / `**联合国大会第78届会议开幕**` /
    // `新华社联合国9月14日电…`, is the rubric over one story's headline; a headline closing on such a word, `老人可免费做CT扫描` /
    // `每周二开放预约` / `本报讯…`, keeps its subtitle.)
    (BRIEF_NAME.test(headline.content) || !opensWithLead(chunk.body.find((line) => line.kind === LineKind.paragraph)?.content ?? ''));
  const itemHead = underName ? subtitle : chunk.subtitles.length === 0 && firstLine?.kind === LineKind.subhead ? firstLine : undefined;
  // (A label, `大剧院` / `9月27日19:30，…` under `本周演出一览`, is no item's headline: a listing, read as printed.)
  if (itemHead === undefined || charLength(itemTitle(itemHead.content)) < ITEM_HEADLINE_MIN) return undefined;
  if (underName) chunk.subtitles.shift();
  else chunk.body.shift();
  // (A banner over the roundup's name, a special report's, `奋进新征程 建功新时代` / `国内联播快讯`, is kept as printed with its first item.)
  if (banner !== undefined) chunk.extras = [banner, ...(chunk.extras ?? [])];
  chunk.banner = { ...headline, kind: LineKind.banner };
  chunk.headline = { ...itemHead, kind: LineKind.headline };
  return holdsItems(chunk) ? [chunk, ...cutAtItems(chunk)] : [chunk];
}

/** A column's name that says it holds news (`国际快讯`, `港聞簡訊`, `要闻简报`), not `一览`, `扫描` or `文摘`, which a headline may close on. */
const BRIEF_NAME = /[快简簡短][讯訊报報]$/u;

/** Fewest characters of a roundup item's headline: shorter is a label (`大剧院`, `谁来管`), a story's subhead or a listing's. */
const ITEM_HEADLINE_MIN = 6;

/** A subhead that heads an item: not a box's label inside the item (`■提醒`, `链接`). */
function isItemHead(line: LayoutLine): boolean {
  return line.kind === LineKind.subhead && !isBoxLabel(line.content);
}

/**
 * Whether the subheads in the text of a roundup's first item head items of their own: each a headline (`ITEM_HEADLINE_MIN`
 * characters or more) and the parts no one story (`oneStory`).
 */
function holdsItems(chunk: Chunk): boolean {
  const heads = chunk.body.filter(isItemHead);
  if (heads.length === 0) return false;
  if (heads.some((line) => charLength(itemTitle(line.content)) < ITEM_HEADLINE_MIN)) return false;
  const parts: string[][] = [[]];
  for (const line of chunk.body) {
    if (isItemHead(line)) parts.push([]);
    else if (line.kind === LineKind.paragraph) parts.at(-1)!.push(line.content);
  }
  return !oneStory(parts.map((part) => part.join('\n')));
}

/**
 * Parts of one story under its subheads, not a roundup's items: a lead naming its reporter or the paper it is taken from
 * opens the first part and no other (`一周扫描` / `秋菜上市菜价回落` / `本报讯（记者　林　岚）…` / `白菜萝卜价格走低` / …;
 * `文摘` / `一位乡村教师的三十年` / `据《中国教育报》报道　…` / `从一个人的学校说起` / …). (Not the parts' shared words: a
 * roundup's items on one field share theirs, `创新发展`, `记者从…了解到`; on the layout benchmark, judging items by
 * `rules/topic-shift.ts` or by a few shared terms kept 4 % of the corpus's roundup items in the item before.)
 */
function oneStory(parts: string[]): boolean {
  const credited = (text: string): boolean => matchLeadByline(text) !== undefined || CITED_SOURCE.test(text);
  return credited(parts[0] ?? '') && !parts.slice(1).some(credited);
}

/** A lead that names the paper it takes the story from (`据《中国教育报》报道　…`, `据《经济日报》消息，…`). */
const CITED_SOURCE = /^据《[^《》]{2,20}》(?:报道|報道|报导|消息)/u;

/** The items after the chunk's own (its items' headlines and their text), taken out of its body; the chunk keeps the text of its first. */
function cutAtItems(chunk: Chunk): Chunk[] {
  const cut = chunk.body.findIndex(isItemHead);
  if (cut === -1) return [];
  const rest = chunk.body.splice(cut);
  // The jump marker that sends the roundup on to a later page is its last item's.
  delete chunk.continuedTo;
  for (const line of [chunk.banner, chunk.headline, ...chunk.bylines, ...chunk.body]) recordJumps(chunk, line);
  const items: Chunk[] = [];
  for (const line of rest) {
    if (isItemHead(line)) {
      const item = newChunk();
      item.headline = { ...line, kind: LineKind.headline };
      recordJumps(item, item.headline);
      if (chunk.source) item.source = chunk.source;
      items.push(item);
    } else addBodyLine(items.at(-1)!, line);
  }
  // What the page printed among or after the items and ingest kept as printed (a page's editors, a picture's credit) goes
  // with the item it stands in or under, as its lines do.
  const extras = chunk.extras ?? [];
  const kept = extras.filter((extra) => {
    const under = items.findLast((item) => item.headline!.line < extra.line);
    if (under !== undefined) (under.extras ??= []).push(extra);
    return under === undefined;
  });
  if (extras.length > 0) chunk.extras = kept;
  return items;
}

/**
 * Whether a chunk after a roundup's items is its next item: nothing but a headline in its head, no more text than a
 * brief, and a headline marked as the items' are (`■`, `【…】`, `2.`, a Markdown heading's level) — or, unmarked, set line
 * under line with the items where a blank line stands over the roundup's name (a keeper's blank lines part articles, and
 * the roundup's items run on: `本市快讯` / `全市首家“共享法庭”…` / `本报讯…` / `沧澜地铁4号线…` / `本报讯…`). Not a story
 * whose lead names its reporter (`本报讯（记者　邱明杰）…`) after items that name none, nor one a blank line sets apart
 * after items set line under line: the page's own stories after the roundup, marked as its items are.
 * `before`: the chunk before the roundup's first item.
 */
function continuesRoundup(chunk: Chunk, items: readonly Chunk[], before: Chunk | undefined): boolean {
  if (chunk.headline === undefined || chunk.banner || chunk.kicker || chunk.subtitles.length > 0 || chunk.bylines.length > 0 || chunk.summary?.length)
    return false;
  if (chunk.continuedFrom !== undefined || chunk.body.some(isTranscriptLine) || isBoxLabel(chunk.headline.content)) return false;
  // (A line printed over its headline and kept aside — another group's heading, `## 周末去哪儿` — ends the roundup.)
  if (chunk.extras?.some((extra) => extra.line < chunk.headline!.line)) return false;
  if (charLength(chunk.body.map((line) => line.content).join('')) > BRIEF_MAX) return false;
  if (creditsLead(chunk) && !items.some(creditsLead)) return false;
  const [, lastEnds] = lineSpan(items.at(-1)!);
  const glued = chunk.headline.line - lastEnds === 1;
  const lineUnderLine = runsLineUnderLine(items);
  if (!glued && lineUnderLine) return false;
  const mark = itemMark(items.at(-1)!.headline!);
  if (mark !== undefined) return itemMark(chunk.headline) === mark;
  if (itemMark(chunk.headline) !== undefined || before === undefined) return false;
  const [, beforeEnds] = lineSpan(before);
  return items[0]!.banner!.line - beforeEnds > 1 && glued && lineUnderLine;
}

/** A text whose lead names its reporter (`本报讯（记者　邱明杰）…`), as a story of the page's own opens. */
function creditsLead(chunk: Chunk): boolean {
  const lead = chunk.body.find((line) => line.kind === LineKind.paragraph);
  return lead !== undefined && matchLeadByline(lead.content) !== undefined;
}

/** Items set line under line, the roundup's name over them, no blank line anywhere between. */
function runsLineUnderLine(items: readonly Chunk[]): boolean {
  const numbers = [...new Set(items.flatMap((item) => chunkLines(item).map((line) => line.line)))];
  const [first, last] = lineRange(numbers);
  return last - first + 1 === numbers.length;
}

/** The first and last line numbers of a chunk. */
function lineSpan(chunk: Chunk): [number, number] {
  return lineRange(chunkLines(chunk).map((line) => line.line));
}

/** An item's headline without its bullet, number (`3、`, `①`) or whole-line brackets. */
function itemTitle(text: string): string {
  // (A figure that opens a headline, `1.1亿元中央救灾资金…`, is no item's number.)
  if (/^[0-9]{1,2}[.．][0-9]/u.test(text)) return text;
  const unmarked = withoutItemMark(text).replace(ITEM_CIRCLED, '');
  return isBracketHeading(unmarked) ? unmarked.slice(1, -1) : unmarked;
}

/** The mark an item's headline carries: its bullet, its brackets, the form of its number, or its Markdown heading's level. */
function itemMark(line: LayoutLine): string | undefined {
  const text = line.text.trim();
  const bullet = ROUNDUP_BULLET.exec(text)?.[0];
  if (bullet !== undefined) return bullet;
  if (isBracketHeading(text)) return '【】';
  if (/^[0-9０-９]{1,2}[.、．]/u.test(text)) return '1.';
  if (ITEM_NUMBER_CN.test(text)) return '一、';
  if (ITEM_CIRCLED.test(text)) return '①';
  if (/^[（(][0-9一二三四五六七八九十]{1,3}[)）]/u.test(text)) return '(1)';
  if (line.hint?.heading !== undefined && line.hint.bySize !== true) return `h${line.hint.heading}`;
  return undefined;
}
