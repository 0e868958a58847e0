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
import { namesReporters } from './byline.ts';

const SPEAKER = /^([\u4e00-\u9fff·]{2,5})[：:]/u;
/**
 * A turn's label: `问：`, `答：`, a host's question (`主持人：`), `Q：`/`A：`,
 * also bold as exports print them (`**问**：`, `**問：**`).
 */
const TURN = /^\*{0,2}(问|問|答|记者|記者|主持人|Q|A|追问|追問|再问|再問|续问|續問|又问|又問)\*{0,2}[：:]\*{0,2}/u;
/** A follow-up's label (`追问：`): the question of the asker before, as Foreign Ministry transcripts print it. */
export const FOLLOW_UP = new Set(['追问', '追問', '再问', '再問', '续问', '續問', '又问', '又問']);
const ANSWER = new Set(['答', 'A']);

export function matchSpeaker(text: string): { speaker: string; rest: string } | undefined {
  const match = SPEAKER.exec(text);
  if (!match?.[1]) return undefined;
  return { speaker: match[1], rest: text.slice(match[0].length) };
}

export function matchInterviewTurn(text: string): { turn: 'question' | 'answer'; label: string; rest: string } | undefined {
  const match = TURN.exec(text);
  if (!match?.[1]) return undefined;
  const turn = ANSWER.has(match[1]) ? 'answer' : 'question';
  const rest = text.slice(match[0].length);
  // `记者：黄丽萍　版面：第2版` names the reporter: a byline, not a question.
  if ((match[1] === '记者' || match[1] === '記者') && namesReporters(rest.replace(/\*/gu, ''))) return undefined;
  return { turn, label: match[1], rest };
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

/** A broadcast transcript's speaker tag in brackets: the reporter, an interviewee, the host, the voice-over, live sound. */
const SPEAKER_TAG =
  /^【(?:记者|記者|受访者|受訪者|主持人|同期|同期声|同期聲|解说|解說|画外音|畫外音|现场声|現場聲|采访对象|採訪對象|市民|村民|群众|群眾)(?:[\s\u3000]+[\p{Script=Han}·]{1,12})?】\s*\S/u;

/** What a broadcast's speaker says, tagged (`【记者】现在我所在的位置…`, `【受访者 张建国】变化很大…`): a paragraph of the story, never a head. */
export function isTaggedSpeech(text: string): boolean {
  return SPEAKER_TAG.test(text);
}
