/**
 * Rule: text an OCR engine wrote with a space between Chinese characters — Tesseract's `chi_sim`/`chi_tra`
 * output, which takes every character or short run for a word and puts a space after it
 * (`本 报 讯 （ 记 者 王 芳 ） 十 四 届 全 国 人 大`, `习 近 平向 斯 洛伐 克 当 选总 统 致贺 电`). Chinese is set without
 * spaces: in a file where most neighbouring Chinese characters stand apart, those spaces are the engine's, not
 * the paper's, and the text is read without them — between two Chinese characters or marks, between a Chinese
 * character and the number after it (`第 2 版`), and between a number and its unit (`2024 年 3 月 8 日` → `2024年3月8日`);
 * a space between Latin words or numbers stays (`G 20` is not joined, `Wang Fang` neither), and so does one between
 * a number and another word (`2 沅水日报`, a running head's page number before the paper's name).
 *
 * @example
 *   ocrSpaced(['本 报 讯 （ 记 者 王 芳 ）', '习 近 平 、 李 强']) // → true
 *   withoutOcrSpaces('2024 年 3 月 8 日 星 期 五') // → '2024年3月8日星期五'
 *   withoutOcrSpaces('G 20 峰 会') // → 'G 20 峰会'
 *   withoutOcrSpaces('2 沅 水 日 报 2024 年') // → '2 沅水日报2024年'
 */

/** A character Chinese text sets without spaces around it: a Han character, or a full-width or CJK mark. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’·—…]/u;

/**
 * What a number is joined to after it: a unit, a measure or a date's part (`2024 年`, `8 日`, `3000 名`, `2 号线`, `14 亿`),
 * or a mark. A number before another word stays apart: a running head's page number before the paper's name (`2 沅水日报`).
 */
const UNIT =
  /[年月日号號时時分秒点點版期届屆次个個名位家项項件条條元角万萬亿億千百余多岁歲天周週米吨噸斤亩畝户戶倍成股只座辆輛架艘台臺部批场場轮輪所间間层層篇页頁张張份句字度°℃%％　-〿＀-￯“”‘’·—…]/u;

/**
 * A space an OCR engine writes between two characters: ASCII, one or more. (A full-width space, `张　伟`, is the paper's own:
 * a two-character name padded to a list's three.)
 */
const SPACE_RUN = / +/gu;

/** Two Chinese characters with an ASCII space between them, anywhere in a line. */
const SPACED_PAIR = /\p{Script=Han} \p{Script=Han}/u;

/** The share of neighbouring Chinese characters set apart by a space above which a file's spaces are an OCR engine's. */
const SPACED_SHARE = 0.35;

/** Fewest pairs of neighbouring Chinese characters a file must hold to be judged (a few spaced heads are letter-spacing). */
const PAIRS_MIN = 40;

/** The share of a spaced file's Chinese pieces between spaces that are one character, as an engine's are (`本 报讯 （ 记 者`); a list's names are two or three. */
const SINGLE_SHARE = 0.4;

/**
 * Whether a file's lines set most neighbouring Chinese characters apart by spaces, as Tesseract writes Chinese: over a
 * third of them apart, and most of the pieces between the spaces one character (a list of names, `王建国 李秀英 张伟`, or
 * words set apart, `奋进新征程 建功新时代`, is none).
 */
export function ocrSpaced(texts: readonly string[]): boolean {
  // (Most files set no Chinese character apart by a space: they are told at once, as every text file is asked.)
  if (!texts.some((text) => SPACED_PAIR.test(text))) return false;
  let together = 0;
  let apart = 0;
  let pieces = 0;
  let singles = 0;
  for (const text of texts) {
    const chars = Array.from(text);
    for (let i = 0; i + 1 < chars.length; i += 1) {
      if (!isHan(chars[i]!)) continue;
      if (isHan(chars[i + 1]!)) together += 1;
      else if (chars[i + 1] === ' ' && isHan(chars[i + 2] ?? '')) apart += 1;
    }
    for (const piece of text.split(/ +/u)) {
      if (!/^\p{Script=Han}+$/u.test(piece)) continue;
      pieces += 1;
      if (Array.from(piece).length === 1) singles += 1;
    }
  }
  return together + apart >= PAIRS_MIN && apart / (together + apart) > SPACED_SHARE && singles >= SINGLE_SHARE * pieces;
}

/** A line without the spaces an OCR engine put between Chinese characters and marks, or between them and digits. */
export function withoutOcrSpaces(text: string): string {
  return text.replace(SPACE_RUN, (space, at: number, whole: string) => {
    // (The characters either side, a surrogate pair's two halves read as one: two code units at most.)
    const before = Array.from(whole.slice(Math.max(0, at - 2), at)).at(-1) ?? '';
    const after = Array.from(whole.slice(at + space.length, at + space.length + 2))[0] ?? '';
    if (before === '' || after === '') return space;
    const cjkBefore = CJK.test(before);
    const cjkAfter = CJK.test(after);
    return (cjkBefore && cjkAfter) || (cjkBefore && /[0-9]/u.test(after)) || (/[0-9]/u.test(before) && UNIT.test(after)) ? '' : space;
  });
}

function isHan(char: string): boolean {
  return /\p{Script=Han}/u.test(char);
}
