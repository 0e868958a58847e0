/**
 * PAGE XML — the format of Transkribus, eScriptorium, OCR-D and most layout-analysis tools (PRImA's
 * `PcGts`): a scanned page's regions, each of lines with their text (`<TextRegion type="heading"><TextLine>
 * <TextEquiv><Unicode>…`), in the reading order the page states (`<ReadingOrder>`, or each region's
 * `custom="readingOrder {index:3;}"`), each region typed by what it is on the page. Read into a text view of one
 * line a region (its lines joined: a column's breaks are the scan's, not the text's), as an ALTO page is
 * (`page-blocks.ts`): a `heading` region is a head (the page states it, where ALTO gives a type size), a region of
 * an advertisement (`AdvertRegion`) and its page number kept as printed, a drop capital put back at the start of its
 * paragraph, a running head's lines each a line (its fields); every other region's text is read as lines are (a
 * caption, a byline).
 *
 * @example
 *   readPageXml('<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15">…</PcGts>') // → { kind: 'pagexml', text, lines, … }
 */
import { DOMParser } from '@xmldom/xmldom';
import { childElements, descendants } from './office-xml.ts';
import type { DocumentText } from './word.ts';
import { joinLines, pageBlocksText, type Block, type Box } from './page-blocks.ts';

/** A PAGE document, by its root (`PcGts`, any version's namespace). */
export function isPageXml(text: string): boolean {
  return /<(?:[A-Za-z]+:)?PcGts\b/u.test(text.slice(0, 4096));
}

/** The type size a region is given by its kind: the page states its heads, and sets no sizes. */
const BODY_SIZE = 10;
const HEAD_SIZE = 20;

/** Regions the page states are its furniture, kept as printed: its page number, a catch-word, a signature mark. */
const FURNITURE = new Set(['page-number', 'catch-word', 'signature-mark']);

/** Regions whose lines are fields of their own: a running head, a page's foot. */
const FIELDS = new Set(['header', 'footer']);

/** Regions whose text a page holds: text, and an advertisement's (kept as printed). */
const REGIONS = new Set(['TextRegion', 'AdvertRegion']);

/** A PAGE page's regions as a text view, a line each, its headings as heads (`page-blocks.ts`); or why it cannot be read. */
export function readPageXml(xml: string): DocumentText | { unreadable: string } {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement as Element | null;
  if (!root || root.localName !== 'PcGts') return { unreadable: 'no <PcGts> root element' };
  const page = descendants(root, '*', 'Page')[0];
  if (!page) return { unreadable: 'no <Page> element' };
  const regions = inStatedOrder(page, regionsOf(page));
  const blocks: Block[] = [];
  let capital = '';
  for (const region of regions) {
    const type = region.getAttribute('type') ?? '';
    // (A drop capital, set large beside its paragraph's first lines, is that paragraph's first character.)
    if (type === 'drop-capital') {
      capital += regionText(region);
      continue;
    }
    const advert = region.localName === 'AdvertRegion' || region.parentNode?.nodeName.endsWith('AdvertRegion') === true;
    const furniture = FURNITURE.has(type);
    // (A running head's lines are its fields, the paper's name, the date, the page: each a line, never joined as a column's are.)
    const fields = FIELDS.has(type) ? childElements(region, 'TextLine') : [];
    const parts =
      fields.length > 0
        ? fields.map((line) => ({ text: equivText(line), box: boxOf(line) ?? boxOf(region) }))
        : [{ text: regionText(region), box: boxOf(region) }];
    for (const { text, box } of parts)
      blocks.push({ text: capital + text.trim(), box, size: type === 'heading' ? HEAD_SIZE : BODY_SIZE, advert, ...(furniture ? { furniture } : {}) });
    capital = '';
  }
  if (capital !== '') blocks.push({ text: capital, box: undefined, size: BODY_SIZE, advert: false });
  // (In the order the page states; one listed row by row across columns, as a tool may leave it, is read by the places, as ALTO's is.)
  return pageBlocksText('pagexml', [blocks]);
}

/** A page's text regions, nested ones (a table's cells, a region inside another) in their place. */
function regionsOf(node: Element): Element[] {
  return childElements(node).flatMap((child) =>
    REGIONS.has(child.localName) ? [child, ...regionsOf(child)] : child.localName.endsWith('Region') ? regionsOf(child) : [],
  );
}

/** The regions in the page's stated reading order (`<ReadingOrder>`'s indexed references, or each region's `readingOrder {index:…}`), else as listed. */
function inStatedOrder(page: Element, regions: readonly Element[]): Element[] {
  const rank = new Map<string, number>();
  const refs = descendants(page, '*', 'RegionRefIndexed').concat(descendants(page, '*', 'RegionRef'));
  refs.forEach((ref, listed) => {
    const id = ref.getAttribute('regionRef');
    const index = Number(ref.getAttribute('index') ?? listed);
    if (id && !rank.has(id)) rank.set(id, Number.isFinite(index) ? index : listed);
  });
  const position = (region: Element, listed: number): number => {
    const stated = rank.get(region.getAttribute('id') ?? '');
    if (stated !== undefined) return stated;
    const custom = /readingOrder\s*\{\s*index\s*:\s*([0-9]+)/u.exec(region.getAttribute('custom') ?? '')?.[1];
    return rank.size === 0 && custom !== undefined ? Number(custom) : rank.size + listed;
  };
  return regions
    .map((region, listed) => ({ region, at: position(region, listed), listed }))
    .sort((a, b) => a.at - b.at || a.listed - b.listed)
    .map(({ region }) => region);
}

/** A region's text: its lines' text joined as a column's lines are, else the region's own. */
function regionText(region: Element): string {
  const lines = childElements(region, 'TextLine').map(equivText);
  if (lines.some((line) => line !== '')) return lines.reduce((joined, line) => joinLines(joined, line), '').trim();
  return equivText(region)
    .split('\n')
    .reduce((joined, line) => joinLines(joined, line.trim()), '')
    .trim();
}

/** An element's own text: the first of its `TextEquiv`s (the lowest `index`, as PAGE ranks alternatives), its `Unicode`. */
function equivText(element: Element): string {
  const equivs = childElements(element, 'TextEquiv').sort((a, b) => Number(a.getAttribute('index') ?? 0) - Number(b.getAttribute('index') ?? 0));
  const unicode = equivs.length > 0 ? childElements(equivs[0]!, 'Unicode')[0] : undefined;
  return unicode?.textContent ?? '';
}

/** A region's or line's place on the scan: the box around its outline's points. */
function boxOf(element: Element): Box | undefined {
  const points = (childElements(element, 'Coords')[0]?.getAttribute('points') ?? '')
    .trim()
    .split(/\s+/u)
    .map((pair) => pair.split(',').map(Number))
    .filter((pair): pair is [number, number] => pair.length === 2 && pair.every(Number.isFinite));
  if (points.length === 0) return undefined;
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return { left: Math.min(...xs), top: Math.min(...ys), right: Math.max(...xs), bottom: Math.max(...ys) };
}
