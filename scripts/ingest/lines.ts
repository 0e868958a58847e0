/**
 * Split decoded text into positioned lines. Offsets are UTF-16 code units, as
 * unist and vfile define them; line and column come from `vfile-location`.
 */
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { charLength } from './punctuation.ts';
import type { RawLine } from './types.ts';

/**
 * Characters that take no room and are never printed: zero-width space, word
 * joiner, byte-order mark, soft hyphen, left-to-right and right-to-left marks —
 * what a web copy leaves in text. (Not the zero-width joiner: emoji are built
 * with it.) At a line's edges they are left out like spaces; inside a line they
 * are kept and named (`checks/invisible.ts`).
 */
const INVISIBLE_CHARS = '\\u200b\\u2060\\ufeff\\u00ad\\u200e\\u200f';

/** One invisible character (`INVISIBLE_CHARS`), every one of a text with `matchAll`. */
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'gu');

/** Leading and trailing whitespace, including 全角空格 (U+3000), no-break space and the invisible characters. */
const EDGE_SPACE = new RegExp(`^[\\s\\u3000${INVISIBLE_CHARS}]+|[\\s\\u3000${INVISIBLE_CHARS}]+$`, 'gu');

/** A text without its leading and trailing whitespace (`EDGE_SPACE`). */
export function trimEdges(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

/** One line of a text as written, blank or not: its 1-based number, the UTF-16 offset of its start, its text without the line break. */
export interface Row {
  line: number;
  offset: number;
  text: string;
}

/** Every line of a text, blank ones too, with its number and offset. */
export function rowsOf(text: string): Row[] {
  const rows: Row[] = [];
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/gu)) {
    if (match[0] === '' && match.index === text.length) break;
    rows.push({ line: rows.length + 1, offset: match.index, text: match[0].replace(/[\r\n]+$/u, '') });
  }
  return rows;
}

/**
 * A line break inside a line, as a word processor writes one in plain text:
 * Word's manual line break (Shift+Enter) is a vertical tab, and Unicode's
 * line and paragraph separators (U+2028, U+2029) come from other editors.
 * Editors show a new line there; the file's line count does not.
 */
export const SOFT_BREAK = /[\v\u2028\u2029]/u;

/**
 * Paragraphs run together on one line, as a scraper saves a page's text
 * with its line breaks taken out: a sentence's end, then the next
 * paragraph's indent — two ideographic spaces (`……说明。　　第二段……`) or
 * four spaces — exactly (a wider gap sets a signature or a date to the
 * right, `请相互转告。　　　　临江市人民政府`).
 */
const PARAGRAPH_GAP = /(?<=[。！？!?…”」』])(?:\u3000{2}|[ \t\u00a0]{4})(?![\s\u3000])/gu;

/** The marks a run-together paragraph ends with, before the gap (`PARAGRAPH_GAP`'s look-behind) and at its own end. */
const PARAGRAPH_END = /[。！？!?…”」』]$/u;

/** Shortest paragraph after an indent, in characters: a shorter piece is a signature, a date or a name, not a paragraph. */
const PARAGRAPH_MIN = 10;

/** A piece after an indent that reads as a paragraph: long enough, and ending a sentence. */
function readsAsParagraph(piece: string): boolean {
  return charLength(piece.trim()) >= PARAGRAPH_MIN && PARAGRAPH_END.test(piece.trim());
}

/**
 * A line's paragraphs when a scraper ran them together (`PARAGRAPH_GAP`):
 * each with its offset in the line. A line cut only where every piece after
 * the first reads as a paragraph; otherwise the line whole.
 */
export function runTogether(text: string): { text: string; from: number }[] {
  const cuts = [...text.matchAll(PARAGRAPH_GAP)];
  if (cuts.length === 0) return [{ text, from: 0 }];
  const pieces = [{ text: text.slice(0, cuts[0]!.index), from: 0 }];
  cuts.forEach((cut, index) => {
    const from = cut.index + cut[0].length;
    pieces.push({ text: text.slice(from, cuts[index + 1]?.index ?? text.length), from });
  });
  return pieces.slice(1).every((piece) => readsAsParagraph(piece.text)) ? pieces : [{ text, from: 0 }];
}

/**
 * Every non-blank line of the file, trimmed, with its position (the first
 * after a form feed, a PDF extractor's page break, so marked). A line
 * broken by a soft break (`SOFT_BREAK`) or holding paragraphs run together
 * (`PARAGRAPH_GAP`) gives a line per part, each with the file's line number
 * and its own column.
 */
export function splitLines(file: VFile): RawLine[] {
  const place = location(file);
  const lines: RawLine[] = [];
  let formFeed = false;
  for (const { line: lineNumber, offset: rowOffset, text: row } of rowsOf(String(file.value))) {
    // (A form feed before a row's text, or on a blank row, breaks the page before the next line.)
    if (/^\s*\f/u.test(row)) formFeed = true;
    let softFrom = 0;
    for (const soft of row.split(SOFT_BREAK)) {
      for (const { text: raw, from } of runTogether(soft)) {
        const trimmed = trimEdges(raw);
        if (trimmed === '') continue;
        const startOffset = rowOffset + softFrom + from + raw.indexOf(trimmed);
        const start = place.toPoint(startOffset);
        const end = place.toPoint(startOffset + trimmed.length);
        if (!start || !end) continue;
        lines.push({ text: trimmed, line: lineNumber, position: { start, end }, ...(formFeed && lines.length > 0 ? { hint: { afterFormFeed: true } } : {}) });
        formFeed = false;
      }
      softFrom += soft.length + 1;
    }
  }
  return lines;
}

/** Position of a slice `[from, to)` of a line's text (UTF-16 offsets into `line.text`). */
/** A part of a line (`from`, `to`: offsets in its text), at its place. */
export function partOf(line: RawLine, from: number, to: number): RawLine {
  return { ...line, text: line.text.slice(from, to), position: slicePosition(line, from, to) };
}

export function slicePosition(line: RawLine, from: number, to: number): RawLine['position'] {
  const startOffset = (line.position.start.offset ?? 0) + from;
  const endOffset = (line.position.start.offset ?? 0) + to;
  return {
    start: { line: line.position.start.line, column: line.position.start.column + from, offset: startOffset },
    end: { line: line.position.start.line, column: line.position.start.column + to, offset: endOffset },
  };
}
