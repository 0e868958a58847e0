/**
 * An Evernote (印象笔记) export, `.enex`: a researcher's clippings as Evernote writes a notebook or a selection of notes,
 * `<en-export>` holding one `<note>` after another — its `<title>`, its text as ENML (XHTML inside `<en-note>`, in a
 * CDATA section of `<content>`), its own stamps (`<created>20240320T011000Z</created>`, `<updated>`), and its attributes
 * (`<source-url>` the page it was clipped from, `<author>`); pictures follow as base64 `<resource>`s. Each note is read as
 * a page of its own (`archive-entries.ts`, as a mailbox's messages are): an HTML page whose `<title>` is the note's,
 * whose address (`<link rel="canonical">`) is its source, and whose body is the note's ENML. The note's stamps are
 * the note's life, not the paper's: they date nothing (said in the archive's note), as a note app's `created:` does not.
 *
 * @example
 *   enexNotes(bytes) // → [{ name: '笔记1.html', title: '待读清单', html: '<!DOCTYPE html><html>…', line: 4 }, …]
 */
import { DOMParser } from '@xmldom/xmldom';
import { childElements, escapeXml as escape, lineOf } from './office-xml.ts';

export interface EnexNote {
  /** The note's name inside the export, by its place (`笔记3.html`). */
  name: string;
  title: string;
  /** The note as an HTML page: its title, source address and author in the head, its ENML in the body. */
  html: string;
  /** The line of the export its `<note>` opens on. */
  line: number;
}

/** An Evernote export, by its root element. */
export function isEnex(text: string): boolean {
  return /<en-export[\s>]/u.test(text.slice(0, 4096));
}

/** The notes of an export, each as an HTML page; none when the file holds no `<en-export>`. */
export function enexNotes(bytes: Uint8Array): EnexNote[] {
  const text = new TextDecoder('utf-8').decode(bytes);
  if (!isEnex(text)) return [];
  const root = new DOMParser().parseFromString(text, 'text/xml').documentElement as Element | null;
  if (!root || root.localName !== 'en-export') return [];
  return childElements(root, 'note').map((note, index) => {
    const field = (parent: Element, name: string): string => childElements(parent, name)[0]?.textContent.trim() ?? '';
    const title = field(note, 'title');
    const attributes = childElements(note, 'note-attributes')[0];
    const source = attributes ? field(attributes, 'source-url') : '';
    const author = attributes ? field(attributes, 'author') : '';
    const head = [
      '<meta charset="utf-8">',
      `<title>${escape(title)}</title>`,
      ...(/^https?:\/\//u.test(source) ? [`<link rel="canonical" href="${escape(source)}">`] : []),
      // (An author that is an address, the account's e-mail, names no one.)
      ...(author !== '' && !author.includes('@') ? [`<meta name="author" content="${escape(author)}">`] : []),
    ];
    return {
      name: `笔记${index + 1}.html`,
      title,
      html: `<!DOCTYPE html>\n<html>\n<head>\n${head.join('\n')}\n</head>\n<body>\n${noteBody(field(note, 'content'))}\n</body>\n</html>\n`,
      line: lineOf(note),
    };
  });
}

/** The inside of a note's `<en-note>` (its ENML without the XML declaration and doctype around it). */
function noteBody(enml: string): string {
  const open = /<en-note\b[^>]*>/u.exec(enml);
  if (!open) return enml;
  const close = enml.lastIndexOf('</en-note>');
  return enml.slice(open.index + open[0].length, close === -1 ? undefined : close);
}
