/**
 * The path of every page of the archive, without the site's base or script
 * prefix (`src/utils/url.ts` adds those): a fact the site, the search index
 * and the tests share, so it lives with the rest of the contract.
 *
 * @example
 *   sectionPath('bjb/2024-03-08/p1-01') // → 'papers/bjb/2024/03/08/p1-01/'
 */
/** `2024-03-08` → `2024/03/08/`. */
export function datePath(date: string): string {
  return `${date.replaceAll('-', '/')}/`;
}

export function paperPath(paperSlug: string): string {
  return `papers/${paperSlug}/`;
}

export function issuePath(paperSlug: string, date: string): string {
  return `${paperPath(paperSlug)}${datePath(date)}`;
}

/** Section id `paper/2024-03-08/p1-01` → `papers/paper/2024/03/08/p1-01/`. */
export function sectionPath(id: string): string {
  const [paper, date, local] = id.split('/');
  return `${issuePath(paper ?? '', date ?? '')}${local}/`;
}

/** Q&A id `paper/2024-03-08/p1-01-q01` → `papers/paper/2024/03/08/p1-01/q01/`. */
export function qaPath(id: string): string {
  const [paper, date, local = ''] = id.split('/');
  const cut = local.lastIndexOf('-');
  return `${issuePath(paper ?? '', date ?? '')}${local.slice(0, cut)}/${local.slice(cut + 1)}/`;
}
