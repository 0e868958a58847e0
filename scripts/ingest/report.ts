/**
 * Diagnostics as vfile messages: every one names a place in the raw file,
 * says what is wrong with the exact bad value, and says how to fix it.
 */
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';

type Place = Point | Position | undefined;

/** Rule ids, so that users and tests can tell diagnostics apart. */
export const Rule = {
  emptyFile: 'empty-file',
  binaryFile: 'binary-file',
  unreadableDocument: 'unreadable-document',
  badBytes: 'bad-bytes',
  mojibake: 'mojibake',
  invisible: 'invisible-character',
  encoding: 'encoding',
  noDateline: 'no-dateline',
  noMasthead: 'no-masthead',
  weekday: 'weekday-mismatch',
  lunarDate: 'lunar-date-mismatch',
  pageCount: 'page-count-mismatch',
  duplicatePage: 'duplicate-page',
  articlePages: 'article-pages',
  pageConflict: 'page-conflict',
  joinedParagraph: 'joined-paragraph',
  duplicatedText: 'duplicated-text',
  noBody: 'no-body',
  noDate: 'no-date',
  dateFromIssue: 'date-from-issue',
  dateFromAddress: 'date-from-address',
  monthOnly: 'month-only',
  relativeDate: 'relative-date',
  ambiguousDate: 'ambiguous-date',
  noPage: 'no-page',
  impossibleDate: 'impossible-date',
  factConflict: 'fact-conflict',
  paperFromFolder: 'paper-from-folder',
  titleFromPath: 'title-from-path',
  notIngested: 'not-ingested',
  pageFurniture: 'page-furniture',
  frontmatter: 'frontmatter',
  suspectSection: 'suspect-section',
  headByLength: 'head-by-length',
  records: 'records',
  dataFile: 'data-file',
  volume: 'bound-volume',
  timeZone: 'time-zone',
  sideBySide: 'side-by-side-columns',
  tooManyMessages: 'too-many-messages',
} as const;
export type Rule = (typeof Rule)[keyof typeof Rule];

/** `what` is wrong; `fix` says what to do about it. */
export function error(file: VFile, what: string, fix: string, place: Place, ruleId: Rule): void {
  const message = file.message(`${what}; ${fix}`, { place, ruleId, source: 'baoku' });
  message.fatal = true;
}

export function warn(file: VFile, what: string, fix: string, place: Place, ruleId: Rule): void {
  file.message(`${what}; ${fix}`, { place, ruleId, source: 'baoku' });
}

/** Information the user should see but need not act on (a detected encoding, a rejoined paragraph). */
export function note(file: VFile, what: string, place: Place, ruleId: Rule): void {
  const message = file.message(what, { place, ruleId, source: 'baoku' });
  message.fatal = undefined;
}

/** Messages of the files counted per rule id, those whose `fatal` (true: error, false: warning, undefined: note) `include` takes. */
export function countByRule(files: VFile[], include: (fatal: boolean | null | undefined) => boolean): Map<string, number> {
  const counts = new Map<string, number>();
  for (const message of files.flatMap((file) => file.messages)) {
    if (include(message.fatal) && message.ruleId) counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
  }
  return counts;
}

/** Whether a file carries an error. */
export function hasError(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true);
}
