/**
 * Fold full-width digits, Latin letters and the percent sign to ASCII
 * (`１８％` → `18%`), for the search index and for queries alike. Chinese
 * punctuation (，（）) is left alone, so excerpts read as printed.
 *
 * @example
 *   foldWidth('同比增长１８％，') // → '同比增长18%，'
 */
export function foldWidth(text: string): string {
  return text.replace(/[０-９Ａ-Ｚａ-ｚ％]/gu, (char) => String.fromCodePoint(char.codePointAt(0)! - 0xfee0));
}
