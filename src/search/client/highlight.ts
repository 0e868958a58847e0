/**
 * On a page opened from a search result (`?hl=…`), mark every occurrence of
 * every space-separated part of the query in the main text, and scroll to
 * the first one. Page text and query are compared folded to Simplified (the
 * search index's script, scripts/fold.ts), so a query typed in either
 * script marks the text in the script the page is shown in: 头发 marks
 * 頭髮 on a Traditional page, 頭髮 marks 头发 on a Simplified one.
 */

async function highlight(): Promise<void> {
  const query = new URLSearchParams(location.search).get('hl')?.trim();
  const root = document.querySelector('[data-pagefind-body]');
  if (!query || !root) return;
  // Only pages opened from a result load the folding table (opencc-js t2cn).
  const { foldText, queryParts } = await import('./fold.ts');
  const parts = [...new Set(queryParts(foldText(query.replace(/\s+/gu, ' ')).text))];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    if (text.parentElement?.closest('script, style, mark')) continue;
    const folded = foldText(text.data);
    const ranges = merge(parts.flatMap((part) => occurrences(folded.text, part).map((start) => [start, start + part.length] as const)));
    // From the end, so that earlier offsets stay valid while the node is split.
    for (const [start, end] of ranges.reverse()) {
      const from = folded.offsets[start]!;
      const to = folded.offsets[end]!;
      const hit = text.splitText(from);
      hit.splitText(to - from);
      const mark = document.createElement('mark');
      hit.replaceWith(mark);
      mark.append(hit);
    }
  }
  root.querySelector('mark')?.scrollIntoView({ block: 'center' });
}

function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(part); index !== -1; index = text.indexOf(part, index + 1)) found.push(index);
  return found;
}

/** Overlapping or touching ranges as one, in text order. */
function merge(ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

void highlight();
