/**
 * Read a Markdown export (remark-parse with YAML front matter) into the
 * positioned lines the page grammar reads: headings keep their depth as a
 * hint, emphasis and links are reduced to their text (`**問：**` → `問：`),
 * images and HTML blocks (`<figure>…`) become media lines — kept as
 * provenance, never taken for a title. Positions point into the `.md` file.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';
import type { RawLine } from '../types.ts';
import { parseBlock, type Frontmatter } from './frontmatter.ts';

/**
 * remark-cjk-friendly: CommonMark does not close `**問：**城市…` (a closing `**` after
 * punctuation must be followed by space or punctuation), so Chinese exports'
 * bold labels would stay as literal asterisks; this extension reads them as
 * emphasis, as the exporting editors meant.
 */
// mdast types the YAML node of remark-frontmatter; its TOML node is declared here, as mdast-util-frontmatter documents.
declare module 'mdast' {
  interface Toml extends Literal {
    type: 'toml';
  }
  interface FrontmatterContentMap {
    toml: Toml;
  }
  interface RootContentMap {
    toml: Toml;
  }
}

const parser = unified().use(remarkParse).use(remarkCjkFriendly).use(remarkFrontmatter, ['yaml', 'toml']);

/**
 * A paragraph that is a static site's or a CMS's own markup: Hugo shortcodes
 * (`{{< figure src="…" caption="…" >}}`), WordPress's (`[caption id="…"]…[/caption]`,
 * escaped `\[caption …\]` by exporters). Kept as printed, as provenance, like an image.
 */
const SHORTCODE =
  /^(?:\{\{[<%](?:(?!\}\})[\s\S])*[%>]\}\}|\\?\[(caption|gallery|video|audio|embed)\b[\s\S]*\\?\[\/\1\\?\]|\\?\[(?:gallery|video|audio|embed)\b[^\]]*\\?\])$/u;

export function isShortcode(text: string): boolean {
  return SHORTCODE.test(text);
}

export interface MarkdownRead {
  frontmatter?: Frontmatter;
  lines: RawLine[];
}

export function readMarkdown(file: VFile): MarkdownRead {
  const tree = parser.parse(file);
  const result: MarkdownRead = { lines: [] };
  for (const node of tree.children) {
    if (node.type === 'yaml' || node.type === 'toml') {
      const frontmatter = parseBlock(file, node.value, node.position?.start.line ?? 1, node.position?.end.line ?? 1, node.type);
      if (frontmatter) result.frontmatter = frontmatter;
      continue;
    }
    result.lines.push(...blockLines(file, node));
  }
  return result;
}

function blockLines(file: VFile, node: RootContent): RawLine[] {
  const position = node.position;
  if (!position) return [];
  switch (node.type) {
    case 'heading':
      return textLines(toString(node), position, { heading: node.depth });
    case 'html':
      return textLines(node.value, position, { media: true });
    case 'paragraph':
      if (
        node.children.every((child) => child.type === 'image' || child.type === 'html' || (child.type === 'text' && child.value.trim() === '')) ||
        isShortcode(sourceOf(file, node))
      ) {
        return textLines(sourceOf(file, node), position, { media: true });
      }
      // A shortcode on a line of its own inside a paragraph (`{{< blockquote >}}` / text / `{{< /blockquote >}}`) is markup; the text between is text.
      return textLines(toString(node, { includeImageAlt: false }), position).map((line) =>
        isShortcode(line.text) ? { ...line, hint: { ...line.hint, media: true } } : line,
      );
    case 'list':
    case 'blockquote':
      return node.children.flatMap((child) => blockLines(file, child));
    case 'listItem':
      return node.children.flatMap((child) => blockLines(file, child));
    case 'code':
      return textLines(node.value, position);
    case 'thematicBreak':
      // A rule between articles (`---`): a divider line, as printed.
      return textLines(sourceOf(file, node), position);
    case 'definition':
      return [];
    default:
      return textLines(toString(node), position);
  }
}

function sourceOf(file: VFile, node: RootContent): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : String(file.value).slice(start, end);
}

/** One RawLine per line of a block's text, placed on the block's source lines. */
function textLines(text: string, position: NonNullable<RootContent['position']>, hint?: RawLine['hint']): RawLine[] {
  const lines: RawLine[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const trimmed = raw.replace(/^[\s\u00a0\u3000]+|[\s\u00a0\u3000]+$/gu, '');
    if (trimmed === '') return;
    const line = Math.min(position.start.line + index, position.end.line);
    const start = index === 0 ? position.start : { line, column: 1 };
    const end = line === position.end.line ? position.end : { line, column: start.column + trimmed.length };
    lines.push({ text: trimmed, line, position: { start, end }, ...(hint ? { hint } : {}) });
  });
  return lines;
}
