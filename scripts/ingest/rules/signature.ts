/**
 * Rule: a letter's or notice's signature (落款) — who signs it, on a line or
 * two, over the date it was signed, at the end of its text:
 *
 *   运河日报编辑部
 *   2024年3月1日
 *
 * Open letters, appeals (倡议书), notices (公告) and statements close this
 * way. The signature is the text's own last lines, never a head: its date
 * would otherwise read as a title, and the signer as a kicker.
 *
 * @example
 *   isSignatureDate('2024年3月1日') // → true
 *   isSignatureDate('二〇二四年三月一日') // → true
 *   isSignatureDate('2024年3月1日，市政府召开常务会议。') // → false (a sentence)
 *   isSigner('运河市文明办　运河市交通局') // → true
 *   isSigner('春节将至，我们倡议') // → false
 *   isSigner('运河大桥今日通车') // → false (a headline)
 */
import { NUMBER } from '../numerals.ts';
import { charLength, endsSentence } from '../punctuation.ts';

/** A date alone, written out (`2024年3月1日`, `二〇二四年三月一日`, a month's `2024年10月`) or in digits (`2024.3.1`, `2024-03-01`). */
const SIGNATURE_DATE = new RegExp(
  `^(?:(?:[0-9０-９]{4}|[〇○零一二三四五六七八九]{4})\\s*年\\s*${NUMBER}\\s*月(?:\\s*${NUMBER}\\s*[日号號])?|(?:1[89]|20)[0-9]{2}([-./])[01]?[0-9]\\1[0-3]?[0-9])$`,
  'u',
);

/**
 * A notice's line of contact over its signature, one field or several (`咨询电话：0518-8556××××`, `联系人：方女士　联系电话：
 * 0570-8812××××`, `地址：…`): a label, a colon, no sentence's end.
 */
const CONTACT_LINE =
  /^(?:(?:联系|聯繫|联络|聯絡|咨询|諮詢|投诉|投訴|办公|辦公|报名|報名|服务|服務)?(?:电话|電話|热线|熱線|专线|專線)|联系人|聯繫人|聯絡人|(?:报名|報名|联系|聯繫|联络|聯絡|通讯|通訊|办公|辦公)?地址|邮编|郵編|邮政编码|郵政編碼|传真|傳真|邮箱|郵箱|电子邮箱|電子郵箱|E-?mail)\s*[：:][^。！？]*$/iu;

/** Most contact lines over a notice's signature. */
export const CONTACT_LINES_MAX = 3;

export function isContactLine(text: string): boolean {
  return CONTACT_LINE.test(text) && charLength(text) <= 60;
}

/** Longest signer line, in characters (`中共运河市委宣传部　运河市文明办`). */
const SIGNER_MAX = 30;

/** Most signer lines over the date (a body and its office, or two bodies). */
export const SIGNER_LINES_MAX = 3;

export function isSignatureDate(text: string): boolean {
  return SIGNATURE_DATE.test(text);
}

/** What a body that signs ends in: `编辑部`, `委员会`, `办公室`, `市公安局`, `人民政府`, `协会`, `街道`, `全体党员`, `治丧小组`. */
const BODY =
  /(?:部|局|委|会|會|组|組|办|辦|室|处|處|厅|廳|院|校|所|社|报|報|团|團|队|隊|站|中心|公司|集团|集團|政府|街道|社区|社區|村委|协会|協會|学会|學會|联合会|聯合會|基金|全体[^\s]{0,8}|全體[^\s]{0,8}|同志|同仁|群众|群眾|居民|市民)$/u;

/**
 * A signer: a body (`运河日报编辑部`, `运河市文明办　运河市交通局`: each
 * part ends as a body's name does) or a person's name of two to three
 * characters; a short line with no clause or sentence punctuation. A
 * headline (`运河大桥今日通车`) is neither.
 */
export function isSigner(text: string): boolean {
  if (charLength(text) > SIGNER_MAX || /[，。！？；：,;:!?]/u.test(text) || endsSentence(text)) return false;
  const parts = text.split(/[\s\u3000]+/u);
  return parts.every((part) => BODY.test(part)) || /^[\u4e00-\u9fff·]{2,3}$/u.test(text);
}
