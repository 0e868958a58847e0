/**
 * Every internal link goes through these helpers, so that the site works
 * under a sub-path (`base`) with consistent trailing slashes.
 *
 * @example
 *   href('hant', 'papers/bjb/2024/03/08/') // → '/zh-hant/papers/bjb/2024/03/08/' (base '/')
 */
import type { Script } from './script.ts';

/** The site's base path, always ending in `/`. */
export const BASE = `${import.meta.env.BASE_URL.replace(/\/+$/u, '')}/`;

/** Link to `path` (no leading slash, trailing slash for pages) in `script`. */
export function href(script: Script, path = ''): string {
  return `${BASE}${script === 'hant' ? 'zh-hant/' : ''}${path}`;
}

/** Link to a file at the site root, the same in both scripts (feeds, assets). */
export function asset(path: string): string {
  return `${BASE}${path}`;
}

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
