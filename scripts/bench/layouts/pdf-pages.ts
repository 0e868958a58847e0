/**
 * `pdf-pages`: the issue typeset as PDF, as e-paper sites and newsrooms keep it — a PDF a page (`东川日报/20220509/01.pdf`)
 * or the whole issue in one (`东川日报/东川日报_2022-05-09.pdf`), in one column or two (a paragraph broken at the
 * column's foot), heads by type size (headline 22 points, kicker and subtitle 14, body 10, a masthead of 36 over the
 * front page), paragraphs by their first line's indent, a running head on each inside page. Written with
 * `pdf-writer.ts` (Adobe's standard Chinese font, not embedded): no browser is needed.
 */
import type { Random } from '../random.ts';
import type { Family } from './family.ts';
import { truthOf, writeIssues, type ArticleModel, type IssueModel } from './model.ts';
import { LEAD_INS, bodyLines, dateLine, pad, writeText } from './render.ts';
import { writePdf, type PdfPage, type PdfRun } from './pdf-writer.ts';

const PAPER = '东川日报';
const LEFT = 50;
const TOP_MARGIN = 50;

/** A line as set: its text, type size, indent (in ems) and the space it takes down the column. */
interface SetLine {
  text: string;
  size: number;
  indent: number;
  lead: number;
  /** A body line: a column may break before it. */
  body: boolean;
}

export const pdfPages: Family = {
  name: 'pdf-pages',
  about: 'PDF pages or whole issues: heads by type size, one or two columns',
  generate(options) {
    const { out } = options;
    return writeIssues('pdf-pages', options, '2022-05-09', async (date, maker) => {
      const random = maker.random;
      const issue = maker.issue({
        paper: PAPER,
        date,
        pages: [2, 4],
        articlesPerPage: [2, 3],
        qaShare: 0.1,
        slips: true,
        titleBlocks: true,
        leadIns: [LEAD_INS.bracket, LEAD_INS.none, LEAD_INS.xinhua],
        turnStyles: ['press', 'wen-da'],
      });
      const columns = random.chance(0.5) ? 2 : 1;
      const pages = issue.pages.map((_, index) => typesetPage(issue, index, columns, random));
      const compact = date.replaceAll('-', '');
      const files: string[] = [];
      if (random.chance(0.5)) {
        const name = `${PAPER}/${PAPER}_${date}.pdf`;
        await writeText(out, name, writePdf(pages));
        files.push(name);
      } else {
        for (const [index, page] of pages.entries()) {
          const name = `${PAPER}/${compact}/${pad(issue.pages[index]!.page)}.pdf`;
          await writeText(out, name, writePdf([page]));
          files.push(name);
        }
      }
      // (A PDF's text layer gives a full-width space as a space, PDF.js reads it so: a byline's is a space.)
      const truth = truthOf(issue, files);
      for (const article of truth.articles) if (article.byline !== undefined) article.byline = article.byline.replaceAll('\u3000', ' ');
      return truth;
    });
  },
};

/** A page: the masthead and date line over the front page, a running head over the others, then the articles in columns. */
function typesetPage(issue: IssueModel, index: number, columns: number, random: Random): PdfPage {
  const page = issue.pages[index]!;
  const width = columns === 1 ? 40 : 20;
  const head: SetLine[] =
    index === 0
      ? [
          { text: PAPER, size: 36, indent: 0, lead: 50, body: false },
          { text: dateLine(issue.date, issue.pages.length), size: 10, indent: 0, lead: 16, body: false },
          { text: `第${page.page}版　${page.label}`, size: 10, indent: 0, lead: 24, body: false },
        ]
      : [{ text: `第${page.page}版　${page.label}　${dateLine(issue.date)}　${PAPER}`, size: 10, indent: 0, lead: 24, body: false }];
  const lines = page.articles.flatMap((article) => articleLines(article, width, random));
  // Two columns: the second opens at a body line about half way down (never right under a head), the same height as the first.
  const total = lines.reduce((sum, line) => sum + line.lead, 0);
  let split = lines.length;
  if (columns === 2) {
    let down = 0;
    for (const [at, line] of lines.entries()) {
      down += line.lead;
      if (down >= total / 2 && line.body && lines[at + 1]?.body === true) {
        split = at + 1;
        break;
      }
    }
  }
  const headHeight = head.reduce((sum, line) => sum + line.lead, 0);
  const columnHeight = Math.max(
    lines.slice(0, split).reduce((sum, line) => sum + line.lead, 0),
    lines.slice(split).reduce((sum, line) => sum + line.lead, 0),
  );
  const height = Math.max(842, Math.ceil(TOP_MARGIN * 2 + headHeight + columnHeight + 40));
  const runs: PdfRun[] = [];
  let y = height - TOP_MARGIN;
  for (const line of head) {
    y -= line.lead - line.size * 0.5;
    runs.push({ x: LEFT, y, size: line.size, text: line.text });
    y -= line.size * 0.5;
  }
  const top = y - 10;
  for (const [column, part] of [lines.slice(0, split), lines.slice(split)].entries()) {
    let down = top;
    const x = LEFT + column * (width * 10 + 30);
    for (const line of part) {
      down -= line.lead;
      // (Some systems place a headline's characters one at a time.)
      runs.push({
        x: x + line.indent * line.size,
        y: down,
        size: line.size,
        text: line.text,
        ...(line.size >= 22 && random.chance(0.3) ? { chars: true } : {}),
      });
    }
  }
  return { height, runs };
}

/** An article's lines as set: its head lines by size, each paragraph wrapped at the column's width, its first line indented two ems. */
function articleLines(article: ArticleModel, width: number, random: Random): SetLine[] {
  const heads: SetLine[] = [];
  const wrap = (text: string, columns: number): string[] => {
    const characters = Array.from(text);
    const rows: string[] = [];
    for (let at = 0; at < characters.length; at += columns) rows.push(characters.slice(at, at + columns).join(''));
    return rows;
  };
  const headWidth = (size: number): number => Math.floor((width * 10) / size);
  // (A head too long for one row is broken, as a typesetter breaks it, at its spaces where its parts fit — the space
  // kept at the row's end, hung in the margin, as typesetting programs keep it in the text layer — and a part wider
  // than the measure where the row is full; a row never opens on a space.)
  const headRows = (text: string, columns: number): string[] => {
    const rows: string[] = [];
    let row = '';
    for (const part of text.split(' ')) {
      const joined = row === '' ? part : `${row} ${part}`;
      if (Array.from(joined).length <= columns) {
        row = joined;
        continue;
      }
      if (row !== '') rows.push(`${row} `);
      const pieces = wrap(part, columns);
      rows.push(...pieces.slice(0, -1));
      row = pieces.at(-1) ?? '';
    }
    if (row !== '') rows.push(row);
    return rows;
  };
  if (article.kicker !== undefined) heads.push({ text: article.kicker, size: 14, indent: 0, lead: 22, body: false });
  for (const row of headRows(article.title, headWidth(22))) heads.push({ text: row, size: 22, indent: 0, lead: 30, body: false });
  if (article.subtitle !== undefined)
    for (const row of headRows(article.subtitle, headWidth(14))) heads.push({ text: row, size: 14, indent: 0, lead: 20, body: false });
  if (article.byline !== undefined) heads.push({ text: article.byline, size: 10, indent: 0, lead: 18, body: false });
  const paragraphs = [...(article.summary === undefined ? [] : [article.summary]), ...bodyLines(article)];
  const body = paragraphs.flatMap((paragraph) => {
    const first = wrap(paragraph, width - 2)[0] ?? '';
    const rest = wrap(Array.from(paragraph).slice(Array.from(first).length).join(''), width);
    return [{ text: first, size: 10, indent: 2, lead: 14, body: true }, ...rest.map((text) => ({ text, size: 10, indent: 0, lead: 14, body: true }))];
  });
  // (Space between articles.)
  return [{ ...heads[0]!, lead: heads[0]!.lead + random.int(10, 20) }, ...heads.slice(1), ...body];
}
