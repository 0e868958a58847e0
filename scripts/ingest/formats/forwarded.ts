/**
 * A forwarded e-mail's head inside its text: a reader who forwards a paper's e-mail edition to an archive's address sends
 * their own note, then the mail program's separator and the original message's headers, then the edition. Gmail writes
 * `---------- Forwarded message ---------` / `From: 江城晚报 <news@…>` / `Date: …` / `Subject: …`; Outlook
 * `-----Original Message-----` (`-----原始邮件-----`) or a rule of underscores over `发件人:` / `发送时间:` / `主题:`;
 * Thunderbird and Foxmail `-------- 转发的消息 --------` over `主题：` / `日期：` / `发件人：`; QQ Mail
 * `------------------ 原始邮件 ------------------`; Apple Mail `Begin forwarded message:` (`开始转发的邮件：`).
 *
 * The forwarder's lines and the separator with its headers are the e-mail's furniture, not the paper's text: they are
 * marked as a note's properties are (kept as printed in `extras`, never a head or a section), and the original
 * message's subject, date and sender are the e-mail's facts in place of the forward's (`formats/email.ts` gives the
 * outer ones). Owns nothing else; imports only the line type.
 *
 * @example
 *   forwardedHead(lines) // → {lines (the head's marked), marked: 6, subject: '老街区改造启动', date: '2024年3月12日周二 07:00', sender: '江城日报 <news@jcrb.example>'}
 */
import type { RawLine } from '../types.ts';

/** The original message's facts as its forwarded head prints them, and the lines with that head marked. */
export interface ForwardedHead {
  lines: RawLine[];
  /** How many lines were marked: the forwarder's own, the separator and the headers. */
  marked: number;
  subject?: string;
  /** As printed (`2024年3月12日周二 07:00`, `Tue, Mar 12, 2024 at 7:00 AM`). */
  date?: string;
  /** As printed (`江城日报 <news@jcrb.example>`). */
  sender?: string;
}

/** A mail program's line over a forwarded or quoted message: a label between rules, or Apple Mail's sentence. */
const SEPARATOR = new RegExp(
  [
    // (`---------- Forwarded message ---------`, `-----Original Message-----`, `-------- 转发的消息 --------`, QQ's `------------------ 原始邮件 ------------------`)
    '^[-=]{2,}\\s*(?:Forwarded (?:message|Message|Mail)|Original (?:Message|message)|转发的消息|轉寄的訊息|轉寄的郵件|转发邮件信息|原始邮件|原始郵件|原邮件|原郵件|邮件原文)\\s*[-=]{2,}$',
    // (Apple Mail's, in English and Chinese)
    '^(?:Begin forwarded message|开始转发的邮件|開始轉寄的郵件|下面是被转发的邮件|以下是转发的邮件)\\s*[:：]?$',
    // (Outlook's rule of underscores, over the headers alone)
    '^_{10,}$',
  ].join('|'),
  'u',
);

/** A header line of the forwarded message, by its label in the mail program's languages. */
const HEADER =
  /^(From|发件人|發件人|寄件者|寄件人|Date|Sent|日期|发送时间|發送時間|发送日期|寄件日期|时间|時間|Subject|主题|主題|主旨|To|收件人|Cc|抄送|副本|Reply-To)\s*[:：]\s*(.*)$/iu;

const SUBJECT = /^(?:subject|主题|主題|主旨)$/iu;
const DATE = /^(?:date|sent|日期|发送时间|發送時間|发送日期|寄件日期|时间|時間)$/iu;
const SENDER = /^(?:from|发件人|發件人|寄件者|寄件人)$/iu;

/** How far down the text a forward's head may start: a few lines of the forwarder's note. */
const FORWARD_TOP = 30;
/** How many lines may stand between one forward's head and the next (a forward of a forward, with a note between). */
const FORWARD_GAP = 4;

/**
 * The forwarded head at the top of an e-mail's text — a separator with two header lines or more under it (one of them its
 * sender or subject) — and the last of several when a forward was forwarded; `undefined` when the text has none.
 */
export function forwardedHead(lines: RawLine[]): ForwardedHead | undefined {
  let found: { end: number; headers: Map<string, string> } | undefined;
  let from = 0;
  let limit = FORWARD_TOP;
  for (;;) {
    const next = headAfter(lines, from, limit);
    if (!next) break;
    found = next;
    from = next.end;
    limit = next.end + FORWARD_GAP;
  }
  if (!found) return undefined;
  const value = (label: RegExp): string | undefined => [...found.headers].find(([name, text]) => label.test(name) && text !== '')?.[1];
  const subject = value(SUBJECT);
  const date = value(DATE);
  const sender = value(SENDER);
  const marked = found.end;
  return {
    lines: lines.map((line, index) => (index < marked ? { ...line, hint: { media: true, properties: true } } : line)),
    marked,
    ...(subject === undefined ? {} : { subject }),
    ...(date === undefined ? {} : { date }),
    ...(sender === undefined ? {} : { sender }),
  };
}

/** The first separator from `from` (starting before `limit`) with its headers under it: the index after them, and the headers by label. */
function headAfter(lines: RawLine[], from: number, limit: number): { end: number; headers: Map<string, string> } | undefined {
  for (let index = from; index < Math.min(lines.length, limit); index += 1) {
    if (!SEPARATOR.test(lines[index]!.text)) continue;
    const headers = new Map<string, string>();
    let end = index + 1;
    for (; end < lines.length; end += 1) {
      const header = HEADER.exec(lines[end]!.text);
      if (!header) break;
      headers.set(header[1]!, header[2]!.trim());
    }
    // (Under a bare rule of underscores, as Outlook sets it, the sender too: a notice's `主题：` / `时间：` under a rule is no message's.)
    const names = [...headers.keys()];
    const sender = names.some((name) => SENDER.test(name));
    if (headers.size >= 2 && (sender || names.some((name) => SUBJECT.test(name))) && (sender || !/^_+$/u.test(lines[index]!.text))) return { end, headers };
  }
  return undefined;
}
