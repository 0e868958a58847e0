/**
 * Turn an issue model into the Markdown files of the three collections:
 * `issues/<paper>/<date>.md`, `sections/<paper>/<date>/p<page>-<nn>.md`,
 * `qa/<paper>/<date>/p<page>-<nn>-q<nn>.md`. An entry's id is its path in
 * its collection without `.md`; references use those ids.
 */
import type { BlockContent } from 'mdast';
import type { Block, QaEntryModel, SectionModel } from './build-section.ts';
import type { IssueModel } from './build-issue.ts';
import { chunkLines, lineRange } from './layout-line.ts';
import { container, defined, heading, paragraph, toMarkdown } from './markdown.ts';
import type { Chunk, LayoutLine } from './types.ts';
import { detectScript } from '../../src/archive/detect-script.ts';
import { entryPath, issueId as makeIssueId, qaId as makeQaId, sectionId as makeSectionId } from '../../src/archive/ids.ts';
import type { Script } from '../../src/archive/script.ts';
import { paperSlug } from '../../src/archive/slug.ts';

/** How much of an issue's text decides the script it is printed in. */
const SCRIPT_SAMPLE = 4000;

export interface OutputDocument {
  /** Path relative to the output folder, `/`-separated. */
  path: string;
  content: string;
}

export interface IssueDocuments {
  issueId: string;
  documents: OutputDocument[];
  sections: number;
  qa: number;
}

/**
 * @param slug — the paper's id (its pinyin, made unique over the archive's papers by the pipeline).
 * @param printed — the script the paper is printed in when baoku.config.ts says so; detected from the text otherwise.
 */
export function issueDocuments(issue: IssueModel, slug: string = paperSlug(issue.paper), printed?: Script): IssueDocuments {
  const issueId = makeIssueId(slug, issue.date);
  const documents: OutputDocument[] = [];
  const common: Common = { paper: issue.paper, paperSlug: slug, date: issue.date, ...(issue.monthOnly ? { monthOnly: true } : {}) };
  const perPage = new Map<number, number>();
  let qaTotal = 0;
  const unpaged = unpagedPages(issue);
  for (const section of issue.sections) {
    const order = (perPage.get(section.page) ?? 0) + 1;
    perPage.set(section.page, order);
    const sectionId = makeSectionId(issueId, section.page, order);
    // (A section's page is unnumbered when the file it starts in gave none, whatever other files of that page say.)
    const unpagedSection = section.chunks[0]?.source?.pageGuessed;
    documents.push({ path: entryPath('sections', sectionId), content: sectionDocument(section, issueId, order, common, unpagedSection) });
    for (const entry of section.qa) {
      qaTotal += 1;
      const qaId = makeQaId(sectionId, entry.order);
      documents.push({ path: entryPath('qa', qaId), content: qaDocument(entry, sectionId, issueId, common, section, unpagedSection) });
    }
  }
  const entries = issue.sections.flatMap((section) => section.qa);
  const names = (pick: (entry: QaEntryModel) => string | undefined): string[] | undefined => {
    const list = [...new Set(entries.map(pick).filter((name): name is string => name !== undefined))];
    return list.length > 0 ? list : undefined;
  };
  documents.unshift({
    path: entryPath('issues', issueId),
    content: toMarkdown(
      defined({
        ...common,
        weekday: issue.weekday,
        lunarDate: issue.lunarDate,
        pageCount: issue.pageCount,
        pages: issue.pages,
        unpaged,
        masthead: issue.extras,
        // A database export's records of one issue name the same file and page, and usually the same head line, more than once: listed once
        // (a page header the file prints under its head, on the page its name gives, is listed with it).
        sources: uniqueBy(issue.files, (file) =>
          [file.path, file.page ?? '', file.header.dateLine?.text ?? '', file.header.pageHeader ?? ''].join('\u0000'),
        ).map((file) =>
          defined({
            file: file.path,
            sha256: file.sha256,
            page: file.page!,
            encoding: file.encoding,
            dateLine: file.header.dateLine?.text,
            dateFrom: file.header.dateFrom === 'text' ? undefined : file.header.dateFrom,
            pageHeader: file.header.pageHeader,
            captured: file.captured,
          }),
        ),
        sectionCount: issue.sections.length,
        qaCount: qaTotal,
        // The script the issue is printed in, from the start of its text (Simplified pages convert Traditional papers).
        printed: printed ?? detectScript(`${issue.paper}${documents.map((document) => document.content).join('')}`.slice(0, SCRIPT_SAMPLE)),
        // Every name the issue's Q&A entries are indexed under: URL slugs are made over the whole archive from these.
        outlets: names((entry) => entry.outlet ?? issue.paper),
        respondents: names((entry) => entry.respondent),
        topics: names((entry) => entry.topic?.line.content),
      }),
      [],
    ),
  });
  return { issueId, documents, sections: issue.sections.length, qa: qaTotal };
}

type Common = { paper: string; paperSlug: string; date: string; monthOnly?: true };

/** The issue's pages whose number no file printed or named (`ParsedPage.pageGuessed`): the site cites no page for them. */
function unpagedPages(issue: IssueModel): number[] | undefined {
  const given = new Set(issue.files.filter((file) => !file.pageGuessed).map((file) => file.page!));
  const guessed = [...new Set(issue.files.filter((file) => file.pageGuessed && !given.has(file.page!)).map((file) => file.page!))].sort((a, b) => a - b);
  return guessed.length > 0 ? guessed : undefined;
}

/** `unpaged`: the section's page is one no source numbered (`ParsedPage.pageGuessed`). */
function sectionDocument(section: SectionModel, issueId: string, order: number, common: Common, unpaged: true | undefined): string {
  const first = section.chunks[0]!;
  const title = first.headline?.content;
  const respondents = [...new Set(section.qa.map((entry) => entry.respondent).filter((name): name is string => name !== undefined))];
  const body: BlockContent[] = blocks(section.preamble);
  for (const entry of section.qa) body.push(qaContainer(entry));
  return toMarkdown(
    defined({
      issue: issueId,
      ...common,
      page: section.page,
      pages: section.pages,
      unpaged,
      order,
      kind: section.kind,
      // (A roundup's later items: its name, printed over the first.)
      rubric: first.banner?.content ?? first.roundup?.name.content,
      roundupItem: first.roundup?.item,
      title,
      subtitle: first.subtitles[0]?.content,
      subtitles: first.subtitles.length > 1 ? first.subtitles.slice(1).map((line) => line.content) : undefined,
      byline: section.byline,
      summary: first.summary?.map((line) => line.content).join('\n'),
      extras: nonEmpty(
        section.chunks.flatMap((chunk, index) => [...(index > 0 ? continuationHead(chunk, title) : []), ...(chunk.extras ?? [])]).map((line) => line.text),
      ),
      continuedTo: section.continuedTo,
      continuedFrom: section.continuedFrom,
      respondents: respondents.length > 0 ? respondents : undefined,
      qaCount: section.qa.length > 0 ? section.qa.length : undefined,
      sources: section.chunks.map((chunk) => {
        const range = lineRange(chunkLines(chunk).map((line) => line.line));
        const { path, sha256, page, captured } = chunk.source!;
        return defined({ file: path, sha256, page, lines: range, captured });
      }),
    }),
    body,
  );
}

/**
 * The head printed over a story's continuation on another page (a page's
 * name, a shortened headline, a byline), kept as printed: the section's
 * head is its first part's. A copy of the headline is the headline.
 */
function continuationHead(chunk: Chunk, title: string | undefined): LayoutLine[] {
  const head = [chunk.banner, chunk.headline, ...chunk.subtitles, ...(chunk.summary ?? []), ...chunk.bylines];
  return head.filter((line): line is LayoutLine => line !== undefined && line.content !== title);
}

function qaDocument(entry: QaEntryModel, sectionId: string, issueId: string, common: Common, section: SectionModel, unpaged: true | undefined): string {
  const askerLine = entry.askerLine ?? entry.question[0]?.parts[0];
  return toMarkdown(
    defined({
      issue: issueId,
      section: sectionId,
      ...common,
      order: entry.order,
      page: entry.page,
      unpaged,
      sectionTitle: section.chunks[0]?.headline?.content,
      topic: entry.topic?.line.content,
      headline: entry.headline?.line.content,
      asker: entry.asker,
      outlet: entry.outlet ?? common.paper,
      respondent: entry.respondent,
      source: askerLine
        ? { file: section.chunks.find((chunk) => chunk.source?.file === askerLine.file)?.source?.path ?? '', line: askerLine.line.line }
        : undefined,
    }),
    [
      container('question', defined({ asker: entry.asker, outlet: entry.outlet ?? common.paper }) as Record<string, string>, blocks(entry.question)),
      answerContainer(entry),
    ],
  );
}

function answerContainer(entry: QaEntryModel): BlockContent {
  return container('answer', entry.respondent ? { respondent: entry.respondent } : {}, blocks(entry.answer));
}

function qaContainer(entry: QaEntryModel): BlockContent {
  const children: BlockContent[] = [];
  if (entry.topic) children.push(heading(2, entry.topic.line.content));
  if (entry.headline) children.push(heading(3, entry.headline.line.content));
  children.push(container('question', { asker: entry.asker }, blocks(entry.question)), answerContainer(entry));
  return container('qa', { id: `q${entry.order}` }, children);
}

function blocks(list: Block[]): BlockContent[] {
  return list.map((block) => (block.kind === 'subhead' ? heading(4, block.text) : paragraph(block.text)));
}

function nonEmpty(list: string[]): string[] | undefined {
  return list.length > 0 ? list : undefined;
}

/** The items of `list` with a key not seen before, in order. */
function uniqueBy<T>(list: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return list.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
