/**
 * Articles in XML, as newspaper databases export them and corpora ship them:
 * `<article><title>…</title><date>…</date><body><p>…</p></body></article>`
 * many to a file, an issue's tree (`<issue date="…"><page no="2">…`), or
 * records with no root around them (SogouCS's `<doc><url>…</url>
 * <contenttitle>…</contenttitle><content>…</content></doc>`, saved as `.txt`).
 * An element of text alone is a field of the element around it, and so is
 * one holding paragraphs (`<body><p>…</p></body>`, read then as HTML); an
 * element's attributes are its fields too. Which elements are articles is
 * `data-tree.ts`'s rule, as for JSON. Parsed with sax in its lenient mode
 * (an `&` left bare in an address, an unknown entity, a tag left open: read
 * on), each text with its offset, so messages name the line and column.
 */
import sax from 'sax';
import { plainCell, type CellText } from './cell-text.ts';
import { recordsOf, type DataCell, type DataNode, type DataRecords } from './data-tree.ts';
import { roleOfName } from '../facts/field-names.ts';

export interface XmlRead extends DataRecords {
  /** Faults of the markup, each at its offset (read on after each). */
  errors: Array<{ offset: number; what: string }>;
}

/** Elements of a text's own markup: an element holding only these (and text) is one field of HTML, not a node of fields. */
const INLINE = new Set([
  'p',
  'br',
  'div',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'a',
  'font',
  'img',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'table',
  'tbody',
  'thead',
  'tr',
  'td',
  'th',
  'blockquote',
  'sup',
  'sub',
  'center',
  'section',
]);

/** An attribute that numbers or names a page's element (`<page no="2" name="要闻">`) rather than saying a fact of its own. */
const OWN_ATTRIBUTE = /^(?:no|num|number|n|id|value|index|seq|name|title|label)$/iu;

/** The synthetic root put around the text, so that records with no root of their own are read as one document. */
const ROOT = 'baoku-root';

interface Open {
  name: string;
  start: number;
  /** Offset just after the start tag. */
  inner: number;
  attributes: DataCell[];
  texts: CellText[];
  elements: Array<{ name: string; field?: DataCell; node?: DataNode }>;
}

/**
 * A text file's tag records, when it holds them: it opens on a tag that is no HTML page's, that element closes at least
 * twice (or the text declares itself XML, or is that one element whole), and records are found in it — the reading, so that it is done once.
 */
export function tagRecords(text: string): XmlRead | undefined {
  const opening = /^\s*(?:<\?xml[^>]*>\s*)?<([A-Za-z_][\w.:-]*)[\s>]/u.exec(text);
  if (!opening?.[1] || HTML_ELEMENT.test(opening[1])) return undefined;
  // (A file of one record is one element from its first character to its last: Gigaword's day of a single `<DOC>`.)
  const whole = new RegExp(`</${opening[1].replace(/[.]/gu, '\\.')}>\\s*$`, 'u').test(text);
  if (!/^\s*<\?xml/u.test(text) && !whole && text.split(`</${opening[1]}>`).length <= 2) return undefined;
  // (And it does hold records: a text of tags that holds none is read as the text it is.)
  const read = readXmlRecords(text);
  return read.records.length > 0 ? read : undefined;
}

/** Whether a text file holds tag records (`tagRecords`). */
export function holdsTagRecords(text: string): boolean {
  return tagRecords(text) !== undefined;
}

/** An element of HTML: a text file opening on one is a page or a copy of one (`<section>`, `<strong>`, `<h3>`), never records. */
const HTML_ELEMENT =
  /^(?:a|abbr|address|article|aside|audio|b|big|blockquote|body|br|button|caption|center|cite|code|dd|del|details|div|dl|dt|em|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|i|iframe|img|input|ins|label|li|link|main|mark|meta|nav|ol|option|p|picture|pre|q|s|script|section|select|small|source|span|strike|strong|style|sub|summary|sup|table|tbody|td|textarea|tfoot|th|thead|time|title|tr|u|ul|video)$/iu;

/**
 * A word processor's or spreadsheet's own XML (Word 2003 XML, Excel 2003 XML, a flat OpenDocument text or
 * spreadsheet): a document, not records. The pipeline reads a spreadsheet's (`Excel`, `Calc`) as a workbook.
 */
export function officeXml(text: string): 'Word' | 'Excel' | 'Calc' | 'OpenDocument' | undefined {
  const head = text.slice(0, 4096);
  if (/<\?mso-application\s+progid="Word\.Document"|<w:wordDocument\b|<pkg:package\b/u.test(head)) return 'Word';
  if (/<\?mso-application\s+progid="Excel\.Sheet"|<(?:ss:)?Workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet/u.test(head)) return 'Excel';
  if (/<office:document\b[^>]*opendocument\.spreadsheet/u.test(head)) return 'Calc';
  if (/<office:document\b/u.test(head)) return 'OpenDocument';
  return undefined;
}

export function readXmlRecords(text: string): XmlRead {
  const prefix = `<${ROOT}>`;
  // (The declaration first, as it must stand, then the root around the rest.)
  const declaration = /^\s*<\?xml[^>]*\?>/u.exec(text)?.[0] ?? '';
  const source = `${declaration}${prefix}${text.slice(declaration.length)}</${ROOT}>`;
  /** The offset in the file of an offset in `source`. */
  const back = (offset: number): number => (offset >= declaration.length + prefix.length ? offset - prefix.length : offset);
  const parser = sax.parser(false, { lowercase: true, position: true, trim: false, normalize: false });
  const errors: XmlRead['errors'] = [];
  const stack: Open[] = [];
  const roots: DataNode[] = [];
  let lastEnd = 0;
  parser.onerror = (error: Error) => {
    errors.push({ offset: back(Math.max(0, parser.position - 1)), what: error.message.split('\n')[0] ?? error.message });
    parser.resume();
  };
  parser.onopentag = (node: sax.Tag) => {
    const start = parser.startTagPosition - 1;
    // (An attribute that only numbers or names a page's element, `<page no="2">`, `<page name="要闻">`, is the page's field: `page`, `page_name`.)
    const attributes = Object.entries(node.attributes).map(([key, value]): DataCell => {
      const own = roleOfName(node.name) === 'page' && OWN_ATTRIBUTE.test(key);
      return { key: own ? (/^(?:name|title|label)$/iu.test(key) ? `${node.name}_name` : node.name) : key, pieces: [plainCell(value, back(start))] };
    });
    stack.push({ name: node.name, start: back(start), inner: back(parser.position), attributes, texts: [], elements: [] });
    lastEnd = parser.position;
  };
  parser.ontext = (value: string) => {
    const top = stack.at(-1);
    const end = parser.startTagPosition - 1;
    if (top && value.trim() !== '') top.texts.push(entityCell(source, lastEnd, end, value, back));
  };
  parser.oncdata = (value: string) => {
    const top = stack.at(-1);
    const start = parser.startTagPosition - 1 + '<![CDATA['.length;
    if (top && value.trim() !== '') top.texts.push({ value, start: back(start), shifts: [] });
    lastEnd = parser.position;
  };
  parser.onclosetag = () => {
    const closing = back(parser.startTagPosition - 1);
    lastEnd = parser.position;
    const element = stack.pop();
    if (!element) return;
    const parent = stack.at(-1);
    if (element.name === ROOT) {
      roots.push(...element.elements.flatMap((child) => (child.node ? [child.node] : [])));
      return;
    }
    const closed = closeElement(element, closing, text);
    if (parent) parent.elements.push({ name: element.name, ...closed });
  };
  parser.write(source).close();
  return { ...recordsOf(roots), errors };
}

/** An element closed: a field when it holds text alone or a text's own markup, else a node of its fields and the nodes under it. */
function closeElement(element: Open, closing: number, text: string): { field?: DataCell; node?: DataNode } {
  if (element.elements.length === 0) {
    if (element.texts.length === 0)
      return element.attributes.length > 0 ? { node: { fields: element.attributes, children: [], start: element.start, name: element.name } } : {};
    return { field: { key: element.name, pieces: element.texts } };
  }
  // (A list as Scrapy's XML export writes one, `<content><value>段落</value><value>…</value></content>`: one field, a piece an item.)
  if (
    element.attributes.length === 0 &&
    element.elements.length >= 2 &&
    element.elements.every((child) => child.name === 'value' && child.field !== undefined)
  ) {
    return { field: { key: element.name, pieces: element.elements.flatMap((child) => child.field!.pieces) } };
  }
  if (element.elements.every((child) => INLINE.has(child.name))) {
    // (Read as HTML from the file as it stands: `cell-text.ts` cuts it at its blocks.)
    return { field: { key: element.name, pieces: [plainCell(text.slice(element.inner, closing), element.inner)] } };
  }
  const fields = [...element.attributes, ...element.elements.flatMap((child) => (child.field ? [child.field] : []))];
  const children = element.elements.flatMap((child) => (child.node ? [{ key: child.name, node: child.node }] : []));
  return { node: { fields, children, start: element.start, name: element.name } };
}

/** A text's cell, each entity (`&amp;`, `&#20013;`) recorded where it made the text shorter than the file. */
function entityCell(source: string, from: number, to: number, value: string, back: (offset: number) => number): CellText {
  const raw = source.slice(from, to);
  const cell: CellText = { value, start: back(from), shifts: [] };
  let decoded = 0;
  for (let index = 0; index < raw.length; index += 1) {
    const entity = raw[index] === '&' ? /^&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]*);/iu.exec(raw.slice(index, index + 12)) : null;
    if (!entity) {
      decoded += 1;
      continue;
    }
    const width = value.codePointAt(decoded) !== undefined && value.codePointAt(decoded)! > 0xffff ? 2 : 1;
    decoded += width;
    cell.shifts.push({ at: decoded, extra: entity[0].length - width });
    index += entity[0].length - 1;
  }
  return cell;
}
