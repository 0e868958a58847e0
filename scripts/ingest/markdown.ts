/**
 * Serialise an entry — front matter and an mdast body — to Markdown with
 * remark-stringify (front matter via remark-frontmatter and the `yaml`
 * library, Q&A containers via remark-directive). No string concatenation of
 * Markdown: every character of the source text is escaped by mdast-util-to-markdown.
 */
import type { BlockContent, DefinitionContent, Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';

const processor = unified().use(remarkStringify, { bullet: '-', rule: '-' }).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/** Front matter values: what YAML can carry, without `undefined` (absent fields are left out). */
export type FrontMatter = { [key: string]: FrontMatterValue };
type FrontMatterValue = string | number | boolean | FrontMatterValue[] | { [key: string]: FrontMatterValue };

export function toMarkdown(data: FrontMatter, body: RootContent[]): string {
  const yaml = stringifyYaml(data, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' }).trimEnd();
  const tree: Root = { type: 'root', children: [{ type: 'yaml', value: yaml }, ...body] };
  return processor.stringify(tree);
}

export function paragraph(text: string): BlockContent {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

export function heading(depth: 2 | 3 | 4, text: string): BlockContent {
  return { type: 'heading', depth, children: [{ type: 'text', value: text }] };
}

export function container(name: string, attributes: Record<string, string>, children: Array<BlockContent | DefinitionContent>): ContainerDirective {
  return { type: 'containerDirective', name, attributes, children };
}

/** Drop `undefined` fields so that absent values are absent, not `null`. */
export function defined(data: Record<string, FrontMatterValue | undefined>): FrontMatter {
  const result: FrontMatter = {};
  for (const [key, value] of Object.entries(data)) if (value !== undefined) result[key] = value;
  return result;
}
