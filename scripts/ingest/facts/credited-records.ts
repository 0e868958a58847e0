/**
 * A compilation of clippings (学习材料汇编, 剪报汇编, a document site's copy
 * of one): articles of several papers and days in one file, each with its
 * source line — under its headline, over its text (`标题` /
 * `来源：人民日报 2024年03月15日 第01版` / text), over its headline
 * (`【人民日报】2024-03-15 第5版` / `标题` / text), or closing its text
 * (`……` / `（《人民日报》2024年3月15日 01版）`). Two or more source lines
 * naming different papers or days (or one paper's day on different pages,
 * in a file that prints no page header) make the file a set of records, each
 * dated and filed by its own line as a database export's are; the
 * compiler's title, date and contents above the first record are the
 * file's own lines, never any article's date.
 *
 * @example
 *   creditedRecords(lines) // → {preamble: [汇编's title…], records: [{facts: {paper: '人民日报', year: 2024, …}, …}, …], kind: 'compilation'}
 */
import { parseNumber } from '../numerals.ts';
import { unspaced } from '../rules/letter-spacing.ts';
import { matchPageHeader } from '../rules/page-header.ts';
import { CONTENTS_ENTRY, CONTENTS_LEADER, isRelatedHeading, isStructureLine } from '../rules/structure-line.ts';
import { isOutletName, isPaperName } from '../rules/paper-name.ts';
import { matchBylineLine } from '../rules/byline.ts';
import { ITEM_NUMBER, ITEM_NUMBER_CN } from '../title-block.ts';
import { isBracketHeading, isTitleLine } from '../rules/title-line.ts';
import type { RawLine } from '../types.ts';
import { dateIn, isReprintCredit, isRunningHeadLine, isStoryCredit, matchCreditLine, matchInfoLine, paperBeside, printsIssue } from './from-text.ts';
import type { FileRecords, RecordFacts } from './records.ts';

/** A line that ends a sentence, its closing quote or bracket after the mark. */
const SENTENCE = /[。！？!?]["”’」』）)]?$/u;

/** A line of a story's text: a sentence, or more than a headline's length. */
const PARAGRAPH = new RegExp(`${SENTENCE.source}|^.{40,}$`, 'u');

/** How far down a file a paper's masthead, or a compiler's title, may stand. */
const MASTHEAD_LINES = 3;

/** A compiler's title: what it calls a file of stories taken from papers. */
const COMPILATION = /(?:汇编|匯編|汇总|匯總|摘编|摘編|选编|選編|辑录|輯錄|摘录|摘錄|剪报|剪報|报道集|報道集)/u;

/** Most head lines over a source line that stands under its headline: a kicker, the headline, a subtitle. */
const HEAD_LINES = 3;

/**
 * The paper and date a line gives as a story's source: a credit or a
 * portal's information line with a paper in it, labelled or not; a line
 * shaped like a page's running head (`人民日报 2024.03.15 第5版`) only right
 * under a headline, where no running head stands.
 */
function sourceAt(lines: RawLine[], index: number, compiled: boolean): RecordFacts | undefined {
  const text = lines[index]!.text;
  // (A reprint's credit, `（原载《人民日报》…）`, names where a story first ran, not where this copy stands — but in a compiler's file,
  // which opens on no paper's masthead, it names where the compiler took the story from: `——摘自《滨江日报》2024年1月3日第3版`,
  // `原文刊发于《华夏水利报》2024年7月10日第1版`; an entry of the
  // compiler's contents, numbered or with a leader, names a story held further on: `1．标题……岷州晚报 2024年3月27日 第A04版`,
  // `2．标题（《梅山日报》2024年6月9日 A1版）`.)
  if ((isReprintCredit(text) && !compiled) || isContentsEntry(text)) return undefined;
  // (Not under a story's end mark, `（完）`, over the next page's running head.)
  const underHead = index > 0 && isTitleLine(lines[index - 1]!.text) && !isStructureLine(lines[index - 1]!.text);
  // (A compiler closes a story with its credit in brackets: `（《人民日报》2024年3月15日 01版）`.)
  const bare = /^[（(](.+)[）)]$/u.exec(text)?.[1] ?? text;
  const found = isStoryCredit(bare) ? matchCreditLine(bare) : underHead && isRunningHeadLine(text) ? matchInfoLine(text) : undefined;
  // (On a line that gives its date and page, the name beside them is the outlet's, whatever its last word: `中国旅游报`, `岷州新闻网`.)
  const paper = found?.paper ?? (found ? paperBeside(text, found.page === undefined ? isPaperName : isOutletName) : undefined);
  return found && paper !== undefined ? { ...found, paper } : undefined;
}

export function creditedRecords(lines: RawLine[]): FileRecords | undefined {
  // (Under a reading list's label, `延伸阅读`, `相关新闻`, the sources are of stories linked to, not held.)
  const related = lines.findIndex((line) => isRelatedHeading(line.text));
  // (Only a file that calls itself a compilation, `媒体报道汇总`, `剪报汇编`, and opens on no paper's masthead: elsewhere a reprint's
  // credit, `（原载《人民日报》2024年3月14日 09版）`, names where a story first ran.)
  const top = lines.slice(0, MASTHEAD_LINES);
  const compiled = top.some((line) => COMPILATION.test(line.text)) && !top.some((line) => isPaperName(line.text));
  const credited = lines.flatMap((_, index) => {
    const facts = related !== -1 && index > related ? undefined : sourceAt(lines, index, compiled);
    return facts ? [{ index, facts }] : [];
  });
  const sources = [...credited, ...numberedClips(lines, credited)].sort((a, b) => a.index - b.index);
  // Sources of two papers or days; or of one paper's day on two pages, in a file that is no page of its own (it prints no page header).
  const days = new Set(sources.map(({ facts }) => `${facts.paper}|${facts.year}-${facts.month}-${facts.day}`));
  const pages = new Set(sources.map(({ facts }) => facts.page));
  const onePaperDay =
    days.size < 2 && (pages.size < 2 || sources.some(({ facts }) => facts.page === undefined) || lines.some((line) => matchPageHeader(line.text)));
  if (sources.length < 2 || onePaperDay) return undefined;
  // (A file that opens on an issue's own head and is cut by page headers is an issue: `printsIssue`.)
  if (printsIssue(lines)) return undefined;
  // (A page's furniture, `- 2 -`, `第 2 页 共 5 页`, is no head.)
  const isHead = (index: number): boolean => index >= 0 && index < lines.length && isTitleLine(lines[index]!.text) && !isStructureLine(lines[index]!.text);
  // (On the next line, or on the same line of the file, as a page's `<b>标题</b><br><span>来源：…</span>` breaks them.)
  const adjacent = (a: number, b: number): boolean => a >= 0 && b < lines.length && lines[b]!.line - lines[a]!.line <= 1;
  // (Above the first record, the compiler's contents and a database's search line are no text: `1．标题……岷州晚报 2024年5月5日 第A03版`,
  // `2．标题（《梅山日报》2024年6月9日 A1版）`, `检索词：水利 OR 防汛　　时间：2024-01-01至2024-12-31　　共找到 8 条记录`.)
  const hasOwnText = (to: number): boolean =>
    lines.slice(0, to).some((line) => PARAGRAPH.test(line.text) && !isStructureLine(line.text) && !isContentsEntry(line.text) && !isFieldsLine(line.text));
  // Where the file's source lines stand, by most of them: under the headline (a head line right above, text below), over it
  // (the headline right below, a blank line above), or closing the text (text right above, the next headline or the end below).
  const votes = {
    // (Text or the story's byline below it: `原文刊发于《滨江晚报》2024年7月29日A03版` / `记者　吴倩倩`.)
    under: sources.filter(
      ({ index }) => isHead(index - 1) && adjacent(index - 1, index) && (!isHead(index + 1) || matchBylineLine(lines[index + 1]!.text) !== undefined),
    ).length,
    // (A print-friendly page sets a blank line between its source line and the headline too: `【东江日报】2024-01-08　第02版　要闻`.)
    above: sources.filter(({ index }) => isHead(index + 1) && !adjacent(index - 1, index)).length,
    // (A compiler may set a closing credit apart from the text by a blank line too: `……。` / blank / `《 华夏文化报 》（ 2024年04月21日 第 05 版）`.)
    closing: sources.filter(
      ({ index }) =>
        index > 0 &&
        !isHead(index - 1) &&
        (adjacent(index - 1, index) || PARAGRAPH.test(lines[index - 1]!.text)) &&
        (index === lines.length - 1 || isHead(index + 1) || !adjacent(index, index + 1)),
    ).length,
  };
  // (Apart by blank lines from the text above and the head below, a source line reads either way: a story's text before the
  // first one makes them closing credits.)
  const firstPlace = (Object.keys(votes) as Array<keyof typeof votes>).reduce((best, key) => (votes[key] > votes[best] ? key : best), 'under');
  const place = firstPlace === 'above' && votes.closing >= 2 && hasOwnText(sources[0]!.index) ? 'closing' : firstPlace;
  if (votes[place] < 2 || votes[place] < sources.length / 2) return undefined;
  // (The head lines right above, with no blank line between: a kicker over its headline, not the compiler's title over its first item.)
  // (Not a page's heading over a line of no heading, `<h3>二、经济动态</h3>` over `<p><b>4. 标题</b>`: the part's heading, over its
  // records, not a kicker.)
  const partHeading = (above: number, below: number): boolean => lines[above]!.hint?.heading !== undefined && lines[below]!.hint?.heading === undefined;
  const headAbove = (index: number, floor: number): number => {
    let start = index;
    while (start > floor && index - start < HEAD_LINES && isHead(start - 1) && adjacent(start - 1, start) && !partHeading(start - 1, start)) start -= 1;
    return start;
  };
  let starts: number[];
  // (Where the first record opens for the check that the compiler's lines above it hold no story: before any lines of the
  // compiler's own over a first headline in brackets are set apart.)
  let opening: number | undefined;
  if (place === 'under') {
    // Each record opens at the head lines over its source line.
    let floor = 0;
    starts = sources.map(({ index }) => {
      const start = headAbove(index, floor);
      floor = index + 1;
      return start;
    });
  } else if (place === 'above') {
    // Each record opens at its source line.
    starts = sources.map(({ index }) => index);
  } else {
    // Each record runs to its source line; the first opens at the head over the file's first paragraph (the compiler's title and
    // contents above it are the file's).
    const first = lines.findIndex((line, index) => !isHead(index) && !isStructureLine(unspaced(line.text)) && !CONTENTS_ENTRY.test(line.text));
    // (Its headline right above it, or over a blank line, as a word processor sets a title apart; so is a byline from its headline.)
    const paragraph = Math.min(first, sources[0]!.index);
    let start = isHead(paragraph - 1) ? headAbove(paragraph - 1, 0) : paragraph;
    if (start > 0 && matchBylineLine(lines[start]!.text) !== undefined && isHead(start - 1)) start = headAbove(start - 1, 0);
    // (Where every later record opens on its headline in brackets, `【标题】`, so does the first: what stands over its headline — a
    // forward's head, `发件人：…` / `主题：…`, the compiler's `各位领导：现将…摘报如下` — is the file's own.)
    const bracketAt = (from: number, to: number): number => lines.slice(from, to).findIndex((line) => isBracketHeading(line.text));
    const laterBracketed = sources.length > 1 && sources.slice(0, -1).every(({ index }, k) => bracketAt(index + 1, sources[k + 1]!.index) !== -1);
    const own = laterBracketed ? bracketAt(start, sources[0]!.index) : -1;
    opening = start;
    if (own > 0) start += own;
    starts = [start, ...sources.slice(0, -1).map(({ index }) => index + 1)];
  }
  const hasText = (from: number, to: number): boolean => lines.slice(from, to).some((line) => PARAGRAPH.test(line.text) && !isStructureLine(line.text));
  // (Closing their texts, the last source line may have text under it that no line credits: it stays with the last record, in a section.)
  const last = sources.at(-1)!.index;
  const tailed = place === 'closing' && hasText(last + 1, lines.length);
  const end = (k: number): number =>
    place !== 'closing' ? (starts[k + 1] ?? lines.length) : tailed && k === sources.length - 1 ? lines.length : sources[k]!.index + 1;
  // Each record holds its story's text, and the compiler's lines above the first hold none: else the source lines are a list's
  // (a notice's list of articles to read, a page's links), and the file is no compilation.
  if (hasOwnText(opening ?? starts[0]!) || starts.some((start, k) => !hasText(start, end(k)))) return undefined;
  // The compiler's title printed again atop each page of the document (a document site's copy), and any of its lines above the first
  // record printed so (`岷州市文化广电和旅游局　舆情剪报　2024年第68期` at each page break of a clipping service's print-out), are the
  // file's running head, kept as printed.
  // (Not its contents' entries, which name the records' headlines as they stand over them: `1. 前4个月…` in a digest's contents.)
  const runningHeads = new Set(
    lines
      .slice(0, starts[0])
      .filter((line) => !PARAGRAPH.test(line.text) && !isContentsEntry(line.text))
      .map((line) => line.text),
  );
  const records = sources.map(({ index, facts }, k) => {
    const recordLines = lines.slice(starts[k], end(k));
    // (The next part's heading after a record's text, `<h3>二、经济动态</h3>`, is the compiler's, kept with the record as printed.)
    let tail = recordLines.length;
    while (tail > 0 && recordLines[tail - 1]!.hint?.heading !== undefined && isHead(starts[k]! + tail - 1)) tail -= 1;
    // (And a part's heading over a record's headline, `■ 经济社会` / `【“五一”假期临近…】`, as a digest marks its parts.)
    let lead = 0;
    while (lead < tail - 1 && PART_HEADING.test(recordLines[lead]!.text) && isHead(starts[k]! + lead + 1)) lead += 1;
    const partHeads = [...recordLines.slice(0, lead), ...(tail > 0 && hasText(starts[k]!, starts[k]! + tail) ? recordLines.slice(tail) : [])];
    return {
      facts,
      dateLine: lines[index]!,
      lines: recordLines,
      head: [lines[index]!],
      fields: recordLines.filter((line) => runningHeads.has(line.text) || partHeads.includes(line)),
    };
  });
  // Headlines the compiler numbered (`1.标题`, `二、标题`): each record's first head line, the numbers counting 1, 2, 3 through the file.
  // (A record's lines are the file's from its start on: its `j`th is the file's `starts[k] + j`th.)
  const firstHead = (record: (typeof records)[number], k: number): number =>
    record.lines.findIndex((line, j) => !record.fields.includes(line) && isHead(starts[k]! + j));
  const numbers = records.map((record, k) => {
    const head = record.lines[firstHead(record, k)];
    const number = head ? itemNumber(head.text) : undefined;
    return number === undefined ? undefined : { head: head!, number };
  });
  const counted = numbers.every((entry, k) => entry?.number === k + 1);
  // (Or set in brackets, `【标题】`, the record's one head line over its text: the brackets are markup, as a digest's.)
  const bracketed = records.map((record, k) => {
    const at = firstHead(record, k);
    const head = record.lines[at];
    const next = record.lines[at + 1];
    return head !== undefined && isBracketHeading(head.text) && (next === undefined || next === record.dateLine || !isHead(starts[k]! + at + 1))
      ? head
      : undefined;
  });
  return {
    kind: 'compilation',
    preamble: [...lines.slice(0, starts[0]), ...(place === 'closing' && !tailed ? lines.slice(last + 1) : [])],
    records: records.map((record, k) => {
      const item = counted ? numbers[k]!.head : bracketed[k];
      return item ? { ...record, item } : record;
    }),
  };
}

/** A digest's heading of a part, marked or numbered in words, a few characters: `■ 本地要闻`, `二、经济动态`. */
const PART_HEADING = /^(?:[■□●○◆◇▲△★☆▶►]\s*|[一二三四五六七八九十]{1,3}[、．.]\s*)\p{Script=Han}{2,8}$/u;

/** A clip's number in brackets before its source, as a clipping service labels them: `【剪报1】`, `[新闻 2]`. */
const CLIP_LABEL = /^[【[]\s*(\p{Script=Han}{1,4})\s*([0-9]{1,3})\s*[】\]]/u;

/**
 * The clips a service numbered under the same label as two or more source lines (`【剪报1】` … `【剪报4】`) whose line gives a
 * date but no page, as a site's copy is listed (`【剪报5】岷州新闻网　2024年4月14日　网络转载`): sources too, of the outlet beside
 * the date, on no page.
 */
function numberedClips(lines: readonly RawLine[], sources: ReadonlyArray<{ index: number }>): Array<{ index: number; facts: RecordFacts }> {
  const labels = sources.flatMap(({ index }) => CLIP_LABEL.exec(lines[index]!.text)?.[1] ?? []);
  const label = labels.find((word) => labels.filter((other) => other === word).length >= 2);
  if (label === undefined) return [];
  const known = new Set(sources.map(({ index }) => index));
  return lines.flatMap((line, index) => {
    const clip = CLIP_LABEL.exec(line.text);
    if (known.has(index) || clip?.[1] !== label) return [];
    const rest = line.text.slice(clip[0].length);
    const date = dateIn(rest);
    const paper = paperBeside(rest, isOutletName);
    return date && paper !== undefined && !/[。！？]/u.test(rest) ? [{ index, facts: { ...date, printed: line.text, paper } }] : [];
  });
}

/** An entry of a compiler's contents: a title with a leader, or numbered and no sentence (`1．标题（《梅山日报》2024年3月23日 A3版）`). */
function isContentsEntry(text: string): boolean {
  return CONTENTS_LEADER.test(text) || ((ITEM_NUMBER.test(text) || ITEM_NUMBER_CN.test(text)) && !SENTENCE.test(text));
}

/** A line of labelled fields set apart by wide spaces, as a database prints its search: `检索词：水利　　时间：2024-01-01至2024-12-31`. */
function isFieldsLine(text: string): boolean {
  const fields = text.split(/[\s\u3000]{2,}/u);
  return fields.length >= 2 && /^[^：:\s]{1,8}[：:]/u.test(fields[0]!) && !fields.some((field) => /[。！？；]$/u.test(field));
}

/** The compiler's number before a headline: `1.`, `2、`, `三、`. */
function itemNumber(text: string): number | undefined {
  const number = ITEM_NUMBER.exec(text)?.[0] ?? ITEM_NUMBER_CN.exec(text)?.[0];
  return number === undefined ? undefined : parseNumber(number.replace(/[.、．\s]+$/u, ''));
}
