/**
 * Settle what a file says of itself — paper, date, page, order — from every
 * source there is: the printed header (masthead and date line), a credit
 * line or a bare date in the text, YAML front matter, the file's path, and
 * the per-paper settings of baoku.config.ts. The date comes from the first
 * source of the paper's `dateFrom` order that has one (default: text, front
 * matter, path); when two sources disagree the user is told both values and
 * which one was used. A date that cannot exist is an error at its place.
 */
import type { VFile } from 'vfile';
import type { PaperSettings } from '../../../src/archive/config.ts';
import { datelineParts, type TextHeader } from '../parse-header.ts';
import { Rule, error, note, warn } from '../report.ts';
import { isMarkup, type FactSource, type PageHeader, type RawLine } from '../types.ts';
import { calendarDate, isoDate, sameDay } from './calendar.ts';
import type { FrontmatterFacts } from './from-frontmatter.ts';
import type { PathFacts } from './from-path.ts';
import { isAgencyName, isPaperName, isProductOf, mastheadPaper, paperInSource, withoutEdition } from '../rules/paper-name.ts';
import { matchRelativeTime } from '../rules/relative-time.ts';
import { dateLabel, isPiecesOwnDate, isReprintCredit, matchCreditLine, matchDateOnlyLine, matchInfoLine, type TextDate } from './from-text.ts';
import { matchLibraryCitation } from './library-citation.ts';
import { OWN_LEAD, matchLeadByline } from '../rules/byline.ts';
import { matchLabelledField, separateFields } from '../rules/labelled-field.ts';
import type { IssueOfFolder } from '../issue-folder.ts';
import { dateInAddresses } from './from-address.ts';
import { matchPageHeader } from '../rules/page-header.ts';
import { isRelatedHeading, isStructureLine, pageFootNumber } from '../rules/structure-line.ts';
import { ambiguousYearLast, yearAndNumber } from '../rules/dateline.ts';
import { shorten } from '../punctuation.ts';
import { slicePosition } from '../lines.ts';
import { lettersPlain } from '../../../src/archive/pages.ts';

/** How many days from a post's date its note of the printed issue may give (`本文刊发于《…》…第2版`) and still date it. */
const PRINTED_WITHIN_DAYS = 7;

export interface FactInputs {
  file: VFile;
  /** Path relative to the input root. */
  path: string;
  lines: RawLine[];
  header: TextHeader | undefined;
  frontmatter: FrontmatterFacts | undefined;
  pathFacts: PathFacts;
  /** The paper's settings, if baoku.config.ts has some for this file's folder or masthead. */
  paperSettings: PaperSettings | undefined;
  /** The file's markup says it holds one article (an HTML page with a single `<h1>` or `<article>`). */
  oneArticle?: boolean;
  /** The issue of the file's other pages in its folder (`issue-folder.ts`): its date and paper when the file prints none. */
  issue?: IssueOfFolder;
}

export interface Resolved {
  header: PageHeader;
  /** The lines after the header material. */
  body: RawLine[];
  /** A paper's name in a credit line or front matter (a site's `来源：央视网`) that the configuration's `name` outranked. */
  setAside?: { source: FactSource; name: string; line: RawLine | undefined };
}

/** Lines near the top (and bottom) of a file where a credit line or a bare date may stand. */
const NEAR = 5;

interface Candidate {
  source: FactSource;
  date: string;
  printed: string;
  line?: RawLine;
}

/** A folder named for a month (`2024-03/`, `2024年3月/`, `202403/`). */
const FOLDER_MONTH = /\/((?:19|20)[0-9]{2})(?:[-_.]|\s*年\s*)?(0?[1-9]|1[0-2])月?(?=\/)/u;

/** A site's stamp of publication: a line that opens with a date and its time of day (`2024/3/7 10:00`, `2024-03-11 03:17 聯合報／…`, `2024年03月08日09:51`). */
const SITE_STAMP = /^(?:19|20)[0-9]{2}[-/.年][01]?[0-9][-/.月][0-3]?[0-9](?:日[\s\u3000]*|[\s\u3000]+)[0-2]?[0-9]:[0-5][0-9](?![0-9])/u;

export function resolveFacts(inputs: FactInputs): Resolved | undefined {
  const { file, lines, header, frontmatter, pathFacts, paperSettings } = inputs;
  const consumed = new Set<RawLine>();
  const candidates: Candidate[] = [];
  let impossible = false;
  const consider = (source: FactSource, date: TextDate, line?: RawLine): void => {
    const checked = calendarDate(date.year, date.month, date.day);
    if ('impossible' in checked) {
      impossible = true;
      error(
        file,
        `The date \`${date.printed}\` (${checked.impossible}) does not exist`,
        'correct the date as printed on the page; the file was not ingested',
        line?.position,
        Rule.impossibleDate,
      );
      return;
    }
    candidates.push({ source, date: checked.date, printed: date.printed, ...(line ? { line } : {}) });
  };

  // The text: a date line under a masthead, a credit line, or a line that is only a date.
  let credit: { paper?: string; page?: number; line: RawLine } | undefined;
  /** A reprint's credit (`原载《溪浦晚报》2024年7月4日第7版`): where the story first ran, its paper, page and day. */
  let original: OriginalPrinting | undefined;
  if (header) {
    const [year, month, day] = header.dateline.date.split('-').map(Number) as [number, number, number];
    consider('text', { year, month, day, printed: header.dateLine.text }, header.dateLine);
    // (A date line that is a story's credit names its paper too: `【解放军报】2024-04-19 第9版` under a headline; a reprint's, `原载《人民日报》…`, does not.)
    const named = isReprintCredit(header.dateLine.text) ? undefined : matchCreditLine(header.dateLine.text);
    if (named?.paper !== undefined) credit = { line: header.dateLine, paper: named.paper, ...(named.page !== undefined ? { page: named.page } : {}) };
    if (named === undefined) original = originalPrinting(matchCreditLine(header.dateLine.text));
    // (An article page's own line of byline, page and date under its headline, `本报记者 林丽鹂 第03版：综合新闻 2024-06-02`: its page.)
    if (!credit && header.page === undefined) {
      // (Not a reprint's credit or a line that cites a paper in its marks, `原载《人民日报》…第5版`, `【临江日报】… 第3版`: another page's.)
      const own = lines
        .slice(0, NEAR * 2)
        .filter((line) => line !== header.dateLine && !isReprintCredit(line.text) && !/[《【]/u.test(line.text))
        .map((line) => matchCreditLine(line.text))
        .find((date) => date?.page !== undefined && isoDate(date.year, date.month, date.day) === header.dateline.date);
      if (own?.page !== undefined) credit = { line: header.dateLine, page: own.page };
    }
  } else {
    // Every credit or information line near the top and foot: a labelled date of publication first (`publish_time:`), else the first;
    // a retrieval stamp (`抓取时间：`, `crawl_time:`) dates no issue. The others are compared with it, and stay where they are.
    // (Counted in lines of text: a picture or a table of a note's metadata over them, `| Created at | … |`, does not push them out;
    // nor does a document's furniture under the foot's credit, `2/2` / `本文档由用户上传…`.)
    const furniture = (line: RawLine): boolean => isStructureLine(line.text) && matchCreditLine(line.text) === undefined && !matchDateOnlyLine(line.text);
    const text = lines.filter((line) => line.hint?.media !== true && !furniture(line));
    // (A reading list's credits, under `延伸阅读` or `相关新闻`, are other stories': the foot is the text's above the list.)
    const related = text.findIndex((line) => isRelatedHeading(line.text));
    const own = related === -1 ? text : text.slice(0, related);
    const near = [...own.slice(0, NEAR), ...own.slice(Math.max(NEAR, own.length - 3))];
    const found = near.flatMap((line) => {
      const date = dateLabel(line.text) === 'retrieval' ? undefined : (matchCreditLine(line.text) ?? markupDate(line));
      // (A library's citation of another day than the file's name gives is a reference the text makes — a translation's
      // source, a column's list of sources — not the copy's own credit: `The Economist, 8 March 2024, page 12` in `2024-03-10/`.)
      if (date && pathFacts.date && matchLibraryCitation(line.text) !== undefined && isoDate(date.year, date.month, date.day) !== pathFacts.date.value)
        return [];
      // (Nor does a reprint's credit date a copy its path dates: `（原载《人民日报》2024年3月14日 09版）` in `运河日报/20240316-04-01.txt`
      // ran on the 14th in another paper; a copy with no day of its own, a blog's post of it, is the printed story's.)
      if (date && pathFacts.date && isReprintCredit(line.text)) return [];
      return date ? [{ line, date }] : [];
    });
    const published = found.find(({ line }) => dateLabel(line.text) === 'publication');
    // A credit that names the paper or page (`来源：运河日报  2024-04-11  第01版`) is the file's date line when its date is the publication's.
    // Where the same paper's printed page gives another day (`本文刊发于《桐溪日报》2024年3月10日第2版` under a post's
    // `桐溪日报 2024-03-11 07:30`), that credit is: the issue is the printed one, the day it was posted is the site's. (Another
    // paper's page, `《光明日报》（2024年05月04日 第 07 版）` under `来源：临江日报`, is that paper's.)
    const firstNaming = found.find(({ date }) => date.paper !== undefined || date.page !== undefined);
    // (It names the paper: `原文刊发于…第2版`, a correction's pointer to the story it corrects, is read as no paper's credit.)
    const printed = found.find(
      ({ line, date }) =>
        date.page !== undefined && date.paper !== undefined && !isReprintCredit(line.text) && (firstNaming?.date.paper ?? date.paper) === date.paper,
    );
    // (Within a week of the post: a column that reposts what the paper printed decades ago, `1984年3月4日第1版`, is dated by its post.)
    const daysApart = (a: TextDate, b: TextDate): number => Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / 86_400_000;
    const naming =
      printed && firstNaming && !sameDay(printed.date, firstNaming.date) && daysApart(printed.date, firstNaming.date) <= PRINTED_WITHIN_DAYS
        ? printed
        : firstNaming;
    const first = naming && (!published || sameDay(naming.date, published.date)) ? naming : (published ?? found[0]);
    if (first) {
      const { line, date } = first;
      consider('credit', date, line);
      consumed.add(line);
      // (A reprint's credit, `原载《人民日报》…`, names where the story first ran: no paper or page of this copy.)
      const reprint = isReprintCredit(line.text);
      const paperName = reprint ? undefined : (date.paper ?? naming?.date.paper);
      // (Or the page another credit of the same day gives, of the same paper: an e-paper's copy closes its text with
      // `《澄州晚报》（2024年05月04日 第 02 版）` under a line of date and source that names no page.)
      const samePage = found.find(
        (other) =>
          other.date.page !== undefined &&
          sameDay(other.date, date) &&
          !isReprintCredit(other.line.text) &&
          (other.date.paper === undefined || other.date.paper === paperName),
      )?.date.page;
      // (In a file that opens pages by their headers, `第01版` … `第02版`, a credit's page is its own article's, not the file's.)
      const pages = new Set(lines.flatMap((other) => (isMarkup(other) ? [] : [matchPageHeader(other.text)?.page])).filter((value) => value !== undefined));
      const page = reprint || pages.size > 1 ? undefined : (date.page ?? naming?.date.page ?? samePage);
      credit = { line, ...(paperName ? { paper: paperName } : {}), ...(page !== undefined ? { page } : {}) };
      if (reprint) original = originalPrinting(date);
      for (const other of found) if (other !== first) consider('credit', other.date, other.line);
    }
    if (!credit) {
      const bare = text
        .slice(0, NEAR)
        .filter((line, index) => dateLabel(line.text) !== 'retrieval' && matchDateOnlyLine(line.text) && !isPiecesOwnDate(text, index))
        .sort((a, b) => Number(dateLabel(b.text) === 'publication') - Number(dateLabel(a.text) === 'publication'))[0];
      if (bare) {
        consider('text', matchDateOnlyLine(bare.text)!, bare);
        consumed.add(bare);
      }
    }
  }
  if (frontmatter?.date) consider('frontmatter', frontmatter.date);
  if (frontmatter?.badDate !== undefined) {
    warn(file, `The front matter's date \`${frontmatter.badDate}\` is not a date`, 'write it as `date: YYYY-MM-DD`', { line: 1, column: 1 }, Rule.frontmatter);
  }
  if (pathFacts.date) candidates.push({ source: 'path', date: pathFacts.date.value, printed: pathFacts.date.printed });
  if (pathFacts.impossible) {
    // A name's day that does not exist is a slip in the name: the day the page prints (or its front matter gives) stands, said so; with none, nothing dates the file.
    // (Only a day near the name's: the same year and month, or the next, as a slip gives — `20230230.txt` holding 2月28日. A timeline's
    // `2023年1月15日` in `20240230/` is no fix of the name.)
    const [, year, month] = /([0-9]{4})-([0-9]{2})/u.exec(pathFacts.impossible) ?? [];
    const near = (date: string): boolean => {
      const [printedYear, printedMonth] = date.split('-').map(Number) as [number, number];
      return Math.abs(printedYear * 12 + printedMonth - (Number(year) * 12 + Number(month))) <= 1;
    };
    const printed = candidates.find((candidate) => candidate.source !== 'path' && near(candidate.date));
    if (printed) {
      warn(
        file,
        `The file name's date ${pathFacts.impossible} does not exist: the file is dated ${printed.date} by ${printed.source === 'frontmatter' ? 'its front matter' : `\`${shorten(printed.printed, 40)}\``}`,
        'rename the file with the date printed on the page',
        printed.line?.position ?? { line: 1, column: 1 },
        Rule.impossibleDate,
      );
    } else {
      impossible = true;
      error(
        file,
        `The file name's date ${pathFacts.impossible} does not exist`,
        'rename the file with the date printed on the page',
        { line: 1, column: 1 },
        Rule.impossibleDate,
      );
    }
  }
  if (impossible) return undefined;

  // A date the text prints but cannot settle (`07/03/2024`, day or month first): the month its folder names (`2024-03/`) settles it, said so.
  const ambiguous = firstNear(lines, ambiguousYearLast);
  const folderMonth = FOLDER_MONTH.exec(`/${inputs.path.split('/').slice(0, -1).join('/')}/`);
  if (ambiguous && candidates.length === 0 && folderMonth) {
    const month = `${folderMonth[1]}-${folderMonth[2]!.padStart(2, '0')}`;
    const readings = [ambiguous.found.dayFirst, ambiguous.found.monthFirst].filter((reading) => reading.startsWith(`${month}-`));
    if (readings.length === 1) {
      candidates.push({ source: 'text', date: readings[0]!, printed: ambiguous.found.printed, line: ambiguous.line });
      note(
        file,
        `\`${ambiguous.found.printed}\` may be read day first or month first: read as ${readings[0]}, in the month its folder names (\`${folderMonth[0].replace(/^\/|\/$/gu, '')}\`)`,
        ambiguous.line.position,
        Rule.ambiguousDate,
      );
    }
  }
  const order: FactSource[] = (paperSettings?.dateFrom ?? ['text', 'frontmatter', 'path']).flatMap((source): FactSource[] =>
    source === 'text' ? ['text', 'credit'] : [source],
  );
  // A page that prints no date, in a folder of one issue's pages: the date of its issue's other pages, said so.
  const ofIssue: Candidate | undefined =
    inputs.issue && inputs.issue.by !== 'paper' ? { source: 'issue', date: inputs.issue.date, printed: inputs.issue.from } : undefined;
  // A clipped page that keeps no date but the address it was saved from (`…/html/2024-04/08/content_5249.htm`): that address's day, said so.
  const address = frontmatter?.addressDate ? { date: frontmatter.addressDate, line: undefined } : dateInAddresses(lines);
  const addressDay = address ? calendarDate(address.date.year, address.date.month, address.date.day) : undefined;
  const ofAddress: Candidate | undefined =
    address && addressDay && 'date' in addressDay
      ? { source: 'address', date: addressDay.date, printed: address.date.printed, ...(address.line ? { line: address.line } : {}) }
      : undefined;
  const first =
    order.map((source) => candidates.find((candidate) => candidate.source === source)).find((candidate) => candidate !== undefined) ?? ofIssue ?? ofAddress;
  // A date line of the month alone (`2024年4月（总第58期）`): a day its front matter or name gives in that month is the issue's; with
  // none, the month's first day stands for it, the issue marked as printing no day.
  const monthOnly = header?.dateline.monthOnly === true && first?.line === header.dateLine;
  const dayInMonth = monthOnly ? candidates.find((candidate) => candidate !== first && candidate.date.slice(0, 7) === first.date.slice(0, 7)) : undefined;
  const chosen = dayInMonth ?? first;
  // A post's time printed relative to when its page was saved (`昨天 18:30`): a date from anywhere but the text may be that day.
  const relative =
    chosen && !['text', 'credit', 'frontmatter'].includes(chosen.source) ? lines.slice(0, NEAR).find((line) => matchRelativeTime(line.text)) : undefined;
  if (chosen && relative) {
    warn(
      file,
      `The page prints its time as \`${shorten(relative.text, 40)}\`, counted from the day it was saved, which it does not give: the date ${chosen.date} taken from ${chosen.source === 'path' ? 'the file name' : chosen.source === 'address' ? 'the address it was saved from' : `its ${chosen.source}`} may be that day, not the paper's`,
      "check the paper's date and put it in the file name or in front matter (`date: YYYY-MM-DD`)",
      relative.position,
      Rule.relativeDate,
    );
  }
  if (chosen && chosen === ofAddress) {
    note(
      file,
      `No date in this file but the address it was saved from: dated ${chosen.date} by \`${shorten(chosen.printed, 60)}\``,
      chosen.line?.position ?? { line: 1, column: 1 },
      Rule.dateFromAddress,
    );
  }
  if (chosen && chosen === ofIssue && inputs.issue) {
    note(
      file,
      inputs.issue.by === 'story'
        ? `No date in this file: dated ${inputs.issue.date} as the first page of its story (\`${inputs.issue.from}\`), of ${inputs.issue.paper}`
        : `No date in this file: dated ${inputs.issue.date} as the other pages of its issue in the same folder (\`${inputs.issue.from}\`), of ${inputs.issue.paper}`,
      { line: 1, column: 1 },
      Rule.dateFromIssue,
    );
  }
  if (!chosen) {
    // A date the text prints but cannot settle (`07/03/2024`): named, with both readings.
    if (ambiguous) {
      const { printed, dayFirst, monthFirst } = ambiguous.found;
      error(
        file,
        `No date for this file: \`${printed}\` may be ${dayFirst} (day first) or ${monthFirst} (month first), and no weekday beside it, front matter or path says which`,
        `add \`date: ${dayFirst}\` (or the other) in front matter, a date in the file name, or a \`filePattern\` for this paper in baoku.config.ts`,
        ambiguous.line.position,
        Rule.noDate,
      );
      return undefined;
    }
    // An issue numbered within its year (`2024年第3期`): named, so the user knows what was read and what is missing.
    const numbered = firstNear(lines, yearAndNumber);
    if (numbered && paperSettings?.filePattern === undefined) {
      const { printed, year } = numbered.found;
      error(
        file,
        `No date for this file: \`${printed}\` names the issue's year and number but no month or day, and an issue is filed by the day or month it came out; no \`date\` in front matter, no date in the path \`${inputs.path}\``,
        `add the day it came out as \`date: ${year}-07-15\` in front matter or in the file name (\`${year}0715.txt\`), or, if only its month is known, the month beside the number (\`${printed}　${year}年7月\`)`,
        slicePosition(numbered.line, numbered.found.from, numbered.found.to),
        Rule.noDate,
      );
      return undefined;
    }
    const first = lines[0];
    error(
      file,
      `No date for this file: no date line in the first lines${first ? ` (the first line reads \`${shorten(first.text, 30)}\`)` : ''}, no \`date\` in front matter, no date in the path \`${inputs.path}\``,
      paperSettings?.filePattern === undefined
        ? 'add a date line such as `2024年3月8日 星期五` under the masthead, `date: 2024-03-08` in front matter, a date in the file name (`20240308-01-02.txt`), or a `filePattern` for this paper in baoku.config.ts'
        : `the \`filePattern\` set for this paper in baoku.config.ts (\`${paperSettings.filePattern}\`) gives no date for this path: correct it, or add a date line or \`date:\` in front matter`,
      first?.position,
      Rule.noDate,
    );
    return undefined;
  }
  for (const other of candidates) {
    if (other.date === chosen.date || other === chosen) continue;
    // (A date line of the month alone agrees with any day of that month: `2024年4月` over `20240415.txt`.)
    if (monthOnly && other === first && other.date.slice(0, 7) === chosen.date.slice(0, 7)) continue;
    warn(
      file,
      `The ${describeSource(chosen.source)} gives ${chosen.date} (\`${chosen.printed}\`) but ${other.source === chosen.source ? 'another' : 'the'} ${describeSource(other.source)} gives ${other.date} (\`${other.printed}\`); ${chosen.date} is used`,
      'correct the wrong one, or set `dateFrom` for this paper in baoku.config.ts',
      (other.line ?? chosen.line)?.position,
      Rule.factConflict,
    );
  }

  // The paper: as printed, else as the user names it (a file pattern's group, the configuration's name), else as a credit line or
  // front matter names it (a site's `来源：央视网` names the site, not the paper the user keeps), else the folder.
  const masthead = header?.masthead ? mastheadPaper(header.masthead.text) : undefined;
  if (masthead?.corrected && header?.masthead)
    note(
      file,
      `The masthead reads \`${header.masthead.text}\`: OCR's \`曰\` for \`日\`, the paper is named ${masthead.paper} (the line is kept as printed)`,
      header.masthead.position,
      Rule.paperFromFolder,
    );
  // (A paper's product under its name, `江城晚报·早班车` over an e-mail its sender `江城晚报` sent, is that paper's; the line is kept as printed.)
  const product = masthead !== undefined && frontmatter?.paper !== undefined && isProductOf(masthead.paper, frontmatter.paper) ? frontmatter.paper : undefined;
  if (product !== undefined && header?.masthead)
    note(
      file,
      `The masthead \`${header.masthead.text}\` names a product of ${product}, which its front matter or sender names: filed under ${product} (the line is kept as printed)`,
      header.masthead.position,
      Rule.paperFromFolder,
    );
  const papers: Array<[FactSource, string | undefined]> = [
    // (A letter-spaced masthead, `人　民　日　报`, or one OCR split or misread, `人 民日报`, `人民曰报`, names 人民日报; the line is kept as printed.)
    ['text', product ?? masthead?.paper],
    ['path', pathFacts.paper],
    ['config', paperSettings?.name],
    // (A news agency a copy credits, `来源：新华社`, is the story's source: a folder named for a paper names the paper that ran it.)
    ['credit', agencyBesidePaper(credit?.paper ?? sourceField(lines), pathFacts.folder)],
    ['frontmatter', frontmatter?.paper],
    // (Or, for a page that names no paper, its issue's other pages in its folder: `issue-folder.ts`'s `paperOfFolder`.)
    ['issue', chosen === ofIssue || inputs.issue?.by === 'paper' ? inputs.issue?.paper : undefined],
    // (A copy that names no paper of its own, dated by the reprint's credit it carries — a reporter's blog of what the paper
    // printed, `原载《溪浦晚报》2024年7月4日第7版` — is that story's: the paper that printed it, not the folder.)
    ['credit', original?.date === chosen.date ? original.paper : undefined],
    ['folder', pathFacts.folder],
  ];
  const [paperFrom, named] = papers.find((entry): entry is [FactSource, string] => entry[1] !== undefined)!;
  if (paperFrom === 'issue' && inputs.issue?.by === 'paper')
    note(
      file,
      `No paper name in this file: filed under ${inputs.issue.paper} as the other pages of its issue in the same folder (\`${inputs.issue.from}\`)`,
      { line: 1, column: 1 },
      Rule.paperFromFolder,
    );
  // (A site's edition, `南方日报数字报`, is its paper's: the folder's name is the user's, as it stands.)
  const paper = paperFrom === 'folder' || paperFrom === 'config' || paperFrom === 'path' ? named : withoutEdition(named);
  // A name the text gives that the configuration's name set aside, said once (`notePaperSetAside`).
  const setAside =
    paperFrom === 'config'
      ? papers.find(([source, name]) => (source === 'credit' || source === 'frontmatter') && name !== undefined && name !== paper)
      : undefined;

  const result: PageHeader = {
    paper,
    paperFrom,
    date: chosen.date,
    dateFrom: chosen.source,
    // (A product's masthead, `江城晚报·早班车`, names another than the paper filed: kept as printed, as a letter-spaced one is.)
    extras:
      product !== undefined && header?.masthead && !header.extras.includes(header.masthead.text)
        ? [header.masthead.text, ...header.extras]
        : (header?.extras ?? []),
    // One article per file: its place comes from outside the text (a file name's article number or headline, front matter's title),
    // or its head is an export's: labelled fields (`标题：…`) or a portal's line of source and date (`来源：运河日报 2024-04-11`), as article pages
    // are saved from a paper's site. (A page as printed has a masthead and a date line.)
    // (A page dated as its issue's other pages is one of them, never an article file.)
    article:
      (inputs.oneArticle === true && chosen !== ofIssue) ||
      // A headline over a site's stamp of the day and time (`2024/3/7 10:00（3/7 11:02 更新）`), no masthead: a page as printed prints no time.
      (header?.masthead === undefined &&
        chosen !== ofIssue &&
        lines.slice(1, NEAR).some((line) => SITE_STAMP.test(line.text)) &&
        !lines.some((line) => matchPageHeader(line.text) !== undefined) &&
        !holdsSeveralArticles(lines)) ||
      (header === undefined &&
        chosen !== ofIssue &&
        // A text with page headers (`第1版`) is a page or an issue, whatever its name says.
        !lines.some((line) => matchPageHeader(line.text) !== undefined) &&
        (pathFacts.order !== undefined ||
          // A headline in the file's name (`2024-03-15/习近平会见越南国家主席.txt`), over text that holds one story.
          (pathFacts.title !== undefined && !holdsSeveralArticles(lines)) ||
          frontmatter?.order !== undefined ||
          (frontmatter?.title !== undefined && !namesIssue(frontmatter.title, paper, chosen.date)) ||
          (((credit !== undefined && matchInfoLine(credit.line.text)?.paper !== undefined) ||
            // A site's stamp of publication (`发布时间：2024-04-15 19:33`, `publish_time: …`): a page as printed prints none.
            (chosen.line !== undefined && dateLabel(chosen.line.text) === 'publication') ||
            lines.slice(0, NEAR).some((line) => matchLabelledField(line.text)?.field === 'title')) &&
            !holdsSeveralArticles(lines)))),
  };
  if (monthOnly && dayInMonth === undefined) {
    result.monthOnly = true;
    note(
      file,
      `The issue prints its month and no day (\`${shorten(header.dateLine.text, 40)}\`): filed under ${chosen.date}, the month's first day, and shown and cited by its month; give its day as \`date:\` in front matter or in the file name if it has one`,
      header.dateLine.position,
      Rule.monthOnly,
    );
  }
  if (header?.masthead) result.mastheadLine = header.masthead;
  // (A date line of the month alone is kept as printed when the file's name gives the day in it.)
  const dateLine = chosen.line ?? (monthOnly ? header.dateLine : undefined);
  if (dateLine) result.dateLine = dateLine;
  if (header) Object.assign(result, datelineParts(header));
  // (A page of an issue's folder named by its number, `No.336/02.txt`, is that page.)
  // (A page the text numbers plainly and the file's name letters, `A02.pdf` printing `第2版`, is the lettered page: the
  // letter says the section, which the text leaves out.)
  const printed =
    header?.page ?? credit?.page ?? frontmatter?.page ?? (original !== undefined && named === original.paper ? original.page : undefined) ?? footPage(lines);
  const page =
    (printed !== undefined && pathFacts.page !== undefined && lettersPlain(pathFacts.page, printed) ? pathFacts.page : printed) ??
    pathFacts.page ??
    // (Or the page the address it was saved from names: `…?date=2024-01-16&page=01`, `nw.D110000renmrb_20240305_1-01.htm`.)
    frontmatter?.addressPage ??
    // (Not a later page of a web story dated by its first page: `content_1001_2.htm` is no page 2 of the paper.)
    (chosen === ofIssue && inputs.issue?.by !== 'story' ? pathFacts.order : undefined);
  if (page !== undefined) result.page = page;
  if (header?.pageHeader !== undefined) result.pageHeader = header.pageHeader;
  const articleOrder = frontmatter?.order ?? pathFacts.order;
  if (articleOrder !== undefined) result.order = articleOrder;
  if (header) {
    for (const line of lines.slice(0, header.bodyStart)) if (!header.above.includes(line)) consumed.add(line);
  }
  return {
    header: result,
    body: lines.filter((line) => !consumed.has(line)),
    ...(setAside?.[1] !== undefined ? { setAside: { source: setAside[0], name: setAside[1], line: setAside[0] === 'credit' ? credit?.line : undefined } } : {}),
  };
}

/** The first of the file's first lines (`NEAR`) that `read` reads, with what it read. */
function firstNear<T>(lines: RawLine[], read: (text: string) => T | undefined): { line: RawLine; found: T } | undefined {
  for (const line of lines.slice(0, NEAR)) {
    const found = read(line.text);
    if (found !== undefined) return { line, found };
  }
  return undefined;
}

/**
 * The page a file of one page prints at its foot alone (`—4—` last, as `pdfseparate` and `pdftotext` leave a page whose
 * number is printed only there): the file's last line, no other foot above it, no form feed between pages.
 */
function footPage(lines: RawLine[]): number | undefined {
  const last = lines.at(-1);
  const page = last === undefined ? undefined : pageFootNumber(last.text);
  if (page === undefined || page === 0) return undefined;
  return lines.slice(0, -1).some((line) => line.hint?.afterFormFeed === true || pageFootNumber(line.text) !== undefined) ? undefined : page;
}

const OWN_LEAD_START = new RegExp(`^[【[]?${OWN_LEAD}`, 'u');

/** A text that holds several articles: two or more labelled titles (`标题：…`) or leads (`本报讯…`, `新华社北京3月7日电（记者…）`). */
function holdsSeveralArticles(lines: RawLine[]): boolean {
  const titles = lines.filter((line) => matchLabelledField(line.text)?.field === 'title').length;
  // A lead that opens a story of the paper's own or of an agency (`本报讯`, `新华社北京3月7日电（记者…）`), not a paragraph citing one (`据商务部门消息`).
  const leads = lines.filter((line) => OWN_LEAD_START.test(line.text) || matchLeadByline(line.text) !== undefined).length;
  return titles > 1 || leads > 1;
}

/**
 * A head's own field naming where the story comes from (`来源：南方日报`, `source: 羊城晚报`, `来源：北京青年报　作者：本报记者 王磊`),
 * or the account that posted it, as WeChat exporters head a post (`公众号: 江澜晚报`).
 */
const SOURCE_FIELD =
  /^(?:来源|來源|稿源|本文来源|本文來源|文章来源|文章來源|出处|出處|source|公众号|公眾號|微信公众号|微信公眾號)\s*[：:]\s*([^\s：:]{2,24})(?:[\s\u3000]+[^\s：:]{1,6}[：:].*)?$/iu;

/**
 * The paper the head of an article's file names as its source with no date
 * beside it: a source field, a paper's name alone over or under the
 * portal's line of date and time (`钱江晚报` / `2024-10-15 07:30发布于浙江`),
 * or beside a relative time (`齐鲁晚报 昨天 18:30 发布于山东`).
 * Only a paper's name counts (a site's, `央视网`, is not).
 */
function sourceField(lines: readonly RawLine[]): string | undefined {
  // (Counted in the text's lines: a page's furniture over it — a logo, a menu, a breadcrumb, a note's title — is none.)
  const top = lines.filter((line) => line.hint?.properties !== true && line.hint?.media !== true).slice(0, NEAR);
  return top
    .map((line, index) => {
      const field = SOURCE_FIELD.exec(separateFields(line.text))?.[1];
      if (field !== undefined) return paperInSource(field);
      const relative = matchRelativeTime(line.text);
      if (relative) return relative.paper;
      const besideInfo = [top[index - 1], top[index + 1]].some((next) => next !== undefined && matchInfoLine(next.text) !== undefined);
      // (A post's account line, `原创 江城晚报 江城晚报`, names the account once.)
      return besideInfo ? mastheadPaper(line.text).paper : undefined;
    })
    .find((value) => value !== undefined && isPaperName(value));
}

/** A title that names the issue (`海河时报 2022年5月8日`), not an article: it has the paper's name or a date. */
export function namesIssue(title: string, paper: string, date: string): boolean {
  return title.includes(paper) || title.includes(date) || /[0-9]{4}\s*[年\-/.]\s*[0-9]{1,2}/u.test(title);
}

/** Say once per pair of names that the configuration's name was used over the one a credit line or front matter gives. */
export function notePaperSetAside(file: VFile, resolved: Resolved, noted: Set<string>): void {
  const { setAside, header } = resolved;
  const key = `${header.paper}\u0000${setAside?.name}`;
  if (!setAside || noted.has(key)) return;
  noted.add(key);
  note(
    file,
    `The ${describeSource(setAside.source)} names \`${setAside.name}\` but baoku.config.ts names this folder's paper \`${header.paper}\`, which is used (said once for these two names)`,
    setAside.line?.position ?? { line: 1, column: 1 },
    Rule.factConflict,
  );
}

/** Say once per folder that its name (or, for a web crawl's capture, what stood for it: `PathFacts.folderIs`) was taken for the paper's name. */
export function notePaperFromFolder(file: VFile, header: PageHeader, noted: Set<string>, folderIs = "the folder's name"): void {
  if (header.paperFrom !== 'folder' || noted.has(header.paper)) return;
  noted.add(header.paper);
  note(
    file,
    `No paper name in the text, front matter or baoku.config.ts: ${folderIs} \`${header.paper}\` is taken for the paper (said once per ${folderIs === "the folder's name" ? 'folder' : 'name'})`,
    { line: 1, column: 1 },
    Rule.paperFromFolder,
  );
}

/** A source of a fact as messages name it (`the file path`, `the issue's other pages`). */
export function describeSource(source: FactSource): string {
  return {
    text: 'date line',
    credit: 'credit line',
    frontmatter: 'front matter',
    field: "data file's field",
    path: 'file path',
    config: 'configuration',
    issue: "issue's other pages",
    address: 'address it was saved from',
    folder: 'folder name',
  }[source];
}

/** A credit's paper, unless it is a news agency and the folder names a paper (`运河日报/…` holding a Xinhua story it ran). */
function agencyBesidePaper(name: string | undefined, folder: string): string | undefined {
  // (A folder named for the paper's site or edition, `岭南商报网`, `南方日报数字报`, names the paper.)
  return name !== undefined && isAgencyName(name) && isPaperName(withoutEdition(folder)) ? undefined : name;
}

/** Where a reprinted story first ran, as its credit names it: paper, day (`YYYY-MM-DD`) and page. */
interface OriginalPrinting {
  paper: string;
  date: string;
  page?: number;
}

/** The printing a reprint's credit names, if it names the paper (`原载《溪浦晚报》2024年7月4日第7版`). */
function originalPrinting(credit: TextDate | undefined): OriginalPrinting | undefined {
  if (credit?.paper === undefined) return undefined;
  return { paper: credit.paper, date: isoDate(credit.year, credit.month, credit.day), ...(credit.page !== undefined ? { page: credit.page } : {}) };
}

/** The day a line's markup gives it (`<time datetime="2024-04-27T…">` on a post's line of meta: `formats/html.ts`), as a credit's date. */
function markupDate(line: RawLine): TextDate | undefined {
  const [year, month, day] = (line.hint?.datetime ?? '').split('-').map(Number);
  return year && month && day ? { year, month, day, printed: line.text } : undefined;
}
