/**
 * Rule: a line that names a paper — short, ending in a paper's word
 * (`临江日报`, `东城晚报`, `港島週報`, `聯合報`), not a headline's `通报` or a
 * rubric's `图片新闻`.
 * Such a line is a masthead over the date line, or the source printed
 * under a post's title (`瓯江日报`); never a kicker or a subtitle.
 *
 * @example
 *   isPaperName('临江日报') // → true
 *   isPaperName('关于违规问题的通报') // → false
 */
import { isTitleLike } from '../continuation.ts';
import { charLength } from '../punctuation.ts';
import { unspaced } from './letter-spacing.ts';

/** A daily's, an evening or morning paper's, a weekly's name: `临江日报`, `东城晚报`, `南岭晨报`, `港島週報`, `中国青年报`, `南方周刊`, `解放军报`, `人民政协报`. */
const PAPER_NAME =
  /(?:[日晚早晨时時周週商军軍导導侨僑]|政协|政協|监察|監察|法制|青年|工人|农民|農民|经济|經濟|科技|参考|參考|都市|教育|文化|环境|環境|卫生|衛生|电力|電力|铁道|鐵道|妇女|婦女|证券|證券|金融|财经|財經|体育|體育|少年|老年|电视|電視)[报報]$|[周週]刊$|(?:世纪|世紀)(?:经济|經濟)(?:报道|報道)$/u;

/**
 * A small paper's name, named for who prints it: a school's (`江北理工大学报`, not a journal's `学报`), a hospital's, a
 * community's or a village's (`葵青街坊報`, `石门村报`), a company's (`南岭能源报`), an emigrants' home town's (`灵溪侨刊`), an
 * association's (`聯誼會會訊`) — with a name before the word (`大学报` alone names none; a school's `…自办校刊` is a headline's).
 */
const SMALL_PAPER =
  /^\p{Script=Han}{2,10}(?:(?:大学|大學|学院|學院|医院|醫院|一院|二院|社区|社區|街坊|村|集团|集團|能源|铁路|鐵路)[报報]|[侨僑]刊|[会會](?:会讯|會訊|会刊|會刊))$/u;

/** A short name of two or three characters ending in 报 (`明報`, `聯合報`, `大公報`, `文汇报`). */
const SHORT_NAME = /^[^\s\u3000]{1,2}[报報]$/u;

/** Words of two or three characters that end in 报 and name no paper (`通报`, `汇报`, `剪报`, `大字报`). */
const NOT_A_PAPER = new Set(
  (
    '通报 通報 情报 情報 汇报 匯報 简报 簡報 喜报 喜報 捷报 捷報 海报 海報 预报 預報 公报 公報 举报 舉報 年报 年報 季报 季報 月报 月報 ' +
    '电报 電報 回报 回報 申报 申報 画报 畫報 财报 財報 快报 快報 剪报 剪報 晚报 晚報 日报 日報 周报 週報 早报 早報 晨报 晨報 导报 導報 侨报 僑報 播报 播報 速报 速報 ' +
    '填报 填報 看报 看報 读报 讀報 订报 訂報 办报 辦報 登报 登報 见报 見報 小报 小報 谍报 諜報 战报 戰報 警报 警報 上报 上報 呈报 呈報 ' +
    '学报 學報 墙报 牆報 板报 板報 大字报 大字報 数字报 數字報 电子报 電子報 黑板报 黑板報 手抄报 手抄報 读书报 讀書報'
  ).split(' '),
);

/**
 * A paper speaking of itself (`本报`, `本報記者`, `本报讯`, `该报`): a newsroom's source field for its own staff's copy, which names
 * no paper — the paper is the file's, or the folder's.
 */
const SELF_REFERENCE = /^(?:本|我|该|該|此)[报報](?:记者|記者|讯|訊|稿|专稿|專稿|特稿|评论员|評論員|编辑部|編輯部|通讯员|通訊員)?$/u;

/** A word of what befell a story before it (`已见报`, `未上报`, `待见报`): a status, as a newsroom's export gives each story's, not a name. */
function isStatus(text: string): boolean {
  return /^(?:已|未|待|拟|擬|不)/u.test(text) && NOT_A_PAPER.has(text.slice(1));
}

function isSelfReference(text: string): boolean {
  return SELF_REFERENCE.test(text.trim());
}

/** Longest paper's name, in characters. */
const PAPER_NAME_MAX = 12;

/** A news agency's name (`中央社`, `新华社`): a wire story's source, and the outlet of an archive kept under its name. */
const AGENCY_NAME = /^(?:中央|新华|新華|中新|中通|中国新闻|中國新聞|路透|美联|美聯|法新|共同|韩联|韓聯|塔斯|彭博|德新|俄新|越通|朝中)社$/u;

export function isAgencyName(text: string): boolean {
  return AGENCY_NAME.test(text.trim());
}

export function isPaperName(text: string): boolean {
  // (A label before a name, `公众号: 江澜晚报`, `来源：瓯江日报`, makes a field's line, not a name.)
  // (Nor does an ellipsis or a leader stand in one: `踏春正当时……岷州晚报` is a contents entry's title and source.)
  if (charLength(text) > PAPER_NAME_MAX || NOT_A_PAPER.has(text) || isStatus(text) || isSelfReference(text) || !isTitleLike(text) || /[：:…]|\.{3}/u.test(text))
    return false;
  return PAPER_NAME.test(text) || SMALL_PAPER.test(text) || SHORT_NAME.test(text);
}

/**
 * An outlet's name as a compiler's source line gives it beside the date and page (`【剪报1】西南文旅报　2024年3月26日　第05版`):
 * a paper's name, or any name of a paper, a magazine or a news site by its last word (`中国旅游报`, `半月谈杂志`, `岷州新闻网`),
 * which a line of its own would not be enough to call one. Not a word that ends so and names none (`剪报`, `通报`), nor a
 * contents entry's title and source run together (`踏春正当时……岷州晚报`).
 */
export function isOutletName(text: string): boolean {
  return isPaperName(text) || (OUTLET_NAME.test(text) && !NOT_A_PAPER.has(text.slice(-2)) && !NOT_A_PAPER.has(text.slice(-3)));
}
const OUTLET_NAME = /^\p{Script=Han}{2,10}(?:报|報|刊|网|網|杂志|雜誌)$/u;

/** Platforms that host many outlets' posts: a page's site name there is the host's, never a paper's (`微信公众平台`, `今日头条`). */
const PLATFORMS = new Set(
  '微信公众平台 微信公眾平台 微信 WeChat 微信公众号 微信公眾號 今日头条 今日頭條 头条号 頭條號 百家号 百家號 网易号 網易號 搜狐号 搜狐號 企鹅号 企鵝號 大鱼号 一点号 澎湃号 知乎 微博 新浪微博 抖音 快手 哔哩哔哩 bilibili 小红书 小紅書'
    .toLowerCase()
    .split(' '),
);

export function isPlatformName(text: string): boolean {
  return PLATFORMS.has(text.trim().toLowerCase());
}

/** A site's name before the paper it carries: ends as a site's name does (`人民网`, `光明網`, `新华社客户端`). */
const SITE_NAME = /(?:网|網|客户端|客戶端|app|新闻|新聞)$/iu;

/**
 * The paper a source names through the site that carried it (`人民网－人民日报`,
 * `光明网-《光明日报》`, `经济日报-中国经济网`): the paper beside the site; any
 * other source as it is, with the title marks of a name alone taken off
 * (`《光明日报》` → `光明日报`).
 */
export function paperInSource(text: string): string {
  // A paper's name with its name in Latin letters after it, as a site names itself (`中国报 China Press`, `联合早报 Lianhe Zaobao`).
  const translated = LATIN_AFTER.exec(text.trim());
  if (translated && isPaperName(translated[1]!)) return translated[1]!;
  const parts = text
    .split(/\s*[－—–·|｜-]\s*/u)
    .map((part) => part.replace(/^《(.+)》$/u, '$1').trim())
    .filter((part) => part !== '');
  if (parts.length === 1) return parts[0]!;
  // The paper's part, whichever side of the site it stands (`人民网－人民日报`, `经济日报-中国经济网`).
  const paper = parts.find((part) => isPaperName(part));
  return paper !== undefined && parts.every((part) => part === paper || SITE_NAME.test(part)) ? paper : text;
}

const LATIN_AFTER = /^(\p{Script=Han}{2,12})\s+[A-Za-z][A-Za-z .'’&-]*$/u;

/** Where a portal's line says its post was sent from (`发布于山东`). */
const POSTED_FROM = /^(?:发布于|發佈於|发布於|发表于|發表於|IP属地[：:]?)\p{Script=Han}{2,8}$/u;
/** The label an account's platform prints before a post's author (`原创 桐溪日报 2024-03-04 20:00`: WeChat's mark of an original post). */
const POST_LABEL = /^(?:原创|原創|转载|轉載|首发|首發|独家|獨家)$/u;
/** The account's label after a paper's name (`齐鲁晚报官方账号`). */
const ACCOUNT = /^(.{2,12}?)(?:官方账号|官方帳號|官方号|官方號|账号|帳號)$/u;

/**
 * The words a portal prints beside a post's date or time, when they are only
 * a paper's name, where it was posted from and the account (`新京报`,
 * `发布于山东`, `齐鲁晚报官方账号`): the paper they name, if any. Any other
 * word makes them no portal's (`undefined`): a headline's words.
 */
export function portalWords(words: readonly string[]): { paper?: string } | undefined {
  if (words.length === 0) return undefined;
  const papers = words.map((word) => (isPaperName(word) ? word : ACCOUNT.exec(word)?.[1]));
  if (!words.every((word, index) => papers[index] !== undefined || POSTED_FROM.test(word) || POST_LABEL.test(word))) return undefined;
  const paper = papers.find((name) => name !== undefined);
  return paper === undefined ? {} : { paper };
}

/**
 * A page title without the site's or paper's name a browser tab shows after
 * it, as a web clipper keeps it (`習近平會見荷蘭首相 - 中時新聞網`,
 * `總理訪華 | 聯合新聞網`, `标题_新浪新闻`, `标题-海州网`); any other title as it is.
 */
export function withoutSiteName(title: string): string {
  // (A CMS writes the site after a hyphen or two with no spaces: `标题-海州网`, `标题--人民网`.)
  const match = /^(.+?)\s*(?:\s[-–—|｜丨]\s|[｜丨_]|-{1,2})\s*([^-–—|｜丨_]{2,20})$/u.exec(title.trim());
  if (!match) return title;
  const [, head, site] = match as unknown as [string, string, string];
  // (After a bare hyphen, a short name only, over a headline's length: `中老铁路-东南亚物流网` is a headline.)
  const bare = !/\s[-–—|｜丨]\s|[｜丨_]/u.test(title.slice(head.length, title.length - site.length));
  if (bare && !isPaperName(site) && (charLength(site) > 5 || charLength(head) < 6)) return title;
  return isPaperName(site) || SITE_NAME.test(site) || isPlatformName(site) ? head : title;
}

/** A site's own name (`新华网`, `人民網`, `澎湃新闻`): Han, short, ending as a site's name does. */
const SITE_OWN_NAME = /^\p{Script=Han}{1,8}(?:网|網|新闻|新聞|客户端|客戶端)$/u;

/** A paper's or a news site's own name (`运河日报`, `运河网`, `今日头条`), as a page's title may be alone: no headline. */
export function isSiteName(text: string): boolean {
  return isPaperName(text) || isNewsSiteName(text);
}

/** A news site's or a platform's own name, no paper's (`新浪新闻`, `人民网`, `今日头条`). */
export function isNewsSiteName(text: string): boolean {
  return !isPaperName(text) && (isPlatformName(text) || (SITE_OWN_NAME.test(text) && !CHANNEL_NEWS.test(text)));
}

/**
 * The site a web page's title names: a paper first or last among its parts (`…--人民日报`), or alone (an e-paper titles
 * every page `人民日报`); or a news site last (`…-新华网`, `…_澎湃新闻`; not a headline's `…兜底网 - 评论` nor a channel's
 * `…_国际新闻`), its edition's word aside. It stands for the paper where no folder of the user's names one.
 */
export function siteOfPageTitle(title: string): string | undefined {
  const parts = titleParts(title).map(withoutEdition);
  const last = parts.at(-1);
  if (last === undefined) return undefined;
  if (parts.length === 1) return isPaperName(last) ? last : undefined;
  return paperOfPageTitle(title) ?? (SITE_OWN_NAME.test(last) && !CHANNEL_NEWS.test(last) ? last : undefined);
}

/** A site's channel, not the site: `国际新闻`, `滚动新闻`, `要闻`. */
const CHANNEL_NEWS =
  /^(?:国际|國際|国内|國內|滚动|滾動|社会|社會|财经|財經|体育|體育|娱乐|娛樂|科技|军事|軍事|地方|图片|圖片|视频|視頻|即时|即時|实时|實時|最新|热点|熱點|本地|时政|時政|两岸|兩岸|港澳|台湾|臺灣|教育|健康|文化|旅游|汽车|房产)(?:新闻|新聞)$/u;

/** A page title's parts, as a site sets its headline, channel and name apart (`标题_栏目_解放日报`, `…--人民网`). */
function titleParts(title: string): string[] {
  return title.split(/\s*(?:--|[-–—_|｜丨])\s*/u).filter((part) => part !== '');
}

/**
 * What a paper's site calls its edition after the name (`南方日报数字报`, `东湖晚报电子版`, `澄江日报数字报刊平台`, `澄江日报网`),
 * or a keeper his clippings of it (`鹭湾晚报剪报`): not the paper.
 */
const EDITION =
  /(?:数字报刊平台|數字報刊平台|数字报刊|數字報刊|数字报纸|數字報紙|数字报|數字報|网|網|电子报|電子報|电子版|電子版|数字版|數字版|手机版|手機版|网络版|網絡版|剪报|剪報|[ \u3000]?(?:e-?paper|EPAPER|ePaper))$/u;

/** A paper's name without its site's word for the edition (`南方日报数字报` → `南方日报`), when what is left names a paper. */
export function withoutEdition(name: string): string {
  const bare = name.replace(EDITION, '').trim();
  return bare !== name && isPaperName(bare) ? bare : name;
}

/**
 * The paper a web page's title names as its site, first or last among its parts (`习近平…--人民日报`,
 * `南方日报数字报-习近平…`, `标题_栏目_解放日报`), its edition's word aside.
 */
export function paperOfPageTitle(title: string): string | undefined {
  const parts = titleParts(title);
  if (parts.length < 2) return undefined;
  return [parts.at(-1)!, parts[0]!].map(withoutEdition).find((part) => isPaperName(part));
}

/**
 * Whether a masthead names a product of a paper another source names — its e-mail or app edition under its name,
 * `江城晚报·早班车`, `江城晚报早班车`, `江城晚报 | 夜读` — rather than a paper of its own: what follows the paper's name
 * is two to six Chinese characters, none a publication's word (`人民日报海外版`, `江城晚报·周刊`, `…社区版` stay papers).
 */
export function isProductOf(masthead: string, paper: string): boolean {
  if (masthead === paper || !masthead.startsWith(paper) || !isPaperName(paper)) return false;
  const rest = masthead.slice(paper.length).replace(/^[\s\u3000·・•|｜丨]+/u, '');
  return /^\p{Script=Han}{2,6}$/u.test(rest) && !/[版刊报報]$/u.test(rest);
}

/** A broadcast script's head: the programme's name (in book marks or not), its edition, and the script's word (`播出稿`). */
const SCRIPT_NAME = /^《?(\p{Script=Han}{2,12}?)》?(?:[（(][^）)]{1,8}[）)])?(?:播出稿|播音稿|节目稿|節目稿)$/u;

/** A masthead's name without its name in Latin letters after it (`灣區華聲週報　Bay Area Chinese Voice Weekly` → `灣區華聲週報`). */
export function withoutLatinName(text: string): string {
  return text.replace(/(?<=\p{Script=Han})[\s\u3000]+[A-Za-z][A-Za-z .,'’&-]*$/u, '');
}

/**
 * The paper a masthead names as OCR reads it: letter-spaced (`人　民　日　报`), a character split off by a stray space
 * (`人 民日报`), or `曰` for `日` before 报 (`人民曰报`; no paper is named so). `corrected` when OCR's misreading was read
 * otherwise than printed, so that the reader can say so; any other name as it is.
 */
export function mastheadPaper(text: string): { paper: string; corrected?: true } {
  // (An e-paper site's name over a copied page, `澄江日报数字报刊平台`, `澄江日报电子版`: the paper's, when what stands before is one.)
  // (A name in brackets or book marks, as a mobile edition or a script heads itself: `【湘江手机报】`, `《澧水新闻》`.)
  const marked = /^[【《〔]([\p{Script=Han}·]{2,16})[】》〕]$/u.exec(text.trim())?.[1];
  if (marked !== undefined) return mastheadPaper(marked);
  const site = withoutEdition(text.trim());
  if (site !== text.trim()) return { paper: site };
  // (A broadcast's script, `澧水之声新闻（早间版）播出稿`: the programme's name, without its edition and the script's word.)
  const programme = SCRIPT_NAME.exec(text.trim())?.[1];
  if (programme !== undefined) return { paper: programme };
  // (Its name in Latin letters after it, `灣區華聲週報　Bay Area Chinese Voice Weekly`: the Chinese name, when it is a paper's.)
  const latin = withoutLatinName(text.trim());
  if (latin !== text.trim() && /^\p{Script=Han}[\p{Script=Han}·]{1,15}$/u.test(latin) && isPaperName(latin)) return { paper: latin };
  const spaced = unspaced(text);
  if (spaced !== text) return { paper: spaced };
  const pieces = text.trim().split(/[ \u3000]+/u);
  // (A post's account line, `原创 江城晚报 江城晚报`: the name it repeats.)
  const names = pieces.filter((piece) => isPaperName(piece));
  if (pieces.length > 1 && names.length > 0 && pieces.every((piece) => piece === names[0] || /^(?:原创|原創)$/u.test(piece))) return { paper: names[0]! };
  const joined = pieces.join('');
  // (A single character apart from the rest, `人 民日报`, `人民 日 报`: OCR's stray space; words apart, `运河 晚报`, are as printed.)
  const whole = pieces.length > 1 && pieces.some((piece) => /^\p{Script=Han}$/u.test(piece)) && isPaperName(joined) ? joined : text;
  const read = whole.replace(/曰(?=[报報]$)/u, '日');
  return read !== whole && isPaperName(read) ? { paper: read, corrected: true } : { paper: whole };
}

/**
 * The paper a feed's or a channel's title names (`临川日报 - 要闻`, `临川日报数字报 2024年09月02日 第01版：要闻` → 临川日报); none for a feed
 * that names no paper (`新浪新闻-国内新闻`, an aggregator's).
 */
export function paperOfFeedTitle(title: string): string | undefined {
  const head = (title.trim().split(/\s*(?:\s[-–—|｜丨·]\s|[-–—|｜丨_·：:])\s*/u)[0] ?? '')
    .replace(/\s.*$/u, '')
    .replace(/(?:数字报|數字報|电子报|電子報|电子版|電子版|数字版|數字版|官方网站|官方網站|网站|網站|客户端|客戶端)$/u, '');
  return isPaperName(head) ? head : undefined;
}

/** A year a catalogue's note names: from the 17th century on. */
const NOTE_YEAR = '(?:1[6-9]|20)[0-9]{2}';
/**
 * A library catalogue's note after a paper's name, its place and years of publication: `(Sydney, NSW : 1902 - 1936)`
 * (Trove), `. [volume] (San Francisco, Calif.) 1900-1951` (Chronicling America); not a name's own words in brackets
 * (`The Straits Times (Singapore)`, which names no years).
 */
const CATALOGUE_NOTE = new RegExp(
  `(?:\\.?\\s*\\[volume\\])?\\s*(?:\\([^()]*\\b${NOTE_YEAR}\\s*-\\s*(?:${NOTE_YEAR})?\\s*\\)|\\([^()]*\\)\\s*${NOTE_YEAR}\\s*-\\s*(?:${NOTE_YEAR})?)\\s*$|\\.?\\s*\\[volume\\]\\s*$`,
  'iu',
);

/**
 * A paper's name as a library catalogues it, without the note it adds (`The Tung Wah Times (Sydney, NSW : 1902 - 1936)`
 * → `The Tung Wah Times`, `Chung Sai Yat Po. [volume] (San Francisco, Calif.) 1900-1951` → `Chung Sai Yat Po`).
 */
export function withoutCatalogueNote(name: string): string {
  const note = CATALOGUE_NOTE.exec(name);
  return note ? name.slice(0, note.index).replace(/\.$/u, '').trimEnd() : name;
}
