/**
 * The build's converters, made once per process: Simplified → Traditional
 * with opencc's full phrase table (utils/opencc-chain.ts), and Traditional
 * → Simplified (`tw → cn` or `hk → cn`, characters and opencc's
 * Traditional phrases, no vocabulary).
 */
import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariants from 'opencc-js/dict/HKVariants';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrases_GeneratedFromRegionalPhrases from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import { toTraditionalConverter, type Convert, type ToTraditionalDicts, type Traditional } from '../utils/opencc-chain.ts';
import { CORRECTIONS } from '../utils/opencc-corrections.ts';
import { toSimplifiedConverter } from '../utils/to-simplified.ts';

/** The phrase tables: our corrections, then opencc's, in its order (the first one wins a duplicate). */
export const PHRASES: readonly string[] = [CORRECTIONS, STPhrases, STPhrases_GeneratedFromRegionalPhrases];

export function fullDicts(traditional: Traditional): ToTraditionalDicts {
  return {
    normalization: CJK_Compatibility_Ideographs,
    phrases: PHRASES,
    characters: STCharacters,
    variants: traditional === 'hk' ? [HKVariantsPhrases, HKVariants] : [TWVariantsPhrases, TWVariants],
  };
}

const built = new Map<string, Convert>();

export function converters(traditional: Traditional): { toTraditional: Convert; toSimplified: Convert } {
  let toTraditional = built.get(traditional);
  if (!toTraditional) {
    toTraditional = toTraditionalConverter(fullDicts(traditional));
    built.set(traditional, toTraditional);
  }
  return { toTraditional, toSimplified: toSimplifiedConverter(traditional) };
}
