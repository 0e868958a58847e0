/**
 * Stitch stories across pages by their jump markers: a chunk that says
 * （下转N版） continues in the chunk on page N that says （上接p版）. A plain
 * number on a lettered page is a page of its section (`jumpTarget`).
 */
import { jumpTarget } from '../../src/archive/pages.ts';
import type { Chunk, ParsedPage } from './types.ts';

/** Follow （下转N版） to the chunk on page N that says （上接p版）; return each story's chunks in reading order. */
export function stitch(files: ParsedPage[]): Chunk[][] {
  const claimed = new Set<Chunk>();
  const next = new Map<Chunk, Chunk>();
  for (const file of files) {
    for (const chunk of file.chunks) {
      if (chunk.continuedTo === undefined) continue;
      const to = file.page === undefined ? chunk.continuedTo : jumpTarget(chunk.continuedTo, file.page);
      const target = files.find((other) => other.page === to);
      const candidates = (target?.chunks ?? []).filter(
        (other) =>
          other.continuedFrom !== undefined && target?.page !== undefined && jumpTarget(other.continuedFrom, target.page) === file.page && !claimed.has(other),
      );
      const match = candidates.find((other) => other.headline && chunk.headline && other.headline.content === chunk.headline.content) ?? candidates[0];
      if (!match) continue;
      claimed.add(match);
      next.set(chunk, match);
    }
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
