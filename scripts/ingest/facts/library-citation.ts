/**
 * A digital newspaper library's citation of the article or page shown, in English, as
 * the platforms print it over their OCR text or head a text download with it: the
 * paper as catalogued, the day and the page (or the image, a page's sequence).
 * It names paper, date and page, as a Chinese credit line does (`from-text.ts`).
 *
 * @example
 *   matchLibraryCitation('Chung Sai Yat Po, 15 January 1910, Page 1')
 *   // → {year: 1910, month: 1, day: 15, paper: 'Chung Sai Yat Po', page: 1, …}
 *   matchLibraryCitation('The Tung Wah Times (Sydney, NSW : 1902 - 1936), Saturday 2 May 1914, page 2')
 *   // → {year: 1914, month: 5, day: 2, paper: 'The Tung Wah Times', page: 2, …}
 *   matchLibraryCitation('London, 15 January 1910') // → undefined (no page: a dateline, or a sentence's date)
 */
import { withoutCatalogueNote } from '../rules/paper-name.ts';
import { findEnglishDate } from './english-date.ts';
import type { TextDate } from './from-text.ts';

/** After the date, the page or the image, and nothing more: `, Page 1`, `, page 2`, `, p. 3`, `, Image 1`, `, Seq. 4`. */
const PAGE_AFTER_DATE = /^[,，]?\s*(?:page|p\.|pg\.?|image|seq\.?)\s*([0-9]{1,3})\s*\.?$/iu;
/** A weekday before the date, `Saturday 2 May 1914`: the date's, not the paper's. */
const WEEKDAY_BEFORE = /[,，]?\s*(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s*$/iu;
/** The most words in a paper's catalogued name. */
const NAME_WORDS_MAX = 8;
/** The longest citation line, in characters: a paper's catalogued name, its note, a date and a page. */
const CITATION_MAX = 160;

export function matchLibraryCitation(text: string): TextDate | undefined {
  const line = text.trim();
  if (line.length > CITATION_MAX) return undefined;
  const date = findEnglishDate(line);
  if (!date) return undefined;
  const page = PAGE_AFTER_DATE.exec(line.slice(date.index + date.printed.length));
  if (!page || Number(page[1]) === 0) return undefined;
  const paper = withoutCatalogueNote(
    line
      .slice(0, date.index)
      .replace(WEEKDAY_BEFORE, '')
      .replace(/[\s,，]+$/u, ''),
  );
  // (A paper's name as catalogued: words in title case, no sentence — `He said on 2 May 1914, page 2` is none.)
  const words = paper.split(/\s+/u);
  // (In one script: `原文刊于 The Economist` is a sentence's words before a citation, not a name.)
  const mixed = /\p{Script=Han}/u.test(paper) && /[A-Za-z]/u.test(paper);
  if (mixed || !/^[\p{L}\p{N}][\p{L}\p{N} .'’&-]*$/u.test(paper) || words.length > NAME_WORDS_MAX || words.some((word) => /^\p{Ll}{4,}/u.test(word)))
    return undefined;
  return { year: date.year, month: date.month, day: date.day, printed: text, paper, page: Number(page[1]) };
}
