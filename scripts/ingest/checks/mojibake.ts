/**
 * Check: text damaged before it reached the archive — decoded once with the
 * wrong encoding and saved again (mojibake). Its bytes are valid, so the
 * decoder cannot see it: `鑳藉姏` is UTF-8's `能力` read as GBK, `ä¸­` is
 * UTF-8's `中` read as Windows-1252, `锟斤拷` and a stored `�` are
 * characters a tool had already replaced, and `許\功\` is Big5 through a
 * tool that put a backslash before every byte 0x5C (PHP's `addslashes`: the
 * second byte of `許`, `功`, `蓋` is the ASCII backslash). Each damaged run is found with
 * how it was damaged and, when the damage can be undone, what it read as
 * before; nothing in the text is altered (the reader says where, and how
 * to fix the file).
 *
 * @example
 *   findMojibake('北京晚报 ä¸­å›½') // → [{kind: 'latin1', printed: 'ä¸­å›½', reading: '中国', …}]
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export interface Mojibake {
  /** UTF-16 offset of the damaged run in the text. */
  offset: number;
  printed: string;
  /** `gbk`: UTF-8 read as GBK; `latin1`: UTF-8 read as Windows-1252; `replaced`: characters a tool replaced (`锟斤拷`, a stored `�`). */
  kind: 'gbk' | 'latin1' | 'replaced';
  /** What the run read as before it was damaged, when that can be undone. */
  reading?: string;
}

/** UTF-8's bytes read one by one as Windows-1252: a lead byte's letter (Ã–ï) then one or two continuation bytes' marks. */
const LATIN1_RUN =
  /(?:[\u00C2-\u00EF][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]{1,2}){2,}/gu;

/** What a tool leaves of replaced characters: U+FFFD's bytes read as GBK (`锟斤拷`), a debugger's fill (`烫烫烫`, `屯屯屯`), U+FFFD itself. */
const REPLACED = /(?:锟斤拷)+|烫{3,}|屯{3,}|\uFFFD+/gu;

/** A character of a legacy encoding followed by a backslash: escaped when its last byte, 0x5C, is the backslash's own (`許\`). */
const BEFORE_BACKSLASH = /(\P{ASCII})\\/gu;

/** The legacy encodings whose two-byte characters can end in 0x5C, by the name `iconv-lite` knows them. */
const TRAIL_5C: Readonly<Record<string, string>> = { big5: 'big5hkscs', gb18030: 'gb18030' };

/** A run of Han characters long enough to test as GBK mojibake (a short one may be real words that happen to re-encode). */
const HAN_RUN = /\p{Script=Han}{6,}/gu;

/**
 * The bytes a Windows-1252 reading came from: its letters' own code points
 * (U+0080–U+00FF, the C1 controls a tool kept for the code page's five
 * holes too), its punctuation (`€`, `—`, `“`) through the code page.
 */
function latin1Bytes(text: string): Buffer {
  return Buffer.from(Array.from(text, (char) => (char.codePointAt(0)! <= 0xff ? char.codePointAt(0)! : (iconv.encode(char, 'windows-1252')[0] ?? 0x3f))));
}

/** UTF-8 read as Windows-1252, undone; twice over when it was done twice (`Ã¤Â¸Â­` → `ä¸­` → `中`). */
function fromLatin1(run: string): string | undefined {
  let text = run;
  for (let round = 0; round < 2; round += 1) {
    let bytes = latin1Bytes(text);
    // (A run found in the text may end inside a character: its last bytes are left for the reading.)
    for (let cut = 0; cut < 3 && !isUtf8(bytes); cut += 1) bytes = bytes.subarray(0, -1);
    if (!isUtf8(bytes)) return undefined;
    text = bytes.toString('utf8');
    if (/\p{Script=Han}/u.test(text)) return text;
  }
  return undefined;
}

/** Bytes without a UTF-8 character's trailing bytes at their start and a character begun and not ended at their end. */
function utf8Core(bytes: Buffer): Buffer {
  let start = 0;
  while (start < 3 && start < bytes.length && (bytes[start]! & 0xc0) === 0x80) start += 1;
  let end = bytes.length;
  for (let at = end - 1; at >= Math.max(start, end - 3); at -= 1) {
    const byte = bytes[at]!;
    if ((byte & 0xc0) === 0x80) continue;
    const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    if (end - at < length) end = at;
    break;
  }
  return bytes.subarray(start, end);
}

/** Common characters of Chinese news text: a reading back from mojibake is text when most of its characters are Han or CJK punctuation. */
function readsAsText(text: string): boolean {
  const chars = Array.from(text);
  const han = chars.filter((char) => /[\p{Script=Han}，。、：；！？“”（）《》0-9A-Za-z\s]/u.test(char)).length;
  return chars.length > 0 && han / chars.length >= 0.9;
}

/**
 * The damaged runs of a text. `known` are offsets of U+FFFD the decoder put
 * there itself for bytes it could not read (already reported as bad bytes).
 */
export function findMojibake(text: string, known: ReadonlySet<number> = new Set()): Mojibake[] {
  const found: Mojibake[] = [];
  for (const match of text.matchAll(REPLACED)) {
    // (A U+FFFD the decoder put for bad bytes is theirs, already said: a run of them starts where they stood.)
    if (match[0].startsWith('\uFFFD') && known.has(match.index)) continue;
    found.push({ offset: match.index, printed: match[0], kind: 'replaced' });
  }
  for (const match of text.matchAll(LATIN1_RUN)) {
    const reading = fromLatin1(match[0]);
    if (reading !== undefined && /\p{Script=Han}/u.test(reading)) found.push({ offset: match.index, printed: match[0], kind: 'latin1', reading });
  }
  for (const match of text.matchAll(HAN_RUN)) {
    // UTF-8 read as GBK: the GBK bytes of the run are UTF-8 again, and read as Chinese. (Real Chinese text almost never re-encodes so.)
    // (A run that a `?` or the line's edge cut, where a tool put `?` for a byte pair it could not map, holds a character's
    // bytes in part at either end: its whole characters are read.)
    const bytes = utf8Core(iconv.encode(match[0], 'gb18030'));
    if (!isUtf8(bytes) || bytes.every((byte) => byte < 0x80)) continue;
    const reading = bytes.toString('utf8');
    if (readsAsText(reading)) found.push({ offset: match.index, printed: match[0], kind: 'gbk', reading });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** A backslash a tool added after a character whose second byte is 0x5C: UTF-16 offset of the character, and the character. */
export interface EscapedByte {
  offset: number;
  char: string;
}

/**
 * Backslashes a tool added to a legacy-encoded text (`許\功\`): the
 * character before each has 0x5C, the ASCII backslash, as its second byte in
 * `encoding` (the one the text was decoded from). None in a Unicode text.
 */
export function findEscapedBytes(text: string, encoding: string): EscapedByte[] {
  const legacy = TRAIL_5C[encoding];
  if (legacy === undefined) return [];
  return [...text.matchAll(BEFORE_BACKSLASH)]
    .filter((match) => {
      const bytes = iconv.encode(match[1]!, legacy);
      return bytes.length === 2 && bytes[1] === 0x5c;
    })
    .map((match) => ({ offset: match.index, char: match[1]! }));
}
