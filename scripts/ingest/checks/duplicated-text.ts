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
/**
 * Longest gap (in code points) between the two copies: a copy-editor's or
 * extraction tool's slip repeats a run in a row, or with a few garbled
 * characters between; the same phrase again further on is the writer's.
 */
const MAX_GAP = 8;

/** A gap that joins two parallel phrases: it holds a conjunction or a list's mark (`与`, `和`, `及`, `以及`, `暨`, `、`, `或`). */
const PARALLEL = /[与和及暨同或并、與並]/u;

/** How far apart two copies of a run are looked for before their full length is known. */
const SEARCH_GAP = 40;

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
    if (earlier !== undefined && i - earlier >= MIN_REPEAT && i - (earlier + MIN_REPEAT) <= SEARCH_GAP) {
      let length = MIN_REPEAT;
      while (i + length < chars.length && earlier + length < i && chars[earlier + length] === chars[i + length]) length += 1;
      // The gap between the end of the first copy and the start of the second.
      // (A run of spaces or marks, such as a gap between columns, is no text printed twice.)
      // (Two copies joined by a conjunction or a list's mark are the writer's parallel phrases, not a slip:
      // `2024年…计划执行情况与2024年…计划草案`, `…的报告及2024年…`.)
      const gap = run(earlier + length, Math.max(0, i - (earlier + length)));
      if (i - (earlier + length) <= MAX_GAP && !PARALLEL.test(gap) && (run(i, length).match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= MIN_REPEAT / 2) {
        found.push({ text: run(i, length), first: offsets[earlier]!, second: offsets[i]! });
        i += length;
        continue;
      }
    }
    if (earlier === undefined || i - earlier >= MIN_REPEAT) seen.set(key, i);
    i += 1;
  }
  return found;
}
