/**
 * An e-mail (`.eml`, RFC 5322; one message of an `.mbox`, `formats/mbox.ts`): a paper's e-mail edition or a
 * newsletter as a reader's mail program saves it. Its text is its HTML part where it has one (the edition as
 * set), else its plain-text part, found however deep its parts are nested (`multipart/mixed` around
 * `multipart/alternative` around `multipart/related`), its transfer encoding undone and read in its declared
 * charset. Its headers are facts as a front matter's are: `Subject` (encoded words decoded) its title, `Date` the
 * moment it was sent (counted in the paper's time zone), the sender's name (`From: 江城晚报 <news@…>`) its source.
 *
 * @example
 *   readEmail(bytes) // → {kind: 'html', body: '<html>…', charset: 'gbk', transfer: 'base64', parts: 2, subject: '江城晚报早班车 | 2024年3月14日', date: '2024-03-13T22:23:22.000Z', sender: '江城晚报'}
 */
import type { ForwardedHead } from './forwarded.ts';
import { decodedHeader, multipartParts, parameter, partText, splitPart, transferDecoded, type Part } from './mime.ts';

export interface Email {
  /** What its text is: its HTML part, or its plain-text one. */
  kind: 'html' | 'text';
  /** That part, decoded. */
  body: string;
  /** The charset the part declares, or the encoding detected where it declares none. */
  charset: string;
  /** Its transfer encoding (`base64`, `quoted-printable`, `8bit`). */
  transfer: string;
  /** How many parts the message holds, nested ones counted (its text in each form, its pictures, its attachments). */
  parts: number;
  /** The `Subject`, decoded. */
  subject?: string;
  /** The `Date` as the moment it names, in ISO form (`2024-03-13T22:23:22.000Z`); the header as printed when it names none. */
  date?: string;
  /** The sender's name, decoded (`江城晚报` of `江城晚报 <news@jcwb.cn>`). */
  sender?: string;
  /** Set when the subject, date and sender are a forwarded message's: as its head in the text prints them (`originalOf`), or a message attached to a forward. */
  forwarded?: true;
  /** A forward that attaches the message it forwards (Outlook's "forward as attachment"): the forwarder's own text, as its plain-text part has it. */
  forwarderText?: string;
}

/** A forward's subject: `Fwd:`, `FW:`, `转发：`, `轉寄：`. */
const FORWARD = /^(?:fwd?|转发|轉發|轉寄)\s*[:：]/iu;

/** A forward's or a reply's subject: `Fwd:`, `FW:`, `Re:`, `转发：`, `回复：`. */
const FORWARD_OR_REPLY = /^(?:fwd?|re|转发|轉發|回复|回覆)\s*[:：]/iu;

/** Whether a subject is a forward's (`Fwd: …`, `转发：…`): its text may hold the forwarded message's head, or attach the message. */
export function isForwardSubject(subject: string | undefined): boolean {
  return subject !== undefined && FORWARD.test(subject);
}

/** Whether a subject is a forward's or a reply's (`Re: …`, `回复：…` too): it names another's message, and titles nothing. */
export function isForwardOrReplySubject(subject: string | undefined): boolean {
  return subject !== undefined && FORWARD_OR_REPLY.test(subject);
}

/** How much text a forward's own part holds at most when the message it attaches is read in its place: a note of a few lines. */
const FORWARDER_TEXT_MAX = 500;

/** Headers that make a message an e-mail: a file of text with none of them is no e-mail. */
const MESSAGE_HEADERS = ['from', 'date', 'subject', 'message-id'];

/**
 * Whether a MIME file is a message sent by mail — its head names where it went (`Message-ID`, `Received`, `Return-Path`,
 * `To`) — rather than a page a browser saved as a web archive (`Snapshot-Content-Location`, `From: <Saved by Blink>`):
 * an e-mail named `.mht`.
 */
export function isMailMessage(bytes: Uint8Array): boolean {
  const root = splitPart(Buffer.from(bytes.subarray(0, 16384)).toString('latin1'));
  if (!root || root.headers.has('snapshot-content-location')) return false;
  return ['message-id', 'received', 'return-path', 'to'].some((name) => root.headers.has(name));
}

/** An e-mail's text and facts; or why it cannot be read. */
export function readEmail(bytes: Uint8Array): Email | { unreadable: string } {
  const root = splitPart(Buffer.from(bytes).toString('latin1'));
  if (!root || !MESSAGE_HEADERS.some((name) => root.headers.has(name))) return { unreadable: 'no message headers (`From:`, `Date:`, `Subject:`) at its start' };
  const parts = partsOf(root);
  // (Attachments hold no text of the message's own.)
  const leaves = parts.filter((part) => !/^attachment/iu.test(part.headers.get('content-disposition') ?? ''));
  // (Only a forward attaches the message it sends on in place of its own text: `FW: …`, `转发：…`.)
  const attached = isForwardSubject(header(root, 'subject')) ? attachedMessage(parts, leaves) : undefined;
  if (attached) return attached;
  const chosen =
    leaves.find((part) => /^text\/html/iu.test(part.headers.get('content-type') ?? '')) ??
    leaves.find((part) => /^text\/plain/iu.test(part.headers.get('content-type') ?? 'text/plain'));
  if (!chosen) return { unreadable: `none of its ${leaves.length} part${leaves.length === 1 ? '' : 's'} is text (\`text/html\`, \`text/plain\`)` };
  const { text, charset, transfer } = partText(chosen);
  const subject = header(root, 'subject');
  const date = header(root, 'date');
  const sender = senderName(header(root, 'from'));
  return {
    kind: /^text\/html/iu.test(chosen.headers.get('content-type') ?? '') ? 'html' : 'text',
    body: text,
    charset,
    transfer,
    parts: leaves.length,
    ...(subject === undefined ? {} : { subject }),
    ...(date === undefined ? {} : { date: momentOf(date) }),
    ...(sender === undefined ? {} : { sender }),
  };
}

/**
 * The e-mail as the message it forwards: the subject, date and sender its forwarded head prints
 * (`formats/forwarded.ts`) in place of the forward's own, which name the reader who forwarded it and the day they did.
 */
export function originalOf(email: Email, head: ForwardedHead): Email {
  const rest: Email = {
    kind: email.kind,
    body: email.body,
    charset: email.charset,
    transfer: email.transfer,
    parts: email.parts,
    ...(email.forwarderText === undefined ? {} : { forwarderText: email.forwarderText }),
  };
  const sender = senderName(head.sender);
  const date = head.date === undefined ? undefined : /[+-][0-9]{4}\b|\bGMT\b|\bUTC\b/u.test(head.date) ? momentOf(head.date) : head.date;
  return {
    ...rest,
    forwarded: true,
    ...(head.subject === undefined ? {} : { subject: head.subject }),
    ...(date === undefined ? {} : { date }),
    ...(sender === undefined ? {} : { sender }),
  };
}

/**
 * The message a forward attaches (`message/rfc822`, as Outlook forwards one as an attachment), read in place of the
 * forward, when the forward's own text is only a note (a few lines; `forwarderText`); `undefined` otherwise.
 */
function attachedMessage(parts: Part[], leaves: Part[]): Email | undefined {
  const part = parts.find((each) => /^message\/rfc822/iu.test(each.headers.get('content-type') ?? ''));
  if (!part) return undefined;
  const own =
    leaves.find((leaf) => /^text\/plain/iu.test(leaf.headers.get('content-type') ?? 'text/plain')) ??
    leaves.find((leaf) => /^text\//iu.test(leaf.headers.get('content-type') ?? ''));
  const words = own === undefined ? '' : withoutMarkup(partText(own).text);
  if (words.length > FORWARDER_TEXT_MAX) return undefined;
  const inner = readEmail(transferDecoded(part.body, (part.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase()));
  if ('unreadable' in inner) return undefined;
  return { ...inner, forwarded: true, ...(words === '' ? {} : { forwarderText: words }) };
}

/** A part's text without its tags and with its white space collapsed (an HTML note's words). */
function withoutMarkup(text: string): string {
  return text
    .replace(/<(?:style|script)[^>]*>[\s\S]*?<\/(?:style|script)>/giu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A message's parts that hold content, nested multiparts opened, in order: its text in each form, pictures, attachments, messages it holds. */
function partsOf(part: Part): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  const boundary = parameter(type, 'boundary');
  return /^multipart\//iu.test(type) && boundary !== undefined ? multipartParts(part.body, boundary).flatMap(partsOf) : [part];
}

/** A header's value, its encoded words decoded; `undefined` when absent or empty. */
function header(part: Part, name: string): string | undefined {
  const value = part.headers.get(name);
  return value === undefined || value.trim() === '' ? undefined : decodedHeader(value).trim();
}

/** The name in a sender's address (`江城晚报 <news@jcwb.cn>`, `"江城晚报" <…>`, QQ Mail's `"江城晚报"<…>;`); none for an address alone. */
function senderName(from: string | undefined): string | undefined {
  const name = from
    ?.replace(/<[^>]*>/u, '')
    .replace(/^["'\s]+|["'\s;,]+$/gu, '')
    .trim();
  return name === undefined || name === '' || name.includes('@') ? undefined : name;
}

/** The moment a `Date` header names, in ISO form (`Wed, 13 Mar 2024 22:23:22 +0000` → `2024-03-13T22:23:22.000Z`); as printed when it names none. */
function momentOf(printed: string): string {
  // (A zone's name in brackets after the offset, `+0800 (CST)`, names nothing more.)
  const moment = new Date(printed.replace(/\s*\([^)]*\)\s*$/u, ''));
  return Number.isNaN(moment.getTime()) ? printed : moment.toISOString();
}
