/**
 * Read a word processor's document — Word's `.docx` (also `.docm`) and the
 * older binary `.doc`, an OpenDocument text `.odt`, Rich Text `.rtf` — into
 * the text the page grammar reads. The kind is told by the file's first
 * bytes, not its name: a `.docx` that is really a `.doc` (renamed by hand) is
 * read as one, and a `.doc` that is HTML, text or RTF is read as that.
 *
 * A `.docx` goes through mammoth, which keeps what Word's styles say
 * (`Heading 1` → `<h1>`, bold runs, tables, images, footnotes) as HTML; that
 * HTML is read by `formats/html.ts` like any exported page, so a heading is a
 * title's hint there as in an HTML export. What mammoth leaves out —
 * sections and their page headers and footers, type sizes, text boxes it
 * cannot see — comes from the package itself (`formats/word-package.ts`);
 * an `.odt` gives the same HTML and facts (`formats/odt.ts`). A `.doc` gives
 * plain text (word-extractor), an `.rtf` too (`formats/rtf.ts`), their
 * headers on top (an `.rtf`'s where its sections begin).
 *
 * The result is a text view: one line per paragraph, table cell or list item,
 * blank where the document has an empty paragraph. Positions in messages
 * point into this view (`line` = its line), which `readPage` holds as the
 * file's text; the opening note says how it was made.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import WordExtractor from 'word-extractor';
import JSZip from 'jszip';
import { decode } from '../decode.ts';
import { isOpenDocumentText, readOdt } from './odt.ts';
import { readRtf } from './rtf.ts';
import { readHtml, type HtmlRead } from './html.ts';
import type { BookParts } from './epub.ts';
import { PAGE_FIELD, comparable, readWordPackage, withReadableText, type WordPackage, type WordParagraph, type WordSection } from './word-package.ts';
import { isPaperName } from '../rules/paper-name.ts';
import { charLength } from '../punctuation.ts';
import { matchBylineLine } from '../rules/byline.ts';
import { matchDateline } from '../rules/dateline.ts';
import { matchPageHeader } from '../rules/page-header.ts';
import type { Decoded } from '../decode.ts';
import type { RawLine } from '../types.ts';

/** What a word document holds, read: either a text view with its lines, or why it could not be read. */
export type WordRead =
  | {
      /**
       * (`alto`: an OCR page in ALTO XML, `formats/alto.ts`; `pagexml`: one in PAGE XML, `formats/page-xml.ts`; `hocr`: one in hOCR,
       * `formats/hocr.ts`; `iiif`: a IIIF manifest's pages and their OCR annotations, `formats/iiif.ts`; `pdf`: a PDF's text layer,
       * `formats/pdf.ts`; `epub`: an e-book's documents, `formats/epub.ts`; `nitf`: a newsroom's story in NITF, `formats/nitf.ts`;
       * `tei`: a text in TEI XML, `formats/tei.ts`;
       * `captions`: a broadcast's subtitles, `formats/captions.ts`;
       * each read as a document's text is.)
       */
      kind: 'docx' | 'doc' | 'odt' | 'rtf' | 'alto' | 'pagexml' | 'hocr' | 'iiif' | 'pdf' | 'epub' | 'nitf' | 'tei' | 'captions';
      /** The text view: what messages' positions point into. */
      text: string;
      /** Lines with markup hints (a `.docx`'s headings and bold); absent for a `.doc`, whose text is read as plain text. */
      lines?: RawLine[];
      /** Furniture the HTML reader left out of a `.docx` (none is expected from Word). */
      leftOut: HtmlRead['leftOut'];
      /** How the view was made, for the opening note: the parts read and what was left out. */
      parts: WordParts;
      /** An e-book's documents and contents pages, for the opening note (`formats/epub.ts`). */
      book?: BookParts;
      /** Facts the file's metadata gives as front matter would (an e-book's title: `source`, `date`). */
      frontmatter?: Record<string, string>;
      /** Subtitles' chapters kept beside them (`formats/chapters.ts`): how many title its stories, how many start after its last cue (not used). */
      chapters?: { used: number; pastEnd: number };
      /** A text document's decoding (subtitles): its encoding, and bytes that could not be decoded, each a U+FFFD of the view in order. */
      source?: Pick<Decoded, 'encoding' | 'bom' | 'badBytes'>;
    }
  /** Not a word document inside: read as the text or HTML it is. */
  | { kind: 'html' }
  | { kind: 'text' }
  | { kind: 'unreadable'; reason: string };

/** A document read into a text view: a word processor's (`.docx`, `.doc`, `.odt`, `.rtf`), an OCR page's (`formats/alto.ts`), a PDF's (`formats/pdf.ts`) or an e-book's (`formats/epub.ts`). */
export type DocumentText = Extract<
  WordRead,
  { kind: 'docx' | 'doc' | 'odt' | 'rtf' | 'alto' | 'pagexml' | 'hocr' | 'iiif' | 'pdf' | 'epub' | 'nitf' | 'tei' | 'captions' }
>;

export interface WordParts {
  headerLines: number;
  /** Where the header's lines stand: on top, or each section's where the section begins. */
  headerPlaces: 'top' | 'sections';
  /** Header lines whose page field's stored number was replaced by the count of sections (`第 3 版 → 第 2 版`). */
  countedPages: string[];
  /** The headers of sections with no text (a blank last page): they head nothing, and are named in the opening note. */
  blankSectionHeaders: string[];
  /** Comments (批注) and, in a `.docx`, passages deleted with changes tracked: not printed text, left out and counted. */
  comments: number;
  deletions: number;
  /** A `.doc`'s sections' headers that name later pages (`…第2版`), which it does not say where to put: not read (the first section's is). */
  unplaced: string[];
  footerLines: number;
  /** Page-number fields in the header or footer (`1`, `第 1 页`, `- 1 -`), left out. */
  pageNumbers: string[];
}

/** A document with none of a word processor's headers, footers, fields or comments (an OCR page, a PDF, an e-book). */
export const NO_WORD_PARTS: WordParts = {
  headerLines: 0,
  headerPlaces: 'top',
  countedPages: [],
  blankSectionHeaders: [],
  comments: 0,
  deletions: 0,
  unplaced: [],
  footerLines: 0,
  pageNumbers: [],
};

/**
 * A text view from its lines in order (an empty one a blank line): the view's text, and each non-blank line with its
 * place in it and its hints, as the page grammar reads a file's lines.
 */
export function viewText(view: ReadonlyArray<{ text: string; hint?: RawLine['hint'] }>): { text: string; lines: RawLine[] } {
  const lines: RawLine[] = [];
  let offset = 0;
  view.forEach((entry, index) => {
    if (entry.text !== '') {
      lines.push({
        text: entry.text,
        line: index + 1,
        position: {
          start: { line: index + 1, column: 1, offset },
          end: { line: index + 1, column: entry.text.length + 1, offset: offset + entry.text.length },
        },
        ...(entry.hint ? { hint: entry.hint } : {}),
      });
    }
    offset += entry.text.length + 1;
  });
  return { text: view.map((entry) => entry.text).join('\n'), lines };
}

/** A zip archive (`PK\3\4`): Office Open XML, a `.docx`. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** An OLE2 compound file (`D0 CF 11 E0`): Word 97–2003's `.doc`. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/**
 * Word's own and WPS's Chinese names for the heading styles: mammoth's default map knows `Heading 1`–`6`
 * (which Word writes whatever the language it shows); WPS and some templates write `标题 1` and `Title` (`标题`).
 */
const STYLE_MAP = [
  ...[1, 2, 3, 4, 5, 6].flatMap((level) => [`p[style-name='标题 ${level}'] => h${level}:fresh`, `p[style-name='標題 ${level}'] => h${level}:fresh`]),
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='标题'] => h1:fresh",
  "p[style-name='標題'] => h1:fresh",
];

/**
 * A header or footer line that is only a page's number: a field Word fills on each page (`1`, `- 1 -`, `第 1 页`,
 * `第1页 共4页`, `Page 1 of 4`). It numbers the printed document's pages, not the paper's.
 */
const PAGE_NUMBER_FIELD =
  /^(?:[-—–]\s*)?(?:第\s*)?\d{1,3}(?:\s*[页頁])?(?:\s*[/／]\s*\d{1,3}|\s*[，,]?\s*共\s*\d{1,3}\s*[页頁])?(?:\s*[-—–])?$|^page\s+\d{1,3}(?:\s+of\s+\d{1,3})?$/iu;

export function isPageNumberField(line: string): boolean {
  return PAGE_NUMBER_FIELD.test(line.trim());
}

/** word-extractor's getters rewrite curly quotes and dashes as ASCII unless told not to (`“` → `"`, `——` → `--`). */
const KEEP = { filterUnicode: false };

const fragment = unified().use(rehypeParse, { fragment: true });

export async function readWordDocument(bytes: Uint8Array, displayPath: string): Promise<WordRead> {
  const kind = startsWith(bytes, ZIP) ? 'docx' : startsWith(bytes, OLE2) ? 'doc' : undefined;
  if (kind === undefined && isRtf(bytes)) return rtfView(bytes);
  if (kind === undefined) return sniffText(bytes);
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    if (kind === 'doc') {
      const extracted = await new WordExtractor().extract(buffer);
      const header = frameLines(extracted.getHeaders({ includeFooters: false, filterUnicode: false }));
      const footer = frameLines(extracted.getFooters(KEEP));
      const pageNumbers = [...header.pageNumbers, ...footer.pageNumbers];
      const body = extracted.getBody(KEEP).replace(/\r\n?/gu, '\n').replace(/\n+$/u, '');
      // (A layout's text boxes, then the notes, after the body: the binary format keeps them apart, with no place in it.)
      const rest = [
        extracted.getTextboxes({ includeHeadersAndFooters: false, includeBody: true, filterUnicode: false }),
        extracted.getFootnotes(KEEP),
        extracted.getEndnotes(KEEP),
      ]
        .map((text) => text.replace(/\r\n?/gu, '\n').trim())
        .filter((text) => text !== '');
      const { top, unplaced } = docHeader(header.kept);
      const text = [...top, body, ...rest, ...footer.kept].join('\n');
      const comments = extracted
        .getAnnotations(KEEP)
        .split(/\r\n?|\n/u)
        .filter((line) => line.trim() !== '').length;
      return {
        kind,
        text,
        leftOut: [],
        parts: {
          headerLines: top.length,
          headerPlaces: 'top',
          footerLines: footer.kept.length,
          pageNumbers,
          unplaced,
          blankSectionHeaders: [],
          countedPages: [],
          comments,
          deletions: 0,
        },
      };
    }
    const zip = await JSZip.loadAsync(buffer);
    // (An OpenDocument text is a zip package too: told by its `mimetype` entry.)
    if (await isOpenDocumentText(zip)) {
      const odt = await readOdt(zip);
      return { kind: 'odt', ...packageView(odt.html, displayPath, odt.wordPackage, { header: [], footer: [], pageNumbers: [] }) };
    }
    // (The package as both readings take it: text boxes readable and in reading order.)
    const html = await mammoth.convertToHtml(
      { buffer: await withReadableText(zip, buffer) },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: false,
        // Images are kept as provenance (`<img alt="…">`, the alt text Word holds), never their bytes.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    const wordPackage = await readWordPackage(zip);
    // (A package whose sections cannot be read: its headers and footers as word-extractor gives them, on top and last.)
    const frame = wordPackage.sections.length > 0 ? { header: [], footer: [], pageNumbers: [] } : await extractedFrame(buffer);
    return { kind, ...packageView(html.value, displayPath, wordPackage, frame) };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

/** A document's headers and footers as word-extractor gives them: every section's, one after another. */
async function extractedFrame(buffer: Buffer): Promise<{ header: string[]; footer: string[]; pageNumbers: string[] }> {
  const extracted = await new WordExtractor().extract(buffer);
  const header = frameLines(extracted.getHeaders({ includeFooters: false, filterUnicode: false }));
  const footer = frameLines(extracted.getFooters(KEEP));
  return { header: header.kept, footer: footer.kept, pageNumbers: [...header.pageNumbers, ...footer.pageNumbers] };
}

/**
 * A `.doc`'s header lines: sections' headers that name different pages cannot be put where each section begins (the
 * binary format does not say), so the first section's stands on top (its date and first page) and the others are
 * named in a warning, not read.
 */
export function docHeader(lines: readonly string[]): { top: string[]; unplaced: string[] } {
  const labels = lines.filter((line) => pageIn(line) !== undefined);
  const unplaced = new Set(labels.map(pageIn)).size > 1 ? labels.slice(1) : [];
  return { top: lines.filter((line) => !unplaced.includes(line)), unplaced };
}

/** The page a header line names: a page header (`第2版　社会`) or a running head's date line with its page (`江城日报　2024年3月12日　第2版`). */
function pageIn(line: string): number | undefined {
  return matchPageHeader(line)?.page ?? matchDateline(line)?.page?.value;
}

/** A header's or footer's lines: the text lines, and the page-number fields apart. */
function frameLines(text: string): { kept: string[]; pageNumbers: string[] } {
  // (Each section's header, and the first page's, are given one after another: the same line once.)
  const lines = [
    ...new Set(
      text
        .split(/\r\n|\r|\n/u)
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    ),
  ];
  return { kept: lines.filter((line) => !isPageNumberField(line)), pageNumbers: lines.filter(isPageNumberField) };
}

/**
 * The text view of a package read as HTML (mammoth's, or an OpenDocument's) with its facts: each section's header
 * where the section begins and footer where it ends; else (a package whose sections cannot be read) the frame given
 * (word-extractor's header on top, footer last).
 */
function packageView(
  html: string,
  displayPath: string,
  wordPackage: WordPackage,
  frame: { header: string[]; footer: string[]; pageNumbers: string[] },
): Omit<DocumentText, 'kind'> {
  const fields: string[] = [];
  const counted: string[] = [];
  const sections = wordPackage.sections.map((section) => ({
    ...section,
    header: withoutPageFields(section.header, fields, counted, section.pageNumber),
    footer: withoutPageFields(section.footer, fields, counted, section.pageNumber),
  }));
  const view = docxView(
    html,
    displayPath,
    sections.length > 0 ? sections : [{ start: -1, end: -1, header: frame.header, footer: frame.footer, pageNumber: 1 }],
    wordPackage,
  );
  return {
    text: view.text,
    lines: view.lines,
    leftOut: view.leftOut,
    parts: {
      headerLines: view.headerLines,
      headerPlaces: view.sections > 1 ? 'sections' : 'top',
      footerLines: view.footerLines,
      pageNumbers: sections.length > 0 ? [...new Set(fields)] : frame.pageNumbers,
      unplaced: [],
      blankSectionHeaders: view.blank,
      countedPages: [...new Set(counted)],
      comments: wordPackage.comments,
      deletions: wordPackage.deletions,
    },
  };
}

/**
 * A section's header or footer lines without its page-number fields: a line whose only number is Word's page field
 * (`第 1 页`, `- 1 -`, `1`) is left out, its shown value kept in `fields`; a number typed there (`02　要闻`) is the
 * paper's own and stays.
 */
function withoutPageFields(lines: readonly string[], fields: string[], counted: string[], pageNumber: number): string[] {
  const field = new RegExp(`${PAGE_FIELD}([^${PAGE_FIELD}]*)${PAGE_FIELD}`, 'gu');
  return [
    ...new Set(
      lines.flatMap((line) => {
        const shown = line.replace(field, '$1').trim();
        if (!line.includes(PAGE_FIELD)) return [shown];
        if (/^[\s第页頁共/／\-—–]*$|^\s*page\s*(?:of\s*)?$/iu.test(line.replace(field, ''))) {
          fields.push(shown);
          return [];
        }
        // A label with Word's page field in it (`第 {PAGE} 版`): the number the file stores is the one Word last showed,
        // on whatever page, so the page is counted from the sections instead.
        const numbered = line.replace(field, String(pageNumber)).trim();
        if (numbered !== shown) counted.push(`${shown} → ${numbered}`);
        return [numbered];
      }),
    ),
  ].filter((line) => line !== '');
}

/**
 * The text view of mammoth's HTML: each top-level block (paragraph, heading, table, list) is put on a line of its own
 * and read by the HTML reader, and every line it gives becomes one line of the view, in order; a block that gives none
 * (an empty paragraph) is a blank line. Each section's header lines stand over the block its first paragraph is in,
 * and its footer's under the block of its last (either only where it differs from the one placed before); with no
 * sections known, the header stands first and the footer last.
 */
function docxView(
  html: string,
  displayPath: string,
  sections: readonly WordSection[],
  wordPackage: WordPackage,
): {
  text: string;
  lines: RawLine[];
  leftOut: HtmlRead['leftOut'];
  headerLines: number;
  footerLines: number;
  sections: number;
  blank: string[];
} {
  const tree: Root = fragment.parse(html);
  const nodes = tree.children.filter((node): node is Element => node.type === 'element');
  for (const node of nodes) {
    // (An image mammoth was told to leave without its bytes has no `src` worth printing.)
    for (const image of elementsIn(node, 'img')) if (image.properties['src'] === '') delete image.properties['src'];
    // (mammoth ends each footnote with a link back to its mark, `↑`, which the document does not print.)
    for (const link of elementsIn(node, 'a')) if (/^#(?:footnote|endnote)-ref-/u.test(String(link.properties['href']))) link.children = [];
  }
  const aligned = alignParagraphs(nodes, wordPackage.paragraphs);
  /** Each top-level paragraph's type size, where it was found in the package. */
  const sizes = new Map<Element, number>();
  for (const [index, node] of aligned) if (node.tagName === 'p' || /^h[1-6]$/u.test(node.tagName)) sizes.set(node, wordPackage.paragraphs[index]!.size);
  for (const node of nodes) if (isHeadlineParagraph(node, (sizes.get(node) ?? 0) > wordPackage.bodySize)) node.children = withoutBreaks(node.children);
  headsBySize(nodes, sizes, wordPackage.bodySize);
  const placed = placeNotes(nodes);
  const blocks = placed.map((node) => toHtml(node));
  const { before, after, sectionsPlaced, blank } = framePlaces(placed, aligned, sections);
  const read = readHtml(new VFile({ path: displayPath, value: `<body>\n${blocks.join('\n')}\n</body>` }));
  const byBlock = new Map<number, RawLine[]>();
  for (const line of read.lines) {
    // (Line 1 of the HTML is `<body>`: block k is on line k + 1.)
    const block = line.position.start.line - 1;
    byBlock.set(block, [...(byBlock.get(block) ?? []), line]);
  }
  const view: Array<{ text: string; hint?: RawLine['hint'] }> = blocks.flatMap((_block, index) => {
    const lines = byBlock.get(index + 1);
    // (A note is running text of its article, printed at the page's foot: never a head. A heading read from type size orders
    // its head's lines but marks no item.)
    const note = placed[index]!.properties[NOTE] === true;
    const bySize = placed[index]!.properties[BY_SIZE] === true;
    return [
      ...(before.get(index) ?? []).map((text) => ({ text })),
      ...(lines
        ? lines.map((line) => ({
            text: line.text,
            ...(line.hint || note
              ? { hint: { ...line.hint, ...(note ? { opensParagraph: true } : {}), ...(bySize && line.hint?.heading !== undefined ? { bySize: true } : {}) } }
              : {}),
          }))
        : [{ text: '' }]),
      ...(after.get(index) ?? []).map((text) => ({ text })),
    ];
  });
  // (A document with no block at all: its header and footer alone.)
  if (blocks.length === 0) view.push(...(before.get(0) ?? []).map((text) => ({ text })), ...(after.get(-1) ?? []).map((text) => ({ text })));
  const { text, lines } = viewText(view);
  const count = (places: Map<number, string[]>): number => [...places.values()].reduce((sum, list) => sum + list.length, 0);
  return {
    text,
    lines,
    leftOut: read.leftOut,
    headerLines: count(before),
    footerLines: count(after),
    sections: sectionsPlaced,
    blank,
  };
}

/**
 * The package's paragraphs found in mammoth's blocks, in order: each paragraph's index to the top-level block it is
 * in (the block itself, or a table or list holding it). mammoth gives one block per paragraph in the document's order,
 * so each is looked for a few places on from the last one found; one not found is left out.
 */
function alignParagraphs(nodes: readonly Element[], paragraphs: readonly WordParagraph[]): Map<number, Element> {
  const aligned = new Map<number, Element>();
  let cursor = 0;
  for (const node of nodes) {
    for (const paragraph of node.tagName === 'p' || /^h[1-6]$/u.test(node.tagName) ? [node] : elementsIn(node, 'p')) {
      const text = comparable(toString(paragraph).replace(/\[\d{1,3}\]/gu, ''));
      if (text === '') continue;
      for (let index = cursor; index < Math.min(paragraphs.length, cursor + 8); index += 1) {
        if (paragraphs[index]!.text !== text) continue;
        aligned.set(index, node);
        cursor = index + 1;
        break;
      }
    }
  }
  return aligned;
}

/**
 * Where the sections' headers and footers stand: a header over the block of its section's first paragraph found (the
 * first section's over the first block), a footer under the block of its last, each only where it differs from the one
 * placed before. A section none of whose paragraphs is found begins after the last one found; with no sections known,
 * the header stands first and the footer last.
 */
function framePlaces(
  blocks: readonly Element[],
  aligned: ReadonlyMap<number, Element>,
  sections: readonly WordSection[],
): { before: Map<number, string[]>; after: Map<number, string[]>; sectionsPlaced: number; blank: string[] } {
  const before = new Map<number, string[]>();
  const blank: string[] = [];
  const after = new Map<number, string[]>();
  const blockOf = (from: number, to: number, step: 1 | -1): number | undefined => {
    for (let index = from; from >= 0 && (step === 1 ? index <= to : index >= to); index += step) {
      const node = aligned.get(index);
      if (node) return blocks.indexOf(node);
    }
    return undefined;
  };
  let lastHeader = '';
  let lastFooter = '';
  let sectionsPlaced = 0;
  /** The block after the last one a section before was found in: where a section not found begins. */
  let next = 0;
  for (const [index, section] of sections.entries()) {
    // (A section with no text, a blank last page, heads nothing: its header is named, not placed.)
    if (section.header.length > 0 && section.header.join('\n') !== lastHeader && index > 0 && section.start < 0) blank.push(...section.header);
    else if (section.header.length > 0 && section.header.join('\n') !== lastHeader) {
      const at = index === 0 ? 0 : (blockOf(section.start, section.end, 1) ?? Math.min(next, Math.max(blocks.length - 1, 0)));
      before.set(at, [...(before.get(at) ?? []), ...section.header]);
      lastHeader = section.header.join('\n');
      sectionsPlaced += 1;
    }
    const end = blockOf(section.end, section.start, -1);
    if (end !== undefined) next = end + 1;
    if (section.footer.length > 0 && section.footer.join('\n') !== lastFooter) {
      const at = end ?? blocks.length - 1;
      after.set(at, [...(after.get(at) ?? []), ...section.footer]);
      lastFooter = section.footer.join('\n');
    }
  }
  return { before, after, sectionsPlaced, blank };
}

/** The most a headline set over lines by hand runs to, in characters. */
const HEADLINE_LENGTH = 60;

/**
 * A headline paragraph: a heading, a paragraph wholly in bold or set larger than the body text, of a headline's length. A line break inside one
 * (Word's Shift+Enter) sets a long headline over two lines; it is one headline, not a kicker and its headline.
 */
function isHeadlineParagraph(node: Element, larger: boolean): boolean {
  if (!/^(?:h[1-6]|p)$/u.test(node.tagName) || !elementsIn(node, 'br').length) return false;
  const text = toString(node).trim();
  if (text === '' || charLength(text) > HEADLINE_LENGTH) return false;
  // Not two things set on two lines: a headline over its `——` subtitle, a byline or a label over another (`文/…` / `图/…`, `报名电话：…`).
  const parts = linesOf(node).map((part) => part.trim());
  if (parts.slice(1).some((part) => /^[—－–-]/u.test(part))) return false;
  if (parts.some((part) => /[：:]/u.test(part) || /^[文图圖摄攝][/／]/u.test(part) || matchBylineLine(part) !== undefined)) return false;
  if (node.tagName !== 'p' || larger) return true;
  // (Wholly bold: every piece of text is inside <strong>.)
  const loose = (child: ElementContent): boolean =>
    child.type === 'text'
      ? child.value.trim() !== ''
      : child.type === 'element' && child.tagName !== 'strong' && child.tagName !== 'br' && child.children.some(loose);
  return !node.children.some(loose);
}

/** A paragraph's text in the pieces its line breaks part. */
function linesOf(node: Element): string[] {
  const parts: string[] = [];
  let current = '';
  const walk = (children: readonly ElementContent[]): void => {
    for (const child of children) {
      if (child.type === 'text') current += child.value;
      else if (child.type === 'element' && child.tagName === 'br') {
        parts.push(current);
        current = '';
      } else if (child.type === 'element') walk(child.children);
    }
  };
  walk(node.children);
  return [...parts, current];
}

/** The children without their line breaks, the text on either side run together as the paragraph holds it. */
function withoutBreaks(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    if (child.tagName === 'br') return [];
    return [{ ...child, children: withoutBreaks(child.children) }];
  });
}

/** What a head's line never ends on (a sentence's or clause's mark). */
const CLAUSE_END = /[。；，、：;,:]$/u;

/**
 * Heads told apart by type size, as a newsroom sets them: in a run of two or more short lines set larger than the body
 * text (no heading style among them, none a masthead, date line or page header), the largest is the headline (`<h1>`)
 * and the others lesser headings (`<h2>`) — a kicker over it, a subtitle under it — which is how the HTML reader reads
 * the headings of a head. A line alone keeps no hint: whether it opens an article or heads a part of one is for the
 * text to say, as in plain text.
 */
function headsBySize(nodes: readonly Element[], size: ReadonlyMap<Element, number>, bodySize: number): void {
  const isHeadLine = (node: Element): boolean => {
    const text = toString(node).trim();
    return (
      node.tagName === 'p' &&
      (size.get(node) ?? 0) > bodySize &&
      charLength(text) <= HEADLINE_LENGTH &&
      !CLAUSE_END.test(text) &&
      matchDateline(text) === undefined &&
      matchPageHeader(text) === undefined &&
      !isPaperName(text)
    );
  };
  let run: Element[] = [];
  const close = (): void => {
    const sizes = run.map((node) => size.get(node)!);
    const largest = Math.max(...sizes);
    if (run.length >= 2 && sizes.some((value) => value !== largest)) {
      for (const node of run) {
        node.tagName = size.get(node) === largest ? 'h1' : 'h2';
        node.properties[BY_SIZE] = true;
      }
    }
    run = [];
  };
  for (const node of nodes) {
    if (isHeadLine(node)) run.push(node);
    // (An empty paragraph between a kicker and its headline does not part them.)
    else if (!(node.tagName === 'p' && toString(node).trim() === '')) close();
  }
  close();
}

/** Marks a note's paragraph (a property no HTML printed keeps): running text, never a head. */
const NOTE = 'dataBaokuNote';
/** Marks a heading read from type size (`headsBySize`). */
const BY_SIZE = 'dataBaokuBySize';

/** A footnote's or endnote's mark, as mammoth links it (`<a href="#footnote-1">[1]</a>`). */
function noteId(link: Element): string | undefined {
  return /^#((?:footnote|endnote)-.+)$/u.exec(String(link.properties['href']))?.[1];
}

/**
 * Footnotes and endnotes, which mammoth lists after the body (`<ol><li id="footnote-1">`), each put under the
 * paragraph that refers to it, as a paragraph led by its mark (`[1] 涉及1路…`): the note is its article's, not the
 * last article's. In a table's cell it goes under its paragraph in the cell. A mark on a head or byline line
 * (`王建国[1]`) is taken off that line, and its note goes under the next paragraph of running text, so the head stays
 * whole. A note no paragraph refers to stays at the end.
 */
function placeNotes(nodes: readonly Element[]): Element[] {
  const notes = new Map<string, Element>();
  const isNoteList = (node: Element): boolean =>
    node.tagName === 'ol' && elementsIn(node, 'li').some((item) => /^(?:footnote|endnote)-/u.test(String(item.properties['id'])));
  for (const node of nodes) {
    if (!isNoteList(node)) continue;
    for (const item of elementsIn(node, 'li'))
      if (/^(?:footnote|endnote)-/u.test(String(item.properties['id']))) notes.set(String(item.properties['id']), item);
  }
  if (notes.size === 0) return [...nodes];
  const placed = new Set<string>();
  const notesOf = (paragraph: Element): Element[] =>
    elementsIn(paragraph, 'a').flatMap((mark) => {
      const id = noteId(mark);
      const note = id === undefined ? undefined : notes.get(id);
      if (id === undefined || note === undefined || placed.has(id)) return [];
      placed.add(id);
      const text = note.children.flatMap((child) => (child.type === 'element' && child.tagName === 'p' ? child.children : [child]));
      return [
        { type: 'element', tagName: 'p', properties: { [NOTE]: true }, children: [{ type: 'text', value: `${toString(mark)} ` }, ...text] } satisfies Element,
      ];
    });
  const within = (element: Element): void => {
    element.children = element.children.flatMap((child): ElementContent[] => {
      if (child.type !== 'element') return [child];
      if (child.tagName === 'p') return [child, ...notesOf(child)];
      within(child);
      return [child];
    });
  };
  const out: Element[] = [];
  let waiting: Element[] = [];
  for (const node of nodes) {
    if (isNoteList(node)) {
      out.push(...waiting);
      waiting = [];
      if (elementsIn(node, 'li').every((item) => placed.has(String(item.properties['id'])))) continue;
      out.push(node);
    } else if (node.tagName === 'p' || /^h[1-6]$/u.test(node.tagName)) {
      const own = notesOf(node);
      out.push(node);
      const text = toString(node).trim();
      if (charLength(text) > HEADLINE_LENGTH || /[。！？…”」]$/u.test(text)) {
        out.push(...waiting, ...own);
        waiting = [];
      } else {
        node.children = withoutNoteMarks(node.children);
        waiting.push(...own);
      }
    } else {
      within(node);
      out.push(node);
    }
  }
  return [...out, ...waiting];
}

/** Children without the footnote marks in them (mammoth's `<sup><a href="#footnote-1">[1]</a></sup>`). */
function withoutNoteMarks(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    if (
      (child.tagName === 'a' && noteId(child) !== undefined) ||
      (child.tagName === 'sup' && elementsIn(child, 'a').some((link) => noteId(link) !== undefined))
    ) {
      return [];
    }
    return [{ ...child, children: withoutNoteMarks(child.children) }];
  });
}

function elementsIn(node: Root['children'][number], tagName: string): Element[] {
  if (node.type !== 'element') return [];
  return [...(node.tagName === tagName ? [node] : []), ...node.children.flatMap((child) => elementsIn(child, tagName))];
}

/** Rich Text: `{\rtf`, after any white space. */
function isRtf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 64)).toString('latin1').trimStart().startsWith('{\\rtf');
}

/** A Rich Text file as plain text (`formats/rtf.ts`): its body with each section's header where the section begins, then footnotes, footer last. */
function rtfView(bytes: Uint8Array): WordRead {
  try {
    const rtf = readRtf(bytes);
    const footer = frameLines(rtf.footer.join('\n'));
    // (Its page headers stand in the body where their sections begin; a page-number field's line among them is left out.)
    const pageNumbers = rtf.headers.filter((line) => isPageNumberField(line));
    const body = rtf.body
      .split('\n')
      .filter((line) => !pageNumbers.includes(line.trim()))
      .join('\n');
    return {
      kind: 'rtf',
      text: [body, ...rtf.footnotes, ...footer.kept].join('\n'),
      leftOut: [],
      parts: {
        headerLines: rtf.headers.length - pageNumbers.length,
        headerPlaces: new Set(rtf.headers).size > 1 ? 'sections' : 'top',
        footerLines: footer.kept.length,
        pageNumbers: [...new Set([...pageNumbers, ...footer.pageNumbers])],
        unplaced: [],
        blankSectionHeaders: [],
        countedPages: [],
        comments: 0,
        deletions: 0,
      },
    };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** A `.doc` that is not a Word binary: Word's web page (HTML under the old name, in any encoding Word saves it in) or plain text. */
function sniffText(bytes: Uint8Array): WordRead {
  const decoded = decode(bytes.subarray(0, 4096));
  if (decoded.binary) return { kind: 'unreadable', reason: 'it is neither a Word document nor text' };
  const head = decoded.text.trimStart().toLowerCase();
  if (head.startsWith('mime-version:')) return { kind: 'unreadable', reason: 'it is a single-file web page (MHTML) under a Word name' };
  return /^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/u.test(head) ? { kind: 'html' } : { kind: 'text' };
}
