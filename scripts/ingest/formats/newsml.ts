/**
 * NewsML-G2 — IPTC's envelope for news, as wires and editorial systems send a day's stories: a `<newsMessage>` holding
 * `<newsItem>`s (or one `<newsItem>` alone), each with its metadata (`<itemMeta>`: the `<provider>`, an editor's
 * `<edNote>`; `<contentMeta>`: the `<headline>`, `<creator>`s, a `<slugline>`) and its content (`<contentSet>`: the story
 * inline as NITF, as XHTML, or as plain text in `<inlineData>`). Each story item is read as a document of its own
 * (`archive-entries.ts`, as a mailbox's messages are), named by its id (`jcrb_20240504.xml#JCRB-20240504-01-001.nitf`):
 * an NITF story as NITF (`formats/nitf.ts`), with the item's facts put in the head it lacks — the provider as its paper
 * (`<pubdata name>`), a page the editor's note or slugline names (`拟用：5月4日第1版` → `第1版`), the headline as its
 * `<title>`, the creators as a byline when its body has none; XHTML and plain text as an HTML page titled by the headline.
 * Items that hold no story — a package (a page plan), a picture, a concept — are named and left out. Its stamps
 * (`<versionCreated>`, `<contentCreated>`) are when it was written, not the paper's day: they date nothing.
 *
 * @example
 *   newsMlStories(xml) // → { stories: [{ name: 'JCRB-20240504-01-001.nitf', bytes }], leftOut: ['packageItem `layout` (a package of items, no story)'] }
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { childElements, escapeXml as escape } from './office-xml.ts';

export interface NewsMlStory {
  /** Its name inside the message: the item's id (`JCRB-20240504-01-001.nitf`), else its place (`稿件3.nitf`). */
  name: string;
  bytes: Buffer;
}

/** A NewsML-G2 message or item, by its root element (after the XML declaration and comments). */
export function isNewsMl(text: string): boolean {
  return /^\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:[A-Za-z][\w.-]*:)?(?:newsMessage|newsItem)[\s>]/u.test(text.slice(0, 4096));
}

/** The story items of a message, each as a document; and what it held besides, named. */
export function newsMlStories(text: string): { stories: NewsMlStory[]; leftOut: string[] } {
  const root = new DOMParser().parseFromString(text, 'text/xml').documentElement as Element | null;
  if (!root) return { stories: [], leftOut: [] };
  const items =
    root.localName === 'newsItem' ? [root] : [...childElements(root, 'itemSet').flatMap((set) => childElements(set)), ...childElements(root, 'newsItem')];
  const stories: NewsMlStory[] = [];
  const leftOut: string[] = [];
  // (An item sent again is its later version: the earlier one is superseded.)
  const latest = new Map<string, number>();
  for (const item of items) {
    const guid = item.getAttribute('guid') ?? '';
    if (guid !== '') latest.set(guid, Math.max(latest.get(guid) ?? 0, Number(item.getAttribute('version')) || 1));
  }
  items.forEach((item, index) => {
    const id = idOf(item) ?? `稿件${index + 1}`;
    const guid = item.getAttribute('guid') ?? '';
    const version = Number(item.getAttribute('version')) || 1;
    if (guid !== '' && version < latest.get(guid)!) {
      leftOut.push(`version ${version} of \`${id}\` (superseded by version ${latest.get(guid)!})`);
      return;
    }
    const status = childElements(childElements(item, 'itemMeta')[0] ?? item, 'pubStatus')[0]?.getAttribute('qcode') ?? '';
    if (/canceled|cancelled|withheld/iu.test(status)) {
      leftOut.push(`\`${id}\` (${status}: withdrawn, 撤稿)`);
      return;
    }
    const story = item.localName === 'newsItem' ? storyOf(item) : undefined;
    if (story === undefined) {
      leftOut.push(
        `${item.localName} \`${id}\` (${item.localName === 'packageItem' ? 'a package of items, no story' : item.localName === 'newsItem' ? `${itemClass(item) ?? 'an item'} with no text` : 'no story'})`,
      );
      return;
    }
    stories.push({ name: `${id}.${story.extension}`, bytes: Buffer.from(story.text, 'utf8') });
  });
  return { stories, leftOut };
}

interface ItemFacts {
  headline?: string;
  /** A second headline (`<headline role="hld:subHeadline">`): its subtitle. */
  subheadline?: string;
  provider?: string;
  page?: string;
  creators: string[];
}

/** An item's story as a document (NITF, or an HTML page), with its facts; `undefined` when it holds none. */
function storyOf(item: Element): { text: string; extension: 'nitf' | 'html' } | undefined {
  const facts = factsOf(item);
  for (const content of childElements(item, 'contentSet').flatMap((set) => childElements(set))) {
    if (content.localName === 'inlineXML') {
      const nitf = childElements(content, 'nitf')[0];
      if (nitf) return { text: withHead(nitf, facts), extension: 'nitf' };
      const html = childElements(content, 'html')[0];
      if (html) return { text: withHtmlHead(html, facts), extension: 'html' };
    } else if (content.localName === 'inlineData' && content.textContent.trim() !== '') {
      return { text: textPage(content.textContent, facts), extension: 'html' };
    }
  }
  return undefined;
}

/** The facts an item's metadata gives: its headline, provider, a page an editor's note or slugline names, its creators. */
function factsOf(item: Element): ItemFacts {
  const itemMeta = childElements(item, 'itemMeta')[0];
  const contentMeta = childElements(item, 'contentMeta')[0];
  const text = (element: Element | undefined): string => element?.textContent.replace(/\s+/gu, ' ').trim() ?? '';
  const named = (element: Element | undefined): string => element?.getAttribute('literal')?.trim() || text(childElements(element ?? item, 'name')[0]);
  const headlines = contentMeta ? childElements(contentMeta, 'headline') : [];
  const sub = headlines.find((element) => /sub/iu.test(element.getAttribute('role') ?? ''));
  const headline = text(headlines.find((element) => element !== sub));
  const subheadline = text(sub);
  const provider = named(itemMeta ? childElements(itemMeta, 'provider')[0] : undefined);
  const notes = [...(itemMeta ? childElements(itemMeta, 'edNote') : []), ...(contentMeta ? childElements(contentMeta, 'slugline') : [])].map(text);
  const page = notes.map((note) => /第\s*[A-Z]?[0-9]{1,3}\s*版/u.exec(note)?.[0]).find((found) => found !== undefined);
  const creators = (contentMeta ? childElements(contentMeta, 'creator') : []).map(named).filter((name) => name !== '');
  return { ...(headline ? { headline } : {}), ...(subheadline ? { subheadline } : {}), ...(provider ? { provider } : {}), ...(page ? { page } : {}), creators };
}

/** An NITF story with the item's facts in a head of its own (`<pubdata>`, `<title>`) and a byline where its body has none. */
function withHead(nitf: Element, facts: ItemFacts): string {
  const document = nitf.ownerDocument;
  const make = (name: string): Element => document.createElementNS(nitf.namespaceURI, name);
  let head = childElements(nitf, 'head')[0];
  if (!head) {
    head = make('head');
    nitf.insertBefore(head, nitf.firstChild);
  }
  if (facts.headline && childElements(head, 'title').length === 0) {
    const title = make('title');
    title.appendChild(document.createTextNode(facts.headline));
    head.appendChild(title);
  }
  if ((facts.provider || facts.page) && childElements(head, 'pubdata').length === 0) {
    const pubdata = make('pubdata');
    if (facts.provider) pubdata.setAttribute('name', facts.provider);
    if (facts.page) pubdata.setAttribute('position.section', facts.page);
    head.appendChild(pubdata);
  }
  const body = childElements(nitf, 'body')[0];
  const bodyHead = body ? childElements(body, 'body.head')[0] : undefined;
  const hedline = bodyHead ? childElements(bodyHead, 'hedline')[0] : undefined;
  if (hedline && facts.subheadline && childElements(hedline, 'hl2').length === 0) {
    const hl2 = make('hl2');
    hl2.appendChild(document.createTextNode(facts.subheadline));
    hedline.appendChild(hl2);
  }
  if (bodyHead && facts.creators.length > 0 && childElements(bodyHead, 'byline').length === 0) {
    const byline = make('byline');
    byline.appendChild(document.createTextNode(facts.creators.join('　')));
    bodyHead.appendChild(byline);
  }
  return new XMLSerializer().serializeToString(nitf);
}

/** An XHTML story with the item's facts in its head: its headline (when it has no title), provider, creators, a second headline. */
function withHtmlHead(html: Element, facts: ItemFacts): string {
  const page = new XMLSerializer().serializeToString(html);
  const metas = [
    ...(facts.provider ? [`<meta name="source" content="${escape(facts.provider)}"/>`] : []),
    ...(facts.creators.length > 0 ? [`<meta name="author" content="${escape(facts.creators.join('　'))}"/>`] : []),
    ...(facts.headline ? [`<meta name="title" content="${escape(facts.headline)}"/>`] : []),
  ].join('');
  return /<head[\s>]/u.test(page) ? page.replace(/<head([^>]*)>/u, `<head$1>${metas}`) : page.replace(/<html([^>]*)>/u, `<html$1><head>${metas}</head>`);
}

/** Plain text in `<inlineData>` as an HTML page: titled by the headline, its provider its source, its creators its author, a paragraph a line. */
function textPage(text: string, facts: ItemFacts): string {
  const paragraphs = text
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => `<p>${escape(line)}</p>`);
  const head = [
    '<meta charset="utf-8">',
    ...(facts.headline ? [`<title>${escape(facts.headline)}</title>`] : []),
    ...(facts.provider ? [`<meta name="source" content="${escape(facts.provider)}">`] : []),
    ...(facts.creators.length > 0 ? [`<meta name="author" content="${escape(facts.creators.join('　'))}">`] : []),
  ];
  // (The headline is the page's `<title>`, which stands for its title as front matter's would: its author then its byline.)
  return `<!DOCTYPE html>\n<html>\n<head>\n${head.join('\n')}\n</head>\n<body>\n${paragraphs.join('\n')}\n</body>\n</html>\n`;
}

/** An item's id as a name: the last part of its `guid` (`urn:newsml:jcrb.cn:20240504:JCRB-20240504-01-001`), when it makes one. */
function idOf(item: Element): string | undefined {
  const last = (item.getAttribute('guid') ?? '').split(/[:/]/u).at(-1) ?? '';
  return /^[\w.-]{1,80}$/u.test(last) ? last : undefined;
}

/** An item's class (`ninat:picture` → `a picture`), for the note that leaves it out. */
function itemClass(item: Element): string | undefined {
  const meta = childElements(item, 'itemMeta')[0];
  const qcode = meta ? childElements(meta, 'itemClass')[0]?.getAttribute('qcode') : undefined;
  const kind = qcode?.split(':').at(-1);
  return kind ? `a ${kind}` : undefined;
}
