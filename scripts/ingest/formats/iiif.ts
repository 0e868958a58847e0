/**
 * IIIF — the International Image Interoperability Framework, in which digital libraries deliver a newspaper issue:
 * a Presentation manifest (version 2: `sc:Manifest`, its `sequences[0].canvases`; version 3: `Manifest`, its
 * `items`), a canvas a page, and the page's OCR as text annotations, a line each, with its place on the scan
 * (`on`/`target` …`#xywh=200,340,1400,60`): version 2's `otherContent` annotation lists (`sc:AnnotationList`, each
 * resource `cnt:ContentAsText` with its `chars`), version 3's `annotations` pages (`AnnotationPage` of `TextualBody`
 * values), embedded or in files of their own. The lines of a canvas are gathered into blocks by their places (a
 * line right under the one before, in its column and size, goes on its block; a gap, a column or a size apart
 * opens another) and read as a printed page's blocks are (`page-blocks.ts`: reading order, heads by size), a canvas a
 * sheet; the manifest's `navDate` or date and title in its `metadata` are its facts. A list or page in a file of its
 * own is read with the manifest that names it (`manifestLists`), beside it in the folder.
 *
 * @example
 *   readIiif(manifestJson, new Map([['https://…/list/p1', listJson]])) // → { kind: 'iiif', text, lines, frontmatter: { source: '華僑日報', date: '1955-01-24' }, … }
 */
import path from 'node:path';
import { charLength, endsSentence } from '../punctuation.ts';
import { opensWithLead } from '../rules/byline.ts';
import { isDatedLead } from '../rules/news-lead.ts';
import { isTitleLine } from '../rules/title-line.ts';
import { mode, pageBlocksText, type Block, type Box } from './page-blocks.ts';
import type { DocumentText } from './word.ts';

/** A Presentation API document, by its context. */
const PRESENTATION = /iiif\.io\/api\/presentation\/[23]\/context\.json/u;

/** The head of a file a IIIF document is told by: its context and type come first. */
export const IIIF_HEAD = 4096;

/** What a IIIF JSON file is, from its head: a manifest, a list or page of annotations, a collection of manifests (`iiifDocumentKind` checks its root). */
export function iiifKind(head: string): IiifKind | undefined {
  if (!PRESENTATION.test(head)) return undefined;
  return kindOfType(/"(?:@type|type)"\s*:\s*"((?:sc:)?(?:Manifest|AnnotationList|AnnotationPage|Collection))"/u.exec(head)?.[1]);
}

type IiifKind = 'manifest' | 'annotations' | 'collection';

function kindOfType(type: string | undefined): IiifKind | undefined {
  const name = type?.replace(/^sc:/u, '');
  if (name === 'Manifest') return 'manifest';
  if (name === 'AnnotationList' || name === 'AnnotationPage') return 'annotations';
  if (name === 'Collection') return 'collection';
  return undefined;
}

/**
 * What a whole IIIF JSON file is, by its root object's own context and type (`iiifKind` of its head, checked): a file
 * that only holds a manifest or its stub among its records (a search API's reply) is none, and read as the data it is.
 */
export function iiifDocumentKind(text: string): IiifKind | undefined {
  if (iiifKind(text.slice(0, IIIF_HEAD)) === undefined) return undefined;
  const root = parse(text);
  if (!isObject(root) || !PRESENTATION.test(JSON.stringify(root['@context'] ?? null))) return undefined;
  const kind = kindOfType(textOf(root['@type']) ?? textOf(root['type']));
  // (A manifest holds canvases: a record that only borrows the type and context, a harvest's, is data.)
  return kind === 'manifest' && canvasesOf(root).length === 0 ? undefined : kind;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    return undefined;
  }
}

function list(value: Json | undefined): Json[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

/** A thing's id: `id` (version 3) or `@id` (version 2), or the thing itself when it is the id. */
function idOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value;
  if (!isObject(value)) return undefined;
  const id = value['id'] ?? value['@id'];
  return typeof id === 'string' ? id : undefined;
}

/** A label or value as written: a string, version 3's language map (`{"zh": ["華僑日報"]}`), version 2's `{"@value": …}` or a list of them. */
function textOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(textOf).find((text) => text !== undefined);
  if (!isObject(value)) return undefined;
  if (value['@value'] !== undefined) return textOf(value['@value']);
  return Object.values(value)
    .map(textOf)
    .find((text) => text !== undefined);
}

/** The canvases of a manifest, in order. */
function canvasesOf(manifest: JsonObject): JsonObject[] {
  const sequences = list(manifest['sequences']).filter(isObject);
  const v2 = sequences.flatMap((sequence) => list(sequence['canvases']).filter(isObject));
  return v2.length > 0 ? v2 : list(manifest['items']).filter(isObject);
}

/** The annotation lists or pages a canvas has beside its image: version 2's `otherContent`, version 3's `annotations`. */
function annotationSetsOf(canvas: JsonObject): Json[] {
  return [...list(canvas['otherContent']), ...list(canvas['annotations'])];
}

/**
 * The ids of the annotation lists or pages a manifest names but does not hold (held in files of their own), and the
 * file each is in, beside the manifest: the id's last parts as a path (`…/list/p1` → `list/p1.json`, `list/p1`,
 * `p1.json`), among `files` (the folder's, absolute).
 */
export function manifestLists(manifestPath: string, text: string, files: ReadonlySet<string>): Map<string, string> {
  const found = new Map<string, string>();
  const manifest = parse(text);
  if (!isObject(manifest)) return found;
  const folder = path.dirname(manifestPath);
  for (const canvas of canvasesOf(manifest)) {
    for (const set of annotationSetsOf(canvas)) {
      if (isObject(set) && itemsOf(set).length > 0) continue;
      const id = idOf(set);
      if (id === undefined) continue;
      const parts = id
        .replace(/[?#].*$/u, '')
        .split('/')
        .filter((part) => part !== '');
      const tails = [parts.slice(-2).join('/'), parts.at(-1) ?? ''].filter((tail) => tail !== '');
      const file = tails
        .flatMap((tail) => [`${tail}.json`, tail])
        .map((tail) => path.join(folder, tail))
        .find((candidate) => files.has(candidate));
      if (file !== undefined) found.set(id, file);
    }
  }
  return found;
}

/** The annotations an annotation list (`resources`) or page (`items`) holds. */
function itemsOf(set: JsonObject): JsonObject[] {
  return [...list(set['resources']), ...list(set['items'])].filter(isObject);
}

/** A line of OCR: its text and, when the annotation says, its place on the canvas. */
interface Line {
  text: string;
  box: Box | undefined;
}

/** A reader's or a cataloguer's annotation on a page (a comment, a tag, a description): no part of its printed text. */
const NOT_PRINTED = /commenting|tagging|describing|linking|highlighting|bookmarking|questioning|replying/u;

function isReadersNote(annotation: JsonObject): boolean {
  return NOT_PRINTED.test(textOf(annotation['motivation']) ?? '');
}

/** What an annotation says, when it is text: version 2's `cnt:ContentAsText` `chars`, version 3's `TextualBody` `value`. */
function annotationText(annotation: JsonObject): string | undefined {
  for (const body of [...list(annotation['resource']), ...list(annotation['body'])].filter(isObject)) {
    const type = textOf(body['@type']) ?? textOf(body['type']) ?? '';
    const text = body['chars'] ?? body['value'];
    if (/ContentAsText|TextualBody/u.test(type) && typeof text === 'string') return text;
  }
  return undefined;
}

/** The place an annotation's target gives: `…#xywh=200,340,1400,60`, as a string or as a selector's value. */
function boxOfTarget(annotation: JsonObject): Box | undefined {
  const targets = [...list(annotation['on']), ...list(annotation['target'])];
  for (const target of targets) {
    const written = typeof target === 'string' ? target : isObject(target) ? (textOf(target['selector']) ?? selectorValue(target['selector'])) : undefined;
    const match = /xywh=(?:pixel:)?(-?[0-9.]+),(-?[0-9.]+),([0-9.]+),([0-9.]+)/u.exec(written ?? '');
    if (!match) continue;
    const [left, top, width, height] = match.slice(1).map(Number) as [number, number, number, number];
    if (width > 0 && height > 0) return { left, top, right: left + width, bottom: top + height };
  }
  return undefined;
}

function selectorValue(selector: Json | undefined): string | undefined {
  return isObject(selector) && typeof selector['value'] === 'string' ? selector['value'] : undefined;
}

/** How far below the line before (in its height) a line may start and still go on its block. */
const LINE_GAP = 0.8;
/** How far apart (in a line's height) two lines' left edges may stand in one block. */
const LEFT_SLACK = 2.5;
/** How much two lines' heights may differ (a share of the larger) in one block. */
const SIZE_SLACK = 0.25;

/** A canvas's lines gathered into blocks: a line right under the one before, in its column and its size, goes on its block. */
function blocksOf(lines: readonly Line[]): Block[] {
  const blocks: Line[][] = [];
  let ended = true;
  for (const line of lines) {
    const run = blocks.at(-1);
    const above = run?.at(-1);
    // (A head the engine set in one block with its story, in the body's size: its one line over a lead's, `5月20日，…`.)
    const headOverLead = run?.length === 1 && above !== undefined && isTitleLine(above.text) && (isDatedLead(line.text) || opensWithLead(line.text));
    if (run && above && !ended && !headOverLead && !opensIndented(above, line, run) && goesOn(above, line)) run.push(line);
    else blocks.push([line]);
    ended = endsParagraph(line, blocks.at(-1)!);
  }
  return blocks.map((run) => {
    const heights = run.flatMap((line) => (line.box ? [line.box.bottom - line.box.top] : []));
    const boxes = run.flatMap((line) => (line.box ? [line.box] : []));
    return {
      text: run.map((line) => line.text.trim()).join(''),
      box:
        boxes.length === run.length
          ? {
              left: Math.min(...boxes.map((box) => box.left)),
              top: Math.min(...boxes.map((box) => box.top)),
              right: Math.max(...boxes.map((box) => box.right)),
              bottom: Math.max(...boxes.map((box) => box.bottom)),
            }
          : undefined,
      size: heights.length > 0 ? mode(heights) : undefined,
      advert: false,
    };
  });
}

/**
 * Whether a line is its paragraph's last: it ends a sentence and stops short of the column — its box well short of the
 * widest line's right edge, or its text well shorter than the longest line's (where the boxes do not tell).
 */
function endsParagraph(line: Line, run: readonly Line[]): boolean {
  if (run.length < 2 || !endsSentence(line.text)) return false;
  const height = line.box ? line.box.bottom - line.box.top : 0;
  const right = Math.max(...run.map((each) => each.box?.right ?? 0));
  if (line.box && line.box.right < right - height * 2) return true;
  return charLength(line.text) < Math.max(...run.map((each) => charLength(each.text))) * SHORT_LINE;
}

/** Whether a line opens a paragraph by its indent (two characters, as Chinese text sets it) under a line that ended a sentence. */
function opensIndented(above: Line, line: Line, run: readonly Line[]): boolean {
  if (!line.box || !endsSentence(above.text)) return false;
  const left = Math.min(...run.map((each) => each.box?.left ?? Infinity));
  return line.box.left - left >= (line.box.bottom - line.box.top) * INDENT_MIN;
}

/** The least indent of a paragraph's first line, in its line's height (a character's width in Chinese). */
const INDENT_MIN = 1.5;

/** A paragraph's last line: shorter than this share of its longest. */
const SHORT_LINE = 0.8;

function goesOn(above: Line, line: Line): boolean {
  if (!above.box || !line.box) return false;
  const height = Math.max(above.box.bottom - above.box.top, line.box.bottom - line.box.top);
  const sizes = [above.box.bottom - above.box.top, line.box.bottom - line.box.top];
  return (
    line.box.top >= above.box.top &&
    line.box.top - above.box.bottom <= height * LINE_GAP &&
    Math.abs(line.box.left - above.box.left) <= height * LEFT_SLACK &&
    Math.abs(sizes[0]! - sizes[1]!) <= Math.max(...sizes) * SIZE_SLACK
  );
}

/** The names a manifest's `metadata` gives its paper and its day under, in English and Chinese. */
const TITLE_LABEL = /^(?:title|newspaper|publication|paper|source|题名|題名|报纸|報紙|报名|報名|刊名)$/iu;
const DATE_LABEL = /^(?:date|date issued|issued|publication date|dc:date|出版日期|日期|发行日期|發行日期)$/iu;

/** The manifest's facts: its day (`navDate`, or a date in its metadata) and its paper (the metadata's title), as front matter. */
function factsOf(manifest: JsonObject): Record<string, string> {
  const facts: Record<string, string> = {};
  const metadata = list(manifest['metadata']).filter(isObject);
  const value = (label: RegExp): string | undefined => textOf(metadata.find((entry) => label.test(textOf(entry['label']) ?? ''))?.['value']);
  const paper = value(TITLE_LABEL);
  const date = (typeof manifest['navDate'] === 'string' ? manifest['navDate'].slice(0, 10) : undefined) ?? value(DATE_LABEL);
  if (paper !== undefined) facts['source'] = paper;
  if (date !== undefined) facts['date'] = date;
  return facts;
}

/**
 * A manifest's pages as a text view (a canvas a sheet, its OCR lines in blocks, `page-blocks.ts`), with its facts;
 * `held`: the text of each annotation list or page it names by id and does not hold. Or why it cannot be read.
 */
export function readIiif(text: string, held: ReadonlyMap<string, string>): DocumentText | { unreadable: string; fix?: string } {
  const manifest = parse(text);
  if (!isObject(manifest)) return { unreadable: 'not JSON' };
  const kind = kindOfType(textOf(manifest['@type']) ?? textOf(manifest['type']));
  const canvases = kind === 'manifest' ? canvasesOf(manifest) : [{ annotations: manifest }];
  const sets = canvases.map((canvas) =>
    annotationSetsOf(canvas).flatMap((set) => {
      const inside = isObject(set) && itemsOf(set).length > 0 ? set : parse(held.get(idOf(set) ?? '') ?? '');
      return isObject(inside) ? itemsOf(inside) : [];
    }),
  );
  // (Readers' comments and tags on a page are left out, and counted as a document's comments are.)
  const comments = sets.flat().filter(isReadersNote).length;
  const pages = sets.map((annotations) => annotations.filter((annotation) => !isReadersNote(annotation)).flatMap(lineOf));
  if (pages.every((page) => page.length === 0))
    return {
      unreadable: `none of its ${canvases.length} canvas${canvases.length === 1 ? '' : 'es'} has text annotations beside it${held.size === 0 && kind === 'manifest' ? ' (their annotation lists are not in the folder)' : ''}`,
      fix: "save the manifest's annotation lists (its OCR) beside it, or export the pages' OCR as ALTO or text",
    };
  const blocks = pageBlocksText('iiif', pages.map(blocksOf));
  const read = { ...blocks, parts: { ...blocks.parts, comments } };
  const facts = kind === 'manifest' ? factsOf(manifest) : {};
  return Object.keys(facts).length > 0 ? { ...read, frontmatter: facts } : read;
}

/** An annotation's line of text, with its place, when it holds text. */
function lineOf(annotation: JsonObject): Line[] {
  const text = annotationText(annotation);
  return text === undefined || text.trim() === '' ? [] : [{ text, box: boxOfTarget(annotation) }];
}
