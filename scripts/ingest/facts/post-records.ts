/**
 * A microblog's posts as a paper's archivist keeps them (its Weibo: the
 * timeline copied from the browser, a backup tool's export): each post
 * opens on its head, the account's name and the post's time and client —
 * on one line (`湘江晚报  2024-03-31 09:00:59  来自 微博 weibo.com`) or the
 * name on a line over the time (`湘江晚报` / `1-28 18:58 来自 iPhone客户端`) —
 * and is one article of that account's, dated by its own time: a time
 * without its year (`1-28 18:58`, as the timeline shows this year's posts)
 * takes the year of the file's own date (`2024-01-28.txt`), the year before
 * when its month is later than the file's; a two-digit year (`24-1-5`) is of
 * this century. A time relative to the copy (`3小时前`, `昨天 18:30`) gives
 * the file's own date, said in a warning.
 *
 * The rest is the platform's furniture, kept with the post as printed:
 * `置顶` over a pinned post, the counters under it (`转发(263)  评论(51)  赞(2538)`,
 * or three numbers on lines of their own), `收起`, a backup's rules
 * (`-----`) and count (`共导出 9 条微博`), the account's profile above the
 * first post (`认证：…`, `粉丝 286万  关注 512`). A post's opening
 * topics (`#今日热点#`) are its tags, its bracketed lead (`【标题】正文…`)
 * its headline and its closing credit (`…（记者 韦阳海）`) its byline, each a
 * line of its own at its place; a link the platform put at the text's end
 * (`网页链接`, `L湘江晚报的微博视频`) is furniture.
 *
 * @example
 *   postRecords(lines, '2024-01-28') // → {preamble: [profile…], records: [{facts: {paper: '湘江晚报', year: 2024, month: 1, day: 28, printed: '1-28 18:58'}, …}, …]}
 */
import { partOf } from '../lines.ts';
import { matchClosingByline } from '../rules/byline.ts';
import { matchRelativeTime } from '../rules/relative-time.ts';
import type { RawLine } from '../types.ts';
import type { FileRecord, FileRecords, RecordFacts } from './records.ts';

/** A post's time: a date with or without its year, and the time of day (`2024-03-31 09:00:59`, `1-28 18:58`, `24-1-5 09:30`, `3月8日 10:21`). */
const TIME = /(?:([0-9]{4}|[0-9]{2})[-/.年])?([01]?[0-9])[-/.月]([0-3]?[0-9])日?\s+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?/u;

/** The client a post was sent from, after its time (`来自 iPhone客户端`, `來自 微博 weibo.com`); a copy may keep `已编辑` beside it. */
const CLIENT = /(?:\s+(?:来自|來自)\s*\S[^\n]{0,40})?(?:\s+已编辑)?/u;

/** A head's time line: the time, or a time relative to the copy, with its client. */
const TIME_LINE = new RegExp(`^(${TIME.source}|\\S{1,8}前|(?:昨天|前天|今天)\\s*[0-2]?[0-9]:[0-5][0-9])${CLIENT.source}$`, 'u');

/** A head on one line: the account's name, then its time line (`湘江晚报  2024-03-31 09:00:59  来自 微博 weibo.com`); a label (`crawl_time:`) is no name. */
const HEAD_LINE = new RegExp(`^([^\\s@＠:：][^\\s:：]{1,19})[\\s\\u3000]+(${TIME_LINE.source.slice(1, -1)})$`, 'u');

/**
 * An account's name on a line of its own over its post's time: a name, no sentence. (Not `@人民日报`: the original of a
 * post reposted, quoted inside the repost, is the repost's text.)
 */
const ACCOUNT = /^[^\s，。！？；：:,.!?;#【】@＠]{2,20}$/u;

/** The counters under a post: `转发(263)  评论(51)  赞(2538)`, `转发 263 评论 51 点赞 2538`, or a number alone on its line (the timeline's three). */
const COUNTERS = /^(?:(?:转发|轉發|评论|評論|赞|讚|点赞|點讚)[\s(（:：]*[0-9.万萬]*[)）]?[\s\u3000|｜ǁ]*){2,}$|^[0-9]{1,7}(?:\.[0-9])?[万萬]?$/u;

/** The platform's words around posts: `置顶`, `收起`, `展开全文`, a backup's rule and count, the profile's lines. */
const FURNITURE =
  /^(?:置顶|置頂|收起|收起全文|展开全文|展開全文|-{5,}|={5,}|共导出\s*[0-9]+\s*条微博|共導出\s*[0-9]+\s*條微博|(?:认证|認證)[：:].+|(?:粉丝|粉絲|关注|關注|微博)\s*[0-9.万萬]+(?:[\s\u3000]+(?:粉丝|粉絲|关注|關注|微博)\s*[0-9.万萬]+)*|全部微博(?:[\s\u3000]+\S{2,4})*)$/u;

/**
 * A labelled field of the account's profile or of a backup's head, over the posts: `IP属地：湖南`, `微博备份：澳江日報`,
 * `导出时间：2024-04-01 08:00` — a short label, a short value, no sentence — or the account's introduction (`简介：…。`).
 */
const PROFILE_FIELD = /^(?:[\p{Script=Han}A-Za-z]{1,8}[：:][ \u3000]*[^。！？]{1,60}|(?:简介|簡介|个人简介|個人簡介|签名|簽名)[：:].{1,120})$/u;

/** Topics opening a post (`#今日热点#`, `#两会进行时##湘江新闻#`), before its text. */
const OPENING_TOPICS = /^(?:#[^#\s]{1,30}#\s*)+/u;

/** A post's bracketed lead, its headline (`【我国完成最大规模农业种质资源普查】`), before its text. */
const BRACKETED_HEAD = /^【[^【】]{4,60}】/u;

/** What the platform puts at a post's end: its link (`网页链接`, `O网页链接`), a video's (`L湘江晚报的微博视频`), a closing topic. */
const TRAILING_LINK = /(?:[\s\u3000]+(?:O|L)?(?:网页链接|網頁鏈接|\S{2,20}的微博视频|\S{2,20}的微博視頻)|[\s\u3000]+#[^#\s]{1,30}#)+$/u;

/** The mark over a post the account pinned to its timeline's top. */
const PINNED = /^置[顶頂]$/u;

/** A backup's closing count of what it exported. */
const EXPORT_COUNT = /^共[导導]出\s*[0-9]+\s*[条條]/u;

/** Fewest posts for a file to be read as posts. */
const POSTS_MIN = 2;

interface Head {
  index: number;
  end: number;
  name: string;
  time: string;
  timeLine: RawLine;
}

/** The posts of a microblog's copy or backup, each a record of its account's; `undefined` for any other file. */
export function postRecords(lines: RawLine[], fileDate: string | undefined): FileRecords | undefined {
  const heads = findHeads(lines);
  if (heads.length < POSTS_MIN) return undefined;
  // Each post from its head, or from the `置顶` over it, to the next post's.
  const starts = heads.map((head) => (PINNED.test(lines[head.index - 1]?.text ?? '') ? head.index - 1 : head.index));
  // The posts make up the file: over the first stands only the platform's (the account's name and profile, a backup's rule).
  // (A story that quotes posts, a live blog's timed updates, a portal's readers' comments under an article, print their own text first.)
  const names = new Set(heads.map((head) => head.name));
  if (
    !lines.slice(0, starts[0]).every((line) => names.has(line.text) || FURNITURE.test(line.text) || COUNTERS.test(line.text) || PROFILE_FIELD.test(line.text))
  )
    return undefined;
  // (A year another head prints, for the heads that print none when the file's name gives no date.)
  const printedYear = heads.map((head) => TIME.exec(head.time)?.[1]).find((found) => found !== undefined && found.length === 4);
  const records: FileRecord[] = [];
  for (const [k, head] of heads.entries()) {
    const facts = dateOf(head.time, fileDate, printedYear);
    if (facts === undefined) return undefined;
    const headLines = lines.slice(starts[k], head.end);
    const text = lines.slice(head.end, starts[k + 1] ?? lines.length).flatMap(postLine);
    const fields = [...headLines, ...text.filter((part) => part.furniture).map((part) => part.line)];
    // (Its bracketed headline is an item's heading: the brackets are the platform's mark, not the title's.)
    const item = text.find((part) => part.headline)?.line;
    records.push({
      facts: { ...facts, paper: head.name },
      dateLine: head.timeLine,
      lines: [...headLines, ...text.map((part) => part.line)],
      head: headLines,
      fields,
      ...(item ? { item } : {}),
    });
  }
  // The backup's closing count is the export's own line, as its head is.
  const last = records.at(-1)!;
  const trailer: RawLine[] = [];
  while (last.lines.length > 0 && EXPORT_COUNT.test(last.lines.at(-1)!.text)) trailer.unshift(last.lines.pop()!);
  return { preamble: [...lines.slice(0, starts[0]), ...trailer], records, kind: 'posts' };
}

/** The heads in a file: a head line, or an account's name over a time line (each post its account's, a file may hold several's). */
function findHeads(lines: RawLine[]): Head[] {
  const heads: Head[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const text = lines[i]!.text;
    const one = HEAD_LINE.exec(text);
    if (one && hasClientOrSeconds(one[2]!)) {
      heads.push({ index: i, end: i + 1, name: one[1]!, time: one[3]!, timeLine: lines[i]! });
      continue;
    }
    const time = TIME_LINE.exec(text);
    const above = lines[i - 1];
    if (time && /(?:来自|來自)/u.test(text) && above !== undefined && ACCOUNT.test(above.text) && !TIME_LINE.test(above.text))
      heads.push({ index: i - 1, end: i + 1, name: above.text, time: time[1]!, timeLine: lines[i]! });
  }
  return heads;
}

/** A one-line head is a post's when it names its client or its time to the second, as no page's line of a date does. */
function hasClientOrSeconds(timeLine: string): boolean {
  return /(?:来自|來自)/u.test(timeLine) || /[0-2]?[0-9]:[0-5][0-9]:[0-5][0-9]/u.test(timeLine);
}

/** A post's date from its time: its own year, the file's, or the file's date itself for a time relative to the copy. */
function dateOf(time: string, fileDate: string | undefined, printedYear: string | undefined): Omit<RecordFacts, 'paper'> | undefined {
  const file = fileDate === undefined ? undefined : fileDate.split('-').map(Number);
  if (matchRelativeTime(time.replace(/\s+(?:来自|來自).*$/u, '')) !== undefined || /前$/u.test(time)) {
    if (file === undefined) return undefined;
    return { year: file[0]!, month: file[1]!, day: file[2]!, printed: time, relative: true };
  }
  const match = TIME.exec(time);
  if (!match) return undefined;
  const month = Number(match[2]);
  const day = Number(match[3]);
  const printed = match[0];
  if (match[1] !== undefined) {
    const year = match[1].length === 2 ? 2000 + Number(match[1]) : Number(match[1]);
    return { year, month, day, printed };
  }
  // (This year's post shows no year: the file's, or the year another head of the file prints.)
  const year = file?.[0] ?? printedYear;
  if (year === undefined) return undefined;
  const fileMonth = file?.[1];
  return { year: Number(year) - (fileMonth !== undefined && month > fileMonth ? 1 : 0), month, day, printed };
}

/** A post's line with its opening topics, its bracketed headline and its trailing link each a line of their own; the platform's parts are furniture. */
function postLine(line: RawLine): Array<{ line: RawLine; furniture?: true; headline?: true }> {
  if (FURNITURE.test(line.text) || COUNTERS.test(line.text)) return [{ line, furniture: true }];
  const out: Array<{ line: RawLine; furniture?: true; headline?: true }> = [];
  let from = 0;
  let to = line.text.length;
  const topics = OPENING_TOPICS.exec(line.text);
  if (topics && topics[0].length < line.text.length) {
    out.push({ line: partOf(line, 0, topics[0].trimEnd().length), furniture: true });
    from = topics[0].length;
  }
  const link = TRAILING_LINK.exec(line.text.slice(from));
  let trailing: RawLine | undefined;
  if (link && link.index > 0) {
    trailing = partOf(line, from + link.index + (link[0].length - link[0].trimStart().length), to);
    to = from + link.index;
  }
  const head = BRACKETED_HEAD.exec(line.text.slice(from, to));
  if (head && from + head[0].length < to) {
    out.push({ line: partOf(line, from, from + head[0].length), headline: true });
    from += head[0].length;
  }
  // (Its closing credit, `（记者 韦阳海）`, a line of its own as a story's closing byline is, so it is read as one.)
  const credit = line.text.lastIndexOf('（', to);
  const closing = credit > from && matchClosingByline(line.text.slice(credit, to)) !== undefined ? credit : to;
  out.push({ line: from === 0 && closing === line.text.length ? line : partOf(line, from, line.text.slice(from, closing).trimEnd().length + from) });
  if (closing < to) out.push({ line: partOf(line, closing, to) });
  if (trailing) out.push({ line: trailing, furniture: true });
  return out;
}
