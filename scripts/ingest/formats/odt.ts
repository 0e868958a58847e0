/**
 * An OpenDocument text (`.odt`, as LibreOffice and WPS save one) as the HTML
 * a `.docx` gives through mammoth, with the same facts beside it
 * (`WordPackage`: sections with their page headers, paragraphs' type sizes),
 * so that `formats/word.ts` reads both alike. Read with jszip and xmldom from
 * `content.xml` and `styles.xml`:
 *
 * - a heading (`text:h`, or a paragraph in a `Heading N` style) is `<hN>`; a
 *   paragraph `<p>`; a list's items their paragraphs; a table `<table>` of
 *   cells; a text frame's paragraphs follow the paragraph it is anchored in;
 * - a line break is `<br>`, `text:s` its spaces, a tab a tab; a note is its
 *   mark (`[1]`) in the text and its body a paragraph under it;
 * - a paragraph whose style names a master page (`style:master-page-name`)
 *   opens a section: that page style's header is the section's;
 * - comments (`office:annotation`) and tracked deletions are not text:
 *   counted, not read.
 */
import type { Element as HastElement, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import JSZip from 'jszip';
import { childElements, descendants, xmlPart } from './office-xml.ts';
import { charLength } from '../punctuation.ts';
import { PAGE_FIELD, comparable, mostOf, type WordPackage, type WordParagraph, type WordSection } from './word-package.ts';

const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
const STYLE = 'urn:oasis:names:tc:opendocument:xmlns:style:1.0';
const TABLE = 'urn:oasis:names:tc:opendocument:xmlns:table:1.0';
const DRAW = 'urn:oasis:names:tc:opendocument:xmlns:drawing:1.0';
const OFFICE = 'urn:oasis:names:tc:opendocument:xmlns:office:1.0';
const FO = 'urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0';
const SVG = 'urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0';

export interface OdtRead {
  html: string;
  wordPackage: WordPackage;
}

/** Whether a zip package is an OpenDocument text (its `mimetype` entry says so). */
export async function isOpenDocumentText(zip: JSZip): Promise<boolean> {
  return ((await zip.file('mimetype')?.async('string')) ?? '').trim() === 'application/vnd.oasis.opendocument.text';
}

interface StyleInfo {
  parent?: string;
  /** Font size in half-points, as Word's `w:sz` counts (so the two formats compare alike). */
  size?: number;
  masterPage?: string;
  headingLevel?: number;
  /** A page break before it (`fo:break-before="page"`): a new page of the page style in use. */
  breakBefore?: boolean;
}

export async function readOdt(zip: JSZip): Promise<OdtRead> {
  const parse = (name: string): Promise<Element | undefined> => xmlPart(zip, name);
  const content = await parse('content.xml');
  const styles = await parse('styles.xml');
  const body = content ? descendants(content, OFFICE, 'text')[0] : undefined;
  if (!body) throw new Error('the package has no text body (content.xml)');
  const styleInfo = new Map<string, StyleInfo>();
  for (const root of [styles, content]) {
    for (const style of root ? descendants(root, STYLE, 'style') : []) {
      const properties = descendants(style, STYLE, 'text-properties')[0];
      const size = properties ? pointsToHalfPoints(properties.getAttributeNS(FO, 'font-size')) : undefined;
      const name = style.getAttributeNS(STYLE, 'name') ?? '';
      const display = style.getAttributeNS(STYLE, 'display-name') ?? name;
      const outline = Number(style.getAttributeNS(STYLE, 'default-outline-level') ?? Number.NaN);
      const heading = /^(?:Heading|标题|標題)[ _]*(?:20_)?([1-6])$/u.exec(display.replace(/_20_/gu, ' '))?.[1];
      styleInfo.set(name, {
        ...(style.getAttributeNS(STYLE, 'parent-style-name') ? { parent: style.getAttributeNS(STYLE, 'parent-style-name')! } : {}),
        ...(size === undefined ? {} : { size }),
        ...(style.getAttributeNS(STYLE, 'master-page-name') ? { masterPage: style.getAttributeNS(STYLE, 'master-page-name')! } : {}),
        ...(Number.isFinite(outline) && outline > 0 ? { headingLevel: Math.min(outline, 6) } : heading ? { headingLevel: Number(heading) } : {}),
        ...(descendants(style, STYLE, 'paragraph-properties')
          .concat(descendants(style, STYLE, 'table-properties'))
          .some((layout) => layout.getAttributeNS(FO, 'break-before') === 'page')
          ? { breakBefore: true }
          : {}),
      });
    }
  }
  const inherited = <K extends keyof StyleInfo>(name: string | null, key: K): StyleInfo[K] | undefined => {
    const seen = new Set<string>();
    for (let at = name ?? undefined; at !== undefined && !seen.has(at); at = styleInfo.get(at)?.parent) {
      seen.add(at);
      const value = styleInfo.get(at)?.[key];
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const defaultSize = defaultParagraphSize(styles) ?? 24;
  /** Each page style's first page's header and footer, its later pages' (`rest`), and the style that follows it (`style:next-style-name`). */
  const masters = new Map<string, { header: string[]; footer: string[]; rest: { header: string[]; footer: string[] }; next?: string }>();
  for (const master of styles ? descendants(styles, STYLE, 'master-page') : []) {
    const lines = (tag: string): string[] =>
      descendants(master, STYLE, tag).flatMap((part) =>
        descendants(part, TEXT, 'p')
          .map((paragraph) => plainText(paragraph, true).trim())
          .filter((line) => line !== ''),
      );
    // (The first page of a page style prints its first-page header, `style:header-first`, when it has one.)
    const firstOr = (tag: string): string[] => {
      const own = lines(`${tag}-first`);
      return own.length > 0 ? own : lines(tag);
    };
    const next = master.getAttributeNS(STYLE, 'next-style-name');
    masters.set(master.getAttributeNS(STYLE, 'name') ?? '', {
      header: firstOr('header'),
      footer: firstOr('footer'),
      rest: { header: lines('header'), footer: lines('footer') },
      ...(next ? { next } : {}),
    });
  }
  const first = masters.get('Standard') ?? [...masters.values()][0];

  const blocks: HastElement[] = [];
  const paragraphs: WordParagraph[] = [];
  const counts = new Map<number, number>();
  const sections: WordSection[] = [{ start: -1, end: -1, header: first?.header ?? [], footer: first?.footer ?? [], pageNumber: 1 }];
  let notes = 0;
  const noteItems: HastElement[] = [];
  let comments = 0;

  /** A paragraph's inline content, its frames' paragraphs and its notes, which follow it. */
  const inline = (node: Element, after: HastElement[], sizes: Map<number, number>, size: number): ElementContent[] => {
    const out: ElementContent[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = child.nodeValue ?? '';
        out.push({ type: 'text', value });
        const characters = charLength(value.replace(/\s/gu, ''));
        if (characters > 0) sizes.set(size, (sizes.get(size) ?? 0) + characters);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      const name = `${element.namespaceURI === TEXT ? 'text' : element.namespaceURI === OFFICE ? 'office' : element.namespaceURI === DRAW ? 'draw' : '?'}:${element.localName}`;
      if (name === 'text:s') out.push({ type: 'text', value: ' '.repeat(Number(element.getAttributeNS(TEXT, 'c') ?? '1') || 1) });
      else if (name === 'text:tab') out.push({ type: 'text', value: '\t' });
      else if (name === 'text:line-break') out.push({ type: 'element', tagName: 'br', properties: {}, children: [] });
      else if (name === 'text:span' || name === 'text:a') {
        out.push(...inline(element, after, sizes, inherited(element.getAttributeNS(TEXT, 'style-name'), 'size') ?? size));
      } else if (name === 'text:note') {
        // In mammoth's shape, a linked mark and the note in a list at the end, so `formats/word.ts` places it as a .docx's.
        notes += 1;
        const id = `footnote-odt-${notes}`;
        const mark = `[${descendants(element, TEXT, 'note-citation')[0]?.textContent.trim() ?? String(notes)}]`;
        out.push({
          type: 'element',
          tagName: 'sup',
          properties: {},
          children: [{ type: 'element', tagName: 'a', properties: { href: `#${id}` }, children: [{ type: 'text', value: mark }] }],
        });
        const noteBody = descendants(element, TEXT, 'note-body')[0];
        const text = noteBody
          ? descendants(noteBody, TEXT, 'p')
              .map((paragraph) => plainText(paragraph))
              .join(' ')
          : '';
        noteItems.push({
          type: 'element',
          tagName: 'li',
          properties: { id },
          children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text.trim() }] }],
        });
      } else if (name === 'office:annotation') comments += 1;
      else if (element.namespaceURI === DRAW) {
        // A frame, shape or group: its picture kept as provenance (`<img alt="…">` with its title, never its bytes),
        // the text in it (a text box, a shape's own paragraphs, a captioned picture's caption) under the paragraph.
        if (childElements(element).some((child) => child.namespaceURI === DRAW && child.localName === 'image')) {
          const title = descendants(element, SVG, 'title')[0]?.textContent ?? descendants(element, SVG, 'desc')[0]?.textContent ?? '';
          after.push({
            type: 'element',
            tagName: 'p',
            properties: {},
            children: [{ type: 'element', tagName: 'img', properties: title ? { alt: title } : {}, children: [] }],
          });
        }
        const parts = childElements(element);
        if (parts.some((part) => part.namespaceURI === TEXT && (part.localName === 'p' || part.localName === 'h'))) after.push(...blockContent(element));
        for (const part of parts) {
          if (part.namespaceURI === DRAW && part.localName === 'text-box') after.push(...blockContent(part));
          else if (part.namespaceURI === DRAW && part.localName !== 'image') inline(part, after, sizes, size);
        }
      } else if (name !== 'text:note-body' && name !== 'text:tracked-changes') {
        // Any other inline element (a span, a link, a field's shown value, a ruby's base, a content control, `text:meta`):
        // its text; marks of bookmarks and changes have none.
        out.push(...inline(element, after, sizes, size));
      }
    }
    return out;
  };

  /**
   * A paragraph or table whose style names a page style opens a section with that page style's header; the first one
   * gives the first section its own (LibreOffice names a title page's style so, `First Page`).
   */
  let current = masters.has('Standard') ? 'Standard' : [...masters.keys()][0];
  const openSection = (styleName: string | null): void => {
    const master = inherited(styleName, 'masterPage');
    const page = master === undefined ? undefined : masters.get(master);
    if (page) {
      current = master;
      if (paragraphs.length === 0) Object.assign(sections[0]!, { header: page.header, footer: page.footer });
      else sections.push({ start: -1, end: -1, header: page.header, footer: page.footer, pageNumber: sections.length + 1 });
      return;
    }
    // A page break: the next page of the style in use, or of the style that follows a first page's (`First Page` → `Standard`).
    if (inherited(styleName, 'breakBefore') !== true || paragraphs.length === 0 || current === undefined) return;
    const following = masters.get(current)?.next;
    if (following !== undefined && following !== current && masters.has(following)) {
      current = following;
      const next = masters.get(following)!;
      sections.push({ start: -1, end: -1, header: next.header, footer: next.footer, pageNumber: sections.length + 1 });
    } else {
      const rest = masters.get(current)?.rest;
      if (rest) sections.push({ start: -1, end: -1, ...rest, pageNumber: sections.length + 1 });
    }
  };

  const paragraph = (node: Element, heading: boolean): HastElement[] => {
    const styleName = node.getAttributeNS(TEXT, 'style-name');
    openSection(styleName);
    const level = heading ? Number(node.getAttributeNS(TEXT, 'outline-level') ?? '1') || 1 : inherited(styleName, 'headingLevel');
    const size = inherited(styleName, 'size') ?? defaultSize;
    const sizes = new Map<number, number>();
    const after: HastElement[] = [];
    const children = inline(node, after, sizes, size);
    const text = comparable(plainText(node));
    const section = sections.at(-1)!;
    if (text !== '') {
      if (section.start < 0) section.start = paragraphs.length;
      section.end = paragraphs.length;
    }
    for (const [value, count] of sizes) counts.set(value, (counts.get(value) ?? 0) + count);
    paragraphs.push({ text, size: mostOf(sizes) ?? size });
    return [{ type: 'element', tagName: level === undefined ? 'p' : `h${Math.min(level, 6)}`, properties: {}, children }, ...after];
  };

  const blockContent = (node: Element): HastElement[] => {
    const out: HastElement[] = [];
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.namespaceURI === TEXT && (element.localName === 'p' || element.localName === 'h')) out.push(...paragraph(element, element.localName === 'h'));
      else if (element.namespaceURI === TEXT && /^(?:list|list-item|list-header|section|index-body)$/u.test(element.localName))
        out.push(...blockContent(element));
      else if (element.namespaceURI === TABLE && element.localName === 'table') {
        openSection(element.getAttributeNS(TABLE, 'style-name'));
        // (Its own rows, in header-row and row groups too, and their own cells: not a nested table's.)
        const rows = tableRows(element).map((row): HastElement => ({
          type: 'element',
          tagName: 'tr',
          properties: {},
          children: childElements(row)
            .filter((cell) => cell.namespaceURI === TABLE && cell.localName === 'table-cell')
            .map((cell): HastElement => ({
              type: 'element',
              tagName: 'td',
              properties: {},
              children: blockContent(cell),
            })),
        }));
        out.push({ type: 'element', tagName: 'table', properties: {}, children: rows });
      }
      // (The tracked changes' record, with the deleted text, and the sequence declarations are no text of the page.)
    }
    return out;
  };
  blocks.push(...blockContent(body));
  if (noteItems.length > 0) blocks.push({ type: 'element', tagName: 'ol', properties: {}, children: noteItems });
  const deletions = descendants(body, TEXT, 'deletion').filter((deletion) => plainText(deletion).trim() !== '').length;
  return {
    html: blocks.map((block) => toHtml(block)).join(''),
    wordPackage: { sections, comments, deletions, paragraphs, bodySize: mostOf(counts) ?? defaultSize },
  };
}

/** `18pt` (or `0.25in`, `6.35mm`) as half-points. */
function pointsToHalfPoints(value: string | null): number | undefined {
  const match = /^([\d.]+)(pt|in|cm|mm)$/u.exec(value ?? '');
  if (!match) return undefined;
  const points = Number(match[1]) * { pt: 1, in: 72, cm: 72 / 2.54, mm: 72 / 25.4 }[match[2] as 'pt' | 'in' | 'cm' | 'mm'];
  return Math.round(points * 2);
}

/** The default paragraph style's size (`style:default-style` of the paragraph family). */
function defaultParagraphSize(styles: Element | undefined): number | undefined {
  for (const style of styles ? descendants(styles, STYLE, 'default-style') : []) {
    if (style.getAttributeNS(STYLE, 'family') !== 'paragraph') continue;
    const properties = descendants(style, STYLE, 'text-properties')[0];
    return properties ? pointsToHalfPoints(properties.getAttributeNS(FO, 'font-size')) : undefined;
  }
  return undefined;
}

/**
 * A paragraph's text as printed: its text nodes, `text:s` as spaces, a tab as a tab; no comment's text. In a header or
 * footer (`fields`), a page-number field's shown value is marked as `formats/word-package.ts` marks Word's.
 */
function plainText(node: Element, fields = false): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1) {
      const element = child as Element;
      if (element.localName === 'annotation' || element.localName === 'note-body') continue;
      if (element.localName === 's') text += ' '.repeat(Number(element.getAttributeNS(TEXT, 'c') ?? '1') || 1);
      else if (element.localName === 'tab') text += '\t';
      else if (element.localName === 'line-break') text += '\n';
      else if (fields && (element.localName === 'page-number' || element.localName === 'page-count')) text += `${PAGE_FIELD}${plainText(element)}${PAGE_FIELD}`;
      else text += plainText(element, fields);
    }
  }
  return text;
}

/** A table's own rows, in the groups a table keeps them in (`table:table-header-rows`, `table:table-rows`, `table:table-row-group`). */
function tableRows(table: Element): Element[] {
  return childElements(table).flatMap((child) =>
    child.namespaceURI !== TABLE
      ? []
      : child.localName === 'table-row'
        ? [child]
        : /^table-(?:header-rows|rows|row-group)$/u.test(child.localName)
          ? tableRows(child)
          : [],
  );
}
