/**
 * A zip archive's files (`.zip`), as archives are downloaded and kept: a
 * month of a paper's text files, a site's export, a keeper's backup. Each
 * file is given with its path inside the archive, its recorded size and a
 * reader of its bytes; folders are no entries of their own.
 *
 * Names are read as the archive wrote them: UTF-8 where it says so (the
 * language flag, or the Unicode path field Info-ZIP and 7-Zip add), else in
 * the code page of the Windows that made it — Chinese Windows's zip tools
 * (Explorer, WinRAR, 360压缩, Bandizip by default) write GBK, Taiwan's and
 * Hong Kong's Big5, macOS's Archive Utility UTF-8 without the flag. Those
 * names are judged together, by their bytes (`namesEncoding`): a few short
 * names are too few for a text's statistics.
 *
 * Read with JSZip (the project's zip reader for Word documents, e-books and
 * WACZ), the archive whole in memory (one larger than `MAX_ARCHIVE_BYTES` is
 * refused with the fix: extract it), each file unpacked only when it is read
 * (`ZipFile.read`), after its recorded size says it is not too large, and
 * checked against the archive's checksum: a damaged file is named, the
 * others are read. A Word document, a spreadsheet or an e-book renamed
 * `.zip` is said to be one (`packageOf`), not opened as an archive.
 *
 * @example
 *   await readZip(bytes) // → {files: [{name: '人民日报/2020/01/01.txt', size: 2048, read: …}], names: 'gb18030'}
 */
import { isUtf8 } from 'node:buffer';
import { crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { decodeText, type Encoding } from '../decode.ts';
import { PASSWORD, localFiles } from './zip-local.ts';

/** An end record's signature. */
const END_RECORD = Buffer.from('PK\x05\x06', 'latin1');

/** A file in the archive: its path inside it (`/`-separated), its size unpacked as recorded, and its bytes on demand. */
export interface ZipFile {
  name: string;
  size: number | undefined;
  /** A symbolic link (a Unix zip's), not a file: its target is its content. */
  link: boolean;
  /** Its bytes, unpacked and checked against the archive's checksum, or why they cannot be read. */
  read: () => Promise<Buffer | { damaged: string; fix?: string }>;
}

export interface ZipRead {
  files: ZipFile[];
  /** How names without the UTF-8 flag were decoded (absent when every name had it, or was ASCII). */
  names?: Encoding;
  /** A document package renamed `.zip`: a Word document, a spreadsheet, an e-book. */
  packageOf?: 'word' | 'sheet' | 'book';
  /**
   * The archive's index (its central directory) is missing or damaged, as in a download cut short: its files were read
   * by their own headers (`zip-local.ts`), up to the index (`index`: every file), to the cut (`cut`: any after it lost)
   * or to bytes that are no header (`damaged`, at `stoppedAt`: any after them unread).
   */
  indexLost?: 'index' | 'cut' | 'damaged';
  stoppedAt?: number;
  /** Cut short inside a file's data: that file's name (its `read` says so). */
  cutInside?: string;
}

export interface UnreadableZip {
  unreadable: string;
  fix: string;
}

/** Largest archive read (JSZip holds it whole in memory, and Node a buffer of at most 4 GB). */
export const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024;

const EXTRACT = 'extract it (7-Zip, WinRAR, `unzip -O GBK` for names written by Chinese Windows) into the input folder and ingest its files';

export async function readZip(bytes: Buffer): Promise<ZipRead | UnreadableZip> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    return { unreadable: 'it is no zip archive (it does not begin with `PK`: a web page or an error saved under its name?)', fix: 'download or copy it again' };
  }
  // (Names without the UTF-8 flag are kept as their bytes, one character a byte, and decoded together below.)
  const raw = new Set<string>();
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, {
      decodeFileName: (name) => {
        const text = Buffer.from(name as Uint8Array).toString('latin1');
        raw.add(text);
        return text;
      },
    });
  } catch (failure) {
    const message = failure instanceof Error ? failure.message : String(failure);
    if (/encrypted/iu.test(message)) return { unreadable: PASSWORD.damaged, fix: `${EXTRACT}, giving its password` };
    // (Its index missing or damaged — a download cut short —: the files before the cut, by their own headers.)
    return byLocalHeaders(bytes, message);
  }
  // (An end record not at the archive's end is another's: a zip, Word document or e-book stored inside one cut short.)
  if (!endsAtItsEnd(bytes)) return byLocalHeaders(bytes, 'its end record is not at its end');
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  // (JSZip tidies a name, `./a//b.txt` → `a/b.txt`; its bytes as written say whether the archive's flag was set.)
  const undecoded = (entry: JSZip.JSZipObject): boolean => raw.has(entry.unsafeOriginalName ?? entry.name) || raw.has(entry.name);
  return named(
    entries.map((entry) => {
      const { size, checksum } = recorded(entry);
      const mode = typeof entry.unixPermissions === 'number' ? entry.unixPermissions : undefined;
      return {
        name: entry.name,
        undecoded: undecoded(entry),
        size,
        link: mode !== undefined && (mode & 0o170000) === 0o120000,
        read: async (): Promise<Buffer | { damaged: string; fix?: string }> => {
          try {
            const content = await entry.async('nodebuffer');
            if (checksum !== undefined && crc32(content) >>> 0 !== checksum >>> 0) return { damaged: 'its checksum does not match: damaged in the archive' };
            return content;
          } catch (failure) {
            const message = failure instanceof Error ? failure.message : String(failure);
            return /encrypted/iu.test(message) ? PASSWORD : { damaged: `it cannot be unpacked (${message}): damaged in the archive` };
          }
        },
      };
    }),
  );
}

/**
 * The archive's files with their names decoded (those written without the UTF-8 flag, `undecoded`, one character a
 * byte, judged together: `namesEncoding`), in order of name, and what package they make.
 */
function named(entries: ReadonlyArray<Omit<ZipFile, 'name'> & { name: string; undecoded: boolean; cut?: boolean }>): ZipRead {
  const legacy = entries.filter((entry) => entry.undecoded && /[^\p{ASCII}]/u.test(entry.name));
  const encoding = legacy.length === 0 ? undefined : namesEncoding(legacy.map((entry) => entry.name));
  let cutInside: string | undefined;
  const files = entries.map(({ name, undecoded, cut, ...rest }): ZipFile => {
    const decoded = (encoding !== undefined && undecoded ? decodeText(Buffer.from(name, 'latin1'), encoding) : name)
      .replace(/\\/gu, '/')
      .replace(/\/{2,}/gu, '/')
      .replace(/^(?:\.\/)+/u, '');
    if (cut) cutInside = decoded;
    return { ...rest, name: decoded };
  });
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const packageOf = documentPackage(files.map((file) => file.name));
  return {
    files,
    ...(encoding === undefined ? {} : { names: encoding }),
    ...(packageOf ? { packageOf } : {}),
    ...(cutInside === undefined ? {} : { cutInside }),
  };
}

/** An archive whose index JSZip cannot read (`why`) read by its files' own headers (`zip-local.ts`). */
function byLocalHeaders(bytes: Buffer, why: string): ZipRead | UnreadableZip {
  const walk = localFiles(bytes);
  if (walk.files.length === 0) return { unreadable: `it cannot be opened (${why}): cut short or damaged`, fix: `download or copy it again; or ${EXTRACT}` };
  const found = walk.files.map((file) => ({
    name: file.name,
    undecoded: !file.utf8,
    size: file.size,
    link: false,
    read: () => Promise.resolve(file.read()),
    cut: file.cut === true,
  }));
  return { ...named(found), indexLost: walk.end, stoppedAt: walk.at };
}

/** Whether the last end record (`PK\x05\x06`) ends the archive, with its comment: else JSZip has read another archive's. */
function endsAtItsEnd(bytes: Buffer): boolean {
  const at = bytes.lastIndexOf(END_RECORD);
  return at !== -1 && at + 22 <= bytes.length && at + 22 + bytes.readUInt16LE(at + 20) === bytes.length;
}

/** What the archive records of a file: its size unpacked and its checksum (JSZip keeps them on the entry, unexposed in its types). */
function recorded(entry: JSZip.JSZipObject): { size: number | undefined; checksum: number | undefined } {
  const data: unknown = Reflect.get(entry, '_data');
  const field = (name: string): number | undefined => {
    const value: unknown = typeof data === 'object' && data !== null ? Reflect.get(data, name) : undefined;
    return typeof value === 'number' ? value : undefined;
  };
  return { size: field('uncompressedSize'), checksum: field('crc32') };
}

/** A document package by its parts: Word's and a spreadsheet's (Office Open XML), an e-book's. */
function documentPackage(names: readonly string[]): ZipRead['packageOf'] {
  if (!names.includes('[Content_Types].xml') && !names.includes('mimetype')) return undefined;
  if (names.includes('word/document.xml')) return 'word';
  if (names.includes('xl/workbook.xml')) return 'sheet';
  if (names.includes('META-INF/container.xml') && names.includes('mimetype')) return 'book';
  return undefined;
}

/**
 * The encoding of names written without the UTF-8 flag, judged on all of them together: UTF-8 when they read as it
 * (macOS), else GBK or Big5 by their bytes, since a few short names are too few for statistics. GB2312, which names
 * are written in, sets its characters with both bytes from A1 (its common characters' first bytes from B0; A4–AF are
 * kana, Greek, Cyrillic and box marks); Big5 sets about two in five of its common characters with a second byte under
 * 80 (`島` AE 71) and many with a first byte in A4–AF (`中` A4 A4, `台` A5 78). Either sign in a fifth of the
 * two-byte characters is Big5; else GBK, the code page of most Chinese Windows.
 */
function namesEncoding(names: readonly string[]): Encoding {
  const bytes = Buffer.from(names.join('\n'), 'latin1');
  if (isUtf8(bytes)) return 'utf-8';
  let pairs = 0;
  let big5 = 0;
  for (let at = 0; at < bytes.length; at++) {
    const lead = bytes[at]!;
    if (lead < 0x81 || at + 1 >= bytes.length) continue;
    const trail = bytes[at + 1]!;
    pairs += 1;
    if (trail < 0x80 || (lead >= 0xa4 && lead <= 0xaf)) big5 += 1;
    at += 1;
  }
  return pairs > 0 && big5 / pairs >= 0.2 ? 'big5' : 'gb18030';
}
