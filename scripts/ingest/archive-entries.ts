/**
 * A zip archive (`.zip`) opened into its files, each an input of its own as if
 * the archive were extracted into a folder of its name: its name the
 * archive's and the path inside it (`2020年1月.zip#人民日报/20200101.txt`),
 * its folders for the date, page and paper a path gives the archive's own
 * (`collect.ts`, `archiveFolderPath`). What becomes of each file is judged as in a folder
 * (`collect.ts`): hidden files (and macOS's `__MACOSX`), the system's, editor
 * leftovers, keepers' notes, a saved page's companions and unknown formats are
 * left out and named; an archive or a crawl inside the archive is named with
 * the fix (extract it). One note on the archive says what it held; one that
 * cannot be opened is an error. A gzipped file (`0305.txt.gz`, `news.jsonl.gz`)
 * is an archive of the one file it unpacks to, named by it and its name
 * without `.gz` (`0305.txt.gz#0305.txt`), its facts from that name beside it.
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { MAX_INPUT_BYTES, formatOf, isBookCompanion, isCompanionFolder, judge, type InputFile, type LeftOut } from './collect.ts';
import { gunzipped } from './formats/gzip.ts';
import { readZip } from './formats/zip.ts';
import { Rule, error, note, warn } from './report.ts';

export interface OpenedArchive {
  /** The archive's own file, with what it held. */
  file: VFile;
  /** Its files read as inputs, with their bytes. */
  entries: Array<{ input: InputFile; bytes: Buffer }>;
  /** Its files left out, named as a folder's are. */
  leftOut: LeftOut[];
  /** Files inside it that are archives or crawls themselves: named with the fix, not opened. */
  nested: VFile[];
}

export async function openArchive(input: InputFile, bytes: Buffer, shown: string): Promise<OpenedArchive> {
  const file = new VFile({ path: shown });
  const opened: OpenedArchive = { file, entries: [], leftOut: [], nested: [] };
  if (/\.gz$/iu.test(input.absolute)) return openGzipped(input, bytes, opened);
  const zip = await readZip(bytes);
  if ('unreadable' in zip) {
    error(file, `The zip archive cannot be read (${zip.unreadable}): it was not ingested`, zip.fix, { line: 1, column: 1 }, Rule.unreadableDocument);
    return opened;
  }
  const names = zip.files.map((entry) => entry.name);
  const siblingsOf = (entry: string): string[] => {
    const folder = entry.includes('/') ? entry.slice(0, entry.lastIndexOf('/') + 1) : '';
    return names.filter((other) => other.startsWith(folder) && !other.slice(folder.length).includes('/')).map((other) => other.slice(folder.length));
  };
  // (A folder's siblings: the files and folders beside it, by the paths of the files under them.)
  const foldersBeside = (folder: string): string[] => {
    const above = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/') + 1) : '';
    return [...new Set(names.filter((other) => other.startsWith(above)).map((other) => other.slice(above.length).split('/')[0]!))];
  };
  for (const { name, bytes: content } of zip.files) {
    const relative = `${input.relative}#${name}`;
    const absolute = `${input.absolute}#${name}`;
    const parts = name.split('/');
    const companion = parts.slice(0, -1).some((_, index) => {
      const folder = parts.slice(0, index + 1).join('/');
      return isCompanionFolder(parts[index]!, foldersBeside(folder));
    });
    const judged = judge(name);
    if (companion) opened.leftOut.push({ relative, absolute, reason: 'companion' });
    else if (isBookCompanion(parts.at(-1)!, siblingsOf(name))) opened.leftOut.push({ relative, absolute, reason: 'book-companion' });
    else if ('reason' in judged) opened.leftOut.push({ relative, absolute, reason: judged.reason });
    else if (judged.format === 'archive' || judged.format === 'crawl') {
      const inner = new VFile({ path: `${shown}#${name}` });
      warn(
        inner,
        `Not ingested: ${judged.format === 'archive' ? 'an archive (zip or gzip)' : 'a web crawl'} inside the zip archive, which Baoku does not open from within another`,
        `extract \`${path.basename(name)}\` from the archive into the input folder and ingest it there`,
        { line: 1, column: 1 },
        Rule.notIngested,
      );
      opened.nested.push(inner);
    } else {
      const archived = { file: { absolute: input.absolute, relative: input.relative }, entry: name };
      opened.entries.push({ input: { absolute, relative, rootName: input.rootName, format: judged.format, archived }, bytes: content });
    }
  }
  const leftOut = opened.leftOut.length + opened.nested.length;
  note(
    file,
    `Read as a zip archive of ${zip.files.length} file${zip.files.length === 1 ? '' : 's'}: ${opened.entries.length} read, each as an input of its own named by the archive and its path inside it (\`#…\`)` +
      (leftOut > 0 ? `, ${leftOut} left out (named below)` : '') +
      (zip.names
        ? `; its file names, written without the UTF-8 mark, read as ${zip.names === 'big5' ? 'Big5' : zip.names === 'gb18030' ? 'GBK' : 'UTF-8'}`
        : ''),
    { line: 1, column: 1 },
    Rule.notIngested,
  );
  return opened;
}

/** A gzipped file (`0305.txt.gz`): the one file it holds, named by it and its name without `.gz` (`0305.txt.gz#0305.txt`). */
function openGzipped(input: InputFile, bytes: Buffer, opened: OpenedArchive): OpenedArchive {
  const name = path.basename(input.relative).slice(0, -3);
  const read = gunzipped(bytes, MAX_INPUT_BYTES);
  if ('unreadable' in read) {
    error(opened.file, `The gzipped file cannot be read (${read.unreadable}): it was not ingested`, read.fix, { line: 1, column: 1 }, Rule.unreadableDocument);
    return opened;
  }
  if (read.cutShort)
    warn(
      opened.file,
      'The gzipped file is cut short: what it holds was ingested',
      'download or copy it again from where it is kept',
      { line: 1, column: 1 },
      Rule.badBytes,
    );
  note(
    opened.file,
    `Read as a gzipped file: \`${name}\` (${(read.bytes.length / 1024 / 1024).toFixed(1)} MB unpacked), an input of its own named by the file and its name inside (\`#${name}\`)`,
    { line: 1, column: 1 },
    Rule.notIngested,
  );
  const archived = { file: { absolute: input.absolute, relative: input.relative }, entry: name };
  const format = formatOf(name);
  if (format !== undefined)
    opened.entries.push({
      input: { absolute: `${input.absolute}#${name}`, relative: `${input.relative}#${name}`, rootName: input.rootName, format, archived },
      bytes: read.bytes,
    });
  return opened;
}
