/**
 * Rule: a post's time printed relative to when the page was looked at
 * (`3小时前`, `昨天 18:30`, `刚刚`, `齐鲁晚报 昨天 18:30 发布于山东`), as
 * portals show it and a copy of the page keeps it. It dates nothing: the day
 * it counts from (the day the page was saved) is not on the page, so a date
 * from the file's name or address may be that day, not the day of the
 * paper. The line is the page's furniture, never a headline or subtitle.
 *
 * @example
 *   matchRelativeTime('齐鲁晚报 昨天 18:30 发布于山东') // → { paper: '齐鲁晚报' }
 *   matchRelativeTime('昨天的会议开得很好') // → undefined
 */
import { portalWords } from './paper-name.ts';

/** A time relative to now: `刚刚`, `5分钟前`, `3小时前`, `2天前`, `昨天 18:30`, `前天`, `今天 08:05`. */
const RELATIVE = /^(?:刚刚|剛剛|[0-9]{1,2}\s*(?:分钟|分鐘|小时|小時|天)前|(?:昨天|前天|今天)(?:\s*[0-2]?[0-9]:[0-5][0-9])?)$/u;

/** The relative time a line prints as a post's time, with the paper named beside it (if any); `alone` when nothing stands beside it. */
export function matchRelativeTime(text: string): { printed: string; paper?: string; alone: boolean } | undefined {
  const words = text
    .trim()
    .replace(/(昨天|前天|今天)\s+([0-2]?[0-9]:[0-5][0-9])/u, '$1$2')
    .split(/[\s\u3000|｜·]+/u)
    .filter((word) => word !== '');
  const at = words.findIndex((word) => RELATIVE.test(word));
  if (at === -1) return undefined;
  const rest = words.filter((_, index) => index !== at);
  // (A bare `今天` alone is a word, not a post's time.)
  if (rest.length === 0 && /^(?:昨天|前天|今天)$/u.test(words[at]!)) return undefined;
  const named = rest.length === 0 ? {} : portalWords(rest);
  return named === undefined ? undefined : { printed: text.trim(), ...named, alone: rest.length === 0 };
}
