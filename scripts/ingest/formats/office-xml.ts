/**
 * An office package's XML parts, as `formats/word-package.ts` and `formats/odt.ts` read them: a part's root element
 * (jszip, xmldom — what mammoth reads a `.docx` with), an element's children and its descendants by name (xmldom's
 * node lists are not iterable).
 */
import { DOMParser } from '@xmldom/xmldom';
import type JSZip from 'jszip';

/** A part's root element; none when the package has no such part, or it is not XML. */
export async function xmlPart(zip: JSZip, name: string): Promise<Element | undefined> {
  const text = await zip.file(name)?.async('string');
  if (text === undefined) return undefined;
  // (xmldom gives no root for a part that is not XML, whatever the DOM's types say.)
  const root = new DOMParser().parseFromString(text, 'text/xml').documentElement as Element | null;
  return root ?? undefined;
}

/** An element's element children, of one local name if given. */
export function childElements(node: Element, localName?: string): Element[] {
  const found: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (localName === undefined || (child as Element).localName === localName)) found.push(child as Element);
  }
  return found;
}

/** Text escaped for XML or HTML, in text and in attribute values (`&`, `<`, `>`, `"`). */
export function escapeXml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** The line an element opens on, as xmldom counts them (1 when it does not say). */
export function lineOf(element: Element): number {
  const { lineNumber } = element as Element & { lineNumber?: number };
  return typeof lineNumber === 'number' ? lineNumber : 1;
}

/** Descendants by namespace (`*` for any) and local name. */
export function descendants(node: Document | Element, namespace: string, localName: string): Element[] {
  const list = node.getElementsByTagNameNS(namespace, localName);
  return Array.from({ length: list.length }, (_, index) => list.item(index)!);
}

/** An element's text with XML's white space collapsed: indentation and line breaks inside an element are no text's. */
export function xmlText(text: string): string {
  // (A line broken between two Chinese characters by an editor or a pretty-printer joins with nothing between.)
  return text
    .replace(/(\p{Script=Han}|\p{P})[ \t]*\r?\n[ \t]*(?=\p{Script=Han}|\p{P})/gu, '$1')
    .replace(/[ \t\r\n]+/gu, ' ')
    .trim();
}
