/**
 * A zip archive's files (`.zip`), as archives are downloaded and kept: a
 * month of a paper's text files, a site's export, a keeper's backup. Each
 * file is given with its path inside the archive and its bytes; folders are
 * no entries of their own.
 *
 * Names are read as the archive wrote them: UTF-8 where it says so (the
 * language flag, or the Unicode path field Info-ZIP and 7-Zip add), else in
 * the code page of the Windows that made it — Chinese Windows's zip tools
 * (Explorer, WinRAR, 360压缩, Bandizip by default) write GBK, Taiwan's and
 * Hong Kong's Big5, macOS's Archive Utility UTF-8 without the flag. Those
 * names are decoded together, as one text, by the same detection as a text
 * file's (`decode.ts`): one name is too short to tell GBK from Big5, an
 * archive's names together are not.
 *
 * Read with JSZip (the project's zip reader for Word documents, e-books and
 * WACZ), whole in memory: an archive larger than `MAX_ARCHIVE_BYTES` is
 * refused with the fix (extract it).
 *
 * @example
 *   await readZip(bytes) // → {files: [{name: '人民日报/2020/01/01.txt', bytes: …}], names: 'gb18030'}
 */
import JSZip from 'jszip';
import { decode, decodeText, type Encoding } from '../decode.ts';

/** A file in the archive: its path inside it (`/`-separated) and its bytes. */
export interface ZipFile {
  name: string;
  bytes: Buffer;
}

export interface ZipRead {
  files: ZipFile[];
  /** How names without the UTF-8 flag were decoded (absent when every name had it, or was ASCII). */
  names?: Encoding;
}

export interface UnreadableZip {
  unreadable: string;
  fix: string;
}

/** Largest archive read (JSZip holds it whole in memory, and Node a buffer of at most 4 GB). */
export const MAX_ARCHIVE_BYTES = 2 * 1024 * 1024 * 1024;

const EXTRACT = 'extract it (7-Zip, WinRAR, `unzip -O GBK` for names written by Chinese Windows) into the input folder and ingest its files';

export async function readZip(bytes: Uint8Array): Promise<ZipRead | UnreadableZip> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { unreadable: 'it is no zip archive (it does not begin with `PK`)', fix: EXTRACT };
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
    if (/encrypted/iu.test(message)) return { unreadable: 'it is protected by a password', fix: `${EXTRACT}, giving its password` };
    return { unreadable: `it cannot be opened (${message}): cut short or damaged`, fix: `download or copy it again; or ${EXTRACT}` };
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  const undecoded = entries.filter((entry) => raw.has(entry.name) && /[^\p{ASCII}]/u.test(entry.name));
  const encoding = undecoded.length === 0 ? undefined : namesEncoding(undecoded.map((entry) => entry.name));
  const files: ZipFile[] = [];
  for (const entry of entries) {
    const name = encoding !== undefined && raw.has(entry.name) ? decodeText(Buffer.from(entry.name, 'latin1'), encoding) : entry.name;
    try {
      files.push({ name: name.replace(/\\/gu, '/'), bytes: await entry.async('nodebuffer') });
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      if (/encrypted/iu.test(message)) return { unreadable: 'it is protected by a password', fix: `${EXTRACT}, giving its password` };
      return { unreadable: `its file \`${name}\` cannot be read (${message}): cut short or damaged`, fix: `download or copy it again; or ${EXTRACT}` };
    }
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { files, ...(encoding === undefined ? {} : { names: encoding }) };
}

/** The encoding of names written without the UTF-8 flag, judged on all of them together as one text. */
function namesEncoding(names: readonly string[]): Encoding {
  const encoding = decode(Buffer.from(names.join('\n'), 'latin1')).encoding;
  return encoding === 'gb18030' || encoding === 'big5' ? encoding : 'utf-8';
}
