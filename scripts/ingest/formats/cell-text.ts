/**
 * A data file's cell (a CSV field, a JSON string) as text with its place in
 * the file. A cell's text is shorter than what the file holds where an escape
 * stood (`""` in CSV, `\n` or `\u4e2d` in JSON): `shifts` records each, so that
 * every character of the text has its offset in the decoded file, and each
 * line of a cell its position for messages.
 */
import type { location } from 'vfile-location';
import { fromHtml } from 'hast-util-from-html';
import type { Nodes } from 'hast';
import { runTogether, trimEdges } from '../lines.ts';
import type { RawLine } from '../types.ts';

export interface CellText {
  /** The text, escapes read. */
  value: string;
  /** UTF-16 offset in the decoded file of the text's first character. */
  start: number;
  /** Where an escape made the text shorter: from index `at` of `value` on, `extra` more code units stand in the file (cumulative, ascending `at`). */
  shifts: Array<{ at: number; extra: number }>;
}

/** A file's line index (`vfile-location`), made once a file: each line's place is looked up in it, never the file scanned again. */
export type Place = ReturnType<typeof location>;

/** The offset in the decoded file of index `index` of a cell's text. */
export function rawOffset(cell: CellText, index: number): number {
  let extra = 0;
  for (const shift of cell.shifts) {
    if (shift.at > index) break;
    extra += shift.extra;
  }
  return cell.start + index + extra;
}

/** A cell of text as a file holds it, with no escapes (a number, a CSV field out of quotes). */
export function plainCell(value: string, start: number): CellText {
  return { value, start, shifts: [] };
}

/**
 * Line breaks a scraper wrote as the two characters of an escape (`\n`,
 * `\r\n`), in a cell that holds no real one: the text's paragraphs.
 */
const ESCAPED_BREAK = /(?:\\r)?\\n/gu;

/** A cell that holds HTML paragraphs or breaks (`<p>…</p>`, `<br>`), as a CMS stores an article's text. */
const HTML_BLOCKS = /<(?:p|br|div|h[1-6]|li|section|article|blockquote)\b[^>]*>/iu;

/** Elements that end a line of the text. */
const BLOCK = new Set(['p', 'br', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'section', 'article', 'blockquote', 'tr', 'figure', 'figcaption']);

/**
 * The lines of a cell: one per line break in it, or per escaped break a
 * scraper wrote (`\n` as two characters) when it holds no real one, or per
 * HTML block (`<p>`, `<br>`) when it holds HTML. Each line trimmed, with its
 * position in the file (`place`: the file's line index); blank lines left out.
 */
export function cellLines(place: Place, cell: CellText): RawLine[] {
  const lines: RawLine[] = [];
  const pushOne = (from: number, to: number, text: string): void => {
    const trimmed = trimEdges(text);
    if (trimmed === '') return;
    const lead = text.indexOf(trimmed);
    const start = place.toPoint(rawOffset(cell, from + lead));
    const end = place.toPoint(rawOffset(cell, Math.max(from + lead, Math.min(to, from + lead + trimmed.length) - 1)) + 1);
    if (!start || !end) return;
    lines.push({ text: trimmed, line: start.line, position: { start, end } });
  };
  // (Paragraphs a scraper ran together on one line, `……说明。　　第二段……`, apart again as a text file's are.)
  const push = (from: number, to: number, text: string): void => {
    for (const piece of runTogether(text)) pushOne(from + piece.from, to, piece.text);
  };
  const { value } = cell;
  if (HTML_BLOCKS.test(value)) {
    htmlLines(cell, push, false);
    return lines;
  }
  // (A post's HTML written without blocks, its lines apart by line breaks, as WordPress's classic editor stores it and shows it
  // with a paragraph at each blank line: its inline markup, `<strong>本报记者 王芳</strong>`, read, each line a line.)
  if (INLINE_MARKUP.test(value) && /\n/u.test(value)) {
    htmlLines(cell, push, true);
    return lines;
  }
  const breaks = /\r\n|\r|\n/u.test(value) ? /\r\n|\r|\n|[\v\u2028\u2029]/gu : ESCAPED_BREAK;
  let from = 0;
  for (const found of value.matchAll(breaks)) {
    push(from, found.index, value.slice(from, found.index));
    from = found.index + found[0].length;
  }
  push(from, value.length, value.slice(from));
  return lines;
}

/** Inline markup, opened and closed, of a text written as HTML without blocks. */
const INLINE_MARKUP = /<(strong|b|em|i|a|span|u)\b[^>]*>[\s\S]*?<\/\1>/iu;

/**
 * A cell's HTML read block by block: the text between block boundaries is a line, placed at its first text node.
 * `newlines`: a line break in its text parts lines too (HTML written without blocks).
 */
function htmlLines(cell: CellText, push: (from: number, to: number, text: string) => void, newlines: boolean): void {
  const collected = { text: '', from: -1, to: -1 };
  const flush = (): void => {
    if (collected.from !== -1) push(collected.from, collected.to, collected.text);
    Object.assign(collected, { text: '', from: -1, to: -1 });
  };
  const walk = (node: Nodes): void => {
    if (node.type === 'text') {
      const offset = node.position?.start.offset;
      if (newlines && offset !== undefined && /\n/u.test(node.value)) {
        // (Each piece between line breaks goes on the line collected so far, the break ends it; placed where it stands.)
        let at = 0;
        for (const piece of node.value.split('\n')) {
          if (at > 0) flush();
          if (collected.from === -1 && piece.trim() !== '') collected.from = offset + at;
          collected.text += piece;
          collected.to = offset + at + piece.length;
          at += piece.length + 1;
        }
        return;
      }
      if (collected.from === -1 && offset !== undefined && node.value.trim() !== '') collected.from = offset;
      collected.text += node.value;
      if (node.position?.end.offset !== undefined) collected.to = node.position.end.offset;
      return;
    }
    if (node.type === 'element' && (node.tagName === 'script' || node.tagName === 'style')) return;
    const block = node.type === 'element' && BLOCK.has(node.tagName);
    if (block) flush();
    if ('children' in node) for (const child of node.children) walk(child);
    if (block) flush();
  };
  walk(fromHtml(cell.value, { fragment: true }));
  flush();
}
