/**
 * A result's excerpt as DOM nodes: text and `<mark>` only, centred on the
 * first exact hit, converted as the page reads.
 */

/** Convert consecutive pieces of `content` as part of it; each piece alone when the conversion changes lengths or the pieces are not found. */
function inContext(pieces: string[], content: string, convert: (text: string) => string, from = 0): string[] {
  const whole = pieces.join('');
  const start = content.indexOf(whole, from);
  const converted = start === -1 ? '' : convert(content);
  if (start === -1 || converted.length !== content.length) return pieces.map((piece) => convert(piece));
  let offset = start;
  return pieces.map((piece) => {
    const text = converted.slice(offset, offset + piece.length);
    offset += piece.length;
    return text;
  });
}

/** Characters shown before the first hit and in all. */
const BEFORE = 24;
const LENGTH = 90;

/**
 * An excerpt of a record's text (decoded from the bigram index, search/bigrams.ts)
 * centred on the first exact hit of any part, every hit in it marked, in the page's script.
 */
export function centredExcerpt(text: string, parts: string[], convert: (text: string) => string): Node[] {
  const lower = text.toLowerCase();
  const needles = parts.map((part) => part.toLowerCase()).filter((part) => part !== '');
  const first = Math.min(...needles.map((part) => lower.indexOf(part)).filter((at) => at !== -1), Number.MAX_SAFE_INTEGER);
  const start = first === Number.MAX_SAFE_INTEGER ? 0 : Math.max(0, first - BEFORE);
  const end = Math.min(text.length, start + LENGTH);
  // Hits in the window, merged, as [from, to) offsets of `text`.
  const hits: Array<[number, number]> = [];
  for (const part of needles) {
    for (let at = lower.indexOf(part, start); at !== -1 && at < end; at = lower.indexOf(part, at + 1)) hits.push([at, Math.min(end, at + part.length)]);
  }
  hits.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [from, to] of hits) {
    const last = merged.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  const pieces: Array<{ mark: boolean; text: string }> = [];
  let at = start;
  for (const [from, to] of merged) {
    if (from > at) pieces.push({ mark: false, text: text.slice(at, from) });
    pieces.push({ mark: true, text: text.slice(from, to) });
    at = to;
  }
  if (at < end) pieces.push({ mark: false, text: text.slice(at, end) });
  const shown = inContext(
    pieces.map((piece) => piece.text),
    text,
    convert,
    start,
  );
  const nodes: Node[] = [];
  if (start > 0) nodes.push(document.createTextNode('…'));
  for (const [index, piece] of pieces.entries()) {
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = shown[index]!;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(shown[index]!));
  }
  if (end < text.length) nodes.push(document.createTextNode('…'));
  return nodes;
}
