/**
 * The ingest pipeline: collect → read and parse → group into issues →
 * build sections and Q&A → write Markdown → remove stale outputs.
 * Issues whose input files are all unchanged (same paths, same sha256) are
 * skipped, using a manifest kept in the output folder.
 */
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { settings as projectSettings, settingsHash, type Settings } from '../../src/archive/settings.ts';
import { buildIssues, type IssueModel } from './build-issue.ts';
import { capMessages } from './cap-messages.ts';
import { MAX_INPUT_BYTES, collectInputs, isUnpublishedFolder, problem, type InputFile, type LeftOut, type Unreadable } from './collect.ts';
import { issueDocuments } from './documents.ts';
import { readPage, type ReadContext, type ReadResult } from './read-page.ts';
import { readWordDocument, type DocumentText } from './formats/word.ts';
import { readSpreadsheet } from './formats/spreadsheet.ts';
import { isAlto, readAlto } from './formats/alto.ts';
import { isPageXml, readPageXml } from './formats/page-xml.ts';
import { isNitf, readNitf } from './formats/nitf.ts';
import { isTei, readTei } from './formats/tei.ts';
import { captionFormat, captionsInData, captionsInText, readCaptions, type Chapter } from './formats/captions.ts';
import { readChapters } from './formats/chapters.ts';
import { databaseSheets, isSqlDump, isSqlite, sqlDumpTables, sqliteTables } from './formats/database.ts';
import { accountOf, isTweetsFile, tweetStories } from './formats/tweets.ts';
import { readPdf } from './formats/pdf.ts';
import { readEpub } from './formats/epub.ts';
import { readMhtml } from './formats/mhtml.ts';
import { isMailMessage, readEmail } from './formats/email.ts';
import { isHocr, readHocr } from './formats/hocr.ts';
import { iiifDocumentKind, iiifKind, manifestLists, readIiif } from './formats/iiif.ts';
import { capturedPage } from './formats/warc.ts';
import { openCrawl } from './crawl-captures.ts';
import { isChatExportFile, isNewsMlFile, openArchive, openChatExport, openNewsMessage, type ArchivedFile, type OpenedArchive } from './archive-entries.ts';
import { MAX_ARCHIVE_BYTES } from './formats/zip.ts';
import { officeXml } from './formats/xml-records.ts';
import { decode } from './decode.ts';
import { datedByFolder, issueOfFolder, paperOfFolder, type DatedFile, type IssueOfFolder } from './issue-folder.ts';
import { issueOfStory, linkArticlePages, storyFirstPage } from './article-pages.ts';
import { Rule, countByRule, error, hasError, note, warn } from './report.ts';
import type { ParsedPage } from './types.ts';
import { WritePool, removeLeftoverTemps, removeStale, writeIfChanged } from './write-output.ts';
import { FORMAT_VERSION, MANIFEST, PENDING, allExist, codeHash, ownedOutputs, readManifest, sortManifest, type Manifest } from './manifest.ts';
import { acquireLock } from '../lock.ts';
import { faultPoint } from '../fault.ts';
import { paperSlug, slugMap } from '../../src/archive/slug.ts';
import { captureName } from '../../src/archive/captures.ts';

export interface IngestOptions {
  inputs: string[];
  out: string;
  /** The project's settings (baoku.config.ts) unless given. */
  settings?: Settings;
  /** Called after each input file is read. */
  onProgress?: (done: number, total: number) => void;
  /** Remove the outputs of missing inputs even when they are more than half of what ingest wrote before. */
  prune?: boolean;
  /** Where notices go (waiting for another run's lock, taking over a stale one, leftovers cleaned); stderr unless given. */
  say?: (line: string) => void;
}

export interface IngestSummary {
  files: VFile[];
  inputFiles: number;
  /** Files under the input folders that were not read, with why (hidden files and editor leftovers are counted; others warned of). */
  leftOut: LeftOut[];
  inputBytes: number;
  issues: number;
  sections: number;
  qa: number;
  skippedIssues: number;
  written: number;
  removed: number;
  warnings: number;
  errors: number;
  /** Notes per rule, counted before a file's messages are capped (`capMessages`). */
  notes: Record<string, number>;
  seconds: number;
  /** Why nothing was written: the run would have removed more than half of the outputs (see `prune`). */
  refused?: string;
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const out = path.resolve(options.out);
  const say = options.say ?? ((line: string) => console.error(`ingest: ${line}`));
  await mkdir(out, { recursive: true });
  // One ingest at a time per output folder: two would write the same files and each its own manifest.
  const lock = await acquireLock(path.join(out, '.baoku-ingest.lock'), { command: 'ingest', say });
  try {
    return await ingestLocked(options, out, say);
  } finally {
    await lock.release();
  }
}

async function ingestLocked(options: IngestOptions, out: string, say: (line: string) => void): Promise<IngestSummary> {
  const started = performance.now();
  const leftovers = await removeLeftoverTemps(out);
  if (leftovers > 0) say(`removed ${leftovers} temporary files left by a stopped run in ${out}`);
  const settings = options.settings ?? projectSettings();
  const code = `${await codeHash()}-${settingsHash(settings)}`;
  // (`prior`: the last manifest whatever code wrote it — what an input that cannot be read now gave before.)
  const { current: previous, any: prior } = await readManifest(out, code);
  const collected = await collectInputs(options.inputs);
  const inputs = collected.inputs;
  const context: ReadContext = { papers: settings.papers, notedFolders: new Set() };
  const files: VFile[] = [...leftOutFiles(collected.leftOut), ...collected.unreadable.map(unreadableFile)];
  const pages: ParsedPage[] = [];
  const next: Manifest = { version: FORMAT_VERSION, code, inputs: {}, issues: {} };
  const issuesIndex = issuesByInput(prior);
  /** The hash of the files read with an input (`InputFile.companions`), by its path: a change to them is a change to it. */
  const companionHashes = new Map<string, string>();
  /** The issues an input gave pages to last time (its own row's, should the issues not list it). */
  const issuesOf = (relative: string): string[] => {
    const row = prior.inputs[relative];
    return issuesIndex.get(relative) ?? (row ? [row.issue] : []);
  };
  /** Inputs unchanged since the last run, by issue key, not parsed unless their issue must be rebuilt. */
  const unchanged = new Map<string, Array<{ input: InputFile; bytes: Buffer }>>();
  let inputBytes = 0;
  let done = 0;
  /**
   * Each file read, with its input and bytes (one that names no paper may be read again under its folder's other pages',
   * `paperOfFolder`); and the files not ingested for want of a date (`issue-folder.ts` may date them).
   */
  const read: Array<{ input: InputFile; bytes: Buffer; result: ReadResult }> = [];
  const undated: Array<{ input: InputFile; bytes: Buffer; result: ReadResult }> = [];
  /**
   * Inputs ingested before that cannot be read now (a download cut short, a damaged copy, an archive that no longer
   * opens), each with the file that says so: their issues keep what was written from them, when nothing else changed.
   */
  const failed = new Map<string, VFile>();
  const fail = (relative: string, file: VFile): void => {
    if (prior.inputs[relative]) failed.set(relative, file);
  };
  /** Every input ingested before from a crawl's or an archive's file, when the file cannot be opened now (`but` those found in it). */
  const failAllIn = (container: InputFile, file: VFile, but: ReadonlySet<string> = new Set()): void => {
    for (const relative of Object.keys(prior.inputs)) if (relative.startsWith(`${container.relative}#`) && !but.has(relative)) fail(relative, file);
  };
  /** A path that could not be read: its error, among the files reported. */
  const refuse = (problem: Unreadable): VFile => {
    const file = unreadableFile(problem);
    files.push(file);
    return file;
  };
  /** Read an input (a file, or a capture out of a web crawl) unless the manifest knows it unchanged. */
  const take = async (input: InputFile, bytes: Buffer): Promise<void> => {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const companions = await companionsHash(input);
    if (companions !== undefined) companionHashes.set(input.relative, companions);
    const known = previous.inputs[input.relative];
    if (known && known.sha256 === sha256 && known.companions === companions) {
      // (Under every issue it gave pages to: a month's data file, a bound volume.)
      for (const key of issuesOf(input.relative)) unchanged.set(key, [...(unchanged.get(key) ?? []), { input, bytes }]);
      next.inputs[input.relative] = known;
    } else {
      const result = await readSource(bytes, input, context);
      files.push(result.file);
      pages.push(...result.pages);
      read.push({ input, bytes, result });
      if (lacksDate(result)) undated.push({ input, bytes, result });
      else if (result.pages.length === 0 && cannotRead(result.file)) fail(input.relative, result.file);
    }
  };
  /** A container's documents (a zip archive's files, a mailbox's messages, a news message's stories), each read as an input; what it held besides, named. */
  const takeAll = async (input: InputFile, archive: OpenedArchive): Promise<void> => {
    files.push(archive.file, ...leftOutFiles(archive.leftOut), ...archive.nested);
    if (cannotRead(archive.file)) failAllIn(input, archive.file);
    // (Cut short: what it held before the cut is read; what was ingested before from after it is kept.)
    else if (archive.partial)
      failAllIn(
        input,
        archive.file,
        new Set([...archive.entries, ...archive.leftOut].map((entry) => ('input' in entry ? entry.input.relative : entry.relative))),
      );
    collected.leftOut.push(...archive.leftOut);
    // (Each file unpacked only when it is read, after its recorded size: a month's archive is not held unpacked at once.)
    for (const entry of archive.entries) {
      const content = await readArchived(entry);
      if (Buffer.isBuffer(content)) await take(entry.input, content);
      else fail(entry.input.relative, refuse(content));
    }
  };
  for (const input of inputs) {
    if (input.format === 'crawl') {
      // A web crawl: each capture read as an input of its own (a crawl is often a gigabyte: streamed, never refused for its size).
      const crawl = await openCrawl(input, displayPath(input.absolute)).catch((failure: unknown) => problem(input.absolute, failure));
      if ('what' in crawl) failAllIn(input, refuse(crawl));
      else if (crawl.page) {
        inputBytes += crawl.size;
        await take({ ...input, format: 'html' }, crawl.page);
      } else {
        files.push(crawl.file);
        inputBytes += crawl.size;
        if (cannotRead(crawl.file)) failAllIn(input, crawl.file);
        for (const capture of crawl.captures) await take(capture.input, capture.bytes);
      }
    } else if (input.format === 'archive') {
      // A zip archive (or one gzipped file): each file in it read as an input of its own, as if extracted; what it held besides named.
      const bytes = await readInput(input, MAX_ARCHIVE_BYTES);
      if (Buffer.isBuffer(bytes)) {
        inputBytes += bytes.length;
        await takeAll(input, await openArchive(input, bytes, displayPath(input.absolute)));
      } else failAllIn(input, refuse(bytes));
    } else {
      const bytes = await readInput(input);
      if (Buffer.isBuffer(bytes)) {
        inputBytes += bytes.length;
        // (A NewsML-G2 message, `.xml`: a container of stories, each read as a document of its own, `formats/newsml.ts`.)
        if (input.format === 'data' && isNewsMlFile(input, bytes)) await takeAll(input, openNewsMessage(input, bytes, displayPath(input.absolute)));
        // (A chat app's export of a channel, `messages.html`: a container of posts, `formats/chat-export.ts`.)
        else if (isChatExportFile(input, bytes)) await takeAll(input, openChatExport(input, bytes, displayPath(input.absolute)));
        else await take(input, bytes);
      } else fail(input.relative, refuse(bytes));
    }
    done += 1;
    options.onProgress?.(done, inputs.length);
  }
  // A page that prints no date, in a folder of one issue's numbered pages: read again, dated as its issue's other pages.
  const inputOf = new Map(read.map(({ input, result }) => [result.file, input]));
  const dated: DatedFile[] = [
    ...pages.flatMap((page) => {
      const input = inputOf.get(page.file);
      return input
        ? [
            {
              absolute: input.absolute,
              relative: input.relative,
              paper: page.header.paper,
              date: page.header.date,
              ...(page.address === undefined ? {} : { address: page.address }),
            },
          ]
        : [];
    }),
    ...[...unchanged.entries()].flatMap(([key, list]) => {
      const [paper = '', date = ''] = key.split('\u0000');
      return list.map(({ input }) => ({ absolute: input.absolute, relative: input.relative, paper, date }));
    }),
  ];
  const datedIn = datedByFolder(dated);
  /** The issue of a page that prints no date: its folder's other pages', or (a later page of a story a site cut into pages) its first page's. */
  const issueOf = (input: InputFile, result: ReadResult): IssueOfFolder | undefined =>
    issueOfFolder(input.absolute, datedIn(input.absolute)) ?? issueOfStory(input.relative, result, dated);
  /** The paper of a page its folder's name stood for: the one its day's other pages in the folder all name (`paperOfFolder`). */
  const paperIssueOf = (input: InputFile, result: ReadResult): IssueOfFolder | undefined => {
    const first = result.pages[0];
    return first?.header.paperFrom === 'folder' ? paperOfFolder(input.absolute, first.header.date, first.header.paper, datedIn(input.absolute)) : undefined;
  };
  for (const { input, bytes, result: undatedResult } of undated) {
    const issue = issueOf(input, undatedResult);
    if (!issue) continue;
    const result = await readSource(bytes, input, context, issue);
    files.splice(files.indexOf(undatedResult.file), 1, result.file);
    pages.push(...result.pages);
  }
  // A page that names no paper, beside pages of its day in its folder that name one (only the front page prints the
  // masthead): read again, filed under their paper, and said so — not a second paper named for the folder.
  const reread = new Set<VFile>();
  const rereadPages: ParsedPage[] = [];
  for (const { input, bytes, result: first } of read) {
    const issue = paperIssueOf(input, first);
    if (!issue) continue;
    const result = await readSource(bytes, input, context, issue);
    files.splice(files.indexOf(first.file), 1, result.file);
    reread.add(first.file);
    rereadPages.push(...result.pages);
  }
  if (reread.size > 0) pages.splice(0, pages.length, ...pages.filter((page) => !reread.has(page.file)), ...rereadPages);
  const changedKeys = new Set(pages.map(issueKey));
  // A changed later page of a story a site cut into pages joins its first page's issue, whatever date it prints: rebuilt too.
  for (const page of pages) {
    const first = storyFirstPage(page.path);
    const key = first === undefined ? undefined : next.inputs[first]?.issue;
    if (key !== undefined) changedKeys.add(key);
  }
  // Paper ids, unique by construction: two mastheads that spell alike in pinyin (北京日报, 北京日豹) get distinct ids.
  const paperNames = new Set([...changedKeys, ...unchanged.keys()].map((key) => key.split('\u0000')[0] ?? ''));
  const slugs = slugMap(paperNames);
  // An issue is skipped when it has no changed input and lost none, and its paper's id is as before. An input that
  // cannot be read now is not lost: its issue keeps what it wrote, and the file that says so says this too.
  const held = new Map<string, string[]>();
  for (const relative of failed.keys()) for (const key of issuesOf(relative)) held.set(key, [...(held.get(key) ?? []), relative]);
  const skipped = new Set<string>();
  /** Unchanged inputs read again for an issue rebuilt, by path, and their files. */
  const readAgain = new Set<string>();
  const rereadFiles = new Set<VFile>();
  /** Issues kept as written although an input of theirs changed, came or went: one they were built from cannot be read now. */
  const waiting = new Map<string, string[]>();
  for (const key of new Set([...unchanged.keys(), ...held.keys()])) {
    const list = unchanged.get(key) ?? [];
    const kept = held.get(key) ?? [];
    // (Written by other code or settings, an issue is rebuilt; unless an input of it cannot be read now: then it waits.)
    const stale = previous.issues[key] === undefined && kept.length > 0;
    const before = stale ? prior.issues[key] : previous.issues[key];
    const paper = key.split('\u0000')[0] ?? '';
    const sameId = before?.outputs.some((output) => output.startsWith(`issues/${slugs.get(paper) ?? ''}/`)) === true;
    const whole = before !== undefined && sameId && (await allExist(out, before.outputs));
    const same = whole && !stale && !changedKeys.has(key) && before.inputs.length === list.length + kept.length;
    // (Rebuilt from its other inputs, the issue would lose what the unreadable one gave: it waits, whole, and its changes wait with it.)
    if (whole && (same || kept.length > 0)) {
      if (!same) waiting.set(key, kept);
      skipped.add(key);
      next.issues[key] = before;
      for (const relative of kept) {
        // (Its row of last time; one other code wrote with no checksum, so that the issue is read again once it can be.)
        next.inputs[relative] = stale ? { ...prior.inputs[relative]!, sha256: '' } : previous.inputs[relative]!;
        note(
          failed.get(relative)!,
          `What was ingested from \`${relative}\` before is kept (${key.replace('\u0000', ' ')}, ${before.outputs.length} files), until it can be read again`,
          { line: 1, column: 1 },
          Rule.notIngested,
        );
      }
      continue;
    }
    for (const { input, bytes } of list) {
      // (An input of several issues is read once; its pages of issues skipped are dropped below.)
      if (readAgain.has(input.relative)) continue;
      readAgain.add(input.relative);
      let result = await readSource(bytes, input, context);
      // (A page dated last time as its issue's other pages, or its story's first page, is so again.)
      const issue = lacksDate(result) ? issueOf(input, result) : undefined;
      if (issue) result = await readSource(bytes, input, context, issue);
      // (And a page filed last time under its folder's other pages' paper, so again.)
      const paperIssue = paperIssueOf(input, result);
      if (paperIssue) result = await readSource(bytes, input, context, paperIssue);
      files.push(result.file);
      pages.push(...result.pages);
      rereadFiles.add(result.file);
    }
  }
  // An unchanged input read again for one of its issues gives pages of its others too: those skipped keep what they wrote.
  pages.splice(0, pages.length, ...pages.filter((page) => !(rereadFiles.has(page.file) && skipped.has(issueKey(page)))));
  const deferred = deferWaiting(pages, waiting);
  let written = 0;
  let sections = 0;
  let qa = 0;
  const keep = new Set<string>(Object.values(next.issues).flatMap((issue) => issue.outputs));
  for (const entry of Object.values(next.issues)) {
    sections += entry.sections;
    qa += entry.qa;
  }
  linkArticlePages(pages);
  const issues = buildIssues(pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
  const pagesByIssue = new Map<string, ParsedPage[]>();
  for (const page of pages) pagesByIssue.set(issueKey(page), [...(pagesByIssue.get(issueKey(page)) ?? []), page]);
  // Mass deletion guard: issues ingest wrote before whose inputs are all gone this time.
  const owned = await ownedOutputs(out);
  const present = new Set([...unchanged.keys(), ...pagesByIssue.keys(), ...skipped]);
  const lost = Object.entries(owned.byIssue).filter(([key]) => !present.has(key));
  const lostOutputs = lost.reduce((sum, [, outputs]) => sum + outputs.length, 0);
  if (!options.prune && lostOutputs > 0 && lostOutputs * 2 > owned.all.size) {
    const refused =
      `${path.join(out, MANIFEST)}: refusing to remove ${lostOutputs} of the ${owned.all.size} files ingest wrote in ${out} ` +
      `(${lost.length} of ${Object.keys(owned.byIssue).length} issues have no input any more; ${inputs.length} input files found in ${options.inputs.join(', ')}).\n` +
      `  Fix: if the input folder is right and those issues were removed on purpose, run again with --prune; otherwise give the folder that holds the raw files.`;
    return { ...emptySummary(files, collected.leftOut, inputs.length, inputBytes, started), refused };
  }
  const writes = new WritePool(out);
  await writeIfChanged(out, PENDING, [...owned.all].map((output) => `${output}\n`).join(''));
  for (const issue of issues) {
    const key = `${issue.paper}\u0000${issue.date}`;
    const result = issueDocuments(issue, slugs.get(issue.paper) ?? paperSlug(issue.paper), issue.files.find((file) => file.header.printed)?.header.printed);
    warnSharedSlug(issue, slugs);
    await appendFile(pendingPath(out), result.documents.map((document) => `${document.path}\n`).join(''));
    for (const document of result.documents) {
      faultPoint('ingest-write');
      keep.add(document.path);
      await writes.add(document.path, document.content);
    }
    next.issues[key] = {
      inputs: [...new Set(issue.files.map((file) => file.path))].sort(),
      outputs: result.documents.map((document) => document.path),
      sections: result.sections,
      qa: result.qa,
    };
    for (const page of pagesByIssue.get(key) ?? []) {
      const companions = companionHashes.get(page.path);
      if (!hasError(page.file)) next.inputs[page.path] = { sha256: page.sha256, issue: key, ...(companions === undefined ? {} : { companions }) };
    }
    sections += result.sections;
    qa += result.qa;
  }
  written += await writes.finish();
  // Inputs of issues that were skipped keep their manifest rows; inputs that failed are not remembered; a changed input
  // whose change waits (`deferWaiting`) keeps its row of last time, or none: read again on the next run.
  const builtFrom = new Set(Object.values(next.issues).flatMap((entry) => entry.inputs));
  next.inputs = Object.fromEntries(
    [...Object.keys(next.inputs), ...deferred].flatMap((relative) => {
      const kept = deferred.has(relative) ? previous.inputs[relative] : next.inputs[relative];
      return kept === undefined || !builtFrom.has(relative) ? [] : [[relative, kept] as const];
    }),
  );
  const removed = await removeStale(out, keep, owned.all);
  await writeIfChanged(out, MANIFEST, `${JSON.stringify(sortManifest(next), null, 2)}\n`);
  await rm(pendingPath(out), { force: true });
  const notes = notesPerRule(files);
  for (const file of files) capMessages(file);
  const messages = files.flatMap((file) => file.messages);
  return {
    files,
    inputFiles: inputs.length,
    leftOut: collected.leftOut,
    inputBytes,
    issues: Object.keys(next.issues).length,
    sections,
    qa,
    skippedIssues: skipped.size,
    written,
    removed,
    warnings: messages.filter((message) => message.fatal === false).length,
    errors: messages.filter((message) => message.fatal === true).length,
    notes,
    seconds: (performance.now() - started) / 1000,
  };
}

function notesPerRule(files: VFile[]): Record<string, number> {
  return Object.fromEntries(countByRule(files, (fatal) => fatal === undefined));
}

function pendingPath(out: string): string {
  return path.join(out, PENDING);
}

/** An input's bytes, or why they could not be read (no permission, a name too long, too large). */
async function readInput(input: InputFile, most = MAX_INPUT_BYTES): Promise<Buffer | Unreadable> {
  try {
    const info = await stat(input.absolute);
    if (info.size > most) return tooLarge(input.absolute, info.size, most);
    return await readFile(input.absolute);
  } catch (failure) {
    return problem(input.absolute, failure);
  }
}

/** The sha256 of the files read with an input, in order (a file that cannot be read now counts as empty); none when it has none. */
async function companionsHash(input: InputFile): Promise<string | undefined> {
  if (input.companions === undefined) return undefined;
  const hash = createHash('sha256');
  for (const companion of input.companions) hash.update(`${companion}\u0000`).update(await readFile(companion).catch(() => Buffer.alloc(0)));
  return hash.digest('hex');
}

/** A file out of an archive: its bytes, unpacked only when the size the archive records for it is not too large; or why not. */
async function readArchived(entry: ArchivedFile): Promise<Buffer | Unreadable> {
  const shown = shownName(entry.input);
  if (entry.size !== undefined && entry.size > MAX_INPUT_BYTES) return tooLarge(shown, entry.size);
  const content = await entry.read();
  if (!Buffer.isBuffer(content)) return { absolute: shown, what: `Not read: ${content.damaged}`, fix: content.fix ?? 'download or copy the archive again' };
  return content.length > MAX_INPUT_BYTES ? tooLarge(shown, content.length) : content;
}

function tooLarge(absolute: string, size: number, most = MAX_INPUT_BYTES): Unreadable {
  return {
    absolute,
    what: `Not read: ${absolute} is ${(size / 1024 / 1024).toFixed(1)} MB, more than the ${most / 1024 / 1024} MB Baoku reads in one file`,
    fix:
      most === MAX_INPUT_BYTES
        ? 'split it into one file per issue or per page, or move it out of the input folder if it is not newspaper text'
        : 'extract it into the input folder and ingest its files',
  };
}

/**
 * An input's name in what the user sees: its path, or a capture's crawl and address (`absolute` holds the address's
 * `//`), or an archived file's archive and path inside (`absolute` sets it under the archive as a folder, `a.zip#/…`).
 */
function shownName(input: InputFile): string {
  if (input.capture) return captureName(displayPath(input.capture.crawl.absolute), input.capture.address);
  if (input.archived) return `${displayPath(input.archived.file.absolute)}#${input.archived.entry}`;
  return displayPath(input.absolute);
}

/** Whether a file says it could not be read at all (an error of an unreadable document or a file not ingested). */
function cannotRead(file: VFile): boolean {
  return file.messages.some((message) => message.fatal === true && (message.ruleId === Rule.unreadableDocument || message.ruleId === Rule.notIngested));
}

/** An error on a path that could not be read. */
function unreadableFile(entry: Unreadable): VFile {
  const file = new VFile({ path: displayPath(entry.absolute) });
  error(file, entry.what, entry.fix, { line: 1, column: 1 }, Rule.notIngested);
  return file;
}

function emptySummary(files: VFile[], leftOut: LeftOut[], inputFiles: number, inputBytes: number, started: number): IngestSummary {
  const messages = files.flatMap((file) => file.messages);
  return {
    files,
    inputFiles,
    leftOut,
    inputBytes,
    issues: 0,
    sections: 0,
    qa: 0,
    skippedIssues: 0,
    written: 0,
    removed: 0,
    warnings: messages.filter((message) => message.fatal === false).length,
    errors: messages.filter((message) => message.fatal === true).length + 1,
    notes: notesPerRule(files),
    seconds: (performance.now() - started) / 1000,
  };
}

/** Say where a paper whose pinyin is another paper's went, on the first file of its issue. */
function warnSharedSlug(issue: IssueModel, slugs: Map<string, string>): void {
  const plain = paperSlug(issue.paper);
  const slug = slugs.get(issue.paper);
  if (slug === undefined || slug === plain) return;
  const others = [...slugs.keys()].filter((name) => name !== issue.paper && paperSlug(name) === plain);
  const file = issue.files[0];
  if (!file) return;
  warn(
    file.file,
    `The paper \`${issue.paper}\` spells \`${plain}\` in pinyin like ${others.map((name) => `\`${name}\``).join(', ')}; its files go to \`${slug}/\` so that neither overwrites the other`,
    'nothing to do if they are different papers; if they are one paper, correct the masthead in the raw files or set its `name` in baoku.config.ts',
    file.header.mastheadLine?.position ?? { line: 1, column: 1 },
    Rule.factConflict,
  );
}

/** Why a file left out on purpose is no newspaper text, said in its note. */
const LEFT_OUT_NOTES = {
  draft: 'Not ingested: a draft, in a `_drafts` folder (a site keeps its unpublished posts there)',
  template:
    "Not ingested: a site generator's template for new posts, in an `archetypes` or `scaffolds` folder (Hugo's and Hexo's: `title: {{ title }}`, no text yet)",
  'list-page': 'Not ingested: a list page (Hugo writes `_index.md` to introduce a section of the site, over the posts in its folder; it is no article)',
  note: "Not ingested: a keeper's note by its name (`README`, `说明`, `目录`, `索引`…), no newspaper text; rename it if it is a page or an article",
  companion:
    "Not ingested: the folder of a saved page's companions (its images, styles and, from Word, its running header `header.htm`), which a browser or Word writes beside the page it saved; the page itself is read",
  'book-companion':
    "Not ingested: an e-book library's record of a book beside it (calibre's `metadata.opf` and `cover.jpg`) or of the library (`metadata.db`): its metadata and cover, no text; the book itself is read",
  'database-log':
    "Not ingested on its own: an SQLite database's write-ahead log, shared memory or journal beside it (`news.db-wal`), which SQLite keeps while the database is open; its write-ahead log is read with the database",
  account: "Not ingested on its own: an X (Twitter) archive's account file, read with the archive's tweets beside it: the account's name is their paper",
  'archive-data':
    "Not ingested: an X (Twitter) archive's other data (the account's likes, followers, messages, settings, the archive's manifest), none of its posts; its tweets are read",
  'read-before': 'Not read again: a second path (a symlink) to a folder already read, whose files are ingested once under their first path',
  link: 'Not ingested: a symbolic link stored in the zip archive, which holds the name of what it points to, not a file; the file it points to is read where it stands',
} as const;

/** A warning for each file of a format Baoku does not read, a note for each draft, list page and keeper's note. */
function leftOutFiles(leftOut: LeftOut[]): VFile[] {
  return leftOut
    .filter(
      (entry): entry is LeftOut & { reason: 'unknown-format' | 'unpublished' | keyof typeof LEFT_OUT_NOTES } =>
        entry.reason === 'unknown-format' || entry.reason === 'unpublished' || entry.reason in LEFT_OUT_NOTES,
    )
    .map((entry) => {
      const file = new VFile({ path: displayPath(entry.absolute) });
      if (entry.reason === 'unpublished') {
        const folder = entry.relative.split('/').slice(0, -1).findLast(isUnpublishedFolder) ?? '';
        warn(
          file,
          `Not ingested: it stands in \`${folder}/\`, a folder whose name says its files were not published (a newsroom's drafts, stories waiting for review or spiked: \`草稿\`, \`待审\`, \`废稿\`…)`,
          'if the paper printed them, rename the folder (to `已发`, say) and ingest again',
          { line: 1, column: 1 },
          Rule.notIngested,
        );
        return file;
      }
      if (entry.reason !== 'unknown-format') {
        note(file, LEFT_OUT_NOTES[entry.reason], { line: 1, column: 1 }, Rule.notIngested);
        return file;
      }
      // (A compressed file is named by both its extensions: `.arc.gz`.)
      const extension = (/\.[a-z0-9]{1,8}\.(?:gz|bz2|xz|zst)$/iu.exec(entry.relative)?.[0] ?? path.extname(entry.relative)).toLowerCase() || '(none)';
      warn(
        file,
        `Not ingested: \`${extension}\` is not a format Baoku reads (text \`.txt\`, Markdown \`.md\`/\`.markdown\`, HTML \`.html\`/\`.htm\` and web archives \`.mht\`, OCR pages \`.hocr\`, e-mails \`.eml\`/\`.mbox\`, Evernote exports \`.enex\`, newsroom stories in NITF \`.nitf\` and NewsML \`.xml\`, texts in TEI \`.tei\`, subtitles \`.srt\`/\`.vtt\`/\`.webvtt\`/\`.ass\`/\`.ssa\`/\`.sbv\`/\`.bcc\`/\`.ttml\`/\`.dfxp\`, Word \`.docx\`/\`.doc\`, OpenDocument \`.odt\`, Rich Text \`.rtf\`, PDF \`.pdf\`, e-books \`.epub\`, web crawls \`.warc\`/\`.warc.gz\`/\`.wacz\`, zip archives \`.zip\` and gzipped files \`.txt.gz\`, reference managers' records \`.ris\`/\`.enw\`, data files \`.csv\`/\`.tsv\`/\`.json\`/\`.jsonl\`/\`.jl\`/\`.xml\`, news feeds \`.rss\`/\`.atom\`, spreadsheets \`.xlsx\`/\`.xls\`/\`.ods\`/\`.et\`)`,
        unknownFormatFix(extension),
        { line: 1, column: 1 },
        Rule.notIngested,
      );
      return file;
    });
}

/**
 * Read one input file: a word processor's document first into its text view (`formats/word.ts`; a `.doc` that is
 * HTML or text inside is read as that, one that cannot be opened is an error), then every file by `readPage`.
 */
async function readSource(bytes: Buffer, input: InputFile, context: ReadContext, issue?: IssueOfFolder): Promise<ReadResult> {
  const capture = input.capture;
  const shown = shownName(input);
  // A page captured in a web crawl: in the charset the site declared (or its page does), read as a saved page.
  if (capture && input.format === 'html') {
    const page = capturedPage(bytes, capture.charset);
    return readPage(bytes, input, shown, context, issue, {
      webArchive: {
        html: page.html,
        charset: page.charset,
        transfer: 'http',
        parts: 1,
        address: capture.address,
        capture: {
          captured: capture.captured,
          mediaType: capture.mediaType,
          charsetFrom: page.from,
          ...(page.passedOver === undefined ? {} : { passedOver: page.passedOver }),
          ...(capture.truncated === undefined ? {} : { truncated: capture.truncated }),
        },
      },
    });
  }
  /**
   * A document read into a text view, read as a page; or, when it could not be read, an error saying what it is and why,
   * with the fix its reader gives (a PDF's, an e-book's) or else `fix`.
   */
  const asDocument = (read: DocumentText | { unreadable: string; fix?: string }, what: string, fix = ''): ReadResult =>
    'unreadable' in read
      ? unreadable(shown, `The ${what} cannot be read (${read.unreadable}): it was not ingested`, read.fix ?? fix)
      : readPage(bytes, { ...input, format: 'word' }, shown, context, issue, { document: read });
  // (A data file's head, decoded once, tells an `.xml` file's kind and a `.json` or `.xml` file of subtitles.)
  const dataHead = input.format === 'data' ? decode(bytes.subarray(0, 4096)).text : undefined;
  const xml = xmlKind(input, dataHead);
  // An OCR page in ALTO or PAGE XML (`.xml`, as digitisation projects and layout tools deliver a newspaper page): its text blocks, read as a document's.
  if (xml === 'alto' || xml === 'pagexml') {
    const page = (xml === 'alto' ? readAlto : readPageXml)(decode(bytes).text);
    return asDocument(page, `${xml === 'alto' ? 'ALTO' : 'PAGE XML'} page`, 'export the page again from the OCR system');
  }
  // A IIIF manifest (`.json`, as a digital library delivers an issue): its canvases' OCR annotations, with the lists it keeps
  // in files of their own beside it, read as a document's pages; a list so kept is read with its manifest, not alone.
  const iiifText = dataHead === undefined || iiifKind(dataHead) === undefined ? undefined : decode(bytes).text;
  const iiif = iiifText === undefined ? undefined : iiifDocumentKind(iiifText);
  if (input.annotationsOf !== undefined)
    return readWithAnother(
      shown,
      `Not ingested on its own: a IIIF annotation list, the OCR text of a page of ${input.annotationsOf.map((manifest) => `\`${path.basename(path.dirname(manifest))}/${path.basename(manifest)}\``).join(', ')}, read with that manifest`,
    );
  if (iiif === 'collection')
    return notIngested(
      shown,
      'Not ingested: a IIIF collection, a list of manifests (it holds no text)',
      'ingest the manifests it lists, with their annotation lists',
    );
  if (iiifText !== undefined && (iiif === 'manifest' || iiif === 'annotations')) {
    const held = new Map<string, string>();
    for (const [id, file] of manifestLists(input.absolute, iiifText, new Set(input.companions ?? [])))
      held.set(id, await readFile(file, 'utf8').catch(() => ''));
    return asDocument(readIiif(iiifText, held), iiif === 'manifest' ? 'IIIF manifest' : 'IIIF annotation list');
  }
  // A newsroom's story in NITF (`.xml`, `.nitf`, as an editorial system or a wire exports a story): its heads, text and facts.
  if (xml === 'nitf') return asDocument(readNitf(decode(bytes).text), 'NITF story', 'export the story again from the editorial system');
  // A text in TEI (`.xml`, as digital editions, corpora and trafilatura's `xmltei` keep one): its header's facts, its body's blocks.
  if (xml === 'tei') return asDocument(readTei(decode(bytes).text), 'TEI text', 'export the text again as TEI or as plain text');
  // A PDF (an e-paper's page, a whole issue, a typeset page): its text layer's blocks, read as a document's.
  if (input.format === 'pdf') {
    const pdf = await readPdf(bytes);
    if ('noText' in pdf)
      return notIngested(
        shown,
        `Not ingested: the PDF has no text to read (${pdf.noText} page${pdf.noText === 1 ? '' : 's'}, pictures only: a scan)`,
        'run OCR on its pages (a tool that writes a PDF with a text layer, ALTO XML or text) and ingest what it writes',
      );
    return asDocument(pdf, 'PDF');
  }
  if (input.format === 'book') return asDocument(await readEpub(bytes), 'e-book');
  // A programme's chapters beside its subtitles (`formats/chapters.ts`): read with them; alone only when it lists none.
  if (input.chaptersOf !== undefined) {
    const chapters = readChapters(input.absolute, decode(bytes).text);
    if (!('unreadable' in chapters) && chapters.length > 0) {
      return readWithAnother(
        shown,
        `Not ingested on its own: the chapters of ${input.chaptersOf.map((partner) => `\`${path.basename(partner)}\``).join(', ')} beside it (${chapters.length}), read with those subtitles as their stories' titles (rename it if it is no chapters file)`,
      );
    }
  }
  // A broadcast's subtitles (`.srt`, `.vtt`, `.ass`, …; Bilibili's `.json` and TTML's `.xml` by their content): its titles,
  // speech and overlays, read as a document's text.
  const captionKind =
    input.format === 'captions'
      ? (captionFormat(input.absolute) ?? 'srt')
      : dataHead !== undefined
        ? captionsInData(input.absolute, dataHead)
        : input.format === 'text' && !capture
          ? captionsInText(decode(bytes.subarray(0, lineEnd(bytes, 16384))).text)
          : undefined;
  if (captionKind !== undefined) {
    const decoded = decode(bytes);
    const chapters = await chaptersBeside(input);
    const read = readCaptions(decoded.text, captionKind, chapters.list);
    const captions = 'kind' in read ? { ...read, source: { encoding: decoded.encoding, bom: decoded.bom, badBytes: decoded.badBytes } } : read;
    if ('noText' in captions) {
      const empty = captions.noText === 'empty';
      return notIngested(
        shown,
        empty
          ? 'Not ingested: the subtitle file holds no cue with text (a style template, or subtitles not yet timed)'
          : "Not ingested: the subtitle file holds viewers' comments (danmaku), most lines scrolling across the screen, not the programme's words",
        empty
          ? "ingest the programme's subtitle file itself, or remove this one from the input folder"
          : "ingest the programme's own subtitles (its CC or caption file), or remove this one from the input folder",
      );
    }
    const result = asDocument(captions, 'subtitle file', 'save the subtitles again as SRT or WebVTT from the subtitle editor');
    for (const said of chapters.notes) note(result.file, said, { line: 1, column: 1 }, Rule.encoding);
    const pastEnd = 'kind' in captions ? (captions.chapters?.pastEnd ?? 0) : 0;
    if (pastEnd > 0) {
      warn(
        result.file,
        `${pastEnd} of the chapters beside it start after its last cue ends: they are not used (chapters of another cut of the programme?)`,
        "keep beside the subtitles the chapters of the same video (yt-dlp's `.info.json` of the same download)",
        { line: 1, column: 1 },
        Rule.notIngested,
      );
    }
    return result;
  }
  // An X archive's tweets (`data/tweets.js`): its stories, a thread one, read as a JSON data file's records; its account's name their paper.
  if (input.format === 'data' && isTweetsFile(input.absolute)) {
    const accountFile = input.companions?.[0];
    const account = accountFile === undefined ? {} : accountOf(decode(await readFile(accountFile).catch(() => Buffer.alloc(0))).text);
    const read = tweetStories(decode(bytes).text, account);
    if ('unreadable' in read)
      return unreadable(
        shown,
        `The X archive's tweets cannot be read (${read.unreadable}): it was not ingested`,
        'download the archive again from X (Settings, Your account, Download an archive of your data)',
      );
    const said = `Read as an X (Twitter) archive's tweets: ${read.tweets} tweet(s) of ${account.name === undefined ? 'the account' : `\`${account.name}\``} as ${read.stories} stor${read.stories === 1 ? 'y' : 'ies'}, a thread one (its tweets replying to its own, or numbered \`1/3\` …, their counters left out), each dated by its first tweet's moment${read.retweets + read.replies > 0 ? `; not ingested: ${read.retweets} retweet(s), ${read.replies} repl${read.replies === 1 ? 'y' : 'ies'} to other accounts` : ''}; line numbers count the lines of its JSON view, a story a line`;
    return readPage(bytes, input, shown, context, issue, { dataView: { text: read.view, kind: 'json', said } });
  }
  // A database (`.db`, `.sqlite`: SQLite by its first bytes; `.sql`: a dump): its tables read as a workbook's sheets, a row an article.
  if (input.format === 'database') {
    const dump = isSqlite(bytes) ? undefined : decode(bytes).text;
    // (A `.db` of another program's, neither SQLite nor SQL — a Berkeley DB, a NeDB store — is named as a format not read.)
    if (dump !== undefined && !isSqlDump(dump))
      return notIngested(
        shown,
        `Not ingested: the file is neither an SQLite database nor an SQL dump (\`${path.extname(input.absolute)}\` is a name many programs' stores take)`,
        'if it holds articles, export them from the program that wrote it as CSV or JSON and ingest that; else remove it from the input folder',
      );
    // (SQLite's write-ahead log beside it, `news.db-wal`, holds what a scraper had not yet written into the file: read with it.)
    const log = dump === undefined ? input.companions?.find((companion) => companion.endsWith('-wal')) : undefined;
    const tables =
      dump === undefined ? await sqliteTables(bytes, log === undefined ? undefined : await readFile(log).catch(() => undefined)) : sqlDumpTables(dump);
    if ('unreadable' in tables) return unreadable(shown, `The database cannot be read (${tables.unreadable}): it was not ingested`, DATABASE_FIX);
    if (tables.length === 0)
      return notIngested(
        shown,
        `Not ingested: the ${dump === undefined ? 'SQLite database' : 'SQL dump'} holds no table of rows Baoku reads${dump === undefined ? '' : ' (its rows are in no `INSERT INTO … VALUES` or `COPY … FROM stdin`)'}`,
        DATABASE_FIX,
      );
    return readPage(bytes, { ...input, format: 'sheet' }, shown, context, issue, { sheet: databaseSheets(tables, dump === undefined ? 'sqlite' : 'sql') });
  }
  if (input.format === 'sheet' || xml === 'spreadsheet') {
    const sheet = readSpreadsheet(bytes);
    if (!('unreadable' in sheet)) return readPage(bytes, input, shown, context, issue, { sheet });
    return unreadable(
      shown,
      `The spreadsheet cannot be read (${sheet.unreadable}): it was not ingested`,
      'open it in Excel, WPS or LibreOffice and save it again as .xlsx, or save each sheet as CSV (UTF-8)',
    );
  }
  // An e-mail (`.eml`, or a message of an `.mbox`): its HTML or plain-text part, its headers its facts.
  // (An e-mail saved under a web archive's name, `.mht`, as a mail program may save one, is read as the e-mail it is.)
  if (input.format === 'html' && (/\.eml$/iu.test(input.absolute) || (/\.mht(?:ml)?$/iu.test(input.absolute) && isMailMessage(bytes)))) {
    const email = readEmail(bytes);
    if (!('unreadable' in email)) return readPage(bytes, { ...input, format: email.kind }, shown, context, issue, { email });
    return unreadable(
      shown,
      `The e-mail cannot be read (${email.unreadable}): it was not ingested`,
      'open it in a mail program and save it again as .eml, or copy its text into a .txt file',
    );
  }
  // An OCR page in hOCR (`.hocr`, or `.html` as Tesseract names it): its paragraphs, read as a document's text with heads by size.
  if (input.format === 'html' && (/\.hocr$/iu.test(input.absolute) || isHocr(decode(bytes.subarray(0, 8192)).text))) {
    return asDocument(readHocr(decode(bytes).text), 'hOCR page', 'run OCR on the page again with hOCR output');
  }
  // A web archive (`.mht`, `.mhtml`): its page, taken out of the archive, read as a saved page.
  if (input.format === 'html' && /\.mht(?:ml)?$/iu.test(input.absolute)) {
    const archive = readMhtml(bytes);
    if (!('unreadable' in archive)) return readPage(bytes, input, shown, context, issue, { webArchive: archive });
    // (A page saved as HTML under the archive's name: read as the page it is, and said.)
    if (/^\s*<(?:!doctype|html|head|body|meta|title)\b/iu.test(decode(bytes.subarray(0, 1024)).text)) {
      const result = readPage(bytes, input, shown, context, issue);
      note(result.file, 'Read as HTML: the file is named as a web archive but holds a web page', { line: 1, column: 1 }, Rule.encoding);
      return result;
    }
    return unreadable(
      shown,
      `The web archive cannot be read (${archive.unreadable}): it was not ingested`,
      'open it in a browser and save it again as a web page (HTML only), or copy its text into a .txt file',
    );
  }
  // (A web page saved under a web crawl's name, `crawl-captures.ts`: read as the page it is, and said.)
  if (input.format === 'html' && !capture && /\.(?:warc(?:\.gz)?|wacz)$/iu.test(input.absolute)) {
    const result = readPage(bytes, input, shown, context, issue);
    note(result.file, 'Read as HTML: the file is named as a web crawl (WARC) but holds a web page', { line: 1, column: 1 }, Rule.encoding);
    return result;
  }
  if (input.format !== 'word') return readPage(bytes, input, shown, context, issue);
  const word = await readWordDocument(bytes, shown);
  if (word.kind === 'html' || word.kind === 'text') {
    const result = readPage(bytes, { ...input, format: word.kind }, shown, context, issue);
    note(
      result.file,
      `Read as ${word.kind === 'html' ? 'HTML' : 'plain text'}: the file is named as a Word document but holds ${word.kind === 'html' ? 'a web page (Word saves one so when told to keep the old name)' : 'text'}`,
      { line: 1, column: 1 },
      Rule.encoding,
    );
    return result;
  }
  if (word.kind === 'unreadable') {
    return unreadable(
      shown,
      `The document cannot be read as Word, OpenDocument or Rich Text (${word.reason}): it was not ingested`,
      'open it in Word, WPS or LibreOffice and save it again as .docx, or export its text as .txt',
    );
  }
  return readPage(bytes, input, shown, context, issue, { document: word });
}

/**
 * The chapters kept beside a subtitle file (`InputFile.companions`, `formats/chapters.ts`), in order of their start, and
 * a note for each file read for them: how many chapters it gave, or why none.
 */
async function chaptersBeside(input: InputFile): Promise<{ list: Chapter[]; notes: string[] }> {
  const list: Chapter[] = [];
  const notes: string[] = [];
  for (const companion of input.companions ?? []) {
    const name = path.basename(companion);
    const bytes = await readFile(companion).catch((failure: unknown) => problem(companion, failure));
    const read = Buffer.isBuffer(bytes) ? readChapters(companion, decode(bytes).text) : { unreadable: bytes.what };
    if ('unreadable' in read) notes.push(`The chapters beside it, \`${name}\`, cannot be read (${read.unreadable}): its stories are read without them`);
    else if (read.length === 0) notes.push(`\`${name}\` beside it lists no chapters: its stories are read without them`);
    else notes.push(`Its stories are titled by the chapters of \`${name}\` beside it (${read.length}), each where it starts`);
    if (!('unreadable' in read)) list.push(...read);
  }
  return { list: list.sort((a, b) => a.start - b.start), notes };
}

/**
 * Where to cut a file's head of about `size` bytes: after its last line break before there, so that no character is cut in
 * two (which would send a UTF-8 head to the slower reading of damaged text); the whole file when it is no longer.
 */
function lineEnd(bytes: Buffer, size: number): number {
  if (bytes.length <= size) return bytes.length;
  const newline = bytes.lastIndexOf(0x0a, size - 1);
  return newline > 0 ? newline + 1 : size;
}

/**
 * What an `.xml` (or `.nitf`, `.tei`) data file is by its head: an OCR page in ALTO or PAGE XML, a newsroom's story in NITF, a text in TEI, a
 * spreadsheet's own XML (Excel 2003's, a flat OpenDocument spreadsheet's), read as a workbook; else none of these, read as records.
 */
function xmlKind(input: InputFile, head: string | undefined): 'alto' | 'pagexml' | 'nitf' | 'tei' | 'spreadsheet' | undefined {
  if (head === undefined || !/\.(?:xml|nitf|tei)$/iu.test(input.absolute)) return undefined;
  if (isAlto(head)) return 'alto';
  if (isPageXml(head)) return 'pagexml';
  if (isNitf(head)) return 'nitf';
  if (isTei(head)) return 'tei';
  const office = officeXml(head);
  return office === 'Excel' || office === 'Calc' ? 'spreadsheet' : undefined;
}

/** What to do with a database whose rows cannot be read: export its table of articles. */
const DATABASE_FIX =
  'export its table of articles as CSV (`sqlite3 -header -csv news.db "SELECT * FROM news" > news.csv`, or from the database tool) and ingest that';

/** A file read with another beside it (a programme's chapters, a IIIF manifest's annotation list), not on its own: a note saying so, and nothing read. */
function readWithAnother(shown: string, what: string): ReadResult {
  const file = new VFile({ path: shown });
  note(file, what, { line: 1, column: 1 }, Rule.notIngested);
  return { file, encoding: 'binary', pages: [] };
}

/** A file that holds nothing to ingest (a scan, a template, another program's store): a `not-ingested` warning on it saying why, and nothing read. */
function notIngested(shown: string, what: string, fix: string): ReadResult {
  const file = new VFile({ path: shown });
  warn(file, what, fix, { line: 1, column: 1 }, Rule.notIngested);
  return { file, encoding: 'binary', pages: [] };
}

/** A document or spreadsheet that cannot be opened: an `unreadable-document` error on it, and nothing read. */
function unreadable(shown: string, what: string, fix: string): ReadResult {
  const file = new VFile({ path: shown });
  error(file, what, fix, { line: 1, column: 1 }, Rule.unreadableDocument);
  return { file, encoding: 'binary', pages: [] };
}

/** What to do with a file of a format Baoku does not read, by what it most likely is. */
function unknownFormatFix(extension: string): string {
  if (/^\.arc(?:\.gz)?$/u.test(extension)) {
    return "an ARC file, the web crawls' format before WARC: convert it to WARC (warctools' `arc2warc`, JWAT) and ingest the `.warc.gz`, or move it out of the input folder";
  }
  if (/^\.(?:numbers|xlt|xltx|ett|ots)$/u.test(extension)) {
    return 'a spreadsheet in a format Baoku does not read: save it as .xlsx, or each sheet as CSV (UTF-8), in Excel, WPS or LibreOffice, or move it out of the input folder';
  }
  if (/^\.(?:fodt|wps|wpt|pages|dotx?)$/u.test(extension)) {
    return 'open it in Word, WPS or LibreOffice and save it as .docx (or export its text as .txt), or move it out of the input folder';
  }
  if (/^\.(?:mobi|azw3?|kfx|prc)$/u.test(extension)) {
    return 'a Kindle book: convert it to EPUB with calibre (`ebook-convert book.mobi book.epub`) and ingest that, or move it out of the input folder';
  }
  if (/^\.(?:rar|7z|tar|tgz|tbz2?|txz|cab|lzh|arj)$/u.test(extension) || /^(?:\.[a-z0-9]{1,8})?\.(?:gz|bz2|xz|zst)$/u.test(extension)) {
    return 'an archive in a format Baoku does not open (it reads `.zip`, and one file of a format above gzipped, `.txt.gz`): extract it into the input folder (7-Zip, WinRAR, `tar -xf`) and ingest its files, or move it out of the input folder';
  }
  if (/^\.(?:z\d\d|\d{3}|part\d+)$/u.test(extension)) {
    return 'a part of an archive split into pieces (`.zip.001`, `.z01`): put the pieces together and extract them with 7-Zip or WinRAR into the input folder, or move them out of the input folder';
  }
  if (/^\.(?:caj|kdh|nh|teb)$/u.test(extension)) {
    return "CNKI's own format (CAJ): open it in CAJViewer and save it as PDF (or convert it with caj2pdf), then ingest the PDF, or move it out of the input folder";
  }
  if (extension === '.chm') {
    return 'a compiled help book (CHM), as old collections of a paper were kept: extract its pages with 7-Zip (which opens .chm) or `extract_chmLib`, and ingest the HTML pages, or move it out of the input folder';
  }
  if (/^\.(?:ceb|cebx|pdg|uvz|wdl|djvu?|xps|oxps)$/u.test(extension)) {
    return "an e-book or print format Baoku does not read (Apabi's CEB, SuperStar's PDG, DjVu, XPS): print or export it to PDF with a text layer (or run OCR on its pages), then ingest the PDF, or move it out of the input folder";
  }
  if (/^\.(?:jpe?g|png|gif|tiff?|bmp|webp)$/u.test(extension)) {
    return 'an image of a page holds no text to read: run OCR on it and ingest the text, or move it out of the input folder';
  }
  return 'export it as text, Markdown, HTML or Word, or move it out of the input folder';
}

/**
 * Take out of `pages` those of the issues that wait for an unreadable input (`waiting`: issue key → those inputs), each
 * page's file told why its change is not written yet. Returns the inputs whose pages were taken out.
 */
function deferWaiting(pages: ParsedPage[], waiting: Map<string, string[]>): Set<string> {
  const deferred = new Set<string>();
  if (waiting.size === 0) return deferred;
  const told = new Set<VFile>();
  const remaining = pages.filter((page) => {
    const kept = waiting.get(issueKey(page));
    if (kept === undefined) return true;
    deferred.add(page.path);
    if (!told.has(page.file)) {
      told.add(page.file);
      warn(
        page.file,
        `Not written yet: its issue (${page.header.paper} ${page.header.date}) is kept as it was, because ${kept.map((relative) => `\`${relative}\``).join(', ')}, which it was built from, cannot be read now`,
        'make that file (or the archive it is in) whole again, downloading or copying it again, or remove it, and run ingest again',
        { line: 1, column: 1 },
        Rule.notIngested,
      );
    }
    return false;
  });
  pages.splice(0, pages.length, ...remaining);
  return deferred;
}

/** Per input, the issues it gave pages to as the manifest's issues list them (a month's data file gives many, a page one). */
function issuesByInput(manifest: Manifest): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [key, entry] of Object.entries(manifest.issues)) for (const input of entry.inputs) found.set(input, [...(found.get(input) ?? []), key]);
  return found;
}

function issueKey(page: ParsedPage): string {
  return `${page.header.paper}\u0000${page.header.date}`;
}

function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') ? absolute : relative;
}

/** A file read but not ingested for want of a date: `issue-folder.ts` may date it from its folder. */
function lacksDate(result: ReadResult): boolean {
  return result.pages.length === 0 && result.file.messages.some((message) => message.ruleId === Rule.noDate);
}
