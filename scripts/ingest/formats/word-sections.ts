/**
 * A `.docx`'s sections and the page header each prints (Office Open XML:
 * `word/document.xml` and its header parts). A newsroom that keeps an issue
 * as one document often makes each page a section with its own header
 * (`江城日报　2024年6月20日　第2版　要闻`), so a header belongs where its
 * section begins, not once at the top. mammoth does not read headers, nor
 * say where a section begins; this reads both, with jszip and xmldom (what
 * mammoth itself reads the package with).
 */
import { DOMParser } from '@xmldom/xmldom';
import JSZip from 'jszip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface WordSection {
  /** The text of the section's first paragraph or table that has any, without white space: where it begins in the body. */
  opening: string;
  /** The lines of the header its first page prints (`first` when the section has a title page, else `default`); inherited from the section before when it names none. */
  header: string[];
}

/** The document's sections in order, each with its header's lines; none when the package cannot be read (mammoth's reading then stands alone). */
export async function wordSections(buffer: Buffer): Promise<WordSection[]> {
  try {
    const zip = await JSZip.loadAsync(buffer);
    const read = async (name: string): Promise<Element | undefined> => {
      const text = await zip.file(name)?.async('string');
      if (text === undefined) return undefined;
      // (xmldom gives no root for a part that is not XML, whatever the DOM's types say.)
      const root = new DOMParser().parseFromString(text, 'text/xml').documentElement as Element | null;
      return root ?? undefined;
    };
    const document = await read('word/document.xml');
    const relations = await read('word/_rels/document.xml.rels');
    const body = document ? children(document, 'body')[0] : undefined;
    if (!body) return [];
    const targets = new Map<string, string>();
    for (const relation of relations ? elements(relations, 'Relationship') : []) {
      targets.set(relation.getAttribute('Id') ?? '', relation.getAttribute('Target') ?? '');
    }
    const headerLines = async (id: string): Promise<string[]> => {
      const target = targets.get(id);
      const part = target === undefined ? undefined : await read(`word/${target.replace(/^\/?word\//u, '')}`);
      return part
        ? elements(part, 'p', W)
            .map(paragraphText)
            .filter((line) => line.trim() !== '')
        : [];
    };
    const sections: WordSection[] = [];
    let opening = '';
    let inherited: string[] = [];
    const close = async (properties: Element): Promise<void> => {
      const references = children(properties, 'headerReference');
      const titlePage = children(properties, 'titlePg').length > 0;
      const chosen =
        (titlePage ? references.find((reference) => reference.getAttributeNS(W, 'type') === 'first') : undefined) ??
        references.find((reference) => reference.getAttributeNS(W, 'type') === 'default');
      const header = chosen ? await headerLines(chosen.getAttributeNS(R, 'id') ?? '') : inherited;
      inherited = header;
      sections.push({ opening, header });
      opening = '';
    };
    for (const child of children(body)) {
      if (child.localName === 'sectPr') {
        await close(child);
        continue;
      }
      if (opening === '')
        opening = elements(child, 't', W)
          .map((text) => text.textContent)
          .join('')
          .replace(/\s/gu, '');
      const properties = child.localName === 'p' ? children(child, 'pPr')[0] : undefined;
      const ending = properties ? children(properties, 'sectPr')[0] : undefined;
      if (ending) await close(ending);
    }
    return sections;
  } catch {
    return [];
  }
}

/** A header paragraph's text: its runs' text, a tab as a space (a field's instruction, `PAGE`, is no text; its shown value is). */
function paragraphText(paragraph: Element): string {
  let text = '';
  for (const node of elements(paragraph, '*')) {
    if (node.namespaceURI !== W) continue;
    if (node.localName === 't') text += node.textContent;
    else if (node.localName === 'tab') text += '\t';
    else if (node.localName === 'br') text += '\n';
  }
  return text.trim();
}

function children(node: Element, localName?: string): Element[] {
  const found: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1 && (localName === undefined || (child as Element).localName === localName)) found.push(child as Element);
  }
  return found;
}

/** Descendants by local name (xmldom's lists are not iterable). */
function elements(node: Element, localName: string, namespace = '*'): Element[] {
  const list = node.getElementsByTagNameNS(namespace, localName);
  return Array.from({ length: list.length }, (_, index) => list.item(index)!);
}
