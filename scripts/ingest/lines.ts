/**
 * Split decoded text into positioned lines. Offsets are UTF-16 code units, as
 * unist and vfile define them; line and column come from `vfile-location`.
 */
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { RawLine } from './types.ts';

/** Leading and trailing whitespace, including 全角空格 (U+3000) and no-break space. */
const EDGE_SPACE = /^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000\ufeff]+$/gu;

/** Every non-blank line of the file, trimmed, with its position. */
export function splitLines(file: VFile): RawLine[] {
  const text = String(file.value);
  const place = location(file);
  const lines: RawLine[] = [];
  const pattern = /[^\r\n]*(?:\r\n|\r|\n|$)/gu;
  let lineNumber = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '' && match.index === text.length) break;
    lineNumber += 1;
    const raw = match[0].replace(/[\r\n]+$/u, '');
    const trimmed = raw.replace(EDGE_SPACE, '');
    if (trimmed === '') continue;
    const startOffset = match.index + raw.indexOf(trimmed);
    const endOffset = startOffset + trimmed.length;
    const start = place.toPoint(startOffset);
    const end = place.toPoint(endOffset);
    if (!start || !end) continue;
    lines.push({ text: trimmed, line: lineNumber, position: { start, end } });
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
