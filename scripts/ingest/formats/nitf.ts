/**
 * NITF — the News Industry Text Format (IPTC), as newsroom systems and wires export a story: one `<nitf>` document a story,
 * its head's facts (`<pubdata name="江城日报" date.publication="20240308T000000+0800" position.section="01版">`,
 * `<docdata><date.issue norm="…">`, `<title>`), and its body's head (`<hedline><hl1>` the headline, `<hl2>` a subtitle or,
 * classed so, a kicker; `<byline>`, `<dateline>`), text (`<body.content>`: `<p>`, a subhead `<hl2>`, a `<block>` of them,
 * a `<media>` with its caption) and end (`<tagline>`, an editor's credit). Read into a text view of one line a paragraph
 * with the heads marked as headings, and its facts as front matter: the paper, the date, the page. What the view
 * does not print as text — the dateline, a picture's caption, the tagline — is kept as printed (`media`).
 *
 * @example
 *   readNitf('<nitf><head>…</head><body>…</body></nitf>') // → { kind: 'nitf', text, lines, frontmatter: {source: '江城日报', date: '2024-03-08T00:00:00+08:00', page: '01版'} }
 */
import { DOMParser } from '@xmldom/xmldom';
import { childElements, descendants, xmlText } from './office-xml.ts';
import { NO_WORD_PARTS, viewText, type DocumentText } from './word.ts';
import type { RawLine } from '../types.ts';

/** An NITF document, by its root element (`<nitf>`, after the XML declaration, comments and doctype): not a NewsML message that holds NITF bodies. */
export function isNitf(text: string): boolean {
  return /^\ufeff?\s*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<nitf[\s>]/u.test(text.slice(0, 4096));
}

/** A `<hl2>` classed as a kicker (引题), printed over the headline: `class="kicker"`, `overline`, `引题`. */
const KICKER_CLASS = /kicker|overline|pretitle|引题|引題|肩题|肩題/iu;

type ViewLine = { text: string; hint?: RawLine['hint'] };

/** A story in NITF as a text view and its facts; or why it cannot be read. */
export function readNitf(xml: string): DocumentText | { unreadable: string } {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement as Element | null;
  if (!root || root.localName !== 'nitf') return { unreadable: 'no <nitf> root element' };
  const body = childElements(root, 'body')[0];
  if (!body) return { unreadable: 'no <body> element' };
  const view: ViewLine[] = [];
  const add = (text: string, hint?: RawLine['hint']): void => {
    const line = xmlText(text);
    if (line === '') return;
    if (view.length > 0) view.push({ text: '' });
    view.push(hint ? { text: line, hint } : { text: line });
  };
  const head = childElements(body, 'body.head')[0];
  const hedline = head ? childElements(head, 'hedline')[0] : undefined;
  const subheads = hedline ? childElements(hedline, 'hl2') : [];
  for (const kicker of subheads.filter(isKicker)) add(kicker.textContent, { heading: 2 });
  for (const headline of hedline ? childElements(hedline, 'hl1') : []) add(headline.textContent, { heading: 1 });
  for (const subtitle of subheads.filter((subhead) => !isKicker(subhead))) add(subtitle.textContent, { heading: 2 });
  for (const element of head ? childElements(head) : []) {
    if (element.localName === 'byline') add(element.textContent);
    else if (element.localName === 'dateline' || element.localName === 'abstract' || element.localName === 'series' || element.localName === 'rights')
      add(element.textContent, { media: true });
  }
  for (const content of childElements(body, 'body.content')) readContent(content, add);
  for (const end of childElements(body, 'body.end')) for (const element of childElements(end)) add(element.textContent, { media: true });
  if (view.length === 0) return { unreadable: 'no text in its <body>' };
  const { text, lines } = viewText(view);
  const facts = headFacts(root);
  return { kind: 'nitf', text, lines, leftOut: [], parts: NO_WORD_PARTS, ...(Object.keys(facts).length > 0 ? { frontmatter: facts } : {}) };
}

/** The story's text, block by block: a paragraph a line, a subhead marked as one, a picture's caption kept as printed. */
function readContent(node: Element, add: (text: string, hint?: RawLine['hint']) => void): void {
  for (const element of childElements(node)) {
    const name = element.localName;
    if (name === 'p' || name === 'pre' || name === 'bq' || name === 'fn' || name === 'note') add(element.textContent);
    else if (name === 'hl2') add(element.textContent, { heading: 3 });
    else if (name === 'block' || name === 'ol' || name === 'ul' || name === 'dl') readContent(element, add);
    else if (name === 'li' || name === 'dt' || name === 'dd') add(element.textContent);
    else if (name === 'table' || name === 'media' || name === 'hr') add(element.textContent, { media: true });
    else add(element.textContent);
  }
}

function isKicker(subhead: Element): boolean {
  return KICKER_CLASS.test(subhead.getAttribute('class') ?? '') || KICKER_CLASS.test(subhead.getAttribute('style') ?? '');
}

/**
 * The head's facts under front matter's names: `source` the paper (`pubdata@name`), `date` the issue's (`pubdata@date.publication`,
 * else `date.issue`; ISO 8601's basic form, `20240308T000000+0800`, written out), `page` (`position.section`, `01版`, when it
 * names a page), `title` (`<title>`, for a story whose body prints no headline), `author` (a `<meta name="author">`).
 */
function headFacts(root: Element): Record<string, string> {
  const facts: Record<string, string> = {};
  const head = childElements(root, 'head')[0];
  if (!head) return facts;
  const pubdata = childElements(head, 'pubdata')[0];
  const docdata = childElements(head, 'docdata')[0];
  const name = pubdata?.getAttribute('name')?.trim();
  if (name) facts['source'] = name;
  const issued = docdata ? childElements(docdata, 'date.issue')[0]?.getAttribute('norm') : undefined;
  // (xmldom gives an absent attribute as empty: `||`, not `??`.)
  const date = moment(pubdata?.getAttribute('date.publication') || issued || '');
  if (date !== undefined) facts['date'] = date;
  const section = pubdata?.getAttribute('position.section')?.trim();
  if (section && /^(?:第\s*)?[A-Z]?[0-9]{1,3}\s*版|^[A-Z][0-9]{1,3}$|^[0-9]{1,3}$/u.test(section)) facts['page'] = section;
  const title = xmlText(childElements(head, 'title')[0]?.textContent ?? '');
  if (title !== '') facts['title'] = title;
  const author = descendants(head, '*', 'meta')
    .find((meta) => meta.getAttribute('name') === 'author')
    ?.getAttribute('content')
    ?.trim();
  if (author) facts['author'] = author;
  return facts;
}

/** A date or moment in ISO 8601's basic form (`20240308T000000+0800`, `20240308`) written out (`2024-03-08T00:00:00+08:00`); as given when extended already. */
function moment(value: string): string | undefined {
  const basic = /^([0-9]{4})([0-9]{2})([0-9]{2})(?:T([0-9]{2})([0-9]{2})([0-9]{2})?([+-][0-9]{2})([0-9]{2})?|T([0-9]{2})([0-9]{2})([0-9]{2})?Z?)?$/u.exec(
    value.trim(),
  );
  if (basic) {
    const [, year, month, day, hour, minute, second, zoneHour, zoneMinute, utcHour, utcMinute, utcSecond] = basic;
    if (hour !== undefined) return `${year}-${month}-${day}T${hour}:${minute}:${second ?? '00'}${zoneHour}:${zoneMinute ?? '00'}`;
    if (utcHour !== undefined) return `${year}-${month}-${day}T${utcHour}:${utcMinute}:${utcSecond ?? '00'}Z`;
    return `${year}-${month}-${day}`;
  }
  return /^[0-9]{4}-[0-9]{2}-[0-9]{2}/u.test(value.trim()) ? value.trim() : undefined;
}
