/**
 * Simplified → Traditional by characters, the one conversion the site uses
 * wherever Traditional text is made: opencc's character table with its
 * phrase tables (which only choose among a character's Traditional forms:
 * 头发 → 頭髮, 发展 → 發展) and the regional variant forms (Taiwan `tw` or
 * Hong Kong `hk`), never the vocabulary tables (`twp`/`hkp`: 软件 → 軟體).
 *
 * The steps are opencc-js's own `s2tw` / `s2hk` configuration, written out
 * so that the build (full phrase table) and the browser (the phrases that
 * occur in the text it shows, see search/phrase-subset.ts) run the
 * same code: normalise compatibility ideographs, cut the text at the
 * longest phrases, convert each piece by phrases then characters, then by
 * the regional variants.
 *
 * @example
 *   toTraditionalConverter(dicts)('头发和发展') // → '頭髮和發展'
 */
import { ConverterFactory, Trie, type DictLike } from 'opencc-js/core';

/** Which Traditional forms: Taiwan (`裡`) or Hong Kong (`裏`). */
export type Traditional = 'tw' | 'hk';

export const TRADITIONAL_FORMS: readonly Traditional[] = ['tw', 'hk'];

export interface ToTraditionalDicts {
  /** CJK_Compatibility_Ideographs. */
  normalization: DictLike;
  /** Our corrections (utils/opencc-corrections.ts), STPhrases and STPhrases_GeneratedFromRegionalPhrases (or the part of them a text needs), in that order. */
  phrases: readonly DictLike[];
  /** STCharacters. */
  characters: DictLike;
  /** TWVariantsPhrases and TWVariants, or HKVariantsPhrases and HKVariants. */
  variants: readonly DictLike[];
}

export type Convert = (text: string) => string;

export function toTraditionalConverter(dicts: ToTraditionalDicts): Convert {
  const normalize = ConverterFactory([dicts.normalization]);
  const segmentation = new Trie();
  segmentation.loadDictGroup([...dicts.phrases]);
  const characters = new Trie();
  characters.loadDictGroup([...dicts.phrases, dicts.characters]);
  const variants = new Trie();
  variants.loadDictGroup([...dicts.variants]);
  return (text) =>
    segmentation
      .segment(normalize(text))
      .map((piece) => variants.convert(characters.convert(piece)))
      .join('');
}
