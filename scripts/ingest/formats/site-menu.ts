/**
 * A web page's navigation copied with its text, as a site's article is
 * selected and pasted whole: a run of menu entries at the top of the file,
 * one short word a line (`星洲网` / `首页` / `国内` / `国际` / `财经` / `登入`) or
 * all on one line (`首页　新闻　时政　经济`), and a breadcrumb (`首页 > 国内`,
 * `新闻 » 新加坡`, `您现在的位置：海川新闻网 >> 海川要闻 >> 正文`), and a bar of the site's
 * controls (`2024年3月4日 星期一 设为首页 | 加入收藏`). Such lines are kept as
 * printed, as the page's furniture (`extras`), never a head, and they do not
 * push the date line under the headline out of the lines a date is looked
 * for in.
 *
 * @example
 *   markSiteMenu(['星洲网', '首页', '国内', '国际', '登入', '首页 > 国内', '标题', '2024-03-22 05:50'] as lines)
 *   // → the first six with hint.media and hint.properties
 */
import { charLength } from '../punctuation.ts';
import { matchPageHeader } from '../rules/page-header.ts';
import { isPaperName } from '../rules/paper-name.ts';
import type { RawLine } from '../types.ts';

/** A menu's entry: one to four characters of a word, no digit, mark or space. */
const MENU_ENTRY = /^[\p{Script=Han}A-Za-z]{1,4}$/u;

/** Fewest entries in a row for a menu: a paper's name over its page's name (`运河日报` / `要闻`) is none. */
export const MENU_ENTRIES_MIN = 4;

/**
 * A site's menu words, in both scripts: a run of short lines is a menu only when at least
 * `NAV_WORDS_MIN` of them are such words, so that verse of short lines at a file's top is none.
 */
const NAV_WORD =
  /^(?:首页|首頁|主页|主頁|新闻|新聞|全国|全國|国内|國內|国际|國際|财经|財經|体育|體育|娱乐|娛樂|科技|汽车|汽車|房产|房產|视频|視頻|图片|圖片|专题|專題|评论|評論|言论|言論|言路|地方|社会|社會|文化|教育|健康|旅游|旅遊|生活|副刊|电子报|電子報|登入|登录|登錄|注册|註冊|搜索|订阅|訂閱|English|Home|News)$/u;
const NAV_WORDS_MIN = 2;

/** A word only a site's own menu holds — its home page, signing in, search: a run of short lines without one is a list or verse. */
const SITE_WORD = /^(?:首页|首頁|主页|主頁|登入|登录|登錄|注册|註冊|搜索|订阅|訂閱|Home)$/u;

/** How far down a file a menu's first entry may stand (a site's name or a saved title may come first). */
const MENU_TOP = 3;

/** A breadcrumb: two to six short names apart by `>`, `>>`, `»`, `›` or `→`. */
const BREADCRUMB = /^[\p{Script=Han}A-Za-z]{1,10}(?:\s*(?:[>＞]{1,2}|[»›→])\s*[\p{Script=Han}A-Za-z]{1,10}){1,5}$/u;

/** Between a breadcrumb's names. */
const CRUMB_MARK = /\s*(?:[>＞]{1,2}|[»›→])\s*/u;

/**
 * A breadcrumb's label, as portals print it before the path (`您现在的位置：`, `当前位置：`, `您当前的位置：`, `你的位置：`):
 * what follows it is the path, whatever its first name.
 */
const CRUMB_LABEL = /^(?:您|你)?(?:现在|現在|当前|當前|目前|所在)?的?位置\s*[：:]\s*/u;

/**
 * A site's menu copied as one line: entries apart by spaces or bars, the first the home page's (`首页　新闻　时政　经济`,
 * `首页 | 往期回顾 | 东湖网 | 报料热线：…`), or at least `NAV_WORDS_MIN` menu words among four or more short entries.
 */
function isMenuLine(text: string): boolean {
  const entries = text.split(/[\s\u3000]*[|｜·][\s\u3000]*|[\s\u3000]+/u).filter((entry) => entry !== '');
  if (entries.length < 3 || /[，。！？；]/u.test(text) || CRUMB_MARK.test(text)) return false;
  // (The home page's entry first, then words of a menu apart by bars or tabs, a hotline's number among them perhaps: `首页 | 往期回顾 | 东湖网`,
  // `首页	机构概况	新闻中心	政务公开`, as a site's list of links is copied.)
  if (SITE_WORD.test(entries[0]!) && /[|｜\t]/u.test(text) && entries.filter((entry) => /^[\p{Script=Han}A-Za-z]{1,6}$/u.test(entry)).length >= 3) return true;
  // (Apart by spaces, five short entries or more, three of them a menu's words: a headline of short words, `文化 教育 健康 三进社区`,
  // `注册 开业 一天办结`, has fewer. The site's name may open the row, as a clipped page's banner sets it: `临江晚报网　首页　新闻…`.)
  const items = SITE_NAME.test(entries[0]!) || isPaperName(entries[0]!) ? entries.slice(1) : entries;
  return (
    items.length >= MENU_LINE_ENTRIES_MIN &&
    items.every((entry) => MENU_ENTRY.test(entry)) &&
    items.filter((entry) => NAV_WORD.test(entry) || SITE_WORD.test(entry)).length >= MENU_LINE_NAV_MIN
  );
}

/** A menu on one line apart by spaces: its fewest entries, and of them the fewest a menu's words. */
const MENU_LINE_ENTRIES_MIN = 5;
const MENU_LINE_NAV_MIN = 3;

/** A public body's name, as its site's banner prints it over the menu: `江陵省农业农村厅`, `滨江市水利局`, `青川市人民政府`. */
const BODY_NAME = /^\p{Script=Han}{2,16}(?:厅|廳|局|委员会|委員會|委|办公室|辦公室|政府|研究院|学院|學院|协会|協會|联合会|聯合會)$/u;

/** A site's name: a few characters ending as a site's do (`南洋网`, `央视网`, `星洲新闻`). */
const SITE_NAME = /^[\p{Script=Han}A-Za-z ]{1,10}(?:网|網|新闻|新聞|在线|在線)$/u;

/** A page's label with its name, as an e-paper lists its pages (`A01：头版`, `第02版：要闻`, `03版 城事`). */
function isPageLabel(text: string): boolean {
  // (A letter or `版` with the number, or a colon after it: `1 上海`, a ranking's line, is none.)
  return (
    matchPageHeader(text) !== undefined ||
    /^(?:[A-Z][0-9]{1,2}|[0-9]{1,2}\s*版)\s*[：:\s\u3000]\s*\p{Script=Han}{1,8}$|^[A-Z]?[0-9]{1,3}[：:]\p{Script=Han}{1,8}$/u.test(text)
  );
}

/** Fewest page labels in a row for an e-paper's list of its pages (an issue's pages each under its label have text between). */
const PAGE_LIST_MIN = 3;

/** A site's name line: its name and what it says of itself apart by bars (`北疆在线 | 北疆日报社主办`, `南洋网`). */
function isSiteNameLine(text: string): boolean {
  const parts = text.split(/[\s\u3000]*[|｜][\s\u3000]*/u);
  return parts.some((part) => SITE_NAME.test(part)) && parts.every((part) => SITE_NAME.test(part) || /(?:主办|主辦|出品|官方网站|官方網站)$/u.test(part));
}

/** A site's own controls, never a paper's words: making it the home page, bookmarking it, its map, its mobile version. */
const SITE_CONTROL = /设为首页|設為首頁|设为主页|設為主頁|加入收藏|收藏本站|网站地图|網站地圖|无障碍浏览|無障礙瀏覽|手机版|手機版/gu;

/** Longest bar of a site's controls, in characters. */
const SITE_BAR_MAX = 60;

/** Longest line over a breadcrumb: a headline's or a site's, no paragraph. */
const HEAD_MAX = 40;

/** How far down a file a breadcrumb may stand: under the menu, over the headline. */
const BREADCRUMB_TOP = 20;

/** The lines, with a site's menu at the top and its breadcrumb marked as media that is no picture (`properties`). */
export function markSiteMenu(lines: RawLine[]): RawLine[] {
  const marked = new Set<RawLine>();
  for (let start = 0; start <= MENU_TOP && start < lines.length; start += 1) {
    let end = start;
    while (end < lines.length && lines[end]!.hint === undefined && MENU_ENTRY.test(lines[end]!.text)) end += 1;
    const run = lines.slice(start, end);
    if (
      run.length >= MENU_ENTRIES_MIN &&
      run.filter((line) => NAV_WORD.test(line.text)).length >= NAV_WORDS_MIN &&
      run.some((line) => SITE_WORD.test(line.text))
    ) {
      for (const line of run) marked.add(line);
      break;
    }
  }
  // (A menu copied as one line, at the top over the headline; the site's name line over it, `北疆在线 | 北疆日报社主办`, is furniture too.)
  for (const [index, line] of lines.slice(0, MENU_TOP + 1).entries()) {
    if (line.hint !== undefined || !isMenuLine(line.text)) continue;
    marked.add(line);
    const above = lines[index - 1];
    // (Or, the file's first line over the menu, a body's name as a government site's banner prints it: `江陵省农业农村厅`.)
    if (above?.hint === undefined && above !== undefined && (isSiteNameLine(above.text) || (index === 1 && BODY_NAME.test(above.text)))) marked.add(above);
  }
  // (An e-paper's list of its pages copied with a page, `A01：头版` / `A02：要闻` / `A03：城事`: labels in a row with no text between.)
  for (let start = 0; start < Math.min(lines.length, BREADCRUMB_TOP); start += 1) {
    let end = start;
    while (end < lines.length && lines[end]!.hint === undefined && isPageLabel(lines[end]!.text)) end += 1;
    if (end - start >= PAGE_LIST_MIN) for (const line of lines.slice(start, end)) marked.add(line);
    start = Math.max(start, end);
  }
  // (A site's bar of controls, with the day it was viewed on perhaps: `2024年3月4日 星期一 设为首页 | 加入收藏` is no date line.)
  for (const line of lines.slice(0, BREADCRUMB_TOP)) {
    const controls = line.text.match(SITE_CONTROL)?.length ?? 0;
    // (Two controls at least: a headline may name one, `临江日报手机版今日上线`.)
    if (line.hint === undefined && charLength(line.text) <= SITE_BAR_MAX && controls >= 2 && !/[，。！？；]/u.test(line.text)) marked.add(line);
  }
  const menu = marked.size > 0;
  // (The menu's own entries: a breadcrumb under it opens on one, `新加坡 > 时政` under `新加坡` / `国际` / `财经`.)
  const entries = new Set([...marked].map((line) => line.text));
  for (const [index, line] of lines.slice(0, BREADCRUMB_TOP).entries()) {
    const labelled = CRUMB_LABEL.exec(line.text);
    const path = labelled ? line.text.slice(labelled[0].length) : line.text;
    // (Over the article's text only, its first part a site's section or the site's name unless labelled as the page's place
    // (`新华网 > 时政 > 正文`, `人民网>>时政`): `打开App后依次点击：` / `首页 > 设置`, a ranking `上海 > 北京`, are text.)
    const first = path.split(CRUMB_MARK)[0]!;
    // (From the site's name, only as a site marks its path: `>>` or `»` between, or `正文` last — not a kicker `工业互联网>物联网`.)
    const siteCrumb = SITE_NAME.test(first) && (/>>|＞＞|»/u.test(path) || /(?:正文|正文内容|內文)$/u.test(path));
    if (line.hint !== undefined || !BREADCRUMB.test(path) || (!labelled && !NAV_WORD.test(first) && !entries.has(first) && !siteCrumb)) continue;
    // (A picture over it, the site's logo, is no text.)
    const text = (before: RawLine): boolean => !marked.has(before) && before.hint?.media !== true;
    if (lines.slice(0, index).some((before) => text(before) && (charLength(before.text) > HEAD_MAX || /[：:。！？]$/u.test(before.text)))) break;
    marked.add(line);
    // (The site's name right over it at the top of the file, `南洋商报` / `全国 > 国内`, is the page's furniture too, not a head —
    // under a menu, or named as a site or a paper: `春耕时节访农家` over `乡村 > 农业` is the headline.)
    const above = lines[index - 1];
    if (index === 1 && above?.hint === undefined && (menu || isPaperName(above!.text) || SITE_NAME.test(above!.text))) marked.add(above!);
  }
  if (marked.size === 0) return lines;
  return lines.map((line) => (marked.has(line) ? { ...line, hint: { media: true, properties: true } } : line));
}

/** A downloader's name for a page: parts joined with `_` or `~`, with digits or a site's name among them (`星洲日报~全国_-_04_04_2024`, `标题_新闻频道_央视网`). */
const DOWNLOADED_NAME = /[_~](?=.*[0-9])|[_~][^_~]*(?:网|網|报|報|频道|頻道|新闻|新聞)$/u;

/**
 * The file's own name repeated as its first line (`南洋商报~全国_-_22_03_2024` over
 * `南洋商报~全国_-_22_03_2024.txt`), as a blog's or a downloader's copy titles its
 * text: the page's furniture, as a menu is, never a masthead or a head — when the
 * name is joined by a downloader's marks (`_`, `~`); a name that is the headline
 * stays the headline.
 */
export function markRepeatedName(lines: RawLine[], fileName: string): RawLine[] {
  const name = fileName.replace(/\.[^.]*$/u, '').trim();
  const first = lines[0];
  // (A name that is the headline, `海濱長廊延長開放時間.txt`, `2024年3月8日外交部发言人毛宁主持例行记者会.txt`, `春风~又绿江南岸.txt`,
  // is the headline: only a name a downloader joined with `_` or `~`, with a date or the site's name, is furniture.)
  if (!first || first.hint !== undefined || first.text !== name || !DOWNLOADED_NAME.test(name)) return lines;
  return [{ ...first, hint: { media: true, properties: true } }, ...lines.slice(1)];
}
