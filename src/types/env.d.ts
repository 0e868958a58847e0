/** Set by the convertScript integration (src/integrations/convert-script.ts) through Vite's `define`. */
interface ImportMetaEnv {
  /** Which Traditional forms the site uses: Taiwan (`tw`) or Hong Kong (`hk`). */
  readonly BAOKU_TRADITIONAL: 'tw' | 'hk';
}
