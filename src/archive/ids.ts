/**
 * Entry ids and content paths. An entry's id is its path in its collection
 * without `.md`: `issues/<paper>/<date>.md`,
 * `sections/<paper>/<date>/p<page>-<nn>.md`,
 * `qa/<paper>/<date>/p<page>-<nn>-q<nn>.md`; references between entries use ids.
 */
export const COLLECTIONS = ['issues', 'sections', 'qa'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

const two = (value: number): string => String(value).padStart(2, '0');

/** @example issueId('yunheribao', '2024-03-08') // → 'yunheribao/2024-03-08' */
export function issueId(paperSlug: string, date: string): string {
  return `${paperSlug}/${date}`;
}

/** @example sectionId('yunheribao/2024-03-08', 2, 1) // → 'yunheribao/2024-03-08/p2-01' */
export function sectionId(issue: string, page: number, order: number): string {
  return `${issue}/p${page}-${two(order)}`;
}

/** @example qaId('yunheribao/2024-03-08/p2-01', 3) // → 'yunheribao/2024-03-08/p2-01-q03' */
export function qaId(section: string, order: number): string {
  return `${section}-q${two(order)}`;
}

/** The content file of an entry, relative to the content folder. */
export function entryPath(collection: CollectionName, id: string): string {
  return `${collection}/${id}.md`;
}

/** The issue date in an entry id of any collection (`<paper>/<date>…`). */
export function dateOfId(id: string): string {
  return id.split('/')[1] ?? '';
}

/** The issue date of a content file path (`sections/<paper>/<date>/…`), if it is an entry's file. */
export function dateOfContentPath(file: string): string | undefined {
  return /^(?:issues|sections|qa)\/[^/]+\/(\d{4}-\d{2}-\d{2})(?:\.md$|\/)/u.exec(file)?.[1];
}
