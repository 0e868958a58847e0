/**
 * Read a data file — CSV, TSV, JSON, JSON Lines — as researchers and
 * scrapers keep newspaper text: a row (or object) an article, its fields in
 * columns (`facts/data-columns.ts` tells which holds what). Each row is read
 * as a file with front matter would be: its date, paper and page from its
 * fields (else from the file's path, the configuration, the folder), its
 * head from its title, kicker and subtitle fields, its text from its text
 * field, cut into paragraphs. Every line keeps its place in the file, so a
 * message names the row's line and column. One file may feed many issues.
 * The rows themselves, format by format, are `data-rows.ts`'s.
 */
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { PaperSettings } from '../../src/archive/config.ts';
import { calendarDate, sameDay } from './facts/calendar.ts';
import { dateInId, ID_KEYS } from './facts/id-date.ts';
import { columnRoles, fitsRole, namesNoFact, type ColumnRole, type Columns } from './facts/data-columns.ts';
import { factsFromFrontmatter, pageOfValue } from './facts/from-frontmatter.ts';
import type { PathFacts } from './facts/from-path.ts';
import { notePaperFromFolder } from './facts/resolve.ts';
import { cellLines, rawOffset, type CellText, type Place } from './formats/cell-text.ts';
import type { SpreadsheetText } from './formats/spreadsheet.ts';
import type { TaggedCorpus } from './formats/tagged-corpus.ts';
import type { CitationRead } from './formats/citation-records.ts';
import type { XmlRead } from './formats/xml-records.ts';
import type { DataCell } from './formats/data-tree.ts';
import { normalName, roleOfName, SITE_NAME_FIELDS, type FieldRole } from './facts/field-names.ts';
import { SAMPLE, cellValue, citationRows, csvRows, jsonRows, paperAtStart, sheetRows, taggedRows, xmlRows, type DataKind, type DataRead } from './data-rows.ts';
import { applyHeadFields, headlineOverLead, type HeadFacts, type HeadField } from './head-fields.ts';
import { layoutLine } from './layout-line.ts';
import { isHardWrapped, splitPages } from './parse-body.ts';
import { recordSegments } from './read-records.ts';
import { shorten } from './punctuation.ts';
import { Rule, error, note, warn } from './report.ts';
import { inForm } from './facts/data-dates.ts';
import { matchCreditLine } from './facts/from-text.ts';
import { charLength } from './punctuation.ts';
import { isDashSubtitle } from './rules/title-line.ts';
import { isNewsSiteName, isPaperName, paperOfFeedTitle } from './rules/paper-name.ts';
import { LineKind, type Chunk, type FactSource, type LayoutLine, type PageHeader, type ParsedPage, type RawLine } from './types.ts';

/** The facts a row may give under another name than its column's, where it leaves that column empty. */
const FALLBACK_ROLES: ReadonlySet<FieldRole> = new Set(['date', 'page', 'paper']);

export interface DataContext {
  path: string;
  /** The file's own name, where a paper may be named (`运河日报_2024年3月.csv`; a file out of an archive: its name inside). */
  name: string;
  sha256: string;
  encoding: string;
  kind: DataKind;
  pathFacts: PathFacts;
  paperSettings: PaperSettings | undefined;
  /** Folders already said to give their name to a paper. */
  notedFolders: Set<string>;
  /** A spreadsheet's sheets as `formats/spreadsheet.ts` read them (`kind: 'sheet'`); the text is their view. */
  sheet?: SpreadsheetText;
  /** A text file's tag records, already read to tell it holds them (`formats/xml-records.ts`, `tagRecords`). */
  xml?: XmlRead;
  /** A tagged corpus's articles, already read to tell it is one (`formats/tagged-corpus.ts`). */
  corpus?: TaggedCorpus;
  /** A reference manager's records, already read to tell it holds them (`formats/citation-records.ts`). */
  citations?: CitationRead;
}

export function dataPages(file: VFile, text: string, context: DataContext): ParsedPage[] {
  const place = location(file);
  const read =
    context.kind === 'json' || context.kind === 'jsonl'
      ? jsonRows(file, text, context.kind)
      : context.corpus
        ? taggedRows(context.corpus)
        : context.citations
          ? citationRows(file, context.citations)
          : context.kind === 'xml'
            ? xmlRows(file, text, context.xml)
            : context.sheet
              ? sheetRows(context.sheet)
              : csvRows(file, text, context.kind);
  if (read.office) return [];
  if (read.rows.length === 0) {
    // (A digitised issue's METS file lists its pages and says what they are: the pages are read from their own files.)
    const mets = context.kind === 'xml' && /<(?:[A-Za-z]+:)?mets\b[^>]*loc\.gov\/METS/u.test(text.slice(0, 4096));
    note(
      file,
      mets
        ? 'Not ingested: an issue’s METS file (the list of its page images and their OCR, with the issue’s metadata), no article; the pages are read from their own files'
        : `Not ingested: the ${read.shape} holds no article (no row with text in it)`,
      { line: 1, column: 1 },
      Rule.notIngested,
    );
    return [];
  }
  const keys = [...new Set(read.rows.flatMap((row) => row.cells.map((cell) => cell.key)))];
  const sampled = read.rows.slice(0, SAMPLE);
  const values = (key: string): string[] =>
    sampled.flatMap((row) => row.cells.filter((cell) => cell.key === key).map(cellValue)).filter((value) => value.trim() !== '');
  const columns = columnRoles(keys, values, read.named, sampled.length);
  const roleOf = (key: string): ColumnRole['role'] | undefined => columns.roles.get(key)?.role;
  /** The roles a column gives, and the columns named for a role whose values were found to be none. */
  const chosen = new Set([...columns.roles.values()].map((role) => role.role));
  const rejectedKeys = new Set(columns.rejected.map((one) => one.key));
  for (const rejected of columns.rejected) {
    const cell = read.rows.flatMap((row) => row.cells).find((one) => one.key === rejected.key && cellValue(one) === rejected.example);
    warn(
      file,
      `The column \`${rejected.key}\` is named as a ${rejected.role} but holds values that are none (\`${shorten(rejected.example, 24)}\`): it is kept with each article as a field, not read as its ${rejected.role}`,
      `rename the column, or correct its values`,
      cell ? place.toPoint(cell.pieces[0]!.start) : { line: 1, column: 1 },
      Rule.dataFile,
    );
  }
  if (columns.swapped) {
    warn(
      file,
      `The column \`${columns.swapped.title}\` holds text as long as articles and \`${columns.swapped.text}\` lines as short as headlines: they were read the other way round, \`${columns.swapped.text}\` as the title and \`${columns.swapped.title}\` as the text`,
      'check the titles in the outline (`--outline`); rename the columns if they were right',
      { line: 1, column: 1 },
      Rule.dataFile,
    );
  }
  /** The date's column, if one holds the date, and how its values are read. */
  const dateColumn = [...columns.roles].find(([, role]) => role.role === 'date')?.[0];
  const dateForm = dateColumn === undefined ? undefined : columns.roles.get(dateColumn)?.form;
  /** The paper the file's own name names, if it names one. */
  const namedPaper = paperInName(context.name);
  /** Rows of a column of year-last dates that cannot be told day first or month first. */
  const ambiguousRows: Array<{ name: string; value: string; at: Position['start'] }> = [];
  /** A file with titles and no text column: a catalogue (an index of a paper's articles), its rows articles without text. */
  const catalogue = ![...columns.roles.values()].some((role) => role.role === 'text');
  let titleOnly = 0;
  const pages: ParsedPage[] = [];
  const papers = new Set<string>();
  const dates = new Set<string>();
  const seen = new Map<string, number>();
  let ingested = 0;
  /** Rows left without a date in a file with no date column (dated, if at all, by an address). */
  const undatedRows: Array<{ name: string; at: Position['start'] }> = [];
  /** Rows dated by a moment (a UTC time, a Unix time), counted as a day in the paper's time zone: the zone, and the first such value. */
  let zoned: { zone: string; printed: string; count: number } | undefined;
  /** Rows dated by the day their id holds (`facts/id-date.ts`): the id's field, the first such id, and how many. */
  let idDated: { key: string; printed: string; count: number } | undefined;
  /** Rows whose paper is the name the file gives itself (`DataRead.collection`), when that names a paper. */
  let byCollection = 0;
  // (A feed's title for the paper it names; an outlet's own name, cleaned of what follows it, `南江日报 | 官方频道` → 南江日报.)
  const collectionPaper =
    read.collection === undefined
      ? undefined
      : read.collectionFrom === 'feed'
        ? paperOfFeedTitle(read.collection)
        : (paperOfFeedTitle(read.collection) ?? read.collection);
  /** Records marked as no published article, by the field and value that say so (`\`wp:status\` draft`). */
  const notArticles = new Map<string, number>();
  /** An editor's copies of the text, by field name. */
  const copies = new Map<string, number>();
  const pointOf = (offset: number): Position['start'] => place.toPoint(offset) ?? { line: 1, column: 1 };
  // One file is one extraction: a record's text too short to show its lines broken at a fixed width is read as the
  // file's other records show it (a corpus's SGML, its text wrapped at 38 characters).
  const wrappedFile = isHardWrapped(
    read.rows.flatMap((row) =>
      row.cells.filter((cell) => roleOf(cell.key) === 'text').flatMap((cell) => cell.pieces.flatMap((piece) => cellLines(place, piece))),
    ),
  );
  for (const row of read.rows) {
    const name = row.name ?? `${read.noun} ${row.number}`;
    const rowAt = pointOf(row.start);
    // A record a site's export marks as no published article (a draft, a page, an attachment, a menu item): counted, not read.
    const unpublished = row.cells.map((cell) => notPublished(cell, row.cells)).find((found) => found !== undefined);
    if (unpublished !== undefined) {
      notArticles.set(unpublished, (notArticles.get(unpublished) ?? 0) + 1);
      continue;
    }
    const byRole = new Map<ColumnRole['role'], DataCell>();
    const extras: DataCell[] = [];
    const textCell = row.cells.find((cell) => roleOf(cell.key) === 'text' && cellValue(cell).trim() !== '');
    const hasText = textCell !== undefined;
    const textLetters = textCell === undefined ? '' : lettersOf(cellValue(textCell));
    for (const cell of row.cells) {
      const role = roleOf(cell.key);
      if (role === 'rowNumber') continue;
      // (An editor's own copy of the text beside it, Ghost's `plaintext`, `lexical` and `mobiledoc`; or any field that holds the
      // text again in another form, a tool's `raw_text`, Readability's `textContent` beside its `content`: counted, not kept twice.)
      // (So is a summary that is the text's own opening, a tool's excerpt cut from its lead, Readability's `excerpt`.)
      const copy =
        role === undefined
          ? EDITOR_COPY.has(normalName(cell.key)) || isCopyOf(cellValue(cell), textLetters)
          : role === 'summary' && isOpeningOf(cellValue(cell), textLetters);
      if (hasText && copy) {
        copies.set(cell.key, (copies.get(cell.key) ?? 0) + 1);
        continue;
      }
      // (An author that is a login, a CMS's account name — `admin`, `lc_wangf` — is no byline: kept as the row's field.)
      const login = role === 'author' && /^[a-z0-9_.@-]+$/u.test(cellValue(cell).trim());
      if (role !== undefined && !login && !byRole.has(role) && !['address', 'note'].includes(role)) byRole.set(role, cell);
      else if (cellValue(cell).trim() !== '') extras.push(cell);
    }
    // A row that leaves a fact's column empty gives it under another name for the fact, where its value fits: a database's
    // records label their page `Pages:` in one record and `First page:` in the next, a spreadsheet's rows fill one of two dates.
    for (const cell of [...extras]) {
      const role = roleOfName(cell.key);
      if (role === undefined || !FALLBACK_ROLES.has(role) || byRole.has(role) || !chosen.has(role) || rejectedKeys.has(cell.key)) continue;
      if (!fitsRole(role, cellValue(cell).trim())) continue;
      byRole.set(role, cell);
      extras.splice(extras.indexOf(cell), 1);
    }
    const valueOf = (role: ColumnRole['role']): string | undefined => {
      const cell = byRole.get(role);
      const value = cell === undefined ? '' : cellValue(cell).trim();
      return value === '' ? undefined : value;
    };
    const cellAt = (role: ColumnRole['role']): Position['start'] => {
      const cell = byRole.get(role);
      return cell ? pointOf(cell.pieces[0]!.start) : rowAt;
    };
    const data: Record<string, string> = {};
    for (const [role, key] of [
      ['title', 'title'],
      ['subtitle', 'subtitle'],
      ['kicker', 'kicker'],
      ['author', 'author'],
      ['date', 'date'],
      ['paper', 'source'],
      ['order', 'order'],
    ] as const) {
      const value = valueOf(role);
      // (A site's name a tool stores, `site_name: 新浪新闻`, names the portal that carried the story, not its paper: the folder's
      // or another field's name stands.)
      if (role === 'paper' && value !== undefined && SITE_KEYS.has(normalName(byRole.get('paper')!.key)) && isNewsSiteName(value)) {
        extras.push(byRole.get('paper')!);
        continue;
      }
      if (value !== undefined) data[key] = role === 'author' ? value.replace(/\s*\n\s*/gu, ' ') : role === 'date' ? inForm(value, dateForm) : value;
    }
    // A title cell of two lines or more (a scraper's copy of the head): its last line is the headline, a `——` line under it the
    // subtitle, the lines over it the kicker, where the row has no such field of its own.
    const titleLines = (data['title'] ?? '').split(/\s*\n\s*/u).filter((line) => line !== '');
    if (titleLines.length > 1) {
      const subtitle = titleLines.length > 1 && isDashSubtitle(titleLines.at(-1)!) ? titleLines.pop() : undefined;
      data['title'] = titleLines.pop()!;
      if (subtitle !== undefined && data['subtitle'] === undefined) data['subtitle'] = subtitle;
      if (titleLines.length > 0 && data['kicker'] === undefined) data['kicker'] = titleLines.join(' ');
      else if (titleLines.length > 0) data['title'] = [...titleLines, data['title']].join(' ');
    }
    if (dateForm === 'ambiguous' && data['date'] !== undefined) {
      ambiguousRows.push({ name, value: data['date'], at: cellAt('date') });
      continue;
    }
    // (A site's address, `url`, may date the row when nothing else does.)
    const address = row.cells.find((cell) => roleOf(cell.key) === 'address' || (roleOf(cell.key) === undefined && /^(?:url|link)$/iu.test(cell.key)));
    if (address) data['url'] = cellValue(address);
    const facts = factsFromFrontmatter(data, context.paperSettings?.timeZone);
    // A row with no date of its own but a credit line among its short fields (`人民日报 2024年03月05日 第04版` under `来源`); or dated,
    // with no paper or page of its own but a citation of the same day (an OAI record's `<dc:source>沅州日报，2024年4月12日，第1版`).
    const undated = facts.date === undefined && facts.badDate === undefined;
    if (undated || facts.paper === undefined || facts.page === undefined) {
      // (Not a field whose name says it is no fact of the paper's: a record's `timestamp`, a scraper's `crawl_time`.)
      const credit = row.cells
        .filter((cell) => !namesNoFact(cell.key))
        .map((cell) => cellValue(cell).trim())
        .filter((value) => value !== '' && !/\n/u.test(value) && charLength(value) <= 80)
        .map((value) => matchCreditLine(value) ?? matchCreditLine(citationParts(value)))
        .find((found) => found !== undefined && (undated || sameDay(found, facts.date!)));
      if (credit) {
        if (undated) facts.date = credit;
        // (Its paper, named or first on the line: `人民日报 2024年03月05日 第04版`, `沅州日报，2024年4月12日，第1版`.)
        const lead = credit.printed.split(/[\s\u3000,，]+/u)[0] ?? '';
        const paper = credit.paper ?? (isPaperName(lead) ? lead : undefined);
        if (paper !== undefined && (facts.paper === undefined || facts.paper === credit.printed)) facts.paper = paper;
        if (credit.page !== undefined && facts.page === undefined) facts.page = credit.page;
      }
    }
    const lines = byRole.has('text') ? byRole.get('text')!.pieces.flatMap((piece) => cellLines(place, piece)) : [];
    if (lines.length === 0 && facts.title === undefined) {
      // (A row of one field, a note or a total under a table, `合计：10篇`, is said to be none, not to lack its text.)
      const filled = row.cells.filter((cell) => cellValue(cell).trim() !== '');
      if (filled.length <= 1)
        note(
          file,
          `${name} holds no article${filled[0] ? ` (\`${shorten(cellValue(filled[0]).trim(), 24)}\`, a note or a total)` : ''}: not ingested`,
          rowAt,
          Rule.dataFile,
        );
      else
        warn(
          file,
          `${name} has no title and no text (its fields: ${filled.map((cell) => `\`${cell.key}\``).join(', ')}): not ingested`,
          'fill in its title and text, or remove the row',
          rowAt,
          Rule.dataFile,
        );
      continue;
    }
    // The row's date: its own, else the file's path's.
    let date: { value: string; from: FactSource } | undefined;
    if (facts.date) {
      const checked = calendarDate(facts.date.year, facts.date.month, facts.date.day);
      if ('impossible' in checked) {
        error(
          file,
          `${name}'s date \`${facts.date.printed}\` (${checked.impossible}) does not exist`,
          'correct the date in the file; this row was not ingested, the others were',
          cellAt('date'),
          Rule.impossibleDate,
        );
        continue;
      }
      date = { value: checked.date, from: 'field' };
      if (facts.zoned !== undefined) zoned = { zone: facts.zoned, printed: zoned?.printed ?? facts.date.printed, count: (zoned?.count ?? 0) + 1 };
    } else if (facts.badDate !== undefined) {
      error(
        file,
        `${name}'s date \`${shorten(facts.badDate, 30)}\` is not a date`,
        'write it as 2024-03-05 (or 2024年3月5日, 20240305); this row was not ingested, the others were',
        cellAt('date'),
        Rule.noDate,
      );
      continue;
    } else if (context.pathFacts.date) date = { value: context.pathFacts.date.value, from: 'path' };
    else if (facts.addressDate) {
      const checked = calendarDate(facts.addressDate.year, facts.addressDate.month, facts.addressDate.day);
      if ('date' in checked) date = { value: checked.date, from: 'address' };
    }
    // (Else the day the record's own id holds, as news corpora number their stories: Gigaword's `XIN_CMN_20240103.0009`.)
    if (!date && dateColumn === undefined) {
      for (const cell of row.cells) {
        const inId = ID_NAMES.has(normalName(cell.key)) ? dateInId(cellValue(cell)) : undefined;
        if (inId === undefined) continue;
        date = { value: inId.value, from: 'field' };
        idDated = { key: cell.key, printed: idDated?.printed ?? cellValue(cell).trim(), count: (idDated?.count ?? 0) + 1 };
        break;
      }
    }
    if (!date) {
      // (With no date column, said once for the file, at its first such row.)
      if (dateColumn === undefined) undatedRows.push({ name, at: rowAt });
      else
        error(
          file,
          `${name} has no date: its \`${dateColumn}\` is empty and the file's name gives none`,
          'fill in the date; this row was not ingested, the others were',
          rowAt,
          Rule.noDate,
        );
      continue;
    }
    // The paper: the row's, else the file's name's, the path pattern's, the configuration's, the folder's.
    const [paperFrom, paper] = (
      [
        ['field', facts.paper],
        ['path', namedPaper],
        ['path', context.pathFacts.paper],
        ['config', context.paperSettings?.name],
        // (The name a feed gives itself, `<channel><title>临川日报 - 要闻</title>`: the paper's, over the folder it was saved in.)
        ['field', collectionPaper],
        ['folder', context.pathFacts.folder],
      ] as Array<[FactSource, string | undefined]>
    ).find((entry): entry is [FactSource, string] => entry[1] !== undefined)!;
    if (paper === collectionPaper && paperFrom === 'field' && facts.paper === undefined) byCollection += 1;
    // A row that repeats an earlier one (a scraper's second save): said, and read once.
    const identity = `${date.value}\u0000${paper}\u0000${facts.title ?? ''}\u0000${lines.map((line) => line.text).join('')}`.replace(/\s+/gu, '');
    const earlier = seen.get(identity);
    if (earlier !== undefined) {
      warn(
        file,
        `${name} repeats ${read.noun.toLowerCase()} ${earlier} (same date, title and text${facts.title === undefined ? '' : `: \`${shorten(facts.title, 20)}\``}): it was not ingested a second time`,
        'remove the repeated row from the file',
        rowAt,
        Rule.dataFile,
      );
      continue;
    }
    seen.set(identity, row.number);
    const pageCell = valueOf('page');
    const printedPage = pageCell === undefined ? undefined : pageOfValue(pageCell);
    const pageName = valueOf('pageName') ?? printedPage?.name;
    const header: PageHeader = { paper, paperFrom, date: date.value, dateFrom: date.from, article: true, extras: [] };
    // (With no page field, a page's name that numbers it, `page_name: 第02版：要闻`, as e-paper scrapers keep only that.)
    const namedPage = printedPage === undefined && pageName !== undefined ? pageOfValue(pageName) : undefined;
    // (Or a category that names a page among a post's categories, WordPress's `<category>第02版</category>` beside `本地新闻`.)
    const categoryPage =
      printedPage === undefined && namedPage === undefined
        ? extras
            .filter((cell) => CATEGORY_KEYS.has(normalName(cell.key)))
            .map((cell) => cellValue(cell).trim())
            .filter((value) => /版/u.test(value))
            .map((value) => ({ value, ...pageOfValue(value) }))
            .find((found) => found.page !== undefined)
        : undefined;
    const page = printedPage?.page ?? facts.page ?? namedPage?.page ?? categoryPage?.page ?? context.pathFacts.page ?? facts.addressPage;
    if (page !== undefined) header.page = page;
    // The page as the row prints it, with the page's name when it is apart (`第02版` and `要闻`: `第02版 要闻`).
    // (A bare number, `3`, says no more than the page's number.)
    const printedLabel = pageCell !== undefined && !/^[0-9]+$/u.test(pageCell) ? pageCell : categoryPage?.value;
    const label = [printedLabel, pageName !== undefined && printedLabel?.includes(pageName) !== true ? pageName : undefined].filter(
      (part) => part !== undefined,
    );
    if (label.length > 0) header.pageHeader = label.join(' ');
    if (facts.order !== undefined) header.order = facts.order;
    if (paperFrom === 'folder') notePaperFromFolder(file, header, context.notedFolders);
    papers.add(paper);
    dates.add(date.value);
    const segments = splitPages(header, lines, {
      article: true,
      titled: facts.title !== undefined,
      title: facts.title,
      layout: context.paperSettings?.layout,
      plainText: true,
      wrappedFile,
    });
    const segment = segments[0] ?? { chunks: [] };
    if (segments.length === 0) segments.push(segment);
    const placeOf = (key: HeadField): Position => {
      const piece = byRole.get(key)?.pieces[0];
      if (!piece) return { start: rowAt, end: rowAt };
      return { start: pointOf(piece.start), end: pointOf(rawOffset(piece, Math.max(0, piece.value.length - 1)) + 1) };
    };
    if (facts.title !== undefined) applyHeadFields(file, segment.chunks, facts, placeOf, `row's \`${byRole.get('title')?.key ?? 'title'}\``);
    else {
      headlineOverLead(segment.chunks);
      headWithoutTitle(segment.chunks[0], facts, placeOf);
    }
    // A row of a title and no text: a catalogue's entry where the file has no text column (said once, below), else a text missing.
    if (lines.length === 0 && !catalogue)
      warn(file, `${name} has a title but no text`, 'fill in its text, or remove the row if it is no article', rowAt, Rule.noBody);
    if (lines.length === 0) titleOnly += 1;
    const first = segment.chunks[0];
    if (first && lines.length === 0) first.textless = true;
    if (first) {
      const summary = byRole.get('summary');
      if (summary)
        (first.summary ??= []).push(...summary.pieces.flatMap((piece) => cellLines(place, piece)).map((line) => layoutLine(line, LineKind.subtitle)));
      // The row's other fields (its address, id, section, word count), kept with it as printed, each under its name.
      const kept = extras.flatMap((cell) => cell.pieces.map((piece) => fieldLine(place, cell.key, piece)));
      if (kept.length > 0) first.extras = [...(first.extras ?? []), ...kept.map((line) => layoutLine(line, LineKind.paragraph))];
    }
    pages.push(...recordSegments(file, context, header, segments, pages.length));
    ingested += 1;
  }
  const firstAmbiguous = ambiguousRows[0];
  if (firstAmbiguous) {
    error(
      file,
      `The dates of \`${dateColumn ?? 'date'}\` are written year last with day and month both 12 or less (\`${firstAmbiguous.value}\`, …): whether they are day first or month first cannot be told, so ${ambiguousRows.length} ${read.noun.toLowerCase()}(s) were not ingested`,
      'write the dates as 2024-03-05 (year, month, day) in the file',
      firstAmbiguous.at,
      Rule.ambiguousDate,
    );
  }
  const firstUndated = undatedRows[0];
  if (firstUndated) {
    error(
      file,
      `${undatedRows.length === read.rows.length ? `None of the file's ${read.rows.length} ${read.noun.toLowerCase()}s has a` : `${undatedRows.length} of the file's ${read.rows.length} ${read.noun.toLowerCase()}s (the first: ${firstUndated.name}) have no`} date: the file has no date column (its fields: ${keys.map((key) => `\`${key}\``).join(', ')})${undatedRows.length === read.rows.length ? '' : ' and their addresses name no day'}, and its name gives none; they were not ingested`,
      'name the field that holds the date `date` or `日期`, or, for a file of one day, put the date in its name (2024-03-05)',
      firstUndated.at,
      Rule.noDate,
    );
  }
  if (catalogue && titleOnly > 0)
    note(
      file,
      `The file has no column of text: it is a catalogue, and its ${titleOnly} ${read.noun.toLowerCase()}(s) are articles of a title and facts without text`,
      { line: 1, column: 1 },
      Rule.noBody,
    );
  noteRead(file, read, columns, {
    rows: read.rows.length,
    ingested,
    papers: papers.size,
    dates: [...dates].sort(),
    zoned,
    byCollection,
    notArticles,
    copies,
    idDated,
  });
  return pages;
}

/** A row with no title field (its headline is its text's first line) still has its byline, kicker and subtitle fields, where the text prints none. */
function headWithoutTitle(chunk: Chunk | undefined, facts: HeadFacts, placeOf: (key: HeadField) => Position): void {
  if (!chunk) return;
  const field = (key: HeadField, value: string, kind: LineKind): LayoutLine => {
    const position = placeOf(key);
    return { text: value, content: value, kind, jumps: [], line: position.start.line, position };
  };
  if (facts.byline !== undefined && chunk.bylines.length === 0) chunk.bylines.push(field('author', facts.byline, LineKind.byline));
  if (facts.subtitle !== undefined && chunk.subtitles.length === 0) chunk.subtitles.push(field('subtitle', facts.subtitle, LineKind.subtitle));
  if (facts.kicker !== undefined && chunk.banner === undefined) chunk.banner = field('kicker', facts.kicker, LineKind.banner);
}

/** A field kept as printed: `name: value`, placed at its value. */
function fieldLine(place: Place, key: string, piece: CellText): RawLine {
  const value = piece.value.replace(/\s+/gu, ' ').trim();
  const start = place.toPoint(piece.start) ?? { line: 1, column: 1 };
  const end = place.toPoint(rawOffset(piece, Math.max(0, piece.value.length - 1)) + 1) ?? start;
  return { text: `${key}: ${value}`, line: start.line, position: { start, end } };
}

/** A citation's fields apart by commas, as a library's record gives its source (`沅州日报，2024年4月12日，第1版`), apart by spaces instead. */
function citationParts(value: string): string {
  const parts = value.split(/\s*[，,]\s*/u);
  return parts.length >= 2 && parts.length <= 4 && parts.every((part) => part !== '' && charLength(part) <= 20) ? parts.join(' ') : value;
}

/**
 * A paper named in a data file's own name, among its date and its batch's
 * words (`人民日报_2024年3月.csv`, `北京日报+科技日报_合并.csv` names two: none).
 */
function paperInName(path: string): string | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/u, '');
  const parts = name.split(/[_\s~～·-]+/u).filter((part) => part !== '');
  const named = parts.map((part) => (isPaperName(part) ? part : paperAtStart(part))).filter((part) => part !== undefined);
  return named.length === 1 ? named[0] : undefined;
}

const WORDPRESS_NOT_PUBLISHED = new Set(['draft', 'auto-draft', 'trash', 'pending', 'private', 'inherit']);
const WORDPRESS_NOT_ARTICLES = new Set([
  'page',
  'attachment',
  'nav_menu_item',
  'revision',
  'custom_css',
  'customize_changeset',
  'oembed_cache',
  'user_request',
  'wp_block',
  'wp_template',
  'wp_template_part',
  'wp_global_styles',
  'wp_navigation',
]);

/**
 * `\`wp:status\` draft` when a field of a CMS's own export marks its record as no published article; else nothing. Only
 * in the export's own shape — WordPress's `wp:` fields (a draft, a post in the bin or waiting for review, a private one;
 * a page, an attachment, a menu item), Ghost's post with its editor's copy (a draft, a page), DedeCMS's `arcrank` — since a
 * `status` or `type` column of another file says other things (a scraper's `deleted` post was published, then removed:
 * the archive's to keep; a `type` is often a category).
 */
function notPublished(cell: DataCell, cells: readonly DataCell[]): string | undefined {
  const key = normalName(cell.key);
  const value = cellValue(cell).trim().toLowerCase();
  const said = `\`${cell.key}\` ${value}`;
  if ((key === 'wp:status' && WORDPRESS_NOT_PUBLISHED.has(value)) || (key === 'wp:posttype' && WORDPRESS_NOT_ARTICLES.has(value))) return said;
  const ghost = cells.some((other) => EDITOR_COPY.has(normalName(other.key)));
  if (ghost && ((key === 'status' && value === 'draft') || (key === 'type' && value === 'page'))) return said;
  // (A chat app's service message, Telegram's `"type": "service"` with its `action`: the channel made, a message pinned.)
  if (key === 'type' && value === 'service' && cells.some((other) => other.key === 'action')) return said;
  // (LDC's Gigaword marks a wire's advisory to editors, the day's list of stories to come, `<DOC type="advis">`: no story.)
  if (key === 'type' && value === 'advis' && cells.some((other) => /^[A-Z]{3}_[A-Z]{3}_[0-9]{8}\.[0-9]{4}$/u.test(cellValue(other).trim())))
    return `${said} (an advisory)`;
  // (DedeCMS, the most common CMS of China's county sites, ranks an article in the bin -2 and one not yet reviewed -1.)
  if (key === 'arcrank' && (value === '-2' || value === '-1')) return `\`${cell.key}\` ${value} (${value === '-2' ? 'in the bin' : 'not reviewed'})`;
  return undefined;
}

/** The fields a record's own id is kept in, as names compare. */
const ID_NAMES = new Set(ID_KEYS.map(normalName));

/** The fields a site files a post under: its categories and tags (one of them may name the printed page, `第02版`). */
const CATEGORY_KEYS = new Set(['category', 'categories', 'tag', 'tags', '分类', '分類', '栏目', '欄目'].map(normalName));

/** A text's letters and digits alone, its markup and entities out: what two forms of one text share. */
function lettersOf(text: string): string {
  return text
    .replace(/<[^>]*>/gu, '')
    .replace(/&[#a-z0-9]+;/giu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Shortest copy of a text told as one, in letters: a headline or a summary repeats some of the text, never most of a long one. */
const COPY_MIN = 80;
/** Share of the text's letters a copy holds, at the least. */
const COPY_SHARE = 0.9;

/**
 * Whether a field holds the text again (the same letters in another form: without markup, without its notes): all its
 * letters within the text's. A field that adds to the text (a byline after it, a correction) is kept, however like it.
 */
function isCopyOf(value: string, textLetters: string): boolean {
  const letters = lettersOf(value);
  if (letters.length < COPY_MIN || textLetters.length < COPY_MIN) return false;
  return letters.length >= textLetters.length * COPY_SHARE && textLetters.includes(letters);
}

/** Shortest excerpt, in letters, told as the text's opening: a sentence's worth, more than a shared name or a day. */
const OPENING_MIN = 12;
/** Letters of a lead's credit (`本报讯（记者 某某）`, `新华社北京3月5日电`) an excerpt may leave out before it starts. */
const OPENING_SKIP = 30;

/**
 * Whether a summary is the text's own opening again (a tool's excerpt, a page's description cut from the lead, its
 * credit perhaps left out): its letters start the text's within its first few letters. A paper's 提要 says it in
 * other words, so it is kept.
 */
function isOpeningOf(value: string, textLetters: string): boolean {
  const letters = lettersOf(value);
  if (letters.length < OPENING_MIN) return false;
  const at = textLetters.indexOf(letters);
  return at >= 0 && at <= OPENING_SKIP;
}

/** The fields text-extraction tools keep a page's site name in (`facts/field-names.ts`), as names compare. */
const SITE_KEYS = new Set(SITE_NAME_FIELDS.map(normalName));

/** An editor's own stores of an article's text beside the text itself: Ghost's `plaintext`, `lexical` and `mobiledoc`; Telegram's `text_entities`. */
const EDITOR_COPY = new Set(['plaintext', 'lexical', 'mobiledoc', 'text_entities'].map(normalName));

/** How a data file was read, said once: its shape, each column's role and how it was told, and what came of its rows. */
function noteRead(
  file: VFile,
  read: DataRead,
  columns: Columns,
  counts: {
    rows: number;
    ingested: number;
    papers: number;
    dates: string[];
    zoned: { zone: string; printed: string; count: number } | undefined;
    byCollection: number;
    notArticles: ReadonlyMap<string, number>;
    copies: ReadonlyMap<string, number>;
    idDated: { key: string; printed: string; count: number } | undefined;
  },
): void {
  const roles = [...columns.roles]
    .filter(([, role]) => role.role !== 'rowNumber')
    .map(([key, role]) => `\`${key}\` → ${role.role}${role.by === 'values' && read.named ? ' (by its values)' : ''}`);
  const rowNumbers = [...columns.roles].filter(([, role]) => role.role === 'rowNumber').map(([key]) => `\`${key}\``);
  const range = counts.dates.length === 0 ? '' : counts.dates.length === 1 ? ` on ${counts.dates[0]}` : ` from ${counts.dates[0]} to ${counts.dates.at(-1)}`;
  note(
    file,
    `Read as ${/^(?:[AEIOUX]|SQL)/u.test(read.shape) ? 'an' : 'a'} ${read.shape}: ${counts.rows} ${read.noun.toLowerCase()}(s), ${counts.ingested} ingested as articles of ${counts.papers} paper(s)${range}; fields: ${roles.join(', ') || 'none known'}${
      rowNumbers.length > 0 ? `; row numbers, not read: ${rowNumbers.join(', ')}` : ''
    }${
      counts.zoned
        ? `; ${counts.zoned.count} date(s) are moments, not days (the first: \`${counts.zoned.printed}\`): each is dated by its day in ${counts.zoned.zone} (set \`timeZone\` for the paper in baoku.config.ts to count its days elsewhere)`
        : ''
    }${
      counts.idDated
        ? `; ${counts.idDated.count} ${read.noun.toLowerCase()}(s) with no date field dated by the day their \`${counts.idDated.key}\` holds (the first: \`${counts.idDated.printed}\`)`
        : ''
    }${
      counts.byCollection > 0
        ? read.collectionFrom !== 'feed'
          ? `; the paper of ${counts.byCollection} article(s) is the ${read.collectionFrom === 'channel' ? "channel's name" : "site's title"}, \`${read.collection}\` (set \`name\` for the paper in baoku.config.ts to name it otherwise)`
          : `; the paper of ${counts.byCollection} article(s) that name none is the one the feed's title names, \`${paperOfFeedTitle(read.collection ?? '') ?? ''}\` (\`${read.collection}\`; set \`name\` for the paper in baoku.config.ts to name it otherwise)`
        : ''
    }${
      counts.notArticles.size > 0
        ? `; not ingested, as the site's export marks them no published article: ${[...counts.notArticles].map(([said, count]) => `${said}${count > 1 ? ` (${count})` : ''}`).join(', ')}`
        : ''
    }${
      counts.copies.size > 0
        ? `; copies of an article's text beside it (an editor's stores, a tool's raw or plain text), not kept twice: ${[...counts.copies].map(([key, count]) => `\`${key}\`${count > 1 ? ` (${count})` : ''}`).join(', ')}`
        : ''
    }; any other field is kept with its article as \`name: value\`${
      read.leftOut && read.leftOut.length > 0 ? `; no text or fact of an article, not read: ${read.leftOut.join(', ')}` : ''
    }${read.remarks ? `; ${read.remarks.join('; ')}` : ''}; line numbers in messages are the file's`,
    { line: 1, column: 1 },
    Rule.dataFile,
  );
}
