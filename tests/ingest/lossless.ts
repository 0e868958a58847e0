/**
 * The lossless checks, on every fixture:
 *
 * 1. Every non-blank line of every ingested input (jump markers aside, which
 *    become page numbers) is found verbatim in a front-matter value or in the
 *    text of an entry's body (`unrecoveredLines`); a head printed
 *    letter-spaced (`社　论`) is found without its spacing, a byline's run of
 *    spaces as one, a labelled field with others after it apart by tabs as its value and the rest.
 * 2. Per issue (issues fed by one database export together), the characters of the inputs and of the outputs are the same
 *    multiset (`characterDifference`): the issue's header fields and, for
 *    each section, its head fields, extras and body text, against the decoded
 *    input lines. So dropping, adding or changing one character anywhere
 *    fails it. The documented normalisations: white space is not compared
 *    (nor invisible characters at a line's edges, which ingest trims like spaces)
 *    (broken lines are rejoined), jump markers become page numbers, the labels
 *    of labelled fields (`标题：`), the brackets and number of a digest's item
 *    heading (`【标题】`, `3、标题`, after a microblog post's topics too, `#话题#【标题】`; a mobile edition's `◆标题：` bullet), a byline's box (`□ 黄伟`)
 *    and Markdown markup are not text, header
 *    lines repeated on every page are kept once, a roundup's name is its items' rubric but printed once (over the
 *    first, `roundupItem`), and so is a story's headline
 *    printed again over its later parts (a web story's next page), a byline copied out of a lead
 *    is counted once, a clipped page's title is counted without the site's
 *    name after it, a Word document's footnote marks (`[1]`) and images' places are not text,
 *    a page-number field in its header is left out and so are a `.doc`'s later
 *    sections' page headers (named in a warning), and Q&A entries (copies
 *    of their transcript) are left out, and OCR text with a space between Chinese characters is read without those spaces
 *    (`rules/ocr-spacing.ts`). A Word document's input lines are
 *    word-extractor's reading of its parts, not mammoth's, which ingest uses
 *    for a `.docx`. A data file's lines (CSV, TSV, JSON) are its records' fields
 *    as csv-parse and `JSON.parse` read them (not ingest's own readers): the
 *    head and text fields, each other field as `name: value`; the date, paper
 *    and page fields (facts of the issue), a header row, row numbers and the
 *    rows a message names as not ingested are left out.
 */
import { readFile, readdir } from 'node:fs/promises';
import { gunzipSync, inflateRawSync, constants as zlibConstants } from 'node:zlib';
import { createRequire } from 'node:module';
import { VFile } from 'vfile';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { runTogether, trimEdges } from '../../scripts/ingest/lines.ts';
import { readKeyValueHeader } from '../../scripts/ingest/formats/key-value-header.ts';
import { unified } from 'unified';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { parse as parseYaml } from 'yaml';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import JSZip from 'jszip';
import WordExtractor from 'word-extractor';
import iconv from 'iconv-lite';
import { parseEntities } from 'parse-entities';
import { decode } from '../../scripts/ingest/decode.ts';
import { docHeader, isPageNumberField } from '../../scripts/ingest/formats/word.ts';
import { withReadableText } from '../../scripts/ingest/formats/word-package.ts';
import { readRtf } from '../../scripts/ingest/formats/rtf.ts';
import { readMhtml } from '../../scripts/ingest/formats/mhtml.ts';
import { readEmail } from '../../scripts/ingest/formats/email.ts';
import { chaptersPartners } from '../../scripts/ingest/formats/chapters.ts';
import { ocrSpaced, withoutOcrSpaces } from '../../scripts/ingest/rules/ocr-spacing.ts';
import { isCallout, isGridTable, isShortcode, joplinProperties, propertyBlock, propertyList } from '../../scripts/ingest/formats/markdown.ts';
import { findJumpMarkers } from '../../scripts/ingest/rules/jump-marker.ts';
import { BYLINE_MARK } from '../../scripts/ingest/rules/byline.ts';
import { matchLabelledField } from '../../scripts/ingest/rules/labelled-field.ts';
import { columnPrefix } from '../../scripts/ingest/rules/column-prefix.ts';
import { BODY_LABEL } from '../../scripts/ingest/rules/structure-line.ts';
import { isLetterSpaced, unspaced } from '../../scripts/ingest/rules/letter-spacing.ts';
import { withoutSiteName } from '../../scripts/ingest/rules/paper-name.ts';
import { isBracketHeading } from '../../scripts/ingest/rules/title-line.ts';
import { documentComment, isPostPage, namedFurniture } from '../../scripts/ingest/formats/html.ts';
import { founderArticle } from '../../scripts/ingest/formats/founder.ts';
import { isAlto } from '../../scripts/ingest/formats/alto.ts';
import { horizontalForms } from '../../scripts/ingest/formats/pdf.ts';
import { descendants, isLayoutTable, isLinkList, isPager, linkRuns, standsInText } from '../../scripts/ingest/formats/html-layout.ts';
import { factsFromPath } from '../../scripts/ingest/facts/from-path.ts';
import { columnRoles } from '../../scripts/ingest/facts/data-columns.ts';
import { roleOfName } from '../../scripts/ingest/facts/field-names.ts';
import { holdsTagRecords } from '../../scripts/ingest/formats/xml-records.ts';
import { exportedRecords } from '../../scripts/ingest/formats/exported-records.ts';
import { cellValue } from '../../scripts/ingest/data-rows.ts';
import { readSpreadsheet } from '../../scripts/ingest/formats/spreadsheet.ts';
import { sheetTables } from '../../scripts/ingest/data-rows.ts';
import { parse as parseCsv } from 'csv-parse/sync';
import { ITEM_BULLET, ITEM_CIRCLED, ITEM_NUMBER, ITEM_NUMBER_CN, withoutItemMark } from '../../scripts/ingest/title-block.ts';
import { fixturesRoot, type FixtureRun } from './fixture-runner.ts';

/** A hard line break while a paragraph's text is read: made a newline after any soft wrap is joined. */
const HARD_BREAK = '\u2028';

// Markdown inputs read as ingest reads them (bold after CJK punctuation is markup: remark-cjk-friendly).
const parser = unified().use(remarkParse).use(remarkCjkFriendly).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkDirective);
const htmlParser = unified().use(rehypeParse);

interface Entry {
  file: string;
  data: Record<string, unknown>;
  body: string;
}

function entries(outputs: Map<string, string>): Entry[] {
  const list: Entry[] = [];
  for (const [file, content] of outputs) {
    if (!file.endsWith('.md')) continue;
    const tree: Root = parser.parse(content);
    const yaml = tree.children.find((node) => node.type === 'yaml');
    let data = (yaml ? parseYaml(yaml.value) : {}) as Record<string, unknown>;
    let body = tree.children
      .filter((node) => node.type !== 'yaml')
      .map((node) => toString(node, { includeHtml: false }))
      .join('\n');
    // A `.docx`'s footnote marks (`[1]`, mammoth's print of Word's superscript) and its images' places (`<img alt="…">`,
    // kept as provenance), which word-extractor's reading has not.
    if (((data['sources'] ?? []) as Array<{ file: string }>).some((source) => /\.(?:docx|odt)$/iu.test(source.file))) {
      const unmarked = (text: string): string => text.replace(/\[\d{1,3}\] ?|<img\b[^>]*>/gu, '');
      body = unmarked(body);
      data = JSON.parse(JSON.stringify(data), (_key, value: unknown) => (typeof value === 'string' ? unmarked(value) : value)) as Record<string, unknown>;
    }
    list.push({ file, data, body });
  }
  return list;
}

/** The title and author named in an input's front matter (`title: …`, `author: …`), or in an HTML page's head (`<title>`, `<meta>`). */
async function frontmatterValues(file: string, name: string): Promise<string[]> {
  const crawled = crawledAs(file);
  const bytes = await sourceBytes(file, name);
  const text = crawled ? await capturedText(bytes, crawled) : decode(bytes).text;
  if (/\.html?$/iu.test(file) || crawled) {
    const titles = [...text.matchAll(/<title[^>]*>([^<]*)<\/title>/giu)].map((match) => match[1]!.trim());
    // (A Founder page's head, as its property comment and elements give it.)
    const founder = Object.values(founderArticle(htmlParser.parse(text))?.facts ?? {});
    const metas = [...text.matchAll(/<meta\b[^>]*>/giu)].flatMap((match) =>
      /(?:title|author)/iu.test(match[0]) ? [/content\s*=\s*["']([^"']*)["']/iu.exec(match[0])?.[1]?.trim() ?? ''] : [],
    );
    return [...titles, ...metas, ...founder].filter((value) => value !== '');
  }
  // (Hugo's JSON front matter states its title and author as `"title": "…"`.)
  const json = /^\ufeff?\{\s*\n([\s\S]*?)\n\}[ \t]*(?:\r?\n|$)/u.exec(text);
  if (json) return [...json[1]!.matchAll(/^\s*"(?:title|author)"\s*:\s*"([^"]*)"/gmu)].map((match) => match[1]!.trim()).filter((value) => value !== '');
  // (A scraper's header of `key: value` lines, front matter with no fences: each value it states.)
  const header = readKeyValueHeader(text);
  if (header) return Object.values(header.data).filter((value): value is string => typeof value === 'string');
  const block = /^\ufeff?(---|\+\+\+)\r?\n([\s\S]*?)\r?\n\1\r?\n/u.exec(text)?.[2] ?? '';
  // (A clipper's title is stated without the site's name after it, as ingest reads it: `标题 - 中时新闻网`.)
  // (And the head's fields a site keeps under its own names, in a table of their own: Hugo's `[params]` `yinti`, `futi`, `zuozhe`.)
  return [...block.matchAll(/^\s*(?:title|author|authors|byline|subtitle|kicker|pretitle|yinti|futi|zhuti|zuozhe)\s*[:=]\s*\[?(.*?)\]?\s*$/gmu)]
    .flatMap((match) => match[1]!.split(/\s*,\s*/u))
    .map((value) => withoutSiteName(value.replace(/^["']|["']$/gu, '')))
    .filter((value) => value !== '');
}

/**
 * A block whose printed characters have no text in Markdown's reading: a
 * table, a footnote, a link's definition (`[1]: https://…`). Its
 * source is what the file holds, so it is what must come out.
 */
function opaque(node: Root['children'][number]): boolean {
  return node.type === 'table' || node.type === 'footnoteDefinition' || node.type === 'definition';
}

/** A paragraph wholly in bold or italics, which ingest reads as one line however it is wrapped (a headline pandoc wrapped at a space). */
function wrappedEmphasis(node: Root['children'][number]): boolean {
  return node.type === 'paragraph' && node.children.length === 1 && (node.children[0]!.type === 'strong' || node.children[0]!.type === 'emphasis');
}

/** A paragraph that is images alone (`![](…)`, with pandoc's attributes): ingest keeps it as printed, as provenance. */
function isImageOnly(node: Root['children'][number]): boolean {
  // (pandoc prints an image's attributes after it: `![](media/image1.jpeg){width="3.2in"}`.)
  return (
    node.type === 'paragraph' &&
    node.children.length > 0 &&
    node.children.every(
      (child) =>
        child.type === 'image' ||
        (child.type === 'link' && child.children.length > 0 && child.children.every((inner) => inner.type === 'image')) ||
        (child.type === 'text' && /^\s*\{[^{}]*\}\s*$/u.test(child.value)),
    )
  );
}

/**
 * A word processor's document as word-extractor gives its parts (not ingest's reading of a `.docx`, which is mammoth's):
 * page header, body, text boxes, notes, page footer; a paragraph or a table cell a line; a header's page-number field
 * left out, as ingest leaves it. A `.doc` that is HTML or text inside is read as that.
 */
async function wordLines(bytes: Buffer): Promise<string[] | undefined> {
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b) && !(bytes[0] === 0xd0 && bytes[1] === 0xcf)) return undefined;
  // (A `.docx` as ingest makes all its text readable, a text box with no VML copy and old WordArt given the form both libraries read.)
  const document = await new WordExtractor().extract(bytes[0] === 0x50 ? await withReadableText(await JSZip.loadAsync(bytes), bytes) : bytes);
  const keep = { filterUnicode: false };
  const frame = (text: string): string[] => text.split(/\r?\n/u).filter((line) => !isPageNumberField(line));
  // (A `.doc`'s later sections' page headers, which ingest names in a warning and does not read: it cannot place them.)
  const header = frame(document.getHeaders({ includeFooters: false, ...keep }));
  const unplaced = bytes[0] === 0xd0 ? docHeader(header.map((line) => line.trim())).unplaced : [];
  return [
    ...header.filter((line) => !unplaced.includes(line.trim())),
    ...[
      document.getBody(keep),
      document.getTextboxes({ includeHeadersAndFooters: false, includeBody: true, ...keep }),
      document.getFootnotes(keep),
      document.getEndnotes(keep),
    ].flatMap((text) => text.split(/\r?\n|\t/u)),
    ...frame(document.getFooters(keep)),
  ];
}

/**
 * An OpenDocument text's lines as its XML holds them (not ingest's reading): every paragraph and heading of the body,
 * in a text frame or a note too, and the page styles' headers and footers, a page-number field's line left out as
 * ingest leaves it; not a comment's text, nor the record of tracked changes (the deleted text).
 */
/** An XML element (the DOM's, as xmldom gives it; `Element` here is hast's). */
type XmlElement = globalThis.Element;

async function odtLines(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const parse = async (part: string): Promise<Document> => new DOMParser().parseFromString((await zip.file(part)?.async('string')) ?? '<x/>', 'text/xml');
  const TEXT = 'urn:oasis:names:tc:opendocument:xmlns:text:1.0';
  const text = (node: Node): string => {
    if (node.nodeType === 3) return node.nodeValue ?? '';
    const element = node as XmlElement;
    if (/^(?:annotation|note|tracked-changes)$/u.test(element.localName)) return '';
    if (element.localName === 's') return ' '.repeat(Number(element.getAttributeNS(TEXT, 'c') ?? '1') || 1);
    if (element.localName === 'line-break') return '\n';
    return Array.from({ length: element.childNodes.length }, (_, index) => text(element.childNodes[index]!)).join('');
  };
  const paragraphs = (document: Document, within?: (element: XmlElement) => boolean): string[] =>
    [...Array.from({ length: document.getElementsByTagNameNS(TEXT, 'p').length }, (_, index) => document.getElementsByTagNameNS(TEXT, 'p').item(index)!)]
      .concat(Array.from({ length: document.getElementsByTagNameNS(TEXT, 'h').length }, (_, index) => document.getElementsByTagNameNS(TEXT, 'h').item(index)!))
      .filter((element) => (within ? within(element) : true))
      .filter((element) => !hasAncestor(element, /^(?:annotation|tracked-changes)$/u))
      .flatMap((element) => text(element).split('\n'));
  const content = await parse('content.xml');
  const styles = await parse('styles.xml');
  const frame = paragraphs(styles, (element) => hasAncestor(element, /^(?:header|footer)$/u)).filter((line) => !isPageNumberField(line));
  return [...paragraphs(content), ...frame];
}

function hasAncestor(node: XmlElement, name: RegExp): boolean {
  for (let at = node.parentNode; at; at = at.parentNode) if (at.nodeType === 1 && name.test((at as XmlElement).localName)) return true;
  return false;
}

/**
 * A Rich Text file's lines as `formats/rtf.ts` reads them (no second reader of RTF is at hand: its own tests check
 * that reading), a page-number field's line left out as ingest leaves it.
 */
function rtfLines(bytes: Buffer): string[] {
  const rtf = readRtf(bytes);
  return [...rtf.body.split('\n'), ...rtf.footnotes, ...rtf.footer].filter((line) => !isPageNumberField(line));
}

/** Roles whose fields are facts of the issue (its date, paper, page), not text of the article. */
const FACT_ROLES = new Set(['date', 'paper', 'page', 'pageName', 'order', 'rowNumber']);

/**
 * A data file's lines as csv-parse or `JSON.parse` read its records (ingest reads them with its own CSV reader and
 * jsonc-parser): for each record not named as left out (`skipped`: `file#number`), its head and text fields (HTML
 * read as a browser's innerText, a literal `\n` as a break), and each other field as `name: value`.
 */
function dataLines(file: string, text: string, skipped: ReadonlySet<string>): string[] {
  /** Each record's fields, and its number as ingest's messages give it (a CSV's row as a spreadsheet numbers it, a JSON file's record). */
  const records: Array<{ fields: Array<[string, string]>; number: number }> = [];
  if (/\.(?:csv|tsv)$/iu.test(file)) {
    const delimiter = /\.tsv$/iu.test(file) ? '\t' : ',';
    const rows = parseCsv(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false })
      .map((cells, index) => ({ cells, number: index + 1 }))
      .filter((row) => row.cells.some((cell) => cell.trim() !== ''));
    const header = rows[0]?.cells ?? [];
    const named = header.some((cell) => cell.trim() !== '' && roleOfName(cell) !== undefined);
    const names = named ? header.map((cell, index) => cell.trim() || `column ${index + 1}`) : [];
    // (Fields beyond the header's, the text cut at a comma no quote protected: ingest reads them as the text, the fields after it from the right.)
    const textIndex = names.findIndex((name) => roleOfName(name) === 'text');
    const at = textIndex === -1 ? names.length - 1 : textIndex;
    for (const row of named ? rows.slice(1) : rows) {
      const surplus = row.cells.length - names.length;
      const cells =
        names.length > 0 && surplus > 0
          ? [...row.cells.slice(0, at), row.cells.slice(at, at + surplus + 1).join(delimiter), ...row.cells.slice(at + surplus + 1)]
          : row.cells;
      records.push({ fields: cells.map((cell, index) => [names[index] ?? `column ${index + 1}`, cell]), number: row.number });
    }
  } else if (/\.(?:xml|txt|dat)$/iu.test(file)) {
    // (With a root put around records that have none, as SogouCS's `<doc>`s; an `&` left bare escaped, as XML would have it.)
    const body = text.replace(/^\s*<\?xml[^>]*\?>/u, '').replace(/&(?![a-z]+;|#[0-9]+;|#x[0-9a-f]+;)/giu, '&amp;');
    const document = new DOMParser({ errorHandler: () => undefined }).parseFromString(`<root>${body}</root>`, 'text/xml');
    const elementsOf = (element: XmlElement): XmlElement[] =>
      Array.from({ length: element.childNodes.length }, (_, index) => element.childNodes[index]!).filter((node): node is XmlElement => node.nodeType === 1);
    const INLINE =
      /^(?:p|br|div|span|b|strong|i|em|u|a|font|img|figure|figcaption|h[1-6]|ul|ol|li|table|tbody|thead|tr|td|th|blockquote|sup|sub|center|section)$/u;
    const walk = (element: XmlElement): void => {
      const fields: Array<[string, string]> = Array.from({ length: element.attributes.length }, (_, index) => {
        const attribute = element.attributes.item(index)!;
        return [
          element.localName === 'page' && /^(?:no|number|name)$/u.test(attribute.name) ? (attribute.name === 'name' ? 'page_name' : 'page') : attribute.name,
          attribute.value,
        ];
      });
      const nested: XmlElement[] = [];
      for (const child of elementsOf(element)) {
        const inner = elementsOf(child);
        if (inner.length === 0) fields.push([child.localName, child.textContent]);
        else if (inner.every((one) => INLINE.test(one.localName)))
          fields.push([child.localName, new XMLSerializer().serializeToString(child).replace(/^<[^>]*>|<\/[^>]*>$/gu, '')]);
        else nested.push(child);
      }
      if (holdsRecordText(fields)) records.push({ fields, number: records.length + 1 });
      else for (const child of nested) walk(child);
    };
    walk(document.documentElement);
  } else {
    const values: unknown[] = /\.(?:jsonl|ndjson)$/iu.test(file)
      ? text.split('\n').flatMap((line) => {
          try {
            return line.trim() === '' ? [] : [JSON.parse(line) as unknown];
          } catch {
            return [];
          }
        })
      : [JSON.parse(text) as unknown];
    const walk = (value: unknown): void => {
      if (Array.isArray(value)) for (const item of value) walk(item);
      else if (value && typeof value === 'object') {
        const fields = Object.entries(value as Record<string, unknown>).flatMap(([key, item]): Array<[string, string]> =>
          typeof item === 'string' || typeof item === 'number'
            ? [[key, String(item)]]
            : Array.isArray(item) && item.every((one) => typeof one === 'string')
              ? [[key, item.join('\n')]]
              : [],
        );
        if (holdsRecordText(fields)) records.push({ fields, number: records.length + 1 });
        else for (const item of Object.values(value as Record<string, unknown>)) if (item && typeof item === 'object') walk(item);
      }
    };
    for (const value of values) walk(value);
  }
  const noun = /\.(?:csv|tsv)$/iu.test(file) ? 'Row' : 'Record';
  return recordLines(
    records.filter((record) => !skipped.has(`${file}#${noun} ${record.number}`)),
    records.length === 0 || records.every((record) => record.fields.every(([key]) => /^column \d+$/u.test(key))),
  );
}

/** The lines of a data file's records: head and text fields (HTML read as a browser's innerText, a written-out `\n` a break), other fields as `name: value`, facts left out. */
function recordLines(records: ReadonlyArray<{ fields: Array<[string, string]> }>, headerless: boolean): string[] {
  const keys = [...new Set(records.flatMap((record) => record.fields.map(([key]) => key)))];
  const sample = (key: string): string[] =>
    records.flatMap((record) => record.fields.filter(([name]) => name === key).map(([, value]) => value)).filter((value) => value.trim() !== '');
  const roles = columnRoles(keys, sample, !headerless).roles;
  const lines: string[] = [];
  for (const record of records) {
    for (const [key, value] of record.fields) {
      const role = roles.get(key)?.role;
      if (role !== undefined && FACT_ROLES.has(role)) continue;
      if (role === undefined || role === 'address' || role === 'note') {
        if (value.trim() !== '') lines.push(`${key}: ${value.replace(/\s+/gu, ' ').trim()}`);
        continue;
      }
      const html = /<(?:p|br|div)\b/iu.test(value);
      const broken = html ? toText(htmlParser.parse(value)) : /[\r\n]/u.test(value) ? value : value.replace(/(?:\\r)?\\n/gu, '\n');
      lines.push(...broken.split(/\r\n|\r|\n/u).flatMap((line) => runTogether(line).map((piece) => piece.text)));
    }
  }
  return lines;
}

/** Whether a structured file's element or object is an article: a field named for text, or one of 40 Chinese characters or more. */
function holdsRecordText(fields: ReadonlyArray<[string, string]>): boolean {
  return fields.some(([key, item]) => roleOfName(key) === 'text' || (item.match(/\p{Script=Han}/gu) ?? []).length >= 40);
}

/**
 * A spreadsheet's lines as `formats/spreadsheet.ts` reads its cells (through SheetJS, the library made for it; no
 * second reader of `.xls` is at hand, and the data-files tests check that an `.xlsx`, an `.ods` and an `.xls` of one
 * sheet give the same cells), each sheet's table as ingest cuts it (`sheetTables`): a row's fields as a data file's, the
 * title rows over a header, a sheet of figures and a sheet's name (a fact, the paper) left out.
 */
function sheetLines(file: string, bytes: Buffer, skipped: ReadonlySet<string>): string[] {
  const workbook = readSpreadsheet(bytes);
  if ('unreadable' in workbook) return [];
  const tables = sheetTables(workbook).filter((table) => table.articles);
  return tables.flatMap((table) => {
    const rows = table.body.map((row) => ({
      // (A cell merged down from a row above is its copy, printed once.)
      fields: row.cells.filter((cell) => cell.merged !== true).map((cell): [string, string] => [table.keyOf(cell.column), cell.text.value]),
      number: row.number,
      name: tables.length > 1 ? `Row ${row.number} of sheet \`${table.sheet.name}\`` : `Row ${row.number}`,
    }));
    return recordLines(
      rows.filter((row) => !skipped.has(`${file}#${row.name}`)),
      table.keys.every((key) => /^column \d+$/u.test(key)),
    );
  });
}

/** An ALTO page's lines, read with xmldom (not `formats/alto.ts`): each `TextLine`'s words, a space where `SP` stands, a broken word's hyphen left out. */
/**
 * A IIIF manifest's OCR text, read here with JSON.parse (not `formats/iiif.ts`): every text annotation's `chars` or
 * `value` in it and in the annotation lists it names by id, found beside it as `<folder>/<id's last two parts>.json`;
 * readers' comments and tags (`commenting`, `tagging`) are left out, as ingest counts and leaves them.
 */
async function iiifLines(file: string, name: string, text: string): Promise<string[]> {
  const texts: string[] = [];
  const lists: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    const word = (value: unknown): string => (typeof value === 'string' ? value : '');
    if (/commenting|tagging/u.test(word(record['motivation']))) return;
    if (typeof record['chars'] === 'string') texts.push(record['chars']);
    if (record['type'] === 'TextualBody' && typeof record['value'] === 'string') texts.push(record['value']);
    const type = word(record['@type']) || word(record['type']);
    const id = record['@id'] ?? record['id'];
    if (/AnnotationList|AnnotationPage/u.test(type) && typeof id === 'string' && record['resources'] === undefined && record['items'] === undefined)
      lists.push(id);
    for (const value of Object.values(record)) walk(value);
  };
  walk(JSON.parse(text));
  for (const id of lists) {
    const listFile = path.posix.join(path.posix.dirname(file), `${id.split('/').slice(-2).join('/')}.json`);
    walk(JSON.parse(await readFile(path.join(fixturesRoot, name, 'input', listFile), 'utf8').catch(() => 'null')));
  }
  return texts;
}

function altoLines(text: string): string[] {
  const document = new DOMParser().parseFromString(text, 'text/xml');
  const lines = document.getElementsByTagNameNS('*', 'TextLine');
  return Array.from({ length: lines.length }, (_, index) => {
    const line = lines.item(index)!;
    let value = '';
    for (let child = line.firstChild; child; child = child.nextSibling) {
      const element = child as XmlElement;
      if (element.localName === 'String') value += element.getAttribute('CONTENT') ?? '';
      else if (element.localName === 'SP') value += ' ';
    }
    return value.trim();
  });
}

/** An hOCR page's lines, read with rehype (not `formats/hocr.ts`): each `ocr_line`'s words apart by a space, as the engine wrote them. */
function hocrLines(text: string): string[] {
  const lines: string[] = [];
  visit(htmlParser.parse(text), 'element', (node: Element) => {
    const classes = node.properties['className'];
    if (!Array.isArray(classes) || !classes.includes('ocr_line')) return CONTINUE;
    lines.push(toText(node).replace(/\s+/gu, ' ').trim());
    return SKIP;
  });
  return lines.filter((line) => line !== '');
}

/** A PAGE XML page's lines, read with xmldom (not `formats/page-xml.ts`): each `TextLine`'s first `Unicode`, in the order the file lists them. */
function pageXmlLines(text: string): string[] {
  const document = new DOMParser().parseFromString(text, 'text/xml');
  const lines = document.getElementsByTagNameNS('*', 'TextLine');
  return Array.from({ length: lines.length }, (_, index) => lines.item(index)!.getElementsByTagNameNS('*', 'Unicode').item(0)?.textContent.trim() ?? '');
}

/** An NITF story's lines, read with xmldom (not `formats/nitf.ts`): the text of each of its body's heads, paragraphs, captions and ends, in order. */
function nitfLines(text: string): string[] {
  const body = new DOMParser().parseFromString(text, 'text/xml').getElementsByTagName('body').item(0);
  if (!body) return [];
  const blocks = new Set(['hl1', 'hl2', 'byline', 'dateline', 'p', 'media-caption', 'tagline', 'li', 'dt', 'dd', 'bq', 'abstract']);
  const lines: string[] = [];
  const walk = (node: XmlElement): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      const element = child as XmlElement;
      if (blocks.has(element.localName))
        lines.push(
          element.textContent
            .replace(/\s*\n\s*/gu, '')
            .replace(/[ \t]+/gu, ' ')
            .trim(),
        );
      else walk(element);
    }
  };
  walk(body);
  return lines.filter((line) => line !== '');
}

/**
 * A subtitle file's lines, read here line by line (not with `formats/captions.ts`'s parsers): an ASS script's `Dialogue:`
 * texts (after the event's nine fields, `\\N` a line break, override blocks `{…}` left out); a SubRip or WebVTT file's cue
 * lines — each timing line opens a cue whose text runs to the next cue's (blank lines inside it too), the line right above
 * a timing line its id when it is a number or, in a VTT file, follows a blank line; a VTT file's header, `NOTE`, `STYLE` and
 * `REGION` blocks left out; tags (`<c.title>`, `<i>`, `<font …>`; `<br>` a line break) and ASS override blocks left out,
 * character references closed by `;` decoded. The documented normalisations: a VTT voice (`<v 王芳>`) that opens a turn is
 * its speaker's label (`王芳：`) where the file names more than one speaker; a SubRip speaker's dash (`- 记者：`) is no text;
 * in a file whose cues roll (many open on the line the cue before ended on), a line shown again is read once.
 */
function captionLines(text: string, ass: boolean): string[] {
  const rows = text.replace(/^\ufeff/u, '').split(/\r\n|\r|\n/u);
  if (ass)
    return rows
      .filter((row) => row.startsWith('Dialogue:'))
      .flatMap((row) =>
        row
          .split(',')
          .slice(9)
          .join(',')
          .replace(/\{[^}]*\}/gu, '')
          .replace(/\\h/gu, ' ')
          .split(/\\[Nn]/u),
      );
  const vtt = rows[0]?.startsWith('WEBVTT') === true;
  const timing = /^\s*(?:\d+:)?\d{1,2}:\d{1,2}(?:[.,:]\d{1,3})?\s*-->|^\d+:\d{2}:\d{2}\.\d{1,3},\d+:\d{2}:\d{2}\.\d{1,3}\s*$/u;
  const cues: string[][] = [];
  let open: string[] | undefined;
  let skipping = vtt;
  for (const [index, row] of rows.entries()) {
    if (skipping && !timing.test(row)) {
      skipping = row.trim() !== '';
      continue;
    }
    skipping = false;
    if (vtt && (rows[index - 1] ?? '').trim() === '' && /^(?:NOTE|STYLE|REGION)\b/u.test(row)) {
      skipping = true;
      continue;
    }
    if (timing.test(row)) {
      const above = rows[index - 1]?.trim() ?? '';
      if (open && above !== '' && (/^\d+$/u.test(above) || (vtt && (rows[index - 2] ?? '').trim() === ''))) open.pop();
      open = [];
      cues.push(open);
      continue;
    }
    if (open && row.trim() !== '') open.push(row);
  }
  const voices = new Set([...text.matchAll(/<v(?:\.[^\s>]*)?\s+([^>]+)>/gu)].map((match) => match[1]!.trim()));
  let speaker: string | undefined;
  const read = cues.map((cue) =>
    cue
      .join('\n')
      .replace(/<v(?:\.[^\s>]*)?\s+([^>]+)>/gu, (_, name: string) => {
        // (A turn opens with its speaker's label; a cue of the same speaker's goes on.)
        const turn = name.trim() !== speaker;
        speaker = name.trim();
        return turn && voices.size > 1 ? `${speaker}：` : '';
      })
      .replace(/<br\s*\/?>/giu, '\n')
      .replace(
        /<\/?(?:c|i|b|u|v|lang|ruby|rt|rp|font|span|s|em|strong)(?:\.[^\s.<>]+)*(?:\s+[^<>]*)?>|<\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}>|\{\\[^}]*\}/giu,
        '',
      )
      .split('\n')
      .map((line) =>
        parseEntities(line, { nonTerminated: false })
          .replace(/^[-－‐–](?![0-9０-９.])\s*/u, '')
          .trim(),
      )
      .filter((line) => line !== ''),
  );
  const rolls = read.filter((cue, index) => index > 0 && cue[0] !== undefined && cue[0] === read[index - 1]!.at(-1)).length >= Math.max(3, read.length / 5);
  return read.flatMap((cue, index) => {
    if (!rolls || index === 0) return cue;
    const before = read[index - 1]!;
    let repeated = Math.min(cue.length, before.length);
    while (repeated > 0 && cue.slice(0, repeated).join('\n') !== before.slice(-repeated).join('\n')) repeated -= 1;
    return cue.slice(repeated);
  });
}

/**
 * A PDF's lines as PDF.js gives them (its text runs joined up to each run it marks as ending a line), not as
 * `formats/pdf.ts` gathers them into lines and blocks by their places and sizes.
 */
export async function pdfLines(bytes: Buffer): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const assets = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = getDocument({ data: new Uint8Array(bytes), cMapUrl: `${assets}/cmaps/`, cMapPacked: true, verbosity: 0 });
  try {
    const document = await task.promise;
    const lines: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      let line = '';
      for (const item of (await (await document.getPage(number)).getTextContent()).items) {
        if (!('str' in item)) continue;
        // (A vertical form of a mark is read as the mark, `︐` as `，`: `formats/pdf.ts`'s one normalisation of a PDF's text.)
        line += horizontalForms(item.str);
        if (item.hasEOL) {
          lines.push(line);
          line = '';
        }
      }
      lines.push(line);
    }
    return lines;
  } finally {
    await task.destroy();
  }
}

/** The non-blank lines of an input as text: decoded, trimmed, front matter and Markdown markup left out. */
async function inputLines(file: string, name: string, skipped: ReadonlySet<string> = new Set()): Promise<string[]> {
  const crawled = crawledAs(file);
  const bytes = await sourceBytes(file, name);
  // (A Word document saved as `.zip` is read as the document it is.)
  const word =
    /\.docx?$/iu.test(file) || (/\.zip$/iu.test(file) && bytes.includes('word/document.xml'))
      ? await wordLines(bytes)
      : /\.odt$/iu.test(file)
        ? await odtLines(bytes)
        : /\.rtf$/iu.test(file)
          ? rtfLines(bytes)
          : /\.pdf$/iu.test(file)
            ? await pdfLines(bytes)
            : undefined;
  const decoded = decode(bytes);
  // (Records are read so in a text file only, as ingest reads them: `.txt`, `.ris`, `.enw`, `.bib`.)
  const citations = /\.(?:txt|text|ris|enw|bib)$/iu.test(file) ? exportedRecords(decoded.text) : undefined;
  let lines: string[];
  if (word) {
    lines = word;
  } else if (/\.(?:xlsx|xlsm|xlsb|xls|et|ods|fods)$/iu.test(file)) {
    lines = sheetLines(file, bytes, skipped);
  } else if (/\.xml$/iu.test(file) && isAlto(decoded.text)) {
    lines = altoLines(decoded.text);
  } else if (/\.xml$/iu.test(file) && /<(?:[A-Za-z]+:)?PcGts\b/u.test(decoded.text)) {
    lines = pageXmlLines(decoded.text);
  } else if (/\.(?:xml|nitf)$/iu.test(file) && /<nitf[\s>]/u.test(decoded.text.slice(0, 4096)) && !/<newsMessage\b/u.test(decoded.text.slice(0, 4096))) {
    lines = nitfLines(decoded.text);
  } else if (/\.(?:srt|vtt|webvtt|ass|ssa|sbv)$/iu.test(file) || (/\.txt$/iu.test(file) && (decoded.text.match(/-->/gu)?.length ?? 0) >= 3)) {
    // (A SubRip file saved as text is read as the subtitles it holds.)
    lines = captionLines(decoded.text, /\.(?:ass|ssa)$/iu.test(file));
  } else if (/\.txt$/iu.test(file) && (decoded.text.match(/^\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?(?:\s|$)/gmu)?.length ?? 0) >= 5) {
    // (A transcript stamped with times: the stamps are no text.)
    lines = decoded.text.split(/\r?\n/u).map((line) => line.replace(/^\s*\[?(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?\]?\s*/u, ''));
  } else if (/\.json$/iu.test(file) && /iiif\.io\/api\/presentation/u.test(decoded.text.slice(0, 4096))) {
    lines = await iiifLines(file, name, decoded.text);
  } else if (/\.(?:json|bcc)$/iu.test(file) && /"body"\s*:\s*\[\s*\{[\s\S]*"from"/u.test(decoded.text)) {
    // (Bilibili's JSON subtitles: each cue's `content`, its lines.)
    const { body } = JSON.parse(decoded.text) as { body: Array<{ content?: unknown }> };
    lines = body.flatMap((cue) => (typeof cue.content === 'string' ? cue.content.split('\n') : []));
  } else if (/\.(?:ttml|dfxp|xml)$/iu.test(file) && /<tt[\s>][^>]*ns\/ttml/u.test(decoded.text.slice(0, 4096))) {
    // (TTML: each <p>'s text, read with xmldom, a <br/> a line break.)
    const paragraphs = new DOMParser().parseFromString(decoded.text, 'text/xml').getElementsByTagNameNS('*', 'p');
    lines = Array.from({ length: paragraphs.length }, (_, index) =>
      new XMLSerializer()
        .serializeToString(paragraphs.item(index)!)
        .replace(/<br\s*\/>/gu, '\n')
        .replace(/<[^>]*>/gu, ''),
    ).flatMap((text) => text.split('\n'));
  } else if (citations !== undefined) {
    // (A reference manager's records, RIS, EndNote's or RefWorks' tags, or a news database's labelled ones: read by
    // `formats/citation-records.ts` and `formats/database-records.ts`, no second reader of them being at hand — their own
    // tests check that reading — each record's fields as a data file's.)
    const records = citations.records.map((record) => ({
      fields: record.cells.map((cell): [string, string] => [cell.key, cellValue(cell)]),
    }));
    lines = recordLines(records, false);
  } else if (/\.(?:csv|tsv|json|jsonl|ndjson|xml)$/iu.test(file) || holdsTagRecords(decoded.text)) {
    lines = dataLines(file, decoded.text, skipped);
  } else if (/\.(md|markdown)$/iu.test(file)) {
    // (Hugo's JSON front matter, an object opening the file and closing on a line `}`, is no text: left out before parsing.)
    const json = /^\ufeff?\{\s*\n[\s\S]*?\n\}[ \t]*(?:\r?\n|$)/u.exec(decoded.text);
    const jsonData = json
      ? (() => {
          try {
            return JSON.parse(json[0].replace(/^\ufeff/u, '')) as unknown;
          } catch {
            return undefined;
          }
        })()
      : undefined;
    // (Joplin's raw export closes a note on its properties, `id: …` to `type_: 1`: front matter at the end, left out by ingest's own rule.)
    const joplin = jsonData === undefined ? joplinProperties(decoded.text) : undefined;
    const tree: Root = parser.parse(jsonData !== undefined && json ? decoded.text.slice(json[0].length) : (joplin?.rest ?? decoded.text));
    // A text directive is printed text, as ingest reads it: `08:00` is a time, not a directive named `00`.
    visit(tree, 'textDirective', (node, index, parent) => {
      if (parent === undefined || index === undefined || node.position?.start.offset === undefined || node.position.end.offset === undefined) return CONTINUE;
      parent.children[index] = { type: 'text', value: decoded.text.slice(node.position.start.offset, node.position.end.offset) };
      return SKIP;
    });
    // A footnote's mark is printed text (`[^1]`), not markup.
    visit(tree, 'footnoteReference', (node, index, parent) => {
      if (parent !== undefined && index !== undefined) parent.children[index] = { type: 'text', value: `[^${node.label ?? node.identifier}]` };
    });
    // A hard break (two spaces or a backslash at a line's end) parts two printed lines: a newline, where a soft wrap is joined.
    visit(tree, 'break', (_node, index, parent) => {
      if (parent === undefined || index === undefined) return CONTINUE;
      parent.children.splice(index, 1, { type: 'text', value: HARD_BREAK });
      return [SKIP, index + 1];
    });
    const source = (node: Root['children'][number]): string => decoded.text.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    lines = tree.children
      .filter((node) => node.type !== 'yaml' && (node.type as string) !== 'toml')
      .flatMap((node) =>
        (node.type === 'html'
          ? node.value
          : // (A list's items are lines of their own, as ingest reads them.)
            node.type === 'list'
            ? node.children.map((item) => toString(item)).join('\n')
            : node.type === 'thematicBreak' ||
                isImageOnly(node) ||
                isShortcode(source(node)) ||
                isGridTable(source(node)) ||
                opaque(node) ||
                (node.type === 'paragraph' && propertyBlock(source(node)) !== undefined) ||
                (tree.children.indexOf(node) < 2 && propertyList(new VFile({ value: decoded.text }), node) !== undefined) ||
                (node.type === 'blockquote' && isCallout(source(node)))
              ? source(node)
              : wrappedEmphasis(node)
                ? toString(node).replace(/[ \t]*\r?\n[ \t]*/gu, ' ')
                : toString(node)
        )
          .replaceAll(HARD_BREAK, '\n')
          .split('\n'),
      );
  } else if (/\.epub$/iu.test(file)) {
    lines = await epubLines(bytes);
  } else if (crawled) {
    lines = htmlLines(await capturedText(bytes, crawled));
  } else if (/\.hocr$/iu.test(file) || /class=["']ocr_page["']/u.test(decoded.text.slice(0, 8192))) {
    lines = hocrLines(decoded.text);
  } else if (/\.eml$/iu.test(file)) {
    // An e-mail's text part, as formats/email.ts takes it out (MIME parts nested, transfer encodings): then read as a page or as text.
    const email = readEmail(bytes);
    lines =
      'unreadable' in email
        ? []
        : email.kind === 'html'
          ? htmlLines(email.body)
          : email.body
              .split(/\r?\n/u)
              .map((line) => line.trim())
              .filter((line) => line !== '');
  } else if (/\.mht(?:ml)?$/iu.test(file)) {
    // A web archive's page, as formats/mhtml.ts takes it out (MIME parts and transfer encodings): then read as any page.
    // (A page saved as HTML under the archive's name is read as that page.)
    const archive = readMhtml(bytes);
    lines = 'unreadable' in archive ? (/^\s*</u.test(decoded.text) ? htmlLines(decoded.text) : []) : htmlLines(archive.html);
  } else if (/\.(?:html?|shtml?|xhtml)$/iu.test(file) || /^\s*<html/iu.test(decoded.text) || (/\.(?:warc|wacz)$/iu.test(file) && /^\s*</u.test(decoded.text))) {
    // (A web page saved under a crawl's name is read as the page it is.)
    lines = htmlLines(decoded.text);
  } else {
    // (A scraper's header of `key: value` lines over the text is front matter with no fences, left out by ingest's own rule.)
    const header = readKeyValueHeader(decoded.text);
    lines = decoded.text
      .replace(/^\ufeff?---\r?\n[\s\S]*?\r?\n---\r?\n/u, '')
      .split(/\r\n|\r|\n|\v|\u2028|\u2029/u)
      .slice(header?.endLine ?? 0)
      .flatMap((line) => runTogether(line).map((piece) => piece.text));
  }
  // (OCR text with a space between Chinese characters, as Tesseract writes it, is read without those spaces: `rules/ocr-spacing.ts`.)
  const spaced = ocrSpaced(lines);
  return lines
    .map((raw) => {
      let line = trimEdges(spaced ? withoutOcrSpaces(raw) : raw);
      for (const marker of findJumpMarkers(line).reverse()) line = line.slice(0, marker.from) + line.slice(marker.to);
      return line.trim();
    })
    .filter((line) => line !== '');
}

/**
 * An e-book's lines: its spine's documents in order (as the package document lists them, read here with xmldom), each in
 * the encoding it declares, read as any page is (`htmlLines`); of a contents page (a document that links to two or more
 * others of the book, or to one as a feed's page does), only its headings, which ingest keeps (its entries and what else
 * it prints are named in the opening note, not text); a document repeating an earlier one word for word, once. A book
 * that cannot be opened gives none.
 */
async function epubLines(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes).catch(() => undefined);
  if (!zip) return [];
  const container = await zip.file('META-INF/container.xml')?.async('string');
  const opfPath = container === undefined ? undefined : /full-path="([^"]+)"/u.exec(container)?.[1];
  const opfText = opfPath === undefined ? undefined : await zip.file(opfPath)?.async('string');
  if (opfPath === undefined || opfText === undefined) return [];
  const opf = new DOMParser().parseFromString(opfText, 'text/xml');
  const base = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
  const items = new Map<string, string>();
  const manifest = opf.getElementsByTagName('item');
  for (let index = 0; index < manifest.length; index++)
    items.set(manifest[index]!.getAttribute('id') ?? '', base + (manifest[index]!.getAttribute('href') ?? ''));
  const itemrefs = opf.getElementsByTagName('itemref');
  const spine = Array.from({ length: itemrefs.length }, (_, index) => items.get(itemrefs[index]!.getAttribute('idref') ?? '')).filter(
    (href): href is string => href !== undefined,
  );
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const href of spine) {
    const raw = await zip.file(href)?.async('nodebuffer');
    if (!raw) continue;
    const declared = /encoding=["']([\w-]+)["']/u.exec(raw.subarray(0, 200).toString('latin1'))?.[1] ?? 'utf-8';
    const text = new TextDecoder(/^gbk$|^gb2312$/iu.test(declared) ? 'gb18030' : declared).decode(raw);
    const folder = href.slice(0, href.lastIndexOf('/') + 1);
    // (calibre's navigation bars link the next article and the menus: furniture, no contents.)
    const targets = [...text.replace(/<div class="calibre_navbar\d*"[\s\S]*?<\/div>/gu, '').matchAll(/href="([^"#:]+)(?:#[^"]*)?"/gu)]
      .map((match) => path.posix.normalize(folder + match[1]!))
      .filter((target) => target !== href && spine.includes(target));
    const feedPage = /calibre_feed_title/u.test(text);
    if (new Set(targets).size >= 2 || (feedPage && targets.length >= 1)) {
      lines.push(...[...text.matchAll(/<h[1-6][^>]*>([^<]*)<\/h[1-6]>/gu)].map((match) => match[1]!));
      continue;
    }
    // (A document repeating an earlier one word for word, an article under two feeds, is read once.)
    const read = htmlLines(text);
    const words = read.join('\n');
    if (seen.has(words)) continue;
    seen.add(words);
    lines.push(...read);
  }
  return lines;
}

/** An input's bytes by the name its sources give: a file's, a web crawl's (its capture is taken out by `capturedText`), a file's out of a zip archive (`archive.zip#path/inside.txt`) or a gzipped file's (`0305.txt.gz#0305.txt`: zlib, as far as a file cut short goes). */
/**
 * The titles of a subtitle file's chapters kept beside it (ingest's own pairing, `chaptersPartners`), read here: yt-dlp's
 * `.info.json` with JSON.parse (its `chapters`' titles), a chapters track as subtitles.
 */
async function chapterLines(file: string, name: string): Promise<string[]> {
  if (file.includes('#')) return [];
  const folder = path.join(fixturesRoot, name, 'input', path.dirname(file));
  const siblings = await readdir(folder);
  const lines: string[] = [];
  for (const sibling of siblings) {
    if (!chaptersPartners(sibling, siblings).includes(path.basename(file))) continue;
    const text = decode(await readFile(path.join(folder, sibling))).text;
    if (/\.info\.json$/iu.test(sibling)) {
      const { chapters = [] } = JSON.parse(text) as { chapters?: Array<{ title: string }> };
      lines.push(...chapters.map((chapter) => chapter.title));
    } else lines.push(...captionLines(text, false));
  }
  return lines;
}

async function sourceBytes(file: string, name: string): Promise<Buffer> {
  const crawled = crawledAs(file);
  const archived = crawled ? undefined : /^(.+?\.(zip|gz|mbox|enex|xml))#(.+)$/iu.exec(file);
  const bytes = await readFile(path.join(fixturesRoot, name, 'input', crawled?.[0] ?? archived?.[1] ?? file));
  if (archived?.[2]?.toLowerCase() === 'gz') return gunzipSync(bytes, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
  if (archived?.[2]?.toLowerCase() === 'mbox') return mailboxMessage(bytes, Number(/([0-9]+)\.eml$/u.exec(archived[3]!)?.[1]));
  if (archived?.[2]?.toLowerCase() === 'enex') return evernoteNote(bytes, Number(/([0-9]+)\.html$/u.exec(archived[3]!)?.[1]));
  if (archived?.[2]?.toLowerCase() === 'xml') return newsMlItem(bytes, archived[3]!.replace(/\.[a-z]+$/u, ''));
  return archived ? archivedBytes(bytes, archived[3]!) : bytes;
}

/** The `number`th note of an Evernote export as a page of its ENML, read here with xmldom (not `formats/enex.ts`). */
function evernoteNote(export_: Buffer, number: number): Buffer {
  const notes = new DOMParser().parseFromString(export_.toString('utf8'), 'text/xml').getElementsByTagName('note');
  const content =
    notes
      .item(number - 1)
      ?.getElementsByTagName('content')
      .item(0)?.textContent ?? '';
  const inner = /<en-note\b[^>]*>([\s\S]*)<\/en-note>/u.exec(content)?.[1] ?? '';
  return Buffer.from(`<html><body>${inner}</body></html>`, 'utf8');
}

/**
 * A NewsML-G2 message's story item, by the last part of its `guid`, read here with xmldom (not `formats/newsml.ts`): its
 * inline NITF, a byline of its creators added where the NITF prints none; its inline plain text as a page of its lines
 * under its headline and creators.
 */
function newsMlItem(message: Buffer, id: string): Buffer {
  const items = new DOMParser().parseFromString(message.toString('utf8'), 'text/xml').getElementsByTagNameNS('*', 'newsItem');
  const item = Array.from({ length: items.length }, (_, index) => items.item(index)!).find((element) =>
    (element.getAttribute('guid') ?? '').endsWith(`:${id}`),
  );
  if (!item) return Buffer.alloc(0);
  const names = (local: string): string[] => Array.from(item.getElementsByTagNameNS('*', local), (element) => element.textContent.trim());
  const creators = names('creator').join('　');
  const nitf = item.getElementsByTagNameNS('*', 'nitf').item(0);
  if (nitf) {
    const xml = new XMLSerializer().serializeToString(nitf);
    return Buffer.from(/<byline[\s>]/u.test(xml) || creators === '' ? xml : xml.replace(/<\/body\.head>/u, `<byline>${creators}</byline></body.head>`), 'utf8');
  }
  const text = names('inlineData').join('\n');
  return Buffer.from(
    `<html><body><p>${names('headline')[0] ?? ''}</p><p>${creators}</p>${text
      .split('\n')
      .map((line) => `<p>${line}</p>`)
      .join('')}</body></html>`,
    'utf8',
  );
}

/** The `number`th message of a mailbox, read here without `formats/mbox.ts`: the box cut before each `From ` line that follows a blank line or opens it. */
function mailboxMessage(box: Buffer, number: number): Buffer {
  const messages = box.toString('latin1').split(/(?:^|\n\r?\n)(?=From \S)/u);
  const message = messages.filter((text) => text.startsWith('From '))[number - 1] ?? '';
  return Buffer.from(message.slice(message.indexOf('\n') + 1), 'latin1');
}

/**
 * A file out of a zip archive, read here without `formats/zip.ts`: JSZip's entries, each name as its bytes, matched
 * against the name wanted as UTF-8, GBK or Big5 would write it.
 */
async function archivedBytes(zip: Buffer, wanted: string): Promise<Buffer> {
  const readings = (name: string): string[] => {
    const bytes = Buffer.from(name, 'latin1');
    return [name, bytes.toString('utf8'), new TextDecoder('gbk').decode(bytes), iconv.decode(bytes, 'big5hkscs')];
  };
  const archive = await JSZip.loadAsync(zip, { decodeFileName: (bytes) => Buffer.from(bytes as Uint8Array).toString('latin1') }).catch(() => undefined);
  // (An archive cut short, its index lost: the file found by the local header that names it, its sizes in the header.)
  if (archive === undefined) {
    for (let at = zip.indexOf('PK\x03\x04', 0, 'latin1'); at !== -1; at = zip.indexOf('PK\x03\x04', at + 1, 'latin1')) {
      const [method, size, nameLength, extraLength] = [
        zip.readUInt16LE(at + 8),
        zip.readUInt32LE(at + 18),
        zip.readUInt16LE(at + 26),
        zip.readUInt16LE(at + 28),
      ];
      if (!readings(zip.subarray(at + 30, at + 30 + nameLength).toString('latin1')).includes(wanted)) continue;
      const data = zip.subarray(at + 30 + nameLength + extraLength, at + 30 + nameLength + extraLength + size);
      return method === 8 ? inflateRawSync(data) : data;
    }
    throw new Error(`no \`${wanted}\` in the archive cut short`);
  }
  const entry = Object.values(archive.files).find((candidate) => !candidate.dir && readings(candidate.name).includes(wanted));
  if (!entry) throw new Error(`no \`${wanted}\` in the archive`);
  return entry.async('nodebuffer');
}

/** A capture out of a web crawl, named by the crawl's file and the address (`crawl.warc.gz#http://…`): the two. */
function crawledAs(file: string): [string, string] | undefined {
  const match = /^(.+\.(?:warc(?:\.gz)?|wacz))#(https?:\/\/.+)$/iu.exec(file);
  return match ? [match[1]!, match[2]!] : undefined;
}

/**
 * A page's text out of a web crawl, read here without `warcio` or `formats/warc.ts`: the WARC files (a WACZ's under
 * `archive/`) gunzipped whole (zlib reads the members one after another, and as far as a file cut short goes), cut into
 * records by their `Content-Length`, the latest `response` for the address with status 200; its body unchunked and
 * gunzipped as its headers say, in the charset declared (the site's, unless a Western one; else the page's `<meta>`),
 * else UTF-8 or GB18030, whichever reads it.
 */
async function capturedText(bytes: Buffer, [, address]: [string, string]): Promise<string> {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b ? await JSZip.loadAsync(bytes) : undefined;
  const warcs = zip
    ? await Promise.all(
        Object.keys(zip.files)
          .filter((name) => /^archive\/.+\.warc(?:\.gz)?$/u.test(name))
          .map((name) => zip.file(name)!.async('nodebuffer')),
      )
    : [bytes];
  let latest: { date: string; block: Buffer } | undefined;
  for (const warc of warcs) {
    const plain = warc[0] === 0x1f && warc[1] === 0x8b ? gunzipSync(warc, { finishFlush: zlibConstants.Z_SYNC_FLUSH }) : warc;
    let at = 0;
    while ((at = plain.indexOf('WARC/1.', at, 'latin1')) >= 0) {
      const headEnd = plain.indexOf('\r\n\r\n', at, 'latin1');
      const head = plain.subarray(at, headEnd).toString('utf8');
      const length = Number(/^Content-Length:\s*(\d+)/imu.exec(head)?.[1] ?? 0);
      const block = plain.subarray(headEnd + 4, headEnd + 4 + length);
      at = headEnd + 4 + length;
      if (/^WARC-Type:\s*response/imu.test(head) && /^WARC-Target-URI:\s*<?(\S+?)>?\s*$/imu.exec(head)?.[1] === address) {
        const date = /^WARC-Date:\s*(\S+)/imu.exec(head)?.[1] ?? '';
        if (/^HTTP\/\S+ 200/u.test(block.toString('latin1')) && (latest === undefined || date >= latest.date)) latest = { date, block };
      }
    }
  }
  if (!latest) return '';
  const split = latest.block.indexOf('\r\n\r\n');
  const headers = latest.block.subarray(0, split).toString('latin1');
  let body = latest.block.subarray(split + 4);
  if (/^Transfer-Encoding:\s*chunked/imu.test(headers)) {
    const pieces: Buffer[] = [];
    for (let at = 0; ;) {
      const lineEnd = body.indexOf('\r\n', at, 'latin1');
      const size = Number.parseInt(body.subarray(at, lineEnd).toString('latin1'), 16);
      if (!(size > 0)) break;
      pieces.push(body.subarray(lineEnd + 2, lineEnd + 2 + size));
      at = lineEnd + 2 + size + 2;
    }
    body = Buffer.concat(pieces);
  }
  if (/^Content-Encoding:\s*gzip/imu.test(headers)) body = gunzipSync(body);
  const declared = /^Content-Type:.*charset=([\w-]+)/imu.exec(headers)?.[1];
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?([\w-]+)/iu.exec(body.subarray(0, 4096).toString('latin1'))?.[1];
  const charset = declared !== undefined && !/^(?:iso-8859-1|windows-1252|us-ascii)$/iu.test(declared) ? declared : meta;
  const label = (name: string): string => (/^(?:gbk|gb2312)$/iu.test(name) ? 'gb18030' : name);
  if (charset !== undefined && !/^(?:iso-8859-1|windows-1252)$/iu.test(charset)) {
    const text = new TextDecoder(label(charset)).decode(body);
    if (!text.includes('\uFFFD')) return text;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return new TextDecoder('gb18030').decode(body);
  }
}

/** Page furniture that ingest leaves out of an HTML page (and names in a note): not text. */
const FURNITURE = /^(?:script|style|noscript|template|nav|aside|form|iframe|button|select|input|textarea|svg|canvas|object|embed)$/u;

/**
 * An HTML page's lines as a browser's innerText gives them (hast-util-to-text,
 * not ingest's own reader): the single <article>, else <main>, else <body>,
 * without furniture (and outside an article without the site's <header> and
 * <footer>), each image, figure or table as its markup, which ingest keeps as
 * provenance.
 */
function htmlLines(text: string): string[] {
  const tree = htmlParser.parse(text);
  const elements: Element[] = [];
  visit(tree, 'element', (node) => {
    elements.push(node);
  });
  const articles = elements.filter((node) => node.tagName === 'article');
  // (An e-paper of Founder's system marks its article's text, and gives its head as facts: `formats/founder.ts`, ingest's own rule.)
  const article = founderArticle(tree)?.content ?? (articles.length === 1 ? articles[0] : undefined) ?? elements.find((node) => node.tagName === 'main');
  const root = article ?? elements.find((node) => node.tagName === 'body');
  if (!root) return [];
  const kept = structuredClone(root);
  const post = isPostPage(elements);
  // Lists of links (menus, a page's index of its articles) are furniture as well: judged by ingest's own link-density rules.
  const runs = new Map<unknown, Set<Element>>();
  const inRun = (node: Element, parent: { children: Element['children'] }): boolean => {
    if (!runs.has(parent)) runs.set(parent, linkRuns(parent.children));
    return runs.get(parent)!.has(node);
  };
  // (A list of links between two of the article's paragraphs is its text, and the lists inside it: `standsInText`.)
  const inTextLists = new Set<Element>();
  visit(kept, 'element', (node, _index, parent) => {
    if (parent && !inTextLists.has(node) && isLinkList(node) && standsInText(node, parent.children))
      for (const inner of [node, ...descendants(node)]) inTextLists.add(inner);
  });
  visit(kept, 'element', (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (
      FURNITURE.test(node.tagName) ||
      (!article && /^(?:header|footer)$/u.test(node.tagName) && !insideArticle(node, kept)) ||
      namedFurniture(node, post) ||
      // (A document's comment and the mark that refers to it, Google Docs' `[a]`: its editors', left out and said in a note.)
      documentComment(node) !== undefined ||
      (!inTextLists.has(node) && (isLinkList(node) || inRun(node, parent))) ||
      isPager(node)
    ) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    // A layout table's cells are blocks to ingest, a line each.
    if (node.tagName === 'td' || node.tagName === 'th') node.tagName = 'div';
    // A table that lays out the page (an e-paper's article in its cells) is text; a data table is kept as its markup.
    if (
      (/^(?:img|figure|picture|video|audio)$/u.test(node.tagName) || (node.tagName === 'table' && !isLayoutTable(node))) &&
      node.position?.start.offset !== undefined &&
      node.position.end.offset !== undefined
    ) {
      parent.children.splice(index, 1, {
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [{ type: 'text', value: text.slice(node.position.start.offset, node.position.end.offset) }],
      });
      return SKIP;
    }
    return CONTINUE;
  });
  // (Runs of spaces and no-break spaces are one space, as a browser's copy of the text gives them and as ingest reads them.)
  return toText(kept)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/gu, ' '));
}

/** Whether `node` stands inside an <article> or <main> of `root` (its <header> is the article's own). */
function insideArticle(node: Element, root: Element): boolean {
  const path = (from: Element): Element[] | undefined => {
    if (from === node) return [from];
    for (const child of from.children) {
      if (child.type !== 'element') continue;
      const found = path(child);
      if (found) return [from, ...found];
    }
    return undefined;
  };
  return (path(root) ?? []).slice(0, -1).some((ancestor) => ancestor.tagName === 'article' || ancestor.tagName === 'main');
}

/**
 * The data files' records a message names as not ingested (`Row 5's date … does not exist`, `Record 3 repeats record 1`),
 * as `file#number` with the file as the sources name it.
 */
function skippedRecords(run: FixtureRun): Set<string> {
  const skipped = new Set<string>();
  let file = '';
  for (const line of run.diagnostics.split('\n')) {
    const path = /\/input\/(.+)$/u.exec(line);
    if (path && !/^\s/u.test(line)) file = path[1]!.trim();
    const record = /\s(?:error|warning)\s+((?:Row|Record) \d+(?: of sheet `[^`]*`)?)\b.*(?:not ingested|repeats)/u.exec(line);
    if (record) skipped.add(`${file}#${record[1]}`);
  }
  return skipped;
}

/** A microblog post's line (`scripts/ingest/facts/post-records.ts`): opening topics, a bracketed headline, the text, the platform's link. */
const POST_LINE = /^((?:#[^#\s]{1,30}#\s*)*)(?:【([^【】]{4,60})】)?(.*?)(\s+(?:O|L)?(?:网页链接|網頁鏈接|\S{2,20}的微博视频|\S{2,20}的微博視頻))?$/u;

/** The ways a bulleted line may be a run-in item (`◆标题：正文`): its headline up to each colon, and the text after it. */
function bulletedRunIn(text: string): Array<{ title: string; rest: string; mark: string }> {
  const bullet = /^[◆◇■□●○▲△★☆►▶◎•]\s*/u.exec(text);
  if (!bullet) return [];
  // (After its headline's colon, `◆标题：正文`, or a space that sets it off, `■标题　正文`.)
  return [...text.matchAll(/：|[\u3000]+|[ \t]{2,}/gu)].map((colon) => ({
    title: text.slice(bullet[0].length, colon.index),
    rest: text.slice(colon.index + colon[0].length).trim(),
    mark: colon[0],
  }));
}

/** Lines of ingested inputs that no output holds, as `file:line text`. */
export async function unrecoveredLines(run: FixtureRun): Promise<string[]> {
  const values = new Set<string>();
  const bodies: string[] = [];
  for (const entry of entries(run.outputs)) {
    collect(entry.data, values);
    bodies.push(entry.body);
  }
  const text = bodies.join('\n');
  const heads = entries(run.outputs).flatMap((entry) =>
    (['title', 'subtitle', 'rubric'] as const).flatMap((key) => (typeof entry.data[key] === 'string' ? [entry.data[key]] : [])),
  );
  const bylines = entries(run.outputs).flatMap((entry) => (typeof entry.data['byline'] === 'string' ? [entry.data['byline']] : []));
  const missing: string[] = [];
  const skipped = skippedRecords(run);
  for (const file of ingestedFiles(run.outputs)) {
    for (const [index, line] of (await inputLines(file, run.name, skipped)).entries()) {
      const value = textOf(line);
      if (values.has(line) || values.has(value) || text.includes(line) || text.includes(value)) continue;
      // A numbered or run-in item heading: the title without its number or brackets, the rest a paragraph.
      if (
        values.has(value.replace(ITEM_NUMBER, '')) ||
        values.has(value.replace(ITEM_NUMBER_CN, '')) ||
        values.has(value.replace(ITEM_BULLET, '')) ||
        values.has(value.replace(ITEM_CIRCLED, ''))
      )
        continue;
      const runIn = /^(?:[0-9０-９]{1,2}[、．.]\s*)?【([^【】]+)】\s*(.+)$/u.exec(value);
      // (Its brackets kept where it is no item of a list: `【天气】` / `今天多云…`.)
      if (runIn?.[1] !== undefined && runIn[2] !== undefined && (values.has(runIn[1]) || values.has(`【${runIn[1]}】`)) && text.includes(runIn[2])) continue;
      // A mobile edition's item after its bullet, its headline run in up to a colon (`◆标题：正文`): the headline without its
      // bullet, the colon kept as printed, the rest a paragraph.
      if (bulletedRunIn(value).some(({ title, rest }) => values.has(title) && values.has('：') && text.includes(rest))) continue;
      // (A roundup's item after its bullet, its headline set off by a space, `■标题　正文`: the headline, the rest a paragraph.)
      if (bulletedRunIn(value).some(({ title, rest, mark }) => mark.trim() === '' && values.has(title) && text.includes(rest))) continue;
      // A microblog's post: its opening topics and the platform's link at its end kept as printed, its bracketed headline without
      // its brackets, its text and its closing credit (`（记者 韦阳海）`) each a paragraph.
      const post = POST_LINE.exec(value);
      if (post) {
        const [, topics = '', title, rest = '', link] = post;
        const credit = rest.lastIndexOf('（');
        // (The credit split off only when it is a section's byline.)
        const closing = credit > 0 && bylines.includes(rest.slice(credit + 1, -1)) ? credit : -1;
        const paragraphs = closing > 0 ? [rest.slice(0, closing).trimEnd(), rest.slice(closing)] : [rest];
        if (
          (topics === '' || values.has(topics.trim())) &&
          (title === undefined || values.has(title)) &&
          (link === undefined || values.has(link.trim())) &&
          paragraphs.every((paragraph) => paragraph === '' || text.includes(paragraph))
        )
          continue;
      }
      // A text after its label on the same line (`【正文】全国人大…`, `全文：…`): the label kept as printed in extras, the text in the body.
      const labelled = BODY_LABEL.exec(value);
      if (labelled && values.has(labelled[0].trimEnd()) && text.includes(value.slice(labelled[0].length))) continue;
      // A head's byline lines (`%A 王斯敏` / `%A 何欣`) are one byline, joined by a space.
      if (bylines.some((byline) => byline.split(' ').includes(value))) continue;
      // A byline set across a column by runs of spaces (`本报记者       陈静`): read with one.
      if (values.has(value.replace(/[ \t]{2,}/gu, ' '))) continue;
      // A head printed letter-spaced (`社　论`, `韩 正 参 加 …`): read without its spacing.
      if (isLetterSpaced(value) && values.has(unspaced(value))) continue;
      // A headline broken over lines of a hard-wrapped page (`老城区十二条公交线路` / `下月起优化调整`): inside the head rejoined from them.
      if (value.length >= 2 && heads.some((head) => head.includes(value))) continue;
      // A line of a page set in columns side by side: each piece between the gaps is read in its column.
      const pieces = line.split(/ {3,}|\u3000{2,}/u).map((piece) => piece.trim());
      if (pieces.length > 1 && pieces.every((piece) => piece === '' || values.has(piece) || text.includes(piece))) continue;
      // A labelled field with others after it, apart by tabs (`作者：…	来源：…	日期：…`, a toolbar copied): the field's value, the rest as printed.
      const [field, ...others] = line.split('\t');
      if (others.length > 0 && values.has(textOf(field!.trim())) && values.has(others.join('\t').trim())) continue;
      missing.push(`${file}: ${index + 1}th line \`${line}\``);
    }
  }
  return missing;
}

/** Per issue, the characters the inputs have and the outputs lack (`-`) or have too many of (`+`); empty when lossless. */
export async function characterDifference(run: FixtureRun, outputs: Map<string, string> = run.outputs): Promise<string[]> {
  const all = entries(outputs);
  const differences: string[] = [];
  for (const group of issueGroups(all)) {
    const id = group.map((issue) => issue.file.slice('issues/'.length, -'.md'.length)).join(' + ');
    const sources = group.flatMap((issue) => (issue.data['sources'] ?? []) as Array<{ file: string; dateLine?: string; pageHeader?: string }>);
    const header = new Set<string>();
    for (const issue of group) {
      if (typeof issue.data['paper'] === 'string') header.add(issue.data['paper']);
      for (const line of (issue.data['masthead'] ?? []) as string[]) header.add(line);
    }
    for (const source of sources) for (const value of [source.dateLine, source.pageHeader]) if (value) header.add(value);
    const sections = all.filter((entry) => group.some((issue) => entry.file.startsWith(`sections/${issue.file.slice('issues/'.length, -'.md'.length)}/`)));
    const titles = new Set(sections.map((entry) => entry.data['title']).filter((title) => typeof title === 'string'));
    const rubrics = new Set(sections.map((entry) => entry.data['rubric']).filter((rubric) => typeof rubric === 'string'));
    const bylineLines = new Set(sections.map((entry) => entry.data['byline']).filter((byline) => typeof byline === 'string'));
    const extrasList = sections.flatMap((entry) => (Array.isArray(entry.data['extras']) ? (entry.data['extras'] as unknown[]) : []));
    const extras = new Set(extrasList);
    // A header line also printed in a table of contents (`第一版　要闻`) is kept there once as printed.
    const headerCopies = new Map<unknown, number>();
    for (const value of extrasList) if (header.has(value as string)) headerCopies.set(value, (headerCopies.get(value) ?? 0) + 1);
    const input: string[] = [];
    /** What the inputs' front matter (or file name) says of title and author, which ingest may take for a head the text does not print. */
    const stated = new Set<string>();
    for (const file of new Set(sources.map((source) => source.file))) for (const value of await frontmatterValues(file, run.name)) stated.add(value);
    // And a headline in a file's name (`20240506_社区食堂迎来首批老年食客.txt`), which ingest takes for a title the text does not print.
    for (const file of new Set(sources.map((source) => source.file))) {
      const title = factsFromPath(file, run.name).title;
      if (title !== undefined) stated.add(title);
    }
    // (A column's name before such a title, `快讯｜我市发布暴雨防御指引`, is its kicker: `rules/column-prefix.ts`.)
    for (const value of [...stated]) {
      const prefixed = columnPrefix(value);
      if (prefixed) stated.add(prefixed.rubric).add(prefixed.title);
    }
    // A story's headline printed again over its later parts (a web story's next page, a jump's continuation) is kept once.
    const repeatedHead = new Map<string, Set<string>>();
    for (const section of sections) {
      const title = section.data['title'];
      const files = [...new Set(((section.data['sources'] ?? []) as Array<{ file: string }>).map((source) => source.file))];
      if (typeof title === 'string' && files.length > 1)
        for (const file of files.slice(1)) repeatedHead.set(file, new Set([...(repeatedHead.get(file) ?? []), title]));
    }
    for (const file of new Set(sources.map((source) => source.file))) {
      const heads = new Set(repeatedHead.get(file));
      for (const line of [...(await inputLines(file, run.name, skippedRecords(run))), ...(await chapterLines(file, run.name))]) {
        if (heads.delete(line.trim())) continue;
        const copies = headerCopies.get(line) ?? 0;
        if (header.has(line) && copies > 0) headerCopies.set(line, copies - 1);
        else if (header.has(line)) continue;
        // A bracketed headline, rubric, byline or structure line (`【责任编辑：王玉】`, `【记者 周敏】`) keeps its brackets as printed (only item headings lose them).
        const text = titles.has(line) || rubrics.has(line) || bylineLines.has(line) || extras.has(line) ? line : textOf(line);
        // A numbered or bulleted item heading (`3、标题`, `一、标题`, `◆标题`) is a title without its number or bullet.
        // (And a roundup's item numbered in a circle, `①标题`.)
        const unnumbered = withoutItemMark(text).replace(ITEM_CIRCLED, '');
        // A run-in item heading (`【标题】正文`, numbered or not) is a title without its number and brackets, then a paragraph.
        // (After a post's opening topics too, `#今日热点#【标题】正文`.)
        const runIn = /^(?:[0-9０-９]{1,2}[、．.]\s*|(?:#[^#\s]{1,30}#\s*)+)?【([^【】]+)】/u.exec(text);
        // A byline after its box or bar (`□ 本报通讯员　王浩怡`) is the byline without it.
        const unboxed = text.replace(BYLINE_MARK, '');
        if (unnumbered !== text && titles.has(unnumbered)) input.push(unnumbered);
        else if (unboxed !== text && bylineLines.has(unboxed)) input.push(unboxed);
        else if (bulletedRunIn(text).some(({ title }) => titles.has(title))) input.push(text.replace(/^[◆◇■□●○▲△★☆►▶◎•]\s*/u, ''));
        else if (runIn?.[1] !== undefined && titles.has(runIn[1]))
          input.push((text.startsWith('#') ? runIn[0].slice(0, runIn[0].lastIndexOf('【')) : '') + runIn[1] + text.slice(runIn[0].length));
        else input.push(text);
      }
    }
    const output: string[] = [];
    for (const section of sections) {
      const { data, body } = section;
      for (const key of ['rubric', 'title', 'subtitle', 'summary'] as const) {
        // (A roundup's name is printed once, over its first item: its later items' rubric is no printed line.)
        const laterItem = key === 'rubric' && typeof data['roundupItem'] === 'number' && data['roundupItem'] > 1;
        if (typeof data[key] === 'string' && !laterItem) output.push(data[key]);
      }
      for (const key of ['subtitles', 'extras'] as const) if (Array.isArray(data[key])) output.push(...(data[key] as string[]));
      // A byline read out of the lead paragraph, or out of a site's line of date and source (a header line), is a copy of printed text.
      const byline = data['byline'];
      const copied = (text: string): boolean => typeof byline === 'string' && text.replace(/\s/gu, '').includes(byline.replace(/\s/gu, ''));
      if (typeof byline === 'string' && !copied(body) && ![...header].some(copied)) output.push(byline);
      output.push(body);
    }
    // A front matter title or author stands in for a headline or byline the text does not print on a line of its own.
    // (A title may be printed inside a line, `【标题】`; an author's name, `瓯江日报`, inside any line, `来源：瓯江日报综合`.)
    const inputText = input.join('').replace(/\s/gu, '');
    const inputLineSet = new Set(input.map((line) => line.replace(/\s/gu, '')));
    // (So do a kicker and a subtitle an e-paper's head facts state: `formats/founder.ts`.)
    const printed = (value: string, key: 'title' | 'byline' | 'rubric' | 'subtitle'): boolean =>
      key === 'byline' ? inputLineSet.has(value.replace(/\s/gu, '')) : inputText.includes(value.replace(/\s/gu, ''));
    const extra = output.filter((value) =>
      (['title', 'byline', 'rubric', 'subtitle'] as const).some(
        (key) => stated.has(value) && !printed(value, key) && sections.some((entry) => entry.data[key] === value),
      ),
    );
    const counted = count(input.join(''));
    for (const [char, n] of count(output.filter((value) => !extra.includes(value)).join(''))) counted.set(char, (counted.get(char) ?? 0) - n);
    const off = [...counted].filter(([, n]) => n !== 0).map(([char, n]) => `${n > 0 ? '-' : '+'}${char}×${Math.abs(n)}`);
    if (off.length > 0) differences.push(`${id}: ${off.slice(0, 12).join(' ')}`);
  }
  return differences;
}

/**
 * The issues, grouped so that no input file feeds two groups: one issue
 * each, except where a database export's records feed several issues from
 * one file (those are compared together with the files they share).
 */
function issueGroups(all: Entry[]): Entry[][] {
  const issues = all.filter((entry) => entry.file.startsWith('issues/'));
  const filesOf = (issue: Entry): string[] => ((issue.data['sources'] ?? []) as Array<{ file: string }>).map((source) => source.file);
  const groups: Entry[][] = [];
  for (const issue of issues) {
    const files = new Set(filesOf(issue));
    const joined = groups.filter((group) => group.some((member) => filesOf(member).some((file) => files.has(file))));
    const merged = [...joined.flat(), issue];
    for (const group of joined) groups.splice(groups.indexOf(group), 1);
    groups.push(merged);
  }
  return groups;
}

/** A line's text without the markup a title may carry: a label (`标题：`), the brackets of an item heading. */
function textOf(line: string): string {
  const value = matchLabelledField(line)?.value ?? line;
  return isBracketHeading(value) ? value.slice(1, -1) : value;
}

function count(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const char of text.replace(/\s/gu, '')) counts.set(char, (counts.get(char) ?? 0) + 1);
  return counts;
}

function ingestedFiles(outputs: Map<string, string>): Set<string> {
  const files = new Set<string>();
  for (const entry of entries(outputs)) {
    if (!entry.file.startsWith('issues/')) continue;
    for (const source of (entry.data['sources'] ?? []) as Array<{ file: string }>) files.add(source.file);
  }
  return files;
}

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string' || typeof value === 'number') into.add(String(value));
  else if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item, into);
}
