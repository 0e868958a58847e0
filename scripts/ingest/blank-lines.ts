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
 * But a keeper sets an article's subheads apart the same way, so a blank
 * line alone cannot tell a story that shares words with the one above (two
 * stories of one state visit, which the topic test, `rules/topic-shift.ts`,
 * reads as a subhead) from a section of one long article. What does tell
 * them apart is that sections come in runs: a set-off head opens an article
 * when its text opens as a news lead, or when it stands alone — the text
 * under the set-off heads before and after it on the page turns to another
 * story than its own (`parse-body.ts`) — and never when it is marked as a
 * section (`一、`, `（二）`, `■`) or a box's label (`编者按`, `相关链接`). A page that puts blank lines anywhere else
 * (between paragraphs, above a paragraph, Markdown's blank line between
 * every block) gives no such signal, and the topic test decides as before.
 */
import { LABEL_MARK, isBoxLabel } from './rules/box-label.ts';
import { matchBylineLine } from './rules/byline.ts';
import { isRelatedHeading, isStructureLine } from './rules/structure-line.ts';
import { isTitleLine } from './rules/title-line.ts';
import type { RawLine } from './types.ts';

/** Fewest pairs of running-text lines standing line under line: fewer, and the file has too little text to show its habit. */
export const GLUED_PAIRS_MIN = 3;

/** Fewest blank lines over head lines in the file: one alone could be a stray keystroke. */
export const BREAKS_MIN = 2;

/** Whether a blank line stands between the line at `index` and the line before it. */
export function blankBefore(lines: readonly RawLine[], index: number): boolean {
  const previous = lines[index - 1];
  return previous !== undefined && lines[index]!.position.start.line > previous.position.end.line + 1;
}

/** A picture's caption (`图为欢迎仪式现场。`, `…新华社记者 李学仁 摄`): set apart as a picture is, no paragraph. */
const CAPTION = /^(?:图为|圖為|图片|圖片|上图|上圖|下图|下圖)|(?:摄|攝)[）)]?$/u;

/** Running text: not a head line, a byline, a caption or structure (a page's furniture may stand apart). */
function isRunningText(line: RawLine): boolean {
  return !isTitleLine(line.text) && !isStructureLine(line.text) && matchBylineLine(line.text) === undefined && !CAPTION.test(line.text);
}

/**
 * A head line an article's own sections are marked by — an ordinal or a
 * bullet (`一、`, `（二）`, `3.`, `第一，`, `■`) — or a box's label
 * (`编者按`, `相关链接`, `延伸阅读`, `记者手记`): inside an article, whatever
 * blank lines stand over it.
 */
const SECTION_MARK = new RegExp(
  `^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[、.．]|第[一二三四五六七八九十]{1,3}[，、,\\s\\u3000]|${LABEL_MARK})`,
  'u',
);
function marksSection(text: string): boolean {
  return SECTION_MARK.test(text) || isBoxLabel(text) || isRelatedHeading(text);
}

/**
 * The lines of a plain-text file's pages that its blank lines mark as
 * article heads: lone title lines under a blank line with running text right
 * under them (a head of two lines, or over a byline, is an article's anyway),
 * in a file whose running text never stands under a blank line (but under a head's byline), has at
 * least `GLUED_PAIRS_MIN` pairs of lines of it line under line, and at least
 * `BREAKS_MIN` blank lines over head lines. Empty for any other file. (A
 * page's first line, under its page header, is never counted: the header is
 * not among the page's lines.)
 */
export function blankLineHeads(pages: RawLine[][]): Set<RawLine> {
  let glued = 0;
  let breaks = 0;
  for (const lines of pages) {
    // (Each line read once: whether it is running text, and the line above's.)
    let above = false;
    for (const [index, line] of lines.entries()) {
      const running = isRunningText(line);
      const apart = index > 0 && blankBefore(lines, index);
      // (Text under a blank line below its head's byline, `记者　林小满　文/摄` / blank / text: the blank line parts a head
      // from its text, no paragraph from another. A blank line under a title line may part a subhead from its text.)
      if (apart && running && matchBylineLine(lines[index - 1]!.text) === undefined) return new Set();
      if (apart && isTitleLine(line.text)) breaks += 1;
      if (index > 0 && !apart && running && above) glued += 1;
      above = running;
    }
  }
  if (glued < GLUED_PAIRS_MIN || breaks < BREAKS_MIN) return new Set();
  return new Set(
    pages.flatMap((lines) =>
      lines.filter(
        (line, index) =>
          index > 0 &&
          blankBefore(lines, index) &&
          isTitleLine(line.text) &&
          !marksSection(line.text) &&
          lines[index + 1] !== undefined &&
          isRunningText(lines[index + 1]!) &&
          !blankBefore(lines, index + 1),
      ),
    ),
  );
}
