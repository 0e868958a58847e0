/**
 * Whether one line of running text goes on in the next: the paragraph was
 * broken by text extraction or by hard line wrapping. Used both to tell a
 * broken line from a subhead and to rejoin the halves.
 *
 * @example
 *   continuesInto('加沙这场浩劫再次提醒世人，巴勒斯坦领土长期被占领', '的事实不能再忽视了，…') // → true
 *   continuesInto('大国外交', '开创中国特色大国外交…') // → false
 */
import { charLength, endsSentence, hasClauseMarks } from './punctuation.ts';
import { TITLE_MAX, isBracketHeading } from './rules/title-line.ts';

/** Characters that cannot open a sentence: they attach to what came before. */
const ATTACHED_START = new Set([
  '，', // 逗号
  '、', // 顿号
  '。', // 句号
  '；', // 分号
  '：', // 冒号
  '？', // 问号
  '！', // 叹号
  '）', // 右括号
  '》', // 右书名号
  '”', // 右引号
  '的', // structural particle
  '地', // adverbial particle
  '得', // complement particle
  '了', // aspect particle
  '着', // aspect particle
  '著', // aspect particle (Traditional)
  '过', // aspect particle
  '過', // aspect particle (Traditional)
  '们', // plural suffix
  '們', // plural suffix (Traditional)
  '之', // literary particle
]);

/** A line that reads like a title: short, with no sentence end. */
export function isTitleLike(text: string): boolean {
  return charLength(text) <= TITLE_MAX && !endsSentence(text) && !/[。！？]/u.test(text);
}

/** Punctuation of the set above: attached whatever follows. A particle is attached only as a word of its own. */
const ATTACHED_MARK = /^[，、。；：？！）》”]/u;

const words = new Intl.Segmenter('zh', { granularity: 'word' });

/** Whether the break between two lines falls inside a word of their joined text (`李强在2024北京国际汽` / `车展览会…`). */
export function breaksWord(above: string, below: string): boolean {
  return ![...words.segment(above + below)].some((part) => part.index === above.length);
}

/**
 * Whether `next` opens on a character that attaches to what came before:
 * a closing mark, or a particle standing as a word of its own (`的事实` →
 * `的`|`事实`). A word that begins with one (`地下管网`, `过去一年`,
 * `得益于`, `之后`) opens a sentence as well as any.
 */
function opensAttached(next: string): boolean {
  const first = Array.from(next)[0] ?? '';
  if (!ATTACHED_START.has(first)) return false;
  if (ATTACHED_MARK.test(first)) return true;
  const word = words.segment(Array.from(next).slice(0, 8).join('')).containing(0)?.segment ?? first;
  return word === first;
}

/** A footnote's mark at the end of a line (`…五年。[^1]`, `…五年。[1]`): the sentence ends before it. */
const FOOTNOTE_MARK = /\[\^?[0-9A-Za-z]{1,4}\]$/u;

export function continuesInto(line: string, next: string): boolean {
  const text = line.replace(FOOTNOTE_MARK, '');
  // A whole-line bracketed heading (`【……！】`) is closed, whatever marks it holds.
  if (endsSentence(text) || isBracketHeading(text)) return false;
  if (opensAttached(next)) return true;
  if (isTitleLike(text)) return false;
  // Running text that stops mid-sentence: the next line completes it. (Text printed with no punctuation at all,
  // as old papers were, never ends a sentence by a mark: its line ends say nothing, and each line stays as printed.)
  // (Unless the break falls inside a word, `…国民经济和社` / `会发展计划…`.)
  return hasClauseMarks(text) || (charLength(text) > TITLE_MAX && (!UNPUNCTUATED.test(text) || breaksWord(text, next)));
}

/** Text with no mark of punctuation at all. */
const UNPUNCTUATED = /^[^\p{P}]*$/u;
