/**
 * Rule: a column's name set before a title given outside the text, as sites
 * and feeds title their pages (`社評｜盛事經濟要有長遠規劃`, `枫华观点｜房租上涨，新移民如何应对`,
 * `社論：颱風季將至　防災不能等`): the column is the kicker, the rest the
 * headline. Apart by a bar, any short name of a column; apart by a colon, only
 * a column's own word, since a headline opens on who speaks so
 * (`人力部：年底前推出灵活工作安排指导原则`).
 *
 * @example
 *   columnPrefix('社評｜盛事經濟要有長遠規劃') // → {rubric: '社評', title: '盛事經濟要有長遠規劃'}
 *   columnPrefix('人力部：年底前推出灵活工作安排指导原则') // → undefined
 */
import { charLength } from '../punctuation.ts';
import { isPaperName } from './paper-name.ts';

/** A site's or an app's name: what a page's title may end on after a bar. */
const SITE_NAME = /(?:网|網|数字报|數字報|电子报|電子報|客户端|客戶端|新闻|新聞|频道|頻道|官网|官網)$/u;

/** A column's name before a bar: two to six characters of words, no mark, the title after it longer. */
const BAR_PREFIX = /^(\p{Script=Han}{2,6})\s*[｜|]\s*(.+)$/u;

/** A column's own word before a colon: an editorial, a commentary, an interview, a viewpoint. */
const COLON_PREFIX =
  /^((?:本报|本報)?(?:社论|社論|社评|社評|评论|評論|时评|時評|短评|短評|快评|快評|述评|述評|专访|專訪|观点|觀點|来论|來論|论坛|論壇|特稿|特写|特寫|侧记|側記|速写|速寫))\s*[：:]\s*(.+)$/u;

/** Fewest characters of the title after a column's name. */
const TITLE_MIN = 4;

export function columnPrefix(text: string): { rubric: string; title: string } | undefined {
  const match = BAR_PREFIX.exec(text.trim()) ?? COLON_PREFIX.exec(text.trim());
  if (!match) return undefined;
  const [, rubric, title] = match as unknown as [string, string, string];
  // (A site's name after a short title, `春节见闻｜运河日报数字报`, is no title after a column.)
  if (charLength(title) < TITLE_MIN || /[｜|]/u.test(title) || isPaperName(title) || SITE_NAME.test(title)) return undefined;
  return { rubric, title };
}
