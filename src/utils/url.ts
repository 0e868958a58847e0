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
