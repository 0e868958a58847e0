/**
 * A result's excerpt as DOM nodes: Pagefind's excerpt HTML reduced to text
 * and `<mark>`, cut from the page text as the page reads.
 */

/**
 * Pagefind's excerpt as text and `<mark>` only, whatever the indexed text
 * contained, in the page's script. The excerpt is cut out of the converted
 * content rather than converted alone, so that a phrase cut at its edge
 * (头|发) reads as on the page (頭髮).
 */
export function safeExcerpt(html: string, content: string, convert: (text: string) => string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  const pieces = [...template.content.childNodes].map((node) => ({ mark: node.nodeName === 'MARK', text: node.textContent ?? '' }));
  const shown = inContext(
    pieces.map((piece) => piece.text),
    content,
    convert,
  );
  const nodes: Node[] = [];
  for (const [index, piece] of pieces.entries()) {
    const text = shown[index]!;
    if (piece.mark) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      nodes.push(mark);
    } else nodes.push(document.createTextNode(text));
  }
  return nodes;
}

/** Convert consecutive pieces of `content` as part of it; each piece alone when the conversion changes lengths or the pieces are not found. */
export function inContext(pieces: string[], content: string, convert: (text: string) => string): string[] {
  const whole = pieces.join('');
  const start = content.indexOf(whole);
  const converted = start === -1 ? '' : convert(content);
  if (start === -1 || converted.length !== content.length) return pieces.map((piece) => convert(piece));
  let offset = start;
  return pieces.map((piece) => {
    const text = converted.slice(offset, offset + piece.length);
    offset += piece.length;
    return text;
  });
}
