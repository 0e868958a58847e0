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
 * A mailbox (`.mbox`), an Evernote export (`.enex`) and a NewsML-G2 message
 * (`.xml`) are containers of documents too: each message, note or story an
 * input of its own, named by its place or id (`Inbox.mbox#邮件3.eml`,
 * `剪报.enex#笔记2.html`, `jcrb_20240504.xml#JCRB-20240504-01-001.nitf`).
 */
import path from 'node:path';
import { VFile } from 'vfile';
import { MAX_INPUT_BYTES, formatOf, isBookCompanion, isCompanionFolder, judge, type InputFile, type LeftOut } from './collect.ts';
import { gunzipped } from './formats/gzip.ts';
import { mboxMessages } from './formats/mbox.ts';
import { enexNotes } from './formats/enex.ts';
import { chatExportPosts, isChatExport } from './formats/chat-export.ts';
import { isNewsMl, newsMlStories } from './formats/newsml.ts';
import { decode } from './decode.ts';
import { readZip } from './formats/zip.ts';
import { Rule, error, note, warn } from './report.ts';

/** A file out of an archive, to be read: its input, its size unpacked as the archive records it, and its bytes on demand. */
export interface ArchivedFile {
  input: InputFile;
  size: number | undefined;
  read: () => Promise<Buffer | { damaged: string; fix?: string }>;
}

export interface OpenedArchive {
  /** The archive's own file, with what it held. */
  file: VFile;
  /** Its files read as inputs. */
  entries: ArchivedFile[];
  /** Its files left out, named as a folder's are. */
  leftOut: LeftOut[];
  /** Files inside it that are archives or crawls themselves: named with the fix, not opened. */
  nested: VFile[];
  /** Cut short: files it held after the cut are lost, unnamed (those before it are its entries). */
  partial: boolean;
}

const PACKAGES = { word: 'a Word document', sheet: 'a spreadsheet', book: 'an e-book' } as const;

export async function openArchive(input: InputFile, bytes: Buffer, shown: string): Promise<OpenedArchive> {
  const file = new VFile({ path: shown });
  const opened: OpenedArchive = { file, entries: [], leftOut: [], nested: [], partial: false };
  if (/\.gz$/iu.test(input.absolute)) return openGzipped(input, bytes, opened);
  if (/\.mbox$/iu.test(input.absolute)) return openMailbox(input, bytes, opened);
  if (/\.enex$/iu.test(input.absolute)) return openEvernote(input, bytes, opened);
  const zip = await readZip(bytes);
  if ('unreadable' in zip) {
    error(file, `The zip archive cannot be read (${zip.unreadable}): it was not ingested`, zip.fix, { line: 1, column: 1 }, Rule.unreadableDocument);
    return opened;
  }
  // (Cut short, or damaged part way: its files read by their own headers up to there, said; those after it are lost.)
  if (zip.indexLost === 'cut' || zip.indexLost === 'damaged') {
    opened.partial = true;
    const whole = zip.files.length - (zip.cutInside === undefined ? 0 : 1);
    const read = (where: string): string =>
      `the ${whole} file${whole === 1 ? '' : 's'} before ${where} ${whole === 1 ? 'was read by its own header' : 'were read by their own headers'}`;
    error(
      file,
      zip.indexLost === 'cut'
        ? `The zip archive is cut short: its index at the end is missing; ${read('the cut')}` +
            (zip.cutInside === undefined ? '' : `, \`${zip.cutInside}\` is cut in two`) +
            ', and any after it are lost'
        : `The zip archive is damaged at byte ${zip.stoppedAt ?? 0} (no file's header stands there) and its index cannot be read; ${read('it')}, and any after it are not read`,
      zip.indexLost === 'cut' ? 'download or copy it again, whole' : `download or copy it again; 7-Zip may read more of it (\`7z x\`), into the input folder`,
      { line: 1, column: 1 },
      Rule.badBytes,
    );
  } else if (zip.indexLost === 'index')
    warn(
      file,
      `The zip archive's index at its end is missing or damaged: its ${zip.files.length} file${zip.files.length === 1 ? '' : 's'} were read by their own headers`,
      'download or copy it again, whole',
      { line: 1, column: 1 },
      Rule.badBytes,
    );
  // (A document saved or renamed `.zip`, `报纸.docx` → `报纸.zip`: read as the document it is, and said.)
  if (zip.packageOf) {
    note(file, `Read as ${PACKAGES[zip.packageOf]}: the file is named as a zip archive but holds one`, { line: 1, column: 1 }, Rule.notIngested);
    opened.entries.push({ input: { ...input, format: zip.packageOf }, size: bytes.length, read: () => Promise.resolve(bytes) });
    return opened;
  }
  // (Each folder's entries, files and folders, once: a folder's companions and a book's are judged by their siblings.)
  const children = new Map<string, Set<string>>();
  for (const { name } of zip.files) {
    const parts = name.split('/');
    for (let depth = 0; depth < parts.length; depth++) {
      const folder = parts.slice(0, depth).join('/');
      const set = children.get(folder) ?? new Set<string>();
      set.add(parts[depth]!);
      children.set(folder, set);
    }
  }
  const beside = (folder: string): string[] => [...(children.get(folder) ?? [])];
  for (const entry of zip.files) {
    const { name } = entry;
    const relative = `${input.relative}#${name}`;
    const absolute = `${input.absolute}#${name}`;
    const parts = name.split('/');
    const companion = parts.slice(0, -1).some((part, index) => isCompanionFolder(part, beside(parts.slice(0, index).join('/'))));
    const judged = judge(name);
    if (companion) opened.leftOut.push({ relative, absolute, reason: 'companion' });
    else if (entry.link) opened.leftOut.push({ relative, absolute, reason: 'link' });
    else if (isBookCompanion(parts.at(-1)!, beside(parts.slice(0, -1).join('/')))) opened.leftOut.push({ relative, absolute, reason: 'book-companion' });
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
      // (An input stands in the archive as in a folder of its own, `a.zip#/01.txt`: its folder is the archive's, not the one the archive is in.)
      opened.entries.push({
        input: { absolute: `${input.absolute}#/${name}`, relative, rootName: input.rootName, format: judged.format, archived },
        size: entry.size,
        read: entry.read,
      });
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

/** A mailbox (`.mbox`): each message an input of its own, an e-mail named by its place in the box (`Inbox.mbox#邮件3.eml`). */
function openMailbox(input: InputFile, bytes: Buffer, opened: OpenedArchive): OpenedArchive {
  const messages = mboxMessages(bytes);
  return addDocuments(opened, input, messages, {
    none: 'The mailbox cannot be read (it does not open on a message\u2019s `From ` line): it was not ingested',
    fix: 'export the mail folder again as .mbox, or save its messages as .eml files',
    read: `Read as a mailbox: ${messages.length} message${messages.length === 1 ? '' : 's'}, each an e-mail of its own named by its place in the box (\`#${messages[0]?.name ?? ''}\`…)`,
  });
}

/**
 * One of a container's documents as an input of its own, read in the format its name gives (an e-mail, a note as HTML; a
 * news message's story as NITF), named by the container and its place in it (`Inbox.mbox#邮件3.eml`).
 */
function addEntry(opened: OpenedArchive, input: InputFile, name: string, bytes: Buffer): void {
  opened.entries.push({
    input: {
      absolute: `${input.absolute}#${name}`,
      relative: `${input.relative}#${name}`,
      rootName: input.rootName,
      format: formatOf(name) ?? 'html',
      archived: { file: { absolute: input.absolute, relative: input.relative }, entry: name },
    },
    size: bytes.length,
    read: () => Promise.resolve(bytes),
  });
}

/**
 * A container's documents as inputs of their own, its note saying what it held (`read`); or, when it holds none, the
 * error saying so (`none`) with its fix.
 */
function addDocuments(
  opened: OpenedArchive,
  input: InputFile,
  documents: ReadonlyArray<{ name: string; bytes: Buffer }>,
  said: { none: string; fix: string; read: string },
): OpenedArchive {
  if (documents.length === 0) {
    error(opened.file, said.none, said.fix, { line: 1, column: 1 }, Rule.unreadableDocument);
    return opened;
  }
  note(opened.file, said.read, { line: 1, column: 1 }, Rule.notIngested);
  for (const document of documents) addEntry(opened, input, document.name, document.bytes);
  return opened;
}

/** An Evernote export (`.enex`): each note an input of its own, an HTML page named by its place in the export (`剪报.enex#笔记3.html`). */
function openEvernote(input: InputFile, bytes: Buffer, opened: OpenedArchive): OpenedArchive {
  const notes = enexNotes(bytes).map((entry) => ({ name: entry.name, bytes: Buffer.from(entry.html, 'utf8') }));
  return addDocuments(opened, input, notes, {
    none: 'The Evernote export cannot be read (no `<en-export>` of `<note>`s in it): it was not ingested',
    fix: 'export the notebook again from Evernote as .enex, or the notes as HTML',
    read: `Read as an Evernote export: ${notes.length} note${notes.length === 1 ? '' : 's'}, each an HTML page of its own named by its place in the export (\`#${notes[0]?.name ?? ''}\`…), titled by the note and with its source address; the notes' own dates (when they were made and changed) date nothing`,
  });
}

/** Whether a data file is a NewsML-G2 message (`.xml` whose root is `<newsMessage>` or `<newsItem>`), read as a container of stories. */
export function isNewsMlFile(input: InputFile, bytes: Buffer): boolean {
  return /\.xml$/iu.test(input.absolute) && isNewsMl(decode(bytes.subarray(0, 4096)).text);
}

/** A NewsML-G2 message: each story item an input of its own, a document named by its id (`jcrb_20240504.xml#JCRB-20240504-01-001.nitf`). */
export function openNewsMessage(input: InputFile, bytes: Buffer, shown: string): OpenedArchive {
  const opened: OpenedArchive = { file: new VFile({ path: shown }), entries: [], leftOut: [], nested: [], partial: false };
  const { stories, leftOut } = newsMlStories(decode(bytes).text);
  return addDocuments(opened, input, stories, {
    none: `The NewsML message holds no story to read${leftOut.length > 0 ? ` (${leftOut.join('; ')})` : ''}: it was not ingested`,
    fix: 'export the stories again from the editorial system, as NewsML with their text inline or as NITF',
    read:
      `Read as a NewsML message: ${stories.length} stor${stories.length === 1 ? 'y' : 'ies'}, each a document of its own named by its id (\`#${stories[0]?.name ?? ''}\`…), its paper, page and headline from the item's metadata where its text does not give them; the items' own stamps (when they were written) date nothing` +
      (leftOut.length > 0 ? `; not ingested: ${leftOut.join('; ')}` : ''),
  });
}

/** Whether an HTML file is a chat app's export of a channel (Telegram Desktop's `messages.html`), read as a container of posts. */
export function isChatExportFile(input: InputFile, bytes: Buffer): boolean {
  // (A group's chat, many people talking, is read as the page it is: `chatExportPosts` tells it.)
  return (
    input.format === 'html' &&
    /\.html?$/iu.test(input.absolute) &&
    isChatExport(decode(bytes.subarray(0, 16384)).text) &&
    chatExportPosts(decode(bytes).text).group === undefined
  );
}

/** A chat app's export page: each message a post, an HTML page of its own named by its id (`messages.html#message2.html`). */
export function openChatExport(input: InputFile, bytes: Buffer, shown: string): OpenedArchive {
  const opened: OpenedArchive = { file: new VFile({ path: shown }), entries: [], leftOut: [], nested: [], partial: false };
  const { channel, posts, service } = chatExportPosts(decode(bytes).text);
  return addDocuments(
    opened,
    input,
    posts.map((post) => ({ name: post.name, bytes: Buffer.from(post.html, 'utf8') })),
    {
      none: 'The chat export holds no message with text: it was not ingested',
      fix: 'export the channel again (Telegram Desktop: Export chat history, HTML or JSON)',
      read: `Read as a chat app's export of a channel${channel === undefined ? '' : ` (\`${channel}\`, its name the paper's)`}: ${posts.length} message${posts.length === 1 ? '' : 's'}, each a post of its own named by its id (\`#${posts[0]?.name ?? ''}\`…), dated by the moment it was sent as the export writes it, with its offset${service > 0 ? `; not ingested: ${service} service line${service === 1 ? '' : 's'} (a date between days, the channel made, a message pinned)` : ''}`,
    },
  );
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
  const content = read.bytes;
  if (format !== undefined)
    opened.entries.push({
      input: { absolute: `${input.absolute}#${name}`, relative: `${input.relative}#${name}`, rootName: input.rootName, format, archived },
      size: content.length,
      read: () => Promise.resolve(content),
    });
  return opened;
}
