/**
 * Rule: masthead lines that are neither the paper's name nor the date line —
 * distribution channels, registration numbers, issue numbers. They are kept
 * verbatim on the issue.
 *
 * @example
 *   isMastheadExtra('北京日报客户端 融汇副中心客户端') // → true
 *   isMastheadExtra('运河日报社出版') // → true
 *   isMastheadExtra('中共东江大学委员会主办') // → true
 *   isMastheadExtra('中共青川县委主办') // → true
 *   isMastheadExtra('（代号一——一）') // → true
 *   isMastheadExtra('中共岱川县委主办　岱川县融媒体中心出版') // → true
 *   isMastheadExtra('《中华民族共同体概论》出版发行') // → false (a headline)
 */
const MARKS = [
  /客户端|用戶端|APP|App/u, // apps
  /网址|網址|www\.|https?:/u, // web addresses
  /微信|微博|公众号|公眾號/u, // social channels
  /邮发代号|郵發代號|统一刊号|統一刊號|出版物号|出版物號|CN\s*\d{2}-\d{4}/u, // registration
  // An old paper's postal code alone, `（代号一——一）`, `代号：1-1` (not a headline's `代号“鲲龙”…`).
  /^[（(]?(?:邮发|郵發)?代[号號]\s*[：:]?\s*[0-9０-９一二三四五六七八九十〇零]+\s*[—－-]+\s*[0-9０-９一二三四五六七八九十〇零]+\s*[）)]?$/u,
  /(?:机关报|機關報)$/u, // the publisher's statement: `中共临江市委机关报`
  /总第\s*[0-9０-９]+\s*期|總第\s*[0-9０-９]+\s*期|第\s*[0-9０-９]+\s*期|^第\s*[0-9０-９]+\s*[号號](?:[\s\u3000]|$)/u, // issue numbers: `第1232期`, an old paper's `第3120号　今日二版`
  // Publisher's notices as labels (`主办：`, `某某日报社出版`, `定价：1.50元`), not the words in a headline (`…出版发行`, `电话会议`).
  /^(?:主办|主辦|承办|承辦|出版)(?:单位|單位)?\s*[：:]|(?:社|集团|集團)(?:主办|主辦|出版)$/u,
  // (With its partner after it, as a mobile edition prints it: `湘江日报社主办　湖南移动协办`.)
  /^[^，。]{2,16}(?:社|集团|集團)(?:主办|主辦)[\s\u3000]+[^，。]{2,16}(?:协办|協辦|承办|承辦)$/u,
  /(?:社址|地址)\s*[：:]|(?:电话|電話|传真|傳真)\s*[：:]?\s*[0-9０-９（(]|(?:定价|定價|零售价|零售價)\s*[：:]?\s*[0-9０-９]/u,
  // A sponsor's line as small papers print it (`中共东江大学委员会主办`, `国网某某供电公司党委宣传部编印`, `梅岭街道党工委　办事处主办`,
  // a trade paper's `长川省水利厅主管主办`,
  // a county's `中共青川县委主办`), not a headline's `…由某某中心主办`.
  /^[^由，。]*(?:委员会|委員會|党委|黨委|党工委|黨工委|工委|(?:^中共|^中国共产党|^中國共產黨)\p{Script=Han}{1,10}[省市县縣区區州盟旗镇鎮乡鄉]委|宣传部|宣傳部|中心|大学|大學|学院|學院|学校|學校|公司|集团|集團|局|厅|廳|协会|協會|总会|總會|联合会|聯合會|商会|商會|基金会|基金會|办事处|辦事處|管委会|管委會|政府|医院|醫院)\s*(?:主办|主辦|编印|編印|主管)(?:主办|主辦)?$/u,
  // An internal paper's permit (`内部资料　免费交流`, `准印证号：（粤）L0150062`) and its page count (`本期4版`).
  /^(?:内部资料|內部資料)(?:[\s\u3000]|$)|免费交流|免費交流|(?:准印证|準印證)号?\s*[：:]?\s*[（(]?[\p{Script=Han}A-Z]{0,3}[）)]?\s*[A-Z]?[0-9]{3,}/u,
  // … and any paper's count of pages on a line of its own (`今日4版 第20002号`, `本报今日16版`).
  /^(?:(?:本期|今日|本报今日|本報今日)(?:共|出版)?|共)\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*版(?:[\s\u3000]+(?:总|總)?第\s*[0-9０-９]+\s*[号號期])?$/u,
];

/**
 * One part of a line of the paper's makers, its sponsor and its publisher apart by a gap (`中共岱川县委主办　岱川县融媒体中心出版`,
 * `梅岭街道党工委主办　梅岭报社编辑出版`): a body's name and what it does for the paper.
 */
const BODY =
  '[^由，。\\s\\u3000]{2,20}?(?:委|委员会|委員會|党委|黨委|党工委|黨工委|宣传部|宣傳部|中心|社|报社|報社|大学|大學|学院|學院|公司|集团|集團|局|厅|廳|协会|協會|总会|總會|商会|商會|联谊会|聯誼會|办事处|辦事處|办公室|辦公室|政府|医院|醫院)';
const MAKER = new RegExp(`^${BODY}(?:编辑|編輯)?(?:主办|主辦|主管|承办|承辦|协办|協辦|编印|編印|出版|印刷)$`, 'u');
/** A body named before another that shares its work (`灵溪镇侨务办公室　灵溪侨刊社编印`: the office and the paper print it). */
const CO_MAKER = new RegExp(`^${BODY}$`, 'u');

export function isMastheadExtra(text: string): boolean {
  if (MARKS.some((mark) => mark.test(text))) return true;
  const parts = text.trim().split(/[\s\u3000]+/u);
  return parts.length >= 2 && MAKER.test(parts.at(-1)!) && parts.slice(0, -1).every((part) => MAKER.test(part) || CO_MAKER.test(part));
}
