/**
 * ASCII slugs for names used in URLs (outlets, respondents, topics), unique
 * within their index: two names that spell alike in pinyin get a hash suffix.
 *
 * @example
 *   slugMap(['人民日报', '新华社']) // → Map {'人民日报' → 'renminribao', '新华社' → 'xinhuashe'}
 */
import { createHash } from 'node:crypto';
import { paperSlug } from '../../scripts/ingest/slug.ts';

export function slugMap(names: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(names)].sort();
  const counts = new Map<string, number>();
  for (const name of sorted) counts.set(paperSlug(name), (counts.get(paperSlug(name)) ?? 0) + 1);
  const result = new Map<string, string>();
  for (const name of sorted) {
    const slug = paperSlug(name);
    result.set(name, (counts.get(slug) ?? 0) > 1 ? `${slug}-${createHash('sha256').update(name).digest('hex').slice(0, 6)}` : slug);
  }
  return result;
}
