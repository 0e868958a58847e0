/**
 * Database exports: one file holding many records (a clipping service's
 * search results, a library's article export), each opened by a head that
 * names its own paper, date and page — a line of fields between bars
 * (`東方日報 | 2024-10-15 | B04 | 財經 | 字數：528`) or slashes in brackets
 * (`【2024-11-20／聯合報／A3版／焦點】`), or a block of labelled
 * fields (`報章：明報` / `日期：2024-10-05` / `版面：A10`, `【来源】…【日期】…`).
 * A file with such heads is read record by record; what stands above the
 * first head (the export's own head: service, query, result count) belongs
 * to no record.
 *
 * @example
 *   matchBarHeader('明報 | 2024-10-05 | A10 | 港聞 | 字數：1,234')
 *   // → {paper: '明報', year: 2024, month: 10, day: 5, page: 1010, pageLabel: 'A10', column: '港聞', printed: '…'}
 */
import { letteredPage } from '../../../src/archive/pages.ts';
import { asciiDigits, parseNumber } from '../numerals.ts';
import { charLength } from '../punctuation.ts';
import { citationTag, ENGLISH_LABEL, isEmptyHeadField, matchLabelledField } from '../rules/labelled-field.ts';
import { isTitleLine } from '../rules/title-line.ts';
import { BODY_TAG, isContentsHeading } from '../rules/structure-line.ts';
import { matchBylineLine, opensWithLead } from '../rules/byline.ts';
import { ROC_ERA, rocYear } from './calendar.ts';
import { findEnglishDate } from './english-date.ts';
import type { RawLine } from '../types.ts';
import type { TextDate } from './from-text.ts';
import { creditedRecords } from './credited-records.ts';
import { DOCUMENT_NUMBER, markedRecords } from './marked-records.ts';
import { postRecords } from './post-records.ts';

export interface RecordFacts extends TextDate {
  /** The paper the record's head names; a single record at a file's top may name none (a library's page of one article: `标题：` / `版次：` / `日期：`). */
  paper?: string;
  /** The page as printed when it is more than a number (`A10`, `B02`). */
  pageLabel?: string;
  /** The paper's section or column (`港聞`, `要聞`). */
  column?: string;
  /** The record's time is relative to when it was copied (`3小时前`): its date is the file's own, not one it prints. */
  relative?: boolean;
}

/** A date as a record prints it: `2024-10-05`, `2024/10/5`, `2024.10.05`, `2024年10月5日`, `20241005`. */
const DATE =
  /^((?:1[89]|2[0-2])[0-9]{2})(?:([-/.])([01]?[0-9])\2([0-3]?[0-9])|\s*年\s*([01]?[0-9])\s*月\s*([0-3]?[0-9])\s*[日号號]?|([01][0-9])([0-3][0-9]))$/u;

/** A page as a record prints it: `A10`, `B02`, `10`, `第10版`, `A10版`, and the page's name after it (`A3　產業`). */
const PAGE = /^(?:第\s*)?([A-Za-z]{0,2})\s*([0-9０-９]{1,3})\s*(?:版|頁|页)?(?:[\s\u3000]+\p{Script=Han}{2,6})?$/u;
/** A page in Chinese numerals, after the sheet it is printed on as older papers number them (`第三張第十版`, `第十版`): the page, and the sheet. */
const SHEET_PAGE = /^(第\s*[一二三四五六七八九十]{1,3}\s*[張张]\s*)?第\s*([一二三四五六七八九十]{1,4})\s*版$/u;

/** A field that counts words (`字數：1,234`, `1234字`, an English interface's `266 words`): no fact of the paper's. */
export const COUNT = /^(?:(?:字数|字數|篇幅)\s*[：:]?\s*[0-9,，]+\s*字?|[0-9,，]+\s*字|[0-9][0-9,]*\s+words?)$/iu;

/** A paper's name: a few characters, no digits, no sentence punctuation. */
const NAME = /^[^\s0-9：:，。！？；|｜]{2,20}$/u;

/**
 * A date in the ROC calendar as a Taiwanese record prints it: `中華民國113年3月29日`,
 * `民國113年3月29日`, or a three-digit year in a date field (`113/09/09`, `113.09.09`,
 * or run together as Taiwan's systems store a day, `1130909`: seven digits, where
 * a date of the common era has eight).
 */
const ROC_DATE = new RegExp(
  `^(?:${ROC_ERA}\\s*([0-9]{1,3})\\s*年\\s*([01]?[0-9])\\s*月\\s*([0-3]?[0-9])\\s*[日号號]?|(1[0-9]{2})(?:([-/.])([01]?[0-9])\\5([0-3]?[0-9])|(0[1-9]|1[0-2])([0-3][0-9])))$`,
  'u',
);

/** A weekday after a record's date (`星期五`, `（五）`, Nexis's `January 15, 2024 Monday`), which dates nothing more. */
const WEEKDAY_AFTER =
  /[\s\u3000]*(?:(?:星期|週|周|禮拜|礼拜)[一二三四五六日天]|[（(][一二三四五六日天][）)]|(?<=[0-9])\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))$/u;

export function parseDate(printed: string): Pick<TextDate, 'year' | 'month' | 'day'> | undefined {
  const text = printed.trim().replace(WEEKDAY_AFTER, '');
  const match = DATE.exec(text.trim());
  if (match) return { year: Number(match[1]), month: Number(match[3] ?? match[5] ?? match[7]), day: Number(match[4] ?? match[6] ?? match[8]) };
  const roc = ROC_DATE.exec(text.trim());
  if (!roc) {
    // (In English, as an English interface gives it: Factiva's `PD	21 May 2024`.)
    const english = findEnglishDate(text);
    return english?.printed === text.trim() ? { year: english.year, month: english.month, day: english.day } : undefined;
  }
  return { year: rocYear(Number(roc[1] ?? roc[4])), month: Number(roc[2] ?? roc[6] ?? roc[8]), day: Number(roc[3] ?? roc[7] ?? roc[9]) };
}

/** A record's page: `10` → 10, `第十版` → 10; a lettered one as the archive keeps it (`A10` → 1010, `src/archive/pages.ts`), and one on a sheet (`第三張第十版` → 10), with its label as printed. */
export function parsePage(text: string): { page: number; label?: string } | undefined {
  const sheet = SHEET_PAGE.exec(text.trim());
  const onSheet = sheet ? parseNumber(sheet[2]!) : undefined;
  if (sheet && onSheet !== undefined) return sheet[1] ? { page: onSheet, label: text.trim() } : { page: onSheet };
  const match = PAGE.exec(text.trim());
  const number = match ? parseNumber(asciiDigits(match[2] ?? '')) : undefined;
  if (!match || number === undefined) return undefined;
  if (!match[1]) return { page: number };
  const page = letteredPage(match[1].toUpperCase(), number);
  return page === undefined ? undefined : { page, label: text.trim().replace(/[\s\u3000]+\p{Script=Han}{2,6}$/u, '') };
}

/**
 * A record's head on one line, its fields between bars: a paper, a date and
 * at least one more field (page, column, word count), in any order.
 */
export function matchBarHeader(text: string): RecordFacts | undefined {
  if (charLength(text) > 80) return undefined;
  // A library's head in brackets, its fields between slashes: `【2024-11-20／聯合報／A3版／焦點】`.
  const bracketed = /^[【[](.+)[】\]]$/u.exec(text.trim())?.[1];
  const fields = (bracketed ?? text).split(bracketed === undefined ? /\s*[|｜]\s*/u : /\s*[|｜／/]\s*/u).map((field) => field.trim());
  if (fields.length < 3) return undefined;
  let date: Pick<TextDate, 'year' | 'month' | 'day'> | undefined;
  let page: { page: number; label?: string } | undefined;
  const names: string[] = [];
  for (const field of fields) {
    const value = field.replace(/^[^：:]{1,6}[：:]\s*/u, '');
    const asDate = date ? undefined : parseDate(value);
    const asPage = asDate || page ? undefined : parsePage(value);
    if (asDate) date = asDate;
    else if (asPage) page = asPage;
    else if (COUNT.test(field)) continue;
    else if (NAME.test(value)) names.push(value);
    else return undefined;
  }
  const [paper, column] = names;
  if (!date || paper === undefined) return undefined;
  return {
    ...date,
    printed: text,
    paper,
    ...(page ? { page: page.page } : {}),
    ...(page?.label ? { pageLabel: page.label } : {}),
    ...(column ? { column } : {}),
  };
}

type RecordField = 'paper' | 'date' | 'page' | 'column' | 'count' | 'meta';

/** A record's labelled fields, as `報章：明報` or `【来源】运河日报`; `meta` are the library's own (keywords, database, record number), kept as printed. */
const FIELD_LABELS: Array<[RecordField, string]> = [
  [
    'paper',
    '报章|報章|报纸|報紙|报刊|報刊|报刊名|報刊名|报纸名|報紙名|报别|報別|报名|報名|刊名|媒体|媒體|来源|來源|出处|出處|报纸名称|報紙名稱|报纸中文名|報紙中文名|中文刊名|中文报名|中文報名',
  ],
  [
    'date',
    '日期|出版日期|报纸日期|報紙日期|刊期|见报日期|見報日期|发表日期|發表日期|发布日期|發布日期|刊出日期|刊登日期|刊载日期|刊載日期|发表时间|發表時間|出版时间|出版時間',
  ],
  ['page', '版面|版次|版号|版號|版位'],
  ['column', '栏目|欄目|专栏|專欄|类别|類別|版名|所属分类|所屬分類|分类|分類'],
  ['count', '字数|字數|篇幅'],
  [
    'meta',
    '关键词|關鍵詞|关键字|關鍵字|来源库|來源庫|单位|單位|机构|機構|年|期|卷|卷期|期号|期號|总期|總期|分类号|分類號|ISSN|CN|DOI|URL|文献类型|文獻類型|数据库|數據庫|语种|語種|文章编号|文章編號|文献编号|文獻編號|馆藏号|館藏號|索取号|索取號|索书号|索書號|典藏号|典藏號',
  ],
];

/** A citation manager's or a database's tags of the record's facts (EndNote's `%J`, RIS's `JO  -`, Factiva's `SN`); its other tags but a head's own (`%T`, `%A`, `%X`, `HD`: `rules/labelled-field.ts`) are `meta`. */
const TAG_FIELDS = new Map<string, RecordField>([
  ['J', 'paper'],
  ['D', 'date'],
  ['P', 'page'],
  ['JO', 'paper'],
  ['JF', 'paper'],
  ['T2', 'paper'],
  ['DA', 'date'],
  ['Y1', 'date'],
  ['SP', 'page'],
  ['SN', 'paper'],
  ['Secondary Title', 'paper'],
  ['Date', 'date'],
  ['Pages', 'page'],
  ['PD', 'date'],
  ['PG', 'page'],
  ['SE', 'column'],
  ['CLM', 'column'],
]);

const LABEL_WORDS = FIELD_LABELS.map(([, words]) => words).join('|');
/** Each label word's field: `報章` → paper. */
const FIELD_OF = new Map(FIELD_LABELS.flatMap(([field, words]) => words.split('|').map((word): [string, RecordField] => [word, field])));
/**
 * A label in brackets anywhere (`…【日期】`), or with a colon at the start or after a space (`報章：明報　日期：2024-10-05`),
 * after its English words if any (`Source-报纸: 经济日报`).
 */
const FIELD = new RegExp(`(?:[【\\[](${LABEL_WORDS})[】\\]]|(?:^|(?<=[\\s\\u3000]))${ENGLISH_LABEL}(${LABEL_WORDS})\\s*[：:︰])\\s*`, 'gu');

/** A label in English and Chinese joined by a hyphen, before a colon: `ISSN-国际标准刊号:`, `Organ-单位:`. */
const BILINGUAL_LABEL = /^[A-Za-z][A-Za-z]{1,24}-(\p{Script=Han}{1,10})\s*[：:]\s*/u;

/** The text's own label in Chinese (`全文`, `正文`): the record's text follows it, no field of its head. */
const TEXT_LABEL = /^(?:全文|正文|内容|內容|文本)$/u;

/** `FIELD`'s first match (a global pattern's `exec` would move its `lastIndex` for `recordFields`' next `matchAll`). */
const FIRST_FIELD = new RegExp(FIELD.source, 'u');

/** The labelled fields of one line, in order (`【来源】运河日报【日期】2024-04-15【版次】第02版` holds three); none when the line has text before its first label. */
export function recordFields(text: string): Array<{ field: RecordField; value: string }> {
  // A citation manager's tagged line holds one field; a head's own (`%T 标题`) is no record field.
  const tagged = citationTag(text);
  if (tagged) {
    // (Nor are the tags over the text, Factiva's `LP`, `TD`.)
    if (matchLabelledField(text) || BODY_TAG.test(text)) return [];
    return [{ field: TAG_FIELDS.get(tagged.tag) ?? 'meta', value: text.slice(tagged.length).trim() }];
  }
  const found: Array<{ field: RecordField; start: number; end: number }> = [];
  for (const match of text.matchAll(FIELD)) {
    const field = FIELD_OF.get(match[1] ?? match[2] ?? '');
    if (field) found.push({ field, start: match.index, end: match.index + match[0].length });
  }
  // (A label in both languages of a word this list lacks, CNKI's `ISSN-国际标准刊号:` or `URL-网址:`, is the library's own field as
  // surely: no line of text opens so. A head's own, `Title-题名:`, and the text's, `FullText-全文:`, are not.)
  const bilingual = BILINGUAL_LABEL.exec(text);
  if (found[0]?.start !== 0 && bilingual && !matchLabelledField(text) && !BODY_TAG.test(text) && !TEXT_LABEL.test(bilingual[1]!))
    return [{ field: 'meta', value: text.slice(bilingual[0].length).trim() }];
  if (found.length === 0 || found[0]!.start !== 0) return [];
  return found.map((entry, index) => ({ field: entry.field, value: text.slice(entry.end, found[index + 1]?.start ?? text.length).trim() }));
}

/**
 * The label a field line opens with (`%0`, `SrcDatabase-来源库`, `【篇名】`,
 * as printed); `undefined` for a line that is no field. A head's first
 * label printed again opens the next record.
 */
function labelOf(text: string): string | undefined {
  const tagged = citationTag(text);
  if (tagged) return tagged.tag;
  const labelled = matchLabelledField(text);
  if (labelled) return labelled.label.trim();
  const field = FIRST_FIELD.exec(text);
  return field?.index === 0 ? field[0].trim() : undefined;
}

/** A record's number in the export, alone on its line over its head (`【1】`, `[12]`, `Record: 3`): the export's, kept with the record's fields. */
export const RECORD_NUMBER = /^(?:[【[［]\s*[0-9]{1,4}\s*[】\]］]|(?:Record|Document|记录|記錄)\s*[:：]?\s*[0-9]{1,4})$/iu;

/** A label with nothing after it (`作者：`, `专栏：`, `【作者】`): a field the record leaves empty, kept with its fields. */
export const EMPTY_LABEL = /^(?:[\p{Script=Han}A-Za-z-]{1,12}\s*[：:︰]|[【[][\p{Script=Han}A-Za-z-]{1,12}[】\]])$/u;

/**
 * A field of the record or of its article left empty (`【引题】`, `【副题】`, `字数：`): part of the head, as a newsroom's
 * export prints every field whether it holds a value or not.
 */
function isEmptyField(text: string): boolean {
  const field = FIRST_FIELD.exec(text.trim());
  return (field?.index === 0 && field[0].trim() === text.trim()) || isEmptyHeadField(text);
}

/** Lines a labelled head may run over: its fields and the article's own (`標題：`, `作者：`). */
const HEAD_SPAN = 16;

export interface FileRecord {
  facts: RecordFacts;
  /** The line that gave the record's date. */
  dateLine: RawLine;
  /** The record's lines, from its head to the next record's head. */
  lines: RawLine[];
  /** The lines of its head (the bar line, or the labelled fields and the article's own). */
  head: RawLine[];
  /** The head's lines that are the record's facts, not the article's (kept with it as printed); by default its labelled fields. */
  fields?: RawLine[];
  /** Its fields after its text, to its document number (Factiva's indexing: `NS	…` / `RE	…` / `AN	Document …`), kept with its head's. */
  closing?: RawLine[];
  /** Its headline numbered by the compiler (`1.标题`), the numbers counting up record by record: the number is markup, not the title's. */
  item?: RawLine;
}

export interface FileRecords {
  /** The export's own lines: its head above the first record (service, query, count), or its search summary after the last. */
  preamble: RawLine[];
  records: FileRecord[];
  /**
   * A compiler's file of clippings, each record under or over its source line (`facts/credited-records.ts`), or a microblog's posts, each
   * under its account's name and time (`facts/post-records.ts`); not a database's export.
   */
  kind?: 'compilation' | 'posts';
}

/** The facts of a labelled head that starts at `lines[start]`: a run of labelled lines naming at least a date. */
function labelledHead(lines: RawLine[], start: number): { facts: RecordFacts; dateLine: RawLine } | undefined {
  const first = lines[start];
  if (!first || recordFields(first.text).length === 0) return undefined;
  let facts: Partial<RecordFacts> = {};
  let dateLine: RawLine | undefined;
  const opening = labelOf(first.text);
  for (let i = start; i < Math.min(lines.length, start + HEAD_SPAN); i += 1) {
    const line = lines[i]!;
    // (A record's closing document number, `AN	Document …`, ends it: the next record's head comes after it.)
    if (DOCUMENT_NUMBER.test(line.text)) break;
    // The first label again: the next record's head (an export whose every line is a field, `%0` … `%0` …).
    if (i > start && labelOf(line.text) === opening) break;
    const fields = recordFields(line.text);
    if (fields.length === 0) {
      // The article's own labelled fields (`標題：`, `作者：`), and fields left empty, belong to the head; anything else ends it.
      if (matchLabelledField(line.text) || isEmptyField(line.text)) continue;
      break;
    }
    for (const { field, value } of fields) {
      if (field === 'date' && !dateLine) {
        // (A time after the date, `2024-06-01 08:30`; RIS's trailing slash, `2024/06/01/`.)
        const date = parseDate(value.replace(/\s+[0-2]?[0-9]:[0-5][0-9](?::[0-5][0-9])?$/u, '').replace(/\/$/u, ''));
        if (date) {
          facts = { ...facts, ...date, printed: line.text };
          dateLine = line;
        }
      } else if (field === 'paper' && facts.paper === undefined && NAME.test(value)) facts.paper = value;
      else if (field === 'page' && facts.page === undefined) {
        // `版面: A04 | 港聞 |`, `版次：第6版（经济）`, `版面：第A07版：要闻`: the page, then its name.
        const [printed = '', name] = value
          .replace(/^(.*?)\s*[（(]([^（）()]{1,8})[）)]$/u, '$1|$2')
          .split(/\s*[|｜：:]\s*/u)
          .filter((part) => part !== '');
        const page = parsePage(printed);
        if (page) {
          facts.page = page.page;
          if (page.label) facts.pageLabel = page.label;
          if (name !== undefined && facts.column === undefined) facts.column = name;
        }
      } else if (field === 'column' && facts.column === undefined && value !== '') facts.column = value;
    }
  }
  if (!dateLine || facts.year === undefined) return undefined;
  return { facts: facts as RecordFacts, dateLine };
}

/**
 * The records of a file whose text is a database export: two or more heads
 * that each name a paper and a date (one head is enough when it opens the
 * text, under at most a short preamble). `undefined` for any other file.
 */
export function splitRecords(lines: RawLine[], fileDate?: string): FileRecords | undefined {
  const heads: Array<{ index: number; end: number; facts: RecordFacts; dateLine: RawLine }> = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    const bar = matchBarHeader(line.text);
    if (bar) {
      heads.push({ index: i, end: i + 1, facts: bar, dateLine: line });
      continue;
    }
    // A labelled head starts at its first labelled line (the article's title may stand above its paper and date: `【标题】…` / `【来源】…`).
    const labelled = labelledHead(lines, i);
    if (labelled) {
      let start = i;
      // (Over the article's own labelled fields, and a label left empty: `标题：农田里的新机遇` / `作者：` / `版次：第1版`.)
      while (start > (heads.at(-1)?.end ?? 0) && (matchLabelledField(lines[start - 1]!.text) || EMPTY_LABEL.test(lines[start - 1]!.text))) start -= 1;
      // (And the export's number for the record over it: `【1】` / `题名：…`.)
      if (start > (heads.at(-1)?.end ?? 0) && RECORD_NUMBER.test(lines[start - 1]!.text)) start -= 1;
      // The rest of this head's labelled lines, up to its first label again or another it has had (the next record's head: `%0`, `【篇名】`,
      // a second date); authors and keywords come one a line (`%A 王斯敏` / `%A 何欣`).
      const opening = labelOf(lines[start]!.text);
      const seen = new Set(lines.slice(start, i + 1).map((headLine) => labelOf(headLine.text)));
      while (i + 1 < lines.length) {
        const text = lines[i + 1]!.text;
        const fields = recordFields(text);
        const labelled = matchLabelledField(text);
        if (fields.length === 0 && labelled === undefined && !isEmptyField(text)) break;
        const label = labelOf(text);
        const repeatable = labelled?.field === 'byline' || fields[0]?.field === 'meta';
        if (label === opening || (label !== undefined && seen.has(label) && !repeatable)) break;
        i += 1;
        seen.add(label);
      }
      heads.push({ index: start, end: i + 1, ...labelled });
    }
  }
  // A head that names no paper is a record only as a file's one head near its top (a library's page of one article).
  if (heads.length > 1 && heads.some((head) => head.facts.paper === undefined)) {
    const named = heads.filter((head) => head.facts.paper !== undefined);
    heads.splice(0, heads.length, ...named);
  }
  const first = heads[0];
  // No labelled heads: a microblog's posts (facts/post-records.ts), a print-out whose records are apart by markers
  // (facts/marked-records.ts), or a compilation of clippings each with its source line (facts/credited-records.ts), if it is one.
  if (!first) return postRecords(lines, fileDate) ?? markedRecords(lines) ?? creditedRecords(lines);
  if (heads.length === 1 && first.index > 6) return undefined;
  // (One head of the page's facts alone, `版次：A4　　版名：新闻·本地` / `出版日期：2024年11月2日`, over a page's stories and its
  // guide to them: an e-paper page's head, read as the page's, not one record — a record's head gives its article's title or author.)
  if (
    heads.length === 1 &&
    !lines.slice(first.index, first.end).some((line) => matchLabelledField(line.text) !== undefined) &&
    printsSeveralHeads(lines.slice(first.end))
  )
    return undefined;
  // One record under its own headline (`習近平會見阿根廷總統` / `【2024-11-20／聯合報／A3版／焦點】` / text): the headline is the record's;
  // a record with a headline under its head (`慧科電子新聞` / `明報 | …` / `荔枝角公園…`) has the export's name above it.
  const under = lines[first.end];
  if (
    heads.length === 1 &&
    first.index > 0 &&
    first.index <= 2 &&
    lines.slice(0, first.index).every((line) => isTitleLine(line.text)) &&
    // (A head with its own labelled title, `标题：…`, has the export's name above it: `人民日报图文数据库（1946-2024）`.)
    !lines.slice(first.index, first.end).some((line) => matchLabelledField(line.text)?.field === 'title') &&
    (under === undefined || !isTitleLine(under.text) || matchBylineLine(under.text) !== undefined)
  )
    first.index = 0;
  // (After the last record's document number, the export's search summary: its own, as its head would be. `Search Summary` / `Text	粮食`.)
  const lastNumber = lines.findLastIndex((line) => DOCUMENT_NUMBER.test(line.text));
  const end = lastNumber > heads.at(-1)!.end ? lastNumber + 1 : lines.length;
  return {
    preamble: [...lines.slice(0, first.index), ...lines.slice(end)],
    records: heads.map((head, k) => {
      const recordLines = lines.slice(head.index, heads[k + 1]?.index ?? end);
      const headLines = lines.slice(head.index, head.end);
      // Fields after the text, to the record's document number, are the record's too (Factiva's indexing: `NS	…` / `RE	…` / `AN	Document …`).
      let tail = recordLines.length;
      while (tail > headLines.length && (recordFields(recordLines[tail - 1]!.text).length > 0 || DOCUMENT_NUMBER.test(recordLines[tail - 1]!.text))) tail -= 1;
      const closing = recordLines.slice(tail);
      return { facts: head.facts, dateLine: head.dateLine, lines: recordLines, head: headLines, ...(closing.length > 0 ? { closing } : {}) };
    }),
  };
}

/** How far under a page's head of facts its guide to the stories stands, in lines. */
const GUIDE_WITHIN = 3;

/** Characters of a paragraph of text under a head, at the least (a story's lead, not a subtitle). */
const LEAD_MIN = 40;

/**
 * Whether lines print two stories or more: a guide to them (`本版导读`) right under the head, or two bylines or leads or
 * more, each under a head line (its subtitle between perhaps), as a page of stories under its head of facts does; a record
 * holds one article, whose subheads and boxes stand over plain text (`一、做强特色主导产业`, `停车小贴士`).
 */
function printsSeveralHeads(lines: readonly RawLine[]): boolean {
  // (A guide to the page's stories under its head, `本版导读` / `▶ …`, says as much.)
  if (lines.slice(0, GUIDE_WITHIN).some((line) => isContentsHeading(line.text))) return true;
  let heads = 0;
  for (const [index, line] of lines.entries()) {
    const opens = matchBylineLine(line.text) !== undefined || (opensWithLead(line.text) && charLength(line.text) >= LEAD_MIN);
    const above = lines.slice(Math.max(0, index - 2), index);
    if (opens && above.some((head) => isTitleLine(head.text) && matchBylineLine(head.text) === undefined)) heads += 1;
  }
  return heads >= 2;
}
