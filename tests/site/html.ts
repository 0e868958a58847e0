/** Reading the built site's HTML with rehype (the same parser the site's conversion step uses). */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const parser = unified().use(rehypeParse);

export async function htmlFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).filter((file) => file.endsWith('.html')).map((file) => file.split(path.sep).join('/'));
}

export async function parsePage(dir: string, file: string): Promise<Root> {
  return parser.parse(await readFile(path.join(dir, file), 'utf8'));
}

/** A fragment of HTML, parsed as the pages are. */
export function parseHtml(html: string): Root {
  return parser.parse(html);
}

export function elements(tree: Root, test: (node: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (test(node)) found.push(node);
  });
  return found;
}

/** The page file for a site path (`papers/x/` → `papers/x/index.html`). */
export function pageFile(sitePath: string): string {
  return sitePath === '' || sitePath.endsWith('/') ? `${sitePath}index.html` : sitePath;
}
