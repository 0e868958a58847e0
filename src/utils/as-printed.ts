/**
 * The attribute that marks an element holding a paper's own words — its name, a headline, a byline, a story's text —
 * when the paper is printed in Traditional. On Traditional pages the post-build conversion leaves such an element as
 * printed (`integrations/convert-script.ts`: `台北`, `宣布` stay, where `cn → tw` would write `臺北`, `宣佈`); on
 * Simplified pages it is converted inside its `data-printed="hant"` element, as the rest of that paper's text is. A paper
 * printed in Simplified needs no mark: its words are converted to Traditional on Traditional pages.
 *
 * @example
 *   <h1 data-printed={paper.printed} {...asPrinted(paper.printed)}>{paper.name}</h1>
 */
import type { Script } from '../archive/script.ts';

export function asPrinted(printed: Script | undefined): { 'data-as-printed'?: '' } {
  return printed === 'hant' ? { 'data-as-printed': '' } : {};
}
