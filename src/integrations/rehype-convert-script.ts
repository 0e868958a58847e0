/**
 * rehype plugin: convert the text of a page between Simplified and
 * Traditional Chinese with an opencc-js converter — text nodes only, never
 * attributes, URLs, code, scripts or styles, and never inside an element
 * marked `data-no-convert` (provenance, the original wording kept for citation).
 *
 * With `within`, only text inside elements carrying that attribute is
 * converted (on Simplified pages: the text of papers printed in Traditional).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface ConvertScriptOptions {
  convert: (text: string) => string;
  /** Convert only inside elements with this attribute (hast property name, e.g. `dataPrinted`) set to `value`. */
  within?: { property: string; value: string };
}

/** Elements whose text is code or data, not prose. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'template']);

export function rehypeConvertScript(options: ConvertScriptOptions) {
  return (tree: Root): void => {
    walk(tree.children, options.within === undefined, options);
  };
}

function walk(nodes: Array<RootContent | ElementContent>, active: boolean, options: ConvertScriptOptions): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      if (active) node.value = options.convert(node.value);
    } else if (node.type === 'element') {
      if (SKIP.has(node.tagName) || node.properties['dataNoConvert'] !== undefined) continue;
      walk(node.children, active || marks(node, options), options);
    }
  }
}

function marks(node: Element, options: ConvertScriptOptions): boolean {
  return options.within !== undefined && node.properties[options.within.property] === options.within.value;
}
