/**
 * Read a database export record by record (`facts/records.ts` finds them):
 * each record is one article with the paper, date and page its own head
 * names, so one file can feed many issues. The export's own head (service,
 * query, count) is kept with the first record's issue, as printed.
 */
import type { VFile } from 'vfile';
import type { PaperSettings } from '../../src/archive/config.ts';
import { calendarDate } from './facts/calendar.ts';
import { notePaperFromFolder } from './facts/resolve.ts';
import { matchCreditLine } from './facts/from-text.ts';
import { isPaperName } from './rules/paper-name.ts';
import type { PathFacts } from './facts/from-path.ts';
import { EMPTY_LABEL, RECORD_NUMBER, recordFields, type FileRecords } from './facts/records.ts';
import { layoutLine } from './layout-line.ts';
import { splitPages, type PageSegment } from './parse-body.ts';
import { Rule, error, note, warn } from './report.ts';
import { LineKind, type FactSource, type PageHeader, type ParsedPage } from './types.ts';

export interface RecordContext {
  path: string;
  sha256: string;
  encoding: string;
  pathFacts: PathFacts;
  paperSettings: PaperSettings | undefined;
  /** Folders already said to give their name to a paper. */
  notedFolders: Set<string>;
}

/** A record's pages: one per segment its text was cut into, numbered on from `first` in the file, each with the record's header and its own page. */
export function recordSegments(
  file: VFile,
  context: Pick<RecordContext, 'path' | 'sha256' | 'encoding'>,
  header: PageHeader,
  segments: readonly PageSegment[],
  first: number,
): ParsedPage[] {
  return segments.map((segment, index) => {
    const pageHeader = { ...header };
    if (segment.page !== undefined) pageHeader.page = segment.page;
    return { file, path: context.path, sha256: context.sha256, segment: first + index, encoding: context.encoding, header: pageHeader, chunks: segment.chunks };
  });
}

/** What a file of records is, as the note says it. */
const KIND = {
  compilation: 'a compilation of clippings, each filed by its own source line',
  posts: "a microblog's posts, each an article of its account's, dated by its own time",
  export: 'a database export',
} as const;

export function recordPages(file: VFile, found: FileRecords, context: RecordContext): ParsedPage[] {
  const pages: ParsedPage[] = [];
  const papers = new Set<string>();
  const dates = new Set<string>();
  for (const record of found.records) {
    const { facts, dateLine } = record;
    const checked = calendarDate(facts.year, facts.month, facts.day);
    if ('impossible' in checked) {
      error(
        file,
        `The record's date \`${facts.printed}\` (${checked.impossible}) does not exist`,
        'correct the date in the record\u2019s head; this record was not ingested, the others were',
        dateLine.position,
        Rule.impossibleDate,
      );
      continue;
    }
    // A head that names no paper (a library's page of one article): the paper as printed above it (`运河日报` over `日期：`) or in its credit line
    // (`《运河日报》（2024年03月08日 第02版）`), else as the path's pattern or the user names it, else the folder's; its page likewise.
    const credit = facts.paper === undefined ? record.lines.map((line) => matchCreditLine(line.text)).find((found) => found?.paper !== undefined) : undefined;
    const masthead = facts.paper === undefined ? found.preamble.find((line) => isPaperName(line.text))?.text : undefined;
    const [paperFrom, paper] = (
      [
        ['credit', facts.paper],
        ['text', masthead],
        ['credit', credit?.paper],
        ['path', context.pathFacts.paper],
        ['config', context.paperSettings?.name],
        ['folder', context.pathFacts.folder],
      ] as Array<[FactSource, string | undefined]>
    ).find((entry): entry is [FactSource, string] => entry[1] !== undefined)!;
    const page = facts.page ?? (facts.paper === undefined ? (credit?.page ?? context.pathFacts.page ?? context.pathFacts.order) : undefined);
    papers.add(paper);
    dates.add(checked.date);
    if (facts.relative)
      warn(
        file,
        `This post's time \`${facts.printed}\` counts from when it was copied, which it does not print: it is filed under the file's own date, ${checked.date}`,
        'if the copy was made on another day, name the file by the day it was made, or copy the post again with its full time',
        dateLine.position,
        Rule.relativeDate,
      );
    const header: PageHeader = {
      paper,
      paperFrom,
      date: checked.date,
      dateFrom: 'credit',
      dateLine,
      article: true,
      extras: pages.length === 0 ? found.preamble.map((line) => line.text) : [],
    };
    if (paperFrom === 'folder') notePaperFromFolder(file, header, context.notedFolders);
    if (page !== undefined) header.page = page;
    const label = [facts.pageLabel, facts.column].filter((part) => part !== undefined).join(' ');
    if (label !== '') header.pageHeader = label;
    // The head's own fields (`報章：`, `版面：`, `字數：`) are the record's, not its text: kept with its first section as printed.
    // (And a label the record leaves empty, `【作者】`, `作者：`: no subhead of its text.)
    // (And its fields after its text, Factiva's indexing.)
    const fields = [
      ...(record.fields ?? record.head.filter((line) => recordFields(line.text).length > 0 || EMPTY_LABEL.test(line.text) || RECORD_NUMBER.test(line.text))),
      ...(record.closing ?? []),
    ].filter((line) => line !== dateLine);
    const body = record.lines.filter((line) => line !== dateLine && !fields.includes(line));
    const segments = splitPages(header, body, {
      article: true,
      layout: context.paperSettings?.layout,
      plainText: true,
      ...(record.item ? { items: new Set([record.item]) } : {}),
    });
    const first = segments[0]?.chunks[0];
    if (first) first.extras = [...fields.map((line) => layoutLine(line, LineKind.paragraph)), ...(first.extras ?? [])];
    pages.push(...recordSegments(file, context, header, segments, pages.length));
  }
  const pathDate = context.pathFacts.date;
  note(
    file,
    `Read as ${KIND[found.kind ?? 'export']}: ${found.records.length} record(s) of ${papers.size} paper(s) over ${dates.size} date(s), each dated by its own head (the first: \`${found.records[0]?.dateLine.text ?? ''}\`)${
      pathDate && !dates.has(pathDate.value) ? `; the path's date ${pathDate.value} (\`${pathDate.printed}\`) is not used` : ''
    }${found.preamble.length > 0 ? `; the export's own ${found.preamble.length} line(s) (its head, or its search summary at the end) are kept with the first record's issue` : ''}`,
    found.records[0]?.dateLine.position,
    Rule.records,
  );
  return pages;
}
