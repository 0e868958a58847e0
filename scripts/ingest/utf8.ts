/**
 * UTF-8 byte by byte: where a file's bad sequences are, and how many good
 * multi-byte sequences it has — what tells "UTF-8 with a few damaged
 * characters" from a legacy encoding.
 */
import type { BadBytes } from './decode.ts';

export interface ByteRun {
  start: number;
  length: number;
}

/** Find maximal runs of bytes that are not part of a well-formed UTF-8 sequence. */
export function findBadUtf8(bytes: Uint8Array): ByteRun[] {
  const runs: ByteRun[] = [];
  let i = 0;
  while (i < bytes.length) {
    const size = sequenceLength(bytes, i);
    if (size > 0) {
      i += size;
      continue;
    }
    const last = runs.at(-1);
    if (last && last.start + last.length === i) last.length += 1;
    else runs.push({ start: i, length: 1 });
    i += 1;
  }
  return runs;
}

/** How many well-formed UTF-8 sequences of two or more bytes there are. */
export function countMultibyte(bytes: Uint8Array): number {
  let count = 0;
  let i = 0;
  while (i < bytes.length) {
    const size = sequenceLength(bytes, i);
    if (size > 1) count += 1;
    i += Math.max(size, 1);
  }
  return count;
}

/** Length of the well-formed UTF-8 sequence starting at `i`, or 0. */
export function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  if (b0 < 0x80) return 1;
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= low && b <= high;
  };
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Map UTF-8 bad byte runs to offsets in the decoded text. */
export function locateUtf8(body: Uint8Array, runs: ByteRun[], skipped: number): BadBytes[] {
  if (runs.length === 0) return [];
  const result: BadBytes[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  let textOffset = 0;
  let previousEnd = 0;
  for (const run of runs) {
    textOffset += decoder.decode(body.subarray(previousEnd, run.start)).length;
    result.push({ byteOffset: run.start + skipped, hex: hex(body.subarray(run.start, run.start + run.length)), textOffset });
    // TextDecoder writes one U+FFFD per maximal invalid subpart; count what it wrote.
    textOffset += decoder.decode(body.subarray(run.start, run.start + run.length)).length;
    previousEnd = run.start + run.length;
  }
  return result;
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(' ');
}
