/**
 * Show Simplified text to Traditional readers, character by character, with
 * the table the search index step writes (`pagefind/baoku-s2t.txt`, opencc's
 * STCharacters and TWVariants). Loaded only on Traditional pages.
 */
import { BASE } from '../utils/url.ts';

let table: Promise<Map<string, string>> | undefined;

function load(): Promise<Map<string, string>> {
  table ??= fetch(`${BASE}pagefind/baoku-s2t.txt`)
    .then((response) => (response.ok ? response.text() : ''))
    .then((text) => new Map(text.split('|').map((entry) => entry.split(' ') as [string, string])));
  return table;
}

/** A converter for the page's script: identity on Simplified pages. */
export async function displayConverter(): Promise<(text: string) => string> {
  if (document.documentElement.lang !== 'zh-Hant') return (text) => text;
  const map = await load();
  return (text) => Array.from(text, (char) => map.get(char) ?? char).join('');
}
