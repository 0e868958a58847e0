/**
 * A gzipped file (`.txt.gz`, `.jsonl.gz`, `.html.gz`), as data dumps and scrapers ship newspaper text: its bytes
 * unpacked, at most `most` of them. A file cut short gives what it holds, said; one that is no gzip, or unpacks to more
 * than Baoku reads in one file, is named with the fix.
 *
 * @example
 *   gunzipped(bytes, 64 * 1024 * 1024) // → {bytes: <the file's bytes>}
 */
import { constants, gunzipSync } from 'node:zlib';

export type Gunzipped = { bytes: Buffer; cutShort?: true } | { unreadable: string; fix: string };

export function gunzipped(bytes: Uint8Array, most: number): Gunzipped {
  if (!(bytes[0] === 0x1f && bytes[1] === 0x8b))
    return { unreadable: 'it is no gzip file (it does not begin with its mark, 1F 8B)', fix: 'unpack or rename it as what it is' };
  try {
    return { bytes: gunzipSync(bytes, { maxOutputLength: most + 1 }) };
  } catch (failure) {
    const code = (failure as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || failure instanceof RangeError)
      return {
        unreadable: `it unpacks to more than the ${most / 1024 / 1024} MB Baoku reads in one file`,
        fix: 'unpack it and split it into files of an issue or a month each',
      };
    if (code === 'Z_BUF_ERROR') {
      // (Cut short: what the stream holds up to the cut.)
      try {
        return { bytes: gunzipSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: most + 1 }), cutShort: true };
      } catch {
        // (Nothing readable before the cut.)
      }
    }
    return {
      unreadable: `it cannot be unpacked (${failure instanceof Error ? failure.message : String(failure)}): cut short or damaged`,
      fix: 'download or copy it again',
    };
  }
}
