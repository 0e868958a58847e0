/**
 * A list of numbered questions, each answered under it with no mark, as explainers and health columns print them
 * (`1.流感和普通感冒怎么区分？` / its answer / `2.得了流感一定要吃抗病毒药吗？` / …; `### 一问：…？`, `**1. …？**`): the
 * questions are a Q&A's, the story's text under its one head, never heads of stories of their own. `parse-body.ts` marks
 * them, `build-section.ts` opens an entry at each. May import the line rules (`rules/`), `blank-lines.ts` and `types.ts`.
 */
import { blankBefore } from './blank-lines.ts';
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

/** Fewest numbered questions that make a list of them. */
const QUESTIONS_MIN = 2;

/**
 * A page's lines with its lists of numbered questions marked (`hint.question`, a paragraph's opening, no heading): two or
 * more numbered one after another from 1, each with a line of answer under it before the next.
 */
export function withNumberedQuestions(lines: RawLine[]): RawLine[] {
  const text = (line: RawLine): boolean => !isMarkup(line) || line.hint?.heading !== undefined;
  const found = lines.flatMap((line, index) => {
    const question = text(line) ? matchNumberedQuestion(line.text) : undefined;
    return question ? [{ index, number: question.number }] : [];
  });
  const listed = new Set<number>();
  let run: typeof found = [];
  const close = (): void => {
    if (run.length >= QUESTIONS_MIN) for (const { index } of run) listed.add(index);
    run = [];
  };
  for (const question of found) {
    const previous = run.at(-1);
    // (Answered: a line of text between it and the question before, and no record's fields, `留言人：…` / `回复内容：…` under a
    // numbered title, each a record of its own.)
    const answered = previous !== undefined && answers(lines.slice(previous.index + 1, question.index));
    if (previous !== undefined && question.number === previous.number + 1 && answered) run.push(question);
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
