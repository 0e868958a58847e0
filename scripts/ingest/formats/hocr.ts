/**
 * hOCR — the HTML an OCR engine writes with each word's place on the scan (Tesseract's `hocr` output, OCRopus,
 * Kraken, Google's and ABBYY's converters): pages (`ocr_page`) of blocks (`ocr_carea`) of paragraphs (`ocr_par`) of
 * lines (`ocr_line`, their height as `x_size`) of words (`ocrx_word`), each with its `bbox`. Read into a text view of
 * one line a paragraph, as an ALTO page is (`page-blocks.ts`): its lines joined (a column's breaks are the scan's),
 * the words of a line joined without the spaces the engine puts between Chinese characters
 * (`rules/ocr-spacing.ts`), a paragraph set well above the page's body size a head by size; a line that is a date
 * line or a page's label (`2024年3月16日 星期六`, `第1版 要闻`) stands as a line of its own, as it is printed.
 *
 * @example
 *   readHocr('<html>…<div class="ocr_page">…</div>…</html>') // → { kind: 'hocr', text, lines, … }
 */
import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { matchDateline } from '../rules/dateline.ts';
import { withoutOcrSpaces } from '../rules/ocr-spacing.ts';
import { matchPageHeader } from '../rules/page-header.ts';
import { joinLines, mode, pageBlocksText, type Block, type Box } from './page-blocks.ts';
import type { DocumentText } from './word.ts';

/** An hOCR document, by the classes it marks its parts with (`ocr_page` and `ocr_line` or `ocrx_word`). */
export function isHocr(text: string): boolean {
  const head = text.slice(0, 8192);
  return /class=["']ocr_page["']/u.test(head) && /class=["'](?:ocr_line|ocrx_word)["']/u.test(head);
}

/** An hOCR file's pages as a text view, a paragraph a line, heads by the lines' size (`page-blocks.ts`). */
export function readHocr(html: string): DocumentText | { unreadable: string } {
  const tree = unified().use(rehypeParse).parse(html);
  const pages = elementsOf(tree.children, 'ocr_page');
  if (pages.length === 0) return { unreadable: 'no page (`class="ocr_page"`) in it' };
  return pageBlocksText(
    'hocr',
    pages.map((page) => elementsOf(page.children, 'ocr_par').flatMap(parBlocks)),
  );
}

/** A paragraph's blocks: its lines joined, a date line or a page's label a block of its own. */
function parBlocks(par: Element): Block[] {
  const lines = elementsOf(par.children, 'ocr_line').map((line) => ({ text: lineText(line), box: boxOf(line), size: sizeOf(line) }));
  if (lines.length === 0) return [{ text: withoutOcrSpaces(collapse(toString(par))), box: boxOf(par), size: undefined, advert: false }];
  const blocks: Block[] = [];
  let run: typeof lines = [];
  const flush = (): void => {
    if (run.length === 0) return;
    const sizes = run.flatMap((line) => (line.size === undefined ? [] : [line.size]));
    blocks.push({
      text: run.reduce((joined, line) => joinLines(joined, line.text), ''),
      box: union(run.map((line) => line.box)),
      size: sizes.length > 0 ? mode(sizes) : undefined,
      advert: false,
    });
    run = [];
  };
  for (const line of lines) {
    const field = matchDateline(line.text) !== undefined || matchPageHeader(line.text, { lettered: true }) !== undefined;
    if (field) flush();
    run.push(line);
    if (field) flush();
  }
  flush();
  return blocks;
}

/** A line's words, joined as the text is set: without spaces between Chinese characters, with one between Latin words. */
function lineText(line: Element): string {
  const words = elementsOf(line.children, 'ocrx_word').map((word) => collapse(toString(word)));
  return withoutOcrSpaces((words.length > 0 ? words : [collapse(toString(line))]).filter((word) => word !== '').join(' '));
}

/** The descendants of `nodes` whose class is `name` (not looking inside one found). */
function elementsOf(nodes: readonly (ElementContent | Root['children'][number])[], name: string): Element[] {
  const found: Element[] = [];
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const classes = node.properties['className'];
    if (Array.isArray(classes) && classes.includes(name)) found.push(node);
    else found.push(...elementsOf(node.children, name));
  }
  return found;
}

/** An element's `title` properties: `bbox 120 80 2360 164; x_size 80` → its box, its line's height. */
function titleOf(element: Element): string {
  const title = element.properties['title'];
  return typeof title === 'string' ? title : '';
}

function boxOf(element: Element): Box | undefined {
  const match = /\bbbox\s+(-?[0-9]+)\s+(-?[0-9]+)\s+(-?[0-9]+)\s+(-?[0-9]+)/u.exec(titleOf(element));
  if (!match) return undefined;
  const [left, top, right, bottom] = match.slice(1).map(Number) as [number, number, number, number];
  return right > left && bottom > top ? { left, top, right, bottom } : undefined;
}

/** A line's size: its `x_size` (the height of its letters), else its box's height. */
function sizeOf(line: Element): number | undefined {
  const size = /\bx_size\s+([0-9.]+)/u.exec(titleOf(line))?.[1];
  if (size !== undefined) return Math.round(Number(size));
  const box = boxOf(line);
  return box === undefined ? undefined : box.bottom - box.top;
}

function union(boxes: readonly (Box | undefined)[]): Box | undefined {
  const known = boxes.filter((box): box is Box => box !== undefined);
  if (known.length === 0) return undefined;
  return {
    left: Math.min(...known.map((box) => box.left)),
    top: Math.min(...known.map((box) => box.top)),
    right: Math.max(...known.map((box) => box.right)),
    bottom: Math.max(...known.map((box) => box.bottom)),
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
