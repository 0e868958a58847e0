/**
 * The two scripts every page exists in. Simplified pages live at the site
 * root, Traditional ones under `zh-hant/`; the text conversion itself runs
 * after the build (see integrations/convert-script.ts).
 */
export type Script = 'hans' | 'hant';

export const SCRIPTS: readonly Script[] = ['hans', 'hant'];

/** The route parameter `[...script]` for a script: none for Simplified. */
export function scriptParam(script: Script): string | undefined {
  return script === 'hant' ? 'zh-hant' : undefined;
}

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const LANG: Record<Script, string> = { hans: 'zh-Hans', hant: 'zh-Hant' };

/** Which scripts to build: `BAOKU_SCRIPTS=hans` builds Simplified only (to measure what the second script costs). */
export function builtScripts(): readonly Script[] {
  const wanted = process.env['BAOKU_SCRIPTS'];
  return wanted === 'hans' || wanted === 'hant' ? [wanted] : SCRIPTS;
}
