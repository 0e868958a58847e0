/**
 * Classified lines and chunks: a raw line with its kind and its jump markers
 * lifted out of its text, and the chunk (an article-like run of lines) it is
 * added to.
 */
import { slicePosition } from './lines.ts';
import { BYLINE_MARK, WRITER_MARK } from './rules/byline.ts';
import { findJumpMarkers } from './rules/jump-marker.ts';
import { unspaced } from './rules/letter-spacing.ts';
import { LineKind, type Chunk, type LayoutLine, type RawLine } from './types.ts';

/** Kinds of line that are heads: printed letter-spaced, their text is read without the spacing (`rules/letter-spacing.ts`). */
const HEADS = new Set<LineKind>([LineKind.banner, LineKind.headline, LineKind.subtitle, LineKind.subhead, LineKind.topic, LineKind.qaHeadline]);

/** Classify one line by itself, lifting jump markers out of its text (and a head's letter-spacing). */
export function layoutLine(line: RawLine, kind: LineKind): LayoutLine {
  const markers = findJumpMarkers(line.text);
  let content = line.text;
  for (const marker of [...markers].reverse()) content = content.slice(0, marker.from) + content.slice(marker.to);
  content = content.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  // (A byline's box or bar, `□ 本报通讯员　王浩怡`, as small papers set it: a mark, not the byline's words.)
  // (A writer's mark too, `○田野`, `◎ 林晓燕`: `verse.ts` found the line a byline.)
  if (kind === LineKind.byline) content = content.replace(line.hint?.writer === true ? WRITER_MARK : BYLINE_MARK, '');
  return {
    ...line,
    kind,
    content: HEADS.has(kind) ? unspaced(content) : content,
    jumps: markers.map((marker) => ({
      direction: marker.direction,
      page: marker.page,
      printed: marker.printed,
      position: slicePosition(line, marker.from, marker.to),
    })),
  };
}

/** Every line of a chunk, its head, its text and what it kept as printed. */
export function chunkLines(chunk: Chunk): LayoutLine[] {
  const lines = [chunk.banner, chunk.headline, ...chunk.subtitles, ...(chunk.summary ?? []), ...chunk.bylines, ...chunk.body, ...(chunk.extras ?? [])];
  return lines.filter((line) => line !== undefined);
}

/** The first and last of some line numbers (`[1, 1]` for none). A loop, not Math.min(...numbers): a chunk may hold more lines than a call takes arguments. */
export function lineRange(numbers: readonly number[]): [number, number] {
  return numbers.reduce<[number, number]>((span, line) => [Math.min(span[0], line), Math.max(span[1], line)], [numbers[0] ?? 1, numbers[0] ?? 1]);
}

export function newChunk(): Chunk {
  return { subtitles: [], bylines: [], body: [] };
}

export function addBodyLine(chunk: Chunk, line: LayoutLine): void {
  chunk.body.push(line);
  recordJumps(chunk, line);
}

export function recordJumps(chunk: Chunk, line: LayoutLine | undefined): void {
  for (const jump of line?.jumps ?? []) {
    if (jump.direction === 'to') chunk.continuedTo = jump.page;
    else chunk.continuedFrom ??= jump.page;
  }
}
