/**
 * rehype plugin: convert the text of a page between Simplified and
 * Traditional Chinese with an opencc-js converter — text nodes and the
 * attributes a reader sees or hears (`title`, `alt`, `placeholder`,
 * `aria-label`, the description and Open Graph texts), never URLs, other
 * attributes, code, scripts or styles, and never inside an element marked
 * `data-no-convert` (provenance, the original wording kept for citation).
 *
 * With `within`, only text inside elements carrying that attribute is
 * converted (on Simplified pages: the text of papers printed in Traditional).
 * With `keep`, elements carrying that attribute are left as they are (on
 * Traditional pages: the text of papers printed in Traditional, `data-as-printed`).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

export interface ConvertScriptOptions {
  convert: (text: string) => string;
  /** Convert only inside elements with this attribute (hast property name, e.g. `dataPrinted`) set to `value`. */
  within?: { property: string; value: string };
  /** Leave elements with this attribute (hast property name, e.g. `dataAsPrinted`) as they are, text and attributes. */
  keep?: string;
}

/** Elements whose text is code or data, not prose. */
const SKIP = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'textarea', 'template']);

/** Attributes (hast property names) that hold text for the reader. */
const TEXT_ATTRIBUTES = ['title', 'alt', 'placeholder', 'ariaLabel'];

/** `<meta>` whose `content` is shown to readers (search engines, link previews). */
const TEXT_META = new Set(['description', 'og:title', 'og:description', 'og:site_name', 'twitter:title', 'twitter:description']);

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
      if (options.keep !== undefined && node.properties[options.keep] !== undefined) continue;
      const inside = active || marks(node, options);
      if (inside) convertAttributes(node, options.convert);
      walk(node.children, inside, options);
    }
  }
}

function convertAttributes(node: Element, convert: (text: string) => string): void {
  for (const name of TEXT_ATTRIBUTES) {
    const value = node.properties[name];
    if (typeof value === 'string') node.properties[name] = convert(value);
  }
  if (node.tagName === 'meta') {
    const kind = node.properties['name'] ?? node.properties['property'];
    const content = node.properties['content'];
    if (typeof kind === 'string' && TEXT_META.has(kind) && typeof content === 'string') node.properties['content'] = convert(content);
  }
}

function marks(node: Element, options: ConvertScriptOptions): boolean {
  return options.within !== undefined && node.properties[options.within.property] === options.within.value;
}
