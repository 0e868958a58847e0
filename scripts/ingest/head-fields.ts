/**
 * The head an article's named fields give it (front matter, a note's
 * properties, a data file's columns), set on its first chunk beside what its
 * text prints.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import type { FrontmatterFacts } from './facts/from-frontmatter.ts';
import { Rule, warn } from './report.ts';
import { isBareNames, matchBylineLine, opensWithLead } from './rules/byline.ts';
import { charLength } from './punctuation.ts';
import { isDashSubtitle } from './rules/title-line.ts';
import { columnPrefix } from './rules/column-prefix.ts';
import { restatesOnly } from './rules/news-lead.ts';
import { hanTerms, isDigestTitle, isRoundupTitle } from './rules/topic-shift.ts';
import { isRubric, KICKER_LEAD_IN, twoLineHead } from './title-block.ts';
import { LineKind, type Chunk, type LayoutLine } from './types.ts';

/** The head fields read: title, subtitle, kicker and byline. */
export type HeadFacts = Pick<FrontmatterFacts, 'title' | 'subtitle' | 'kicker' | 'byline'>;

/** A head field by the name messages give it. */
export type HeadField = 'title' | 'subtitle' | 'kicker' | 'author';

/**
 * The named fields' title, subtitle, kicker and author stand for the head of
 * the first article when its text prints none; a text headline that differs
 * from the title is kept and the difference reported. `placeOf` gives each
 * field's place in the file (a front matter's line, a data file's cell),
 * `source` names where they come from in messages.
 */
export function applyHeadFields(
  file: VFile,
  chunks: Chunk[],
  given: HeadFacts,
  placeOf: (key: HeadField, value: string) => Position,
  source = "front matter's",
): void {
  if (given.title === undefined) return;
  // A column's name before the title (`社評｜盛事經濟要有長遠規劃`), where the fields give no kicker: the kicker.
  const prefixed = given.kicker === undefined ? columnPrefix(given.title) : undefined;
  const facts = prefixed ? { ...given, title: prefixed.title, kicker: prefixed.rubric } : { ...given, title: given.title };
  const first = chunks[0] ?? { subtitles: [], bylines: [], body: [] };
  if (chunks.length === 0) chunks.push(first);
  const field = (key: HeadField, value: string, kind: LineKind): LayoutLine => {
    const position = placeOf(key, value);
    return { text: value, content: value, kind, jumps: [], line: position.start.line, position };
  };
  // The title the fields give is the head line the text set over its headline, and that headline reads as a label: the
  // title's line is the headline, the label its subtitle (`中国农业现代化加快推进` / `记者一线见闻`). (A series' name, a
  // rubric, named by the title stays the kicker.)
  if (
    first.banner !== undefined &&
    first.headline !== undefined &&
    first.banner.content === facts.title &&
    !isRubric(first.banner.content) &&
    readsAsSideLine(first.headline.content)
  ) {
    first.subtitles.unshift({ ...first.headline, kind: LineKind.subtitle });
    first.headline = { ...first.banner, kind: LineKind.headline };
    delete first.banner;
  }
  // The text's first head line is no headline beside the front matter's title when it reads as a subtitle (`——…`) or a byline
  // (`特约评论员 朱敏`, a name alone), or when the title names a roundup (`国内联播快讯`) and the line is its first item's heading.
  const head = first.headline;
  if (head !== undefined && head.content !== facts.title && first.banner === undefined) {
    const asSubtitle = isDashSubtitle(head.content);
    // (A name alone, `吴建国`, as a blog's or a site's copy prints its author over the text: no headline beside the title given.)
    const asByline = !asSubtitle && (matchBylineLine(head.content) !== undefined || isBareNames(head.content));
    const asItem = !asSubtitle && !asByline && isRoundupTitle(facts.title) && !facts.title.includes(head.content) && first.subtitles.length === 0;
    if (asSubtitle) first.subtitles.unshift({ ...head, kind: LineKind.subtitle });
    if (asByline) first.bylines.unshift({ ...head, kind: LineKind.byline });
    if (asItem) first.body.unshift({ ...head, kind: LineKind.subhead });
    if (asSubtitle || asByline || asItem) delete first.headline;
  }
  // A head line of the one article the text holds, apart from the title (`apartFromTitle`), is its kicker or subtitle (under a
  // kicker, its subtitle), the tool that wrote the text having left the headline out. (Over several articles the title names
  // them all: a newsletter's subject.)
  if (head !== undefined && first.headline === head && chunks.length === 1 && sidesTitle(first, facts.title)) sideLine(first, facts.title);
  // A note's title over its properties (`# 标题` / `日期: …`) is a line of the text: the headline where it stands, not kept twice.
  const noted = first.extras?.findIndex((line) => line.hint?.properties === true && line.content === facts.title) ?? -1;
  if (first.headline === undefined && noted !== -1) first.headline = { ...first.extras!.splice(noted, 1)[0]!, kind: LineKind.headline };
  // So is the text's first line when it prints the title, read as a subhead under the title the field would give (a page's
  // `<div class="title">` under its `<title>`).
  if (first.headline === undefined && first.body[0]?.kind === LineKind.subhead && first.body[0].content === facts.title) {
    first.headline = { ...first.body.shift()!, kind: LineKind.headline };
  }
  if (first.headline === undefined) first.headline = field('title', facts.title, LineKind.headline);
  else if (first.headline.content !== facts.title) {
    warn(
      file,
      `The ${source} title \`${facts.title}\` differs from the headline in the text \`${first.headline.content}\`; the text's headline is used`,
      'make them agree, or remove one',
      first.headline.position,
      Rule.factConflict,
    );
  }
  if (facts.subtitle !== undefined && first.subtitles.length === 0) first.subtitles.push(field('subtitle', facts.subtitle, LineKind.subtitle));
  // (A kicker out of the title, `快讯｜…`, stands where the title does.)
  if (facts.kicker !== undefined && first.banner === undefined) first.banner = field(prefixed ? 'title' : 'kicker', facts.kicker, LineKind.banner);
  if (facts.byline !== undefined && first.bylines.length === 0) first.bylines.push(field('author', facts.byline, LineKind.byline));
}

/** Share of the shorter line's two-character terms the other holds, below which two head lines say different things. */
const APART_SHARE = 0.25;

/**
 * Whether the text's one head line is no rendering of a title given outside
 * the text (a record's field, the file's name): the two share next to none
 * of their words. A site's or a file's title reworded (`李强会见越南总理` /
 * `李强会见越南总理范明政`) shares most of them; a kicker, a rubric or a
 * subtitle the tool kept while it left the headline out (Readability drops
 * the heading that repeats the page's title) shares none.
 */
export function apartFromTitle(line: string, title: string): boolean {
  const ours = hanTerms(line, 2);
  const theirs = hanTerms(title, 2);
  if (ours.size === 0 || theirs.size === 0) return false;
  let shared = 0;
  for (const term of ours) if (theirs.has(term)) shared += 1;
  return shared / Math.min(ours.size, theirs.size) < APART_SHARE;
}

/**
 * Whether an article's one head line (under a kicker at most) stands beside a title given outside the text rather than
 * for it, the headline the tool left out: apart from the title (`apartFromTitle`; its kicker too), the title no digest's
 * or programme's name (`双语新闻精选`, `[江城台] 江城新闻`, which names a file of the day's news), and either no headline
 * by its look (`readsAsSideLine`) or, a plain line with no subtitle under it and no heading the text marks (`# …`), one
 * the lead does not restate while it restates the title (a news lead restates its headline's news; a subtitle's
 * `来自基层一线的观察` it does not). A headline the lead restates stays, whatever the site titled its page.
 */
export function sidesTitle(chunk: Chunk, title: string): boolean {
  const head = chunk.headline;
  if (head === undefined || isDigestTitle(title)) return false;
  if (!apartFromTitle(head.content, title) || (chunk.banner !== undefined && !apartFromTitle(chunk.banner.content, title))) return false;
  if (readsAsSideLine(head.content)) return true;
  if (chunk.subtitles.length > 0 || head.hint?.heading !== undefined) return false;
  const lead = chunk.body[0]?.content ?? '';
  return restatesOnly(title, head.content, lead);
}

/**
 * A head line that its own look makes a kicker or a subtitle, never a story's headline: a rubric (`新春走基层`,
 * `高质量发展调研行`, `【一线调研】`, a label of four characters), a lead-in (`……时强调`), a `——` line. A line that
 * reads as a headline is one, however the site titled its page (`李强同挪威首相斯特勒会谈` under the web's
 * `中挪总理会谈聚焦绿色转型`): the two are said in a warning.
 */
function readsAsSideLine(line: string): boolean {
  return isRubric(line) || KICKER_LEAD_IN.test(line) || isDashSubtitle(line);
}

/**
 * The text's head line, apart from the title that heads it (`apartFromTitle`),
 * set beside the headline: its kicker when it reads as one over the title
 * (`twoLineHead`: a rubric, a lead-in, a slogan, a short line), else (a
 * `——` line always) its subtitle. The chunk is left without a headline, for the title to fill.
 */
export function sideLine(chunk: Chunk, title: string): void {
  const head = chunk.headline;
  if (head === undefined) return;
  delete chunk.headline;
  if (chunk.banner === undefined && !isDashSubtitle(head.content) && twoLineHead(head.content, title).kicker) chunk.banner = { ...head, kind: LineKind.banner };
  else chunk.subtitles.unshift({ ...head, kind: LineKind.subtitle });
}

/** Longest line read as an article file's headline for standing over its lead alone (a site's long headline, `李强在…强调 … 丁薛祥主持会议`). */
const LONG_HEADLINE_MAX = 100;

/**
 * An article file whose text opens on a line too long for a headline's
 * look, right over a lead (`央视网消息（新闻联播）：…`, `本报讯…`): that line
 * is the headline, as long as it ends no sentence and holds none.
 */
export function headlineOverLead(chunks: Chunk[]): void {
  const first = chunks[0];
  if (first === undefined || first.headline !== undefined || first.banner !== undefined) return;
  const [opening, lead] = first.body;
  if (opening === undefined || lead === undefined || opening.kind !== LineKind.paragraph || !opensWithLead(lead.content)) return;
  if (charLength(opening.content) > LONG_HEADLINE_MAX || /[。！？；]/u.test(opening.content) || opensWithLead(opening.content)) return;
  first.headline = { ...first.body.shift()!, kind: LineKind.headline };
}
