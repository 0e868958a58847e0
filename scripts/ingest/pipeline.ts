/**
 * The ingest pipeline: collect → read and parse → group into issues →
 * build sections and Q&A → write Markdown → remove stale outputs.
 * Issues whose input files are all unchanged (same paths, same sha256) are
 * skipped, using a manifest kept in the output folder.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { settings as projectSettings, settingsHash, type Settings } from '../../src/archive/settings.ts';
import { buildIssues } from './build-issue.ts';
import { capMessages } from './cap-messages.ts';
import { collectInputs, type InputFile, type LeftOut } from './collect.ts';
import { issueDocuments } from './documents.ts';
import { readPage, type ReadContext } from './read-page.ts';
import { Rule, hasError, warn } from './report.ts';
import type { ParsedPage } from './types.ts';
import { WritePool, removeStale, writeIfChanged } from './write-output.ts';
import { FORMAT_VERSION, MANIFEST, allExist, codeHash, readManifest, sortManifest, type Manifest } from './manifest.ts';

export interface IngestOptions {
  inputs: string[];
  out: string;
  /** The project's settings (baoku.config.ts) unless given. */
  settings?: Settings;
  /** Called after each input file is read. */
  onProgress?: (done: number, total: number) => void;
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
  seconds: number;
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const out = path.resolve(options.out);
  const settings = options.settings ?? projectSettings();
  const code = `${await codeHash()}-${settingsHash(settings)}`;
  const previous = await readManifest(out, code);
  const collected = await collectInputs(options.inputs);
  const inputs = collected.inputs;
  const context: ReadContext = { papers: settings.papers, notedFolders: new Set() };
  const files: VFile[] = leftOutFiles(collected.leftOut);
  const pages: ParsedPage[] = [];
  const next: Manifest = { version: FORMAT_VERSION, code, inputs: {}, issues: {} };
  /** Inputs unchanged since the last run, by issue key, not parsed unless their issue must be rebuilt. */
  const unchanged = new Map<string, Array<{ input: InputFile; bytes: Buffer }>>();
  let inputBytes = 0;
  let done = 0;
  for (const input of inputs) {
    const bytes = await readFile(input.absolute);
    inputBytes += bytes.length;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const known = previous.inputs[input.relative];
    if (known && known.sha256 === sha256) {
      const list = unchanged.get(known.issue);
      if (list) list.push({ input, bytes });
      else unchanged.set(known.issue, [{ input, bytes }]);
      next.inputs[input.relative] = known;
    } else {
      const result = readPage(bytes, input, displayPath(input.absolute), context);
      files.push(result.file);
      pages.push(...result.pages);
    }
    done += 1;
    options.onProgress?.(done, inputs.length);
  }
  const changedKeys = new Set(pages.map(issueKey));
  // An issue is skipped when it has no changed input and lost none.
  const skipped = new Set<string>();
  for (const [key, list] of unchanged) {
    const before = previous.issues[key];
    const same = before !== undefined && !changedKeys.has(key) && before.inputs.length === list.length && (await allExist(out, before.outputs));
    if (same) {
      skipped.add(key);
      next.issues[key] = before;
      continue;
    }
    for (const { input, bytes } of list) {
      const result = readPage(bytes, input, displayPath(input.absolute), context);
      files.push(result.file);
      pages.push(...result.pages);
    }
  }
  let written = 0;
  let sections = 0;
  let qa = 0;
  const keep = new Set<string>(Object.values(next.issues).flatMap((issue) => issue.outputs));
  for (const entry of Object.values(next.issues)) {
    sections += entry.sections;
    qa += entry.qa;
  }
  const issues = buildIssues(pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)));
  const pagesByIssue = new Map<string, ParsedPage[]>();
  for (const page of pages) pagesByIssue.set(issueKey(page), [...(pagesByIssue.get(issueKey(page)) ?? []), page]);
  const writes = new WritePool(out);
  for (const issue of issues) {
    const key = `${issue.paper}\u0000${issue.date}`;
    const result = issueDocuments(issue);
    for (const document of result.documents) {
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
      if (!hasError(page.file)) next.inputs[page.path] = { sha256: page.sha256, issue: key };
    }
    sections += result.sections;
    qa += result.qa;
  }
  written += await writes.finish();
  // Inputs of issues that were skipped keep their manifest rows; inputs that failed are not remembered.
  next.inputs = Object.fromEntries(Object.entries(next.inputs).filter(([, row]) => next.issues[row.issue] !== undefined));
  const removed = await removeStale(out, keep);
  await writeIfChanged(out, MANIFEST, `${JSON.stringify(sortManifest(next), null, 2)}\n`);
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
    seconds: (performance.now() - started) / 1000,
  };
}

/** A warning for each file of a format Baoku does not read. */
function leftOutFiles(leftOut: LeftOut[]): VFile[] {
  return leftOut
    .filter((entry) => entry.reason === 'unknown-format')
    .map((entry) => {
      const file = new VFile({ path: displayPath(entry.absolute) });
      const extension = path.extname(entry.relative).toLowerCase() || '(none)';
      const html = extension === '.html' || extension === '.htm';
      warn(
        file,
        html
          ? `Not ingested: HTML pages are not read (their markup, menus and scripts are not newspaper text)`
          : `Not ingested: \`${extension}\` is not a format Baoku reads (text \`.txt\`, Markdown \`.md\`/\`.markdown\`)`,
        html
          ? 'save the article as text or Markdown (most browsers and export tools can), or move it out of the input folder'
          : 'export it as text or Markdown, or move it out of the input folder',
        { line: 1, column: 1 },
        Rule.notIngested,
      );
      return file;
    });
}

function issueKey(page: ParsedPage): string {
  return `${page.header.paper}\u0000${page.header.date}`;
}

function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative.startsWith('..') ? absolute : relative;
}
