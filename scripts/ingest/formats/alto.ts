/**
 * ALTO XML — the standard in which digitisation projects and national libraries keep a newspaper page's OCR
 * (Library of Congress, Europeana, most national libraries' newspaper archives): the page's text blocks, each of
 * lines of words (`<TextBlock><TextLine><String CONTENT="…"/><SP/>…`), with the type's size in its styles
 * (`<TextStyle FONTSIZE="28"/>`) or the lines' height on the scan. Read into a text view of one line a block (its
 * lines joined: a column's breaks are the scan's, not the text's; `<HYP>` a word broken at the line's end), blocks
 * set well above the page's body size kept as heads by size, the largest first; then read as a document's text is.
 *
 * @example
 *   readAlto('<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">…</alto>') // → { kind: 'alto', text, lines, … }
 */
import { DOMParser } from '@xmldom/xmldom';
import { childElements, descendants } from './office-xml.ts';
import type { WordParts, DocumentText } from './word.ts';
import { endsSentence, hasClauseMarks } from '../punctuation.ts';
import { matchBylineLine } from '../rules/byline.ts';
import { matchDateline } from '../rules/dateline.ts';
import { matchPageHeader } from '../rules/page-header.ts';
import type { RawLine } from '../types.ts';

/** An ALTO document, by its root (any version's namespace, or none). */
export function isAlto(text: string): boolean {
  return /<(?:[A-Za-z]+:)?alto\b[^>]*(?:loc\.gov\/standards\/alto|>)/u.test(text.slice(0, 2048));
}

/** How much larger than the page's body a block's type must be to be a head. */
const HEAD_RATIO = 1.3;
/** Longest head, in characters: a larger block that long is a lead set large, or an advertisement. */
const HEAD_MAX = 60;

const NO_PARTS: WordParts = {
  headerLines: 0,
  headerPlaces: 'top',
  countedPages: [],
  blankSectionHeaders: [],
  comments: 0,
  deletions: 0,
  unplaced: [],
  footerLines: 0,
  pageNumbers: [],
};

interface Block {
  text: string;
  /** Where the block stands on the scan (`HPOS`, `VPOS`, `WIDTH`, `HEIGHT`), when the page says. */
  box: Box | undefined;
  size: number | undefined;
  /** A block of an advertisement, as the page marks it (`<ComposedBlock TYPE="Advertisement">`): kept as printed, never a head or text. */
  advert: boolean;
}

/** An ALTO page's blocks as a text view, a line each, heads by size; or why it cannot be read. */
export function readAlto(xml: string): DocumentText | { unreadable: string } {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement as Element | null;
  if (!root || root.localName !== 'alto') return { unreadable: 'no <alto> root element' };
  const sizes = new Map<string, number>();
  for (const style of descendants(root, '*', 'TextStyle')) {
    const size = Number(style.getAttribute('FONTSIZE'));
    if (style.getAttribute('ID') && size > 0) sizes.set(style.getAttribute('ID')!, size);
  }
  // (Any ALTO version's namespace.)
  const blocks: Block[] = descendants(root, '*', 'TextBlock').map((block) => {
    const lines = childElements(block, 'TextLine');
    const text = lines.map(lineText).reduce((joined, line) => joinLines(joined, line), '');
    return { text: text.trim(), box: boxOf(block), size: blockSize(block, lines, sizes), advert: inAdvert(block) };
  });
  const kept = joinedAtColumnBreaks(inReadingOrder(blocks.filter((block) => block.text !== '')));
  // The body's size: the size most of the page's characters are set in.
  const weight = new Map<number, number>();
  for (const block of kept) if (block.size !== undefined) weight.set(block.size, (weight.get(block.size) ?? 0) + Array.from(block.text).length);
  const body = [...weight].sort((a, b) => b[1] - a[1])[0]?.[0];
  const headSizes = [...new Set(kept.flatMap((block) => (isHead(block, body) ? [block.size!] : [])))].sort((a, b) => b - a);
  let text = '';
  const lines: RawLine[] = [];
  kept.forEach((block, index) => {
    const line = index * 2 + 1;
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
    const hint: RawLine['hint'] = block.advert
      ? { media: true }
      : level !== undefined
        ? { heading: level, bySize: true }
        : paragraph
          ? { opensParagraph: true }
          : undefined;
    lines.push({ text: block.text, line, position: { start, end }, ...(hint ? { hint } : {}) });
  });
  return { kind: 'alto', text, lines, leftOut: [], parts: NO_PARTS };
}

/**
 * A paragraph broken at a column's foot is two blocks on the scan: a block of the same size as the one before, which
 * ends no sentence, goes on it (`……正式访` / `问。`).
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
      Array.from(previous.text).length > HEAD_MAX
    )
      out[out.length - 1] = { ...previous, text: joinLines(previous.text, block.text) };
    else out.push(block);
  }
  return out;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A block's place on the scan, when it gives one. */
function boxOf(block: Element): Box | undefined {
  const [left, top, width, height] = ['HPOS', 'VPOS', 'WIDTH', 'HEIGHT'].map((name) => Number(block.getAttribute(name) || Number.NaN)) as [
    number,
    number,
    number,
    number,
  ];
  return [left, top, width, height].every(Number.isFinite) && width > 0 && height > 0 ? { left, top, right: left + width, bottom: top + height } : undefined;
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
  if (blocks.length < 3 || blocks.some((block) => block.box === undefined)) return [...blocks];
  const boxes = blocks.map((block) => block.box!);
  const downward = boxes.every((box, index) => index === 0 || box.top >= boxes[index - 1]!.top);
  const backLeft = boxes.filter((box, index) => index > 0 && box.right <= boxes[index - 1]!.left).length;
  return downward && backLeft >= 2 ? xyCut(blocks) : [...blocks];
}

/** `inReadingOrder`'s cut: the widest gap across or down the region, then each part. */
function xyCut(blocks: readonly Block[]): Block[] {
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

/** Whether a block stands in an advertisement the page marks (`<ComposedBlock TYPE="Advertisement">`). */
function inAdvert(block: Element): boolean {
  for (let node = block.parentNode as Element | null; node && node.nodeType === 1; node = node.parentNode as Element | null) {
    if (node.localName === 'ComposedBlock' && /advert/iu.test(node.getAttribute('TYPE') ?? '')) return true;
  }
  return false;
}

function isHead(block: Block, body: number | undefined): boolean {
  return block.size !== undefined && body !== undefined && block.size >= body * HEAD_RATIO && Array.from(block.text).length <= HEAD_MAX;
}

/** A line's words: each `String`'s content, a space where `SP` stands, a broken word's hyphen (`HYP`) kept for the join. */
function lineText(line: Element): string {
  return childElements(line)
    .map((part) =>
      part.localName === 'String' ? (part.getAttribute('CONTENT') ?? '') : part.localName === 'SP' ? ' ' : part.localName === 'HYP' ? '\u00ad' : '',
    )
    .join('');
}

/** Two lines of a block joined: a word broken with a hyphen, or Chinese, run on; Latin words apart by a space. */
function joinLines(joined: string, line: string): string {
  if (joined === '') return line;
  if (joined.endsWith('\u00ad')) return joined.slice(0, -1) + line;
  return /[A-Za-z0-9]$/u.test(joined) && /^[A-Za-z0-9]/u.test(line) ? `${joined} ${line}` : joined + line;
}

/** A block's type size: its style's, else its strings' or lines' most common, else its lines' height on the scan. */
function blockSize(block: Element, lines: readonly Element[], sizes: ReadonlyMap<string, number>): number | undefined {
  const ofRefs = (element: Element): number | undefined =>
    (element.getAttribute('STYLEREFS') ?? '')
      .split(/\s+/u)
      .map((id) => sizes.get(id))
      .find((size) => size !== undefined);
  const own = ofRefs(block);
  if (own !== undefined) return own;
  const found = lines.flatMap((line) => [ofRefs(line), ...childElements(line, 'String').map(ofRefs)]).filter((size): size is number => size !== undefined);
  if (found.length > 0) return mode(found);
  const heights = lines.map((line) => Number(line.getAttribute('HEIGHT'))).filter((height) => height > 0);
  return heights.length > 0 ? mode(heights.map((height) => Math.round(height))) : undefined;
}

function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}
