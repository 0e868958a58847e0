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
  const offsets: number[] = [];
  let offset = 0;
  for (const char of chars) {
    offsets.push(offset);
    offset += char.length;
  }
  const found: Duplication[] = [];
  const seen = new Map<string, number[]>();
  let i = 0;
  while (i + MIN_REPEAT <= chars.length) {
    const key = chars.slice(i, i + MIN_REPEAT).join('');
    const earlier = (seen.get(key) ?? []).find((start) => i - (start + MIN_REPEAT) <= MAX_GAP && i - start >= MIN_REPEAT);
    if (earlier !== undefined) {
      let length = MIN_REPEAT;
      while (i + length < chars.length && earlier + length < i && chars[earlier + length] === chars[i + length]) length += 1;
      found.push({ text: chars.slice(i, i + length).join(''), first: offsets[earlier]!, second: offsets[i]! });
      i += length;
      continue;
    }
    seen.set(key, [...(seen.get(key) ?? []), i]);
    i += 1;
  }
  return found;
}
