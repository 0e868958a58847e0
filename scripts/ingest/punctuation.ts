/**
 * Punctuation tables for Chinese newspaper text, one commented entry each.
 * Iterate text by code point (`for…of`, `Array.from`) — never `split('')`.
 */

/** Marks that end a sentence or a paragraph; a paragraph that ends without one may have been broken. */
export const SENTENCE_END = new Set([
  '。', // 句号
  '！', // 叹号
  '？', // 问号
  '…', // 省略号 (half of ……)
  '；', // 分号 (ends a clause list item)
  '：', // 冒号 (introduces what follows: a speaker, a list)
  '”', // 右双引号 (closing a quoted sentence)
  '’', // 右单引号
  '」', // 直角右引号 (Traditional)
  '』', // 直角右双引号 (Traditional)
  '）', // 右括号 (a closing note, a jump marker)
  '》', // 右书名号 (a title at the end of a line)
  '.', // full stop (Latin)
  '!', // exclamation mark (Latin)
  '?', // question mark (Latin)
  ':', // colon (Latin)
  ')', // right parenthesis (Latin)
  '．', // 全角句点
]);

/** Marks found inside running text but not in a bare headline. */
export const CLAUSE_MARKS = new Set([
  '，', // 逗号
  '。', // 句号
  '；', // 分号
  '！', // 叹号
  '？', // 问号
]);

/** Last code point of a string (safe for characters outside the BMP). */
export function lastChar(text: string): string {
  const chars = Array.from(text);
  return chars.at(-1) ?? '';
}

/** Whether a line ends like a finished sentence. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.has(lastChar(text.trimEnd()));
}

/**
 * Whether a line broke a number at its decimal point (`…已播种42.` / `3万亩…`): the point ends no sentence there, whatever
 * `endsSentence` says of it.
 */
export function breaksNumber(text: string, next: string): boolean {
  return /[0-9０-９][.．]$/u.test(text.trimEnd()) && /^[0-9０-９]/u.test(next);
}

/** Whether a line carries sentence punctuation inside (running text rather than a title). */
export function hasClauseMarks(text: string): boolean {
  for (const char of text) if (CLAUSE_MARKS.has(char)) return true;
  return false;
}

/** Length in code points, the unit readers count in. */
export function charLength(text: string): number {
  return Array.from(text).length;
}

/**
 * Width of a text as set in type, in cells: a Han character or a full-width
 * mark one, a Latin letter, a digit or a half-width mark half. A column of
 * Chinese text is so many cells wide, whatever digits its lines hold.
 */
export function cells(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    width += code < 0x1100 || (code >= 0xff61 && code <= 0xffdc) ? 0.5 : 1;
  }
  return width;
}

/** A text cut to `max` code points for a message, with `…` where it was cut. */
export function shorten(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
