/**
 * Check: a run of text printed twice in a row within a paragraph, the
 * typical slip of a copy-editor or an extraction tool. The text is never
 * changed; the finding is reported for a person to compare with the print.
 *
 * @example
 *   findDuplicatedText('…单边制裁的清单不断延长，欲加之罪的手段不断翻新，单边制裁的清单不断延长，欲加之罪罪到了…')
 *   // → [{text: '，单边制裁的清单不断延长，欲加之罪', first: …, second: …}]
 */

/** Shortest repeated run (in code points) worth reporting: shorter repeats are normal rhetoric. */
export const MIN_REPEAT = 12;
/** Longest gap (in code points) between the two copies. */
const MAX_GAP = 40;

export interface Duplication {
  text: string;
  /** UTF-16 offsets of the two copies in the paragraph. */
  first: number;
  second: number;
}

export function findDuplicatedText(paragraph: string): Duplication[] {
  const chars = Array.from(paragraph);
  /** UTF-16 offset of each code point, and one past the end. */
  const offsets: number[] = [];
  let offset = 0;
  for (const char of chars) {
    offsets.push(offset);
    offset += char.length;
  }
  offsets.push(offset);
  /** The run of `length` code points starting at code point `start`, sliced without building arrays. */
  const run = (start: number, length: number): string => paragraph.slice(offsets[start], offsets[start + length]);
  const found: Duplication[] = [];
  /** Last start of each run of MIN_REPEAT characters. */
  const seen = new Map<string, number>();
  let i = 0;
  while (i + MIN_REPEAT <= chars.length) {
    const key = run(i, MIN_REPEAT);
    const earlier = seen.get(key);
    if (earlier !== undefined && i - earlier >= MIN_REPEAT && i - (earlier + MIN_REPEAT) <= MAX_GAP) {
      let length = MIN_REPEAT;
      while (i + length < chars.length && earlier + length < i && chars[earlier + length] === chars[i + length]) length += 1;
      found.push({ text: run(i, length), first: offsets[earlier]!, second: offsets[i]! });
      i += length;
      continue;
    }
    if (earlier === undefined || i - earlier >= MIN_REPEAT) seen.set(key, i);
    i += 1;
  }
  return found;
}
