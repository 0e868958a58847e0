/**
 * Turn the bytes of a raw file into text, detecting the encoding without the
 * user naming it, and report what was detected and every byte that could not
 * be decoded.
 *
 * Order of detection: byte-order mark (UTF-8, UTF-16LE/BE) → valid UTF-8 →
 * mostly valid UTF-8 (a few broken sequences, e.g. a file cut in the middle
 * of a character) → a legacy Chinese encoding (GB18030 or Big5) chosen by
 * `chardet`'s frequency statistics.
 *
 * @example
 *   decode(await readFile('page1.txt')) // → {text: '北京…', encoding: 'utf-8', …}
 */
import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { countMultibyte, findBadUtf8, hex, locateUtf8, type ByteRun } from './utf8.ts';

/** The encodings Baoku recognises, named as WHATWG `TextDecoder` labels. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

/** A run of bytes that could not be decoded. */
export interface BadBytes {
  /** Byte offset of the first bad byte in the file. */
  byteOffset: number;
  /** The bad bytes, as hex (`e5 8c`). */
  hex: string;
  /** UTF-16 offset in the decoded text where the replacement character stands. */
  textOffset: number;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Whether the file started with a byte-order mark (which is not part of `text`). */
  bom: boolean;
  /** Line ending found in the file. */
  newline: 'lf' | 'crlf' | 'cr' | 'mixed' | 'none';
  /** Bytes that could not be decoded; each is replaced by U+FFFD in `text`. */
  badBytes: BadBytes[];
  /** Whether the file looks binary rather than text (NUL bytes, control characters). */
  binary: boolean;
  /** Where the first NUL byte is, when one made the file binary. */
  binaryAt?: number;
  /** NUL bytes that only pad the file's end (a fixed-size record, a tool's buffer): left out of the text, said by the reader. */
  padding?: { byteOffset: number; length: number };
}

/** Well-formed multi-byte UTF-8 sequences needed per bad run for a file to be taken for damaged UTF-8. */
const MIN_GOOD_PER_BAD = 8;

/** The charset a page's `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">` names in its head (given as Latin-1 text). */
export function metaCharset(head: string): string | undefined {
  return /<meta[^>]*\bcharset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1];
}

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return finish(bytes.subarray(2), 'utf-16le', true, 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return finish(bytes.subarray(2), 'utf-16be', true, 2);
  // UTF-16 without a byte-order mark: its NUL bytes are the high bytes of ASCII characters, not binary data.
  const utf16 = guessUtf16(bytes);
  if (utf16) return finish(bytes, utf16, false, 0);
  const nul = bytes.indexOf(0);
  // A text whose end is padded with NUL bytes: the text before them, the padding named.
  if (nul > 0 && bytes.subarray(nul).every((byte) => byte === 0) && !looksBinary(bytes.subarray(0, nul))) {
    return { ...decode(bytes.subarray(0, nul)), padding: { byteOffset: nul, length: bytes.length - nul } };
  }
  if (looksBinary(bytes) || nul !== -1) {
    // The whole file is searched for NUL: text for 8 KB and binary after is binary too.
    return { text: '', encoding: 'utf-8', bom: false, newline: 'none', badBytes: [], binary: true, ...(nul === -1 ? {} : { binaryAt: nul }) };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return finish(bytes.subarray(3), 'utf-8', true, 3);
  }
  if (isUtf8(bytes)) return finish(bytes, 'utf-8', false, 0);
  const badUtf8 = findBadUtf8(bytes);
  // Legacy encodings read as UTF-8 give almost no well-formed multi-byte sequences;
  // UTF-8 with a few damaged characters gives many more good ones than bad runs.
  if (countMultibyte(bytes) >= MIN_GOOD_PER_BAD * badUtf8.length) return finish(bytes, 'utf-8', false, 0, badUtf8);
  return finish(bytes, guessLegacy(bytes), false, 0);
}

/** Bytes chardet looks at: enough for its statistics, and it is slow on whole files. */
const SAMPLE = 8192;

/** Pick GB18030 or Big5 for bytes that are not UTF-8. */
function guessLegacy(bytes: Uint8Array): Encoding {
  // Big5 is the stricter of the two: bytes it cannot decode are GB18030.
  if (!decodes(bytes, 'big5')) return 'gb18030';
  const candidates = chardet.analyse(bytes.subarray(0, SAMPLE));
  for (const { name } of candidates) {
    const label = name.toLowerCase();
    if (label === 'big5') return 'big5';
    if (label === 'gb18030' || label === 'gbk' || label === 'gb2312') return 'gb18030';
  }
  // Neither was named: GB18030 can decode any byte sequence, so it loses least.
  return 'gb18030';
}

function decodes(bytes: Uint8Array, encoding: Encoding): boolean {
  // Legacy encodings cannot encode U+FFFD: one in the text is a byte that failed.
  if (encoding === 'big5') return !decodeText(bytes, encoding).includes('\uFFFD');
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Big5 as the Encoding Standard defines it: Big5 with the Hong Kong
 * supplement (HKSCS) and the ETEN extensions. Node's own decoder reads the
 * Windows code page 950, which turns those characters into private-use
 * code points that show as nothing (measured: `〇` → U+F6F2, `啲嘢` →
 * U+ECDA U+ECB1), so Big5 goes through iconv-lite.
 */
export function decodeText(body: Uint8Array, encoding: Encoding): string {
  if (encoding === 'big5') return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'big5hkscs', { stripBOM: false });
  return new TextDecoder(encoding, { fatal: false, ignoreBOM: true }).decode(body);
}

function finish(body: Uint8Array, encoding: Encoding, bom: boolean, skipped: number, badUtf8?: ByteRun[]): Decoded {
  const text = decodeText(body, encoding);
  const badBytes = encoding === 'utf-8' ? locateUtf8(body, badUtf8 ?? findBadUtf8(body), skipped) : locateReplacements(body, text, skipped, encoding);
  return { text, encoding, bom, newline: detectNewline(text), badBytes, binary: false };
}

/**
 * For legacy encodings the decoder does not say which bytes failed; report
 * each U+FFFD that the source did not contain as such (legacy encodings
 * cannot encode U+FFFD, so every one is a failure).
 */
function locateReplacements(body: Uint8Array, text: string, skipped: number, encoding: Encoding): BadBytes[] {
  const result: BadBytes[] = [];
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    if (body.length % 2 === 1) {
      result.push({ byteOffset: body.length - 1 + skipped, hex: hex(body.subarray(body.length - 1)), textOffset: text.length - 1 });
    }
    return result;
  }
  let index = text.indexOf('\uFFFD');
  while (index !== -1) {
    result.push({ byteOffset: -1, hex: '', textOffset: index });
    index = text.indexOf('\uFFFD', index + 1);
  }
  return result;
}

/** NUL bytes (outside UTF-16) or many C0 control characters mean binary. */
/** Share of decoded characters that must read as text (Han, kana, Latin, digits, punctuation, white space) for UTF-16 without a BOM. */
const UTF16_TEXT_SHARE = 0.95;

/**
 * UTF-16 without a byte-order mark: an even length, a sample that decodes
 * strictly to almost only text characters, and NUL bytes nearly all on one
 * side (the high bytes of ASCII characters: line breaks, digits, spaces). A file
 * of Han characters alone, without one ASCII character, is not recognised.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros += 1;
    else oddZeros += 1;
  }
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const highZeros = encoding === 'utf-16le' ? oddZeros : evenZeros;
    // (A low byte of zero is a character at a multiple of 256: in Chinese text the ideographic space that indents each
    // paragraph, U+3000, and 一, U+4E00, are such, and say nothing against UTF-16.)
    const lowZeros = (encoding === 'utf-16le' ? evenZeros : oddZeros) - roundUnits(sample, encoding);
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(sample);
    } catch {
      continue;
    }
    const chars = Array.from(text);
    const readable = chars.filter((char) => /[\p{Script=Han}\p{L}\p{N}\p{P}\p{Zs}\t\n\r\u3000-\u303f\uff00-\uffef]/u.test(char)).length;
    if (chars.length === 0 || readable / chars.length < UTF16_TEXT_SHARE) continue;
    // Only NUL bytes say UTF-16 for sure (valid UTF-8, GB18030 and Big5 text has none); nearly all must be high bytes
    // (a Han character's low byte is 00 one time in 256: 开 is U+5F00).
    if (highZeros > 0 && highZeros >= 4 * lowZeros) return encoding;
  }
  return undefined;
}

/** Code units of a sample, read in `encoding`, that are Han characters or CJK punctuation at a multiple of 256 (U+3000, U+4E00, U+5F00 开). */
function roundUnits(sample: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): number {
  let count = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    const [low, high] = encoding === 'utf-16le' ? [sample[i]!, sample[i + 1]!] : [sample[i + 1]!, sample[i]!];
    if (low === 0 && (high === 0x30 || (high >= 0x4e && high <= 0x9f))) count += 1;
  }
  return count;
}

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  const utf16 = (sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff);
  // In UTF-16 every byte value occurs; its byte-order mark already said it is text.
  if (utf16) return false;
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c && byte !== 0) controls += 1;
  }
  return sample.length > 0 && controls / sample.length > 0.05;
}

function detectNewline(text: string): Decoded['newline'] {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return 'none';
  if (kinds > 1) return 'mixed';
  return crlf > 0 ? 'crlf' : cr > 0 ? 'cr' : 'lf';
}
