/**
 * A web story cut into pages: portals and papers' sites split a long story
 * over pages (`content_1001.htm`, `content_1001_2.htm`, `content_1001_3.htm`;
 * `c1001-40012345-2.html`; `article.php?id=9&page=2`, saved by wget as
 * `article.php@id=9&page=2.html`), each page repeating the site's frame and
 * the headline, with a pager (`上一页 1 2 3 下一页`). Saved one file a page,
 * each would be an article of its own, or a near copy of the first. Here the
 * later pages are found and put after the first, one story:
 *
 * - by name: the same name with a page number after `_` or `-` (no leading
 *   zero: `-02` is an article's number, as in `20240315-04-02.txt`), or a
 *   page in the saved address's query, beside the name without it (page 1);
 * - confirmed by the pages themselves: a pager that speaks of the story's
 *   pages (its links name them; a text copy's lists the number), or the later
 *   page prints the first page's headline (with or without its page, `（2）`,
 *   `(第2页)`). Files named alike that print neither are articles of their
 *   own (`简讯.txt`, `简讯_2.txt`), and so is a page that prints a day or a
 *   line of date and source of its own.
 *
 * A pager's links number the pages before their names do (a TRS site names
 * page 2 `index_1.html`), when the linked page prints the story's headline or
 * none (a serial's parts link each other too), and a page saved by a browser
 * under a name of its own (`新闻 (1).html`) is named by the address it says it
 * came from (`formats/html.ts` reads both).
 *
 * @example
 *   articlePages([
 *     { relative: 'hcwb/content_1001.htm', headline: '老城区改造提速' },
 *     { relative: 'hcwb/content_1001_2.htm', headline: '老城区改造提速（2）' },
 *   ]).get('hcwb/content_1001_2.htm')
 *   // → {first: 'hcwb/content_1001.htm', previous: 'hcwb/content_1001.htm', number: 2, missing: [], by: 'name and headline'}
 */
import path from 'node:path';
import { factsFromPath } from './facts/from-path.ts';
import { Rule, note, warn } from './report.ts';
import { withoutPageMark, type Pager } from './rules/pager.ts';
import type { ParsedPage } from './types.ts';
import type { DatedFile, IssueOfFolder } from './issue-folder.ts';

/** What ingest knows of a file when it looks for a story's pages. */
export interface PageCandidate {
  /** Path relative to the input root, with `/` separators. */
  relative: string;
  /** The file's first headline, as read. */
  headline?: string;
  pager?: Pager & { hrefs?: ReadonlyMap<number, string> };
  /** Pages the file's pager links by number, as paths relative to the input root (`formats/html.ts`). */
  links?: ReadonlyMap<number, string>;
  /** The address the page says it was saved from (`formats/html.ts`): its name where the file's is a browser's (`新闻 (1).html`). */
  address?: string;
  /** The day the page prints itself (its text, front matter or a credit; not its name's), as `YYYY-MM-DD`. */
  date?: string;
  /** Its line of date (and source) as printed, when its text dates it. */
  dateLine?: string;
}

/** Where a later page of a story goes. */
export interface PageOf {
  /** The story's first page (its file). */
  first: string;
  /** The page this one follows: the one before it that was saved. */
  previous: string;
  /** This page's number in the story. */
  number: number;
  /** Numbers of pages between `previous` and this one that were not saved. */
  missing: number[];
  /** How it was found: by a pager's links (the site's own numbering), or by its name (or saved address) and a pager or headline. */
  by: 'links' | 'name and pager' | 'name and headline';
}

/** A page number after the name (`_2`, `-3`): no leading zero, at most 99. */
const NUMBER_SUFFIX = /^(.+?)([_-])([2-9]|[1-9][0-9])$/u;
/** A page in a saved address's query (`?page=2`, `&p=3`; wget writes `?` as `@`, a browser as `%3F`). */
const QUERY_PAGE = /([?@&]|%3F|%26)(?:page|p|pn|pg|pageno|page_no|pagenum|pageindex|page_index|curpage|cur_page|currentpage)=([0-9]{1,2})(?=$|&|%26)/iu;

interface NamedPage {
  /** The name that all the story's pages share: folder, stem, extension. */
  key: string;
  number: number;
}

/** The story a file's name gives it and its page in it: `content_1001_2.htm` → page 2 of `content_1001.htm`; `undefined` for a name with no page. */
export function pageOfName(relative: string): NamedPage | undefined {
  const folder = path.posix.dirname(relative);
  const prefix = folder === '.' ? '' : `${folder}/`;
  const name = path.posix.basename(relative);
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  const query = QUERY_PAGE.exec(stem);
  if (query) {
    // The address without its page: `a.php@id=9&page=2` → `a.php@id=9`, `a.php@page=2&id=9` → `a.php@id=9`.
    const separator = query[1]!;
    const rest = stem.slice(query.index + query[0].length);
    const opensQuery = separator !== '&' && separator.toUpperCase() !== '%26';
    const base = `${stem.slice(0, query.index)}${opensQuery && rest !== '' ? separator + rest.replace(/^(?:&|%26)/iu, '') : rest}`;
    return { key: `${prefix}${base}${extension}`, number: Number(query[2]) };
  }
  // (Not the day of a date, `2024-03-18.htm`: a day's post beside its month's, `2024-03.htm`.)
  if (/(?:1[89]|2[0-2])[0-9]{2}[-_.]?[01]?[0-9][-_][0-3]?[0-9]$/u.test(stem)) return undefined;
  const suffix = NUMBER_SUFFIX.exec(stem);
  return suffix ? { key: `${prefix}${suffix[1]}${extension}`, number: Number(suffix[3]) } : undefined;
}

/** The file a later page's name gives as its story's first page (`content_1001_2.htm` → `content_1001.htm`); `undefined` for any other name. */
export function storyFirstPage(relative: string): string | undefined {
  const named = pageOfName(relative);
  return named && named.number > 1 ? named.key : undefined;
}

/** Each later page of a story (by its path) and where it goes; first pages and files of one page are not in it. */
export function articlePages(files: readonly PageCandidate[]): Map<string, PageOf> {
  /** The story's pages by number, for each story; a file in one story only. */
  const stories = new Map<string, Map<number, PageCandidate>>();
  const placed = new Set<PageCandidate>();
  const add = (key: string, number: number, file: PageCandidate): void => {
    const pages = stories.get(key) ?? new Map<number, PageCandidate>();
    if (pages.has(number) || placed.has(file)) return;
    pages.set(number, file);
    placed.add(file);
    stories.set(key, pages);
  };
  const byPath = new Map(files.map((file) => [file.relative, file]));
  // First the pages a pager links by number, whatever their names: the site's own numbering (TRS sites name page 2
  // `index_1.html`). A page that does not say its own number is the one its links leave out.
  for (const file of files) {
    if (!file.links || file.links.size === 0) continue;
    const links = file.links;
    const key = `links:${[...links.values(), file.relative].sort()[0]!}`;
    const gaps = Array.from({ length: Math.max(...links.keys()) }, (_, index) => index + 1).filter((number) => !links.has(number));
    const own = file.pager?.current ?? (gaps.length === 1 ? gaps[0] : undefined);
    if (own !== undefined) add(key, own, file);
    for (const [number, target] of links) {
      const linked = byPath.get(target);
      if (linked) add(key, number, linked);
    }
  }
  // Then by name: the same name with a page number, beside the name without it (`content_1001.htm`) or page 1 where
  // a site numbers it (`?page=1`); a page saved under another name by the address it was saved from.
  const byName = new Map(files.map((file) => [file.address ?? file.relative, file]));
  // (Only beside its first page: `content_9.htm` alone is no page 9 of a `content.htm`.)
  for (const file of files) {
    const named = pageOfName(file.address ?? file.relative);
    if (named && byName.has(named.key)) add(`name:${named.key}`, named.number, file);
  }
  for (const [key, pages] of stories) {
    const first = key.startsWith('name:') ? byName.get(key.slice('name:'.length)) : undefined;
    if (first && !pages.has(1) && !placed.has(first)) {
      pages.set(1, first);
      placed.add(first);
    }
  }
  const result = new Map<string, PageOf>();
  for (const [key, pages] of stories) {
    const linked = key.startsWith('links:');
    const numbers = [...pages.keys()].sort((a, b) => a - b);
    const first = pages.get(numbers[0]!)!;
    if (numbers.length < 2 || numbers[0] !== 1) continue;
    const firstHead = first.headline === undefined ? undefined : withoutPageMark(first.headline);
    const members = new Set([...pages.values()].map((file) => file.relative));
    for (const [index, number] of numbers.entries()) {
      if (index === 0) continue;
      const page = pages.get(number)!;
      const previous = pages.get(numbers[index - 1]!)!;
      const sameHead = firstHead !== undefined && firstHead !== '' && page.headline !== undefined && withoutPageMark(page.headline) === firstHead;
      // A page that prints a day of its own, another than the first page's, is another story (a column's next item, a
      // serial's next part) — unless the story's pager links it and it prints the story's headline.
      // So is one that prints a line of date and source of its own, another than the first page's (`2024-03-08 08:10` and
      // `08:12`: two photos filed under one name); a site's later page prints the first page's line again, or none.
      const ownLine = page.dateLine !== undefined && first.dateLine !== undefined && page.dateLine !== first.dateLine;
      if (((page.date !== undefined && first.date !== undefined && page.date !== first.date) || ownLine) && !(linked && sameHead)) continue;
      // Pages a pager links are one story when the later one prints the story's headline or none (a serial's parts,
      // `运河人家（一）`, `（二）`, link each other by number too).
      if (linked && !sameHead && page.headline !== undefined) continue;
      const paged = !linked && [first, previous, page].some((file) => pagerNames(file, number, members));
      if (!linked && !paged && !sameHead) continue;
      const missing: number[] = [];
      for (let between = numbers[index - 1]! + 1; between < number; between += 1) missing.push(between);
      result.set(page.relative, {
        first: first.relative,
        previous: previous.relative,
        number,
        missing,
        by: linked ? 'links' : paged ? 'name and pager' : 'name and headline',
      });
    }
  }
  return result;
}

/** The file saved from the address a pager's link names, read against the page's own address; `undefined` when none is. */
function addressedFile(address: string | undefined, href: string, byAddress: ReadonlyMap<string, string>): string | undefined {
  return address === undefined ? undefined : byAddress.get(resolved(href, address) ?? '');
}

/** A link's address read against the page's own, as `URL` writes it; `undefined` when it is no address. */
function resolved(href: string, base: string): string | undefined {
  try {
    return new URL(href, base).href;
  } catch {
    return undefined;
  }
}

/** An address as `URL` writes it (`HTTP://Www.Example.cn/a` → `http://www.example.cn/a`), so that a link and a page's own address compare. */
function normalAddress(address: string): string {
  try {
    return new URL(address).href;
  } catch {
    return address;
  }
}

/**
 * Whether a file's pager speaks of the story's page `number`: an HTML pager's links name another of the story's files
 * (a list's pager, `上一页 尾页` to `list.htm`, names none), a text's pager lists the number or counts that far
 * (`第2页 共3页`, `12下一页>>`).
 */
function pagerNames(file: PageCandidate, number: number, members: ReadonlySet<string>): boolean {
  const { pager } = file;
  if (!pager) return false;
  if ((pager.hrefs?.size ?? 0) > 0) return [...(file.links?.values() ?? [])].some((target) => members.has(target));
  return (
    pager.current === number || pager.numbers.includes(number) || (pager.total !== undefined && pager.total >= number) || numbersRunTogether(pager, number)
  );
}

/** A keeper's copy runs a pager's numbers together (`12下一页>>` for pages 1 and 2): the run holds the number. */
function numbersRunTogether(pager: Pager, number: number): boolean {
  return pager.numbers.some((run) => run >= 10 && String(run).includes(String(number)));
}

/**
 * The input file a pager's link names (`content_1001_2.htm`, `./c1001-2.html`, an absolute address on the same
 * site): the path relative to the page's own folder, as saved (wget writes `?` as `@` and may add `.html`); an
 * absolute address by its last part in the page's folder. `undefined` when no input file is that page.
 */
export function linkedFile(from: string, href: string, known: ReadonlySet<string>): string | undefined {
  const bare = href.replace(/#.*$/u, '').trim();
  if (bare === '') return undefined;
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // (An address with a stray `%` is looked for as written.)
  }
  const folder = path.posix.dirname(from);
  const absolute = /^[a-z][a-z0-9+.-]*:\/\//iu.exec(decoded) ? decoded.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/iu, '') : undefined;
  const joined = absolute === undefined ? path.posix.normalize(path.posix.join(folder, decoded)) : path.posix.join(folder, path.posix.basename(absolute));
  const variants = [joined, joined.replace('?', '@'), joined.replace('?', '%3F')].flatMap((variant) => [variant, `${variant}.html`, `${variant}.htm`]);
  return variants.find((variant) => known.has(variant));
}

/**
 * Find the later pages of stories among the pages read (`articlePages`) and put each after the page before it: it
 * takes its first page's paper, date, page and order, and is marked (`storyPage`) for `build-issue.ts` to stitch.
 * Each is said at its file, and pages of a story that were not saved are warned of.
 */
export function linkArticlePages(pages: readonly ParsedPage[]): void {
  const byPath = new Map<string, ParsedPage[]>();
  for (const page of pages) byPath.set(page.path, [...(byPath.get(page.path) ?? []), page]);
  const known = new Set(byPath.keys());
  // Files of one page each: a whole issue's file is no page of a web story.
  const single = [...byPath.values()].filter((list) => list.length === 1).map((list) => list[0]!);
  // (Pages saved under a browser's names, `新闻 (1).html`, are found by the addresses they were saved from.)
  const byAddress = new Map(single.flatMap((page) => (page.address === undefined ? [] : [[normalAddress(page.address), page.path] as const])));
  const candidates = single.map((page): PageCandidate => {
    const headline = page.chunks.find((chunk) => chunk.headline !== undefined)?.headline?.content;
    const links = new Map<number, string>();
    for (const [number, href] of page.pager?.hrefs ?? []) {
      const target = linkedFile(page.path, href, known) ?? addressedFile(page.address, href, byAddress);
      if (target !== undefined && target !== page.path) links.set(number, target);
    }
    return {
      relative: page.path,
      ...(headline === undefined ? {} : { headline }),
      ...(page.pager ? { pager: page.pager } : {}),
      ...(links.size > 0 ? { links } : {}),
      ...(page.address === undefined ? {} : { address: page.address }),
      ...(['text', 'credit', 'frontmatter'].includes(page.header.dateFrom) ? { date: page.header.date } : {}),
      ...(page.header.dateLine === undefined ? {} : { dateLine: page.header.dateLine.text }),
    };
  });
  const later = articlePages(candidates);
  // The story's printed page, where its first page gives none and a later one does (an e-paper's copy closes its text
  // with its credit, `《澄州晚报》（2024年05月04日 第 05 版）`, on its last page).
  for (const page of single) {
    const of = later.get(page.path);
    const first = of && byPath.get(of.first)![0]!;
    // (A page its text gives, not its name: `article.php@id=9&page=2.html` reads as page 9, article 2.)
    const printed = page.header.page;
    if (first && first.header.page === undefined && printed !== undefined && factsFromPath(page.path, '').page !== printed) first.header.page = printed;
  }
  for (const page of single) {
    const of = later.get(page.path);
    if (!of) continue;
    const first = byPath.get(of.first)![0]!;
    page.storyPage = of;
    const { header } = page;
    const differs = header.paper !== first.header.paper || header.date !== first.header.date;
    const own = `${header.paper} ${header.date}`;
    header.paper = first.header.paper;
    header.date = first.header.date;
    header.article = true;
    if (first.header.page === undefined) delete header.page;
    else header.page = first.header.page;
    if (first.header.order === undefined) delete header.order;
    else header.order = first.header.order;
    note(
      page.file,
      `Page ${of.number} of a story cut into pages by its site (after \`${of.previous}\`, by its ${of.by === 'links' ? "pager's links" : of.by}): its text goes on that story's, in ${first.header.paper} ${first.header.date}${differs ? ` (this page alone gives ${own})` : ''}`,
      { line: 1, column: 1 },
      Rule.articlePages,
    );
    if (of.missing.length > 0) {
      warn(
        page.file,
        `Page${of.missing.length === 1 ? '' : 's'} ${of.missing.join(', ')} of the story in \`${of.first}\` ${of.missing.length === 1 ? 'was' : 'were'} not saved: its text goes on from \`${of.previous}\` with a gap`,
        'save the missing page from the site into the same folder and ingest again',
        { line: 1, column: 1 },
        Rule.articlePages,
      );
    }
  }
}

/**
 * The issue of a later page of a story that prints no date (sites often print the date on the first page only): its
 * first page's, when the page prints a pager and its name (`content_1001_2.htm`, or the address it was saved from) or
 * its pager's link to page 1 names a dated file. `undefined` otherwise (the page's `no-date` error stands).
 */
export function issueOfStory(
  relative: string,
  page: { pager?: Pager & { hrefs?: ReadonlyMap<number, string> }; address?: string },
  dated: readonly DatedFile[],
): IssueOfFolder | undefined {
  const { pager, address } = page;
  if (!pager) return undefined;
  const byPath = new Map(dated.map((file) => [file.relative, file]));
  const byAddress = new Map(dated.flatMap((file) => (file.address === undefined ? [] : [[normalAddress(file.address), file] as const])));
  const named = pageOfName(address ?? relative);
  const linked = pager.hrefs?.get(1);
  const first =
    (named && named.number > 1 ? (byAddress.get(normalAddress(named.key)) ?? byPath.get(named.key)) : undefined) ??
    (linked === undefined ? undefined : byPath.get(linkedFile(relative, linked, new Set(byPath.keys())) ?? '')) ??
    (linked === undefined || address === undefined ? undefined : byAddress.get(resolved(linked, address) ?? ''));
  return first && first.relative !== relative ? { date: first.date, paper: first.paper, from: first.relative, by: 'story' } : undefined;
}
