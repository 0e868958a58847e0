/**
 * Rule: who asks a question in a press-conference transcript, and for which outlet.
 *
 * @example
 *   matchAsker('《人民日报》记者：') // → {asker: '《人民日报》记者', outlet: '人民日报', rest: ''}
 *   matchAsker('本报记者：') // → {asker: '本报记者', outlet: undefined (the paper itself), rest: ''}
 */
import { isLead, namesReporters } from './byline.ts';

const ASKER = /^(.{0,40}?(?:记者|記者))(?:[\s\u3000]*[\u4e00-\u9fff·]{2,4})?[：:]/u;
/** A verb where an asker's name would stand (`记者了解到：`). */
const REPORTED = /(?:获悉|獲悉|了解到|注意到|发现|發現|看到|获知|獲知|得知|表示)$/u;
/** Words for "this paper" in an asker line. */
const OWN_PAPER = /^(本报|本報|本刊|本台)$/u;

export interface Asker {
  /** The asker exactly as printed, without the colon. */
  asker: string;
  /** The outlet, without 《》 and without 记者; `undefined` means the paper itself. */
  outlet: string | undefined;
  /** Text after the colon on the same line (a question that starts there). */
  rest: string;
}

export function matchAsker(printed: string): Asker | undefined {
  // A follow-up printed whole in brackets (`（记者：中方是否会派代表出席？）`): the asker inside them.
  const text = /^[（(](.+)[）)]$/u.exec(printed)?.[1] ?? printed;
  const match = ASKER.exec(text);
  if (!match?.[1]) return undefined;
  const asker = match[0].slice(0, -1).trim();
  // A lead's credit (`羊城晚报讯 记者张豪报道：…`, `【大公報訊】記者黃山報道：…`): the reporter reports, nobody asks.
  if (/(?:报道|報道|報導|报导)$/u.test(asker) || isLead(text)) return undefined;
  const outletText = match[1]
    .replace(/(记者|記者)$/u, '')
    .replace(/[《》〈〉「」]/gu, '')
    .trim();
  // An asker is a short label, not a sentence that happens to contain 记者.
  if (/[，。！？；]/u.test(outletText)) return undefined;
  // An outlet is a name (`新华社`, `凤凰卫视`); `采访两会的外国记者：…` describes reporters, as a headline does (a 的 inside 《》 is the outlet's own title).
  if (/的/u.test(match[1].replace(/《[^》]*》/gu, ''))) return undefined;
  // `记者了解到：`, `记者获悉：` report what the reporter learned: running text, not an asker and a name.
  if (REPORTED.test(match[0].slice(match[1].length, -1).trim())) return undefined;
  // `记者：张三 李四`, `记者：黄丽萍　版面：第2版` name reporters: a byline, not a question.
  const rest = text.slice(match[0].length).trim();
  if (namesReporters(rest)) return undefined;
  const outlet = outletText === '' || OWN_PAPER.test(outletText) ? undefined : outletText;
  return { asker, outlet, rest };
}
