/**
 * Rule: a paragraph that opens with a speaker's name and a colon
 * (`王毅：各位记者朋友…`), and the `问：` / `答：` form of interviews.
 *
 * @example
 *   matchSpeaker('王毅：2023年是中国外交的开拓之年') // → {speaker: '王毅', rest: '2023年是…'}
 *   matchInterviewTurn('问：科技创新如何…') // → {turn: 'question', rest: '科技创新如何…'}
 *   matchInterviewTurn('追问：中方是否已与有关方面沟通？') // → {turn: 'question', label: '追问', …}
 *   matchInterviewTurn('主持人：下一步…') // → {turn: 'question', label: '主持人', …}
 */
import { parseNumber } from '../numerals.ts';
import { namesReporters } from './byline.ts';

const SPEAKER = /^([\u4e00-\u9fff·]{2,5})[：:]/u;
/**
 * A turn's label: `问：`, `答：` (numbered, `问一：`, `答1：`), a host's question (`主持人：`), `Q：`/`A：` (numbered, `Q1：`),
 * also bold as exports print them (`**问**：`, `**問：**`).
 */
const TURN =
  /^\*{0,2}([问問答](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})?|记者|記者|主持人|Q(?:[0-9０-９]{1,2})?|A|追问|追問|再问|再問|续问|續問|又问|又問)\*{0,2}[：:]\*{0,2}/u;
/** A follow-up's label (`追问：`): the question of the asker before, as Foreign Ministry transcripts print it. */
export const FOLLOW_UP = new Set(['追问', '追問', '再问', '再問', '续问', '續問', '又问', '又問']);
const ANSWER = new Set(['答', 'A']);

export function matchSpeaker(text: string): { speaker: string; rest: string } | undefined {
  const match = SPEAKER.exec(text);
  if (!match?.[1]) return undefined;
  return { speaker: match[1], rest: text.slice(match[0].length) };
}

/**
 * The parts a programme's or an interview's speakers play, by the word for each: the host, the public on the line and a
 * reporter ask; a guest, an expert or an interviewee answers; the others speak in a broadcast story (voice-over, live
 * sound, passers-by) and neither ask nor answer. One table for a speaker's tag in brackets (`【听众 冯阿姨】`) and for a label
 * before a colon (`观众来电（刘女士）：`, `嘉宾 王立新：`).
 */
const ASKING_PARTS = [
  '主持人',
  '主播',
  '听众来电',
  '聽眾來電',
  '观众来电',
  '觀眾來電',
  '听众',
  '聽眾',
  '观众',
  '觀眾',
  '网友',
  '網友',
  '读者',
  '讀者',
  '来电',
  '來電',
  '记者',
  '記者',
];
const ANSWERING_PARTS = ['嘉宾', '嘉賓', '来宾', '來賓', '专家', '專家', '受访者', '受訪者'];
const SPEAKING_PARTS = [
  '同期声',
  '同期聲',
  '同期',
  '解说',
  '解說',
  '画外音',
  '畫外音',
  '现场声',
  '現場聲',
  '采访对象',
  '採訪對象',
  '市民',
  '村民',
  '群众',
  '群眾',
];
const ANSWERS = new Set(ANSWERING_PARTS);
const QA_PARTS = [...ASKING_PARTS, ...ANSWERING_PARTS].join('|');

/**
 * A call-in's or a talk show's turn tagged with its speaker's part and name, no colon (`【主持人 晓雨】…？`, `【听众 冯阿姨】…？`,
 * `【嘉宾 彭立新】…`). A tagged asker's turn that asks nothing (`【听众 冯阿姨】好的，谢谢你们。`) is no question.
 */
const TAGGED_TURN = new RegExp(`^【(${QA_PARTS})(?:[\\s\\u3000]+([^【】\\n]{1,24}?))?】\\s*`, 'u');

/**
 * A turn labelled with its speaker's part and name before a colon, as a programme's script prints it (`主持人（李明）：`,
 * `观众来电（刘女士）：`, `嘉宾 王立新：`, a guest's name run on, `嘉宾张华：`), perhaps with the time after the colon, kept
 * as printed (`嘉宾 王立新：（07:31）…`): the part, and the name.
 */
const PART_TURN = new RegExp(
  `^(${QA_PARTS})(?:[（(]([^（）()：:]{1,12})[）)]|[\\s\\u3000]+([\\p{Script=Han}·]{2,5})|(?<=${ANSWERING_PARTS.join('|')})([\\p{Script=Han}·]{2,4}))?[：:]\\s*`,
  'u',
);

/** A turn's part and speaker by its label (`PART_TURN`), whether it asks or not: a script's turn, its stamp lifted (`formats/time-stamps.ts`). */
export function matchPartTurn(text: string): { part: string; who?: string; length: number } | undefined {
  const match = PART_TURN.exec(text);
  if (!match?.[1]) return undefined;
  const who = match[2] ?? match[3] ?? match[4];
  return { part: match[1], ...(who === undefined ? {} : { who: who.trim() }), length: match[0].length };
}

/** A turn's part and speaker by its tag in brackets (`TAGGED_TURN`). */
function taggedPart(text: string): ReturnType<typeof matchPartTurn> {
  const tagged = TAGGED_TURN.exec(text);
  if (tagged?.[1] === undefined) return undefined;
  return { part: tagged[1], ...(tagged[2] === undefined ? {} : { who: tagged[2].trim() }), length: tagged[0].length };
}

export function matchInterviewTurn(text: string): { turn: 'question' | 'answer'; label: string; rest: string; who?: string; tagged?: true } | undefined {
  const match = TURN.exec(text);
  // A speaker's part and name, in a tag (`【听众 冯阿姨】…？`) or before a colon where no plain label opens the line
  // (`观众来电（刘女士）：…？`, `嘉宾 王立新：…`): a tagged turn, two answered at the least; an asker's that asks nothing is none.
  const part = taggedPart(text) ?? (match ? undefined : matchPartTurn(text));
  if (part) {
    const turn = ANSWERS.has(part.part) ? 'answer' : 'question';
    const rest = text.slice(part.length);
    if (turn === 'question' && !ASKS.test(rest)) return undefined;
    return { turn, label: part.part, rest, tagged: true, ...(part.who === undefined ? {} : { who: part.who }) };
  }
  if (!match?.[1]) return undefined;
  const turn = ANSWER.has(match[1]) || match[1].startsWith('答') ? 'answer' : 'question';
  const rest = text.slice(match[0].length);
  // (A numbered `Q1：` or `问一：` asks only with a question mark: `Q1：营收62.3亿元` is a business story's quarter.)
  if (/^(?:Q|[问問])[0-9０-９一二三四五六七八九十]/u.test(match[1]) && !/[？?]/u.test(rest)) return undefined;
  // `记者：黄丽萍　版面：第2版` names the reporter: a byline, not a question.
  if ((match[1] === '记者' || match[1] === '記者') && namesReporters(rest.replace(/\*/gu, ''))) return undefined;
  return { turn, label: match[1], rest };
}

/**
 * Whether a text's turns, each paragraph's as `matchInterviewTurn` reads it, pair a question with a tagged answer twice at
 * the least (`【主持人 晓雨】…？` / `【嘉宾 彭立新】…`), as a Q&A does. One,
 * a broadcast story's reporter asking and a passer-by answering (`【记者】…？` / `【受访者 张建国】…`), is the story's speech.
 */
export function pairsTaggedTurns(turns: ReadonlyArray<ReturnType<typeof matchInterviewTurn>>): boolean {
  let answered = 0;
  let asked = false;
  for (const turn of turns) {
    // (A host's question labelled plainly, `主持人：…？`, is answered by a tagged guest, `嘉宾 王立新：…`, as a tagged one is.)
    if (turn === undefined || (turn.tagged !== true && turn.turn !== 'question')) continue;
    if (turn.turn === 'question') asked = true;
    else if (asked) {
      answered += 1;
      asked = false;
    }
  }
  return answered >= 2;
}

/**
 * A turn named by who asks or answers before the mark (`读者张女士问：`, `网友“小雨点”问：`, `市医保局答：`, `記者問：`, `林世雄答：`, `记者提问：`;
 * a site's `留言：` and `回复：`), as a
 * paper's Q&A column and a briefing's report print them. Read as a turn only where asking and answering pair up
 * (`pairedTurns`): alone, `张大爷问：“这钱怎么领？”` is a story's quote.
 */
const NAMED_TURN = /^([\p{Script=Han}·“”「」『』]{0,12}?)(提问|提問|问|問|回答|作答|答复|答覆|答|留言|回复|回覆)[：:]/u;

/** A site's message and its reply, as a government's 网络问政 page prints them (`留言：…` / `回复：…`): turns with no one named. */
const UNNAMED = new Set(['留言', '回复', '回覆', '答复', '答覆']);

export function matchNamedTurn(text: string): { turn: 'question' | 'answer'; who: string; rest: string } | undefined {
  const match = NAMED_TURN.exec(text);
  if (match?.[1] === undefined || !match[2] || (match[1] === '' && !UNNAMED.has(match[2]))) return undefined;
  return { turn: /答|回复|回覆/u.test(match[2]) ? 'answer' : 'question', who: match[1] || match[2], rest: text.slice(match[0].length) };
}

/**
 * The paragraphs of a text that are named turns (`matchNamedTurn`) of a Q&A: a question followed by its answer (named,
 * `市医保局答：`, or bare, `答：`) before the next question.
 */
export function pairedTurns(paragraphs: readonly string[]): Set<number> {
  const paired = new Set<number>();
  let answered = 0;
  paragraphs.forEach((text, index) => {
    if (matchNamedTurn(text)?.turn !== 'question') return;
    for (let next = index + 1; next < paragraphs.length; next += 1) {
      const named = matchNamedTurn(paragraphs[next]!);
      const bare = matchInterviewTurn(paragraphs[next]!);
      if (named?.turn === 'question' || (bare?.turn === 'question' && named === undefined)) return;
      if (named?.turn === 'answer' || bare?.turn === 'answer') {
        paired.add(index);
        if (named) paired.add(next);
        answered += 1;
        return;
      }
    }
  });
  // (Two questions answered at least: one, `不少购房者问：…？` / `业内人士回答：…`, is a story's exchange quoted.)
  return answered >= PAIRS_MIN ? paired : new Set();
}

/** Fewest questions answered that make named turns a Q&A. */
const PAIRS_MIN = 2;

/** What makes a host's turn a question: a question mark, or a request put to a guest (`请您介绍一下…`, `谈谈…`). */
const ASKS = /[？?]|请(?:您|你|问|問)|談談|谈谈|说说|說說|讲讲|講講|介绍一下|介紹一下/u;

/**
 * Whether a host's turn (`主持人：…`) only runs the event — an opening, thanks and a hand-over, a close, the host's own
 * name (`主持人：谢谢温厅长。下面请各位记者提问。`, `主持人：本场发布会到此结束，谢谢大家。`, `主持人：林晓`): no question, and
 * no Q&A entry of its own.
 */
export function isHostsAside(label: string, rest: string): boolean {
  return label === '主持人' && !ASKS.test(rest);
}

/**
 * A question numbered as an explainer or a health column lists them, its answer under it with no mark (`1.流感和普通感冒
 * 怎么区分？`, `一问：哪些家电可以申请补贴？`, `**1. 补贴标准是多少？**`, `问题3：…？`): the number as printed and the question. Not
 * a section's number in words, `一、为什么说…？`: an essay's and a report's subheads are so numbered.
 */
const NUMBERED_QUESTION =
  /^(?:\*\*)?((?:[0-9０-９]{1,2}[.．、]|[一二三四五六七八九十]{1,3}[问問][：:]|问题[0-9０-９一二三四五六七八九十]{1,3}[：:、.．]|問題[0-9０-９一二三四五六七八九十]{1,3}[：:、.．]))\s*([^？?]{2,60}[？?])(?:\*\*)?$/u;

export function matchNumberedQuestion(text: string): { label: string; number: number; question: string } | undefined {
  const match = NUMBERED_QUESTION.exec(text.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const number = parseNumber(match[1].replace(/^问题|^問題|[.．、：:问問]/gu, ''));
  return number === undefined ? undefined : { label: match[1].replace(/[.．、：:]$/u, ''), number, question: match[2] };
}

/**
 * The respondent named in an interview's subtitle (`——访市科技局局长某某` → `某某`):
 * the name after the last title word, else everything after 访.
 */
export function respondentFromSubtitle(subtitle: string): string | undefined {
  const match = /[访訪]([^，。]+)$/u.exec(subtitle.replace(/^[—－-]+/u, ''));
  if (!match?.[1]) return undefined;
  const person = match[1].trim();
  const titled =
    /(?:局长|局長|主任|书记|書記|市长|市長|区长|區長|县长|縣長|院长|院長|董事长|董事長|总经理|總經理|校长|校長|部长|部長|主席|会长|會長|负责人|負責人|厅长|廳長|处长|處長|所长|所長|专家|專家|教授|总裁|總裁|理事长|理事長|代表|委员|委員)([\u4e00-\u9fff·]{2,4})$/u.exec(
      person,
    );
  return titled?.[1] ?? person;
}

/**
 * A broadcast transcript's speaker tag in brackets: the reporter, an interviewee, the host, the voice-over, live sound; a
 * programme's guest and the public on the line (`【嘉宾 刘伟】`, `【听众 王先生】`, `【网友 “青柠”（节目微信留言）】`), a name and a
 * note after the role.
 */
const SPEAKER_TAG = new RegExp(`^【(?:${[...ASKING_PARTS, ...ANSWERING_PARTS, ...SPEAKING_PARTS].join('|')})(?:[\\s\\u3000]+[^【】\\n]{1,24})?】\\s*\\S`, 'u');

/** What a broadcast's speaker says, tagged (`【记者】现在我所在的位置…`, `【受访者 张建国】变化很大…`): a paragraph of the story, never a head. */
export function isTaggedSpeech(text: string): boolean {
  return SPEAKER_TAG.test(text);
}
