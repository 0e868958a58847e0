/**
 * Digest items printed run-in, their headline and their text on one line: `【标题】正文……。` (bracketed, numbered or not,
 * `1、【标题】…`) and a mobile edition's `◆标题：正文……。` (after a bullet, the headline up to the colon that closes it),
 * each cut into its heading and its paragraph at their places, on a page that is a list of them (two or more; a bulleted
 * one only with no running text over it). `parse-body.ts` reads the cut lines as items. May import the line rules
 * (`rules/`), `punctuation.ts`, `lines.ts` and `types.ts`.
 */
import { slicePosition } from './lines.ts';
import { charLength, endsSentence } from './punctuation.ts';
import { isLead, opensWithTaiwanCredit } from './rules/byline.ts';
import { isTaggedSpeech } from './rules/speaker.ts';
import { isBoxLabel } from './rules/box-label.ts';
import { isTitleLine } from './rules/title-line.ts';
import { isRoundupName } from './rules/topic-shift.ts';
import { isMarkup, type RawLine } from './types.ts';

/**
 * A page's lines with its run-in item headings on lines of their own, on a
 * page that is a list of such items (two or more): a single run-in label on
 * a page (`【新闻链接】正文……。`) is part of its paragraph, as printed.
 */
export function withRunInItems(lines: RawLine[]): RawLine[] {
  // (A bulleted item, `◆标题：正文`, only where the page is a list of them: none under a story's running text, where
  // `◆市人大代表吴晨：…` is a voice quoted, `◆主办单位：…` a notice's detail.)
  const firstText = lines.findIndex((line) => !isMarkup(line) && endsSentence(line.text) && !RUN_IN_BULLET.test(line.text));
  const split = lines.map((line, index) => splitRunInHeading(line, firstText === -1 || index < firstText));
  return withRoundupRunIns(split.filter((parts) => parts.length > 1).length >= 2 ? split.flat() : lines);
}

/**
 * A roundup's items printed run-in, the headline after a bullet and set off from its text by a space
 * (`体坛短波` / `■长汀籍选手获全国皮划艇锦标赛银牌　在日前结束的全国皮划艇静水锦标赛上，…。` / `　　这是…。` / `■市全民健身中心…　…`):
 * cut into heading and paragraph, where two or more such lines follow the roundup's name with only their text between
 * them — anywhere on a page, a roundup's name says its lines are items (`rules/topic-shift.ts`, `isRoundupName`).
 */
function withRoundupRunIns(lines: RawLine[]): RawLine[] {
  const out: RawLine[] = [];
  /** The lines under a roundup's name, each with its pieces when it is a run-in item. */
  let run: Array<{ line: RawLine; pieces?: RawLine[] }> | undefined;
  const close = (): void => {
    const items = run?.filter((entry) => entry.pieces !== undefined).length ?? 0;
    for (const entry of run ?? []) out.push(...(items >= 2 && entry.pieces ? entry.pieces : [entry.line]));
    run = undefined;
  };
  for (const [index, line] of lines.entries()) {
    const previous = lines[index - 1];
    // (A blank line ends the roundup's run: its lines are set line under line.)
    if (run !== undefined && previous !== undefined && line.line - previous.line > 1) close();
    const pieces = run === undefined || isMarkup(line) ? undefined : splitSpacedRunIn(line);
    if (run !== undefined && pieces !== undefined) run.push({ line, pieces });
    else if (run !== undefined && !isMarkup(line) && endsSentence(line.text) && !isTitleLine(line.text)) run.push({ line });
    else {
      close();
      out.push(line);
      if (!isMarkup(line) && isRoundupName(line.text)) run = [];
    }
  }
  close();
  return out;
}

/** A run-in item after its bullet, its headline set off by a space (`■标题　正文……。`): heading and paragraph; `undefined` for any other line. */
function splitSpacedRunIn(line: RawLine): RawLine[] | undefined {
  const bullet = RUN_IN_BULLET.exec(line.text)?.[0];
  if (bullet === undefined) return undefined;
  const gap = /[\u3000]+|[ \t]{2,}/u.exec(line.text.slice(bullet.length));
  if (gap === null) return undefined;
  const cut = bullet.length + gap.index;
  const title = line.text.slice(bullet.length, cut);
  const restFrom = cut + gap[0].length;
  const rest = line.text.slice(restFrom);
  if (charLength(title) < RUN_IN_TITLE_MIN || !isTitleLine(title) || isBoxLabel(line.text.slice(0, cut))) return undefined;
  if (!endsSentence(rest) || charLength(rest) < RUN_IN_TEXT_MIN) return undefined;
  return [
    { text: line.text.slice(0, cut), line: line.line, position: slicePosition(line, 0, cut) },
    { text: rest, line: line.line, position: slicePosition(line, restFrom, line.text.length) },
  ];
}

/** A bullet opening a mobile edition's item (`◆`, `●`, `■`, `▲`, `★`, `►`). */
const RUN_IN_BULLET = /^[◆◇■□●○▲△★☆►▶◎•]\s*/u;

/** Fewest characters of a run-in item's headline (shorter before a colon: a label, `记者：`, `时间：`) and of its text. */
const RUN_IN_TITLE_MIN = 6;
const RUN_IN_TEXT_MIN = 20;

/**
 * A digest item printed run-in, its bracketed title and its text on one line
 * (`【标题】正文……。`): two lines, the heading and the paragraph, each with its
 * own position. A bracketed series name before a title (`【专栏】标题`) stays one line.
 */
function splitRunInHeading(line: RawLine, bulletsAreItems: boolean): RawLine[] {
  // `【本報訊】記者…`: a lead in brackets, not an item's title; nor Taiwan's credit in brackets, `【記者林佩君／卑南報導】今年…`.
  if (isMarkup(line) || isLead(line.text) || opensWithTaiwanCredit(line.text)) return [line];
  // (A mobile edition's item after its bullet, `◆万里长江新气象 高质量发展绘宏图：长江经济带事关全国发展大局。…`: the headline up to
  // the colon that closes it — the first after six characters, `吴晨：让市民感受到…活力：` — then the text.)
  const bulleted = bulletsAreItems ? RUN_IN_BULLET.exec(line.text) : null;
  if (bulleted) {
    const colons = [...line.text.matchAll(/：/gu)].map((match) => match.index);
    const cut = colons.find((at) => charLength(line.text.slice(bulleted[0].length, at)) >= RUN_IN_TITLE_MIN);
    const title = cut === undefined ? undefined : line.text.slice(0, cut);
    const rest = cut === undefined ? '' : line.text.slice(cut + 1).trimStart();
    if (title !== undefined && isTitleLine(title.slice(bulleted[0].length)) && endsSentence(rest) && charLength(rest) >= RUN_IN_TEXT_MIN) {
      const restFrom = line.text.length - rest.length;
      // (The colon is the headline's mark, kept as printed, as a bracketed item's brackets are.)
      return [
        { text: title, line: line.line, position: slicePosition(line, 0, cut!) },
        { text: '：', line: line.line, position: slicePosition(line, cut!, cut! + 1), hint: { media: true } },
        { text: rest, line: line.line, position: slicePosition(line, restFrom, line.text.length) },
      ];
    }
  }
  // (Numbered too, as a mobile edition lists its items: `1、【标题】正文……。`, the number the heading's.)
  const match = /^((?:[0-9０-９]{1,2}[、．.]\s*)?【[^【】]{2,40}】)\s*(.+)$/u.exec(line.text);
  const rest = match?.[2];
  if (!match?.[1] || rest === undefined || !/[。！？]$/u.test(rest) || (isTitleLine(rest) && !rest.includes('，'))) return [line];
  // `【记者】现在我所在的位置…`, `【受访者 张建国】变化很大…`: a broadcast's speaker before what they say, the paragraph's own.
  if (isTaggedSpeech(line.text)) return [line];
  const restFrom = line.text.length - rest.length;
  return [
    { text: match[1], line: line.line, position: slicePosition(line, 0, match[1].length) },
    { text: rest, line: line.line, position: slicePosition(line, restFrom, line.text.length) },
  ];
}
