/**
 * Show search results to Traditional readers exactly as the pages show the
 * same text: the build's conversion (utils/opencc-chain.ts, characters and
 * phrases, no vocabulary) with opencc's character, variant and
 * normalisation tables (bundled chunks, loaded on Traditional pages only)
 * and, per search bundle, the phrase entries its records need
 * (`pagefind/<key>/baoku-phrases.json`, written by the index step). On
 * Simplified pages it converts nothing and loads nothing.
 */
import type { Convert, ToTraditionalDicts } from '../../utils/opencc-chain.ts';
import { BASE } from '../../utils/url.ts';

type Pair = [string, string];

export interface Display {
  /** Text in the page's script. */
  convert: Convert;
  /** Load what converting a search bundle's results needs (call before showing them). */
  load: (shard: string) => Promise<void>;
}

const identity: Display = { convert: (text) => text, load: () => Promise.resolve() };

async function fixedDicts(): Promise<Omit<ToTraditionalDicts, 'phrases'>> {
  const hk = import.meta.env.BAOKU_TRADITIONAL === 'hk';
  const [normalization, characters, variantPhrases, variants] = await Promise.all([
    import('opencc-js/dict/CJK_Compatibility_Ideographs'),
    import('opencc-js/dict/STCharacters'),
    hk ? import('opencc-js/dict/HKVariantsPhrases') : import('opencc-js/dict/TWVariantsPhrases'),
    hk ? import('opencc-js/dict/HKVariants') : import('opencc-js/dict/TWVariants'),
  ]);
  return { normalization: normalization.default, characters: characters.default, variants: [variantPhrases.default, variants.default] };
}

async function traditionalDisplay(): Promise<Display> {
  const [{ toTraditionalConverter }, fixed] = await Promise.all([import('../../utils/opencc-chain.ts'), fixedDicts()]);
  /** The phrase tables (corrections, STPhrases, the regional ones), as far as the loaded bundles need them. */
  const phrases: Pair[][] = [];
  const loaded = new Map<string, Promise<void>>();
  let convert = toTraditionalConverter({ ...fixed, phrases });
  const display: Display = {
    convert: (text) => convert(text),
    load: (shard) => {
      let done = loaded.get(shard);
      if (!done) {
        done = fetch(`${BASE}pagefind/${shard}/baoku-phrases.json`)
          .then((response) => (response.ok ? (response.json() as Promise<Pair[][]>) : []))
          .then((tables) => {
            tables.forEach((table, index) => (phrases[index] ??= []).push(...table));
            convert = toTraditionalConverter({ ...fixed, phrases });
          });
        loaded.set(shard, done);
      }
      return done;
    },
  };
  return display;
}

/** A converter for the page's script. */
export function displayConverter(): Promise<Display> {
  return document.documentElement.lang === 'zh-Hant' ? traditionalDisplay() : Promise.resolve(identity);
}
