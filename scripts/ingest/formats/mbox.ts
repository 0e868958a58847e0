/**
 * A mailbox file (`.mbox`, as Thunderbird, Apple Mail and mail archives keep a folder of mail): messages one after
 * another, each opened by its `From ` line (`From news@jcwb.cn Sat Apr 20 06:07:04 2024`) at the file's start or
 * after a blank line. Each message is an e-mail of its own (`formats/email.ts`), named by its place in the box.
 *
 * @example
 *   mboxMessages(bytes) // → [{name: '邮件1.eml', bytes: <Buffer …>, line: 1}, …]
 */

export interface MboxMessage {
  /** Its name inside the box: `邮件1.eml`, `邮件2.eml`, … */
  name: string;
  /** The message, without its `From ` line. */
  bytes: Buffer;
  /** The line of the box its `From ` line stands on. */
  line: number;
}

/**
 * A message's separator line: `From `, the sender's address or `-`, then the time it was received as `asctime` writes it
 * (`Sat Apr 20 06:07:04 2024`; mboxo, mboxrd, mboxcl). A line of a message's text that opens on `From ` has no such time.
 */
const FROM_LINE = /^From \S+ +[A-Z][a-z]{2} +[A-Z][a-z]{2} +[0-9]{1,2} +[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?: +\S+)? +[0-9]{4}\b/u;

/** The messages of a mailbox; none when the file does not open on a `From ` line (no mailbox). */
export function mboxMessages(bytes: Buffer): MboxMessage[] {
  // (Latin-1 keeps every byte as one character: a message is bytes until its own charset says otherwise.)
  const text = bytes.toString('latin1');
  const lines = text.split('\n');
  if (!FROM_LINE.test(lines[0]?.replace(/\r$/u, '') ?? '')) return [];
  const starts: number[] = [];
  let offset = 0;
  const offsets: number[] = [];
  lines.forEach((line, index) => {
    offsets.push(offset);
    offset += line.length + 1;
    const previous = lines[index - 1]?.replace(/\r$/u, '');
    if (FROM_LINE.test(line.replace(/\r$/u, '')) && (index === 0 || previous === '')) starts.push(index);
  });
  return starts.map((start, k) => {
    const from = offsets[start]! + lines[start]!.length + 1;
    const to = k + 1 < starts.length ? offsets[starts[k + 1]!]! : text.length;
    return { name: `邮件${k + 1}.eml`, bytes: Buffer.from(text.slice(from, to), 'latin1'), line: start + 1 };
  });
}
