/**
 * Check: characters that take no room inside a line's text — a zero-width
 * space, a word joiner, a byte-order mark, a soft hyphen, a direction mark
 * (`lines.ts`'s `INVISIBLE`). A web page or an editor leaves them; the page
 * never printed them, yet a title holding one no longer matches the title a
 * reader types or cites. They are kept as found (the archive does not alter
 * its text); this check says where they are. At a line's edges they are left
 * out like spaces before any rule reads the line, so they are not found here.
 *
 * @example
 *   findInvisible([{ text: '新区建设\u200b提速', … }]) // → [{ line, index: 4, char: '\u200b' }]
 */
import { INVISIBLE } from '../lines.ts';
import type { RawLine } from '../types.ts';

/** Each invisible character's Unicode name, for the message. */
export const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u200b': 'U+200B ZERO WIDTH SPACE',
  '\u2060': 'U+2060 WORD JOINER',
  '\ufeff': 'U+FEFF ZERO WIDTH NO-BREAK SPACE (a byte-order mark)',
  '\u00ad': 'U+00AD SOFT HYPHEN',
  '\u200e': 'U+200E LEFT-TO-RIGHT MARK',
  '\u200f': 'U+200F RIGHT-TO-LEFT MARK',
};

export interface Invisible {
  line: RawLine;
  /** UTF-16 offset of the character in `line.text`. */
  index: number;
  char: string;
}

/** Every invisible character inside the lines' text, in reading order. */
export function findInvisible(lines: readonly RawLine[]): Invisible[] {
  return lines.flatMap((line) => [...line.text.matchAll(INVISIBLE)].map((match) => ({ line, index: match.index, char: match[0] })));
}
