/**
 * The two scripts every page exists in. Simplified pages live at the site
 * root, Traditional ones under `zh-hant/`; the text conversion itself runs
 * after the build (see integrations/convert-script.ts).
 */
import { settings } from '../archive/settings.ts';
import type { Script } from '../archive/script.ts';

export { SCRIPTS, type Script } from '../archive/script.ts';

/** The route parameter `[...script]` for a script: none for Simplified. */
export function scriptParam(script: Script): string | undefined {
  return script === 'hant' ? 'zh-hant' : undefined;
}

/** BCP 47 tags for `<html lang>` and `hreflang`. */
export const LANG: Record<Script, string> = { hans: 'zh-Hans', hant: 'zh-Hant' };

/** Which scripts to build (`scripts`; `BAOKU_SCRIPTS=hans` builds Simplified only, to measure what the second script costs). */
export function builtScripts(): readonly Script[] {
  return settings().scripts;
}
