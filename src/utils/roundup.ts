/**
 * The items of a news roundup (`本市快讯`): sections of one issue that ingest cut from one roundup, each with its place
 * (`roundupItem`: 1 for the first, over which the roundup's name is printed), in their order on the page.
 */
import type { Section } from './archive.ts';

/** The items of the roundup `section` is an item of, in order; `undefined` when it is none. */
export function roundupOf(section: Section, issueSections: readonly Section[]): Section[] | undefined {
  if (section.data.roundupItem === undefined) return undefined;
  const ordered = [...issueSections].sort((a, b) => a.data.page - b.data.page || a.data.order - b.data.order);
  const at = ordered.indexOf(section);
  if (at === -1) return undefined;
  // Back to the first item, then on while each next section is the next item.
  let first = at;
  while (first > 0 && (ordered[first]!.data.roundupItem ?? 1) > 1 && ordered[first - 1]!.data.roundupItem === ordered[first]!.data.roundupItem! - 1) first -= 1;
  const items = [ordered[first]!];
  for (let next = first + 1; next < ordered.length && ordered[next]!.data.roundupItem === items.at(-1)!.data.roundupItem! + 1; next += 1)
    items.push(ordered[next]!);
  return items.length > 1 ? items : undefined;
}
