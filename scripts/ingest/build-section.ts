/**
 * Build a section (an article, a transcript or an interview) from the chunks
 * of one story — one chunk, or several stitched across pages by jump markers.
 *
 * Paragraphs broken by extraction are rejoined (and the join reported);
 * transcripts are cut into Q&A entries at each asker; interviews at each 问：.
 */
import type { VFile } from 'vfile';
import { continuesInto } from './continuation.ts';
import { Rule, note } from './report.ts';
import { matchAsker } from './rules/asker.ts';
import { EDITOR_NOTE, matchClosingByline, matchLeadByline, matchPhotoCredit, matchTrailingCredit, opensWithLead } from './rules/byline.ts';
import { isRoundupTitle } from './rules/topic-shift.ts';
import {
  FOLLOW_UP,
  isHostsAside,
  matchInterviewTurn,
  pairsTaggedTurns,
  matchNamedTurn,
  matchNumberedQuestion,
  matchSpeaker,
  pairedTurns,
  respondentFromSubtitle,
} from './rules/speaker.ts';
import { LineKind, type Chunk, type LayoutLine } from './types.ts';

/** A body line with the page file it came from. */
export interface SourcedLine {
  line: LayoutLine;
  file: VFile;
  page: number;
}

/** A paragraph or subhead: one or more source lines joined. */
export interface Block {
  kind: 'paragraph' | 'subhead';
  parts: SourcedLine[];
  /** The text as printed, jump markers removed, broken halves joined. */
  text: string;
}

export interface QaEntryModel {
  order: number;
  page: number;
  topic?: SourcedLine;
  headline?: SourcedLine;
  /** The asker line or 问：paragraph as printed. */
  asker: string;
  /** `undefined`: the paper itself. */
  outlet: string | undefined;
  respondent: string | undefined;
  askerLine?: SourcedLine;
  question: Block[];
  answer: Block[];
}

export interface SectionModel {
  chunks: Chunk[];
  page: number;
  pages: number[];
  kind: 'article' | 'qa';
  byline?: string;
  /** Paragraphs before the first question (lead, opening statement), or the whole article. */
  preamble: Block[];
  qa: QaEntryModel[];
  continuedTo?: number;
  continuedFrom?: number;
}

export function buildSection(chunks: Chunk[]): SectionModel {
  const first = chunks[0]!;
  const last = chunks.at(-1)!;
  const lines: SourcedLine[] = chunks.flatMap((chunk) =>
    chunk.body
      .filter((line) => line.kind !== LineKind.jump || line.content !== '')
      .map((line) => ({ line, file: chunk.source!.file, page: chunk.source!.page })),
  );
  const pages = [...new Set(chunks.map((chunk) => chunk.source!.page))].sort((a, b) => a - b);
  const section: SectionModel = {
    chunks,
    page: first.source!.page,
    pages,
    kind: 'article',
    preamble: [],
    qa: [],
  };
  if (last.continuedTo !== undefined) section.continuedTo = last.continuedTo;
  if (first.continuedFrom !== undefined) section.continuedFrom = first.continuedFrom;
  // (A byline set across a column by `pdftotext -layout`, `本报记者       陈静`, reads with one space.)
  const byline =
    first.bylines.map((line) => line.content.replace(/[ \t]{2,}/gu, ' ')).join(' ') ||
    leadByline(lines) ||
    // (Not a roundup's: the credit closing its text is its last item's reporter's, `本市快讯` / … / `…绕行。（记者　徐倩）`.)
    (isRoundupTitle(first.headline?.content ?? '') ? undefined : closingByline(lines)) ||
    photographer(chunks, lines);
  if (byline) section.byline = byline;
  const respondentHint = [first.headline, ...first.subtitles].map((line) => line?.content ?? '').join('\n');
  readBody(section, lines, respondentHint);
  return section;
}

function leadByline(lines: SourcedLine[]): string | undefined {
  const paragraphs = lines.filter((entry) => entry.line.kind === LineKind.paragraph);
  // (The lead under an editor's note that opens the text, `编者按：…` / `本报讯（记者　武娟）…`.)
  const lead = paragraphs[0] !== undefined && EDITOR_NOTE.test(paragraphs[0].line.content) ? paragraphs[1] : paragraphs[0];
  if (lead === undefined) return undefined;
  // (With the lines a hard-wrapped page broke it over: `本报讯（记者　王晓　通讯` / `员　韩涛）连日来，…`.)
  const after = paragraphs.slice(paragraphs.indexOf(lead) + 1);
  const end = after.findIndex((entry) => entry.line.hint?.wrapped !== true);
  const wrapped = end === -1 ? after : after.slice(0, end);
  return matchLeadByline([lead, ...wrapped].map((entry) => entry.line.content).join(''));
}

/**
 * A byline on the story's last line (`许翔宇 报道`) or closing its last paragraph (`…座位。（刘　畅）`), kept there as printed; none when other paragraphs close with their own
 * credits too (`（记者 陈晓）` … `（记者 王芳）`: a roundup's items, each its reporter's, or two stories run together).
 */
function closingByline(lines: SourcedLine[]): string | undefined {
  const paragraphs = lines.filter((entry) => entry.line.kind === LineKind.paragraph);
  const credit = (entry: SourcedLine): string | undefined => matchClosingByline(entry.line.content) ?? matchTrailingCredit(entry.line.content);
  const credits = paragraphs.filter((entry) => credit(entry) !== undefined);
  const last = paragraphs.at(-1);
  return last && credits.length === 1 ? credit(last) : undefined;
}

/**
 * A photo story's photographer (`春耕时节农机忙` / its caption / `本报通讯员　张　力　摄`): the credit under a text of one
 * caption is the story's byline. Under a longer story the credit is its picture's, kept with the extras as printed.
 */
function photographer(chunks: Chunk[], lines: SourcedLine[]): string | undefined {
  if (lines.filter((entry) => entry.line.kind === LineKind.paragraph).length !== 1) return undefined;
  const credits = chunks.flatMap((chunk) => chunk.extras ?? []).flatMap((extra) => matchPhotoCredit(extra.content) ?? []);
  return credits.length === 1 ? credits[0] : undefined;
}

function readBody(section: SectionModel, lines: SourcedLine[], titles: string): void {
  const subtitleRespondent = titles
    .split('\n')
    .map((title) => (/^[—－-]/u.test(title) ? respondentFromSubtitle(title) : undefined))
    .find(Boolean);
  let respondent = subtitleRespondent;
  let entry: QaEntryModel | undefined;
  let pendingTopic: SourcedLine | undefined;
  let pendingHeadline: SourcedLine | undefined;
  let inAnswer = false;
  const target = (): Block[] => (entry ? (inAnswer ? entry.answer : entry.question) : section.preamble);
  const open = (sourced: SourcedLine, asker: string, outlet: string | undefined): QaEntryModel => {
    const created: QaEntryModel = { order: section.qa.length + 1, page: sourced.page, asker, outlet, respondent, question: [], answer: [] };
    if (pendingTopic) created.topic = pendingTopic;
    if (pendingHeadline) created.headline = pendingHeadline;
    pendingTopic = undefined;
    pendingHeadline = undefined;
    section.qa.push(created);
    inAnswer = false;
    return created;
  };
  const paragraphs = lines.filter((sourced) => sourced.line.kind === LineKind.paragraph);
  const namedTurns = new Set([...pairedTurns(paragraphs.map((sourced) => sourced.line.content))].map((index) => paragraphs[index]!));
  // (Each paragraph's turn read once: for the pairing, and for the entries.)
  const interviewTurns = new Map(paragraphs.map((sourced) => [sourced, matchInterviewTurn(sourced.line.content)]));
  const taggedTurns = pairsTaggedTurns([...interviewTurns.values()]);
  for (const sourced of lines) {
    const { line } = sourced;
    if (line.kind === LineKind.topic) {
      pendingTopic = sourced;
      continue;
    }
    if (line.kind === LineKind.qaHeadline) {
      pendingHeadline = sourced;
      continue;
    }
    if (line.kind === LineKind.asker) {
      const asker = matchAsker(line.content)!;
      entry = open(sourced, asker.asker, asker.outlet);
      entry.askerLine = sourced;
      append(entry.question, sourced, 'paragraph');
      continue;
    }
    // (A question of a numbered list, `1.流感和普通感冒怎么区分？`: answered by what follows, unmarked.)
    if (line.kind === LineKind.paragraph && line.hint?.question === true) {
      entry = open(sourced, matchNumberedQuestion(line.content)?.label ?? line.content, undefined);
      append(entry.question, sourced, 'paragraph');
      inAnswer = true;
      continue;
    }
    // (A turn named by who asks or answers, `读者张女士问：` / `市医保局答：`, where the two pair up.)
    const named = namedTurns.has(sourced) ? matchNamedTurn(line.content) : undefined;
    if (named?.turn === 'question' && (!entry || inAnswer || entry.question.length === 0)) {
      entry = open(sourced, named.who, undefined);
      append(entry.question, sourced, 'paragraph');
      continue;
    }
    if (named?.turn === 'answer' && entry) {
      entry.respondent = named.who;
      inAnswer = true;
      append(entry.answer, sourced, 'paragraph');
      continue;
    }
    const interview = interviewTurns.get(sourced);
    // (A host's turn that asks nothing, `主持人：谢谢温厅长。下面请各位记者提问。`, runs the event: text where it stands.)
    const turn = interview && (isHostsAside(interview.label, interview.rest) || (interview.tagged && !taggedTurns)) ? undefined : interview;
    if (turn?.turn === 'question' && (!entry || inAnswer || entry.question.length === 0)) {
      const asker = matchAsker(line.content);
      // A follow-up (`追问：`) is the asker before's, for the same outlet; the asker as printed (`問` stays `問` in a paper printed in Traditional).
      const previous = FOLLOW_UP.has(turn.label) ? section.qa.at(-1) : undefined;
      // (A tagged turn's asker by name, `【听众 冯阿姨】` → 冯阿姨.)
      entry = open(sourced, asker?.asker ?? turn.who ?? turn.label, asker?.outlet ?? previous?.outlet);
      append(entry.question, sourced, 'paragraph');
      continue;
    }
    if (turn?.turn === 'answer' && entry) {
      if (turn.who !== undefined) entry.respondent = turn.who;
      inAnswer = true;
      append(entry.answer, sourced, 'paragraph');
      continue;
    }
    const speaker = line.kind === LineKind.paragraph ? matchSpeaker(line.content) : undefined;
    // (Or, once a question is asked, any other voice than the asker's and the host's: a second guest, `潘经理：…`, answers too.)
    const another = (): boolean =>
      speaker !== undefined &&
      entry !== undefined &&
      speaker.speaker !== entry.asker &&
      !HOSTS.has(speaker.speaker) &&
      entry.question.some((block) => /[？?]/u.test(block.text));
    if (speaker && entry && !inAnswer && (respondent === undefined || speaker.speaker === respondent || titles.includes(speaker.speaker) || another())) {
      respondent ??= speaker.speaker;
      entry.respondent = speaker.speaker;
      inAnswer = true;
      append(entry.answer, sourced, 'paragraph');
      continue;
    }
    if (speaker && !entry && titles.includes(speaker.speaker)) respondent ??= speaker.speaker;
    append(target(), sourced, line.kind === LineKind.subhead ? 'subhead' : 'paragraph');
  }
  section.kind = section.qa.length > 0 ? 'qa' : 'article';
}

/** Who runs an event and asks, never answers: the host, a reporter. */
const HOSTS = new Set(['主持人', '主持', '记者', '記者', '问', '問']);

/** Add a line to a list of blocks, rejoining it to the previous paragraph when it was broken off. */
function append(blocks: Block[], sourced: SourcedLine, kind: Block['kind']): void {
  const previous = blocks.at(-1);
  const { line } = sourced;
  if (line.content === '') return;
  // (A timed script's stamp is printed at the head of its line: kept there, the rules having read the line after it.)
  const printed = (line.hint?.stamp ?? '') + line.content;
  // A hard-wrapped line goes on its paragraph: the page was broken at a fixed width (said once per page, parse-body).
  if (previous?.kind === 'paragraph' && kind === 'paragraph' && line.hint?.wrapped) {
    previous.parts.push(sourced);
    previous.text += printed;
    return;
  }
  // (A lead, `本报讯…`, `央视网消息：…`, opens a story: what stands above it, a long headline with no mark, is not its first half.)
  // (Or broken at a page's end, a story's next page or a jump's, on a comma: short as it is, a line ending on `，` is no head
  // and, across files, no verse's line.)
  const acrossPages = previous !== undefined && previous.parts.at(-1)!.file !== sourced.file && /[，、；：]$/u.test(previous.text);
  if (previous?.kind === 'paragraph' && kind === 'paragraph' && (continuesInto(previous.text, line.content) || acrossPages) && !opensWithLead(line.content)) {
    const tail = previous.parts.at(-1)!;
    note(
      sourced.file,
      `Rejoined a paragraph broken after \`…${tailOf(previous.text)}\` (line ${tail.line.line}${tail.file === sourced.file ? '' : ` of ${tail.file.path}`}) and \`${headOf(line.content)}…\` (line ${line.line}): the first part does not end a sentence`,
      line.position,
      Rule.joinedParagraph,
    );
    previous.parts.push(sourced);
    previous.text += printed;
    return;
  }
  blocks.push({ kind, parts: [sourced], text: printed });
}

function tailOf(text: string): string {
  return Array.from(text).slice(-8).join('');
}

function headOf(text: string): string {
  return Array.from(text).slice(0, 8).join('');
}
