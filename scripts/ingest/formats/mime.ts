/**
 * MIME (RFC 2045–2047), as web archives (`formats/mhtml.ts`), e-mails (`formats/email.ts`) and web crawls' records
 * (`formats/warc.ts`) hold their parts: a part's headers and body, a multipart body's parts between its boundaries,
 * a header's parameters, a body's transfer encoding undone, bytes read in a declared charset, and a header's encoded
 * words (`=?gbk?B?…?=`). Owns no format's choice of which part to read.
 *
 * @example
 *   splitPart('Content-Type: text/html; charset=gbk\r\n\r\n<html>…') // → {headers: Map {'content-type' => 'text/html; charset=gbk'}, body: '<html>…'}
 */
import { decode } from '../decode.ts';

export interface Part {
  headers: Map<string, string>;
  /** The part's body as bytes, each a character of a Latin-1 string (a MIME body is bytes until its charset says otherwise). */
  body: string;
}

/** A part's headers (unfolded, names lower-cased) and body; `undefined` when the text holds no blank line after headers. */
export function splitPart(text: string): Part | undefined {
  const end = /\r?\n\r?\n/u.exec(text);
  if (!end) return undefined;
  const headers = new Map<string, string>();
  const unfolded = text.slice(0, end.index).replace(/\r?\n[ \t]+/gu, ' ');
  for (const line of unfolded.split(/\r?\n/u)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: text.slice(end.index + end[0].length) };
}

/** The parts of a multipart body, between its `--boundary` lines. */
export function multipartParts(body: string, boundary: string): Part[] {
  const delimiter = `--${boundary}`;
  const pieces = body.split(new RegExp(`\\r?\\n?${escapeRegExp(delimiter)}(?:--)?[ \\t]*(?:\\r?\\n|$)`, 'u'));
  // (The preamble before the first boundary and the epilogue after the last are no parts.)
  return pieces
    .slice(1)
    .map((piece) => splitPart(piece))
    .filter((part): part is Part => part !== undefined && part.headers.size > 0);
}

/** A header's parameter (`boundary="----=_NextPart_000"`, `charset=gb2312`). */
export function parameter(header: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'iu').exec(header);
  return match ? (match[1] ?? match[2]) : undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** A body's bytes under its transfer encoding. */
export function transferDecoded(body: string, transfer: string): Buffer {
  if (transfer === 'base64') return Buffer.from(body.replace(/[^A-Za-z0-9+/=]/gu, ''), 'base64');
  if (transfer === 'quoted-printable') {
    // Soft line breaks (`=` at a line's end) join; `=XX` is the byte XX.
    const joined = body.replace(/=\r?\n/gu, '');
    return Buffer.from(
      joined.replace(/=([0-9A-Fa-f]{2})/gu, (_match, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
      'latin1',
    );
  }
  return Buffer.from(body, 'latin1');
}

/** Bytes decoded in a declared charset (`gb2312` read as its superset GB18030); `undefined` for a charset this runtime does not know. */
export function decodedAs(bytes: Buffer, charset: string): string | undefined {
  const label = /^(?:gb2312|gbk|x-gbk|gb_2312-80|csgb2312)$/iu.test(charset) ? 'gb18030' : charset;
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * A text part's text, decoded: its transfer encoding undone, its declared charset read (or, where it declares none or one
 * this runtime does not know, its encoding detected), with the charset and transfer encoding as read.
 */
export function partText(part: Part): { text: string; charset: string; transfer: string } {
  const transfer = (part.headers.get('content-transfer-encoding') ?? '8bit').trim().toLowerCase();
  const body = transferDecoded(part.body, transfer);
  const declared = parameter(part.headers.get('content-type') ?? '', 'charset');
  const text = declared === undefined ? undefined : decodedAs(body, declared);
  if (text !== undefined) return { text, charset: declared!.toLowerCase(), transfer };
  const detected = decode(body);
  return { text: detected.text, charset: detected.encoding, transfer };
}

/** An encoded word of a header (`=?gbk?B?va2zx83tsag=?=`, `=?utf-8?Q?=E6=B1=9F?=`): charset, encoding, text. */
const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/gu;

/**
 * A header's text with its encoded words decoded (RFC 2047): each word's bytes read in its charset, the white space
 * between two adjacent encoded words dropped (a subject folded over lines); a word in a charset this runtime does not
 * know is kept as it stands.
 */
export function decodedHeader(value: string): string {
  return value.replace(/\?=\s+=\?/gu, '?==?').replace(ENCODED_WORD, (word, charset: string, encoding: string, text: string) => {
    const bytes = encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : transferDecoded(text.replace(/_/gu, ' '), 'quoted-printable');
    return decodedAs(bytes, charset) ?? word;
  });
}
