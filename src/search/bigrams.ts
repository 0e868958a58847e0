/**
 * The search index's text encoding, shared by the index step and the
 * browser. Pagefind indexes words; Chinese has no spaces, and its own
 * segmentation misses substrings that cross a word boundary. So each run of
 * Han characters is written as its overlapping bigrams followed by its last
 * character (`中国外交` → `中国 国外 外交 交`): every substring of two or more
 * characters is a run of consecutive bigrams (a quoted phrase query), every
 * single character starts a bigram or is a run's last character (a prefix
 * query). Other text is kept as it is, a space becomes a separator token,
 * so no phrase spans a gap; the encoding is lossless (`decodeIndexText`).
 *
 * @example
 *   encodeIndexText('中国外交，2024年') // → '中国 国外 外交 交 ， 2024 年'
 */

/** Written where the text has whitespace: a token no query produces, which breaks a phrase. */
export const SEPARATOR = '\uE000';

const HAN = /\p{Script=Han}/u;

export function isHan(char: string): boolean {
  return HAN.test(char);
}

type Kind = 'han' | 'space' | 'other';

function kindOf(char: string): Kind {
  if (isHan(char)) return 'han';
  return /\s/u.test(char) ? 'space' : 'other';
}

/** Maximal runs of Han characters, whitespace and anything else, by code point. */
export function runs(text: string): Array<{ kind: Kind; text: string }> {
  const found: Array<{ kind: Kind; text: string }> = [];
  for (const char of text) {
    const kind = kindOf(char);
    const last = found.at(-1);
    if (last && last.kind === kind) last.text += char;
    else found.push({ kind, text: char });
  }
  return found;
}

/** A Han run's tokens: its bigrams, then its last character. */
export function hanTokens(run: string): string[] {
  const chars = Array.from(run);
  return [...chars.slice(0, -1).map((char, index) => char + chars[index + 1]!), chars.at(-1)!];
}

export function encodeIndexText(text: string): string {
  const tokens: string[] = [];
  for (const run of runs(text.replaceAll(SEPARATOR, '\uFFFD').trim())) {
    if (run.kind === 'han') tokens.push(...hanTokens(run.text));
    else if (run.kind === 'space') tokens.push(SEPARATOR);
    else tokens.push(run.text);
  }
  return tokens.join(' ');
}

/** The text back (whitespace as one space): a bigram gives its first character, anything else itself. */
export function decodeIndexText(encoded: string): string {
  if (encoded === '') return '';
  return encoded
    .split(' ')
    .map((token) => {
      if (token === SEPARATOR) return ' ';
      const chars = Array.from(token);
      return chars.length === 2 && isHan(chars[0]!) && isHan(chars[1]!) ? chars[0]! : token;
    })
    .join('');
}
