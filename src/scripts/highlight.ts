/**
 * On a page opened from a search result (`?hl=…`), mark each occurrence of
 * the query in the main text and scroll to the first one.
 */
import { displayConverter } from './to-traditional.ts';

async function highlight(): Promise<void> {
  const query = new URLSearchParams(location.search).get('hl')?.trim();
  const root = document.querySelector('[data-pagefind-body]');
  if (!query || !root) return;
  const convert = await displayConverter();
  const parts = [...new Set(query.split(/\s+/u).flatMap((part) => [part, convert(part)]))].filter((part) => part !== '');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  let first: HTMLElement | undefined;
  for (const text of texts) {
    if (text.parentElement?.closest('script, style, mark')) continue;
    for (const part of parts) {
      let index = text.data.indexOf(part);
      let node = text;
      while (index !== -1) {
        const hit = node.splitText(index);
        node = hit.splitText(part.length);
        const mark = document.createElement('mark');
        hit.replaceWith(mark);
        mark.append(hit);
        first ??= mark;
        index = node.data.indexOf(part);
      }
    }
  }
  first?.scrollIntoView({ block: 'center' });
}

void highlight();
