/**
 * Checks over a built issue, each a warning at its place in the raw file:
 * the date line against the calendar (weekday, lunar date), the declared page
 * count against the pages present, duplicated text, and sections whose split
 * looks wrong.
 */
import { matchLabelledField } from '../rules/labelled-field.ts';
import type { IssueModel } from '../build-issue.ts';
import type { SectionModel } from '../build-section.ts';
import { slicePosition } from '../lines.ts';
import { charLength, shorten } from '../punctuation.ts';
import { Rule, note, warn } from '../report.ts';
import type { Chunk, ParsedPage } from '../types.ts';
import { findDuplicatedText } from './duplicated-text.ts';
import { checkLunarDate } from './lunar-date.ts';
import { checkWeekday } from './weekday.ts';
import { pageLabel, pageSection } from '../../../src/archive/pages.ts';

export function checkDateline(page: ParsedPage): void {
  const { header, file } = page;
  if (header.weekday) {
    const expected = checkWeekday(header.date, header.weekday.printed);
    if (expected) {
      warn(
        file,
        `The date line says \`${header.weekday.printed}\` but ${header.date} is a ${expected}`,
        'check the date and the weekday against the printed page; the text is kept as printed',
        header.weekday.position,
        Rule.weekday,
      );
    }
  }
  if (header.lunarDate) {
    const expected = checkLunarDate(header.date, header.lunarDate.printed);
    if (expected) {
      warn(
        file,
        `The date line gives the lunar date \`${header.lunarDate.printed}\` but ${header.date} is ${expected}`,
        'check the dates against the printed page; the text is kept as printed',
        header.lunarDate.position,
        Rule.lunarDate,
      );
    }
  }
}

export function checkPageCount(issue: IssueModel): void {
  const declaring = issue.files.find((file) => file.header.pageCount);
  const declared = declaring?.header.pageCount;
  if (!declaring || !declared) return;
  // A count such as 今日三十二版 says nothing of which lettered pages (A01…A16, B01…B16) there are.
  if (issue.pages.some((page) => pageSection(page) !== undefined)) return;
  const beyond = issue.pages.filter((page) => page > declared.value);
  const missing: number[] = [];
  for (let page = 1; page <= declared.value; page += 1) if (!issue.pages.includes(page)) missing.push(page);
  if (beyond.length > 0) {
    warn(
      declaring.file,
      `The date line declares ${declared.value} pages but page ${beyond.join(', ')} is present`,
      'check the page headers (`第N版`) and the declared page count',
      declared.position,
      Rule.pageCount,
    );
  }
  if (missing.length > 0) {
    warn(
      declaring.file,
      `The date line declares ${declared.value} pages but only page ${issue.pages.join(', ')} ${issue.pages.length === 1 ? 'is' : 'are'} in the input (missing: ${missing.join(', ')})`,
      'add the missing page files to complete the issue, or ignore this if the archive holds only part of it',
      declared.position,
      Rule.pageCount,
    );
  }
}

export function checkDuplicatedText(section: SectionModel): void {
  const blocks = [...section.preamble, ...section.qa.flatMap((entry) => [...entry.question, ...entry.answer])];
  for (const block of blocks) {
    for (const part of block.parts) {
      for (const duplication of findDuplicatedText(part.line.content)) {
        const offset = part.line.text.indexOf(part.line.content) + duplication.second;
        warn(
          part.file,
          `Possible duplicated text: \`${duplication.text}\` is printed twice in a row`,
          'compare with the printed page; the text is kept as printed, remove the repeat in the raw file if it is an extraction error',
          slicePosition(part.line, offset, offset + duplication.text.length),
          Rule.duplicatedText,
        );
      }
    }
  }
}

/**
 * A wrong split shows: a section without a title that continues nothing, a
 * title that reads as a date, the masthead or markup, or a section of a
 * single line. Each is a warning at the section's first line.
 */
/** A title that is a date (`2024-03-08`, `2024年3月8日 星期五`), not one that begins with a year (`2023年财政收入保持恢复性增长态势`). */
const LOOKS_LIKE_DATE = /^[0-9]{4}\s*[-/.年]\s*[0-9]{1,2}\s*[-/.月]\s*[0-9]{1,2}\s*[日号號]?(?![0-9])(?:$|[\s(（]|星期|周|週|礼拜|禮拜)/u;

export function looksLikeDate(title: string): boolean {
  return LOOKS_LIKE_DATE.test(title);
}

/** A single body line shorter than this (in characters) makes a section suspect. */
const SHORT_LINE = 20;

export function checkSections(issue: IssueModel): void {
  for (const section of issue.sections) {
    const first = section.chunks[0];
    const file = first?.source?.file;
    if (!first || !file) continue;
    const opening = first.headline ?? first.body[0] ?? first.extras?.[0];
    const headline = first.headline?.content;
    const fix = 'check the lines around it in the raw file; the text is kept as printed';
    if (headline === undefined && section.continuedFrom === undefined) {
      warn(
        file,
        `A section of page ${pageLabel(section.page)} has no title (it begins \`${shorten(opening?.content ?? '', 16)}\`)`,
        fix,
        opening?.position,
        Rule.suspectSection,
      );
      continue;
    }
    if (headline !== undefined) {
      const looks = looksLikeDate(headline) ? 'a date' : headline === issue.paper ? 'the masthead' : /^[#<*|[>]/u.test(headline) ? 'markup' : undefined;
      if (looks)
        warn(
          file,
          `The title \`${headline}\` of a section of page ${pageLabel(section.page)} looks like ${looks}`,
          fix,
          first.headline?.position,
          Rule.suspectSection,
        );
    }
    noteHeadByLength(issue, first);
    // A brief of one paragraph is common; one short line under a title is a split gone wrong more often than not.
    const body = section.chunks.flatMap((chunk) => chunk.body);
    const lines = body.length;
    const short = lines === 0 || (lines === 1 && charLength(body[0]!.content) < SHORT_LINE);
    // (A citation's record, title and labelled abstract with no text — `%X …`, `Summary-摘要: …` — is whole as it is.)
    const abstractOnly = lines === 0 && (first.summary ?? []).some((line) => matchLabelledField(line.text)?.field === 'summary');
    if (
      short &&
      !abstractOnly &&
      first.textless !== true &&
      section.qa.length === 0 &&
      section.continuedFrom === undefined &&
      section.continuedTo === undefined
    ) {
      warn(
        file,
        `The section \`${shorten(headline ?? '', 16)}\` of page ${pageLabel(section.page)} has ${lines === 0 ? 'no text' : 'a single line of text'}`,
        fix,
        opening?.position,
        Rule.suspectSection,
      );
    }
  }
}

/**
 * Two plain head lines that only their lengths, or the figures on one of them, told apart: a note at the
 * head, so that a user can check the reading and set the paper's layout
 * where it is wrong for the paper.
 */
function noteHeadByLength(issue: IssueModel, chunk: Chunk): void {
  const file = chunk.source?.file;
  const upper = chunk.banner ?? chunk.headline;
  const lower = chunk.headByLength === 'kicker' ? chunk.headline : chunk.subtitles[0];
  if (!file || !chunk.headByLength || !upper || !lower) return;
  const [reading, other, setting] =
    chunk.headByLength === 'kicker' ? ['kicker, headline', 'headline, subtitle', 'none'] : ['headline, subtitle', 'kicker, headline', 'above'];
  note(
    file,
    `\`${shorten(upper.content, 16)}\` / \`${shorten(lower.content, 16)}\` read as ${reading} ${chunk.headByFigures ? 'by the figures on one line alone' : 'by line length alone'}; ` +
      `if the paper prints ${other}, papers['${issue.paper}'].layout.kicker: '${setting}' reads every two-line head so`,
    { start: upper.position.start, end: lower.position.end },
    Rule.headByLength,
  );
}
