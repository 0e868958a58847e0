/**
 * What a `.docx` says that mammoth's HTML does not (Office Open XML:
 * `word/document.xml`, its styles and header parts), read with jszip and
 * xmldom, as mammoth itself reads the package:
 *
 * - its sections and the page header each prints: a newsroom that keeps an
 *   issue as one document often makes each page a section with its own
 *   header (`江城日报　2024年6月20日　第2版　要闻`), so a header belongs where
 *   its section begins, not once at the top;
 * - the type size of each paragraph, and of the body text: a newsroom sets
 *   its heads apart by size far more often than by heading styles, and a
 *   kicker is set smaller than its headline.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { childElements, descendants, xmlPart } from './office-xml.ts';
import { charLength } from '../punctuation.ts';
import type JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Marks a page-number field's shown value in a header's or footer's line (`第 \uE000\u0031\uE000 页`): a number Word
 * prints anew on each page, told apart from a number typed there (`02　要闻`), which is the paper's page.
 */
export const PAGE_FIELD = '\uE000';

export interface WordSection {
  /** Its first and last paragraphs with text, as indexes into `WordPackage.paragraphs` (-1: it has none). */
  start: number;
  end: number;
  /** The lines of the header its first page prints (`first` when the section has a title page, else `default`); inherited from the section before when it names none. */
  header: string[];
  /** The lines of its footer, chosen alike. */
  footer: string[];
  /**
   * The number Word prints on its first page: its own start (`w:pgNumType w:start`), else one on from the section
   * before's, each section counted as one page (as a newsroom makes each of an issue's pages a section).
   */
  pageNumber: number;
}

export interface WordParagraph {
  /** Its letters and digits (`comparable`), to find it in mammoth's HTML. */
  text: string;
  /** Its type size in half-points (`w:sz`, as Word stores it: 21 is 10.5 pt), the size most of its characters are set in. */
  size: number;
}

export interface WordPackage {
  sections: WordSection[];
  /** Comments (批注) with text, and passages deleted with changes tracked: mammoth reads neither, and neither is printed. */
  comments: number;
  deletions: number;
  /** Every paragraph of the body in order (in tables too), with its type size. */
  paragraphs: WordParagraph[];
  /** The size most of the body's characters are set in: its running text's. */
  bodySize: number;
}

/** Word's size when neither the run, its styles nor the document's defaults set one: 10 pt. */
const DEFAULT_SIZE = 20;

/**
 * The document's sections and paragraphs, from the package as `withReadableText` left it; none when it cannot be read
 * (mammoth's reading then stands alone).
 */
export async function readWordPackage(zip: JSZip): Promise<WordPackage> {
  const none: WordPackage = { sections: [], comments: 0, deletions: 0, paragraphs: [], bodySize: DEFAULT_SIZE };
  try {
    const read = (name: string): Promise<Element | undefined> => xmlPart(zip, name);
    const document = await read('word/document.xml');
    const relations = await read('word/_rels/document.xml.rels');
    const body = document ? childElements(document, 'body')[0] : undefined;
    if (!body) return none;
    const sizeOf = typeSizes(await read('word/styles.xml'));
    const targets = new Map<string, string>();
    for (const relation of relations ? descendants(relations, '*', 'Relationship') : []) {
      targets.set(relation.getAttribute('Id') ?? '', relation.getAttribute('Target') ?? '');
    }
    const partLines = async (id: string): Promise<string[]> => {
      const target = targets.get(id);
      const part = target === undefined ? undefined : await read(`word/${target.replace(/^\/?word\//u, '')}`);
      // (A table in a header, `| 02 | 要闻 | 江城日报 2024年3月8日 |`, is read row by row, its cells apart by a wide space.)
      const lines = (node: Element): string[] =>
        childElements(node).flatMap((child) =>
          child.localName === 'p'
            ? [paragraphText(child)]
            : child.localName === 'tbl'
              ? childElements(child, 'tr').map((row) =>
                  childElements(row, 'tc')
                    .map((cell) => childElements(cell, 'p').map(paragraphText).join(' '))
                    .filter((cell) => cell !== '')
                    .join('\u3000'),
                )
              : lines(child),
        );
      return part ? lines(part).filter((line) => line.trim() !== '') : [];
    };
    const counts = new Map<number, number>();
    // (A text box's paragraphs once: Word writes a modern box and its VML copy, which is the one mammoth reads.)
    const kept = descendants(body, W, 'p').filter((paragraph) => !inChoiceWithFallback(paragraph));
    const paragraphs = kept.map((paragraph) => {
      const { size, characters } = paragraphSize(paragraph, sizeOf);
      for (const [value, count] of characters) counts.set(value, (counts.get(value) ?? 0) + count);
      return {
        text: comparable(
          own(paragraph, 't')
            .map((text) => text.textContent)
            .join(''),
        ),
        size,
      };
    });
    const indexOf = new Map(kept.map((paragraph, index) => [paragraph, index]));
    const sections: WordSection[] = [];
    let start: number | undefined;
    let last: number | undefined;
    let inherited = { header: [] as string[], footer: [] as string[] };
    const close = async (properties: Element): Promise<void> => {
      // The header of the section's first page: with a title page (`w:titlePg`) its `first` one, blank when it names none
      // (the `default` one is the later pages'); else its `default` one, inherited from the section before when it names none.
      const titlePage = childElements(properties, 'titlePg').length > 0;
      const chosen = async (kind: 'header' | 'footer'): Promise<string[] | undefined> => {
        const reference = childElements(properties, `${kind}Reference`).find(
          (candidate) => candidate.getAttributeNS(W, 'type') === (titlePage ? 'first' : 'default'),
        );
        return reference ? partLines(reference.getAttributeNS(R, 'id') ?? '') : titlePage ? [] : undefined;
      };
      inherited = { header: (await chosen('header')) ?? inherited.header, footer: (await chosen('footer')) ?? inherited.footer };
      const restart = Number(childElements(properties, 'pgNumType')[0]?.getAttributeNS(W, 'start') ?? Number.NaN);
      const pageNumber = Number.isInteger(restart) && restart > 0 ? restart : (sections.at(-1)?.pageNumber ?? 0) + 1;
      sections.push({ start: start ?? -1, end: last ?? -1, ...inherited, pageNumber });
      start = undefined;
      last = undefined;
    };
    for (const child of childElements(body)) {
      if (child.localName === 'sectPr') {
        await close(child);
        continue;
      }
      // (The section's first and last paragraphs with text of their own, not a text box's anchored in them.)
      for (const paragraph of child.localName === 'p' ? [child, ...descendants(child, W, 'p')] : descendants(child, W, 'p')) {
        const index = indexOf.get(paragraph);
        if (index === undefined || paragraphs[index]!.text === '') continue;
        start ??= index;
        last = index;
      }
      const properties = child.localName === 'p' ? childElements(child, 'pPr')[0] : undefined;
      const ending = properties ? childElements(properties, 'sectPr')[0] : undefined;
      if (ending) await close(ending);
    }
    const commentsPart = await read('word/comments.xml');
    const comments = commentsPart ? descendants(commentsPart, W, 'comment').filter((comment) => comment.textContent.trim() !== '').length : 0;
    const deletions = descendants(body, W, 'del').filter((deleted) => descendants(deleted, W, 'delText').some((text) => text.textContent.trim() !== '')).length;
    return { sections, comments, deletions, paragraphs, bodySize: mostOf(counts) ?? DEFAULT_SIZE };
  } catch {
    return none;
  }
}

/** Sizes by style: a style's own `w:sz`, else its parent's (`w:basedOn`), else the document's default run properties. */
interface StyleSizes {
  /** A paragraph style's size (the default paragraph style's without one). */
  paragraph(styleId: string | undefined): number;
  /** A character style's size, if it sets one. */
  character(styleId: string | undefined): number | undefined;
}

function typeSizes(styles: Element | undefined): StyleSizes {
  const byId = new Map<string, Element>();
  let defaultParagraph: string | undefined;
  for (const style of styles ? childElements(styles, 'style') : []) {
    const id = style.getAttributeNS(W, 'styleId') ?? '';
    byId.set(id, style);
    if (style.getAttributeNS(W, 'type') === 'paragraph' && /^(?:1|true|on)$/u.test(style.getAttributeNS(W, 'default') ?? '')) defaultParagraph = id;
  }
  const defaults = styles ? childElements(styles, 'docDefaults')[0] : undefined;
  const rPrDefault = defaults ? childElements(defaults, 'rPrDefault')[0] : undefined;
  const documentSize = ownSize(rPrDefault ? childElements(rPrDefault, 'rPr')[0] : undefined) ?? DEFAULT_SIZE;
  const resolve = (id: string | undefined, seen: Set<string>): number | undefined => {
    const style = id === undefined ? undefined : byId.get(id);
    if (!style || seen.has(id!)) return undefined;
    seen.add(id!);
    const based = childElements(style, 'basedOn')[0]?.getAttributeNS(W, 'val') ?? undefined;
    return ownSize(childElements(style, 'rPr')[0]) ?? resolve(based, seen);
  };
  return {
    paragraph: (id) => resolve(id ?? defaultParagraph, new Set()) ?? documentSize,
    character: (id) => resolve(id, new Set()),
  };
}

/** The `w:sz` a run's or style's properties set, in half-points. */
function ownSize(properties: Element | undefined): number | undefined {
  const value = properties ? Number(childElements(properties, 'sz')[0]?.getAttributeNS(W, 'val') ?? Number.NaN) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** A paragraph's own descendants of a kind, not those of a text box anchored in it (which are paragraphs of their own). */
function own(paragraph: Element, localName: string): Element[] {
  return descendants(paragraph, W, localName).filter((node) => {
    for (let at = node.parentNode; at && at !== paragraph; at = at.parentNode) {
      if (at.nodeType === 1 && (at as Element).localName === 'p' && (at as Element).namespaceURI === W) return false;
    }
    return true;
  });
}

/** Whether a node lies in a modern choice that has a fallback (whose copy is the one read). */
function inChoiceWithFallback(node: Element): boolean {
  for (let at = node.parentNode; at; at = at.parentNode) {
    if (at.nodeType !== 1 || (at as Element).localName !== 'Choice') continue;
    const alternate = at.parentNode as Element | null;
    if (alternate && childElements(alternate, 'Fallback').length > 0) return true;
  }
  return false;
}

/** A paragraph's size (the one most of its characters have) and its characters by size. */
function paragraphSize(paragraph: Element, sizes: StyleSizes): { size: number; characters: Map<number, number> } {
  const properties = childElements(paragraph, 'pPr')[0];
  const style = properties ? (childElements(properties, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? undefined) : undefined;
  const base = sizes.paragraph(style);
  const characters = new Map<number, number>();
  for (const run of own(paragraph, 'r')) {
    const text = descendants(run, W, 't')
      .map((node) => node.textContent)
      .join('')
      .replace(/\s/gu, '');
    if (text === '') continue;
    const runProperties = childElements(run, 'rPr')[0];
    const runStyle = runProperties ? (childElements(runProperties, 'rStyle')[0]?.getAttributeNS(W, 'val') ?? undefined) : undefined;
    const size = ownSize(runProperties) ?? sizes.character(runStyle) ?? base;
    characters.set(size, (characters.get(size) ?? 0) + charLength(text));
  }
  return { size: mostOf(characters) ?? base, characters };
}

/**
 * A paragraph's letters and digits alone: what mammoth's HTML and the package's XML give alike (not white space, nor a
 * hyphen Word marks up, `w:noBreakHyphen`, or a symbol).
 */
export function comparable(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '');
}

/** The key with the largest count (the larger key on a tie). */
export function mostOf(counts: ReadonlyMap<number, number>): number | undefined {
  let best: number | undefined;
  for (const [key, count] of counts) if (best === undefined || count > counts.get(best)! || (count === counts.get(best)! && key > best)) best = key;
  return best;
}

/** A header paragraph's text: its runs' text, tabs and breaks kept (a field's instruction, `PAGE`, is no text; its shown value is, marked when it numbers the page). */
function paragraphText(paragraph: Element): string {
  let text = '';
  /** Inside a complex field (`w:fldChar`): its instruction so far, and whether its shown value has begun. */
  const fields: Array<{ instruction: string; shown: boolean }> = [];
  const pageField = (instruction: string): boolean => /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES)\b/u.test(instruction);
  for (const node of descendants(paragraph, '*', '*')) {
    if (node.namespaceURI !== W) continue;
    if (node.localName === 'fldChar') {
      const type = node.getAttributeNS(W, 'fldCharType');
      if (type === 'begin') fields.push({ instruction: '', shown: false });
      else if (type === 'separate' && fields.length > 0) fields.at(-1)!.shown = true;
      else if (type === 'end') fields.pop();
    } else if (node.localName === 'instrText' && fields.length > 0) fields.at(-1)!.instruction += node.textContent;
    else if (node.localName === 't') {
      const simple = ancestorField(node);
      const field = fields.at(-1);
      const isPage = (simple !== undefined && pageField(simple)) || (field !== undefined && field.shown && pageField(field.instruction));
      text += isPage ? `${PAGE_FIELD}${node.textContent}${PAGE_FIELD}` : node.textContent;
    } else if (node.localName === 'tab') text += '\t';
    else if (node.localName === 'br') text += '\n';
  }
  return text.trim();
}

/** The instruction of the simple field (`w:fldSimple`) a node lies in. */
function ancestorField(node: Element): string | undefined {
  for (let at = node.parentNode; at; at = at.parentNode) {
    if (at.nodeType === 1 && (at as Element).localName === 'fldSimple') return (at as Element).getAttributeNS(W, 'instr') ?? '';
  }
  return undefined;
}

const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const V = 'urn:schemas-microsoft-com:vml';

/**
 * The package as mammoth can read all its text: the same bytes when nothing needs it, else `zip`'s document changed
 * in place (so that `readWordPackage` reads it so too) and the package written anew. mammoth reads a text box only
 * in its VML form (`w:pict`), which Word writes as the fallback of the modern one: a text box written without it (WPS,
 * newer tools: `w:drawing` with `wps:txbx` only) would be dropped without a word, so it is given that form. WordArt of
 * the old kind keeps its text only in an attribute (`<v:textpath string="梅岭社区报">`): it becomes a run's text.
 */
export async function withReadableText(zip: JSZip, buffer: Buffer): Promise<Buffer> {
  const file = zip.file('word/document.xml');
  const source = await file?.async('string');
  if (source === undefined || (!source.includes('txbxContent') && !source.includes('textpath'))) return buffer;
  const document = new DOMParser().parseFromString(source, 'text/xml');
  let changed = inReadingOrder(document);
  // A modern choice with no fallback: the choice itself, which the next step gives its VML form.
  for (const alternate of [...descendants(document, MC, 'AlternateContent')]) {
    const choice = childElements(alternate, 'Choice')[0];
    if (childElements(alternate, 'Fallback').length > 0 || !choice || !alternate.parentNode) continue;
    for (const child of childElements(choice)) alternate.parentNode.insertBefore(child, alternate);
    alternate.parentNode.removeChild(alternate);
    changed = true;
  }
  for (const drawing of [...descendants(document, W, 'drawing')]) {
    if (hasAncestor(drawing, MC, 'Choice') || !drawing.parentNode) continue;
    const boxes = descendants(drawing, W, 'txbxContent');
    if (boxes.length === 0) continue;
    const picture = document.createElementNS(W, 'w:pict');
    for (const box of boxes) {
      const shape = document.createElementNS(V, 'v:shape');
      const textbox = document.createElementNS(V, 'v:textbox');
      textbox.appendChild(box);
      shape.appendChild(textbox);
      picture.appendChild(shape);
    }
    // (Beside the drawing, which keeps any picture it holds for mammoth to read.)
    drawing.parentNode.insertBefore(picture, drawing.nextSibling);
    changed = true;
  }
  for (const path of [...descendants(document, V, 'textpath')]) {
    const text = path.getAttribute('string') ?? '';
    const picture = ancestor(path, W, 'pict');
    if (text.trim() === '' || !picture?.parentNode) continue;
    const run = document.createElementNS(W, 'w:t');
    run.appendChild(document.createTextNode(text));
    picture.parentNode.replaceChild(run, picture);
    changed = true;
  }
  if (!changed) return buffer;
  zip.file('word/document.xml', new XMLSerializer().serializeToString(document));
  return zip.generateAsync({ type: 'nodebuffer' });
}

const WP = 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing';

/** An EMU per point, as Word measures a shape's place (`wp:posOffset`), and a band of rows: boxes within it stand side by side. */
const EMU_PER_POINT = 12700;
const ROW_BAND = 180000;

/**
 * Where a paragraph's anchored shape stands on its page, in EMU: from `wp:anchor` placed from the page or its margin, or
 * from a VML shape's absolute style (`margin-left:36pt;margin-top:40pt`). None for a shape placed any other way.
 */
function positionOf(paragraph: Element): { x: number; y: number } | undefined {
  const anchor = descendants(paragraph, WP, 'anchor')[0];
  if (anchor) {
    const axis = (name: string): number | undefined => {
      const position = childElements(anchor, name)[0];
      const offset = position ? childElements(position, 'posOffset')[0]?.textContent : undefined;
      return position && /^(?:page|margin)$/u.test(position.getAttribute('relativeFrom') ?? '') && offset ? Number(offset) : undefined;
    };
    const x = axis('positionH');
    const y = axis('positionV');
    return x !== undefined && y !== undefined && Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
  }
  const shape = [...descendants(paragraph, V, 'shape'), ...descendants(paragraph, V, 'rect'), ...descendants(paragraph, V, 'roundrect')][0];
  const style = shape?.getAttribute('style') ?? '';
  if (!/position\s*:\s*absolute/u.test(style)) return undefined;
  const length = (name: string): number | undefined => {
    const value = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*(-?[\\d.]+)pt`, 'u').exec(style)?.[1];
    return value === undefined ? undefined : Number(value) * EMU_PER_POINT;
  };
  const x = length('margin-left') ?? length('left');
  const y = length('margin-top') ?? length('top');
  return x !== undefined && y !== undefined ? { x, y } : undefined;
}

/**
 * A page laid out in text boxes, each anchored in a paragraph of its own, put in reading order: the boxes of a run of
 * such paragraphs by their place on the page, top to bottom and, on one row, left to right — as a reader reads the
 * page, whatever order they were drawn in (a masthead's box drawn after the lead story's had been read after it). A
 * paragraph with text of its own, or one that ends a section, parts runs; a box placed other than from the page or its
 * margin leaves its run as it is. Whether anything moved.
 */
function inReadingOrder(document: Document): boolean {
  const body = descendants(document, W, 'body')[0];
  if (!body) return false;
  const runs: Array<Array<{ paragraph: Element; at: { x: number; y: number } | undefined }>> = [[]];
  for (const child of childElements(body)) {
    const properties = child.localName === 'p' ? childElements(child, 'pPr')[0] : undefined;
    const anchored =
      child.localName === 'p' &&
      !(properties && childElements(properties, 'sectPr').length > 0) &&
      own(child, 't').every((text) => text.textContent.trim() === '') &&
      (descendants(child, WP, 'anchor').length > 0 || descendants(child, V, 'shape').length > 0 || descendants(child, V, 'rect').length > 0);
    if (anchored) runs.at(-1)!.push({ paragraph: child, at: positionOf(child) });
    else if (runs.at(-1)!.length > 0) runs.push([]);
  }
  let moved = false;
  for (const run of runs) {
    if (run.length < 2 || run.some((box) => box.at === undefined)) continue;
    const sorted = [...run].sort((a, b) => Math.round(a.at!.y / ROW_BAND) - Math.round(b.at!.y / ROW_BAND) || a.at!.x - b.at!.x || a.at!.y - b.at!.y);
    if (sorted.every((box, index) => box === run[index])) continue;
    const after = run.at(-1)!.paragraph.nextSibling;
    const parent = run[0]!.paragraph.parentNode!;
    for (const box of sorted) parent.insertBefore(box.paragraph, after);
    moved = true;
  }
  return moved;
}

function ancestor(node: Element, namespace: string, localName: string): Element | undefined {
  for (let at = node.parentNode; at; at = at.parentNode) {
    if (at.nodeType === 1 && (at as Element).namespaceURI === namespace && (at as Element).localName === localName) return at as Element;
  }
  return undefined;
}

function hasAncestor(node: Element, namespace: string, localName: string): boolean {
  return ancestor(node, namespace, localName) !== undefined;
}
