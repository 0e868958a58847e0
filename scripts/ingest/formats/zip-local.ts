/**
 * A zip archive read front to back by its files' own headers, for when its
 * index (the central directory at its end) is missing or damaged: a download
 * cut short holds its first files whole, and 7-Zip or `zip -FF` read them so.
 * JSZip, like yauzl and `unzip`, reads only through the index, so this reader
 * walks the local file headers (PKWARE APPNOTE 4.3.7) from the first byte:
 * each header gives the name, the method and, unless the file was written
 * streaming (flag bit 3: macOS's Archive Utility, Java), its sizes; a
 * streamed file's data ends at its data descriptor (`PK\x07\x08`, whose
 * compressed size must equal the bytes before it) or, without one, where its
 * deflate stream ends. The walk stops at the index (every file seen), at the
 * cut (a file whose data runs past the end is given as cut short), or at
 * bytes that are no header.
 *
 * Only what a local header holds is known: no file's Unix mode (a symbolic
 * link reads as a file of its target's path) and no archive comment.
 *
 * @example
 *   localFiles(bytes.subarray(0, bytes.length / 2))
 *   // → {files: [{name: '文章/0301.txt', utf8: false, …}, {name: '文章/0302.txt', cut: true, …}], end: 'cut'}
 */
import { crc32, inflateRawSync } from 'node:zlib';

/** A file found by its local header: its name's bytes, whether they are flagged UTF-8, and its data as stored. */
export interface LocalFile {
  /** The name's bytes as written, one character a byte (`latin1`), or the Unicode path field's UTF-8 name decoded. */
  name: string;
  /** The name is UTF-8: the language flag (bit 11) set, or taken from the Unicode path field. */
  utf8: boolean;
  /** Its size unpacked as recorded, when the header or descriptor gives it. */
  size: number | undefined;
  /** Its bytes unpacked and checked, or why they cannot be (and what to do, when not to copy the archive again). */
  read: () => Buffer | { damaged: string; fix?: string };
  /** The archive is cut inside its data: the last file found, unreadable. */
  cut?: true;
}

export interface LocalWalk {
  files: LocalFile[];
  /** Where the walk stopped: at the index (every file seen), at the cut (files after it lost), at bytes that are no header (`damaged`). */
  end: 'index' | 'cut' | 'damaged';
  /** The byte it stopped at. */
  at: number;
}

/** Why a file protected by a password is not read, and what to do. */
export const PASSWORD = { damaged: 'it is protected by a password', fix: 'extract the archive with its password (7-Zip, WinRAR) into the input folder' };

/** Most a streamed file without a descriptor is unpacked to find where it ends (a larger one ends the walk). */
const MAX_STREAMED_BYTES = 256 * 1024 * 1024;

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
/** A data descriptor's signature. */
const DESCRIPTOR = Buffer.from('PK\x07\x08', 'latin1');
/** The Info-ZIP Unicode path field and the Zip64 sizes field. */
const UNICODE_PATH = 0x7075;
const ZIP64 = 0x0001;

export function localFiles(bytes: Buffer): LocalWalk {
  const files: LocalFile[] = [];
  let at = 0;
  while (at + 4 <= bytes.length) {
    const signature = bytes.readUInt32LE(at);
    if (signature === CENTRAL || signature === END) return { files, end: 'index', at };
    if (signature !== LOCAL) return { files, end: 'damaged', at };
    if (at + 30 > bytes.length) break;
    const flags = bytes.readUInt16LE(at + 6);
    const method = bytes.readUInt16LE(at + 8);
    let checksum: number | undefined = bytes.readUInt32LE(at + 14);
    let packed = bytes.readUInt32LE(at + 18);
    let size: number | undefined = bytes.readUInt32LE(at + 22);
    const nameLength = bytes.readUInt16LE(at + 26);
    const extraLength = bytes.readUInt16LE(at + 28);
    const start = at + 30 + nameLength + extraLength;
    if (start > bytes.length) return { files, end: 'cut', at };
    const rawName = bytes.subarray(at + 30, at + 30 + nameLength);
    const extra = fields(bytes.subarray(at + 30 + nameLength, start));
    const unicode = unicodePath(extra.get(UNICODE_PATH), rawName);
    const name = unicode ?? rawName.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1');
    const utf8 = unicode !== undefined || (flags & 0x800) !== 0;
    const zip64 = extra.get(ZIP64);
    if (zip64 && (size === 0xffffffff || packed === 0xffffffff) && zip64.length >= 16) {
      size = Number(zip64.readBigUInt64LE(0));
      packed = Number(zip64.readBigUInt64LE(8));
    }
    const encrypted = (flags & 0x1) !== 0;
    let end: number | undefined;
    let next: number | undefined;
    if ((flags & 0x8) === 0 || packed !== 0) {
      end = start + packed;
      // (Streamed with its sizes in the header too, as Info-ZIP writes an encrypted file: its descriptor still follows the data.)
      next = (flags & 0x8) === 0 ? end : afterDescriptor(bytes, end).next;
    } else {
      // Streamed: sizes and checksum in a descriptor after the data.
      const found = descriptor(bytes, start) ?? (method === 8 && !encrypted ? deflateEnd(bytes, start) : undefined);
      if (found) {
        end = found.end;
        next = found.next;
        // (No descriptor: the header's checksum, when the writer put one there.)
        if (found.checksum !== undefined) checksum = found.checksum;
        else if (checksum === 0) checksum = undefined;
        size = found.size;
      }
    }
    const entry = { name, utf8, size: (flags & 0x8) !== 0 && end === undefined ? undefined : size };
    if (name.endsWith('/')) {
      if (next === undefined || next > bytes.length) return { files, end: 'cut', at };
      at = next;
      continue;
    }
    if (end === undefined || end > bytes.length) {
      files.push({ ...entry, read: () => ({ damaged: 'the archive is cut short inside it' }), cut: true });
      return { files, end: 'cut', at };
    }
    const data = bytes.subarray(start, end);
    files.push({ ...entry, read: () => unpack(data, method, encrypted, checksum) });
    at = next ?? end;
  }
  return { files, end: 'cut', at };
}

/** A file's data unpacked (stored or deflated) and checked against its checksum. */
function unpack(data: Buffer, method: number, encrypted: boolean, checksum: number | undefined): Buffer | { damaged: string; fix?: string } {
  if (encrypted) return PASSWORD;
  let content: Buffer;
  try {
    if (method === 0) content = data;
    else if (method === 8) content = inflateRawSync(data);
    else return { damaged: `it is compressed by a method Baoku does not unpack (zip method ${method})` };
  } catch (failure) {
    return { damaged: `it cannot be unpacked (${failure instanceof Error ? failure.message : String(failure)}): damaged in the archive` };
  }
  if (checksum !== undefined && crc32(content) >>> 0 !== checksum >>> 0) return { damaged: 'its checksum does not match: damaged in the archive' };
  return content;
}

/** The extra fields of a header, by id. */
function fields(extra: Buffer): Map<number, Buffer> {
  const found = new Map<number, Buffer>();
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    found.set(id, extra.subarray(at + 4, at + 4 + length));
    at += 4 + length;
  }
  return found;
}

/** The Unicode path field's name, when it is for this header's name (its CRC-32 of the name as written matches). */
function unicodePath(field: Buffer | undefined, rawName: Buffer): string | undefined {
  if (field === undefined || field.length < 5 || field[0] !== 1) return undefined;
  return field.readUInt32LE(1) >>> 0 === crc32(rawName) >>> 0 ? field.subarray(5).toString('utf8') : undefined;
}

interface StreamEnd {
  /** Where the file's data ends, and the next header begins. */
  end: number;
  next: number;
  checksum: number | undefined;
  size: number | undefined;
}

/**
 * A streamed file's data descriptor: the first `PK\x07\x08` after the data whose compressed size is the bytes before it,
 * with 4-byte sizes or Zip64's 8-byte ones — the layout after which a header, the index or the archive's end follows.
 */
function descriptor(bytes: Buffer, start: number): StreamEnd | undefined {
  for (let at = bytes.indexOf(DESCRIPTOR, start); at !== -1; at = bytes.indexOf(DESCRIPTOR, at + 1)) {
    const short = at + 16 <= bytes.length && bytes.readUInt32LE(at + 8) === at - start;
    const long = at + 24 <= bytes.length && Number(bytes.readBigUInt64LE(at + 8)) === at - start;
    if (short && (!long || headerAt(bytes, at + 16)))
      return { end: at, next: at + 16, checksum: bytes.readUInt32LE(at + 4), size: bytes.readUInt32LE(at + 12) };
    if (long) return { end: at, next: at + 24, checksum: bytes.readUInt32LE(at + 4), size: Number(bytes.readBigUInt64LE(at + 16)) };
  }
  return undefined;
}

/**
 * Where the next header begins after a file's data that a descriptor follows: signed, 16 bytes or Zip64's 24, whichever
 * a header follows (past the archive's end when the cut falls inside it); unsigned, 12 or 20, else none. With it, where
 * the descriptor's checksum stands, when one was found whole: after the signature, or first.
 */
function afterDescriptor(bytes: Buffer, end: number): { next: number; checksumAt?: number } {
  if (end + 4 > bytes.length) return { next: end };
  const signed = bytes.readUInt32LE(end) === DESCRIPTOR.readUInt32LE(0);
  for (const length of signed ? [16, 24] : [12, 20]) if (headerAt(bytes, end + length)) return { next: end + length, checksumAt: signed ? end + 4 : end };
  return { next: signed ? end + 16 : end };
}

/** Whether a header, the index or the archive's end (a cut) stands at `at`. */
function headerAt(bytes: Buffer, at: number): boolean {
  if (at + 4 > bytes.length) return at <= bytes.length;
  const signature = bytes.readUInt32LE(at);
  return signature === LOCAL || signature === CENTRAL || signature === END;
}

/** Where a streamed file's deflate stream ends when no descriptor marks it (written without its signature, or cut off). */
function deflateEnd(bytes: Buffer, start: number): StreamEnd | undefined {
  try {
    const { buffer, engine } = inflateRawSync(bytes.subarray(start), { info: true, maxOutputLength: MAX_STREAMED_BYTES }) as unknown as {
      buffer: Buffer;
      engine: { bytesWritten: number };
    };
    const end = start + engine.bytesWritten;
    const { next, checksumAt } = afterDescriptor(bytes, end);
    return { end, next, checksum: checksumAt === undefined ? undefined : bytes.readUInt32LE(checksumAt), size: buffer.length };
  } catch {
    return undefined;
  }
}
