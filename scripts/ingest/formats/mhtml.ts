/**
 * A web archive (`.mht`, `.mhtml`): a page saved by a browser as one file —
 * Internet Explorer's and Chrome's "single file" saves, Word's "web archive",
 * as keepers of e-paper pages saved them for years. It is MIME (RFC 2557):
 * a `multipart/related` message whose parts are the page and its pictures,
 * each in its own transfer encoding (quoted-printable, base64) and charset.
 * This takes out the page — the `start` part, else the first `text/html` one —
 * decoded to text, and the address it was saved from, for `formats/html.ts`
 * to read as any saved page.
 *
 * @example
 *   readMhtml(bytes) // → {html: '<html>…', charset: 'gb2312', transfer: 'quoted-printable', address: 'http://…', parts: 4}
 */
import { multipartParts, parameter, partText, splitPart, type Part } from './mime.ts';
import type { Capture, CapturedPage } from './warc.ts';

export interface WebArchive {
  /** The page, decoded. */
  html: string;
  /** The charset its part declares, or the encoding detected where it declares none. */
  charset: string;
  /** Its transfer encoding (`quoted-printable`, `base64`, `8bit`). */
  transfer: string;
  /** The address the page was saved from (`Snapshot-Content-Location`, `Content-Location`). */
  address?: string;
  /** How many parts the archive holds (the page, its pictures, its styles). */
  parts: number;
  /** The archive stops before its closing boundary (`--boundary--`): a download or a copy cut short. */
  cutShort?: true;
  /** The page is a frameset's frame (`<frameset>` in the part the archive starts with): the frame holding the most text was read. */
  framed?: true;
  /** Set for a page captured in a web crawl (`formats/warc.ts`): when, the site's media type, where its charset came from. */
  capture?: Pick<Capture, 'captured' | 'mediaType' | 'truncated'> & Pick<CapturedPage, 'passedOver'> & { charsetFrom: CapturedPage['from'] };
}

/** The page of a web archive; `unreadable` with why when the file is no MIME archive or holds no page. */
export function readMhtml(bytes: Uint8Array): WebArchive | { unreadable: string } {
  const raw = Buffer.from(bytes).toString('latin1');
  const root = splitPart(raw);
  if (!root || !root.headers.has('content-type')) return { unreadable: 'no MIME header (`Content-Type: multipart/related`) at its start' };
  const type = root.headers.get('content-type')!;
  const boundary = parameter(type, 'boundary');
  const parts = /^multipart\//iu.test(type) && boundary !== undefined ? multipartParts(root.body, boundary) : [root];
  const start = parameter(type, 'start')?.replace(/^<|>$/gu, '');
  const page =
    (start === undefined ? undefined : parts.find((part) => part.headers.get('content-id')?.replace(/^<|>$/gu, '') === start)) ??
    parts.find((part) => /^text\/html/iu.test(part.headers.get('content-type') ?? ''));
  if (!page) return { unreadable: `none of its ${parts.length} part${parts.length === 1 ? '' : 's'} is a page (\`text/html\`)` };
  let read = pageText(page);
  // A frameset's page (an e-paper saved by Internet Explorer) holds its frames' addresses, not their text: the frame read
  // is the page part with the most text.
  const framed = /<frameset\b/iu.test(read.html);
  if (framed) {
    const frames = parts.filter((part) => part !== page && /^text\/html/iu.test(part.headers.get('content-type') ?? '')).map(pageText);
    const fullest = frames.sort((a, b) => textLength(b.html) - textLength(a.html))[0];
    if (fullest) read = fullest;
  }
  const address = root.headers.get('snapshot-content-location') ?? read.location ?? root.headers.get('content-location');
  // (A multipart archive closes with `--boundary--`; one that stops before it was cut short.)
  const cutShort = boundary !== undefined && !root.body.includes(`--${boundary}--`);
  return {
    html: read.html,
    charset: read.charset,
    transfer: read.transfer,
    parts: parts.length,
    ...(address !== undefined && /^https?:\/\//iu.test(address.trim()) ? { address: address.trim() } : {}),
    ...(cutShort ? { cutShort: true as const } : {}),
    ...(framed ? { framed: true as const } : {}),
  };
}

/** A page part's text, decoded (`partText`), and the address it was saved from, if it names one. */
function pageText(part: Part): { html: string; charset: string; transfer: string; location?: string } {
  const { text, charset, transfer } = partText(part);
  const location = part.headers.get('content-location');
  return { html: text, charset, transfer, ...(location === undefined ? {} : { location }) };
}

/** How much text a page holds outside its markup (tags and scripts left out). */
function textLength(html: string): number {
  return html
    .replace(/<(script|style)\b[^]*?<\/\1>/giu, '')
    .replace(/<[^>]*>/gu, '')
    .replace(/\s+/gu, '').length;
}
