/**
 * Rule: lines that are an export's structure, not the paper's text — a
 * table-of-contents heading (`目录`, `新闻摘要`, `详细新闻`), an update stamp
 * (`(更新时间戳: 1711543880623)`, `更新时间：2024-03-13 20:01`), an editor's
 * credit (`责任编辑：某某`, `【责任编辑：某某】`), a wire story's end mark
 * (`（完）`), the page's address (`原文链接：http://…`), a count of the day's
 * items (`（本日共10条）`), a database export's record number and copyright
 * line (`文章編號：202410050320013`, `(c) 2024 … 版權所有`), a front
 * page's pointer to a story inside (`详见A04版`), a scraper's fields
 * (`URL: https://…`, `抓取时间：…`, `crawl_time: …`, `source: 央视网`), a
 * photograph's credit (`本报记者 郑丽 摄`). Never a title, never a section of its own: they
 * are kept with the section as printed (`extras`).
 *
 * @example
 *   isStructureLine('(更新时间戳: 1711543880623)') // → true
 */
import { readPager } from './pager.ts';
import { NUMBER } from '../numerals.ts';
import { PAGE_SECTION } from './page-header.ts';
import { CREDIT, CREDIT_NAMES, EDITOR, EDITOR_TITLE, PAGE_CREDITS } from './page-credits.ts';
import { matchRelativeTime } from './relative-time.ts';

/**
 * A page break as a text-extraction tool writes it between a PDF's pages: `--- Page 2 ---`, `=== Page 2 ===`, `[Page 2]`,
 * `Page 2 of 8`, `—— 第2页 ——`.
 */
const PAGE_BREAK_MARK =
  /^(?:[-=—–_~*#]{2,}\s*)?[[［<]?\s*page\s*([0-9]{1,3})(?:\s*(?:of|\/)\s*[0-9]{1,3})?\s*[\]］>]?(?:\s*[-=—–_~*#]{2,})?$|^[-=—–_~*#]{2,}\s*第\s*([0-9]{1,3})\s*[页頁]\s*[-=—–_~*#]{2,}$/iu;

/** The page a text-extraction tool's page break opens (`--- Page 2 ---` → 2), if the line is one. */
export function pageBreakMark(text: string): number | undefined {
  const mark = PAGE_BREAK_MARK.exec(text.trim());
  return mark ? Number(mark[1] ?? mark[2]) : undefined;
}

/** A table of contents' heading, alone or opening a list on its line. */
const CONTENTS = [
  /^(?:目录|目錄|本期目录|本期目錄|新闻摘要|新聞摘要|详细新闻|詳細新聞|本期节目|本期節目|内容摘要|內容摘要|(?:本期|今日|本版|本刊)?(?:导读|導讀|要目)|table of contents|contents)$/iu,
  /^(?:本期节目主要内容|本期節目主要內容|本期主要内容|本期主要內容|今日要目|本期要目|本期版面|今日版面)[：:]/u, // a table of contents on one line
];

/** One to three ornaments, apart or not (`※`, `·· ·`, `☆☆`), a divider's (`DIVIDER`) and an ornament's (`ORNAMENT`) own. */
const ORNAMENT_MARKS = '(?:[※·•●○◎◇◆□■△▲☆★＊*～~]\\s*){1,3}';

/**
 * A divider printed across the page: `━━━━`, `════`, `————`, `＝＝＝`, `* * *`, `※※※`, a Markdown rule `---` (box-drawing lines of any weight);
 * or a column rule that OCR reads as a line of its own between stories (`|`, `｜`); or an ornament alone on its line, as a
 * page sets one between stories and OCR reads it (`※`, `·· ·`, `◆`, `☆☆`): never a kicker.
 */
export const DIVIDER = new RegExp(
  `^(?:(?:[\\u2500-\\u257F—＝=＊*·•～~_※-]\\s*){4,}|※{3}|(?:[-*_]\\s*){3}|(?:[|｜\\u2502\\u2503]\\s*){1,3}|${ORNAMENT_MARKS})$`,
  'u',
);

/**
 * An ornament alone on its line (`※`, `◆`, `·· ·`): a divider that never makes a kicker, but ends no article by itself —
 * a page sets one between an article's parts as well as between articles (`parse-body.ts`).
 */
export const ORNAMENT = new RegExp(`^${ORNAMENT_MARKS}$`, 'u');

/** An e-paper's navigation label: its lists' (`本版标题`, `版面导航`), the page's PDF, the neighbours (`上一版`, `下一期`), the way back. */
const NAVIGATION =
  '(?:本版标题|本版標題|本版标题导航|本版標題導航|版面导航|版面導航|标题导航|標題導航|本版新闻|本版新聞|往期回顾|往期回顧|下载PDF|PDF下载|下載PDF|PDF下載|上一版|下一版|上一期|下一期|上一篇|下一篇|返回本版|返回目录|返回目錄|返回版面|返回首页|返回首頁)';
/** A site's words in an e-paper's toolbar beside its navigation, never one alone on a line (`首页` heads a menu, `site-menu.ts`). */
const TOOLBAR = `(?:${NAVIGATION}|首页|首頁|登录|登錄|注册|註冊|放大|缩小|縮小|默认|默認)`;

/** A site's tools for a story, in brackets (`【纠错】`, `【打印】`, `【关闭窗口】`, `【返回顶部】`, `【字体：大 中 小】`). */
const SITE_TOOL =
  '(?:返回顶部|返回頂部|回到顶部|回到頂部|我要纠错|我要糾錯|纠错|糾錯|打印本页|打印本頁|打印|列印|关闭窗口|關閉窗口|关闭|關閉|收藏本页|收藏本頁|收藏|(?:字体|字體|字号|字號)\\s*[：:]?\\s*大\\s*中\\s*小)';

/** A front page's pointer to a story inside, under its headline in a guide (`今日导读`): `详见A04版`, `（见第3版）`. */
const POINTER = new RegExp(`^[（(]?\\s*(?:详见|詳見|见|見|请看|請看)\\s*第?\\s*(?:${PAGE_SECTION})?\\s*${NUMBER}\\s*版\\s*[）)]?$`, 'u');

/** A guide's entry opening on the page it points to (`二版　城关镇新建公交站`, `A04 社区食堂开进老旧小区`, `■2版　…`): a headline after its page. */
const GUIDE_ENTRY = new RegExp(
  `^(?:[■●◆▲★•·]\\s*)?(?:第?\\s*(?:${PAGE_SECTION})?\\s*${NUMBER}\\s*版|${PAGE_SECTION}[0-9]{2})[\\s\\u3000：:·|｜]+[^\\s\\u3000，。；！？]{4,40}$`,
  'u',
);

/** … or after the headline, apart by a wide space (`一条村道连起致富路　　　　2版`), as a guide at a page's foot lists them. */
const GUIDE_ENTRY_AFTER = new RegExp(`^[^\\s\\u3000，。；！？]{4,40}(?:[ \\u3000]{2,}|\\t+)(?:第\\s*)?(?:${PAGE_SECTION})?\\s*${NUMBER}\\s*版$`, 'u');

/**
 * An entry of a table of contents as a magazine or a compilation sets it: a title, a leader, its page
 * (`故乡的榕树 ………………… 4`, `1.标题……………1`).
 */
export const CONTENTS_ENTRY = /(?:…{2,}|\.{3,}|·{3,}|．{3,}|-{3,})\s*[0-9]{1,3}$/u;

/** Factiva's number of a document, closing its record: `文件 RMRB002020241113ek11300000`, `Document HGRB000020241014ekae00003`. */
export const DOCUMENT_NUMBER_WORDS = '(?:文件|文檔|文档|Document)\\s+[A-Za-z0-9]{16,}';

/** A contents entry's leader between its title and what it points to: `……`, `...`, `···`. */
export const CONTENTS_LEADER = /…{2,}|\.{3,}|·{3,}|．{3,}/u;

/**
 * A pointer from a guide to a page (`详见A04版`), or a guide's entry naming its page (`二版　城关镇新建公交站`,
 * `故乡的榕树 …………… 4`): in a guide only (`parse-body.ts`).
 */
export function isPagePointer(text: string): boolean {
  const trimmed = text.trim();
  return POINTER.test(trimmed) || GUIDE_ENTRY.test(trimmed) || GUIDE_ENTRY_AFTER.test(trimmed) || CONTENTS_ENTRY.test(trimmed);
}

/**
 * A social-media post's own furniture (WeChat and the like): the calls to
 * follow, share and scan (`点击蓝字 关注我们`, `分享、点赞、在看，一键三连`,
 * `长按识别二维码`), and the links it ends on (`阅读原文`).
 */
const SOCIAL = [
  /^(?:点击|點擊)(?:上方)?(?:蓝字|藍字|“[^”]{1,20}”|[^\s，。]{0,12})[\s\u3000]*(?:关注|關注)(?:我们|我們|[^\s，。]{1,12})?[!！]?$/u,
  /^(?:点击|點擊)(?:上方)?(?:蓝字|藍字)$|^(?:点个在看|點個在看)(?:[\s\u3000，,]*[^\s\u3000，。]{1,8})?[!！]?$/u,
  /^(?:长按|長按|扫描|掃描|扫码|掃碼)(?:识别|識別)?(?:下方|上方)?(?:二维码|二維碼)?(?:[\s\u3000，,]*(?:关注|關注)[^\s，。]{0,8})?$/u,
  /^(?:分享|点赞|點讚|点亮|點亮|在看|转发|轉發|收藏|点个|點個)(?:[\s\u3000、，,]*(?:分享|点赞|點讚|在看|转发|轉發|收藏|点亮|點亮|一键三连|一鍵三連|小心心|在看))*[!！]?$/u,
  /^(?:关注更多精彩|關注更多精彩|阅读原文|閱讀原文|点击阅读原文|點擊閱讀原文|更多精彩|欢迎关注|歡迎關注|关注我们|關注我們)$/u,
  // A post's foot as an exporter saves it, the way to the original and its counts: `阅读原文 阅读 5291 · 在看 39`.
  // (Two counts at least, or one after `阅读原文`: a line `阅读 2024` alone says too little.)
  /^(?:(?:阅读原文|閱讀原文)[\s\u3000]*(?:(?:阅读|閱讀|在看|点赞|點讚|赞|讚|分享|转发|轉發)[\s\u3000]*[0-9]+(?:\.[0-9]+)?[万萬wW]?\+?[\s\u3000·•|｜]*){1,4}|(?:(?:阅读|閱讀|在看|点赞|點讚|赞|讚|分享|转发|轉發)[\s\u3000]*[0-9]+(?:\.[0-9]+)?[万萬wW]?\+?[\s\u3000·•|｜]*){2,4})$/u,
  /^(?:微信扫一扫|微信掃一掃)(?:[\s\u3000]*(?:关注该公众号|關注該公眾號|可打开此内容|可打開此內容)[^\s，。]{0,12})?$|^(?:关注该公众号|關注該公眾號)$/u,
];

/** The heading of a post's links to other posts (`往期推荐`), or of an e-paper's list of a page's headlines (`标题导航`): the headlines under it are links, not articles. */
const RELATED =
  /^(?:标题导航|標題導航|本版标题|本版標題|本版标题导航|本版標題導航|本版新闻|本版新聞|本版新闻列表|本版新聞列表|往期回顾|往期回顧|往期推荐|往期推薦|推荐阅读|推薦閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|相关报道|相關報道|相关链接|相關鏈接|精彩推荐|精彩推薦|延伸阅读|延伸閱讀|热门推荐|熱門推薦|近期热文|近期熱文|喜欢此内容的人还喜欢|喜歡此內容的人還喜歡|(?:similar|related|recommended|more|other)\s+(?:articles|stories|news|posts|items|reading)|you may also like)$/iu;

export function isRelatedHeading(text: string): boolean {
  // (With its colon too, `相关阅读：`, as a label over the list.)
  return RELATED.test(text.trim().replace(/^[▼▽↓👇\s]+|[▼▽↓👇\s：:]+$/gu, ''));
}

/** The words of a label that dates a page's retrieval, not its publication (`抓取时间：`, `采集日期：`): also read by `facts/from-text.ts`. */
export const RETRIEVAL_WORDS = '抓取|采集|採集|爬取|下载|下載|保存|访问|訪問|入库|入庫|获取|獲取|存档|存檔';

/** Factiva's codes before its lead paragraph and the rest of the text (`LP	…`, `TD	…`): never text, wherever they stand. */
const FACTIVA_BODY = '(?:LP|TD)';
export const BODY_TAG = new RegExp(`^${FACTIVA_BODY}(?:\\t|[ ]{2,})[\\s\\u3000]*`, 'u');

/** A database's or a portal's label before the text (`全文：（中央社南京八日電）…`, `正文：`, CNKI's `FullText-全文:`, `【正文】`, `【内容】`; `內容：`, but not `内容：`, which Simplified text opens sentences with; Factiva's `BODY_TAG`): the label, and the space after it. */
const BODY_LABEL_WORDS = '[【[]\\s*(?:全文|正文|正　文|内容|內容)\\s*[】\\]]|(?:[A-Za-z]{2,24}-)?(?:全文|正文|內容)\\s*[：:]';
export const BODY_LABEL = new RegExp(`^(?:${BODY_LABEL_WORDS}|${FACTIVA_BODY}(?:\\t|[ ]{2,}))[\\s\\u3000]*`, 'u');
/** The label alone on its line, or split off it (`parse-body.ts`): Factiva's code without the tab after it; `全文` alone over an export's texts. */
const BODY_LABEL_ALONE = new RegExp(`^(?:${BODY_LABEL_WORDS}|${FACTIVA_BODY}|全文|正文)[\\s\\u3000]*$`, 'u');

/** The words an advertiser labels the number to call with (`咨询热线`, `订购热线`, `洽詢專線`). */
const ADVERTISER_WORDS =
  '咨询|諮詢|订购|訂購|订阅|訂閱|服务|服務|客服|售楼|售樓|预约|預約|预订|預訂|报名|報名|招生|团购|團購|广告|廣告|发行|發行|垂询|垂詢|洽询|洽詢|销售|銷售|招商|加盟';
/** The words a notice or a story labels it with too (`联系电话`, `投诉电话`): an advertisement's only on a printed page's box. */
const NOTICE_WORDS = '联系|聯繫|联络|聯絡|投诉|投訴';
const CONTACT_NUMBER = '[(（]?[0-9０-９][0-9０-９ \\-－()（）]{6,}';

/**
 * An advertisement's line of contact, as a page prints it: a short line of names ending in the number to call or the
 * address to write to, after the label an advertiser gives it (`江城置业 滨江壹号 咨询热线：027-8888 6666`, `订购热线
 * 0794-8888666` — a number may follow the label without a colon, in brackets, a person to ask for after it; `招聘启事
 * 本报诚聘记者 简历请投：hr@example.cn`); never a sentence that tells a reader to call (`市民可拨打服务热线12345反映问题。`,
 * a clause before the label), nor a line of fields (`时间：… 地点：… 联系电话：…`, a colon before the label).
 */
function contactLine(words: string): RegExp {
  return new RegExp(
    `^(?![^。！？]*(?:拨打|撥打|致电|致電|请拨|請撥))[^。！？，,：:]{0,40}(?:(?:${words})(?:热线|熱線|电话|電話|专线|專線)|简历请投|簡歷請投)\\s*` +
      `(?:[：:]\\s*(?:${CONTACT_NUMBER}|[\\w.+-]+@[\\w.-]+)|${CONTACT_NUMBER})(?:[\\s\\u3000]*\\p{Script=Han}{1,2}(?:先生|女士|小姐|老师|老師|经理|經理))?$`,
    'u',
  );
}

/** In a story's text: an advertiser's words only (a notice's or a story's `联系电话：…` is its text). */
const ADVERT_CONTACT_TEXT = contactLine(ADVERTISER_WORDS);

/** A page's number alone at its foot, between dashes or dots (`- 2 -`, `—2—`, `·2·`). */
const PAGE_FOOT = /^(?:[-－—–]\s*([0-9]{1,4})\s*[-－—–]|[·•・]\s*([0-9]{1,4})\s*[·•・])$/u;

/** The page a foot's number gives (`—4—` → 4), if the line is one. */
export function pageFootNumber(text: string): number | undefined {
  const found = PAGE_FOOT.exec(text.trim());
  return found ? Number(found[1] ?? found[2]) : undefined;
}

/** On a printed page, under an advertisement's head (`formats/page-blocks.ts`): any label. */
const ADVERT_CONTACT = contactLine(`${ADVERTISER_WORDS}|${NOTICE_WORDS}`);

const STRUCTURE = [
  DIVIDER,
  PAGE_BREAK_MARK,
  ...CONTENTS,
  /^[（(]?\s*(?:更新|发布|發佈|发表|發表)?(?:时间戳|時間戳|时间|時間|日期)\s*[：:]\s*[0-9０-９ :：\-/.年月日]+\s*[）)]?$/u, // stamps
  // A site's stamp of its last change, as Singapore's and Malaysia's sites print it beside the publication's (`更新/2024年3月15日 11:20 AM`).
  /^(?:最后|最後)?更新\s*[／/：:]\s*[0-9０-９ :：\-/.年月日]+\s*(?:AM|PM|am|pm|上午|下午)?$/u,
  // A site's tools under a story, with its editor's credit among them: `【纠错】 【责任编辑:王敏】`, `【打印】【关闭窗口】`.
  new RegExp(
    `^(?:[【[]\\s*(?:${SITE_TOOL}|${EDITOR}\\s*[：:]\\s*[^【】[\\]]{1,20}?)\\s*[】\\]][\\s\\u3000]*)*[【[]\\s*${SITE_TOOL}\\s*[】\\]](?:[\\s\\u3000]*[【[]\\s*(?:${SITE_TOOL}|${EDITOR}\\s*[：:]\\s*[^【】[\\]]{1,20}?)\\s*[】\\]])*$`,
    'u',
  ),
  new RegExp(`^[【[（(]?\\s*(?:本版)?${EDITOR}\\s*[：:]\\s*[^【】[\\]（）()]{1,20}?\\s*[】\\]）)]?(?:\\s*[0-9]{6,8})?$`, 'u'), // editors, bracketed or not, and a wire's stamp of the day after: `（編輯：吳宗翰）1130326`, `（本版編輯：黃家豪）`
  // (… after the page's name, as a PDF's running head prints them: `要闻 责任编辑：陈红`, `民生·帮办　责编 孙 雪`.)
  new RegExp(`^(?:\\p{Script=Han}{2,6}(?:·\\p{Script=Han}{2,4})?[\\s\\u3000]+)?${PAGE_CREDITS}$`, 'u'), // a page's credits: `本版责任编辑：赵英　美术编辑：周磊`, `责任编辑：郭璐|初审：李璐`, `编辑丨张军  审核丨黄倩`
  // A mobile edition's credit, its label in brackets, with the desk's number after it perhaps: `【编辑】邹雪阳　　新闻热线：0731-88889427`.
  new RegExp(
    `^[【[](?:${EDITOR}|美术编辑|美術編輯|美编|美編)[】\\]][\\s\\u3000]*[\\u4e00-\\u9fff·]{2,4}(?:[\\s\\u3000]+[\\u4e00-\\u9fff·]{2,4}){0,2}(?:[\\s\\u3000]+(?:新闻热线|新聞熱線|报料热线|報料熱線|热线|熱線|电话|電話)[：:]\\s*[0-9０-９\\-－— ()（）]{5,20})?$`,
    'u',
  ),
  // A mobile edition's line on how to subscribe or stop it by text message: `订阅：编辑短信KT发送到10658000，3元/月。退订请回复TD。`
  // (Labelled so, its colon right after the word: `订阅方式：…` in a story on the edition, `退订垃圾短信，回复TD…` are text.)
  /^(?:订阅|訂閱|退订|退訂)[：:].{0,40}(?:106[0-9]{5,}|回复\s*TD|回覆\s*TD).{0,30}$/u,
  // The same credits apart by spaces alone, as a word processor's page prints them (`责任编辑　刘洋　　版式　吴波`, `本版责任编辑　陈静`): each a name.
  // (One role alone only when it is an editor's title or under `本版`: `统筹　城乡发展`, `审核　更加严格` are headlines.)
  new RegExp(`^(?:本版${CREDIT}|${EDITOR_TITLE})${CREDIT_NAMES}$|^${CREDIT}${CREDIT_NAMES}(?:[\\s\\u3000]+${CREDIT}${CREDIT_NAMES})+$`, 'u'),
  /^(?:返回顶部|返回頂部|回到顶部|回到頂部|返回目录|返回目錄|上一篇|下一篇|上一期|下一期|上一版|下一版)(?:[\s\u3000|｜]+(?:返回顶部|返回頂部|返回目录|返回目錄|上一篇|下一篇|上一期|下一期|上一版|下一版))*$/u, // a page's own links
  /^[（(【[]\s*(?:完|全文完|本文完|待续|待續|未完待续|未完待續)\s*[）)】\]]$/u, // a story's end mark: `（完）`
  /^[A-Z][叠疊](?:[\s\u3000]+\p{Script=Han}{2,6})?$/u, // a stack of the issue's sheets, lettered as its pages are: `A叠`, `B疊　经济`
  // An e-mail edition's own lines: its link to itself on the web (`邮件显示不正常？点此查看网页版`), why the reader has it and how to stop it.
  /^(?:如果?)?(?:邮件|郵件|本邮件|本郵件)(?:显示不正常|顯示不正常|无法正常显示|無法正常顯示|显示有问题|顯示有問題)[？?，,。]?.{0,12}(?:网页版|網頁版|在线版|在線版|浏览器|瀏覽器)\S{0,6}$/u,
  /^您收到(?:这|這|此)封(?:邮件|郵件).{0,30}$/u,
  /^(?:如需|如要|若要)?(?:退订|退訂|取消订阅|取消訂閱)(?:本(?:邮件|郵件|刊))?(?:请|請)(?:点击|點擊|回复|回覆)[：:]?[\s\u3000]*\S{0,80}$/u,
  // An English page's editor's or translator's credit: `Editor: Zhang Wei`, `Translated by Li Ming` (names in capitals only).
  /^(?:Editors?:|Edited by|Translators?:|Translated by|Proofread by)[ \u3000]+[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}(?:(?:,[ ]*|[ ]+(?:and|&)[ ]+)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}){0,3}$/u,
  // The paper's own address at a page's or an edition's foot: `江城晚报社　地址：江城市解放大道1号` (a service story's `地址：…` is its text).
  /^\p{Script=Han}{2,12}(?:社|報社|报社)[\s\u3000]+(?:地址|社址)[：:]/u,
  // A story's closing credit, as small papers print it under the text: who sent it, in brackets (`（综合办　许诺）`, `（机电学院　林静）`,
  // `（通讯员　李明）`): a unit's name ending as units do, or a reporter's title, then a name (not a rubric, `（学思想　强党性）`).
  /^[（(](?:[\u4e00-\u9fff]{1,10}(?:办|辦|部|处|處|院|委|中心|公司|站|局|所|队|隊|科|室|会|會|组|組|厂|廠|车间|車間|校|系|馆|館|街道|社区|社區)|(?:本报|本報|特约|特約)?(?:记者|記者|通讯员|通訊員))[\s\u3000]+[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,4}){0,2}[）)]$/u,
  /^[-—–\s]*(?:END|End|end|完)[-—–\s]*$/u, // a post's end mark: `- END -`
  ...SOCIAL,
  // A weather box: a sky's words and a range of temperatures, each in degrees (`多云 18℃～24℃`, `今日天气｜阵雨 14℃～18℃`).
  // (The wind after them: `今日天气：多云转阵雨　22℃～31℃　东南风3级`.)
  /^(?:今日天气|今日天氣|天气预报|天氣預報|天气|天氣)?[｜|：:\s\u3000]*[晴阴陰多云雲转轉小中大阵陣雷暴雨雪雾霧霾沙尘塵冻凍风風级級到\s\u3000]{1,12}-?[0-9]{1,2}\s*(?:℃|°C)\s*[～~至/-]\s*-?[0-9]{1,2}\s*(?:℃|°C)(?:[\s\u3000]+[东南西北東偏]{1,3}[风風]\s*[0-9０-９]{1,2}(?:\s*[～~至到-]\s*[0-9０-９]{1,2})?\s*[级級])?$/u,
  // A picture's credit alone in brackets, as Singapore's and Malaysia's papers print it under the picture: who took it
  // (`（郑宏亮摄）`), or whose file it is (`（狮城早报档案照片）`, `（资料图）`, `（受访者供图）`).
  /^[（(](?:[\u4e00-\u9fff·]{2,4}[\s\u3000]*[摄攝]|[\u4e00-\u9fff]{0,10}(?:档案照片|檔案照片|资料照片|資料照片|档案图|檔案圖|资料图|資料圖|供图|供圖|图片提供|圖片提供|照片提供)|受访者供图|受訪者供圖)[）)]$/u,
  // A page's sponsor (`本版赞助：怡城集团有限公司`, `本版协办：…`), and the paper's own address and prices at an issue's
  // foot (`本报地址：北塬市文昌路88号　邮编：719000　广告热线：…　零售价：1.50元`).
  /^(?:本版|本刊)(?:赞助|贊助|协办|協辦|支持|鸣谢|鳴謝|冠名)\s*[：:]\s*[^，。！？]{2,30}$/u,
  /^(?:(?:本报|本報)(?:社址|地址)|社址)\s*[：:][^，。！？]{2,40}[\s\u3000]+(?:邮编|郵編|电话|電話|广告热线|廣告熱線|热线|熱線|零售价|零售價|定价|定價)\s*[：:]|^地址\s*[：:][^，。！？]{2,40}[\s\u3000]+(?:邮编|郵編)\s*[：:].*(?:零售价|零售價|定价|定價)\s*[：:]/u,
  // (And a box's or a chart's source, `数据来源：云桥市统计局`, `資料來源：統計處`.)
  /^(?:来源|來源|稿源|数据来源|數據來源|资料来源|資料來源|本文来源|本文來源|文章来源|文章來源|新闻来源|新聞來源|公众号|公眾號|微信公众号|微信公眾號)\s*[：:丨｜|]\s*[^\s，。：:]{2,24}(?:[\s\u3000]+[^\s：:]{1,6}[：:][^。！？：:]{1,30})*$/u, // a post's source: `来源：新华社客户端`, `本文来源：扬子晚报`, `来源：北京青年报　作者：本报记者 吴月辉`
  /^(?:原文链接|原文鏈接|本文链接|本文鏈接|原文地址|文章链接|文章鏈接|链接|鏈接|来源网址|來源網址|网址|網址)\s*[：:]\s*(?:https?:\/\/|www\.)\S+$/u, // the page's address
  // A document's page count, as a word processor or a document site prints it at each page's foot: `- 2 -`, `·2·`, `第 2 页 共 5 页`, `1 / 5`.
  PAGE_FOOT,
  /^第\s*[0-9]{1,4}\s*[页頁]\s*[，,/]?\s*共\s*[0-9]{1,4}\s*[页頁]$|^[0-9]{1,4}\s*[/／]\s*[0-9]{1,4}$/u,
  // A document site's own lines around a copied document (百度文库, 道客巴巴, 豆丁, 原创力文档).
  /^(?:百度文库|百度文庫|道客巴巴|豆丁网|豆丁網|原创力文档|原創力文檔|精品文档|精品文檔)$|下载文档到电脑|下載文檔到電腦|还剩\s*[0-9]+\s*页未读|還剩\s*[0-9]+\s*頁未讀|^本文档由用户上传|^本文檔由用戶上傳|^预览与源文档一致|^預覽與源文檔一致/u,
  // An address alone, or a site's name and its address at a page's foot (`www.jcrb.com.cn`, `滨海晚报数字报 epaper.bhwb.cn`).
  /^https?:\/\/\S+$|^(?:\p{Script=Han}{0,8}(?:网|網|报|報|客户端|客戶端)[\s\u3000]*)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|cn|net|org|gov|edu|hk|tw|mo|sg|my)(?:\.[a-z]{2})?(?:\/\S*)?$/iu,
  // A photograph's credit or caption under it (`本报记者 郑丽 摄`, `（新华社记者 李贺 摄）`, `图为……。 本报记者 郑丽 摄`), not a byline of the story.
  // A picture's place in text exported without it (`[图片 5]`, `[]`, `［图］`, pandoc's plain `[image]`) and its bare number (`图片 4`).
  /^[[［【]\s*(?:(?:图片|圖片|图|圖|照片|image|img|photo|picture|figure)\s*[0-9０-９]{0,3})?\s*[\]］】]$/iu,
  /^(?:图片|圖片|图|圖)\s*[0-9０-９]{1,3}$/u,
  /^[（(]?[^，。；！？]{1,30}(?<!文[\s\u3000/／∕]*)[\s\u3000/／∕]+[摄攝][）)]?$/u, // (`…　文/摄` is a byline, below)
  // A photograph's credit as small papers print it: `（图/刘洋）`, `（文/图　张建军）` in brackets, `图：新华社` (an unbracketed `文/图 记者 陈晨` is a byline).
  /^[（(]\s*(?:文\s*[/／]\s*)?(?:图|圖|图片|圖片|摄影|攝影)\s*[/／：:\s\u3000]\s*[^，。；！？()（）:：]{1,24}[）)]$|^(?:图|圖|图片|圖片|摄影|攝影)\s*[/／：:]\s*[^，。；！？()（）:：]{1,24}$/u,
  // A page's foot of contacts: `投稿邮箱：xb@djdx.edu.cn　编辑部电话：0752-1234567`, `新闻热线：…`.
  // An advertisement's line as a PDF's text gives it, a short line of names ending in the number to call or the address to write to
  // (`江城置业 滨江壹号 南向全景大三居 咨询热线：027-8888 6666`, `招聘启事 本报诚聘记者、编辑若干名 简历请投：hr@example.cn`).
  ADVERT_CONTACT_TEXT,
  /^(?:投稿|来稿|來稿)(?:邮箱|郵箱|信箱)\s*[：:][^。！？]*$|^(?:新闻热线|新聞熱線|报料热线|報料熱線|爆料热线|爆料熱線|编辑部电话|編輯部電話|电子邮箱|電子郵箱|邮编|郵編|E-?mail)\s*[：:][^。！？]*$/iu,
  // (Not a reporter who wrote and photographed the story, `记者　林小满　文/摄`: a byline.)
  /^[（(]?(?:本报|本報|新华社|新華社|中新社|记者|記者|特约|特約|通讯员|通訊員|摄影|攝影)[^，。；！？]{1,24}(?<![拍])(?<!文[\s\u3000/／∕·、并並]*)[摄攝][）)]?$/u,
  /^(?:图为|圖為|图：|圖：|上图|上圖|下图|下圖)[^\n]{0,120}[\s\u3000/／][摄攝][）)]?$/u,
  /^(?:url|link|href|permalink|source_?url|original_?url|canonical)\s*[：:]\s*(?:https?:\/\/|www\.)\S+$/iu, // a scraper's address field: `URL: https://…`
  // A scraper's stamp of when it fetched the page (`抓取时间：2024-05-07 08:00:01`, `crawl_time: 2024-04-23 08:07:01`), which dates no issue.
  new RegExp(`^(?:${RETRIEVAL_WORDS})(?:时间|時間|日期)\\s*[：:]\\s*[0-9０-９ :：\\-/.年月日T]+$`, 'u'),
  /^(?:crawl|fetch|scrape|retrieve|save|access|download|collect|archive)(?:d|ed)?(?:[_ ]?(?:time|at|on|date))?\s*[：:]\s*[0-9 :\-/.TZ+]+$/iu,
  // A note app's stamps of the note's own life (`Created at: 2024-04-11T10:13:33+08:00`, `Updated: March 9, 2024 10:11 AM`), and a record's
  // `timestamp:` (a wiki revision's, as a MediaWiki export's field is kept): the note's or the record's, not the paper's.
  /^(?:created|updated|modified|edited|clipped|imported|last[ _-]?edited|timestamp)(?:[_ ]?(?:time|at|on|date))?\s*[：:]\s*(?=[^：:]*[0-9])[0-9A-Za-z ,:\-/.TZ+]+$/iu,
  /^(?:source|site|site_?name|publisher|channel|category)\s*[：:]\s*[^\s，。：:]{2,24}$/iu, // a scraper's source field: `source: 央视网`
  /^#[^\s#]{1,20}(?:[\s\u3000]+#[^\s#]{1,20})+$/u, // a note app's tags, two or more: `#剪报 #经济`
  /^[【[](?:正文|正　文|内容|內容)[】\]]$|^(?:正文|內容)\s*[：:]$/u, // the label over a record's text: `【正文】`, `正文：`
  // A line of two or more credits apart, after the maker's name (`澧县融媒体中心　　责编：龚艳　　审核：沈娜　　时长：15′30″`).
  new RegExp(
    `^(?:\\p{Script=Han}{2,16}[\\s\\u3000]+)?(?:(?:${CREDIT}|时长|時長|主持人|主播|播出时间|播出時間)\\s*[：:]\\s*[^\\s\\u3000：]{1,12}[\\s\\u3000]*){2,}$`,
    'u',
  ),
  // A broadcast script's marks alone on their lines, over what is read and how (`【导语】`, `【口播】`, `【画外音】`): a script's labels, no heads.
  /^[【[](?:(?:主持人|主播|演播室)?(?:导语|導語|口播|串词|串詞|结束语|結束語)|画外音|畫外音|解说|解說|解说词|解說詞|编后|編後|编后语|編後語|出镜|出鏡|同期|同期声|同期聲|录音|錄音|录音报道|錄音報道|记者|記者|字幕|片尾)[】\]]$/u,
  /^(?:文章编号|文章編號|文档编号|文檔編號|文献编号|文獻編號|Document(?: ID)?)\s*[：:]\s*[[［]?[0-9A-Za-z_-]{4,}[\]］]?$/iu, // a database's record number
  new RegExp(`^${DOCUMENT_NUMBER_WORDS}$`, 'u'), // Factiva's document number: `文件 RMRB002020241113ek11300000`
  // A print-out's page footer with the service's rights, as a PDF of an export prints it inside a record's text (`Page 1 of 7 ©
  // 2024 Factiva, Inc. All rights reserved.`): the print-out's page, not the paper's.
  /^(?:Page|页|頁|第)\s*[0-9]{1,4}\s*(?:of|\/|／|[页頁]?\s*[，,]?\s*共)\s*[0-9]{1,4}\s*[页頁]?\s+(?:©|\([cC]\)|Copyright|版权所有|版權所有).{0,100}$/iu,
  /^(?:版权所有|版權所有|Copyright)\s*(?:©|\([cC]\)|（[cC]）)\s*[0-9]{4}/u, // a record's copyright line, as Factiva prints it: `版权所有 © 2024 人民日报。版权所有。`
  /^本文版权由.{2,20}所有[，,]?\s*(?:不得|未经|未經).{0,20}$/u, // a clipping service's copyright: `本文版权由南方都市报所有，不得擅自转载。`
  // A clipping service's notice on every record: `本內容之版權由相關傳媒機構 / 版權持有人擁有。除非獲得明確授權，否則嚴禁複製…`.
  /^本(?:内容|內容|文章|文)之?(?:版权|版權)由.{2,30}(?:所有|拥有|擁有)[。，,]?\s*(?:(?:除非|未经|未經|不得|严禁|嚴禁).{0,60})?$/u,
  // A site's notice against reposting, the whole line (`本網站之文字、圖片及影音，非經授權，不得轉載…`), not a report of one.
  /^(?:本网站|本網站|本站|本报|本報|本刊|本社)(?:之|的|所有)?[^。！？，,]{0,20}[，,]?\s*(?:非经授权|非經授權|未经授权|未經授權|未经许可|未經許可)[，,]?\s*(?:不得|禁止|严禁|嚴禁)(?:转载|轉載)[^。！？，,]{0,30}[。.]?$/u,
  /^(?:[(（]\s*[cC]\s*[)）]|©|Copyright)\s*.{0,60}(?:版权所有|版權所有|All rights reserved\.?)$/iu, // a record's copyright line
  /^[^，。！？]{0,30}(?:版权所有|版權所有)(?:$|[\s\u3000，,|｜·][^。！？]{0,80}$|[：:]\s*[^，。！？\s]{2,16}(?:社|报|報|集团|集團|公司|网|網|中心)(?:$|[\s\u3000][^。！？]{0,40}$))/u, // a site's copyright line: `光明网版权所有`, `运河日报社 版权所有 未经授权禁止转载`, with its licence and hotline after it
  /^(?:[^|｜\s0-9]{2,8}\s+\|\s+){4,}[^|｜\s0-9]{2,8}$/u, // a site's row of links saved as text, five or more: `关于我们 | 联系我们 | 法律声明 | 网站地图 | 网站声明`
  // Three or four, one of them a site's own page: `澄江日报社概况 | 关于澄江日报报系 | 法律声明`.
  /^(?=(?:.*[|｜]\s*)?(?:[^|｜\s]{0,10}(?:概况|概況)|关于我们|關於我們|关于本站|關於本站|关于[^|｜\s]{2,10}报系|關於[^|｜\s]{2,10}報系|法律声明|法律聲明|联系我们|聯繫我們|网站地图|網站地圖|隐私政策|隱私政策|广告服务|廣告服務)\s*(?:[|｜]|$))(?:[^|｜\s0-9]{2,12}\s*[|｜]\s*){2,3}[^|｜\s0-9]{2,12}$/u,
  POINTER,
  // A portal page's own controls, copied with its text: `【字号 大 中 小】 【打印本页】 【关闭窗口】`, `小字号`, `分享到：`, `分享让更多人看到`,
  // `举报`, a view count (`阅读 (90809)`), a link back (`返回搜狐，查看更多`).
  /^(?:[【[]?\s*(?:字号|字號|字体|字體)\s*[：:]?\s*(?:[【[]?\s*[大中小]\s*[】\]]?\s*)*[】\]]?|[【[]?\s*(?:大字号|中字号|小字号|大字號|中字號|小字號|打印本页|打印本頁|打印|关闭窗口|關閉窗口|关闭|關閉|分享到|分享让更多人看到|分享讓更多人看到|举报|舉報|纠错|糾錯|收藏本页|收藏本頁|加入收藏)\s*[：:]?\s*[】\]]?)(?:[\s\u3000|｜]*(?:[【[]?\s*(?:字号|字號|[大中小]|打印本页|打印本頁|打印|关闭窗口|關閉窗口|关闭|關閉|分享到|举报|舉報|纠错|糾錯|收藏本页|收藏本頁|加入收藏)\s*[：:]?\s*[】\]]?))*$/u,
  /^(?:阅读|閱讀|浏览|瀏覽|阅读量|閱讀量)\s*[（(:：]?\s*[0-9]+\s*[）)]?$/u,
  // A site's notice asking the reader's leave to keep cookies, with its button (`我們使用cookies來改善您的瀏覽體驗。繼續瀏覽即表示您同意我們的
  // 私隱政策。 我同意`, `We use cookies … Accept`): short, the site speaking of its own cookies (`我们使用`, `本网站使用`, `We use`) to
  // the reader, as no story on cookies does (`专家提醒，您…接受全部Cookie`).
  /^(?=.{0,200}$)(?=.*(?:(?:我们|我們|本网站|本網站|本站)(?:会|會|将|將)?(?:使用|采用|採用)[^，。]{0,6}cookies?|\b(?:we|this (?:web)?site) uses? cookies))(?=.*(?:同意|接受|隐私|隱私|私隱|私隐|accept|agree|consent|privacy)).*$/iu,
  // A script's field of an article left empty, as Python or JavaScript print it (`Published: None`, `Authors: null`): a label and
  // no value (a story's own `userName: null` is its text).
  /^(?:title|headline|published|publish(?:ed)? date|date|authors?|source|url|summary|description|keywords|tags|category|language|top image|image)\s*[:：]\s*(?:None|null|undefined|NaN|nil)$/iu,
  // An English interface's counts for the article, a library's or a portal's: `Words: 578 Views: 124`, `Views: 90`.
  /^(?:(?:words?|word count|views?|hits|reads|clicks)\s*[：:]\s*[0-9][0-9,]*[\s|｜·•]*){1,4}$/iu,
  // A digital library's notice over or under its OCR text, in English (`This text was automatically generated using Optical
  // Character Recognition software and may contain errors.`): the platform's, no word of the paper's. (As the platforms word
  // it: generated or uncorrected text that may hold errors; a translation's sentence on OCR is text.)
  /^(?=[^\p{Script=Han}]{0,400}$)(?=.*\b(?:optical character recognition|OCR)\b)(?=.*\b(?:(?:automatically|machine)[- ]generated|may (?:contain|include|have) (?:errors|mistakes|inaccuracies)|(?:has not been|have not been|not been|un)(?:corrected|checked|proofread))).*$/iu,
  /^返回(?:搜狐|网易|網易|新浪|首页|首頁)[，,\s]*(?:查看更多)?$/u,
  // A page's link for screen readers past its menu, copied with the page (`跳到主要内容`, `Skip to main content`).
  /^(?:跳到|跳至|跳转到|跳轉到|略过|略過)(?:主要|主)?(?:内容|內容|正文)$|^skip to (?:the )?(?:main )?content$/iu,
  // A portal's disclaimer under a reposted story: `特别声明：以上内容…仅代表作者本人…`, `声明：该文观点仅代表作者本人，搜狐号系信息发布平台…`.
  /^(?:特别|特別|免责|免責|平台)?(?:声明|聲明)\s*[：:].{0,300}(?:仅代表作者|僅代表作者|仅提供信息存储|僅提供信息存儲|信息发布平台|信息發布平台|不代表.{0,24}(?:观点|觀點|立场|立場))/u,
  /^(?:更多|查看更多).{0,24}(?:点击查看|點擊查看|请点击|請點擊)[。.！!]?$|^\S{2,10}(?:新闻|新聞)?(?:公众号|公眾號|客户端|客戶端)$/u, // a portal's promotion of its own account
  /^Notice\s*[：:].{0,300}(?:information storage|does not represent|views of the author)/iu,
  // The title the story had where it was first printed, as a portal's repost keeps it: `（原标题：…）`, `原标题：…`.
  /^[（(]?\s*(?:原标题|原標題|原题|原題)\s*[：:].{1,80}?[）)]?$/u,
  // A database's or a portal's label over the text (`全文：`, `正文：`, `【全文】`), alone on its line or split off it (`parse-body.ts`).
  BODY_LABEL_ALONE,
  /^[（(]?\s*(?:本日|今日|本期|本版|本组|本組)共\s*[0-9０-９一二三四五六七八九十百]+\s*[条條篇则則]\s*[）)]?$/u, // a count of the items
  // An e-paper's navigation around a page or an article: its lists' labels (`本版标题`, `版面导航`), the way to the page's PDF,
  // the neighbours (`上一版`, `下一篇`), the page it stands on with the way back (`当前版：A03 返回本版`).
  // (Its arrows around them, or none between: `< 上一版下一版 >`, `← 上一篇`.)
  new RegExp(`^[<‹«←\\s\\u3000]*${NAVIGATION}(?:[\\s\\u3000|｜<>‹›«»←→]*${NAVIGATION}){0,3}[\\s\\u3000>›»→]*$`, 'iu'),
  // (A toolbar copied as one line, two to eight of its words apart: `首页	往期回顾	版面导航	标题导航	PDF下载	登录`, `返回目录	放大 缩小 默认`.)
  new RegExp(`^${TOOLBAR}(?:[\\s\\u3000|｜]+${TOOLBAR}){1,7}$`, 'iu'),
  /^(?:当前版|當前版|当前版面|當前版面)\s*[：:]\s*\S{1,12}(?:[\s\u3000]+(?:返回本版|返回目录|返回目錄|上一版|下一版)){0,3}$/u,
  // A portal's pager under a story cut into pages: `上一页 1 2 下一页`.
  /^(?:(?:上一页|上一頁|首页|首頁)[\s\u3000]*)?(?:[0-9]{1,3}[\s\u3000]*)+(?:下一页|下一頁|尾页|尾頁)$|^(?:上一页|上一頁)[\s\u3000]*(?:[0-9]{1,3}[\s\u3000]*)+$/u,
  // A site's foot: its filing numbers (`粤ICP备09174648号`, `京公网安备 11000002000001号`), the call to read it on a phone (`扫一扫在手机打开当前页`),
  // the heading of its lists of other stories (`相关推荐`, `猜你喜欢`), its statement on copying (`版权声明：本文为江北日报原创…`).
  /^[^。！？]{0,80}(?:ICP[备備证證]\s*[0-9]{5,}[0-9A-Za-z-]*号?|(?:公网安备|公網安備)\s*[0-9]{8,}号?)[^。！？]{0,80}$/u,
  /^(?:扫一扫|掃一掃|手机扫码|手機掃碼|扫码|掃碼)(?:在手机|在手機|用手机|用手機)?(?:打开|打開|阅读|閱讀|浏览|瀏覽)?(?:当前页|當前頁|本页|本頁|本文)?$/u,
  // (Not `相关阅读`, `相关新闻`, `延伸阅读`: a page prints them over a related story, as its kicker.)
  /^(?:相关推荐|相關推薦|热点推荐|熱點推薦|猜你喜欢|猜你喜歡)[：:]?$/u,
  /^(?:版权声明|版權聲明)\s*[：:]\s*(?:本文|本篇|该文|該文|此文).{0,80}$/u, // a site's statement on this story, not a paper's notice on its works
  // A post's line of account and place under its title, its time not rendered in the saved page (`原创 海门晚报 海门晚报 发表于江苏`).
  /^(?:原创[\s\u3000]+)?(?:[^\s\u3000，。：:]{2,16}[\s\u3000]+){0,3}(?:发表于|發表於)\p{Script=Han}{2,4}$/u,
  // An app's banner over a shared story: `打开掌上雁城APP，阅读体验更佳 立即打开`.
  /^(?:打开|打開|下载|下載)[^，。]{1,16}(?:APP|App|app|客户端|客戶端)[，,\s\u3000]*(?:阅读体验更佳|閱讀體驗更佳|查看更多|看更多)?[\s\u3000]*(?:立即打开|立即打開)?$/u,
  // OCR's noise from a picture, a rule or a box on the scan: a few shapes, placeholders for what it could not read (`囗`),
  // strokes read as letters (`IIl`, `:l l`), and nothing else.
  // (Not a rating's stars, `★★★★☆`, nor placeholders for what could not be read, `囗囗囗`, `□□□□`: those are the text's.)
  /^(?=.*[■▲▼►◄●◆△▽◇▪▫丨])[\s\u3000■▲▼►◄●◆△▽○◇▪▫lI1丨|:：.·°一-]{1,12}$/u,
  /^(?=.*[l丨|])[lI1丨|:：.·\s]{2,8}$/u,
  /^一(?:[\s\u3000]+一)+[\s\u3000]*[·.]?$|^一一[\s\u3000]*[·.]$/u, // a rule read as dashes, spaced or ending in a dot: `一 一 ·` (`一一` is a poem's dash)
];

export function isStructureLine(text: string): boolean {
  // (A story's pager in any form a site prints it, `« 上一頁 | 下一頁 »`, `共5页: 上一页 1 2 3 4 5 下一页`: `rules/pager.ts`.)
  return STRUCTURE.some((pattern) => pattern.test(text.trim())) || isPostedLine(text) || readPager(text) !== undefined;
}

/**
 * A picture's caption closed by its photographer's credit (`9月1日，游客在南湖景区赏花。本报记者张海涛摄`, `…。　新华社记者 李贺 摄`).
 * Not furniture by itself (a photo story's text is its captions): a printed page's reader sets such a line apart
 * where its type is smaller than the body's (`formats/page-blocks.ts`).
 */
export function isPhotoCaption(text: string): boolean {
  return /^[^\n]{4,150}[。！？][\s\u3000]*[（(]?(?:本报|本報|新华社|新華社|中新社)?(?:记者|記者|通讯员|通訊員|特约记者|特約記者|摄影记者|攝影記者)[\s\u3000]*[\p{Script=Han}·]{2,4}(?:[\s\u3000、]+[\p{Script=Han}·]{2,4})?[\s\u3000]*[摄攝][）)]?$/u.test(
    text.trim(),
  );
}

/** Whether a line is an advertisement's line of contact (`ADVERT_CONTACT`). */
export function isAdvertContact(text: string): boolean {
  return ADVERT_CONTACT.test(text.trim());
}

/** A portal's line of who posted and when, relative to the save (`齐鲁晚报 3小时前 发布于山东`); a bare `今天 08:05` in a story's timeline is its text. */
function isPostedLine(text: string): boolean {
  const relative = matchRelativeTime(text);
  return relative !== undefined && !relative.alone;
}

/** A table of contents' heading: the numbered lines right under it (`1.标题；`) are its entries. */
export function isContentsHeading(text: string): boolean {
  // (Letter-spaced as a page sets a short heading, `目　　录`; or in brackets, `【今日导读】`.)
  const compact = text
    .trim()
    .replace(/^【(.+)】$/u, '$1')
    .replace(/(?<=\p{Script=Han})[\s\u3000]+(?=\p{Script=Han})/gu, '');
  return CONTENTS.some((pattern) => pattern.test(compact));
}
