/**
 * ASCII identifiers: a paper's masthead, or a name in an index, in toneless
 * pinyin. Shared by ingest (output paths) and the site (URLs).
 *
 * @example
 *   paperSlug('北京城市副中心报') // → 'beijingchengshifuzhongxinbao'
 *   paperSlug('聯合報') // → 'lianhebao'
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

export function paperSlug(paper: string): string {
  // (ü spelt v, as pinyin is typed: `旅` → `lv`, where the letter would break the slug in two, `wenl-bao`.)
  const syllables = pinyin(paper, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  const slug = syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  // A masthead with nothing pinyin can spell still needs a stable, ASCII id.
  return slug || `paper-${createHash('sha256').update(paper).digest('hex').slice(0, 10)}`;
}

/**
 * ASCII slugs for names used in URLs (outlets, respondents, topics), unique
 * within their index: two names that spell alike in pinyin get a hash suffix.
 *
 * @example
 *   slugMap(['人民日报', '新华社']) // → Map {'人民日报' → 'renminribao', '新华社' → 'xinhuashe'}
 */
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
