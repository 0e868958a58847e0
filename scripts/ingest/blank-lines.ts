/**
 * Blank lines as a page's article breaks. A keeper's copy typed or pasted
 * into Word or Notepad often sets its paragraphs line under line and leaves
 * a blank line only between articles:
 *
 *   …各领域合作成果丰硕。
 *
 *   李强同比利时首相会谈
 *   　　李强表示，中比建立全方位友好合作伙伴关系10年来……
 *
 * On such a page a lone title line set off by a blank line, over text that
 * follows it directly, opens an article even when its story shares words
 * with the one above (two stories of one state visit), which the topic test
 * (`rules/topic-shift.ts`) would read as a subhead: the keeper's break says
 * otherwise. A subhead stands in its article's text, with no blank line.
 * A page that puts blank lines anywhere else (between paragraphs, above a
 * paragraph, Markdown's blank line between every block) gives no such
 * signal, and the topic test decides as before.
 */
import { matchBylineLine } from './rules/byline.ts';
import { isStructureLine } from './rules/structure-line.ts';
import { isTitleLine } from './rules/title-line.ts';
import type { RawLine } from './types.ts';

/** Fewest pairs of running-text lines standing line under line: fewer, and the file has too little text to show its habit. */
export const GLUED_PAIRS_MIN = 3;

/** Fewest blank lines over head lines in the file: one alone could be a stray keystroke. */
export const BREAKS_MIN = 2;

/** Whether a blank line stands between the line at `index` and the line before it. */
function blankBefore(lines: RawLine[], index: number): boolean {
  const previous = lines[index - 1];
  return previous !== undefined && lines[index]!.position.start.line > previous.position.end.line + 1;
}

/** Running text: not a head line, a byline or structure (a page's furniture may stand apart). */
function isRunningText(line: RawLine): boolean {
  return !isTitleLine(line.text) && !isStructureLine(line.text) && matchBylineLine(line.text) === undefined;
}

/**
 * The lines of a plain-text file's pages that its blank lines mark as
 * article heads: title lines under a blank line with text right under them,
 * in a file whose running text never stands under a blank line, has at
 * least `GLUED_PAIRS_MIN` pairs of lines of it line under line, and at least
 * `BREAKS_MIN` blank lines over head lines. Empty for any other file. (A
 * page's first line, under its page header, is never counted: the header is
 * not among the page's lines.)
 */
export function blankLineHeads(pages: RawLine[][]): Set<RawLine> {
  let glued = 0;
  let breaks = 0;
  for (const lines of pages)
    for (const [index, line] of lines.entries()) {
      if (index === 0) continue;
      const apart = blankBefore(lines, index);
      const running = isRunningText(line);
      if (apart && running) return new Set();
      if (apart && isTitleLine(line.text)) breaks += 1;
      if (!apart && running && isRunningText(lines[index - 1]!)) glued += 1;
    }
  if (glued < GLUED_PAIRS_MIN || breaks < BREAKS_MIN) return new Set();
  return new Set(
    pages.flatMap((lines) =>
      lines.filter(
        (line, index) => index > 0 && blankBefore(lines, index) && isTitleLine(line.text) && lines[index + 1] !== undefined && !blankBefore(lines, index + 1),
      ),
    ),
  );
}
