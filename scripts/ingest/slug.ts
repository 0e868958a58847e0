/**
 * ASCII identifiers for papers: the masthead in toneless pinyin.
 *
 * @example
 *   paperSlug('北京城市副中心报') // → 'beijingchengshifuzhongxinbao'
 *   paperSlug('聯合報') // → 'lianhebao'
 */
import { createHash } from 'node:crypto';
import { pinyin } from 'pinyin-pro';

export function paperSlug(paper: string): string {
  const syllables = pinyin(paper, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  const slug = syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  // A masthead with nothing pinyin can spell still needs a stable, ASCII id.
  return slug || `paper-${createHash('sha256').update(paper).digest('hex').slice(0, 10)}`;
}
