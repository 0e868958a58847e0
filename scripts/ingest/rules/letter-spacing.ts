/**
 * Rule: a line printed letter-spaced — a space after every character, as old
 * papers set a masthead or a headline wide and OCR and web copies keep it
 * (`人　民　日　报`, `韩 正 参 加 山 东 代 表 团 审 议`, `工 业 大 镇 “ 换 ” 出 新 机 遇`).
 * The spaces are type, not words: the name or the headline is the text
 * without them, so that it reads, matches and is found by search as printed.
 * Every piece between the spaces is one character; at least two are Chinese.
 *
 * @example
 *   unspaced('人　民　日　报') // → '人民日报'
 *   unspaced('两 会 “ 部 长 通 道 ” 开 启') // → '两会“部长通道”开启'
 *   unspaced('奋进新征程 建功新时代') // → as it is (words apart, not letters)
 *   unspaced('A 02') // → as it is
 */

/** One character a spaced line may hold: Chinese, a digit, a Latin letter (`C 9 1 9 大 飞 机`), or a mark (quotes, brackets, dots). */
const SPACED_CHAR = /^[\p{Script=Han}\p{N}\p{Script=Latin}\p{P}]$/u;

export function isLetterSpaced(text: string): boolean {
  const pieces = text.trim().split(/[ \u3000\u00a0]+/u);
  if (pieces.length < 2) return false;
  let han = 0;
  for (const piece of pieces) {
    const chars = Array.from(piece);
    if (chars.length !== 1 || !SPACED_CHAR.test(piece)) return false;
    if (/\p{Script=Han}/u.test(piece)) han += 1;
  }
  return han >= 2;
}

/** The text without its letter-spacing (`isLetterSpaced`); any other text as it is. */
export function unspaced(text: string): string {
  return isLetterSpaced(text) ? text.trim().replace(/[ \u3000\u00a0]+/gu, '') : text;
}
