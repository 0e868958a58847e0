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
import { addBodyLine, newChunk, recordJumps } from './layout-line.ts';
import { charLength } from './punctuation.ts';
import { isRoundupName } from './rules/topic-shift.ts';
import { isBracketHeading, isDashSubtitle } from './rules/title-line.ts';
import { BRIEF_MAX, isTranscriptLine, withoutItemMark } from './title-block.ts';
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
 * A roundup of one item is its name as the rubric over one story's headline.
 */
function roundupItems(chunk: Chunk): Chunk[] | undefined {
  if (chunk.body.some(isTranscriptLine) || chunk.summary?.length) return undefined;
  const { banner, headline } = chunk;
  if (headline === undefined) return undefined;
  // (Items that have no headline of their own, numbered under the roundup's name, `快讯` / `快讯（1）` / `快讯（2）`, are one piece.)
  if (chunk.body.some((line) => line.kind === LineKind.subhead && isRoundupName(line.content))) return undefined;
  // The name as the kicker over its first item's headline (`本市快讯` / `■市民中心新增夜间服务窗口`).
  if (banner !== undefined && isRoundupName(banner.content) && !isRoundupName(headline.content)) {
    return chunk.subtitles.length === 0 ? [chunk, ...cutAtSubheads(chunk)] : undefined;
  }
  if (!isRoundupName(headline.content)) return undefined;
  // The name as the headline: the first item's headline is the one plain line under it (no lead under that), or the first subhead.
  const [subtitle, ...more] = chunk.subtitles;
  const firstLine = chunk.body[0];
  // (With a lead under it, `## 国际快讯` / `**联合国大会第78届会议开幕**` / `新华社联合国9月14日电…`, the line is one story's
  // headline under the name as its column's rubric: read the same way.)
  const underName =
    subtitle !== undefined &&
    more.length === 0 &&
    !isDashSubtitle(subtitle.content) &&
    !isRoundupName(subtitle.content) &&
    firstLine?.kind !== LineKind.subhead;
  if (!underName && !(chunk.subtitles.length === 0 && firstLine?.kind === LineKind.subhead)) return undefined;
  const itemHead = underName ? chunk.subtitles.shift()! : chunk.body.shift()!;
  // (A banner over the roundup's name, a special report's, `奋进新征程 建功新时代` / `国内联播快讯`, is kept as printed with its first item.)
  if (banner !== undefined) chunk.extras = [banner, ...(chunk.extras ?? [])];
  chunk.banner = { ...headline, kind: LineKind.banner };
  chunk.headline = { ...itemHead, kind: LineKind.headline };
  return [chunk, ...cutAtSubheads(chunk)];
}

/** The items after the chunk's own (its subheads' and their text), taken out of its body; the chunk keeps the text of its first. */
function cutAtSubheads(chunk: Chunk): Chunk[] {
  const cut = chunk.body.findIndex((line) => line.kind === LineKind.subhead);
  if (cut === -1) return [];
  const rest = chunk.body.splice(cut);
  // The jump marker that sends the roundup on to a later page is its last item's.
  delete chunk.continuedTo;
  for (const line of [chunk.banner, chunk.headline, ...chunk.bylines, ...chunk.body]) recordJumps(chunk, line);
  const items: Chunk[] = [];
  for (const line of rest) {
    if (line.kind === LineKind.subhead) {
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
 * the roundup's items run on: `本市快讯` / `全市首家“共享法庭”…` / `本报讯…` / `沧澜地铁4号线…` / `本报讯…`).
 * `before`: the chunk before the roundup's first item.
 */
function continuesRoundup(chunk: Chunk, items: readonly Chunk[], before: Chunk | undefined): boolean {
  if (chunk.headline === undefined || chunk.banner || chunk.kicker || chunk.subtitles.length > 0 || chunk.bylines.length > 0 || chunk.summary?.length)
    return false;
  if (chunk.continuedFrom !== undefined || chunk.body.some(isTranscriptLine)) return false;
  if (charLength(chunk.body.map((line) => line.content).join('')) > BRIEF_MAX) return false;
  const mark = itemMark(items.at(-1)!.headline!);
  if (mark !== undefined) return itemMark(chunk.headline) === mark;
  if (itemMark(chunk.headline) !== undefined || before === undefined) return false;
  const name = items[0]!.banner!;
  const [, beforeEnds] = lineSpan(before);
  const [, lastEnds] = lineSpan(items.at(-1)!);
  return (
    name.line - beforeEnds > 1 &&
    chunk.headline.line - lastEnds === 1 &&
    items.every((item) => lineSpan(item)[1] - lineSpan(item)[0] + 1 === linesOf(item).length)
  );
}

/** Every line of a chunk, head and text and what it kept as printed. */
function linesOf(chunk: Chunk): LayoutLine[] {
  const lines = [
    chunk.banner,
    chunk.kicker,
    chunk.headline,
    ...chunk.subtitles,
    ...(chunk.summary ?? []),
    ...chunk.bylines,
    ...chunk.body,
    ...(chunk.extras ?? []),
  ];
  return lines.filter((line) => line !== undefined);
}

/** The first and last line numbers of a chunk. */
function lineSpan(chunk: Chunk): [number, number] {
  const numbers = linesOf(chunk).map((line) => line.line);
  return [Math.min(...numbers), Math.max(...numbers)];
}

/** An item's headline without its bullet, number or whole-line brackets. */
function itemTitle(text: string): string {
  const unmarked = withoutItemMark(text);
  return isBracketHeading(unmarked) ? unmarked.slice(1, -1) : unmarked;
}

/** The mark an item's headline carries: its bullet, its brackets, the form of its number, or its Markdown heading's level. */
function itemMark(line: LayoutLine): string | undefined {
  const text = line.text.trim();
  const bullet = /^[◆◇■□●○▲△★☆►▶◎•·▌▍]/u.exec(text)?.[0];
  if (bullet !== undefined) return bullet;
  if (isBracketHeading(text)) return '【】';
  if (/^[0-9０-９]{1,2}[.、．]/u.test(text)) return '1.';
  if (/^[一二三四五六七八九十]{1,3}、/u.test(text)) return '一、';
  if (/^[①-⑳]/u.test(text)) return '①';
  if (/^[（(][0-9一二三四五六七八九十]{1,3}[)）]/u.test(text)) return '(1)';
  if (line.hint?.heading !== undefined && line.hint.bySize !== true) return `h${line.hint.heading}`;
  return undefined;
}
