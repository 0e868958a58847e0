/**
 * Read a Markdown export (remark-parse with YAML front matter) into the
 * positioned lines the page grammar reads: headings keep their depth as a
 * hint, emphasis and links are reduced to their text (`**問：**` → `問：`),
 * images and HTML blocks (`<figure>…`) become media lines — kept as
 * provenance, never taken for a title. Positions point into the `.md` file.
 */
import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { matchPageHeader } from '../rules/page-header.ts';
import { isRelatedHeading } from '../rules/structure-line.ts';
import { trimEdges } from '../lines.ts';
import { matchAsker } from '../rules/asker.ts';
import { isReporterList, matchBylineLine } from '../rules/byline.ts';
import { isPropertyKey } from '../facts/from-frontmatter.ts';
import { roleOfName } from '../facts/field-names.ts';
import { charLength } from '../punctuation.ts';
import { matchInterviewTurn } from '../rules/speaker.ts';
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

/**
 * remark-gfm: exports from word processors (pandoc, Typora) write tables
 * and footnotes (`[^1]: 本文据…整理。`); without it a footnote's text is a
 * link definition, which has no text, and a table's rows are lines of bars.
 */
const parser = unified().use(remarkParse).use(remarkCjkFriendly).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);

/** pandoc's attributes after an image (`![](media/image1.jpeg){width="3.2in" height="2.1in"}`): part of the image. */
const IMAGE_ATTRIBUTES = /^\s*\{[^{}]*\}\s*$/u;

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
  // (Hugo's JSON front matter, `{ "title": … }` at the top: read as front matter, its lines blanked for the parser so that every
  // position after it stays the file's.)
  const json = jsonFrontmatter(String(file.value));
  // (Joplin's raw export, its note's properties at the end: read as front matter, their lines blanked likewise.)
  const joplin = json ? undefined : joplinProperties(String(file.value));
  // (Either, as front matter stated outside YAML: its data, and the text with its lines blanked.)
  const stated = json ?? joplin;
  const tree = parser.parse(stated ? stated.rest : file);
  // A footnote's mark (`[^1]`) is kept as printed, where it stands in the text.
  visit(tree, 'footnoteReference', (node, index, parent) => {
    if (parent === undefined || index === undefined) return;
    parent.children[index] = { type: 'text', value: `[^${node.label ?? node.identifier}]`, ...(node.position ? { position: node.position } : {}) };
    return SKIP;
  });
  const result: MarkdownRead = stated ? { lines: [], frontmatter: stated.frontmatter } : { lines: [] };
  for (const [index, node] of tree.children.entries()) {
    if (node.type === 'yaml' || node.type === 'toml') {
      const frontmatter = parseBlock(file, node.value, node.position?.start.line ?? 1, node.position?.end.line ?? 1, node.type);
      if (frontmatter) result.frontmatter = frontmatter;
      continue;
    }
    // A note's properties under its title (Notion: `# 标题` / `日期: 2024年3月8日` / `版次: 3`): its front matter, the lines kept as printed.
    const above = tree.children[index - 1];
    // (Or a list of them, as a site's Markdown export writes them: `- 版面：第01版：要闻` / `- 日期：2024-05-01`.)
    const properties =
      result.frontmatter === undefined && (index === 0 || (index === 1 && above?.type === 'heading'))
        ? node.type === 'paragraph'
          ? propertyBlock(sourceOf(file, node))
          : propertyList(file, node)
        : undefined;
    if (properties && node.position) {
      // The note's title over them is its title, as front matter's `title` is: the head the text prints, if any, is the headline.
      const title = above?.type === 'heading' ? toString(above).trim() : '';
      const heading = result.lines.at(-1);
      if (title !== '' && heading?.hint?.heading !== undefined && !('title' in properties)) {
        properties['title'] = title;
        heading.hint = { media: true, properties: true };
      }
      result.frontmatter = { data: properties, endLine: node.position.end.line };
      result.lines.push(...textLines(sourceOf(file, node), node.position, { media: true, properties: true }));
      continue;
    }
    // A site's links copied with a clipped page: a row of them (a menu, `[首页](…) [新闻](…) [本地](…)`), or a list of them under a
    // related stories' heading (`### 相关阅读` / `- [标题](…)`), heading and all: the page's furniture, kept as printed.
    const relatedList = isLinkList(node) && above?.type === 'heading' && isRelatedHeading(toString(above));
    if (relatedList || isLinkRow(node)) {
      if (relatedList && result.lines.at(-1)?.hint?.heading !== undefined) result.lines.at(-1)!.hint = { media: true, properties: true };
      result.lines.push(...blockLines(file, node).map((line) => ({ ...line, hint: { media: true, properties: true } })));
      continue;
    }
    result.lines.push(...blockLines(file, node));
  }
  // (Joplin's title on the first line is the note's, given as its front matter's: a clip's own headline is under it.)
  const first = result.lines[0];
  if (joplin?.frontmatter.data['title'] !== undefined && first?.line === 1) result.lines[0] = { ...first, hint: { media: true, properties: true } };
  return result;
}

/** Between a row's links: white space and the marks a menu sets them apart with (not a list's `、`: `[岗位表](…)、[登记表](…)` is text). */
const LINK_SEPARATOR = /^[\s|｜·•/>»]*$/u;

/** A menu's entry: a short word (`首页`, `数字报`, `English`), not a document's or a story's name. */
const MENU_WORD = /^[\p{Script=Han}A-Za-z]{1,6}$/u;

/** A paragraph of two links or more, each a menu's short word, and nothing else but separators (a site's menu, `[首页](…) [新闻](…)`). */
function isLinkRow(node: RootContent): boolean {
  if (node.type !== 'paragraph') return false;
  const links = node.children.filter((child) => child.type === 'link');
  return (
    links.length >= 2 &&
    links.every((link) => MENU_WORD.test(toString(link).trim())) &&
    node.children.every((child) => child.type === 'link' || child.type === 'image' || (child.type === 'text' && LINK_SEPARATOR.test(child.value)))
  );
}

/** A list whose items are each one link alone (`- [标题](…)`), two or more. */
function isLinkList(node: RootContent): boolean {
  return (
    node.type === 'list' &&
    node.children.length >= 2 &&
    node.children.every((item) => {
      const [paragraph] = item.children;
      return (
        item.children.length === 1 &&
        paragraph?.type === 'paragraph' &&
        paragraph.children.every((child) => child.type === 'link' || (child.type === 'text' && child.value.trim() === '')) &&
        paragraph.children.some((child) => child.type === 'link')
      );
    })
  );
}

/**
 * JSON front matter, as Hugo takes it: an object opening the file (`{` first) and closing on a line of its own (`}`), before
 * the text. Its data and last line, and the file's text with the object's characters blanked (lines and offsets kept).
 */
function jsonFrontmatter(text: string): { frontmatter: Frontmatter; rest: string } | undefined {
  const open = /^\ufeff?[ \t]*\{[ \t]*\r?\n/u.exec(text);
  if (!open) return undefined;
  for (const close of text.matchAll(/\r?\n\}[ \t]*(?=\r?\n|$)/gu)) {
    const end = close.index + close[0].length;
    try {
      const data: unknown = JSON.parse(text.slice(0, end).replace(/^\ufeff/u, ''));
      if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
      const endLine = text.slice(0, end).split('\n').length;
      return { frontmatter: { data: data as Record<string, unknown>, endLine }, rest: text.slice(0, end).replace(/[^\r\n]/gu, ' ') + text.slice(end) };
    } catch {
      // (A `}` inside the object, or text that is no JSON: the next closing line, if any.)
    }
  }
  return undefined;
}

/** A line of Joplin's properties: a name in lower case and underscores, a colon and a space, a value or nothing (`parent_id: `). */
const JOPLIN_PROPERTY = /^([a-z][a-z0-9_]*): ?(.*)$/u;

/** What each kind of Joplin item is, by its `type_` (1 is a note; the others are no text of the paper). */
export const JOPLIN_TYPES: Record<string, string> = {
  '2': 'a notebook',
  '3': "a note's setting",
  '4': "a resource's record (a picture or file kept beside notes)",
  '5': 'a tag',
  '6': "a note's tag",
  '13': "a note's revision",
  '15': 'a migration record',
};

/**
 * Joplin's raw export (`BaseItem.serialize`): an item's title on its first line, its body, then its properties one
 * `name: value` a line to the file's end, an `id` of 32 hexadecimal digits among them and `type_` last (1 a note, 2 a
 * notebook, 5 a tag …). The properties are the note's front matter, read as a note app's are: its title, `source_url`
 * (an address that may date it), `author`, and its own `created_time`/`updated_time` (the note's life, never the
 * paper's date); `joplin_type` says what the item is. `rest` is the text with those lines blanked (positions kept).
 */
export function joplinProperties(text: string): { frontmatter: Frontmatter; rest: string } | undefined {
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end -= 1;
  const type = /^type_: ([0-9]+)\r?$/u.exec(lines[end - 1] ?? '')?.[1];
  if (type === undefined) return undefined;
  let start = end - 1;
  while (start > 0 && JOPLIN_PROPERTY.test(lines[start - 1]!.replace(/\r$/u, ''))) start -= 1;
  const properties = new Map(
    lines.slice(start, end).map((line) => {
      const [, name = '', value = ''] = JOPLIN_PROPERTY.exec(line.replace(/\r$/u, '')) ?? [];
      return [name, value.trim()] as const;
    }),
  );
  if (!/^[0-9a-f]{32}$/u.test(properties.get('id') ?? '')) return undefined;
  const title = (lines[0] ?? '').replace(/^\ufeff/u, '').trim();
  const data: Record<string, unknown> = { joplin_type: type };
  if (title !== '' && start > 0) data['title'] = title;
  for (const [from, to] of [
    ['source_url', 'source_url'],
    ['author', 'author'],
    ['created_time', 'created'],
    ['updated_time', 'updated'],
  ] as const) {
    const value = properties.get(from);
    if (value !== undefined && value !== '') data[to] = value;
  }
  const before = lines.slice(0, start).join('\n');
  const blanked = lines.slice(start).map((line) => line.replace(/[^\r]/gu, ' '));
  // (The text is all before the properties: `endLine` 0.)
  return { frontmatter: { data, endLine: 0 }, rest: [before, ...blanked].join('\n') };
}

/** A property's line: a short name, a colon, a value (`日期: 2024年3月8日`, `Created: March 9, 2024 10:11 AM`, `Tags: 剪报, 经济`). */
const PROPERTY = /^([\p{L}\p{N}_][\p{L}\p{N}_ -]{0,19})[：:][ \t]*(\S.{0,199})$/u;

/** Longest value of a property, in characters: a value is a name, a date, a list of tags, never a sentence. */
const PROPERTY_VALUE_MAX = 60;

/**
 * A paragraph of two or more property lines and nothing else, one of them
 * under a name front matter is read by or a note app writes (`日期`, `版次`,
 * `Created`, `Tags`), as a note app writes a note's properties under its
 * title: the properties by name. A dialogue's turns (`问：…`, `张三：…`), a
 * byline (`记者：张三`) and a notice's details (`时间：…`, `地点：…`) are text.
 */
export function propertyBlock(text: string): Record<string, string> | undefined {
  const lines = text.split(/\r?\n/u).map((line) => line.trim());
  if (lines.length < 2) return undefined;
  const entries: Array<[string, string]> = [];
  for (const line of lines) {
    const match = PROPERTY.exec(line);
    if (!match || matchAsker(line) || matchInterviewTurn(line) || isReporterList(line) || matchBylineLine(line) || /[。！？?]$/u.test(line)) return undefined;
    if (charLength(match[2]!) > PROPERTY_VALUE_MAX) return undefined;
    entries.push([match[1]!.trim(), match[2]!.trim()]);
  }
  return entries.some(([key]) => isPropertyKey(key)) ? Object.fromEntries(entries) : undefined;
}

/** A list whose items are each one property line (`- 日期：2024-05-01`): its properties by name, as `propertyBlock` reads a paragraph of them. */
export function propertyList(file: VFile, node: RootContent): Record<string, string> | undefined {
  if (node.type !== 'list' || node.ordered === true || node.children.length < 2) return undefined;
  const items = node.children.map((item) =>
    item.children.length === 1 && item.children[0]?.type === 'paragraph' ? sourceOf(file, item.children[0]) : undefined,
  );
  if (!items.every((item) => item !== undefined && !/\n/u.test(item))) return undefined;
  // (Only a list that dates or places the article, as an export's is: a list of a source and an author may be the text's own.)
  const properties = propertyBlock(items.join('\n'));
  const placed = properties && Object.keys(properties).some((key) => ['date', 'page'].includes(roleOfName(key, 'frontmatter') ?? ''));
  return placed ? properties : undefined;
}

function blockLines(file: VFile, node: RootContent): RawLine[] {
  const position = node.position;
  if (!position) return [];
  switch (node.type) {
    case 'heading': {
      // A page header set as a heading (`# 第二版 综合`, `## 第2版`) is the page's header, read as the text's `第N版` line is, not a headline.
      const text = toString(node);
      return textLines(text, position, matchPageHeader(text.trim()) ? undefined : { heading: node.depth });
    }
    case 'html':
      return textLines(node.value, position, { media: true });
    case 'paragraph':
      if (
        node.children.every(
          (child) =>
            child.type === 'image' ||
            child.type === 'html' ||
            // (A picture that links somewhere, a site's logo: `[![临江晚报网](logo.png)](https://…)`.)
            (child.type === 'link' && child.children.length > 0 && child.children.every((inner) => inner.type === 'image')) ||
            (child.type === 'text' && (child.value.trim() === '' || IMAGE_ATTRIBUTES.test(child.value))),
        ) ||
        isShortcode(sourceOf(file, node)) ||
        isGridTable(sourceOf(file, node))
      ) {
        return textLines(sourceOf(file, node), position, { media: true });
      }
      // A paragraph set wholly in bold or italics over several lines (`**习近平为…作序⏎要求…**`, as pandoc wraps a long headline
      // at a space) is one line: the breaks are the wrap, not lines of a head.
      if (node.children.length === 1 && (node.children[0]!.type === 'strong' || node.children[0]!.type === 'emphasis')) {
        return textLines(lineBreaks(paragraphText(node).replace(/[ \t]*\r?\n[ \t]*/gu, ' ')), position, { emphasis: true });
      }
      // A question in bold at the head of its answer's paragraph (`**1.北京中轴线游客多吗？**很多。…`): a line of its own, in bold.
      {
        const [first, ...rest] = node.children;
        const question = first?.type === 'strong' ? paragraphText(first) : '';
        const after = { ...node, children: rest };
        if (first?.position && rest[0]?.position && /[？?]\s*$/u.test(question) && !question.includes(HARD_BREAK) && paragraphText(after).trim() !== '') {
          return [
            ...textLines(question, first.position, { emphasis: true }),
            ...textLines(lineBreaks(paragraphText(after)), { start: rest[0].position.start, end: position.end }),
          ];
        }
      }
      // A shortcode on a line of its own inside a paragraph (`{{< blockquote >}}` / text / `{{< /blockquote >}}`) is markup; the text between is text.
      return textLines(lineBreaks(paragraphText(node)), position).map((line) =>
        isShortcode(line.text) ? { ...line, hint: { ...line.hint, media: true } } : line,
      );
    case 'blockquote':
      // A note app's callout (`> [!note] 我的批注`): the reader's own annotation, kept as printed, never the paper's text or a head.
      if (isCallout(sourceOf(file, node))) return textLines(sourceOf(file, node), position, { media: true, properties: true });
      return node.children.flatMap((child) => blockLines(file, child));
    case 'list':
      // (An ordered list's item keeps its number as a hint, `1. 新场景新业态…`: a post's digest numbers its items so.)
      return node.children.flatMap((child, index) => {
        const lines = blockLines(file, child);
        if (node.ordered !== true || lines[0] === undefined) return lines;
        return [{ ...lines[0], hint: { ...lines[0].hint, itemNumber: (node.start ?? 1) + index } }, ...lines.slice(1)];
      });
    case 'listItem':
      return node.children.flatMap((child) => blockLines(file, child));
    case 'code':
      return textLines(node.value, position);
    case 'thematicBreak':
      // A rule between articles (`---`): a divider line, as printed.
      return textLines(sourceOf(file, node), position);
    case 'table':
      // A table (a price list, a results table) is kept as printed, rows and bars, never read for heads.
      return textLines(sourceOf(file, node), position, { media: true });
    case 'footnoteDefinition':
      // A footnote (`[^1]: 本文据…整理。`): text of the article, kept as printed with its mark.
      return textLines(sourceOf(file, node), position);
    case 'definition':
      // A link's address (`[1]: https://…`), kept as printed, as provenance.
      return textLines(sourceOf(file, node), position, { media: true });
    default:
      return textLines(toString(node), position);
  }
}

/** A hard line break (two spaces or a backslash at a line's end) as `paragraphText` marks it, apart from a soft one (a wrap). */
const HARD_BREAK = '\uE000';

/**
 * A paragraph's text as `mdast-util-to-string` gives it (no image's alt),
 * but with each hard line break marked: that function drops a `break`
 * node, and the two lines it parts (`**2024年第13期**␠␠` / `2024年3月28日`)
 * would run together.
 */
function paragraphText(node: Nodes): string {
  if (node.type === 'break') return HARD_BREAK;
  if (node.type === 'image') return '';
  if ('children' in node) return node.children.map(paragraphText).join('');
  return 'value' in node ? node.value : '';
}

/** Hard breaks back to line ends: each parts two lines, whatever a wrap was joined into. */
function lineBreaks(text: string): string {
  return text.replaceAll(HARD_BREAK, '\n');
}

function sourceOf(file: VFile, node: RootContent): string {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : String(file.value).slice(start, end);
}

/**
 * A table in pandoc's grid or simple-pipe form, which CommonMark reads as a
 * paragraph: every line a border (`+------+------+`, `+======+`) or a row
 * between bars (`| 指标 | 数值 |`), one border at least. Kept as printed, never
 * read for heads.
 */
export function isGridTable(source: string): boolean {
  const rows = source.split(/\r?\n/u).map((row) => row.trim());
  return rows.length >= 2 && rows.some((row) => /^\+(?:[-=:]+\+)+$/u.test(row)) && rows.every((row) => /^\+(?:[-=:]+\+)+$|^\|.*\|$/u.test(row));
}

/** One RawLine per line of a block's text, placed on the block's source lines. */
function textLines(text: string, position: NonNullable<RootContent['position']>, hint?: RawLine['hint']): RawLine[] {
  const lines: RawLine[] = [];
  text.split(/\r?\n/u).forEach((raw, index) => {
    const trimmed = trimEdges(raw);
    if (trimmed === '') return;
    const line = Math.min(position.start.line + index, position.end.line);
    const start = index === 0 ? position.start : { line, column: 1 };
    const end = line === position.end.line ? position.end : { line, column: start.column + trimmed.length };
    lines.push({ text: trimmed, line, position: { start, end }, ...(hint ? { hint } : {}) });
  });
  return lines;
}

/** An Obsidian or GitHub callout, by a quote's source: its first line is its type in brackets (`> [!note]`, `> [!tip] 批注`). */
export function isCallout(quote: string): boolean {
  return /^>\s*\[![A-Za-z-]+\][+-]?/u.test(quote);
}
