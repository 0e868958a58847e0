/**
 * Read one raw file: decode it (text) or parse it (Markdown, HTML), report the
 * encoding and any bad bytes, settle what the file says of itself (paper,
 * date, page, order: facts/), and parse its pages. Never throws for bad
 * input: problems become messages on the returned vfile.
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { PaperSettings } from '../../src/archive/config.ts';
import { archiveFolderPath, type InputFile } from './collect.ts';
import { decode, type Decoded } from './decode.ts';
import { factsFromFrontmatter, type FrontmatterFacts } from './facts/from-frontmatter.ts';
import { isoDate, usesRocCalendar } from './facts/calendar.ts';
import { factsFromPath, programmeOfName, withoutExportId, type PathFacts, type PathOptions } from './facts/from-path.ts';
import { creditByline } from './facts/from-text.ts';
import { describeSource, namesIssue, notePaperFromFolder, notePaperSetAside, resolveFacts } from './facts/resolve.ts';
import { recordFields, splitRecords } from './facts/records.ts';
import { readFrontmatter } from './formats/frontmatter.ts';
import { readHtml, type HtmlPager, type HtmlRead } from './formats/html.ts';
import type { WebArchive } from './formats/mhtml.ts';
import { isForwardOrReplySubject, isForwardSubject, originalOf, type Email } from './formats/email.ts';
import { forwardedHead, type ForwardedHead } from './formats/forwarded.ts';
import { ocrSpaced, withoutOcrSpaces } from './rules/ocr-spacing.ts';
import type { BookParts } from './formats/epub.ts';
import { readPager, type Pager } from './rules/pager.ts';
import { JOPLIN_TYPES, readMarkdown } from './formats/markdown.ts';
import type { DocumentText } from './formats/word.ts';
import type { SpreadsheetText } from './formats/spreadsheet.ts';
import { slicePosition, splitLines } from './lines.ts';
import { splitPages } from './parse-body.ts';
import { readTextHeader, type TextHeader } from './parse-header.ts';
import { recordPages } from './read-records.ts';
import { dataPages } from './read-data.ts';
import { dataKind, type DataKind } from './data-rows.ts';
import { tagRecords } from './formats/xml-records.ts';
import { taggedCorpus } from './formats/tagged-corpus.ts';
import { textTable } from './formats/text-table.ts';
import { exportedRecords } from './formats/exported-records.ts';
import { liftStamps } from './formats/time-stamps.ts';
import { applyHeadFields, headlineOverLead, sideLine, sidesTitle } from './head-fields.ts';
import { findEscapedBytes, findMojibake, type EscapedByte, type Mojibake } from './checks/mojibake.ts';
import { INVISIBLE_NAMES, findInvisible } from './checks/invisible.ts';
import { shorten } from './punctuation.ts';
import type { IssueOfFolder } from './issue-folder.ts';
import { sideBySideColumns, type SideBySide } from './checks/side-by-side.ts';
import { readColumns } from './formats/columns.ts';
import { readKeyValueHeader } from './formats/key-value-header.ts';
import { withoutMargin } from './formats/page-margin.ts';
import { markRepeatedName, markSiteMenu } from './formats/site-menu.ts';
import { withoutJustextMarks } from './formats/justext.ts';
import { markTabTables } from './formats/tab-table.ts';
import { Rule, error, note, warn } from './report.ts';
import { unspaced } from './rules/letter-spacing.ts';
import { isPaperName } from './rules/paper-name.ts';
import { matchBylineLine, opensWithLead } from './rules/byline.ts';
import { isDatedLead } from './rules/news-lead.ts';
import { matchDateline } from './rules/dateline.ts';
import { matchPageHeader } from './rules/page-header.ts';
import { isStructureLine } from './rules/structure-line.ts';
import { isDigestTitle } from './rules/topic-shift.ts';
import { lineDate, postDate, postParts, volumeFront, volumeParts } from './volume.ts';
import { LineKind, type Chunk, type LayoutLine, type ParsedPage, type RawLine } from './types.ts';
import { columnPrefix } from './rules/column-prefix.ts';
import { layoutLine } from './layout-line.ts';

export interface ReadResult {
  file: VFile;
  encoding: string;
  /** One per page the file holds (most files hold one). */
  pages: ParsedPage[];
  /** Front matter fields that go to the file's first section (title, byline…). */
  frontmatter?: FrontmatterFacts;
  /** The pager of a story the site cut into pages (`上一页 1 2 3 下一页`): an HTML page's with the addresses it links. */
  pager?: Pager | HtmlPager;
  /** The address an HTML page says it was saved from (`saved from url=`, `canonical`, `og:url`). */
  address?: string;
}

export interface ReadContext {
  /** Per-paper settings by folder name or masthead (baoku.config.ts `papers`). */
  papers: Readonly<Record<string, PaperSettings>>;
  /** Folders already said to give their name to a paper. */
  notedFolders: Set<string>;
}

/** How many of a page's first lines may show that it dates by the ROC calendar. */
const ROC_LINES = 40;

/**
 * A file converted to text before it is read (in the pipeline, which may await): a document as `formats/word.ts` or
 * `formats/alto.ts` read it (its text view, and its lines with their hints when it gives them), or a spreadsheet's
 * sheets as `formats/spreadsheet.ts` read them, or a web archive's page as `formats/mhtml.ts` takes it out; the file's
 * bytes then stand only for its checksum.
 */
export type Converted =
  | { document: DocumentText }
  | { sheet: SpreadsheetText }
  | { webArchive: WebArchive }
  | { email: Email }
  /** A file read into a data file's view (an X archive's tweets as JSON, `formats/tweets.ts`), and what its note says of it. */
  | { dataView: { text: string; kind: DataKind; said: string } };

/**
 * `issue`: the date and paper of the file's issue from its other pages in the folder, for a page that prints no date
 * (`issue-folder.ts`); `converted`: the file's text when it is a document or a spreadsheet (`Converted`).
 */
export function readPage(
  bytes: Uint8Array,
  input: Pick<InputFile, 'relative' | 'rootName' | 'format' | 'capture' | 'archived'>,
  displayPath: string,
  context: ReadContext,
  issue?: IssueOfFolder,
  converted?: Converted,
): ReadResult {
  const word = converted && 'document' in converted ? converted.document : undefined;
  const sheet = converted && 'sheet' in converted ? converted.sheet : undefined;
  const archive = converted && 'webArchive' in converted ? converted.webArchive : undefined;
  const email = converted && 'email' in converted ? converted.email : undefined;
  const dataView = converted && 'dataView' in converted ? converted.dataView : undefined;
  const path = input.relative;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const view = word?.text ?? sheet?.text ?? archive?.html ?? email?.body ?? dataView?.text;
  const decoded: Decoded =
    view !== undefined
      ? {
          text: view,
          encoding: word?.source?.encoding ?? 'utf-8',
          bom: word?.source?.bom ?? false,
          newline: 'lf',
          badBytes: word?.source ? inView(view, word.source.badBytes) : [],
          binary: false,
        }
      : decode(bytes);
  const file = new VFile({ path: displayPath, value: decoded.text });
  if (word) noteWordView(file, word, extensionOf(path));
  if (archive?.capture) noteCapture(file, archive, archive.capture);
  else if (archive) {
    note(
      file,
      `Read as a web archive: its page (${archive.charset}, ${archive.transfer}; ${archive.parts === 1 ? 'its only part' : `one of ${archive.parts} parts, the others its pictures and styles`}${archive.framed ? '; the page is a frameset, and the frame with the most text was read' : ''}); lines and columns here are the page's, as decoded from the archive`,
      { line: 1, column: 1 },
      Rule.encoding,
    );
    if (archive.cutShort) {
      warn(
        file,
        'The web archive ends before its closing boundary: it was cut short, as a download or a copy that stopped, and its page may be incomplete',
        'what it holds was ingested; save the page from its source again',
        { line: 1, column: 1 },
        Rule.badBytes,
      );
    }
  }
  // (A `.dat` file is text only sometimes, as a corpus ships its records: one of a program's binary data is no newspaper text.)
  if (decoded.binary && /\.dat$/iu.test(path)) {
    warn(
      file,
      `Not ingested: the \`.dat\` file holds binary data, not text${decoded.binaryAt === undefined ? '' : ` (a NUL byte at byte ${decoded.binaryAt})`}`,
      'move it out of the input folder, or export its text',
      { line: 1, column: 1 },
      Rule.notIngested,
    );
    return { file, encoding: 'binary', pages: [] };
  }
  if (decoded.binary) {
    error(
      file,
      decoded.binaryAt === undefined
        ? 'The file is binary, not text (it contains control characters)'
        : `The file is binary, not text (a NUL byte at byte ${decoded.binaryAt})`,
      'remove it from the input folder, or export the page as plain text',
      undefined,
      Rule.binaryFile,
    );
    return { file, encoding: 'binary', pages: [] };
  }
  if (bytes.length === 0) {
    // Nothing is lost (a `新建文本文档.txt` left behind): said, but no reason to fail the run.
    warn(
      file,
      'The file is empty (0 bytes): nothing in it was ingested',
      'put the page text in it or remove it from the input folder',
      undefined,
      Rule.emptyFile,
    );
    return { file, encoding: decoded.encoding, pages: [] };
  }
  const label = word
    ? `${DOCUMENT_KINDS[word.kind].label} (.${shownExtension(word.kind, extensionOf(path))}${word.source && word.source.encoding !== 'utf-8' ? `, ${word.source.encoding}` : ''})`
    : sheet
      ? `spreadsheet (.${sheet.kind})`
      : archive
        ? `web archive's page (${archive.charset})`
        : `${decoded.encoding}${decoded.bom ? ' with BOM' : ''}, ${decoded.newline} line endings`;
  if (!word && !sheet && !archive && (decoded.encoding !== 'utf-8' || decoded.bom || decoded.newline !== 'lf')) {
    note(file, `Read as ${label} (detected)`, undefined, Rule.encoding);
  }
  if (decoded.padding) {
    warn(
      file,
      `The file ends in ${decoded.padding.length} NUL byte(s) of padding (from byte ${decoded.padding.byteOffset}): they were left out, the text before them was read`,
      'nothing is lost; trim the padding to silence this',
      { line: 1, column: 1 },
      Rule.badBytes,
    );
  }
  const place = location(file);
  for (const bad of decoded.badBytes) {
    // The last character broken off: the file stops inside it, as a download or a copy that was cut short does.
    if (decoded.text.slice(bad.textOffset + 1).trim() === '') {
      warn(
        file,
        `The file ends inside a character${bad.hex === '' ? '' : ` (bytes \`${bad.hex}\` at byte ${bad.byteOffset})`}: it looks cut off, as a download or a copy that stopped, and its last article may be incomplete`,
        'what the file holds was ingested; get the whole file again from its source',
        place.toPoint(bad.textOffset),
        Rule.badBytes,
      );
      continue;
    }
    warn(
      file,
      bad.byteOffset >= 0
        ? `Bytes \`${bad.hex}\` at byte ${bad.byteOffset} are not valid ${decoded.encoding}; they stand as U+FFFD (�) in the text`
        : `A byte sequence is not valid ${decoded.encoding}; it stands as U+FFFD (�) in the text`,
      'the rest of the file was ingested; re-export the page from its source to recover the missing character',
      place.toPoint(bad.textOffset),
      Rule.badBytes,
    );
  }

  // Text damaged before it came here (mojibake): each run named where it stands; a file damaged throughout is not ingested, said once.
  const damaged = findMojibake(decoded.text, new Set(decoded.badBytes.map((bad) => bad.textOffset)));
  const describe = (run: Mojibake): string =>
    `\`${shorten(run.printed, 12)}\` is mojibake: ${
      {
        gbk: 'UTF-8 text that was read as GBK and saved again',
        latin1: 'UTF-8 text that was read as Windows-1252 (Latin-1) and saved again',
        replaced: 'characters a tool had already replaced (`锟斤拷`, `烫烫烫` or a stored `�`), which no decoding can bring back',
      }[run.kind]
    }${run.reading === undefined ? '' : ` (it read \`${shorten(run.reading, 12)}\`)`}`;
  // One message a damaged line, at its first damaged run.
  const byLine = new Map<number, Mojibake>();
  for (const run of damaged) {
    const line = place.toPoint(run.offset)?.line ?? 0;
    if (!byLine.has(line)) byLine.set(line, run);
  }
  const textLines = decoded.text.split(/\r\n|\r|\n/u).filter((line) => line.trim() !== '').length;
  if (byLine.size > 0 && byLine.size * 2 >= textLines) {
    error(
      file,
      `The file's text is mojibake throughout (${byLine.size} of its ${textLines} lines; the first: ${describe(damaged[0]!)}): it was not ingested`,
      'find the original file, or convert this one back to the encoding it was read in, and ingest again',
      place.toPoint(damaged[0]!.offset),
      Rule.mojibake,
    );
    return { file, encoding: label, pages: [] };
  }
  for (const run of byLine.values()) {
    warn(
      file,
      describe(run),
      `the line is ingested as it stands; ${run.kind === 'replaced' ? 're-export the page from its original file' : 're-export the page from its original file, or convert the file back before ingest'}`,
      place.toPoint(run.offset),
      Rule.mojibake,
    );
  }

  noteEscapedBytes(file, place, findEscapedBytes(decoded.text, decoded.encoding), decoded.encoding);

  // A data file (CSV, JSON, XML; or a text file of tag records, as SogouCS ships its `.txt`): a row an article, each with its own fields.
  const tagged = input.format === 'text' ? tagRecords(decoded.text) : undefined;
  // (Or a corpus of a paper's text cut into tagged words, as Peking University's People's Daily corpus: an article a record.)
  const corpus = input.format === 'text' && !tagged ? taggedCorpus(decoded.text) : undefined;
  // (Or a spreadsheet saved as text, a row an article under its header: Excel's "Unicode Text".)
  // (Or a reference manager's records, RIS, EndNote's or RefWorks' tagged text: `.ris`, `.enw`, or saved as `.txt`; or a news
  // database's records of labelled fields, EBSCO's, ProQuest's, NewsBank's, Gale's.)
  const citations = input.format === 'text' ? exportedRecords(decoded.text) : undefined;
  const table = input.format === 'text' && !tagged && !corpus && !citations ? textTable(decoded.text) : undefined;
  if (input.format === 'data' || input.format === 'sheet' || tagged || corpus || table || citations) {
    const { pathFacts, paperSettings } = pathAndSettings(input, context.papers, undefined);
    if (dataView) note(file, dataView.said, { line: 1, column: 1 }, Rule.encoding);
    return {
      file,
      encoding: label,
      pages: dataPages(file, decoded.text, {
        path,
        // (A file out of an archive by its name inside it, not the archive's: `数据导出.zip#运河日报_2024年3月.csv`.)
        name: input.archived?.entry ?? path,
        sha256,
        encoding: label,
        kind: sheet ? 'sheet' : tagged ? 'xml' : corpus ? 'tagged' : citations ? 'citations' : (table ?? dataView?.kind ?? dataKind(path)),
        ...(tagged ? { xml: tagged } : {}),
        ...(corpus ? { corpus } : {}),
        ...(citations ? { citations } : {}),
        ...(sheet ? { sheet } : {}),
        pathFacts,
        paperSettings,
        notedFolders: context.notedFolders,
      }),
    };
  }

  // The lines and front matter, by format.
  let lines: RawLine[];
  let data: Record<string, unknown> | undefined;
  let oneArticle = false;
  let htmlPager: HtmlPager | undefined;
  let address: string | undefined;
  let site: string | undefined;
  if (word?.lines) {
    lines = word.lines;
    data = word.frontmatter;
    noteLeftOut(file, word.leftOut);
  } else if (input.format === 'markdown') {
    const read = readMarkdown(file);
    // (A web page clipped to Markdown keeps the site's menu and breadcrumb over the article, as a saved page does.)
    lines = markSiteMenu(read.lines);
    data = read.frontmatter?.data;
  } else if (input.format === 'html') {
    const read = readHtml(file);
    site = read.site;
    lines = markSiteMenu(read.lines);
    data = read.frontmatter;
    oneArticle = read.oneArticle;
    htmlPager = read.pager;
    address = read.address ?? archive?.address;
    noteLeftOut(file, read.leftOut);
    noteComments(file, read.comments);
    // An e-paper's page index, a site's menu, home or channel page: links and the page's frame, headings and captions over
    // them perhaps (`图片新闻` / `两会现场直击`), no sentence of an article.
    // (A byline or a lead, `记者张晓明`, `长江日报讯 [查看原文]`, is an article's, however short its text.)
    const noArticle = (line: RawLine): boolean =>
      isPageFurniture(line) || (!endsSentence(line.text) && matchBylineLine(line.text) === undefined && !opensWithLead(line.text) && !isDatedLead(line.text));
    // (Not a page with a headline of its own, `<h1>春天的约定</h1>` over a poem or a figure's captions: a site's logo or name is none.)
    const headline = read.lines.some((line) => line.hint?.heading === 1 && !isPaperName(line.text) && !/^\p{Script=Han}{1,8}(?:网|網)$/u.test(line.text));
    const frameOnly = read.lines.every(isPageFurniture);
    if (read.leftOut.length > 0 && (frameOnly || (!headline && read.lines.every(noArticle)))) {
      note(
        file,
        frameOnly
          ? "Not ingested: the page holds no newspaper text, only links and page furniture (an e-paper's page index or a site's menu page)"
          : "Not ingested: the page holds no newspaper text, only links and page furniture, and headings or captions with no sentence (a site's home or channel page)",
        { line: 1, column: 1 },
        Rule.notIngested,
      );
      return { file, encoding: label, pages: [] };
    }
  } else {
    const frontmatter = readFrontmatter(file, decoded.text) ?? readKeyValueHeader(decoded.text);
    const columns = sideBySideColumns(decoded.text);
    // (A timed script's lines, `00:02:10　主持人：…`, are read after their stamps: `formats/time-stamps.ts`.)
    const timed = columns ? undefined : liftStamps(withoutJustextMarks(withoutMargin(file, splitLines(file))));
    lines = columns
      ? readColumns(file, columns)
      : markRepeatedName(markSiteMenu(markTabTables(withoutOcrSpacing(file, timed!.lines))), path.split('/').at(-1) ?? '');
    if (columns) noteColumns(file, columns);
    if (timed && timed.stamped > 0) {
      note(
        file,
        `Read as a timed script (a programme's text, a stamp of its time before each paragraph or turn): its ${timed.stamped} stamped lines were read as paragraphs and turns, never heads, each stamp kept where its line is`,
        lines.length > 0 ? lines[0]!.position.start : { line: 1, column: 1 },
        Rule.encoding,
      );
    }
    if (frontmatter) {
      lines = lines.filter((line) => line.line > frontmatter.endLine);
      data = frontmatter.data;
    }
  }
  // An e-mail's headers are its facts, as a front matter's are: its subject, the moment it was sent, its sender; a forward's
  // are the forwarded message's, as its head in the text prints them, and that head with the forwarder's note is furniture.
  if (email) {
    // (Only a forward's: a paper's own edition may quote a reader's mail, a reply quotes the message it answers under its own text.)
    const forward = isForwardSubject(email.subject) ? forwardedHead(lines) : undefined;
    if (forward) lines = forward.lines;
    const message = forward ? originalOf(email, forward) : email;
    noteEmail(file, message, forward);
    data = { ...data, ...emailFacts(message) };
  }
  noteInvisible(file, lines);
  if (lines.length === 0 && data === undefined) {
    error(file, 'The file has no text', 'put the page text in it or remove it from the input folder', undefined, Rule.emptyFile);
    return { file, encoding: label, pages: [] };
  }

  // (An item of Joplin's raw export that is no note: a notebook, a tag, a resource's record.)
  const joplinType = data?.['joplin_type'];
  if (typeof joplinType === 'string' && joplinType !== '1') {
    note(
      file,
      `Not ingested: ${JOPLIN_TYPES[joplinType] ?? `an item of type ${joplinType}`} of Joplin's export (\`type_: ${joplinType}\`), not a note`,
      { line: 1, column: 1 },
      Rule.notIngested,
    );
    return { file, encoding: label, pages: [] };
  }
  if (data?.['draft'] === true || data?.['draft'] === 'true') {
    note(file, 'Not ingested: a draft (its front matter sets `draft` true)', { line: frontmatterLine(file, 'draft'), column: 1 }, Rule.notIngested);
    return { file, encoding: label, pages: [] };
  }
  const header = readTextHeader(lines);
  // (Whether the page dates by the ROC calendar, asked only when its name may hold an ROC date run together: `1130308_A1.txt`.)
  const roc = (): boolean => usesRocCalendar(lines.slice(0, ROC_LINES).map((line) => line.text));
  const { pathFacts, paperSettings } = pathAndSettings(input, context.papers, header?.masthead?.text, { roc }, site, word?.kind === 'captions');
  // (An e-book's `dc:date` is the moment it was made: a day its file's name or folder gives is the issue's.)
  if (word?.book) {
    const madeOnly = word.book.dateFrom === 'dc:date' && pathFacts.date !== undefined && data !== undefined;
    if (madeOnly && data !== undefined) data = Object.fromEntries(Object.entries(data).filter(([key]) => key !== 'date'));
    noteBookView(file, madeOnly ? { ...word.book, dateFrom: 'path' } : word.book, path.slice(path.lastIndexOf('.') + 1).toLowerCase());
  }
  const frontmatter = data ? factsFromFrontmatter(data, paperSettings?.timeZone) : undefined;
  if (frontmatter?.zoned !== undefined && frontmatter.date !== undefined) {
    const { year, month, day, printed } = frontmatter.date;
    note(
      file,
      `The front matter's date \`${printed}\` is a moment in UTC: it falls on ${isoDate(year, month, day)} in ${frontmatter.zoned}, the paper's day; set \`timeZone\` for this paper in baoku.config.ts to count its days elsewhere`,
      { line: frontmatterLine(file, 'date'), column: 1 },
      Rule.timeZone,
    );
  }
  // A database export: records that each name their own paper and date.
  // (A word document's text is read as a text file's: it may hold a database's records, or a month of issues.)
  const textLike = input.format === 'text' || word !== undefined;
  // (And an e-mail's: a monitoring service's digest mails its clippings, each under its own source line; its headers, the
  // digest's facts, date no clipping.)
  const records = (textLike && data === undefined) || email !== undefined ? splitRecords(lines, pathFacts.date?.value) : undefined;
  // (A date line that is itself a record's field, `日期：中華民國113年3月25日`, heads a record, not a page.)
  if (records && (header === undefined || records.records.length > 1 || recordFields(header.dateLine.text).length > 0)) {
    return {
      file,
      encoding: label,
      pages: recordPages(file, records, { path, sha256, encoding: label, pathFacts, paperSettings, notedFolders: context.notedFolders }),
    };
  }
  // (A story a site cut into pages: its pager, by which `article-pages.ts` puts the pages back together.)
  const pager = htmlPager ?? lines.map((line) => readPager(line.text)).find((found) => found !== undefined);
  /** One issue's pages from its lines: its facts, its pages and their articles. */
  const readIssue = (partLines: RawLine[], partHeader: TextHeader | undefined, firstSegment: number): ParsedPage[] => {
    const resolved = resolveFacts({
      file,
      path,
      lines: partLines,
      header: partHeader,
      frontmatter,
      pathFacts,
      paperSettings,
      oneArticle,
      ...(issue ? { issue } : {}),
    });
    if (!resolved) return [];
    if (paperSettings?.printed) resolved.header.printed = paperSettings.printed;
    notePaperFromFolder(file, resolved.header, context.notedFolders, pathFacts.folderIs);
    notePaperSetAside(file, resolved, context.notedFolders);

    const segments = splitPages(resolved.header, resolved.body, {
      article: resolved.header.article,
      // (A digest's title, `今日要闻`, heads items, not one article's subheads.)
      titled:
        frontmatter?.title !== undefined &&
        !namesIssue(frontmatter.title, resolved.header.paper, resolved.header.date) &&
        !isPaperName(frontmatter.title) &&
        !isDigestTitle(frontmatter.title),
      title: frontmatter?.title,
      layout: paperSettings?.layout,
      plainText: input.format === 'text' || (word !== undefined && word.lines === undefined),
      blankLines: word !== undefined,
    });
    for (const segment of segments) {
      if (segment.unreadHead)
        warn(
          file,
          `The running head \`${segment.unreadHead.text}\` prints a date that cannot be read: the page is dated ${resolved.header.date} by the ${describeSource(resolved.header.dateFrom)}`,
          'check the date printed on the page; if the path is wrong, rename the file or its folder',
          segment.unreadHead.position,
          Rule.noDateline,
        );
      if (segment.wrap)
        note(
          file,
          `Read as hard-wrapped at about ${segment.wrap.width} characters a line: ${segment.wrap.joined} line(s) that go on the line above were joined to its paragraph`,
          segment.wrap.at,
          Rule.joinedParagraph,
        );
    }
    bylineFromCredit(segments[0]?.chunks[0], resolved.header.dateLine);
    if (frontmatter?.title !== undefined && segments[0] && !namesIssue(frontmatter.title, resolved.header.paper, resolved.header.date)) {
      applyHeadFields(file, segments[0].chunks, frontmatter, (key, value) => {
        const line = frontmatterLine(file, key);
        return { start: { line, column: 1 }, end: { line, column: 1 + key.length + 2 + value.length } };
      });
    } else if (resolved.header.article && segments.length === 1 && segments[0]) {
      headlineOverLead(segments[0].chunks);
      if (pathFacts.title !== undefined) applyPathTitle(file, segments[0].chunks, pathFacts.title);
    }
    if (segments.every((segment) => segment.chunks.length === 0 && segment.page === undefined) && frontmatter?.title === undefined) {
      note(file, 'The page has a date but no articles', resolved.header.dateLine?.position, Rule.noBody);
    }
    return segments.map((segment, index): ParsedPage => {
      const pageHeader = { ...resolved.header };
      delete pageHeader.page;
      delete pageHeader.pageHeader;
      if (segment.page !== undefined) pageHeader.page = segment.page;
      else if (index === 0 && resolved.header.page !== undefined) pageHeader.page = resolved.header.page;
      if (segment.pageHeader !== undefined) pageHeader.pageHeader = segment.pageHeader;
      return {
        file,
        path,
        sha256,
        segment: firstSegment + index,
        encoding: label,
        header: pageHeader,
        chunks: segment.chunks,
        ...(pager ? { pager } : {}),
        ...(address === undefined ? {} : { address }),
        ...(input.capture?.captured ? { captured: input.capture.captured } : {}),
      };
    });
  };
  // A bound volume (合订本): one issue after another in one text file, each dated by its own head; or posts in one file,
  // each dated by the line under its headline.
  // (A volume's own title and table of contents before its first issue: kept with that issue's first article, not read as text.)
  // (Only a volume's: two issues or more after it; one issue's contents over its head stay its own.)
  const opened = textLike && data === undefined ? volumeFront(lines) : [];
  const afterFront = opened.length > 0 ? volumeParts(lines.slice(opened.length)) : [];
  const front = afterFront.length >= 2 ? opened : [];
  const issues = front.length > 0 ? lines.slice(front.length) : lines;
  const volume = front.length > 0 ? afterFront : textLike && data === undefined ? volumeParts(lines) : [lines];
  const parts = volume.length > 1 ? volume : postParts(issues);
  if (parts.length > 1) {
    const dateOf = volume.length > 1 ? (line: RawLine): string | undefined => lineDate(line.text) : postDate;
    const dates = parts.map((part) => part.map(dateOf).find((date) => date !== undefined) ?? '?');
    note(
      file,
      volume.length > 1
        ? `Read as a bound volume of ${parts.length} issues (${dates[0]} … ${dates.at(-1)}), each from its own date line: lines ${parts.map((part) => part[0]!.line).join(', ')}`
        : `Read as ${parts.length} posts (${dates.join(', ')}), each dated by the line under its headline: lines ${parts.map((part) => part[0]!.line).join(', ')}`,
      parts[1]![0]!.position,
      Rule.volume,
    );
  }
  const pages: ParsedPage[] = [];
  for (const part of parts) pages.push(...readIssue(part, part === lines ? header : readTextHeader(part), pages.length));
  const opening = pages[0]?.chunks[0];
  if (front.length > 0 && opening) {
    opening.extras = [...front.map((line) => layoutLine(line, LineKind.paragraph)), ...(opening.extras ?? [])];
    note(
      file,
      `Lines ${front[0]!.line}–${front.at(-1)!.line} before the first issue (the volume's title and its table of contents, \`${shorten(front[0]!.text, 16)}\`) are kept with the first issue's first article as its extras, not read as text`,
      front[0]!.position,
      Rule.volume,
    );
  }
  return { file, encoding: label, pages, ...(frontmatter ? { frontmatter } : {}), ...(pager ? { pager } : {}), ...(address === undefined ? {} : { address }) };
}

/** A byline printed in the line of date and source (`… 聯合報／ 記者陳建宏／高雄報導`) is the first article's, when its head has none. */
function bylineFromCredit(chunk: Chunk | undefined, dateLine: RawLine | undefined): void {
  const found = dateLine === undefined ? undefined : creditByline(dateLine.text);
  if (!chunk || !dateLine || !found || chunk.bylines.length > 0) return;
  const position = slicePosition(dateLine, found.from, found.to);
  chunk.bylines.push({ text: found.byline, content: found.byline, kind: LineKind.byline, jumps: [], line: dateLine.line, position });
}

/** Backslashes a tool added after characters ending in byte 0x5C (`checks/mojibake.ts`): kept, said once a file at the first. */
function noteEscapedBytes(file: VFile, place: ReturnType<typeof location>, escaped: readonly EscapedByte[], encoding: string): void {
  const first = escaped[0];
  if (first === undefined) return;
  const chars = [...new Set(escaped.map((one) => one.char))].slice(0, 5);
  warn(
    file,
    `${escaped.length} backslash(es) stand after characters whose second byte in ${encoding} is the backslash's own, 0x5C (${chars.map((char) => `\`${char}\\\``).join(', ')}): a tool escaped the file's bytes (PHP's addslashes, the 許功蓋 problem), and the text is ingested with them`,
    'remove the backslash after each of these characters in the file and ingest again',
    place.toPoint(first.offset),
    Rule.mojibake,
  );
}

/** Invisible characters inside lines (`checks/invisible.ts`): kept, said once a file at the first, with how many and on which lines. */
function noteInvisible(file: VFile, lines: readonly RawLine[]): void {
  const found = findInvisible(lines);
  const first = found[0];
  if (first === undefined) return;
  const kinds = [...new Set(found.map((one) => INVISIBLE_NAMES[one.char] ?? one.char))];
  const numbers = [...new Set(found.map((one) => one.line.line))];
  const where =
    numbers.length === 1 ? `line ${numbers[0]}` : `lines ${numbers.slice(0, 5).join(', ')}${numbers.length > 5 ? ` and ${numbers.length - 5} more` : ''}`;
  warn(
    file,
    `${found.length} invisible character(s) (${kinds.join(', ')}) stand inside the text on ${where}, the first in \`${shorten(first.line.text, 16)}\`: they are kept as found, and a title or name holding one will not match the same words typed`,
    'they are not printed text (a web copy or an editor left them); remove them from the file if the page did not have them',
    slicePosition(first.line, first.index, first.index + 1).start,
    Rule.invisible,
  );
}

/** A page set in columns side by side (`pdftotext -layout`): read column by column, band by band, and the user told so, once. */
function noteColumns(file: VFile, found: SideBySide): void {
  note(
    file,
    `The page is set in columns side by side (as \`pdftotext -layout\` writes it): ${found.lines} lines hold text on both sides of a gap at character column ${found.gutters.join(', ')}; it was read column by column, a line across the columns (a headline over several) where it stands; check the result with \`--outline\`, or extract the page again column by column (\`pdftotext\` without \`-layout\`)`,
    { line: found.first, column: 1 },
    Rule.sideBySide,
  );
}

/**
 * A site's save named by its headline (`2024-03-15/习近平会见越南国家主席.txt`)
 * whose text opens with no head: the name's headline is the article's title,
 * said in a note. The text's first line is the headline when it is that
 * title (a line the parser took for text); a headline the text prints is
 * kept, a file name being often cut short or changed for the file system.
 */
function applyPathTitle(file: VFile, chunks: Chunk[], title: string): void {
  const first = chunks[0];
  if (first === undefined) return;
  // (A head line the text prints that is no rendering of the name's title, a kicker or a subtitle whose headline the saving
  // tool left out, stands beside it: `head-fields.ts`.)
  if (first.headline !== undefined && chunks.length === 1 && sidesTitle(first, title)) sideLine(first, title);
  else if (first.headline !== undefined || first.banner !== undefined) return;
  const opening = first.body[0];
  if (opening !== undefined && opening.content.trim() === title) {
    first.headline = { ...first.body.shift()!, kind: LineKind.headline };
    return;
  }
  const named = (text: string, kind: LineKind): LayoutLine => ({
    text,
    content: text,
    kind,
    jumps: [],
    line: 1,
    position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
  });
  // (A column's name before it, `社評｜盛事經濟要有長遠規劃.md`, is the kicker: `rules/column-prefix.ts`.)
  const prefixed = columnPrefix(title);
  first.headline = named(prefixed?.title ?? title, LineKind.headline);
  if (prefixed) first.banner = named(prefixed.rubric, LineKind.banner);
  note(file, `The text prints no headline: the file name's \`${title}\` is taken for the title`, { line: 1, column: 1 }, Rule.titleFromPath);
}

/** The line of a front matter key (`title:` in YAML, `title =` in TOML), for positions; 1 when not found. */
function frontmatterLine(file: VFile, key: string): number {
  const lines = String(file.value).split(/\r?\n/u, 80);
  const index = lines.findIndex((text) => new RegExp(`^${key}\\s*[:=]`, 'u').test(text));
  return index === -1 ? 1 : index + 1;
}

/** How a page captured in a web crawl was read: when it was captured, in what charset and why (a declared one its bytes do not read in is named). */
function noteCapture(file: VFile, archive: WebArchive, capture: NonNullable<WebArchive['capture']>): void {
  const when = capture.captured === '' ? '' : `, captured ${capture.captured.replace('T', ' ').replace(/(?:\.\d+)?Z$/u, ' UTC')}`;
  const charset =
    capture.charsetFrom === 'http'
      ? `${archive.charset} as the site declared`
      : capture.charsetFrom === 'meta'
        ? `${archive.charset} as the page's \`<meta>\` declares`
        : `${archive.charset} as its bytes show${capture.passedOver === undefined ? '' : `, not \`${capture.passedOver}\` as declared, which does not read them`}`;
  note(
    file,
    `Read as a page captured in a web crawl (${capture.mediaType}${when}; ${charset}); lines and columns here are the page's as the site sent it`,
    { line: 1, column: 1 },
    Rule.encoding,
  );
  if (capture.truncated !== undefined) {
    warn(
      file,
      capture.truncated === 'segment'
        ? 'The crawler split this page into segments (`WARC-Segment-Number`): only its first segment is read, and its text may stop short'
        : `The crawler kept only the start of this page (\`WARC-Truncated: ${capture.truncated}\`): its text may stop short`,
      'what it holds was ingested; find a fuller capture of the address (another crawl, the Internet Archive) and ingest that',
      { line: 1, column: 1 },
      Rule.badBytes,
    );
  }
}

/** How an e-book was read (`formats/epub.ts`): its documents, what was left out, where its paper and day came from; a document it lists but does not hold, a warning. */
function noteBookView(file: VFile, book: BookParts, named: string): void {
  const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;
  const repeated =
    book.repeated.length > 0
      ? `; ${plural(book.repeated.length, 'document')} repeating an earlier one word for word (an article listed under two feeds: ${book.repeated.map((href) => `\`${href}\``).join(', ')}) read once`
      : '';
  const contents =
    book.contentsPages > 0
      ? `; left out, as no printed text: the entries of its ${plural(book.contentsPages, 'contents page')} (${plural(book.contentsEntries, 'link')} to its feeds and articles, with the summaries the download wrote)${book.contentsOther.length > 0 ? ` and what else they print (${book.contentsOther.map((text) => `\`${text.length > 40 ? `${text.slice(0, 40)}…` : text}\``).join(', ')})` : ''}, their headings kept`
      : '';
  const read = [
    ...(book.paper === undefined
      ? []
      : [`the paper \`${book.paper}\` from its ${book.paperFrom === 'periodical' ? "periodical's name (calibre's `calibre:publication_type`)" : 'title'}`]),
    ...(book.dateFrom === undefined
      ? []
      : [
          book.dateFrom === 'path'
            ? "the day from its file's path (not its `dc:date`, the moment the book was made)"
            : `the day from its ${book.dateFrom === 'title' ? 'title' : '`dc:date` (the moment the book was made)'}`,
        ]),
  ];
  const facts =
    book.title === undefined
      ? ''
      : `; its title \`${book.title}\`${read.length > 0 ? `: ${read.join(', ')}, read as front matter would be` : ' names no paper in Chinese and no day'}`;
  note(
    file,
    `Read as an e-book (.epub${named === 'epub' ? '' : `, though named .${named}`}${book.generator === undefined ? '' : `, made by ${book.generator}`}): its ${plural(book.documents, 'document')} in reading order, each read as a web page, a blank line between${contents}${repeated}${facts}; line numbers in messages count the lines so read`,
    { line: 1, column: 1 },
    Rule.encoding,
  );
  // A book that says it is no periodical's issue and gives no day but the moment it was made may be no newspaper at all.
  if (book.dateFrom === 'dc:date' && book.periodical === undefined) {
    warn(
      file,
      `The e-book names no periodical and no day in its title${book.title === undefined ? '' : ` (\`${book.title}\`)`}: it was dated by its \`dc:date\`, the moment the book was made, which may not be an issue's day`,
      'check the day; if the book is no newspaper issue (a novel, an anthology), move it out of the input folder; else name the day in the file name (`2024-03-08 江城日报.epub`)',
      { line: 1, column: 1 },
      Rule.noDateline,
    );
  }
  if (book.missing.length > 0) {
    warn(
      file,
      `The e-book lists ${plural(book.missing.length, 'document')} it does not hold (${book.missing.map((href) => `\`${href}\``).join(', ')}): the text there is missing`,
      'what it holds was ingested; download or copy the book again',
      { line: 1, column: 1 },
      Rule.badBytes,
    );
  }
}

/** What an HTML page held besides its text (menus, forms, a site's banner), said once per file: left out, but not silently. */
function noteLeftOut(file: VFile, leftOut: HtmlRead['leftOut']): void {
  if (leftOut.length === 0) return;
  const parts = leftOut.map(({ tag, count }) => `${count} \`<${tag}>\``).join(', ');
  note(
    file,
    `Left out as page furniture, not newspaper text: ${parts} (the page's menus, forms, banner and foot, around its article)`,
    leftOut[0]?.position,
    Rule.pageFurniture,
  );
}

/** A document's comments left out (`formats/html.ts`'s `documentComment`): their editors', said with each comment's text, which is in no output. */
function noteComments(file: VFile, comments: HtmlRead['comments']): void {
  if (comments.length === 0) return;
  const quoted = comments.map(({ text }) => `\`${text.length > 60 ? `${text.slice(0, 60)}…` : text}\``).join(', ');
  note(
    file,
    `Left out: ${comments.length} comment${comments.length === 1 ? '' : 's'} of the document's editors and the mark${comments.length === 1 ? '' : 's'} in the text that refer${comments.length === 1 ? 's' : ''} to ${comments.length === 1 ? 'it' : 'them'} (\`[a]\`), a word processor's notes on the draft, not newspaper text: ${quoted}`,
    comments[0]?.position,
    Rule.pageFurniture,
  );
}

/** A line that ends a sentence (`。`, `！`, `？`, closing marks after them), as an article's text does somewhere. */
function endsSentence(text: string): boolean {
  return /[。！？!?…][”’」』）)]*$/u.test(text.trim());
}

/** A line of a page's frame: a picture, a link or label of its own (`上一版`), its page header, its date. */
function isPageFurniture(line: RawLine): boolean {
  return line.hint?.media === true || isStructureLine(line.text) || matchPageHeader(line.text) !== undefined || matchDateline(line.text) !== undefined;
}

/**
 * What a file's path says of it, and its paper's settings (`settingsFor`, by the folders on the path or the masthead):
 * the path read again by the settings' file pattern when they give one.
 *
 * @param site — the site a web page's `<title>` names (`formats/html.ts`), which stands for the paper where no folder names
 *   one (a saved page's folders, a web crawl's capture's crawl folder).
 * @param broadcast — whether the file is a broadcast's (its subtitles): named for its programme (`programmeOfName`).
 */
function pathAndSettings(
  input: Pick<InputFile, 'relative' | 'rootName' | 'capture' | 'archived'>,
  papers: ReadContext['papers'],
  masthead: string | undefined,
  options?: PathOptions,
  site?: string,
  broadcast = false,
): { pathFacts: PathFacts; paperSettings: PaperSettings | undefined } {
  const capture = input.capture;
  // (A capture out of a web crawl: its day, page and number by its address's path, `host/…/2024-03/08/c_1130087425.htm`.)
  const host = capture ? (/^https?:\/\/([^/?#]+)/iu.exec(capture.address)?.[1] ?? '') : '';
  // (A file out of a zip archive: by its path as if the archive were extracted into a folder of its name.)
  const path = capture
    ? `${host}${capture.address.replace(/^https?:\/\/[^/?#]+/iu, '').replace(/[?#].*$/u, '')}`
    : input.archived
      ? archiveFolderPath(input.archived.file.relative, input.archived.entry)
      : input.relative;
  const fromPath = factsFromPath(path, input.rootName, undefined, options);
  // (A saved page in a folder that names no paper, `rmrb/html/…`, `剪报/`: the site its title names stands for the paper.)
  // (A broadcast's subtitles in a folder that names no outlet, `字幕组/`: the programme its file is named for.)
  const programme = broadcast && !isPaperName(fromPath.folder) ? programmeOfName(path.split('/').at(-1) ?? '') : undefined;
  const siteFolder =
    programme !== undefined
      ? { folder: programme, folderIs: "the programme's name its file is named by" }
      : !isPaperName(fromPath.folder) && site !== undefined
        ? { folder: site, folderIs: SITE_IN_TITLE }
        : {};
  const folderFacts = { ...fromPath, ...(capture ? crawlFolder(capture, input.rootName, site, host) : siteFolder) };
  // (A capture's settings by the crawl's folders, then its site's host: `papers: { 'www.people.com.cn': { name: '人民网' } }`.)
  const folders = capture
    ? [...capture.crawl.relative.split('/').slice(0, -1).reverse(), input.rootName, host]
    : path.split('/').slice(0, -1).map(withoutExportId).reverse();
  const paperSettings = settingsFor(papers, [...folders, input.rootName, folderFacts.folder], masthead);
  const pattern = paperSettings?.filePattern === undefined ? undefined : new RegExp(paperSettings.filePattern, 'u');
  // (A configured file pattern reads the name; what stands for the folder is as above.)
  const folder = { folder: folderFacts.folder, ...(folderFacts.folderIs === undefined ? {} : { folderIs: folderFacts.folderIs }) };
  return { pathFacts: pattern ? { ...factsFromPath(path, input.rootName, pattern, options), ...folder } : folderFacts, paperSettings };
}

const SITE_IN_TITLE = "the site's name in its page's title";

/**
 * What stands for a web crawl's capture's folder, its paper when nothing else names one: the crawl's folder when it names a
 * paper (`江城日报/crawl.warc.gz`), else the site its page's title names (`…-新华网`), else the site's host — never a folder of
 * the address (`politics/`, a site's channel).
 */
function crawlFolder(
  capture: NonNullable<InputFile['capture']>,
  rootName: string,
  site: string | undefined,
  host: string,
): Pick<PathFacts, 'folder' | 'folderIs'> {
  const folder = factsFromPath(capture.crawl.relative, rootName).folder;
  if (isPaperName(folder)) return { folder };
  if (site !== undefined) return { folder: site, folderIs: SITE_IN_TITLE };
  return { folder: host, folderIs: "the site's address" };
}

/**
 * A paper's settings: keyed by a folder on the file's path (the nearest
 * that has settings: `光明日报/html/2024-03/08/…` finds `光明日报`), or by the
 * masthead as printed, letter-spaced or not (`人　民　日　报`).
 */
function settingsFor(papers: ReadContext['papers'], folders: string[], masthead: string | undefined): PaperSettings | undefined {
  for (const folder of folders) if (papers[folder]) return papers[folder];
  return masthead === undefined ? undefined : (papers[masthead] ?? papers[unspaced(masthead)]);
}

/**
 * A file's lines without the spaces an OCR engine put between Chinese characters (`rules/ocr-spacing.ts`), when most of
 * its neighbouring Chinese characters stand apart, said once; each line keeps its place in the file.
 */
function withoutOcrSpacing(file: VFile, lines: RawLine[]): RawLine[] {
  if (!ocrSpaced(lines.map((line) => line.text))) return lines;
  let removed = 0;
  let example: string | undefined;
  const read = lines.map((line) => {
    const text = withoutOcrSpaces(line.text);
    if (text === line.text) return line;
    removed += line.text.length - text.length;
    example ??= line.text;
    return { ...line, text };
  });
  note(
    file,
    `Read as OCR text with a space between Chinese characters, as Tesseract writes Chinese (\`${example?.slice(0, 24) ?? ''}…\`): ${removed} space character(s) between Chinese characters, marks and digits were left out of the text, which is otherwise as printed; spaces between Latin words stay`,
    { line: 1, column: 1 },
    Rule.encoding,
  );
  return read;
}

/** How an e-mail became the text its messages point into: the part read, and the headers taken for its facts (`emailFacts`). */
function noteEmail(file: VFile, email: Email, forward: ForwardedHead | undefined): void {
  const { title, date, source } = emailFacts(email);
  const whose = email.forwarded ? "the forwarded message's" : 'its';
  const facts = [
    title === undefined ? undefined : `${whose} subject \`${title}\` as its title`,
    date === undefined ? undefined : `the moment ${email.forwarded ? 'the forwarded message' : 'it'} was sent (\`${date}\`) as its date`,
    source === undefined ? undefined : `${whose} sender \`${source}\` as its source`,
  ].filter((fact) => fact !== undefined);
  const attached =
    email.forwarded && !forward
      ? `; it forwards a message attached to it (\`message/rfc822\`), which was read in its place${email.forwarderText === undefined ? '' : ` (the forwarder's own text, not newspaper text: \`${email.forwarderText}\`)`}`
      : '';
  const forwarding = forward
    ? `; it forwards a message: the forwarder's lines, the mail program's separator and the forwarded message's headers above it (${lineSpan(forward.lines[0]?.line ?? 1, forward.lines[forward.marked - 1]?.line ?? 1)}) are kept as printed in \`extras\`, not read as newspaper text`
    : isForwardOrReplySubject(email.subject)
      ? `; its subject (\`${email.subject}\`) names a forward or a reply, so neither it nor the day it was sent dates or titles the text`
      : '';
  note(
    file,
    `Read as an e-mail: its ${email.kind === 'html' ? 'HTML' : 'plain-text'} part (${email.charset}, ${email.transfer}; ${email.parts === 1 ? 'its only part' : `one of ${email.parts} parts`})${facts.length > 0 ? `, and ${facts.join(', ')}, as a front matter's would be` : ''}${attached}${forwarding}; lines and columns here are the part's, as decoded from the message`,
    { line: 1, column: 1 },
    Rule.encoding,
  );
}

/** Lines as a message names them: `line 3`, `lines 1–6`. */
function lineSpan(first: number, last: number): string {
  return first === last ? `line ${first}` : `lines ${first}–${last}`;
}

/**
 * An e-mail's headers as front matter: `title` (not a forward's or a reply's subject, `Fwd: …`, which names another's
 * message), `date`, and `source` when the sender is a paper (`江城晚报 <news@…>`; a person, `王芳 <…>`, is no paper).
 */
function emailFacts(email: Email): { title?: string; date?: string; source?: string } {
  // (A forward's or a reply's own date is the day a reader sent it on, not the edition's: the forwarded message's, when its head is found, is.)
  const forwarded = isForwardOrReplySubject(email.subject);
  return {
    ...(email.subject === undefined || forwarded ? {} : { title: email.subject }),
    ...(email.date === undefined || (forwarded && !email.forwarded) ? {} : { date: email.date }),
    ...(email.sender === undefined || !isPaperName(email.sender) ? {} : { source: email.sender }),
  };
}

/** A word processor's document read paragraph by paragraph, as the note says it. */
const BY_PARAGRAPH =
  ', paragraph by paragraph (a table cell or list item a line; headings and bold kept as hints), each footnote under the paragraph that refers to it';

/** A printed page's blocks with heads by size, as the note says it. */
const HEADS_BY_SIZE = 'set well above the body’s type size kept as heads';

/**
 * What each kind of document is called in messages — in a file's label, in the note on how it was read — how its body was
 * read, as that note says it, and its files' extension when not its kind's name (`byName`: the file's own, one of several,
 * `.srt`, `.vtt`, `.ass`).
 */
const DOCUMENT_KINDS: Record<DocumentText['kind'], { label: string; said: string; body: string; extension?: string; byName?: true }> = {
  docx: { label: 'Word document', said: 'a Word document', body: BY_PARAGRAPH },
  doc: { label: 'Word document', said: 'a Word document', body: ' as plain text (table cells apart by tabs), then its text boxes, footnotes and endnotes' },
  odt: { label: 'Word document', said: 'an OpenDocument text', body: BY_PARAGRAPH },
  rtf: { label: 'Word document', said: 'a Rich Text document', body: ' as plain text (a table cell a line), then its footnotes' },
  alto: {
    label: 'ALTO page',
    said: 'an OCR page in ALTO XML',
    body: ` text block by text block (a block a line, its lines joined; blocks ${HEADS_BY_SIZE})`,
    extension: 'xml',
  },
  pagexml: {
    label: 'PAGE XML page',
    said: 'an OCR page in PAGE XML',
    body: ' region by region in the reading order the page states (a region a line, its lines joined; its heading regions kept as heads)',
    extension: 'xml',
  },
  hocr: {
    label: 'hOCR page',
    said: 'an OCR page in hOCR',
    body: ` paragraph by paragraph (a paragraph a line, its lines joined and its words without the spaces the engine put between Chinese characters; paragraphs ${HEADS_BY_SIZE})`,
    extension: 'hocr',
  },
  iiif: {
    label: 'IIIF manifest',
    said: "a IIIF manifest's pages and their OCR annotations",
    body: ` canvas by canvas, a form feed between (each canvas's text annotations, a line of the scan each, gathered into blocks by their places on it, a block a line; blocks ${HEADS_BY_SIZE})`,
    extension: 'json',
  },
  pdf: {
    label: 'PDF',
    said: 'a PDF',
    body: ` page by page from its text layer, a form feed between pages (the text runs gathered into lines by their baselines and into blocks by column, type size and indent, a block a line; blocks ${HEADS_BY_SIZE})`,
  },
  epub: { label: 'e-book', said: 'an e-book', body: BY_PARAGRAPH },
  captions: {
    label: 'subtitle file',
    said: "a broadcast's subtitles",
    body: ' cue by cue in the order shown (the titles shown on screen as heads; the speech joined into paragraphs, one ending at a title, another speaker or a pause after a sentence; overlays such as a lower third kept as printed, a byline under its title; the opening before the first title, a cue a line, kept as the contents; comments and the times of cues left out)',
    byName: true,
  },
  tei: {
    label: 'TEI text',
    said: 'a text in TEI XML',
    body: " block by block from its <text><body> (a paragraph, a division's head or a header block a line; notes, figures and tables kept as printed; a division of readers' comments left out; the title, author, paper and date from its <teiHeader>)",
    extension: 'xml',
  },
  nitf: {
    label: 'NITF story',
    said: "a newsroom's story in NITF",
    body: ' element by element (its headline, subtitles and byline, a paragraph a line; its dateline, captions and tagline kept as printed; the paper, date and page from its <pubdata> and <docdata>)',
    extension: 'xml',
  },
};

/**
 * Bytes a text document could not decode, placed on the U+FFFD characters of its view, in order (the view keeps them all;
 * where it does not, each is placed at the view's start, its byte offset still named).
 */
function inView(view: string, badBytes: Decoded['badBytes']): Decoded['badBytes'] {
  const marks = [...view.matchAll(/\ufffd/gu)].map((match) => match.index);
  return badBytes.map((bad, index) => ({ ...bad, textOffset: marks.length === badBytes.length ? marks[index]! : 0 }));
}

/** A file's extension as named, in lower case (`江城新闻_20240311.SRT` → `srt`). */
function extensionOf(path: string): string {
  return path.slice(path.lastIndexOf('.') + 1).toLowerCase();
}

/** The extension a document's kind is shown with: its kind's files', or the file's own (`named`) for a kind of several. */
function shownExtension(kind: DocumentText['kind'], named: string): string {
  return DOCUMENT_KINDS[kind].byName ? named : (DOCUMENT_KINDS[kind].extension ?? kind);
}

/** How a word document became the text its messages point into: the parts read, in order, and what was left out. */
function noteWordView(file: VFile, word: DocumentText, named: string): void {
  // (An e-book's note waits for its path's facts, which may give its day: `noteBookView`.)
  if (word.book) return;
  const { headerLines, headerPlaces, footerLines, pageNumbers, unplaced, comments, deletions, blankSectionHeaders, countedPages } = word.parts;
  const lines = (count: number): string => `${count} line${count === 1 ? '' : 's'}`;
  const leftOut = [
    ...(pageNumbers.length > 0
      ? [
          `the page-number field${pageNumbers.length === 1 ? '' : 's'} ${pageNumbers.map((value) => `\`${value}\``).join(', ')}, which number the document's printed pages`,
        ]
      : []),
    ...(blankSectionHeaders.length > 0
      ? [`the header of a section with no text (${blankSectionHeaders.map((value) => `\`${value}\``).join(', ')}), which heads nothing`]
      : []),
    ...(comments > 0 ? [`${comments} comment${comments === 1 ? '' : 's'} (批注)`] : []),
    ...(deletions > 0 ? [`${deletions} passage${deletions === 1 ? '' : 's'} deleted with changes tracked (the text as changed is read)`] : []),
  ];
  const parts = [
    ...(headerLines > 0
      ? [
          headerPlaces === 'sections'
            ? `each section's page header where the section begins (${lines(headerLines)})`
            : `its page header (${lines(headerLines)}) first`,
        ]
      : []),
    `its body${DOCUMENT_KINDS[word.kind].body}`,
    ...(footerLines > 0 ? [`its page footer (${lines(footerLines)}) last`] : []),
    ...(countedPages.length > 0
      ? [
          `a page's number from Word's page field counted from its sections, one page each, not the number the file stores (${countedPages.map((value) => `\`${value}\``).join(', ')})`,
        ]
      : []),
  ];
  note(
    file,
    `Read as ${DOCUMENT_KINDS[word.kind].said} (.${shownExtension(word.kind, named)}${named === word.kind || DOCUMENT_KINDS[word.kind].extension !== undefined || DOCUMENT_KINDS[word.kind].byName || (named === 'docm' && word.kind === 'docx') ? '' : `, though named .${named}`}): ${parts.join(', ')}; line numbers in messages count the lines so read${
      leftOut.length > 0 ? `; left out, as no printed text: ${leftOut.join('; ')}` : ''
    }`,
    { line: 1, column: 1 },
    Rule.encoding,
  );
  if (unplaced.length > 0) {
    warn(
      file,
      `The document's sections print page headers of their own, but a ${word.kind === 'rtf' ? 'Rich Text' : 'Word 97'} document does not say where each section begins: the first section's is read on top, the others' are not (${unplaced.map((value) => `\`${value}\``).join(', ')}), and the text under them is filed on the pages its body prints, or on the first`,
      'open it in Word, WPS or LibreOffice and save it as .docx, which Baoku reads section by section',
      { line: 1, column: 1 },
      Rule.noPage,
    );
  }
}
