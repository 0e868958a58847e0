/**
 * An explainer's or an interview's questions, each answered under it with no mark of its own, and never heads of stories:
 * - numbered, as explainers and health columns print them (`1.流感和普通感冒怎么区分？` / its answer / `2.得了流感一定要吃抗病
 *   毒药吗？` / …; `### 一问：…？`, `**1. …？**`), or numbered in words as a policy's explainer is (`一、哪些产品可以享受补贴？`,
 *   three at the least, each answered in a few lines: an essay's `一、为什么说…？` over pages of analysis is its subhead);
 * - marked, as an interview prints its reporter's turns with a filled mark and the answers with the hollow one (`■今年以来，
 *   需求情况怎么样？` / `□总体是稳步增长。`);
 * - set in bold as a paragraph of its own (Markdown's `**截至目前，建设情况如何？**`), its answer in plain text under it.
 * The questions are a Q&A's, the story's text under its one head. `parse-body.ts` marks them, `build-section.ts` opens an
 * entry at each. May import the line rules (`rules/`), `blank-lines.ts` and `types.ts`.
 */
import { blankBefore } from './blank-lines.ts';
import { parseNumber } from './numerals.ts';
import { matchNumberedQuestion } from './rules/speaker.ts';
import { isMarkup, type LineHint, type RawLine } from './types.ts';

/** A labelled field opening a line (`留言人：`, `回复内容：`), not an answer's mark (`答：`, `A：`). */
const FIELD = /^\p{Script=Han}{2,6}[：:]/u;

/** Whether the lines under a question answer it: text, its first line no record's field. */
function answers(lines: readonly RawLine[]): boolean {
  const text = lines.filter((line) => !isMarkup(line));
  // (Answered in a few paragraphs: an essay's questions over pages of analysis, `一、为什么说…？`, are its subheads.)
  return text.length > 0 && text.length <= ANSWER_LINES_MAX && !FIELD.test(text[0]!.text);
}

/** Most lines of an answer under a numbered question. */
const ANSWER_LINES_MAX = 4;

/** The lines up to the first blank line among them. */
function firstBlock(lines: readonly RawLine[]): RawLine[] {
  const gap = lines.findIndex((_, index) => blankBefore(lines, index));
  return gap === -1 ? [...lines] : lines.slice(0, gap);
}

/** Fewest numbered questions that make a list of them; numbered in words as a report's sections are, more. */
const QUESTIONS_MIN = 2;
const WORDED_QUESTIONS_MIN = 3;

/**
 * A question numbered in words as a section is (`一、哪些产品可以享受补贴？`, `三、补贴怎么申领？需要先交旧家电吗？`, `（二）没有一技之长，
 * 参加培训能找到工作吗？`): its number.
 */
const SECTION_QUESTION = /^(?:\*\*)?(?:([一二三四五六七八九十]{1,3})[、．.]|[（(]([一二三四五六七八九十]{1,3})[）)])\s*(?:[^？?]{2,60}[？?]){1,2}(?:\*\*)?$/u;

function matchSectionQuestion(text: string): { number: number } | undefined {
  const match = SECTION_QUESTION.exec(text.trim());
  const words = match?.[1] ?? match?.[2];
  const number = words === undefined ? undefined : parseNumber(words);
  return number === undefined ? undefined : { number };
}

/** An interview's marks of its turns: the reporter's filled, the answer's hollow (`■` / `□`). */
const TURN_MARKS = new Map([
  ['■', '□'],
  ['▲', '△'],
  ['●', '○'],
  ['◆', '◇'],
  ['★', '☆'],
]);

/** Fewest questions asked without numbers that make an interview of them (one is a story's question). */
const ASKED_MIN = 2;

/**
 * The questions of a text asked without numbers: marked with a filled mark and a question's mark (`■…怎么样？`), the line
 * under it opening on the hollow one (`□…`); or a paragraph wholly in bold asking (`**…如何？**`), plain text under it before
 * the next. Two at the least, of one form.
 */
function askedQuestions(lines: readonly RawLine[]): number[] {
  const textLines = lines.map((line, index) => ({ line, index })).filter(({ line }) => !isMarkup(line));
  const marked = textLines.flatMap(({ line, index }, k) => {
    const hollow = TURN_MARKS.get(line.text.slice(0, 1));
    const next = textLines[k + 1]?.line.text;
    return hollow !== undefined && /[？?]/u.test(line.text) && next?.startsWith(hollow) === true ? [index] : [];
  });
  const asks = (line: RawLine): boolean => line.hint?.emphasis === true && /[？?]$/u.test(line.text);
  const bold = textLines.flatMap(({ line, index }, k) => {
    const next = textLines[k + 1]?.line;
    return asks(line) && next !== undefined && next.hint?.emphasis !== true ? [index] : [];
  });
  return [...(marked.length >= ASKED_MIN ? marked : []), ...(bold.length >= ASKED_MIN ? bold : [])];
}

/**
 * A page's lines with its lists of numbered questions marked (`hint.question`, a paragraph's opening, no heading): two or
 * more numbered one after another from 1, each with a line of answer under it before the next.
 */
export function withNumberedQuestions(lines: RawLine[]): RawLine[] {
  const text = (line: RawLine): boolean => !isMarkup(line) || line.hint?.heading !== undefined;
  const found = lines.flatMap((line, index) => {
    const question = text(line) ? matchNumberedQuestion(line.text) : undefined;
    if (question) return [{ index, number: question.number, words: false }];
    const section = text(line) ? matchSectionQuestion(line.text) : undefined;
    return section ? [{ index, number: section.number, words: true }] : [];
  });
  const listed = new Set<number>(askedQuestions(lines));
  let run: typeof found = [];
  const close = (): void => {
    if (run.length >= (run[0]?.words ? WORDED_QUESTIONS_MIN : QUESTIONS_MIN)) for (const { index } of run) listed.add(index);
    run = [];
  };
  for (const question of found) {
    const previous = run.at(-1);
    // (Answered: a line of text between it and the question before, and no record's fields, `留言人：…` / `回复内容：…` under a
    // numbered title, each a record of its own.)
    const answered = previous !== undefined && answers(lines.slice(previous.index + 1, question.index));
    if (previous !== undefined && question.number === previous.number + 1 && question.words === previous.words && answered) run.push(question);
    else {
      close();
      if (question.number === 1) run = [question];
    }
  }
  const last = run.at(-1);
  // (The last answer runs to the next blank line: what stands after it is the page's next story.)
  if (last !== undefined && !answers(firstBlock(lines.slice(last.index + 1)))) run.pop();
  close();
  if (listed.size === 0) return lines;
  return lines.map((line, index) => {
    if (!listed.has(index)) return line;
    // (No heading: a Markdown `### 一问：…？` is a question here.)
    const hint: LineHint = { ...line.hint, opensParagraph: true, question: true };
    delete hint.heading;
    return { ...line, hint };
  });
}
