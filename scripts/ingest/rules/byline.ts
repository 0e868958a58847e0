/**
 * Rule: bylines, on a line of their own (`本报记者　某某`, `文／某某`) or at
 * the start of a lead (`本报讯（记者 某某）`, `新华社北京3月7日电（记者 某某）`).
 *
 * A slash is `／`, `/`, or `∕`: Big5's fullwidth slash as the Encoding Standard decodes it (0xA241 → U+2215, as a
 * browser reads a Taiwanese page), `〔記者林怡君∕台南報導〕`.
 *
 * @example
 *   matchBylineLine('本报记者　张三 李四') // → '本报记者　张三 李四'
 *   matchLeadByline('本报讯（记者 张三）昨天…') // → '记者 张三'
 */
const BYLINE_LINE =
  /^(?:本报记者|本報記者|本刊记者|本刊記者|记者|記者|本报通讯员|本報通訊員|本刊通讯员|本刊通訊員|通讯员|通訊員|特约记者|特約記者|特派记者|特派記者|文[\s\u3000]?[／∕/丨|｜]|撰文|图[\s\u3000]?[／∕/丨|｜]|圖[\s\u3000]?[／∕/丨|｜]|(?:摄影|攝影)[\s\u3000]?[／∕/丨|｜]|本报评论员|本報評論員|特约评论员|特約評論員)[\s\u3000：:丨|｜]*\S.{0,40}$/u;
/**
 * A reporter's title after the outlet's name, then names, as newsrooms now
 * print them (`瓯江日报全媒体记者 赵杰明 通讯员 黄婷`, `湖北日报全媒记者 张真真`, `新华社记者 张三`,
 * `本报首席记者 李四`, a school paper's `学生记者　林静`, a name spaced out, `见习记者　韦　然`): the outlet ends as an outlet does (报, 社, 台, 网),
 * and a space parts the title from the names, so `外国记者眼中的中国` is none.
 */
const OUTLET_BYLINE =
  /^(?:[\u4e00-\u9fff]{1,10}(?:报|報|社|台|网|網))?(?:全媒体|全媒體|融媒体|融媒體|全媒|融媒|首席|见习|見習|实习|實習|特派|特约|特約|学生|學生|校园|校園|小|驻站|駐站|驻地|駐地|资深|資深)?(?:记者|記者)[\s\u3000]+(?:[\u4e00-\u9fff][\s\u3000]{1,2}[\u4e00-\u9fff]$|[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、]+(?:(?:通讯员|通訊員|记者|記者|实习生|實習生)[\s\u3000]*)?[\u4e00-\u9fff·]{2,4}){0,5}$)/u;
/**
 * The paper's own lead word, `本报讯` (`本報訊`; a newsletter's or a magazine's `本刊讯`), and as OCR reads it off an old page with 木 for 本 (`木报讯`), the
 * confusion of the two shapes every Chinese OCR engine makes; with the place or the day it was filed from between
 * (`本报济南讯`, `本报综合讯`, `本报5月19日讯`, `本报济南3月7日讯`, `本报北京3月5日电`).
 */
export const OWN_LEAD =
  '(?:本报讯|本報訊|本刊讯|本刊訊|木报讯|木報訊|(?:本报|本報)[\u4e00-\u9fff]{0,6}?(?:[0-9０-９一二三四五六七八九十]{1,4}月)?[0-9０-９一二三四五六七八九十]{1,3}日(?:讯|訊|电|電)|(?:本报|本報)(?!记者|記者)[\u4e00-\u9fff]{2,4}?(?:讯|訊))';

/** An editor's note opening an article's text, over its lead: `编者按：`, `【编者按】`, `编者的话：`, `编前：`. */
export const EDITOR_NOTE = /^[【[]?(?:编者按|編者按|编者的话|編者的話|编前|編前|编前语|編前語)[】\]：:]/u;

const LEAD_BYLINE = new RegExp(
  `^(?:[【[]?${OWN_LEAD}[】\\]]?|[【[]?[\\u4e00-\\u9fff]{2,8}?(?:报|報|网|網)(?:讯|訊)[】\\]]?|[\\u4e00-\\u9fff]{2,8}[0-9０-９一二三四五六七八九十]{0,4}月?[0-9０-９一二三四五六七八九十]{0,3}日?电|[\\u4e00-\\u9fff]{2,8}電)[（(]([^）)]{1,40})[）)]`,
  'u',
);
/**
 * Running text that opens with a reporter (`记者从国家林草局了解到，`,
 * `记者昨天在现场看到`): a preposition, a time word or a verb of reporting
 * after the label, where a byline has names.
 */
const REPORTER_CLAUSE =
  /^(?:本报记者|本報記者|记者|記者)[\s\u3000]*(?:从|從|在|于|於|近日|日前|昨天|昨日|今天|今日|当天|當天|获悉|獲悉|了解|瞭解|注意到|看到|发现|發現|走进|走進|来到|來到|跟随|跟隨|随|隨|对|對|向|采访|採訪|获知|獲知|探访|探訪|走访|走訪|体验|體驗|直击|直擊|实地|實地)/u;

/**
 * A line of reporters' names set apart from the label (`本报记者　于宏亮`, `记者 向思远 通讯员 王芳`): names, though the
 * first opens on a character a reporter's clause opens with (`于`, `向`, `从` are surnames too); running text puts no
 * space after `记者`.
 */
function isSpacedReporterList(text: string): boolean {
  const first = /^(?:本报|本報)?(?:记者|記者)[\s\u3000]+([\u4e00-\u9fff])[\u4e00-\u9fff·]{1,2}(?:[\s\u3000、]|$)/u.exec(text)?.[1];
  // (The first name opens on a surname, `于宏亮`, `向思远`: `记者　在现场`, `记者 对话` are a column's rubric.)
  return first !== undefined && (SURNAMES.has(first) || WORD_SURNAMES.has(first) || '从從於'.includes(first)) && REPORTER_LIST.test(text);
}

/**
 * A column named for the reporter (`记者手记`, `记者观察：…`, `记者调查`), printed
 * over or beside a headline: the words after 记者 are the column's, not names.
 */
const REPORTER_COLUMN =
  /^(?:本报|本報)?(?:记者|記者)(?:手记|手記|札记|札記|日记|日記|笔记|筆記|观察|觀察|调查|調查|来信|來信|连线|連線|探访|探訪|追踪|追蹤|体验|體驗|视角|視角|见闻|見聞|走基层|走基層|在现场|在現場|一线|一線|故事|感言|述评|述評)(?![\u4e00-\u4e27\u4e29-\u9fff])/u;

/**
 * A reporter's title run on into a feature's label, no space between: the line is the feature's label or subtitle
 * (`记者蹲点采访纪实`, `记者一线见闻`), not a byline; nor is a reporter's stay at a place (`本报记者蹲点调查`: 蹲点, no
 * surname). Names run together stay a byline (`本报记者王明张丽华报道`, `记者陈建宏高雄报道`).
 */
const RUN_ON_TITLE =
  /^(?:本报|本報)?(?:记者|記者|通讯员|通訊員)(?:蹲点|蹲點|[\u4e00-\u9fff]{0,4}(?:采访|採訪|纪实|紀實|手记|手記|见闻|見聞|札记|札記|探访|探訪|走访|走訪)$)/u;

/** A whole line that is a byline. Running text (ending like a sentence or a clause, a reporter's clause or column) is not. */
/**
 * A Taiwanese paper's byline: who, a slash, where from (`編譯許怡君／綜合報導`, `記者陳建宏／高雄報導`), the reporter's
 * title or the paper's name before the names (`中國時報 劉建宏／台中報導`, a site's copy).
 */
const SLASH_BYLINE =
  /^(?:(?:編譯|编译|記者|记者|特派記者|特派记者|特約記者|特约记者|實習記者|实习记者)|[\u4e00-\u9fff]{2,6}(?:報|报|社)[\s\u3000]+)[\u4e00-\u9fff·、]{2,12}[／∕/][\u4e00-\u9fff]{1,8}(?:報導|报导|報道|报道)$/u;

/**
 * A byline as Singapore's and Malaysia's papers print it, and many a site: the role, a colon, the names
 * (`报道：黄伟杰`, `文：陈美玲`, `报道：张慧敏　摄影：陈凯健`), or the names, a space, `报道` (`林方伟 报道`).
 */
const ROLE_BYLINE =
  /^(?:(?:报道|報道|報導|报导|撰文|文|摄影|攝影|图|圖)\s*[：:]\s*[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}(?:[\s\u3000]+|$))+$|^(?!.*(?:特别|特別|专题|專題|追踪|追蹤|深度|连续|連續|系列|现场|現場|两会|兩會|独家|獨家|综合|綜合|重点|重點|新闻|新聞|专访|專訪|全国|全國))[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、]+[\u4e00-\u9fff·]{2,4}){0,3}[\s\u3000]+(?:报道|報道|報導|报导)$/u;

/**
 * A report the paper's desk compiled, credited so under the headline (`本報綜合報導`, `本报综合外电报道`, `綜合外電報導`): the
 * desk's byline, no reporter named. Not `综合报道` alone, a column's name as often.
 */
const DESK_BYLINE = /^(?:(?:本报|本報|本刊)(?:综合|綜合)(?:外电|外電|外媒|各方|媒体|媒體)?|(?:综合|綜合)(?:外电|外電|外媒))(?:报道|報道|報導|报导|消息)$/u;

/** The box or bar small papers set before a byline (`□ 黄伟`): a mark, not the byline's words. */
export const BYLINE_MARK = /^[□■▌｜|◎]\s*/u;

/** The marks a supplement sets before its writer's name (`○田野`, `●林文`), beside a byline's: a mark, where the line is known a writer's (`verse.ts`). */
export const WRITER_MARK = /^[□■▌｜|◎○●◇]\s*/u;

/**
 * A reporter's title left alone on its line, its names on the next (`本报记者` / `赵敏`), as a PDF's text gives a byline set apart: a
 * full title (`本报记者`, `特约记者`), not a bare `记者` or `通讯员`, which a column's logo or a subhead may begin (`记者` / `观察`).
 */
export const BYLINE_TITLE_ALONE = /^(?:本报|本報|本刊|特约|特約|特派|实习|實習|首席|本报特约|本報特約|本刊特约|本刊特約)(?:记者|記者|通讯员|通訊員)$/u;

/** A whole line in one pair of brackets: what they hold. */
const BRACKETED_LINE = /^(?:【([^【】]+)】|〔([^〔〕]+)〕|[（(]([^（）()]+)[）)]|\[([^[\]]+)\])$/u;

/**
 * The surnames that begin nearly every Chinese name (the first hundred and more of the national counts cover nine people
 * in ten), Simplified and Traditional, and the compound ones still common: a bare name under a headline is told from a
 * word by them. A two-character name must begin with one of the most common that seldom begin a word (`王芳`, `李明`;
 * not `高考`, `金融`, `文化`, `方案`).
 */
const SURNAMES = new Set(
  Array.from(
    '王李张張刘劉陈陳杨楊赵趙黄黃周吴吳徐孙孫胡朱林何郭马馬罗羅梁宋郑鄭谢謝韩韓唐冯馮董萧蕭曹袁邓鄧许許傅沈曾彭吕呂苏蘇卢盧蒋蔣蔡贾賈丁魏薛叶葉阎閻余潘杜戴钟鍾汪姜范姚谭譚廖邹鄒熊陆陸郝崔邱秦顾顧侯邵孟钱錢汤湯尹黎乔喬贺賀赖賴龚龔庞龐樊殷施陶洪翟颜顏倪严嚴温溫俞鲁魯葛韦韋聂聶柳邢岳齐齊庄莊祝詹纪紀欧歐裴鲍鮑闫骆駱栗蔺藺苟付巩鞏窦竇缪繆邬鄔闵閔谌諶佟邰庾逯晁綦',
  ),
);
/** Surnames that also begin many words: a name of three characters or more only (`高峰` is no byline; `高建国` is). */
const WORD_SURNAMES = new Set(
  Array.from(
    '高于程任田方石金白江常文万萬武史易段雷毛康孔安夏龙龍兰蘭习習麦麥芦蘆粟蒲揭单單薄杭鞠茅敖厉厲占农農门門贝貝满滿伏戈季章伍申尤毕畢焦向路梅莫辛管左涂谷祁时時舒耿牟卜关關苗凌费費靳盛童甄项項曲成游阳陽席卫衛查屈覃霍翁隋甘景包司柏宁寧柯阮桂解强強柴华華车車冉房边邊吉饶饒戚丘古池滕晋晉苑臧宫宮来來全褚廉简簡娄婁盖蓋符穆党燕郎冀谈談姬连連晏郁商蒙喻冷卓艾蓝藍仲乐樂虞卞封宗应應巫桑荆荊沙岑',
  ),
);
const COMPOUND_SURNAMES = [
  '欧阳',
  '歐陽',
  '司马',
  '司馬',
  '诸葛',
  '諸葛',
  '上官',
  '东方',
  '東方',
  '皇甫',
  '尉迟',
  '尉遲',
  '令狐',
  '公孙',
  '公孫',
  '慕容',
  '司徒',
  '夏侯',
  '端木',
  '长孙',
  '長孫',
  '宇文',
  '轩辕',
  '軒轅',
];

/** The offices a statesman's or an official's signed piece prints before the name, the last word of the line's offices. */
const OFFICE_END =
  /(?:总书记|總書記|主席|总理|總理|委员长|委員長|总统|總統|首相|部长|部長|大使|特使|总领事|總領事|书记|書記|省长|省長|市长|市長|县长|縣長|秘书长|秘書長|行政长官|行政長官|院长|院長|主任|会长|會長)$/u;

/**
 * A line that is a signed piece's author by office and name (`中华人民共和国主席 习近平`, `中共中央总书记、国家主席江泽民`,
 * `中国驻美国大使谢锋`), as a speech or an article signed by an official prints it under the title: offices ending on an
 * office's word, then one name (a space between them or none). No verb, no other word.
 */
export function isOfficeAndName(text: string): boolean {
  if (Array.from(text).length > 40 || !/^[\p{Script=Han}、\s\u3000·]+$/u.test(text)) return false;
  const spaced = /^(.+?)[\s\u3000]+(\S+)$/u.exec(text);
  if (spaced) return OFFICE_END.test(spaced[1]!.replace(/[\s\u3000]+/gu, '')) && isBareNames(spaced[2]!);
  // (Run together, `国家主席江泽民`: the name is what follows the last office's word.)
  const chars = Array.from(text);
  for (const length of [3, 2, 4]) {
    const offices = chars.slice(0, -length).join('');
    if (offices !== '' && OFFICE_END.test(offices) && isBareNames(chars.slice(-length).join(''))) return true;
  }
  return false;
}

/** The last word of a writer's place before the name: a school's year and subject, a degree, a job (`2022级`, `专业`, `研究生`, `研究员`, `董事长`). */
const AFFILIATION_END =
  /(?:级|級|专业|專業|学院|學院|研究生|本科生|博士生|硕士生|碩士生|学生|學生|教师|教師|老师|老師|研究员|研究員|教授|医师|醫師|护士|護士|职工|職工|员工|員工|董事长|董事長|总经理|總經理|经理|經理|工程师|工程師|主任|书记|書記|院长|院長|校长|校長|馆长|館長|所长|所長|班长|班長|队长|隊長)$/u;

/** A writer's place in brackets after the name: a school, a year, a unit (`（化学工程学院2021级）`, `（市第一中学）`). */
const AFFILIATION_IN_BRACKETS = /(?:学院|學院|大学|大學|中学|中學|小学|小學|级|級|医院|醫院|公司|研究所|中心|局|社区|社區|村)/u;

/**
 * A writer signed by place and name, as campus, company and hospital papers print a contributor under the title
 * (`文学院2022级汉语言文学专业　孙雨桐`, `集团党委书记、董事长　罗振华`, `周婉清（化学工程学院2021级）`): the place, ending on a
 * year, a subject, a degree or a job, a space, then one name — or the name and the place in brackets. No verb, no
 * sentence. Or, for a writer abroad, the country in brackets and the name (`〔加拿大〕黄美仪`).
 */
export function isAffiliationAndName(text: string): boolean {
  const trimmed = text.trim();
  if (Array.from(trimmed).length > 40 || /[，。！？；：:]/u.test(trimmed)) return false;
  const spaced = /^([\p{Script=Han}0-9０-９、·]{2,34})[\s\u3000]+(\S+)$/u.exec(trimmed);
  if (spaced) return AFFILIATION_END.test(spaced[1]!) && isBareNames(spaced[2]!);
  const bracketed = /^(\S{2,4})[\s\u3000]*[（(]([^（）()]{2,30})[）)]$/u.exec(trimmed);
  if (bracketed !== null) return isBareNames(bracketed[1]!) && AFFILIATION_IN_BRACKETS.test(bracketed[2]!);
  // (A writer abroad, the country first in brackets, `〔加拿大〕黄美仪`, `［美］马克·吐温`, as books and papers credit one.)
  const abroad = /^[〔［[（(]\p{Script=Han}{1,5}[〕］\]）)][\s\u3000]*(\p{Script=Han}[\p{Script=Han}·]{1,11})$/u.exec(trimmed);
  return abroad !== null && (isBareNames(abroad[1]!) || abroad[1]!.includes('·'));
}

/**
 * Credits by what each did, with a colon, as Hong Kong's papers print them under a feature's head
 * (`文：記者鄧詠詩　圖：記者黃偉文`, `文：李明`): each a role, a reporter's title perhaps, and a name — no caption (`圖：改造後的…。`).
 */
const ROLE_COLON_CREDIT =
  '(?:文|图|圖|摄影|攝影|撰文)[：:][\\s\\u3000]*(?:(?:本报|本報)?(?:记者|記者|通讯员|通訊員)[\\s\\u3000]*)?[\\u4e00-\\u9fff·]{2,4}(?:[、][\\u4e00-\\u9fff·]{2,4})*';
const COLON_CREDITS = new RegExp(`^${ROLE_COLON_CREDIT}(?:[\\s\\u3000]+${ROLE_COLON_CREDIT})*$`, 'u');

/** The paper's or an outlet's commentator alone under a commentary's title (`本报评论员`, `新华社评论员`): its byline. */
const COMMENTATOR = /^(?:本报|本報|特约|特約|(?:(?![到成为為做当當是])[\u4e00-\u9fff]){1,6}(?:报|報|社))(?:评论员|評論員)$/u;

/**
 * Names where only names stand (in a closing credit's brackets, after a byline's box): bare names, or one name of two
 * characters spaced to the width of three (`刘　畅`, `叶 舟`). Elsewhere two spaced characters are as often a rubric
 * letter-spaced (`时　评`, `关　注`).
 */
export function isCreditNames(text: string): boolean {
  const parts = text.split(/[\s\u3000]+/u);
  // (Two such names, `丁　宁　卫　青`: four characters apart, read in pairs.)
  if (parts.length === 4 && parts.every((part) => /^\p{Script=Han}$/u.test(part))) return isBareNames(`${parts[0]}${parts[1]} ${parts[2]}${parts[3]}`);
  return isBareNames(SPACED_NAME.test(text) ? text.replace(/[\s\u3000]+/gu, '') : text);
}

/**
 * A line that is only one to three personal names (`叶伟强`, `沈泽玮 林展宏`, `欧阳华`): each two to four characters, the
 * first one or two a surname. A site prints its byline so under the headline (联合早报's linked name); a word of the
 * same length (`要闻`, `快讯`, `两会`, `高考`) is none.
 */
export function isBareNames(text: string): boolean {
  const names = text.split(/[\s\u3000、]+/u);
  return (
    names.length <= 3 &&
    names.every((name) => {
      const chars = Array.from(name);
      if (chars.length < 2 || chars.length > 4 || !/^\p{Script=Han}+$/u.test(name)) return false;
      if (COMPOUND_SURNAMES.some((surname) => name.startsWith(surname))) return chars.length >= 3;
      if (chars.length > 3) return false;
      return SURNAMES.has(chars[0]!) || (WORD_SURNAMES.has(chars[0]!) && chars.length === 3);
    })
  );
}

/** Two characters with one or two spaces between them, the whole text: one name spaced out. */
const SPACED_NAME = /^\p{Script=Han}[ \u3000]{1,2}\p{Script=Han}$/u;

/** A byline's names alone on a line: one to four names of two to four characters. */
export const BYLINE_NAMES = /^[\p{Script=Han}·]{2,4}(?:[\s\u3000、]+[\p{Script=Han}·]{2,4}){0,3}$/u;

/**
 * A byline after a box or a bar, as small papers mark it (`□ 本报通讯员　王浩怡`, `■ 黄伟`, `□文/李娜`, `□ 黄伟 王芳`, a name
 * spaced out, `□ 叶 舟`, `◎　何　言`): without the box, a byline or names — `■ 图片新闻`, `□ 时评` are bulleted heads.
 */
export function isBoxedByline(text: string): boolean {
  const unboxed = text.replace(BYLINE_MARK, '');
  if (unboxed === text) return false;
  if (matchBylineLine(unboxed) !== undefined) return true;
  // (After ◎, which bullets a subhead as often, `◎ 严监管`, names only spaced out as a name is: `◎　何　言`.)
  return text.startsWith('◎') ? SPACED_NAME.test(unboxed) && isCreditNames(unboxed) : isCreditNames(unboxed);
}

export function matchBylineLine(text: string): string | undefined {
  // A byline alone on its line in brackets, as some papers set it under the headline (`【記者 李志偉】`, `（记者 张三 通讯员 李四）`,
  // `〔本报记者 王芳〕`): the line as printed, when what the brackets hold is a byline.
  const bracketed = BRACKETED_LINE.exec(text);
  // (Its names set apart from the title, by a space, a colon or a slash: `【记者暗访】`, `（记者再探）` are a column's rubric.)
  const inner = bracketed ? (bracketed[1] ?? bracketed[2] ?? bracketed[3] ?? bracketed[4] ?? '').trim() : undefined;
  if (inner !== undefined) return /[\s\u3000：:／∕/]/u.test(inner) && matchBylineLine(inner) !== undefined ? text : undefined;
  if (/[。！？，、；：,;]$/u.test(text) || (REPORTER_CLAUSE.test(text) && !isSpacedReporterList(text)) || REPORTER_COLUMN.test(text)) return undefined;
  if (RUN_ON_TITLE.test(text)) return undefined;
  return BYLINE_LINE.test(text) ||
    COMMENTATOR.test(text) ||
    COLON_CREDITS.test(text) ||
    OUTLET_BYLINE.test(text) ||
    SLASH_BYLINE.test(text) ||
    isBoxedByline(text) ||
    ROLE_BYLINE.test(text) ||
    DESK_BYLINE.test(text) ||
    ENGLISH_BYLINE.test(text)
    ? text
    : undefined;
}

// (A headline's words in capitals, `By The Numbers`, are no names: no article or preposition among them.)
const ENGLISH_WORD = '(?!(?:The|A|An|Of|In|On|At|For|And|To|With)\\b)[A-Z][a-z]+';
const ENGLISH_NAME = `${ENGLISH_WORD}(?:[ -]${ENGLISH_WORD}){1,2}`;

/**
 * A bilingual page's English byline: `By Li Ming and Wang Fang`, `Reporter: Li Ming`, `Written by Zhang Wei` — the label,
 * then names in capitals (two or three words each, `and`, `&` or a comma between), nothing else.
 */
const ENGLISH_BYLINE = new RegExp(
  `^(?:By|BY|Reporters?:|Reported by|Written by|Text by|Photo by)[ \\u3000]+${ENGLISH_NAME}(?:(?:,[ ]*|[ ]+(?:and|&)[ ]+)${ENGLISH_NAME}){0,3}$`,
  'u',
);

/**
 * The opening of a news lead: `本报讯` (or `【本報訊】`), `新华社北京3月7日电`, `本报记者 某某 报道`,
 * `据新华社报道`, with or without the brackets that name the reporter.
 */
const LEAD = new RegExp(
  [
    `^(?:[◎●○]\\s*)?[【\\[]?(?:${OWN_LEAD}|本刊讯|本刊訊|本台消息)[】\\]]?`,
    // A paper's own lead word naming it, no brackets, as mainland papers print it: `羊城晚报讯 记者张豪报道：`, `新京报讯（记者 张三）`, `中国青年网讯`.
    // (Not `讯息`, `讯号`, words of their own.)
    '^[\\u4e00-\\u9fff]{2,8}?(?:报|報|网|網)(?:讯|訊)(?![息号號])(?=[\\s\\u3000（(【]|[\\u4e00-\\u9fff])',
    '^[\\u4e00-\\u9fff]{2,10}(?:社|网|網|台|报|報)[\\u4e00-\\u9fff]{0,6}[0-9０-９一二三四五六七八九十]{0,4}月?[0-9０-９一二三四五六七八九十]{0,3}日?(?:电|電)',
    '^(?:本报|本報)?(?:记者|記者)[\\s\\u3000]*[\\u4e00-\\u9fff·]{2,4}(?:[\\s\\u3000、]+[\\u4e00-\\u9fff·]{2,4})*[\\s\\u3000]*(?:报道|報道|報導|报导)',
    '^[据據][\\u4e00-\\u9fff]{2,12}(?:报道|報道|報導|消息)',
    // A paper's own tag before the text, naming the paper (not `【深度报道】`, `【最新消息】`), as Hong Kong, Macau, Singapore and Malaysian papers print it:
    // `【明報專訊】`, `【本報消息】`, `（早报讯）`, `（星島日報報道）`, `（綜合報道）`, `（吉隆坡8日讯）`, `（新加坡3日综合电）` — with text after it on the line.
    '^[【〔\\[（(](?:本[报報刊台网網]|[\\u4e00-\\u9fff]{1,8}?(?:[报報网網台社]|早报|早報|晚报|晚報))(?:專訊|专讯|消息|訊|讯|報道|报道|報導|报导)[】〕\\]）)](?=\\S)',
    '^[（(](?:综合|綜合)(?:报道|報道|報導|报导|外电|外電)[）)](?=\\S)',
    // A wire's or a paper's dateline in brackets before the text, as older papers printed it: `【中央社南京八日電】`, `【路透社八日倫敦電】`,
    // `〔本報北平九日專電〕`, `【本報特訊】`, `【專電】` (not a rubric, `【新华社记者专访】`, `【人民日报评论】`: it ends on the telegram or the report).
    // (Between the outlet and the telegram only a place and a day, `南京八日`, `八日倫敦`: `【出版社资讯】`, `【电台快讯】` are rubrics.)
    '^[【〔\\[（(](?:[\\u4e00-\\u9fff]{1,10}(?:社|报|報|台)(?:[\\u4e00-\\u9fff]{0,6}?[0-9０-９一二三四五六七八九十廿卅]{1,3}日[\\u4e00-\\u9fff]{0,6}?|[\\u4e00-\\u9fff]{2,4}?)?(?:專電|专电|電訊|电讯|特訊|特讯|專訊|专讯|電|电)|[專专][電电]|特[訊讯])[】〕\\]）)](?=\\S)',
    '^[（(][\\u4e00-\\u9fff]{1,8}[0-9０-９一二三四五六七八九十]{1,3}日(?:综合|綜合)?(?:讯|訊|电|電)[）)](?=\\S)',
    // An old paper's telegram lead after its mark, no brackets: `◎天津專電○日前、…`, `●本報南京專電　…` (a place, the telegram, a stop).
    '^[◎●○]\\s*(?:本[报報])?[\\u4e00-\\u9fff]{2,6}?(?:(?:專電|专电|特訊|特讯)[○◎。，、\\s\\u3000]|(?:電|电)[○◎])',
    // A site's or station's own news: `央视网消息（新闻联播）：`, `人民网北京3月8日消息`, `本台消息`.
    '^[\\u4e00-\\u9fff]{1,10}(?:网|網|台|社|报|報|客户端|客戶端)[\\u4e00-\\u9fff]{0,4}(?:[0-9０-９一二三四五六七八九十]{1,4}月[0-9０-９一二三四五六七八九十]{1,3}日)?消息(?:[（(][^）)]{1,12}[）)])?[：:，,]',
  ].join('|'),
  'u',
);

/** `记者：张三 李四`, `本报记者 张三`: a line that only names reporters. */
const REPORTER_LIST =
  /^(?:本报|本報|本刊)?(?:记者|記者|通讯员|通訊員)[\s\u3000：:]*[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、，,]+(?:(?:记者|記者|通讯员|通訊員)[\s\u3000：:]*)?[\u4e00-\u9fff·]{2,4}){0,5}$/u;

export function isReporterList(text: string): boolean {
  return REPORTER_LIST.test(text);
}

export function isLead(text: string): boolean {
  return LEAD.test(text);
}

/**
 * A lead that opens on its byline in brackets, as Taiwan's papers print it:
 * reporter, a slash, where from (`〔記者廖家豪／台北報導〕`, `【記者許佩珊／高雄報導】`,
 * `〔編譯蔡怡君／綜合報導〕`).
 */
const BRACKETED_BYLINE =
  /^[〔【[]((?:記者|记者|編譯|编译|特派員|特派员|特派記者|特派记者|實習記者|实习记者|特約記者|特约记者)[^〔〕【】[\]／∕/]{1,30}[／∕/][^〔〕【】[\]]{1,12})[〕】\]]/u;

/**
 * A wire lead's credit in brackets, as Taiwan's Central News Agency prints it:
 * agency, reporter, place and day, `電` (`（中央社記者陳家倫台北25日電）`,
 * `（中央社記者黃自強華盛頓24日專電）`). The whole credit is the byline: the
 * reporter's name and the place run together and cannot be told apart.
 */
const AGENCY_CREDIT =
  /^[（(]((?:中央社|中通社)(?:記者|记者|特派員|特派员)[\u4e00-\u9fff·]{2,16}?[0-9０-９一二三四五六七八九十]{1,3}日(?:專電|专电|電|电))[）)]/u;

/**
 * A lead that opens on Taiwan's credit: the reporter and where from in brackets (`〔記者廖家豪／台北報導〕`), or on a
 * line of its own (`記者許俊偉／台北報導`), or the Central News Agency's (`（中央社記者陳家倫台北25日電）`). Taiwan's papers print their heads as headline over
 * subtitle (主標, 副標), almost never under a kicker.
 */
export function opensWithTaiwanCredit(text: string): boolean {
  return BRACKETED_BYLINE.test(text) || AGENCY_CREDIT.test(text) || TAIWAN_BYLINE_LINE.test(text);
}

/** Taiwan's byline on a line of its own, as 聯合報 sets it under the head: `記者許俊偉／台北報導`. */
const TAIWAN_BYLINE_LINE = /^(?:記者|记者|編譯|编译|特派員|特派员)[^〔〕【】[\]／∕/]{1,30}[／∕/][\u4e00-\u9fff]{1,10}(?:報導|报导)$/u;

/**
 * A lead's credit after the paper's own tag, no brackets round the reporter, as mainland evening papers and Hong Kong's
 * print it: `羊城晚报讯 记者张豪报道：`, `【大公報訊】記者黃山報道：`, `本报讯 记者 王芳 李明 报道：`.
 */
const PAPER_TAG = '^[【〔[]?[\\u4e00-\\u9fff]{1,10}?(?:讯|訊)[】〕\\]]?[\\s\\u3000]*';
const REPORTED_CREDIT = new RegExp(
  `${PAPER_TAG}((?:本报|本報)?(?:记者|記者)[\\s\\u3000]*[\\u4e00-\\u9fff·]{2,4}?(?:[\\s\\u3000、]+[\\u4e00-\\u9fff·]{2,4}?){0,3})[\\s\\u3000]*(?:报道|報道|報導|报导)[：:]`,
  'u',
);

/** The same credit with where the reporter filed from run on after the name (`記者李穎廣州報道：`, `记者王芳北京报道：`). */
const REPORTED_FROM = new RegExp(`${PAPER_TAG}((?:本报|本報)?(?:记者|記者))[\\s\\u3000]*([\\u4e00-\\u9fff·]{4,7})(?:报道|報道|報導|报导)[：:]`, 'u');

/** `記者李穎` of `記者李穎廣州報道：`: a name (two or three characters, `isBareNames`), a place of two to four after it. */
function reportedFrom(text: string): string | undefined {
  const found = REPORTED_FROM.exec(text);
  if (!found) return undefined;
  const chars = Array.from(found[2]!);
  // (Only where one cut alone leaves a name and a place: `张华哈尔滨` may be 张华 of 哈尔滨 or 张华哈 of 尔滨, and says neither.)
  const lengths = [3, 2].filter((size) => chars.length - size >= 2 && chars.length - size <= 4 && isBareNames(chars.slice(0, size).join('')));
  return lengths.length !== 1 || isBareNames(found[2]!) ? undefined : `${found[1]!}${chars.slice(0, lengths[0]).join('')}`;
}

/**
 * A byline in the paper's own lead with no brackets, as evening and metro papers print it, the names apart by spaces and
 * the text after another (`本报讯　记者　赵明　通讯员　钱警宣　“阿姨，…`, `扬子晚报讯 记者 徐倩 昨天…`).
 */
const LEAD_NAME = '(?:(?!报道|報道|報導|报导)[\\u4e00-\\u9fff·]){2,4}';
const SPACED_LEAD_BYLINE = new RegExp(
  `^(?:[【[]?${OWN_LEAD}[】\\]]?|[\\u4e00-\\u9fff]{2,8}?(?:报|報)(?:讯|訊))[\\s\\u3000]+((?:本报|本報)?(?:记者|記者|通讯员|通訊員|实习生|實習生)[\\s\\u3000]*${LEAD_NAME}(?:[\\s\\u3000、]+(?:(?:记者|記者|通讯员|通訊員|实习生|實習生)[\\s\\u3000]*)?${LEAD_NAME}){0,5})(?:报道|報道|報導|报导)?[：:]?[\\s\\u3000]+(?=\\S)`,
  'u',
);

/** The byline inside the opening brackets of a lead paragraph, or in its credit after the paper's tag. */
export function matchLeadByline(text: string): string | undefined {
  return (
    (LEAD_BYLINE.exec(text) ?? BRACKETED_BYLINE.exec(text) ?? AGENCY_CREDIT.exec(text))?.[1]?.trim() ??
    reportedFrom(text) ??
    (REPORTED_CREDIT.exec(text) ?? SPACED_LEAD_BYLINE.exec(text))?.[1]?.trim()
  );
}

/** Whether a line opens a news lead, by its wording (`本报讯`, `记者 某某 报道`) or by the byline in its brackets (`新华社北京3月7日电（记者 某某）`). */
export function opensWithLead(text: string): boolean {
  return isLead(text) || matchLeadByline(text) !== undefined;
}

/** Names of reporters (`张三 李四`), perhaps with more of a clipping's credits after them (`　版面：第2版`, `　摄影：李四`). */
const REPORTER_NAMES =
  /^[\u4e00-\u9fff·]{2,4}(?:[\s\u3000、，,]+[\u4e00-\u9fff·]{2,4}){0,5}(?:[\s\u3000]+(?:版面|版次|来源|來源|日期|编辑|編輯|责编|責編|摄影|攝影|摄像|攝像|剪辑|剪輯|通讯员|通訊員|实习生|實習生)[：:].*)?$/u;

/**
 * Whether the text after `记者：` names reporters, as a byline does
 * (`记者：张三 李四`, `记者：黄丽萍　版面：第2版`), rather than asking a question.
 */
export function namesReporters(rest: string): boolean {
  return REPORTER_NAMES.test(rest.trim());
}

/**
 * A byline printed at the end of a story, on its last line, as papers in
 * Singapore and Malaysia and many features do: `许翔宇 报道`,
 * `（本报记者 张三）`, `（记者 张三 李四）`. The names (with their title when
 * bracketed); the line stays in the text as printed.
 */
/** A reporter's name in a closing credit: two to four characters, or two spaced to the width of three (`唐　宁`). */
const CREDIT_NAME = '(?:[\\u4e00-\\u9fff][\\s\\u3000]{1,2}[\\u4e00-\\u9fff](?![\\u4e00-\\u9fff·])|[\\u4e00-\\u9fff·]{2,4})';
/** One to four names. */
const CREDIT_NAMES = `${CREDIT_NAME}(?:[\\s\\u3000、]+${CREDIT_NAME}){0,3}`;

const CLOSING_BYLINE = [
  new RegExp(`^(${CREDIT_NAMES})[\\s\\u3000]*(?:报道|報道|報導|报导)$`, 'u'),
  // (An outlet's reporter, as a broadcast closes a report: `（澧水之声记者 郝桂 报道）`.)
  new RegExp(`^[（(]([\\u4e00-\\u9fff]{2,8}?(?:记者|記者)[\\s\\u3000]*${CREDIT_NAMES})[\\s\\u3000]*(?:报道|報道|報導)[）)]$`, 'u'),
  // (With where the reporter is posted or who sent them: `（本报驻外记者 何思远）`, `（新华社记者 张三）`; `（记者　唐　宁）`.)
  new RegExp(`^[（(]((?:[\\u4e00-\\u9fff]{1,6}?)?(?:记者|記者|通讯员|通訊員)[\\s\\u3000]*${CREDIT_NAMES})[）)]$`, 'u'),
];

/**
 * A credit closing a story's last paragraph, after its last sentence, as
 * small papers and Hong Kong's print a short story's byline
 * (`…提前预约座位。（刘　畅）`, `…才能持久。（李穎）`, `…的顾虑。（本报驻外记者　何思远）`):
 * the names as `matchClosingByline` reads them, or bare names (a name spaced
 * to two characters' width, `刘　畅`, read as one). Not a note in brackets
 * (`（完）`, `（图片由受访者提供）`, `（张三系某某大学教授）`), nor a quotation's
 * author after its closing mark (`…千里共婵娟。”（苏轼）`).
 */
const TRAILING_CREDIT = /[。！？!?…]\s*([（(][^（）()]{2,24}[）)])\s*$/u;

export function matchTrailingCredit(text: string): string | undefined {
  const credit = TRAILING_CREDIT.exec(text)?.[1];
  if (credit === undefined) return undefined;
  const closing = matchClosingByline(credit);
  if (closing) return closing;
  const inner = credit.slice(1, -1).trim();
  return isCreditNames(inner) ? inner : undefined;
}

/**
 * A reader's letter signed as a letters column prints it, with or without brackets: who writes in (`读者`, `市民`,
 * `网友`, `家长`…), then a surname and a courtesy title (`讀者　林先生`, `（市民王女士）`) or, set apart, a name
 * (`读者　张　明`). The signature without its brackets. Not a column's name (`读者来信`, `市民热线`: no name).
 */
const LETTER_SIGNATURE =
  /^[（(]?((?:读者|讀者|市民|网友|網友|居民|听众|聽眾|观众|觀眾|家长|家長|患者|游客|遊客|村民|业主|業主)(?:[\s\u3000]*(\p{Script=Han}{1,2}(?:先生|女士|小姐|同学|同學|老师|老師|师傅|師傅|阿姨|大爷|大爺))|[\s\u3000]+(\p{Script=Han}[\p{Script=Han}\s\u3000·]{1,5})))[）)]?$/u;

export function matchLetterSignature(text: string): string | undefined {
  const found = LETTER_SIGNATURE.exec(text.trim());
  if (!found) return undefined;
  return found[2] !== undefined || isCreditNames(found[3]!.trim()) ? found[1] : undefined;
}

/**
 * A note on the author closing a column or a review, on a line of its own (`（作者系北湖师范学院文学院教授）`, `（作者为本报
 * 特约评论员）`, `(作者單位：…)`): the piece's last line, kept in its text as printed.
 */
const AUTHOR_NOTE = /^[（(]\s*(?:作者|本文作者)\s*(?:系|为|為|是|单位|單位)[：:]?[^（）()]{2,40}[）)]$/u;

export function isAuthorNote(text: string): boolean {
  return AUTHOR_NOTE.test(text.trim());
}

/** A photographer's credit with its label first (`摄影｜本报记者 郝帅`, `攝影／記者 林志明`), as a photo story closes on it. */
const LABELLED_PHOTO_CREDIT = /^(?:摄影|攝影)\s*[｜|丨/／∕：:]\s*\S.{0,24}$/u;

/**
 * A line that closes a story when it stands alone: its byline (`matchClosingByline`), a note on its author
 * (`isAuthorNote`), or a photographer's credit under a picture's caption (`摄影｜本报记者 郝帅`, `摄影　王楠`).
 */
export function closesStory(text: string): boolean {
  return matchClosingByline(text) !== undefined || isAuthorNote(text) || LABELLED_PHOTO_CREDIT.test(text.trim()) || isSpacedPhotoCredit(text);
}

/** A photographer's credit with a space after its label (`摄影　王楠`, `攝影 陳志明 李梅`): the names alone after it. */
function isSpacedPhotoCredit(text: string): boolean {
  const found = /^(?:摄影|攝影)[\s\u3000]+(.+)$/u.exec(text.trim());
  return found !== null && isBareNames(found[1]!);
}

/**
 * A photographer's credit alone on its line (`本报通讯员　张　力　摄`, `（新华社记者 李贺 摄）`): the credit without its
 * brackets. A photo story's byline (`build-section.ts`), and furniture under a text story's picture.
 */
const PHOTO_CREDIT =
  /^[（(]?((?:本报|本報|新华社|新華社|中新社|特约|特約)?(?:(?<reporter>摄影记者|攝影記者|记者|記者|通讯员|通訊員)|摄影|攝影)?[\s\u3000：:]*[\p{Script=Han}·]{1,4}(?:[\s\u3000、]+[\p{Script=Han}·]{1,4}){0,3}[\s\u3000]*[摄攝])[）)]?$/u;

export function matchPhotoCredit(text: string): string | undefined {
  const found = PHOTO_CREDIT.exec(text.trim());
  const credit = found?.[1];
  // (Apart by spaces, or after a reporter's title, `記者黃志明攝`: not a word ending on 摄, `航拍摄`.)
  return credit !== undefined && (/[\s\u3000]/u.test(credit) || found?.groups?.['reporter'] !== undefined) ? credit : undefined;
}

/** A closing credit of a place and names apart by a space, in brackets (`（纽约　关国荣）`, `（温哥华 黄美仪）`). */
const FILED_FROM = /^[（(](\p{Script=Han}{2,4})[\s\u3000]+(\p{Script=Han}[\p{Script=Han}\s\u3000]{1,8})[）)]$/u;

/** … where the first word is a role, not a place: a page's credit (`（本版编辑　陈　平）`), a writer's (`（作者　李明）`). */
const NOT_A_PLACE = /[编編辑輯校审審监監]|版|作者|记者|記者|通讯员|通訊員|摄影|攝影|整理|口述|供稿/u;

export function matchClosingByline(text: string): string | undefined {
  for (const pattern of CLOSING_BYLINE) {
    const found = pattern.exec(text.trim())?.[1];
    if (found) return found.trim();
  }
  const signed = matchLetterSignature(text);
  if (signed) return signed;
  // (Where the writer files from, then the names, as overseas and community papers close a report: `（纽约　关国荣）`.)
  const filed = FILED_FROM.exec(text.trim());
  if (filed && !NOT_A_PLACE.test(filed[1]!) && isCreditNames(filed[2]!)) return filed[2];
  // (An English page's, `Reporter: Li Ming`, closing its story as a Chinese one's `（记者 李明）` does: the line as printed.)
  return ENGLISH_BYLINE.test(text.trim()) ? text.trim() : undefined;
}
