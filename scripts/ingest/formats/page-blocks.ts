/**
 * A printed page's text blocks as a document's text view — what an OCR page in ALTO XML (`formats/alto.ts`) and a PDF's
 * text layer (`formats/pdf.ts`) both come to: blocks of text, each with its place on the page and its type's size.
 * Owns what the page's geometry and type tell and the text alone does not: the reading order of a page listed row by
 * row (the recursive XY-cut), a paragraph broken at a column's foot rejoined, heads by size (blocks set well above
 * the page's body size, the largest first), running text in the body's size kept from heads, advertisements as
 * printed. A block becomes one line of the view, a blank line between; each page after the first opens after a form
 * feed, as `pdftotext` marks it. May import the line rules (`../rules/`) and `../punctuation.ts`; nothing of a format.
 *
 * @example
 *   pageBlocksText('pdf', [[{ text: '全县早稻播种过半', box, size: 24, advert: false }, …]]) // → { kind: 'pdf', text, lines, … }
 */
import { NO_WORD_PARTS, type DocumentText } from './word.ts';
import { endsSentence, hasClauseMarks } from '../punctuation.ts';
import { matchBylineLine } from '../rules/byline.ts';
import { matchDateline } from '../rules/dateline.ts';
import { matchPageHeader } from '../rules/page-header.ts';
import { isAdvertContact, isPhotoCaption } from '../rules/structure-line.ts';
import type { RawLine } from '../types.ts';

/** How much larger than the page's body a block's type must be to be a head. */
const HEAD_RATIO = 1.3;
/** Longest head, in characters: a larger block that long is a lead set large, or an advertisement. */
const HEAD_MAX = 60;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A text block of a page: a paragraph, a head, a caption. */
export interface Block {
  text: string;
  /** Where the block stands on the page, measured from its top left (down and right), when the page says. */
  box: Box | undefined;
  /** The type's size (points, or the lines' height on a scan), when the page says. */
  size: number | undefined;
  /** A block of an advertisement, as the page marks it: kept as printed, never a head or text. */
  advert: boolean;
  /** Its last line runs to its column's edge, as a paragraph's line broken at the column's foot does (a PDF's lines say). */
  runsOn?: boolean;
  /** Set in vertical lines, read from the right: a page holding such blocks keeps its order (the XY-cut reads from the left). */
  vertical?: boolean;
  /** A table's row, its cells apart by tabs: kept as printed, as an advertisement is, never a head or text. */
  row?: boolean;
  /** The page's furniture as the page itself states it (a PAGE region typed `page-number`): kept as printed, never a head or text. */
  furniture?: boolean;
}

/** Pages of blocks (each in the order its file lists them) as one text view: a block a line, heads by size. */
export function pageBlocksText(kind: 'alto' | 'pagexml' | 'hocr' | 'iiif' | 'pdf', pages: readonly (readonly Block[])[]): DocumentText {
  let text = '';
  let rows = 0;
  const lines: RawLine[] = [];
  for (const [pageIndex, blocks] of pages.entries()) {
    const kept = joinedAtColumnBreaks(inReadingOrder(blocks.filter((block) => block.text !== '')));
    const body = bodySize(kept);
    const headSizes = [...new Set(kept.flatMap((block) => (isHead(block, body) ? [block.size!] : [])))].sort((a, b) => b - a);
    // (A page's number printed alone at its head or foot, `3`, is the page's furniture, kept as printed: no paragraph of a story.)
    const folio = (block: Block, index: number): boolean => (index === 0 || index === kept.length - 1) && /^[0-9]{1,3}$/u.test(block.text);
    // (A picture's caption, set smaller than the body and closed by its photographer's credit, is kept as printed.)
    const caption = (block: Block): boolean => block.size !== undefined && body !== undefined && block.size < body && isPhotoCaption(block.text);
    kept.forEach((block, index) => {
      // (A page after the first opens after a form feed on a row of its own, as `pdftotext` breaks pages.)
      const opensPage = index === 0 && pageIndex > 0;
      if (opensPage) text += '\f\n';
      const line = rows + (opensPage ? 1 : 0) + 1;
      rows = line + 1;
      const level = isHead(block, body) ? headSizes.indexOf(block.size!) + 1 : undefined;
      const start = { line, column: 1, offset: text.length };
      text += `${block.text}\n\n`;
      const end = { line, column: block.text.length + 1, offset: start.offset + block.text.length };
      // (On a page whose heads are told by size, a block in the body's size that reads as running text — long, ending a
      // sentence or holding its commas — is running text, never a head; a brief head set in the body's size, a byline, a
      // page's label or a date line is read as lines are.)
      const paragraph =
        headSizes.length > 0 &&
        block.size === body &&
        (Array.from(block.text).length > HEAD_MAX || endsSentence(block.text) || hasClauseMarks(block.text)) &&
        matchBylineLine(block.text) === undefined &&
        matchPageHeader(block.text) === undefined &&
        matchDateline(block.text) === undefined;
      const hint: RawLine['hint'] = {
        ...(block.advert || block.row === true || block.furniture === true || folio(block, index) || caption(block)
          ? { media: true }
          : level !== undefined
            ? { heading: level, bySize: true }
            : paragraph
              ? { opensParagraph: true }
              : {}),
        ...(opensPage ? { afterFormFeed: true } : {}),
      };
      lines.push({ text: block.text, line, position: { start, end }, ...(Object.keys(hint).length > 0 ? { hint } : {}) });
    });
    markAdverts(lines.slice(lines.length - kept.length));
  }
  return { kind, text, lines, leftOut: [], parts: NO_WORD_PARTS };
}

/** The most lines an advertisement's group holds under its head. */
const ADVERT_LINES = 5;

/**
 * An advertisement the page does not mark, told by what it says: a head by size over a few short lines that end no
 * sentence, one of them (or the head) the advertiser's line of contact (`东江牌空调` / `节能新款 全市各大商场有售服务热线：0752-2345678`;
 * `rules/structure-line.ts`'s `isAdvertContact`). Its lines are kept as printed, as a marked one's are: never a head or a story.
 */
function markAdverts(lines: RawLine[]): void {
  lines.forEach((head, index) => {
    if (head.hint?.heading === undefined) return;
    const group = [head];
    let found = false;
    for (let at = index + 1; at < lines.length && at <= index + ADVERT_LINES && !found; at++) {
      const line = lines[at]!;
      if (line.hint?.opensParagraph === true || endsSentence(line.text) || Array.from(line.text).length > HEAD_MAX || matchBylineLine(line.text) !== undefined)
        break;
      group.push(line);
      // (A number wrapped in a narrow box goes on its line: `订购热线：0571-` / `86881234`.)
      const next = lines[at + 1];
      if (isAdvertContact(line.text)) found = true;
      else if (next !== undefined && /^[0-9０-９][0-9０-９ \-－]*$/u.test(next.text) && isAdvertContact(line.text + next.text)) {
        group.push(next);
        found = true;
      }
    }
    if (!found && !isAdvertContact(head.text)) return;
    // (A notice's head, `停水通知`, `春季义诊活动安排`, or its time and place under it: the paper's service, not an advertiser's.)
    if (
      /(?:通知|公告|启事|啟事|提示|安排|须知|須知)$/u.test(head.text) ||
      group.some((line) => /^\p{Script=Han}{0,4}(?:时间|時間|地点|地點)[：:]/u.test(line.text))
    )
      return;
    if (group.some((line) => endsSentence(line.text))) return;
    for (const line of group) line.hint = { ...(line.hint?.afterFormFeed ? { afterFormFeed: true } : {}), media: true };
  });
}

/**
 * A paragraph broken at a column's foot is two blocks on the page: a block of the same size as the one before, which
 * ends no sentence and is longer than a head or runs to its column's edge, goes on it (`……正式访` / `问。`).
 */
function joinedAtColumnBreaks(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (
      previous &&
      !previous.advert &&
      !block.advert &&
      previous.size !== undefined &&
      previous.size === block.size &&
      !endsSentence(previous.text) &&
      (Array.from(previous.text).length > HEAD_MAX || previous.runsOn === true || fullWidth(previous, block)) &&
      // (The next column's head stands higher than the foot of the column before; a block under it is no continuation.)
      (previous.box === undefined || block.box === undefined || block.box.top < previous.box.bottom)
    )
      out[out.length - 1] = { ...block, box: previous.box, text: joinLines(previous.text, block.text) };
    else out.push(block);
  }
  return out;
}

/** A block of a column's last line, as wide as the next column's text (its first line indented at most): a line that runs on. */
function fullWidth(previous: Block, block: Block): boolean {
  if (previous.box === undefined || block.box === undefined || previous.size === undefined || previous.runsOn === false) return false;
  return previous.box.right - previous.box.left >= block.box.right - block.box.left - 2.5 * previous.size;
}

/**
 * The blocks in reading order. An OCR engine may list a page's blocks by their place from top to bottom across its
 * columns (the left column's second paragraph after the right column's first): told when no block stands higher than
 * the one before and the list jumps back to the left, clear of the block before, twice or more. Such a page is read by
 * cutting it at its widest gaps (the recursive XY-cut of layout analysis): a gap across the whole region parts what
 * stands above from what stands below, a gap down the whole region (a column's gutter) the left from the right, each
 * part read in turn. Any other order is the file's, kept.
 */
function inReadingOrder(blocks: readonly Block[]): Block[] {
  if (blocks.length < 3 || blocks.some((block) => block.box === undefined || block.vertical === true)) return [...blocks];
  const boxes = blocks.map((block) => block.box!);
  const downward = boxes.every((box, index) => index === 0 || box.top >= boxes[index - 1]!.top);
  const backLeft = boxes.filter((box, index) => index > 0 && box.right <= boxes[index - 1]!.left).length;
  return downward && backLeft >= 2 ? xyCut(blocks) : [...blocks];
}

/** `inReadingOrder`'s cut: the widest gap across or down the region, then each part (blocks with their boxes). */
export function xyCut(blocks: readonly Block[]): Block[] {
  if (blocks.length <= 1) return [...blocks];
  const across = widestGap(
    blocks,
    (box) => box.top,
    (box) => box.bottom,
  );
  const down = widestGap(
    blocks,
    (box) => box.left,
    (box) => box.right,
  );
  const cut = down && (!across || down.gap >= across.gap) ? down : across;
  if (!cut) return [...blocks].sort((a, b) => a.box!.top - b.box!.top || a.box!.left - b.box!.left);
  return [...xyCut(cut.before), ...xyCut(cut.after)];
}

/** The widest gap between the blocks along one axis (`start`, `end` of a box on it): what lies before it, and after. */
function widestGap(
  blocks: readonly Block[],
  start: (box: Box) => number,
  end: (box: Box) => number,
): { gap: number; before: Block[]; after: Block[] } | undefined {
  const sorted = [...blocks].sort((a, b) => start(a.box!) - start(b.box!));
  let best: { gap: number; at: number } | undefined;
  let reach = Number.NEGATIVE_INFINITY;
  sorted.forEach((block, index) => {
    if (index > 0 && start(block.box!) >= reach && (!best || start(block.box!) - reach > best.gap)) best = { gap: start(block.box!) - reach, at: index };
    reach = Math.max(reach, end(block.box!));
  });
  return best && { gap: best.gap, before: sorted.slice(0, best.at), after: sorted.slice(best.at) };
}

/** A block in type well above the body's, short, and no sentence of running text (a lead set large ends on `。` with its commas). */
function isHead(block: Block, body: number | undefined): boolean {
  return (
    block.size !== undefined &&
    body !== undefined &&
    block.size >= body * HEAD_RATIO &&
    Array.from(block.text).length <= HEAD_MAX &&
    !(/[。．]$/u.test(block.text) && hasClauseMarks(block.text))
  );
}

/**
 * Two lines of a block joined: a word broken with a hyphen (a soft hyphen marks one), or Chinese, run on; Latin words
 * apart by a space. A figure broken at the line's end inside Chinese runs on too (`超过200` / `0万辆` → `超过2000万辆`).
 */
export function joinLines(joined: string, line: string): string {
  if (joined === '') return line;
  if (joined.endsWith('\u00ad')) return joined.slice(0, -1) + line;
  if (brokenFigure(joined, line)) return joined + line;
  return /[A-Za-z0-9]$/u.test(joined) && /^[A-Za-z0-9]/u.test(line) ? `${joined} ${line}` : joined + line;
}

/**
 * A figure broken at a line's end inside Chinese: digits after Chinese at the line's end, digits at the next line's
 * start followed by Chinese or a unit (`超过200` / `0万辆`, `利剑-202` / `4B”演习`), and no longer together than a
 * figure is (eight digits). Two figures apart stay apart: phone numbers line under line, a list's numbers followed by a
 * space or a comma (`红球03` / `07 12`), a year opening the next line (`产量118.2` / `2022年…`).
 */
function brokenFigure(joined: string, line: string): boolean {
  const end = /\p{Script=Han}[-\d.,]*?(\d+)$/u.exec(joined)?.[1];
  const start = /^(\d+)[\p{Script=Han}\p{Script=Latin}%‰℃”’]/u.exec(line)?.[1];
  // (A line opening on a year opens an entry of its own: `…产量118.2` / `2022年…`.)
  if (/^(?:19|20)\d\d年/u.test(line)) return false;
  return end !== undefined && start !== undefined && end.length + start.length <= 8;
}

/** The body's size: the size most of a page's characters are set in (of equals, the first met). */
export function bodySize(items: ReadonlyArray<{ text: string; size: number | undefined }>): number | undefined {
  const weight = new Map<number, number>();
  for (const item of items) if (item.size !== undefined) weight.set(item.size, (weight.get(item.size) ?? 0) + Array.from(item.text).length);
  return [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** The most common of some values (the first met of equals). */
export function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
