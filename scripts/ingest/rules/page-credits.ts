/**
 * Words of a page's credits: who edited, laid out and photographed it
 * (`责任编辑：楼晓燕　美编：陈彬`, `编辑丨张军  审核丨黄倩`). Shared by the
 * rules that find them alone on a line (`structure-line.ts`) and after a
 * page's label (`page-header.ts`: `A05　城事　　责任编辑：楼晓燕`).
 */

/** An editor's label: `责任编辑`, `校对`. */
export const EDITOR = '(?:责任编辑|責任編輯|本版责编|本版責編|编辑|編輯|责编|責編|校对|校對|审核|審核|初审|初審|复审|複審|终审|終審|值班编辑|值班編輯)';

/** Between a credit's label and its name: `：`, or the bar a social post prints (`编辑丨张军`, `编辑｜张军`). */
export const CREDIT_MARK = '[：:丨｜|]';

/** Who a page credits, beside its editors: `美编`, `版式`, `摄影`. */
export const CREDIT = `(?:${EDITOR}|本版主编|本版主編|美术编辑|美術編輯|美编|美編|审校|審校|版式|制图|製圖|摄影|攝影|监制|監製|出品|统筹|統籌|排版)`;

/** An editor's title that names nothing else (`责任编辑`, `美术编辑`, `责编`, `校对`), unlike `统筹`, `审核`, `摄影`, which are words too. */
export const EDITOR_TITLE = '(?:责任编辑|責任編輯|美术编辑|美術編輯|责编|責編|美编|美編|校对|校對)';

/** A credit's names after its role, apart by spaces: one to three (`　刘洋　王芳`). */
export const CREDIT_NAMES = '(?:[\\s\\u3000]+[\\u4e00-\\u9fff·]{2,4}){1,3}';

/** The desk's telephone among a page's credits: `电话：010-65363456`, `健康热线：0372-2566××××`. */
export const DESK_PHONE = '\\p{Script=Han}{0,4}(?:电话|電話|热线|熱線)\\s*[：:]\\s*[0-9０-９\\-－ ()（）×Xx＊*]{5,20}';

/**
 * The name after a credit's role: a name of two characters spaced to the width of three, as a page sets it (`陆　芸`), or
 * any run of characters up to the next space.
 */
const CREDIT_NAME = '(?:\\p{Script=Han}[ \\u3000]\\p{Script=Han}(?![^\\s\\u3000丨｜|])|[^\\s：:丨｜|]{1,12})';

/** A name alone after an editor's title and a space: two to four characters, or two spaced to the width of three (`宋　涛`). */
const TITLED_NAME = '(?:\\p{Script=Han}[ \\u3000]\\p{Script=Han}(?![^\\s\\u3000])|\\p{Script=Han}{2,4}(?![^\\s\\u3000]))';

/** The head of the desk that made the page, as Taiwan's papers credit one (`地方中心主任：許文雄`, `副刊主編：…`): a name only after it. */
const DESK_HEAD = '\\p{Script=Han}{1,6}?(?:主任|主编|主編)';

/**
 * A supplement's editor (`主编：谭雪`, `执行编辑：向晨`): a page's credit only beside another (`主编：谭雪　责编：向阳`), as a
 * page's top sets them — alone, `主编：刘汉民` inside a story is a book's credit, the story's text.
 */
const EDITOR_CREDIT =
  '(?:(?:执行|執行)?(?:主编|主編)|(?:执行|執行)(?:编辑|編輯))\\s*[：:]\\s*(?:\\p{Script=Han}[ \\u3000]\\p{Script=Han}(?![^\\s\\u3000])|\\p{Script=Han}{2,4}(?![^\\s\\u3000]))';

/**
 * One credit: a role, its mark and a name (`责任编辑：楼晓燕`, `责编：陆　芸`), or an editor's title and a name with only
 * a space between, as a PDF's foot prints them (`本版责任编辑　宋　涛`, `美术编辑　吴　丹`).
 */
const ONE_CREDIT = `(?:本版)?(?:${CREDIT}\\s*${CREDIT_MARK}\\s*${CREDIT_NAME}|${EDITOR_TITLE}[\\s\\u3000]+${TITLED_NAME}|${DESK_HEAD}\\s*${CREDIT_MARK}\\s*${TITLED_NAME})`;

/**
 * A page's credits, each a role, its mark and a name (`本版责任编辑：赵英　美术编辑：周磊`, `责任编辑：郭璐|初审：李璐`),
 * the desk's telephone perhaps after them (`电话：010-65363456`): a credit first (a telephone alone is a notice's).
 */
export const PAGE_CREDITS = `(?:${ONE_CREDIT}(?:[\\s\\u3000丨｜|]+(?:${ONE_CREDIT}|${EDITOR_CREDIT}|${DESK_PHONE}))*|${EDITOR_CREDIT}(?:[\\s\\u3000丨｜|]+(?:${ONE_CREDIT}|${EDITOR_CREDIT}|${DESK_PHONE}))+)`;

/** A page's credits closing a line after its other cells (`2024.11.1　星期五　　责编：徐静　　校对：孙磊`): shared by the date line's rule and the running head's. */
export const CREDITS_AT_END = new RegExp(`[\\s\\u3000]+${PAGE_CREDITS}$`, 'u');
