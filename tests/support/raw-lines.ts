/** Lines as ingest's readers give them, for tests of the rules that read lines: one a text, numbered from 1, each with its hint. */
import type { RawLine } from '../../scripts/ingest/types.ts';

export function rawLines(texts: readonly string[], hints: ReadonlyArray<RawLine['hint']> = []): RawLine[] {
  return texts.map((text, index) => ({
    text,
    line: index + 1,
    position: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: 1 + text.length } },
    ...(hints[index] ? { hint: hints[index] } : {}),
  }));
}
