/**
 * Numbers as newspapers print them: ASCII or full-width digits (`２０２４`),
 * or Chinese numerals (`二〇二五`, `十二`, `廿八`, `四`).
 *
 * @example
 *   parseNumber('二十三') // → 23
 *   parseNumber('１２') // → 12
 *   parseNumber('一九九0') // → 1990 (an OCR's zero among Chinese numerals)
 */

const DIGITS: Record<string, number> = {
  〇: 0, // ling (circle form used in years)
  '○': 0, // the white circle a font or an OCR gives for 〇 (`二○二四年`)
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A pattern matching one printed number of any of the supported forms. */
export const NUMBER = '[0-9０-９〇○零一二两兩三四五六七八九十廿卅百]+';

/** Convert full-width digits to ASCII digits (for parsing; the text itself is never changed). */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (digit) => String.fromCodePoint(digit.codePointAt(0)! - 0xff10 + 0x30));
}

/** Parse a printed number; `undefined` when it is not one. */
export function parseNumber(printed: string): number | undefined {
  const text = asciiDigits(printed.trim());
  if (/^[0-9]+$/u.test(text)) return Number(text);
  // A year in Arabic digits with OCR's letter O for a zero (`2O24`).
  if (/^[12][0-9OoＯ]{3}$/u.test(text)) return Number(text.replace(/[OoＯ]/gu, '0'));
  // Digit by digit, as in years: 二〇二五; OCR reads a 〇 among them as a zero or a letter O (`一九九0`, `一九八O`).
  if (/^[〇○零一二两兩三四五六七八九0OＯ]{4}$/u.test(text) && /[一二三四五六七八九]/u.test(text)) {
    return Number(Array.from(text, (char) => DIGITS[char] ?? 0).join(''));
  }
  if (!/^[〇○零一二两兩三四五六七八九十廿卅百]+$/u.test(text)) return undefined;
  if (!/[十廿卅百]/u.test(text)) return Number(Array.from(text, (char) => DIGITS[char]).join(''));
  let total = 0;
  let current = 0;
  for (const char of text) {
    if (char === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else if (char === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (char === '廿') total += 20;
    else if (char === '卅') total += 30;
    else current = DIGITS[char] ?? 0;
  }
  return total + current;
}
