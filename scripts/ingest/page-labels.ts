/**
 * Lettered page labels inside a whole issue's text — `A1　要闻`, `T01　两会特刊`, `B1　城事`, a label beside its page's
 * name, as e-paper copies and some typeset exports open each page — told apart from a story's subheads that look the
 * same (`T1 航站楼`, `维生素 B1`, `B1 轮融资`): how a label stands on its page (`setApart`), whether a body opens its
 * pages with such labels in the order pages follow (`namedLabelsInOrder`), and the page's own lines over its label
 * (`headsPage`: its name set large, the mark of its stack of sheets; `pageMasthead`: a supplement's name and number atop
 * its text). `parse-body.ts` cuts the pages with them. May import
 * the line rules (`rules/`), `punctuation.ts`, the archive's page numbers (`src/archive/pages.ts`) and `types.ts`.
 */
import { SECTION_SPAN, followsPage } from '../../src/archive/pages.ts';
import { endsSentence } from './punctuation.ts';
import { unspaced } from './rules/letter-spacing.ts';
import { matchPageHeader } from './rules/page-header.ts';
import { isStructureLine } from './rules/structure-line.ts';
import { isTitleLine } from './rules/title-line.ts';
import { isMarkup, type RawLine } from './types.ts';

/** Whether a line right over a page's label is that page's own: its name set apart (`两会特刊` over `T01　两会特刊`), or its section's stack (`B叠` over `B1`). */
export function headsPage(text: string, label: { label?: string; section?: string }): boolean {
  const name = label.label?.replace(/^.*[\s\u3000]/u, '');
  if (name !== undefined && unspaced(text) === name) return true;
  const stack = /^([A-Z])[叠疊]/u.exec(text)?.[1];
  return stack !== undefined && stack === label.section;
}

/** A supplement's number alone on its line (`第1128期`, `总第88期`). */
const ISSUE_NUMBER = /^[（(]?(?:总|總)?第\s*[0-9０-９]+\s*期[）)]?$/u;

/** Most lines of a page's own masthead. */
const PAGE_MASTHEAD_MAX = 4;

/**
 * A page's own masthead atop its text, under its label, as a supplement sets it (`第12版　沅芷` / `主编：谭雪　责编：向阳` /
 * `沅芷` / `第1128期`): the page's name set large again, with the page's credits and the supplement's number round it —
 * the page's furniture, not a story's head. None unless the name is among its lines.
 */
export function pageMasthead(lines: readonly RawLine[], label: { label?: string; section?: string }): Set<RawLine> {
  const head: RawLine[] = [];
  for (const line of lines) {
    if (isMarkup(line)) continue;
    if (head.length === PAGE_MASTHEAD_MAX) break;
    const named = head.some((above) => headsPage(above.text, label));
    if (!isStructureLine(line.text) && !headsPage(line.text, label) && !(named && ISSUE_NUMBER.test(line.text))) break;
    head.push(line);
  }
  return head.some((line) => headsPage(line.text, label)) ? new Set(head) : new Set();
}

/**
 * The lines set as a page's label is, never as a story's subhead: with a blank line above and below (or the file's edge),
 * or over a head of its own (`A2　综合` / `湘中高铁站改造工程开工`, a copy without blank lines) rather than over a
 * paragraph (`T1 航站楼` / `主要保障国内航班，…。`).
 */
export function setApart(lines: readonly RawLine[]): Set<RawLine> {
  return new Set(
    lines.filter((line, index) => {
      const [above, below] = [lines[index - 1], lines[index + 1]];
      const blankAround = (above === undefined || above.line < line.line - 1) && (below === undefined || below.line > line.line + 1);
      return blankAround || (below !== undefined && isTitleLine(below.text) && !endsSentence(below.text) && below.hint?.opensParagraph !== true);
    }),
  );
}

/** Fewest lettered labels beside their pages' names for a body to be read as opening its pages with them. */
const NAMED_LABELS_MIN = 2;

/**
 * Whether a body opens its pages with lettered labels beside the pages' names (`A1　要闻`, `要闻　A02`), two or more,
 * each a page that can follow the one before (A1 → A2, A4 → B1, A4 → T01): a label alone among headlines (`A4 纸`)
 * or out of order is a line of its text.
 */
export function namedLabelsInOrder(lines: readonly RawLine[]): boolean {
  let page: number | undefined;
  let count = 0;
  const apart = setApart(lines);
  for (const line of lines) {
    if (isMarkup(line)) continue;
    // (A page header of its own, `第A04版：广告`, among them is a page they follow; a file that numbers its pages plainly,
    // `第2版：经济`, has no lettered pages: `B1 轮融资` there is a kicker.)
    const header = matchPageHeader(line.text);
    if (header !== undefined) {
      if (header.page < SECTION_SPAN) return false;
      page = header.page;
      continue;
    }
    const label = matchPageHeader(line.text, { lettered: true });
    // (Set apart, as a page's label stands, `setApart`: `T1 航站楼` right over its paragraph is a story's subhead.)
    if (label?.section === undefined || label.label === undefined || !apart.has(line)) continue;
    if (!followsPage(page, label.page)) return false;
    page = label.page;
    count += 1;
  }
  return count >= NAMED_LABELS_MIN;
}
