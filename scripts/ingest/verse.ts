/**
 * A poem as a supplement prints it: its title, its poet (`□ 何晓峰`, `◎ 林晓燕`, `○田野`, `文/钟振宇`), then its lines,
 * short and set flush with no sentence's end, stanza after stanza. Each line reads as a head would; under a title and its
 * poet they are the poem's text, a paragraph each, never a subtitle or a story of its own, and the poet is its byline —
 * as a writer's marked name between a title and prose is (`□向东`). `parse-body.ts` marks them. May
 * import the line rules (`rules/`), `blank-lines.ts`, `punctuation.ts` and `types.ts`.
 */
import { blankBefore } from './blank-lines.ts';
import { charLength } from './punctuation.ts';
import { isBoxLabel } from './rules/box-label.ts';
import { closesStory, matchBylineLine } from './rules/byline.ts';
import { isTitleLine } from './rules/title-line.ts';
import { isMarkup, type RawLine } from './types.ts';

/** Longest line of verse, in characters. */
const VERSE_LINE_MAX = 20;
/** Fewest lines under the poet that make a poem's first stanza. */
const FIRST_STANZA_MIN = 3;

/** A name after the mark supplements set before a writer (`◎ 林晓燕`, `○田野`, `□向东`). */
const MARKED_NAME = /^[□◎○●◇]\s*\p{Script=Han}{2,4}$/u;

/** A poet's line under a poem's title: a byline, or a marked name. */
function isPoet(text: string): boolean {
  return matchBylineLine(text) !== undefined || MARKED_NAME.test(text.trim());
}

/** A line of verse: short, no sentence's end (a comma or a pause may close it), no mark of a list. */
function isVerseLine(line: RawLine): boolean {
  const text = line.text.trim();
  // (Not a credit, `通讯员　李强`, `摄影　张伟`: a head's bylines one a line are no stanza.)
  return (
    !isMarkup(line) &&
    charLength(text) <= VERSE_LINE_MAX &&
    !/[。！？!?：:]$/u.test(text) &&
    !/^[□◎○●◇■◆]/u.test(text) &&
    matchBylineLine(text) === undefined &&
    !closesStory(text)
  );
}

/** The runs of lines with no blank line between, as indexes into `lines`. */
function blocks(lines: readonly RawLine[]): number[][] {
  const found: number[][] = [];
  lines.forEach((_, index) => {
    const last = found.at(-1);
    if (last !== undefined && !blankBefore(lines, index)) last.push(index);
    else found.push([index]);
  });
  return found;
}

/**
 * A page's lines with its poems' lines marked as paragraphs: the lines under a title and its poet, three or more in
 * the block, and the stanzas after them, blocks of verse lines alone (three or more, or as many as the first).
 */
export function withVerse(lines: RawLine[]): RawLine[] {
  const verse = new Set<number>();
  const writers = new Set<number>();
  const all = blocks(lines);
  for (const [at, block] of all.entries()) {
    const poet = block.findIndex((index, position) => position > 0 && isPoet(lines[index]!.text) && isTitleLine(lines[block[position - 1]!]!.text));
    if (poet === -1) continue;
    const under = block.slice(poet + 1);
    if (under.length < FIRST_STANZA_MIN || !under.every((index) => isVerseLine(lines[index]!))) continue;
    for (const index of under) verse.add(index);
    writers.add(block[poet]!);
    // (Stanzas after a blank line: blocks of verse alone, as long as a stanza is.)
    for (const next of all.slice(at + 1)) {
      if (next.length < Math.min(FIRST_STANZA_MIN, under.length) || !next.every((index) => isVerseLine(lines[index]!))) break;
      for (const index of next) verse.add(index);
    }
  }
  // (A writer's marked name between a title and prose, `在《湘西散记》里重逢故乡` / `□向东` / `　　读完…。`: the piece's byline,
  // though the name is a word too, `向东`; a column's `□ 时评` stands over its title, not under it.)
  for (const block of all)
    for (const [position, index] of block.entries()) {
      const [above, below] = [block[position - 1], block[position + 1]];
      // (Not after the ring, which bullets a subhead as often, `◎ 降成本`; nor a box's label, `□ 编者按`.)
      const text = lines[index]!.text.trim();
      if (above === undefined || below === undefined || !MARKED_NAME.test(text) || text.startsWith('◎') || isBoxLabel(text.slice(1).trim())) continue;
      if (isTitleLine(lines[above]!.text) && /[。！？]/u.test(lines[below]!.text)) writers.add(index);
    }
  if (verse.size === 0 && writers.size === 0) return lines;
  return lines.map((line, index) =>
    verse.has(index)
      ? { ...line, hint: { ...line.hint, opensParagraph: true } }
      : writers.has(index)
        ? { ...line, hint: { ...line.hint, writer: true } }
        : line,
  );
}
