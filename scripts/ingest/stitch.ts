/**
 * Stitch stories across pages by their jump markers: a chunk that says
 * （下转N版） continues in the chunk on page N that says （上接p版）. A plain
 * number on a lettered page is a page of its section (`jumpTarget`). A later
 * page of a story a site cut into pages goes on the page before it, and a
 * page's later file that opens under no head on its earlier file's last story.
 */
import { jumpTarget, namedBy } from '../../src/archive/pages.ts';
import type { Chunk, ParsedPage } from './types.ts';

/** Follow （下转N版） to the chunk on page N that says （上接p版）; return each story's chunks in reading order. */
export function stitch(files: ParsedPage[]): Chunk[][] {
  const claimed = new Set<Chunk>();
  const next = new Map<Chunk, Chunk>();
  const pages = new Set(files.flatMap((file) => (file.page === undefined ? [] : [file.page])));
  for (const file of files) {
    for (const chunk of file.chunks) {
      if (chunk.continuedTo === undefined) continue;
      const to = file.page === undefined ? chunk.continuedTo : jumpTarget(chunk.continuedTo, file.page, pages);
      const target = files.find((other) => other.page === to);
      const candidates = (target?.chunks ?? []).filter((other) => !claimed.has(other) && pointsBack(other.continuedFrom, target?.page, file.page, pages));
      const match = candidates.find((other) => other.headline && chunk.headline && other.headline.content === chunk.headline.content) ?? candidates[0];
      if (!match) continue;
      claimed.add(match);
      next.set(chunk, match);
    }
  }
  // A later page of a story a site cut into pages (`article-pages.ts`) goes on the page before it.
  for (const file of files) {
    const previous = file.storyPage && files.find((other) => other.path === file.storyPage?.previous);
    const from = previous?.chunks.at(-1);
    const to = file.chunks[0];
    if (!from || !to || next.has(from) || claimed.has(to)) continue;
    claimed.add(to);
    next.set(from, to);
  }
  // A page kept in two files or more (`02版(上).txt`, `02版(下).txt`; a scan's halves): a later file of the page that opens on
  // text under no head goes on the story that closes the file before it. (An article file is an article of its own.)
  for (const [index, file] of files.entries()) {
    if (file.page === undefined || file.header.article) continue;
    const before = files.slice(0, index).findLast((other) => other.page === file.page && other.path !== file.path && !other.header.article);
    const from = before?.chunks.at(-1);
    const to = file.chunks[0];
    if (!from || !to || next.has(from) || claimed.has(to) || !opensUnheaded(to)) continue;
    claimed.add(to);
    next.set(from, to);
  }
  const stories: Chunk[][] = [];
  for (const file of files) {
    for (const chunk of file.chunks) {
      if (claimed.has(chunk)) continue;
      const story = [chunk];
      let link = next.get(chunk);
      while (link) {
        story.push(link);
        link = next.get(link);
      }
      stories.push(story);
    }
  }
  return stories;
}

/** Whether a chunk opens on text under no head of its own: no headline, kicker, subtitle or byline, no jump marker. */
function opensUnheaded(chunk: Chunk): boolean {
  return (
    chunk.headline === undefined &&
    chunk.banner === undefined &&
    chunk.kicker === undefined &&
    chunk.subtitles.length === 0 &&
    chunk.bylines.length === 0 &&
    chunk.continuedFrom === undefined &&
    chunk.body.length > 0
  );
}

/**
 * Whether `（上接N版）` (N = `printed`) on page `on` points back to page
 * `from`: N is that page; or, in an issue that mixes plain and lettered
 * pages, N is the number of the lettered page it came from and no plain page
 * N exists (`（上接1版）` on a plain 第3版, from A01).
 */
function pointsBack(printed: number | undefined, on: number | undefined, from: number | undefined, pages: ReadonlySet<number>): boolean {
  if (printed === undefined || on === undefined || from === undefined) return false;
  const resolved = jumpTarget(printed, on, pages);
  return resolved === from || (!pages.has(resolved) && namedBy(from, printed));
}
