/**
 * One column of a page as a layout-keeping extractor writes it
 * (`pdftotext -layout`): every line set in from a left margin, the
 * paragraphs' first lines indented from it, and the heads centred over the
 * column (`                县域经济高质量发展调研行` over `        走进青峰县竹产业园，…` and `    竹经过剖切、…`).
 * Read as a page typed flush left: the margin is taken off each line's
 * indent (`hint.indent`, in cells, as a typed page's `　　` indents two), and a
 * centred line — deeper than the paragraphs' indent, with about as much room
 * on its right as on its left — stands flush, as heads and bylines stand in
 * typed text. A page with no margin and no centred lines is left as it is,
 * and so is a page whose lines carry their indents already (columns side by
 * side, `formats/columns.ts`).
 *
 * @example
 *   withoutMargin(file, lines) // `  A06  海城晚报 …` / `        楼上漏水两个月` / `      “卫生间…` / `  鼓了。”…` → indents 0, 0, 2, 0
 */
import type { VFile } from 'vfile';
import { cells } from '../punctuation.ts';
import { mode } from './page-blocks.ts';
import type { RawLine } from '../types.ts';

/** Fewest lines a page must have for its margin and column to be read. */
const MIN_LINES = 8;

/** How far under the column's right edge a line may end and still be full (cells). */
const FULL_SLACK = 1.5;

/** The paragraphs' indent from the margin, as pages print it: from half a character (a space) to four. */
const PARAGRAPH_INDENT = { min: 0.5, max: 4 } as const;

/** Fewest full lines indented by one amount for that amount to be the paragraphs' indent. */
const MIN_INDENTED = 2;

/** How much deeper than the paragraphs' indent a centred line stands at the least (cells). */
const CENTRED_BEYOND = 1;

/** How far apart the room left and right of a centred line may be, as a share of the column's width (extractors round). */
const CENTRED_TOLERANCE = 0.35;

/** Fewest centred lines for a page with no margin to be read as laid out. */
const MIN_CENTRED = 2;

interface Placed {
  line: RawLine;
  /** Cells of white space before the text. */
  lead: number;
  /** Cells from the row's start to the text's end. */
  right: number;
}

export function withoutMargin(file: VFile, lines: RawLine[]): RawLine[] {
  const value = String(file.value);
  const placed: Placed[] = [];
  for (const line of lines) {
    if (line.hint?.indent !== undefined || line.hint?.heading !== undefined || line.hint?.media === true) return lines;
    const offset = line.position.start.offset;
    if (offset === undefined) return lines;
    const before = value.slice(offset - (line.position.start.column - 1), offset);
    // (Only white space stands before a line's text where a row holds one line; a row of several parts is not laid out by spaces.)
    if (before.trim() !== '' || before.includes('\t')) return lines;
    const lead = cells(before);
    placed.push({ line, lead, right: lead + cells(line.text) });
  }
  if (placed.length < MIN_LINES) return lines;
  const margin = Math.min(...placed.map((each) => each.lead));
  const edge = columnEdge(placed.map((each) => each.right));
  const width = edge - margin;
  const full = placed.filter((each) => each.right >= edge - FULL_SLACK && each.right <= edge + FULL_SLACK);
  const indents = full.map((each) => each.lead - margin).filter((indent) => indent >= PARAGRAPH_INDENT.min && indent <= PARAGRAPH_INDENT.max);
  const paragraphIndent = indents.length === 0 ? undefined : mode(indents);
  if (paragraphIndent === undefined || indents.filter((indent) => indent === paragraphIndent).length < MIN_INDENTED) return lines;
  const centred = new Set(
    placed.filter((each) => {
      const left = each.lead - margin;
      const room = edge - each.right;
      return left >= paragraphIndent + CENTRED_BEYOND && room > FULL_SLACK && Math.abs(left - room) <= width * CENTRED_TOLERANCE;
    }),
  );
  if (margin === 0 && centred.size < MIN_CENTRED) return lines;
  return placed.map((each) => {
    const { line } = each;
    // (In cells, as a typed page's `　　` indents two: `pdftotext` sets a Han character's width in two spaces.)
    const indent = centred.has(each) || each.lead === margin ? 0 : Math.max(2, Math.round(each.lead - margin));
    return { ...line, hint: { ...line.hint, indent } };
  });
}

/**
 * The column's right edge: where most lines end, a full line at most `FULL_SLACK` short of it (a running head across the
 * page, a short last line of a paragraph end elsewhere); of two as common, the further.
 */
function columnEdge(rights: number[]): number {
  let edge = 0;
  let most = 0;
  for (const candidate of rights) {
    const count = rights.filter((right) => right <= candidate && right >= candidate - FULL_SLACK).length;
    if (count > most || (count === most && candidate > edge)) {
      edge = candidate;
      most = count;
    }
  }
  return edge;
}
