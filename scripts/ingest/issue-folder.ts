/**
 * A page that prints no date, in a folder that holds one issue's pages
 * (`第344期/1版要闻.txt` with the masthead and date, `第344期/2版校园.txt`
 * with only `第2版`; `No.336/01.txt` … `04.txt`): it is dated as its
 * issue's other pages, and said so. Only a file named by its page or its
 * number in the folder, beside other numbered files that all give one date
 * and one paper; a folder whose files give two dates, or a file named
 * otherwise, gives none (its file is not ingested, with its `no-date` error).
 *
 * @example
 *   issueOfFolder('/raw/校报/第344期/2版校园.txt', [{absolute: '/raw/校报/第344期/1版要闻.txt', relative: '校报/第344期/1版要闻.txt', paper: '东江大学报', date: '2024-03-22'}])
 *   // → {paper: '东江大学报', date: '2024-03-22', from: '校报/第344期/1版要闻.txt'}
 */
import path from 'node:path';
import { factsFromPath, isIssueFolder, isPageFolder } from './facts/from-path.ts';

export interface IssueOfFolder {
  date: string;
  paper: string;
  /** The dated page it was taken from, as a path relative to the input root. */
  from: string;
  /**
   * Whose date it is: the issue's other pages in the folder, or the first page of a story a site cut into pages
   * (`article-pages.ts`); `paper`: only the paper is theirs, the page printing its own date (`paperOfFolder`).
   */
  by?: 'story' | 'paper';
}

export interface DatedFile {
  /** Absolute path: files are compared by the folder they are in. */
  absolute: string;
  /** Path relative to the input root, as messages name it. */
  relative: string;
  paper: string;
  date: string;
  /** The address an HTML page says it was saved from (`formats/html.ts`), by which a later page of its story finds it. */
  address?: string;
}

/** The issue an undated page shares with the other numbered pages of its folder; `undefined` when they do not settle one. */
export function issueOfFolder(undated: string, dated: readonly DatedFile[]): IssueOfFolder | undefined {
  // A page of an issue's folder (`第344期/`, `No.336/`, `20240308/`) named by its number, or a file named by its page anywhere (`2版校园.txt`):
  // a bare number in another folder (`剪报/2.txt`) is a clipping's place in a pile, no page of the issue beside it.
  const folder = path.dirname(undated);
  const named = factsFromPath(path.basename(undated), '');
  // (A zip archive stands for a folder of its name: its files' folder is `…/第12期.zip#`.)
  if (named.page === undefined && !(named.order !== undefined && isIssueFolder(path.basename(folder).replace(/\.zip#$/iu, '')))) return undefined;
  const siblings = dated.filter((file) => file.absolute !== undated && path.dirname(file.absolute) === folder && isNumbered(file.absolute));
  const first = siblings[0];
  if (!first || siblings.some((file) => file.date !== first.date || file.paper !== first.paper)) return undefined;
  return { date: first.date, paper: first.paper, from: first.relative };
}

/**
 * The paper of a page that names none (its folder's name stood for it: `bhwb/1992/bhwb_19920618_0003.xml`), beside
 * pages of the same day in the same folder that name one (the front page's masthead, `滨海晚报`): theirs, when they
 * all name the same; else `undefined`, and the folder's name stands, as said.
 */
export function paperOfFolder(file: string, date: string, folderPaper: string, dated: readonly DatedFile[]): IssueOfFolder | undefined {
  const folder = issueFolder(file);
  const named = dated.filter(
    (other) => other.absolute !== file && issueFolder(other.absolute) === folder && other.date === date && other.paper !== folderPaper,
  );
  const first = named[0];
  if (!first || named.some((other) => other.paper !== first.paper)) return undefined;
  return { date, paper: first.paper, from: first.relative, by: 'paper' };
}

/** The dated files of each folder, looked up by a file in it: grouped once, not searched for every undated file. */
export function datedByFolder(dated: readonly DatedFile[]): (file: string) => readonly DatedFile[] {
  const byFolder = new Map<string, DatedFile[]>();
  for (const file of dated) {
    const folder = issueFolder(file.absolute);
    const list = byFolder.get(folder);
    if (list) list.push(file);
    else byFolder.set(folder, [file]);
  }
  return (file) => byFolder.get(issueFolder(file)) ?? [];
}

/** The folder of a page's issue: its own, or the one above a folder of one page (`ed-1/seq-2/ocr.txt` → `ed-1`). */
function issueFolder(file: string): string {
  const folder = path.dirname(file);
  return isPageFolder(path.basename(folder)) ? path.dirname(folder) : folder;
}

/** A file named by its page or its place in the folder (`2版校园.txt`, `02.txt`, `p3.txt`, `第二版 校园.txt`). */
function isNumbered(file: string): boolean {
  const facts = factsFromPath(path.basename(file), '');
  return facts.page !== undefined || facts.order !== undefined;
}
