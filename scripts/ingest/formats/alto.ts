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
import type { DocumentText } from './word.ts';
import { joinLines, mode, pageBlocksText, type Block, type Box } from './page-blocks.ts';

/** An ALTO document, by its root (any version's namespace, or none). */
export function isAlto(text: string): boolean {
  return /<(?:[A-Za-z]+:)?alto\b[^>]*(?:loc\.gov\/standards\/alto|>)/u.test(text.slice(0, 2048));
}

/** An ALTO page's blocks as a text view, a line each, heads by size (`page-blocks.ts`); or why it cannot be read. */
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
  return pageBlocksText('alto', [blocks]);
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

/** Whether a block stands in an advertisement the page marks (`<ComposedBlock TYPE="Advertisement">`). */
function inAdvert(block: Element): boolean {
  for (let node = block.parentNode as Element | null; node && node.nodeType === 1; node = node.parentNode as Element | null) {
    if (node.localName === 'ComposedBlock' && /advert/iu.test(node.getAttribute('TYPE') ?? '')) return true;
  }
  return false;
}

/** A line's words: each `String`'s content, a space where `SP` stands, a broken word's hyphen (`HYP`) kept for the join. */
function lineText(line: Element): string {
  return childElements(line)
    .map((part) =>
      part.localName === 'String' ? (part.getAttribute('CONTENT') ?? '') : part.localName === 'SP' ? ' ' : part.localName === 'HYP' ? '\u00ad' : '',
    )
    .join('');
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
