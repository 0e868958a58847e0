/**
 * TEI — the Text Encoding Initiative's XML, in which digital editions, corpora and text-extraction tools (trafilatura's
 * `xmltei` output) keep a text: one `<TEI>` document an article, its header's facts (`<titleStmt><title>` the headline,
 * `<author>`; the source's `<publicationStmt>`: `<publisher>` the paper, `<date>` the day it was published — never
 * `<creation><date type="download">`, the day it was fetched) and its body (`<text><body>`: `<p>` paragraphs, a division's
 * `<head>` or a header block `<ab type="header">` a line of its own, `<note>`, `<figure>` and `<table>` kept as printed;
 * a division of readers' comments left out and counted). Read into a text view of one line a block, with the header's facts
 * as front matter, as an NITF story is (`nitf.ts`).
 *
 * @example
 *   readTei('<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader>…</teiHeader><text><body>…</body></text></TEI>')
 *   // → { kind: 'tei', text, lines, frontmatter: { title: '…', source: '经济日报', date: '2024-05-13', author: '李强然' } }
 */
import { DOMParser } from '@xmldom/xmldom';
import { childElements, descendants, xmlText } from './office-xml.ts';
import { NO_WORD_PARTS, viewText, type DocumentText } from './word.ts';
import type { RawLine } from '../types.ts';

/** A TEI document, by its root element and namespace (after the XML declaration, comments and processing instructions). */
export function isTei(text: string): boolean {
  return /^\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<\?[^>]*\?>|<!DOCTYPE[^>]*>)\s*)*<TEI\b[^>]*tei-c\.org\/ns\/1\.0/u.test(text.slice(0, 4096));
}

type ViewLine = { text: string; hint?: RawLine['hint'] };

/** A division or block that holds readers' comments on the text, as a tool keeps them beside it: `<div type="comments">`. */
const COMMENTS = /^(?:comments?|discussion|replies)$/iu;

/** A TEI document as a text view and its header's facts; or why it cannot be read. */
export function readTei(xml: string): DocumentText | { unreadable: string } {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement as Element | null;
  if (!root || root.localName !== 'TEI') return { unreadable: 'no <TEI> root element' };
  const body = descendants(root, '*', 'body')[0];
  if (!body) return { unreadable: 'no <text><body> in it' };
  const view: ViewLine[] = [];
  let comments = 0;
  const add = (text: string, hint?: RawLine['hint']): void => {
    const line = xmlText(text);
    if (line === '') return;
    if (view.length > 0) view.push({ text: '' });
    view.push(hint ? { text: line, hint } : { text: line });
  };
  const read = (node: Element): void => {
    for (const element of childElements(node)) {
      const name = element.localName;
      if (name === 'div' && COMMENTS.test(element.getAttribute('type') ?? '')) {
        comments += childElements(element).filter((child) => xmlText(child.textContent) !== '').length;
        continue;
      }
      if (name === 'div' || name === 'list' || name === 'quote' || name === 'lg') read(element);
      else if (name === 'note' || name === 'figure' || name === 'table' || name === 'graphic') add(element.textContent, { media: true });
      // (A division's head, a header block: a head, lesser than the article's headline.)
      else if (name === 'head' || (name === 'ab' && element.getAttribute('type') === 'header')) add(element.textContent, { heading: 2 });
      else add(element.textContent);
    }
  };
  read(body);
  if (view.length === 0) return { unreadable: 'no text in its <body>' };
  const facts = headerFacts(root);
  // The title the header states is the article's headline: set under the heads the body opens with, over its text (a
  // rubric, `<ab type="header">一线调研</ab>`, is the headline's kicker), unless the body prints it.
  const title = facts['title'];
  if (title !== undefined && !view.some((line) => line.text === title)) {
    const opening = view.findIndex((line) => line.text !== '' && line.hint?.heading === undefined);
    const at = opening === -1 ? view.length : opening;
    view.splice(at, 0, { text: title, hint: { heading: 1 } }, { text: '' });
  }
  const { text, lines } = viewText(view);
  return {
    kind: 'tei',
    text,
    lines,
    leftOut: [],
    parts: { ...NO_WORD_PARTS, comments },
    ...(Object.keys(facts).length > 0 ? { frontmatter: facts } : {}),
  };
}

/**
 * The header's facts under front matter's names: `title` (the title statement's main title), `author`, `source` (the source's
 * publisher, without the site's address a tool puts after it: `经济日报 (paper.ce.cn)` → 经济日报), `date` (the source's or
 * the publication's date, never a download's).
 */
function headerFacts(root: Element): Record<string, string> {
  const facts: Record<string, string> = {};
  const header = childElements(root, 'teiHeader')[0];
  const fileDesc = header ? childElements(header, 'fileDesc')[0] : undefined;
  if (!fileDesc) return facts;
  const titleStmt = childElements(fileDesc, 'titleStmt')[0];
  const titles = titleStmt ? childElements(titleStmt, 'title') : [];
  const title = xmlText((titles.find((each) => each.getAttribute('type') === 'main') ?? titles[0])?.textContent ?? '');
  // (Not a file's id set as its title, `jcrb_20240308_02_001`: no headline.)
  if (title !== '' && !/^[A-Za-z0-9_.-]+$/u.test(title)) facts['title'] = title;
  const author = xmlText((titleStmt ? childElements(titleStmt, 'author')[0]?.textContent : undefined) ?? '');
  if (author !== '') facts['author'] = author;
  // The source the text was taken from (`<sourceDesc>`: its `<biblFull>`'s statement, a `<bibl>`'s publisher and date, a
  // journal's title): the paper and its day. The file's own statement only where the source names neither: an edition's
  // publisher and the day it was made are not the paper's.
  const source = childElements(fileDesc, 'sourceDesc')[0];
  const described = source ? [...descendants(source, '*', 'publicationStmt'), ...descendants(source, '*', 'bibl')] : [];
  const journal = source ? descendants(source, '*', 'title').find((element) => element.getAttribute('level') === 'j') : undefined;
  const own = childElements(fileDesc, 'publicationStmt');
  const publisherOf = (elements: Element[]): string | undefined =>
    elements.map((element) => xmlText(childElements(element, 'publisher')[0]?.textContent ?? '')).find((name) => name !== '');
  const dateOf = (elements: Element[]): string | undefined =>
    elements
      .flatMap((element) => childElements(element, 'date'))
      .map((element) => element.getAttribute('when') || xmlText(element.textContent))
      .find((value) => /^[0-9]{4}-[0-9]{2}-[0-9]{2}/u.test(value));
  const sourced = { publisher: publisherOf(described) ?? (journal ? xmlText(journal.textContent) || undefined : undefined), date: dateOf(described) };
  const { publisher, date } = sourced.publisher === undefined && sourced.date === undefined ? { publisher: publisherOf(own), date: dateOf(own) } : sourced;
  if (publisher !== undefined) facts['source'] = publisher.replace(/\s*[(（][^()（）]*\.[a-z]{2,}[^()（）]*[)）]$/iu, '');
  if (date !== undefined) facts['date'] = date;
  return facts;
}
