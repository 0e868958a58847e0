/**
 * Split decoded text into positioned lines. Offsets are UTF-16 code units, as
 * unist and vfile define them; line and column come from `vfile-location`.
 */
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
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
 * paragraph's indent of two ideographic spaces (`……说明。　　第二段……`) or
 * a gap of four spaces or more. The indent says a paragraph begins there.
 */
export const PARAGRAPH_GAP = /(?<=[。！？!?…”」』])(?:\u3000{2,}|[ \t]{4,})(?=\S)/u;

/** Where a line breaks: a soft break, or paragraphs run together (`PARAGRAPH_GAP`). */
const LINE_BREAK = new RegExp(`${SOFT_BREAK.source}|${PARAGRAPH_GAP.source}`, 'gu');

/**
 * Every non-blank line of the file, trimmed, with its position. A line
 * broken by a soft break (`SOFT_BREAK`) or holding paragraphs run together
 * (`PARAGRAPH_GAP`) gives a line per part, each with the file's line number
 * and its own column.
 */
export function splitLines(file: VFile): RawLine[] {
  const place = location(file);
  const lines: RawLine[] = [];
  for (const { line: lineNumber, offset: rowOffset, text: row } of rowsOf(String(file.value))) {
    let from = 0;
    for (const cut of [...row.matchAll(LINE_BREAK), undefined]) {
      const raw = row.slice(from, cut?.index ?? row.length);
      const trimmed = trimEdges(raw);
      const startOffset = rowOffset + from + raw.indexOf(trimmed);
      if (cut) from = cut.index + cut[0].length;
      if (trimmed === '') continue;
      const start = place.toPoint(startOffset);
      const end = place.toPoint(startOffset + trimmed.length);
      if (!start || !end) continue;
      lines.push({ text: trimmed, line: lineNumber, position: { start, end } });
    }
  }
  return lines;
}

/** Position of a slice `[from, to)` of a line's text (UTF-16 offsets into `line.text`). */
export function slicePosition(line: RawLine, from: number, to: number): RawLine['position'] {
  const startOffset = (line.position.start.offset ?? 0) + from;
  const endOffset = (line.position.start.offset ?? 0) + to;
  return {
    start: { line: line.position.start.line, column: line.position.start.column + from, offset: startOffset },
    end: { line: line.position.start.line, column: line.position.start.column + to, offset: endOffset },
  };
}
