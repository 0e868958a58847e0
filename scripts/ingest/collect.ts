/**
 * Find every file under the given paths (files or folders, any depth) and
 * say what becomes of each: read as text, Markdown, HTML, a Word document or a data file, or left out —
 * hidden files and editor leftovers (counted in the summary), a site's
 * drafts and list pages (a note each) and unknown formats (a warning each). Nothing under an input folder is passed over
 * without a word. Sorted by path, so the output is deterministic.
 */
import { open, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { chaptersPartners } from './formats/chapters.ts';
import { IIIF_HEAD, iiifDocumentKind, iiifKind, manifestLists } from './formats/iiif.ts';
import { accountFileBeside, isTweetsFile } from './formats/tweets.ts';
import type { Capture } from './formats/warc.ts';

/** How a file is read (`archive`: a zip archive, whose files are read each as an input of its own, `archived`): `word` is a word processor's document (`formats/word.ts` tells `.docx` from `.doc` by its bytes), `pdf` a PDF's text layer (`formats/pdf.ts`), `data` a data file of rows (`read-data.ts`: CSV, TSV, JSON, JSON Lines, XML), `sheet` a spreadsheet's (`formats/spreadsheet.ts`: `.xlsx`, `.xls`, WPS's `.et`, `.xlsb`, `.ods`, `.fods`), `database` a database's tables (`formats/database.ts`: SQLite `.db`, `.sqlite`, an SQL dump `.sql`), `book` an e-book's (`formats/epub.ts`: `.epub`), `captions` a broadcast's subtitles (`formats/captions.ts`: `.srt`, `.vtt`, `.ass`, `.ssa`, `.sbv`, `.bcc`, `.ttml`, `.dfxp`; Bilibili's `.json` and TTML's `.xml` by their content), `crawl` a web crawl's archive (`formats/warc.ts`: `.warc`, `.warc.gz`, `.wacz`), whose captures are read each as an input of its own (`capture`). */
export type InputFormat = 'text' | 'markdown' | 'html' | 'word' | 'pdf' | 'data' | 'sheet' | 'database' | 'book' | 'captions' | 'crawl' | 'archive';

/** Where an input taken out of a zip archive was kept: the archive's file, and the input's path inside it (`archive-entries.ts`). */
export interface ArchivedIn {
  /** The archive's file (absolute) and its path under its root. */
  file: { absolute: string; relative: string };
  /** The input's path inside the archive, `/`-separated. */
  entry: string;
}

/** Where an input taken out of a web crawl was captured: the crawl's file, and what the crawl says of the capture (`formats/warc.ts`). */
export interface CaptureOf extends Pick<Capture, 'address' | 'captured' | 'charset' | 'mediaType' | 'truncated' | 'warc'> {
  /** The crawl's file (absolute) and its path under its root. */
  crawl: { absolute: string; relative: string };
}

/**
 * The path an archived input's facts are read from: the zip archive's folder, its name without `.zip` as a folder, the
 * path inside it; a gzipped file's as if unzipped beside it (`2024/0305.txt.gz` → `2024/0305.txt`).
 */
export function archiveFolderPath(archiveRelative: string, entry: string): string {
  if (/\.gz$/iu.test(archiveRelative)) return archiveRelative.slice(0, -3);
  // (A container's documents — a zip's files, a mailbox's messages, an Evernote export's notes, a news message's stories — as
  // if in a folder of its name without its extension: `收件箱.mbox#邮件3.eml` in `收件箱/`.)
  return `${archiveRelative.replace(/\.(?:zip|mbox|enex|xml|html?)$/iu, '')}/${entry}`;
}

export interface InputFile {
  /** Absolute path. */
  absolute: string;
  /** Path relative to the root it was found under, `/`-separated (a stable name for provenance). */
  relative: string;
  /** The input folder's own name (`运河日报` for `raw/运河日报/…`), a last resort for the paper's name. */
  rootName: string;
  format: InputFormat;
  /**
   * Set for a capture taken out of a web crawl (`crawl-captures.ts`): then `relative` is the crawl's path and the
   * address (`crawl.warc.gz#http://…`), a stable name for provenance, and `absolute` the crawl's absolute path and the
   * address, whose folders are the address's (a site files a day's pages in a folder, as a keeper does).
   */
  capture?: CaptureOf;
  /**
   * Set for a file taken out of a zip archive (`archive-entries.ts`): then `relative` and `absolute` are the archive's
   * and the path inside it (`2020年1月.zip#人民日报/20200101.txt`), a stable name for provenance; its folders for the
   * facts a path gives are the archive's, as if extracted into a folder of its name (`archiveFolderPath`).
   */
  archived?: ArchivedIn;
  /**
   * Files read with it, beside it (absolute): a programme's chapters kept apart from its subtitles (`formats/chapters.ts`),
   * which title its stories. Its output changes when they do.
   */
  companions?: string[];
  /** A programme's chapters beside its subtitles: the subtitle files (absolute) it is read with; read alone only if it lists none. */
  chaptersOf?: string[];
  /** A IIIF annotation list or page in a file of its own: the manifests (absolute) that name it, and it is read with (`formats/iiif.ts`). */
  annotationsOf?: string[];
}

export interface LeftOut {
  relative: string;
  absolute: string;
  /** (`link`: a symbolic link stored in a zip archive, which holds its target's name, not a file.) */
  reason:
    | 'hidden'
    | 'system'
    | 'backup'
    | 'draft'
    | 'unpublished'
    | 'template'
    | 'list-page'
    | 'note'
    | 'companion'
    | 'book-companion'
    | 'account'
    | 'archive-data'
    | 'database-log'
    | 'read-before'
    | 'link'
    | 'unknown-format';
}

/** A path that could not be looked at (missing, no permission, a symlink loop, a name too long): an error on that path, and the run goes on. */
export interface Unreadable {
  absolute: string;
  /** What is wrong and how to fix it, in one sentence each. */
  what: string;
  fix: string;
}

export interface Collected {
  inputs: InputFile[];
  leftOut: LeftOut[];
  unreadable: Unreadable[];
}

/** Larger input files are refused: a newspaper issue is rarely over 5 MB, and a file this large is most likely not text. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Extensions by format; a file without an extension is text. */
const FORMATS: Record<string, InputFormat> = {
  '': 'text',
  '.txt': 'text',
  '.text': 'text',
  // (A corpus's records as text, SogouCA's `.dat`; a program's binary `.dat` is named as such.)
  '.dat': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  // (A site's pages by their server's names: server-side includes, XHTML.)
  '.shtml': 'html',
  '.shtm': 'html',
  '.xhtml': 'html',
  // (A browser's web archive of a page, its page taken out by `formats/mhtml.ts`.)
  '.mht': 'html',
  '.mhtml': 'html',
  // (An OCR page in hOCR, `formats/hocr.ts`.)
  '.hocr': 'html',
  // (An e-mail, its text part taken out by `formats/email.ts`.)
  '.eml': 'html',
  '.docx': 'word',
  '.docm': 'word',
  '.doc': 'word',
  '.odt': 'word',
  '.rtf': 'word',
  '.pdf': 'pdf',
  // (An issue as an e-book: calibre's news downloads, e-paper and web-to-ebook tools.)
  '.epub': 'book',
  // (A broadcast's subtitles: a day's programme, story by story under the titles shown on screen.)
  '.srt': 'captions',
  '.vtt': 'captions',
  '.webvtt': 'captions',
  '.ass': 'captions',
  '.ssa': 'captions',
  '.sbv': 'captions',
  '.bcc': 'captions',
  '.ttml': 'captions',
  '.dfxp': 'captions',
  // (A web crawl: WARC, gzipped record by record as crawlers write it, and WACZ, a zip of WARCs with a page list.)
  '.warc': 'crawl',
  '.wacz': 'crawl',
  // (A zip archive: its files read as if it were extracted, each an input of its own.)
  '.zip': 'archive',
  // (A mailbox, its messages each an e-mail: `formats/mbox.ts`.)
  '.mbox': 'archive',
  // (An Evernote export, its notes each an HTML page: `formats/enex.ts`.)
  '.enex': 'archive',
  // (A reference manager's records, RIS and EndNote's tagged text: text files, told by their first tag, `formats/citation-records.ts`.)
  '.ris': 'text',
  '.enw': 'text',
  // (BibTeX, as Zotero and JabRef export it: `formats/bibtex.ts`.)
  '.bib': 'text',
  '.csv': 'data',
  '.tsv': 'data',
  '.json': 'data',
  '.jsonl': 'data',
  // (Scrapy's JSON Lines, `-o items.jl`.)
  '.jl': 'data',
  '.ndjson': 'data',
  '.xml': 'data',
  '.tei': 'data',
  // (A news feed saved as a reader or a script downloads it: RSS, Atom.)
  '.rss': 'data',
  '.atom': 'data',
  // (A newsroom's story in NITF under its own extension: read as the XML it is, `formats/nitf.ts`.)
  '.nitf': 'data',
  '.xlsx': 'sheet',
  '.xlsm': 'sheet',
  '.ods': 'sheet',
  '.xls': 'sheet',
  '.xlsb': 'sheet',
  '.et': 'sheet',
  '.fods': 'sheet',
  // (A scraper's or a site's database: SQLite, told by its first bytes; an SQL dump.)
  '.db': 'database',
  '.db3': 'database',
  '.sqlite': 'database',
  '.sqlite3': 'database',
  '.sql': 'database',
};

/** A static site's list page: Hugo's `_index.md` introduces a section of the site (`content/posts/_index.md`), it is no article. */
const LIST_PAGE = /^_index\.(?:md|markdown|html?)$/iu;

/** Editor and tool leftovers: `a.txt~`, `#a.txt#`, `a.txt.bak`, `a.swp`, `a.orig`, Office's lock file `~$报纸.docx`. */
const BACKUP = /(~|\.bak|\.swp|\.swo|\.orig|\.tmp)$|^#.*#$|^~\$/iu;

/**
 * A note the archive's keeper wrote beside the papers, by its conventional
 * name: `README.txt`, `说明.txt`, `目录.txt`, `索引.md`, `LICENSE`. It is no
 * newspaper text: left out, and named in a note.
 */
const KEEPERS_NOTE =
  /^(?:readme|read[ _-]?me[ _-]?first|license|licence|changelog|说明|說明|使用说明|使用說明|自述|读我|讀我|目录|目錄|索引|总目录|總目錄|备注|備註|更新日志|更新日誌)(?:\.[a-z]{1,8})?$/iu;

/** What an operating system leaves in folders it shows: Windows's thumbnail caches and folder settings, macOS's folder icon. */
const SYSTEM_FILE = /^(?:thumbs\.db|ehthumbs(?:_vista)?\.db|desktop\.ini|icon\r)$/iu;

/**
 * A folder of a saved page's companions: what a browser ("Web page, complete":
 * `页面_files/`) or Word ("Save as Web Page": `01版要闻.files/`, with its
 * `header.htm` and `filelist.xml`) writes beside the page it saved. Its files
 * are the page's images, styles and running header, never pages of their own.
 */
const COMPANION_FOLDER = /^(.+?)(?:_files|\.files|\.fld|-Dateien|_archivos|_fichiers)$/u;

/**
 * What an e-book library keeps besides its books: calibre's `metadata.opf` and `cover.jpg` in each book's folder, beside
 * the book, and its database (`metadata.db`, its preferences' backup, its full-text index) at the library's root. The
 * book's metadata, cover and catalogue, none of its text.
 */
const BOOK_COMPANION = /^(?:metadata\.opf|cover\.(?:jpe?g|png))$/iu;
const LIBRARY_FILE = /^(?:metadata\.db|metadata_db_prefs_backup\.json|full-text-search\.db)$/iu;

export function isBookCompanion(name: string, siblings: readonly string[]): boolean {
  if (LIBRARY_FILE.test(name)) return siblings.includes('metadata.db');
  return BOOK_COMPANION.test(name) && siblings.some((sibling) => /\.(?:epub|mobi|azw3?|pdf)$/iu.test(sibling));
}

/** Whether a folder is a saved page's companions: named so, beside its page (`页面.html` for `页面_files/`). */
export function isCompanionFolder(name: string, siblings: readonly string[]): boolean {
  const stem = COMPANION_FOLDER.exec(name)?.[1];
  return stem !== undefined && siblings.some((sibling) => /\.(?:html?|mht(?:ml)?)$/iu.test(sibling) && sibling.slice(0, sibling.lastIndexOf('.')) === stem);
}

/**
 * A folder whose name says its files were not published: a newsroom's drafts, stories waiting for review or to go out,
 * stories spiked or withdrawn, a bin. (Its published stories' folder, `已发`, is read.) Left out with a warning, since a
 * keeper may have named a folder of published stories so.
 */
const DRAFT_FOLDER = /^(?:drafts?|草稿|草稿箱|待审|待審|待审稿|待審稿|送审|送審|待发|待發|未发|未發|未用稿|废稿|廢稿|弃稿|棄稿|退稿|撤稿|回收站)$/iu;

/** Whether a folder's name says its files were not published (`草稿`, `待审`, `废稿`). */
export function isUnpublishedFolder(name: string): boolean {
  return DRAFT_FOLDER.test(name);
}

/**
 * What becomes of a file by its path (under its root, or inside an archive): read in a format, or left out for a
 * reason — hidden (a dot-named file or folder, macOS's `__MACOSX` in a zip), the system's, an editor's leftover, a
 * draft, a list page, a keeper's note, or a format Baoku does not read. (A saved page's companions and an e-book's
 * are judged by their siblings: `isCompanionFolder`, `isBookCompanion`.)
 */
export function judge(relative: string): { format: InputFormat } | { reason: LeftOut['reason'] } {
  const parts = relative.split('/');
  const name = parts.at(-1) ?? relative;
  if (parts.some((part) => part.startsWith('.') || part === '__MACOSX')) return { reason: 'hidden' };
  if (SYSTEM_FILE.test(name)) return { reason: 'system' };
  if (BACKUP.test(name)) return { reason: 'backup' };
  // Unpublished work by its folder: a static site's (Jekyll's `_drafts/`), a newsroom's (`草稿/`, `待审/`, `废稿/`).
  if (parts.slice(0, -1).includes('_drafts')) return { reason: 'draft' };
  if (parts.slice(0, -1).some(isUnpublishedFolder)) return { reason: 'unpublished' };
  // A site generator's templates for new posts (Hugo's `archetypes/`, Hexo's `scaffolds/`): `title: {{ title }}`, no text yet.
  if (parts.slice(0, -1).some((part) => part === 'archetypes' || part === 'scaffolds')) return { reason: 'template' };
  if (LIST_PAGE.test(name)) return { reason: 'list-page' };
  if (KEEPERS_NOTE.test(name)) return { reason: 'note' };
  const format = formatOf(name);
  return format ? { format } : { reason: 'unknown-format' };
}

export function formatOf(name: string): InputFormat | undefined {
  // (An X archive's tweets, `data/tweets.js`: a script assigning their JSON, `formats/tweets.ts`.)
  if (isTweetsFile(name)) return 'data';
  if (/\.warc\.gz$/iu.test(name)) return 'crawl';
  // (A file of a format Baoku reads, gzipped as data dumps ship it, `news2016.jsonl.gz`: an archive of that one file.)
  if (/\.gz$/iu.test(name)) return formatOf(name.slice(0, -3)) === undefined || /\.(?:zip|gz)$/iu.test(name.slice(0, -3)) ? undefined : 'archive';
  return FORMATS[path.extname(name).toLowerCase()];
}

export async function collectInputs(paths: string[]): Promise<Collected> {
  const found = new Map<string, InputFile>();
  /** Inputs (absolute) and the files beside them read with them: a subtitle file's chapters, an X archive's account file. */
  const companionsOf = new Map<string, string[]>();
  /** Of those, the files that are IIIF annotation lists, read with the manifest that names them. */
  const iiifListsOf = new Set<string>();
  const leftOut: LeftOut[] = [];
  const unreadable: Unreadable[] = [];
  const consider = (absolute: string, relative: string, rootName: string): void => {
    const judged = judge(relative);
    if ('format' in judged) found.set(absolute, { absolute, relative, rootName, format: judged.format });
    else leftOut.push({ relative, absolute, reason: judged.reason });
  };
  for (const given of paths) {
    const root = path.resolve(given);
    const info = await stat(root).catch((error: unknown) => {
      unreadable.push(problem(root, error, given));
      return undefined;
    });
    if (!info) continue;
    if (info.isFile()) {
      consider(root, path.basename(root), path.basename(path.dirname(root)));
      continue;
    }
    // Folders are walked one by one so that a symlink is followed (to a file or a folder), and a folder reached twice is
    // read once: through a link to a folder above it (a symlink loop) it is an error, through a second path (a link to
    // a folder beside it, `备份2024 → 2024`) a note on the link.
    const seen = new Set<string>();
    const relativeOf = (absolute: string): string => path.relative(root, absolute).split(path.sep).join('/');
    const walk = async (folder: string, above: readonly string[]): Promise<void> => {
      const real = await realpath(folder).catch(() => folder);
      if (above.includes(real)) {
        unreadable.push({
          absolute: folder,
          what: `Not read: ${folder} leads back to ${real}, a folder already read (a symlink loop)`,
          fix: 'remove or correct the symlink',
        });
        return;
      }
      if (seen.has(real)) {
        leftOut.push({ relative: relativeOf(folder), absolute: folder, reason: 'read-before' });
        return;
      }
      seen.add(real);
      const entries = await readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
        unreadable.push(problem(folder, error));
        return [];
      });
      const names = entries.map((entry) => entry.name);
      for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
        const absolute = path.join(folder, entry.name);
        if (entry.isDirectory() && isCompanionFolder(entry.name, names)) {
          leftOut.push({ relative: relativeOf(absolute), absolute, reason: 'companion' });
          continue;
        }
        if (entry.isFile() && isBookCompanion(entry.name, names)) {
          leftOut.push({ relative: relativeOf(absolute), absolute, reason: 'book-companion' });
          continue;
        }
        // (SQLite's write-ahead log and shared memory beside its database, `news.db-wal`, `news.db-shm`: read with it.)
        const database = /^(.+\.(?:db|db3|sqlite|sqlite3))-(?:wal|shm|journal)$/iu.exec(entry.name)?.[1];
        if (entry.isFile() && database !== undefined && names.includes(database)) {
          leftOut.push({ relative: relativeOf(absolute), absolute, reason: 'database-log' });
          if (entry.name.endsWith('-wal')) companionsOf.set(path.join(folder, database), [...(companionsOf.get(path.join(folder, database)) ?? []), absolute]);
          continue;
        }
        // (An X archive's account file, read with its tweets; its other data files, none of the account's posts.)
        const tweetsHere = names.some((name) => isTweetsFile(name)) && names.includes('manifest.js');
        if (entry.isFile() && tweetsHere && /\.js$/iu.test(entry.name) && !isTweetsFile(entry.name)) {
          leftOut.push({ relative: relativeOf(absolute), absolute, reason: entry.name === 'account.js' ? 'account' : 'archive-data' });
          continue;
        }
        const account = entry.isFile() ? accountFileBeside(entry.name, names) : undefined;
        if (account !== undefined) companionsOf.set(absolute, [...(companionsOf.get(absolute) ?? []), path.join(folder, account)]);
        // (A programme's chapters beside its subtitles: read with them, as their stories' titles.)
        const partners = entry.isFile() ? chaptersPartners(entry.name, names) : [];
        for (const partner of partners) companionsOf.set(path.join(folder, partner), [...(companionsOf.get(path.join(folder, partner)) ?? []), absolute]);
        // A hidden entry or an editor's leftover is counted by its name, never followed (Emacs's lock `.#a.txt` is a dangling link).
        if (entry.name.startsWith('.') || BACKUP.test(entry.name)) {
          consider(absolute, relativeOf(absolute), path.basename(root));
          continue;
        }
        let kind: 'file' | 'folder' | 'other' = entry.isFile() ? 'file' : entry.isDirectory() ? 'folder' : 'other';
        if (entry.isSymbolicLink()) {
          const target = await stat(absolute).catch((error: unknown) => {
            unreadable.push(problem(absolute, error));
            return undefined;
          });
          kind = target?.isFile() ? 'file' : target?.isDirectory() ? 'folder' : 'other';
        }
        if (kind === 'file') consider(absolute, relativeOf(absolute), path.basename(root));
        else if (kind === 'folder' && entry.isSymbolicLink()) linked.push({ folder: absolute, above: [...above, real] });
        else if (kind === 'folder') await walk(absolute, [...above, real]);
      }
    };
    // Folders reached through a link are walked after the real ones, so that a folder's files keep their own path.
    const linked: { folder: string; above: readonly string[] }[] = [];
    await walk(root, []);
    for (let next = linked.shift(); next; next = linked.shift()) await walk(next.folder, next.above);
  }
  // (A IIIF manifest's annotation lists in files of their own, by the ids it names them by: read with it.)
  for (const [manifest, lists] of await iiifManifestLists(found.values())) {
    companionsOf.set(manifest, [...(companionsOf.get(manifest) ?? []), ...lists]);
    for (const list of lists) iiifListsOf.add(list);
  }
  for (const [absolute, companions] of companionsOf) {
    const input = found.get(absolute);
    if (!input) continue;
    input.companions = companions;
    for (const companion of companions) {
      const partner = found.get(companion);
      if (!partner) continue;
      if (iiifListsOf.has(companion)) partner.annotationsOf = [...(partner.annotationsOf ?? []), absolute];
      else partner.chaptersOf = [...(partner.chaptersOf ?? []), absolute];
    }
  }
  const byPath = (a: { relative: string }, b: { relative: string }): number => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0);
  return { inputs: [...found.values()].sort(byPath), leftOut: leftOut.sort(byPath), unreadable: unreadable.sort((a, b) => (a.absolute < b.absolute ? -1 : 1)) };
}

/** What an error of the file system means for an input path, and what to do. */
export function problem(absolute: string, error: unknown, given?: string): Unreadable {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return {
        absolute,
        what: `Not read: \`${given ?? absolute}\` does not exist${given ? ` (looked for ${absolute})` : ' (a broken symlink?)'}`,
        fix: 'check the spelling of the path, or give the folder that holds the raw files (default: folders.raw in baoku.config.ts)',
      };
    case 'EACCES':
    case 'EPERM':
      return {
        absolute,
        what: `Not read: no permission to read ${absolute} (${code})`,
        fix: 'give the user running ingest read permission (chmod a+r), or move it out of the input folder',
      };
    case 'ELOOP':
      return { absolute, what: `Not read: ${absolute} is a symlink loop (ELOOP)`, fix: 'remove or correct the symlink' };
    case 'ENAMETOOLONG':
      return {
        absolute,
        what: `Not read: the name of ${absolute} is too long for the file system (ENAMETOOLONG)`,
        fix: 'rename the file or folder to a shorter name',
      };
    default:
      return { absolute, what: `Not read: ${absolute}: ${(error as Error).message}`, fix: 'check the file, or move it out of the input folder' };
  }
}

/**
 * Each IIIF manifest among the inputs (a `.json` file whose head says so), with the files beside it that hold the
 * annotation lists it names (`formats/iiif.ts`'s `manifestLists`), by absolute path.
 */
async function iiifManifestLists(inputs: Iterable<InputFile>): Promise<Map<string, string[]>> {
  const json = [...inputs].filter((input) => input.archived === undefined && /\.json$/iu.test(input.absolute));
  const files = new Set(json.map((input) => input.absolute));
  const lists = new Map<string, string[]>();
  for (const input of json) {
    const head = await fileHead(input.absolute, IIIF_HEAD);
    if (iiifKind(head) !== 'manifest') continue;
    const text = await readFile(input.absolute, 'utf8');
    if (iiifDocumentKind(text) !== 'manifest') continue;
    const named = manifestLists(input.absolute, text, files);
    if (named.size > 0) lists.set(input.absolute, [...new Set(named.values())]);
  }
  return lists;
}

/** The first `size` bytes of a file, as UTF-8 (JSON's encoding); empty when it cannot be read (collect names no problem here). */
async function fileHead(absolute: string, size: number): Promise<string> {
  const handle = await open(absolute, 'r').catch(() => undefined);
  if (!handle) return '';
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await handle.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}
