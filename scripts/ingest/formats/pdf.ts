/**
 * A PDF's text layer — how e-paper sites, newsrooms and archives keep a newspaper page as printed (an e-paper's page
 * PDF, a whole issue, a typeset page from Word or a typesetting system). Read with PDF.js (`pdfjs-dist`, Mozilla's
 * reader: CJK fonts through its character maps), each page's text runs with their place and type size gathered into
 * lines (runs on one baseline, close together) and lines into blocks (one column, one size, one paragraph: a line
 * indented from its column, after a short line or after a wider gap opens the next; a table's rows kept as rows;
 * vertical writing read column by column from the right), then read as a printed page's blocks are (`page-blocks.ts`:
 * reading order, heads by size). A PDF with no text (a scan) or whose text cannot be mapped to characters is said to
 * be so, never read as garbage.
 *
 * @example
 *   await readPdf(bytes) // → { kind: 'pdf', text, lines, … } | { unreadable: 'it is protected by a password', fix } | { noText: 4 }
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DocumentText } from './word.ts';
import { bodySize, joinLines, pageBlocksText, xyCut, type Block } from './page-blocks.ts';
import { headText } from './head-rows.ts';
import { endsSentence } from '../punctuation.ts';

/** What a PDF gives: its text view, or why it gives none (`noText`: the pages, none with a character of text) and what to do. */
export type PdfRead = DocumentText | { unreadable: string; fix: string } | { noText: number };

const OCR = 'run OCR on its pages (a tool that writes a PDF with a text layer, ALTO XML or text) and ingest what it writes';

/** A run of text as the page sets it: its characters, its baseline's start (`x`, `y` up from the page's foot), its type's size and its end. */
export interface Run {
  text: string;
  x: number;
  y: number;
  size: number;
  right: number;
  /** Not turned (a label set along the margin is): only upright runs join lines. */
  upright: boolean;
}

/** A piece of a line between wide gaps. */
interface Cell {
  text: string;
  left: number;
  right: number;
}

export interface Line {
  text: string;
  left: number;
  right: number;
  /** How far the line's last run of spaces reaches, when it ended on one: a wider gap it spans is no gutter. */
  spans?: number;
  /** The size of the line's last run of text, which the next run is set beside. */
  tail?: number;
  /** The line's pieces apart by gaps wider than twice its type (a running head's parts, a table row's cells), with their places. */
  cells?: Cell[];
  /** A row of a table (`tableRows`): a block of its own, kept as printed. */
  row?: boolean;
  /** The text layer gives a space at the line's start or end (trimmed from `text`): a head broken at its space keeps it. */
  spaceBefore?: boolean;
  spaceAfter?: boolean;
  y: number;
  size: number;
  upright: boolean;
}

/** A PDF's pages as one text view, a block a line, each page after a form feed. */
export async function readPdf(bytes: Uint8Array): Promise<PdfRead> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const assets = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = getDocument({
    // (PDF.js takes the bytes over: a copy, so the caller's hash and lossless checks keep theirs.)
    data: new Uint8Array(bytes),
    cMapUrl: `${path.join(assets, 'cmaps')}${path.sep}`,
    cMapPacked: true,
    standardFontDataUrl: `${path.join(assets, 'standard_fonts')}${path.sep}`,
    disableFontFace: true,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    const pages: Block[][] = [];
    let characters = 0;
    let unmapped = 0;
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const height = page.getViewport({ scale: 1 }).height;
      const content = await page.getTextContent();
      const runs: Run[] = [];
      const columns: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str === '') continue;
        const [a, b, c, d, x, y] = item.transform as [number, number, number, number, number, number];
        const size = Math.hypot(c, d) || Math.hypot(a, b);
        if (content.styles[item.fontName]?.vertical === true) {
          // Set downward in a vertical font: read turned a quarter, its column a line (down the page as along it, the
          // columns from right to left as lines from top to bottom), its vertical forms of marks as the marks (`︐` → `，`).
          columns.push({ text: withoutSetSpaces(horizontalForms(item.str)), x: height - y, y: x, size, right: height - y + item.height, upright: true });
        } else runs.push({ text: withoutSetSpaces(item.str), x, y, size, right: x + item.width, upright: Math.abs(b) < 0.01 * Math.abs(a) });
        for (const character of item.str) {
          if (/\s/u.test(character)) continue;
          characters++;
          if (/[\uE000-\uF8FF\uFFFD]|\p{Cc}/u.test(character)) unmapped++;
        }
      }
      // (A vertical block's box turned back onto the page: its lines' places across are its columns' places.)
      const upright = blocksOf(linesOf(runs), height);
      const vertical = blocksOf(linesOf(columns), 0).map((block) => ({
        ...block,
        ...(block.box ? { box: { left: -block.box.bottom, right: -block.box.top, top: block.box.left, bottom: block.box.right } } : {}),
        vertical: true,
      }));
      // (Its blocks, read from the right as they stand, go in among the upright ones where they stand on the page.)
      const at = upright.findIndex((block) => (block.box?.top ?? 0) > (vertical[0]?.box?.top ?? 0));
      pages.push(vertical.length === 0 ? upright : [...upright.slice(0, at === -1 ? undefined : at), ...vertical, ...(at === -1 ? [] : upright.slice(at))]);
      page.cleanup();
    }
    if (characters === 0) return { noText: document.numPages };
    if (unmapped / characters > 0.2)
      return { unreadable: `${Math.round((100 * unmapped) / characters)} % of its text is in fonts that do not say which characters they print`, fix: OCR };
    return pageBlocksText('pdf', pages);
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException')
      return { unreadable: 'it is protected by a password', fix: 'save it again without a password from the program that made it, or print it to a new PDF' };
    const damaged = 'download or copy it again: the file is cut short or damaged';
    if (name === 'InvalidPDFException') return { unreadable: 'it is no valid PDF: cut short, or not a PDF', fix: damaged };
    return { unreadable: error instanceof Error ? error.message : String(error), fix: `${damaged}; or ${OCR}` };
  } finally {
    await task.destroy();
  }
}

/** The vertical forms of marks (Unicode's presentation forms, U+FE10–FE19 and U+FE30–FE44) and the full-width marks they are set for. */
const VERTICAL_FORMS = new Map([
  ...Array.from('︐︑︒︓︔︕︖︗︘︙', (form, index) => [form, Array.from('，、。：；！？〖〗…')[index]!] as const),
  ...Array.from('︰︱︲︳︴︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄', (form, index) => [form, Array.from('‥—–＿＿（）｛｝〔〕【】《》〈〉「」『』')[index]!] as const),
]);

/** A vertical form of a mark (`︐`, `︒`, `︵`) as the mark it is set for (`，`, `。`, `（`): what a reader of the page reads. */
export function horizontalForms(text: string): string {
  return text.replace(/[\uFE10-\uFE19\uFE30-\uFE44]/gu, (form) => VERTICAL_FORMS.get(form) ?? form);
}

/** A Han character or a full-width mark. */
const CJK = /^[\p{Script=Han}\u3000-\u303f\uff01-\uff5e]$/u;

/**
 * A run's text without the spaces PDF.js reads into gaps the typesetting set, which print no space: a justified line's
 * characters set apart (`会 第 五 次 会 议 开 幕`: three single Chinese characters or more, spaced — each space beside
 * one of them goes), and the gap a layout program sets between Chinese and a figure (`导致 28 人死亡`, `2024 年 8 月`).
 * A space between longer words stays (`南方多地降雨持续 各地抓紧抢险救援`), and a run spaced less than this (`社 论`).
 */
export function withoutSetSpaces(text: string): string {
  const words = text.split(' ');
  let out = text;
  const single = (word: string | undefined): boolean => word !== undefined && CJK.test(word);
  const stretched = words.some((word, index) => single(word) && single(words[index + 1]) && single(words[index + 2]));
  if (stretched) {
    out = words.reduce((joined, word, index) => {
      if (index === 0) return word;
      const before = words[index - 1]!;
      const cjkJoin =
        (single(before) && /^[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\d]/u.test(word)) ||
        (single(word) && /[\p{Script=Han}\u3000-\u303f\uff01-\uff5e\d]$/u.test(before));
      return joined + (cjkJoin ? '' : ' ') + word;
    }, '');
  }
  // (A figure set apart on both sides inside Chinese, `导致 28 人`, is the layout program's gap: then every such gap of
  // the run goes, `2024 年 8 月`; a space typed before a figure, `要闻 2024年`, stays.)
  return /\p{Script=Han} [\d.]+ \p{Script=Han}/u.test(out) ? out.replace(/(?<=\p{Script=Han}) (?=\d)|(?<=\d) (?=\p{Script=Han})/gu, '') : out;
}

/**
 * Runs into lines, in the order the page lists them: a run goes on the line before when it stands on its baseline and
 * starts where that line ends (a gap of more than half the type's size is a space, as between a head's two phrases;
 * of more than twice its size a column's gutter, the next column's line).
 */
export function linesOf(runs: readonly Run[]): Line[] {
  const lines: Line[] = [];
  for (const run of runs) {
    const line = lines.at(-1);
    const gap = line ? run.x - line.right : 0;
    // (A gap a run of spaces spans — a running head's parts set across the page, `02 城事 … 2024年6月20日 … 临川晚报` — is
    // no gutter: its parts stay one line, apart by a full-width space.)
    const beside = line?.tail ?? line?.size ?? run.size;
    const spanned = line?.spans !== undefined && line.spans >= run.x - 0.5 * run.size && run.size <= 1.5 * beside && beside <= 1.5 * run.size;
    // (Type of another size on the baseline is another element — a masthead's romanised name set small beside it,
    // `临川晚报 LINCHUAN EVENING NEWS`, another column's head — unless it runs on close by: a page's number set large
    // beside its name, `02 城事`.)
    const latin = (text: string): boolean => !/\p{Script=Han}/u.test(text) && /[A-Za-z]{3}/u.test(text);
    const sameSize = line === undefined || run.text.trim() === '' || (run.size <= 1.5 * beside && beside <= 1.5 * run.size);
    const sized = sameSize || (!latin(run.text) && !latin(line.text) && gap <= 1.5 * Math.min(run.size, beside));
    if (
      line &&
      line.upright &&
      run.upright &&
      sized &&
      Math.abs(run.y - line.y) <= 0.3 * Math.max(run.size, line.size) &&
      gap >= -0.3 * run.size &&
      (gap <= 2 * run.size || spanned)
    ) {
      const blank = run.text.trim() === '';
      const spaced = !blank && gap > 0.5 * run.size && !/\s$/u.test(line.text);
      // (A line's size is its largest type's.)
      if (!blank) line.size = Math.max(line.size, run.size);
      // (The line's cells before this run: a line made here has them; one made elsewhere is one cell.)
      const cells = (line.cells ??= [{ text: line.text, left: line.left, right: line.right }]);
      line.text = blank ? line.text : (gap > 2 * run.size ? `${line.text.trimEnd()}\u3000` : line.text + (spaced ? ' ' : '')) + run.text;
      if (blank) line.text += ' ';
      if (!blank && gap > 2 * run.size) cells.push({ text: run.text, left: run.x, right: run.right });
      else if (!blank) Object.assign(cells.at(-1)!, { text: cells.at(-1)!.text + (spaced ? ' ' : '') + run.text, right: run.right });
      // (A space's run is drawn as wide as the font's space, often wider than the gap the next run leaves: it moves the
      // line's end no further than its start.)
      line.right = blank ? Math.max(line.right, run.x) : Math.max(line.right, run.right);
      if (blank) line.spans = run.right;
      else {
        delete line.spans;
        line.tail = run.size;
      }
      continue;
    }
    lines.push({
      text: run.text,
      left: run.x,
      right: run.right,
      y: run.y,
      size: run.size,
      upright: run.upright,
      cells: [{ text: run.text, left: run.x, right: run.right }],
      ...(run.text.trim() === '' ? { spans: run.right } : {}),
    });
  }
  return lines
    .map((line) => ({
      ...line,
      text: line.text.trim(),
      size: round(line.size),
      ...(/^\s/u.test(line.text) ? { spaceBefore: true } : {}),
      ...(/\s$/u.test(line.text) ? { spaceAfter: true } : {}),
    }))
    .filter((line) => line.text !== '');
}

/** How many of the latest blocks a line may go on: a page listed row by row across its columns has one open a column. */
const OPEN_BLOCKS = 8;

/**
 * Lines into blocks. A line goes on the block above when it is set in the same size, stands under it in its column
 * (overlapping it across, no further below than the block's own spacing, or 2.6 times the type's size for a block of
 * one line) and does not open a paragraph (`continues`; a head's lines, centred, are not read for indents). A table's
 * rows are blocks of their own (`tableRows`).
 */
export function blocksOf(lines: readonly Line[], height: number): Block[] {
  const body = bodySize(lines) ?? 0;
  const groups: Line[][] = [];
  // (A line goes on the block it continues: the last, or, on a page listed row by row across its columns, the block
  // of its own column a few lines back.)
  let interleaved = 0;
  const edges = columnEdges(lines, body);
  for (const line of tableRows(lines)) {
    const group = groups.slice(-OPEN_BLOCKS).findLast((open) => continues(open, line, body, edges));
    if (group && group !== groups.at(-1)) interleaved += 1;
    if (group) group.push(line);
    else groups.push([line]);
  }
  // (Such a page's blocks are then read in the order of its columns: the recursive XY-cut.)
  const blocks = groups.map((group) => {
    const text =
      body > 0 && group[0]!.size >= body * 1.3
        ? headText(group, lines, body)
        : group.map((line) => line.text).reduce((joined, line) => joinLines(joined, line), '');
    const top = Math.max(...group.map((line) => line.y + line.size));
    const bottom = Math.min(...group.map((line) => line.y - 0.25 * line.size));
    return {
      text,
      box: {
        left: Math.min(...group.map((line) => line.left)),
        top: height - top,
        right: Math.max(...group.map((line) => line.right)),
        bottom: height - bottom,
      },
      size: group[0]!.size,
      advert: false,
      ...(group[0]!.row === true ? { row: true } : {}),
      // (A block of one line: whether it runs on is the next column's to tell, `page-blocks.ts`.)
      ...(group.length > 1 ? { runsOn: group.at(-1)!.right >= Math.max(...group.map((line) => line.right)) - 3 * group[0]!.size } : {}),
    };
  });
  return interleaved >= 2 ? xyCut(blocks) : blocks;
}

/** How many body lines must start at one place for it to be a column's edge. */
const EDGE_LINES = 3;
/** The fewest characters a line has to count for a column's edge and to be read against one. */
const EDGE_LINE_MIN = 4;

/** A column's edge: where three or more lines in the body's size start, and how far down the page they stand (`y`, up from the foot). */
interface Edge {
  left: number;
  top: number;
  bottom: number;
}

/**
 * The places where three or more lines in the body's size start: the page's columns' edges, which a paragraph's first
 * line is indented from, each with the stretch of the page its lines stand in (a story set lower in other columns has
 * edges of its own, which say nothing of the lines above it).
 */
function columnEdges(lines: readonly Line[], body: number): Edge[] {
  const at = new Map<number, Line[]>();
  // (Lines of a few characters at least: characters stacked one a line, as a page may set a vertical head, make no edge.)
  for (const line of lines)
    if (line.size === body && Array.from(line.text).length >= EDGE_LINE_MIN) at.set(Math.round(line.left), [...(at.get(Math.round(line.left)) ?? []), line]);
  return [...at]
    .filter(([, starting]) => starting.length >= EDGE_LINES)
    .map(([left, starting]) => ({ left, top: Math.max(...starting.map((line) => line.y)), bottom: Math.min(...starting.map((line) => line.y)) }));
}

function continues(group: readonly Line[], line: Line, body: number, edges: readonly Edge[] = []): boolean {
  const last = group.at(-1)!;
  if (!last.upright || !line.upright || line.size !== last.size || last.row === true || line.row === true) return false;
  // (The block's spacing: the drop from its first line to its second.)
  const spacing = group.length > 1 ? group[0]!.y - group[1]!.y : undefined;
  const drop = last.y - line.y;
  if (drop < 0.5 * line.size || drop > (spacing === undefined ? 2.6 * line.size : spacing * 1.3)) return false;
  const left = Math.min(...group.map((each) => each.left));
  // (Under the block in its column: overlapping it across.)
  if (line.left >= Math.max(...group.map((each) => each.right)) || line.right <= left) return false;
  const right = Math.max(...group.map((each) => each.right), line.right);
  // (A head's lines, in type well above the body's, may be centred: not read for indents.)
  if (line.size >= body * 1.3) return true;
  // In the body's size: an indented line opens a paragraph, and so does one after a line that stops short of the column
  // and ends a sentence, or stops far short (a byline over flush text). A ragged column's lines stop a character or
  // two short where a word or a mark would not fit.
  // A paragraph of one line ending a sentence is told from a paragraph's indented first line by the line under it: a
  // paragraph's next line stands left of its indented first, the next paragraph's no further left.
  if (line.left > left + line.size) return false;
  // (Nor does a line indented from its column's edge, as the page's other lines show it: two short paragraphs, each indented.)
  if (
    Array.from(line.text).length >= EDGE_LINE_MIN &&
    Array.from(last.text).length >= EDGE_LINE_MIN &&
    edges.some(
      (edge) =>
        line.y <= edge.top + 2 * line.size &&
        line.y >= edge.bottom - 2 * line.size &&
        line.left - edge.left >= 0.8 * line.size &&
        line.left - edge.left <= 3 * line.size,
    )
  )
    return false;
  const short = right - last.right;
  if (short > 1.5 * line.size && (closesSentence(last.text) || short > Math.max(4 * line.size, (right - left) / 3))) return false;
  return !(group.length === 1 && closesSentence(last.text) && line.left >= last.left - 0.5 * line.size);
}

/** The longest cell of a table's row, in characters: a longer piece is a column's line of text. */
const CELL_MAX = 20;

/**
 * A table's rows made lines of their own: pieces of one baseline (a line's cells apart by wide gaps, or lines side by
 * side), each short, in two rows or more under one another with as many cells, standing where the row above has its
 * (their left or right edges within two characters: figures set flush right), figures among them, and no column of
 * them filling its width edge to edge as a column of text does. A row's cells are apart by tabs, as a
 * table saved as text has them, and the row is kept as printed (`formats/tab-table.ts` reads a text file's so).
 */
function tableRows(lines: readonly Line[]): Line[] {
  // Consecutive lines on one baseline, in the type's size: a row's pieces.
  const rows: Line[][] = [];
  for (const line of lines) {
    const row = rows.at(-1);
    if (row && line.upright && Math.abs(row[0]!.y - line.y) <= 0.3 * line.size && row[0]!.size === line.size) row.push(line);
    else rows.push([line]);
  }
  const cellsOf = (row: readonly Line[]): Cell[] =>
    row.flatMap((line) => line.cells ?? [{ text: line.text, left: line.left, right: line.right }]).filter((cell) => cell.text.trim() !== '');
  const isRow = (row: readonly Line[]): boolean => {
    const cells = cellsOf(row);
    return cells.length >= 2 && cells.every((cell) => Array.from(cell.text.trim()).length <= CELL_MAX);
  };
  const aligned = (above: readonly Line[], below: readonly Line[]): boolean => {
    const [upper, lower] = [cellsOf(above), cellsOf(below)];
    const size = below[0]!.size;
    // (Columns of text side by side are no table: their lines fill the column from its edge, within a character or two of its width.)
    const fills = (cell: Cell, index: number): boolean =>
      Math.abs(cell.left - lower[index]!.left) <= 0.5 * size && Math.abs(cell.right - lower[index]!.right) <= 2 * size && cell.right - cell.left >= 10 * size;
    return (
      upper.length === lower.length &&
      above[0]!.y - below[0]!.y <= 3 * size &&
      upper.every((cell, index) => Math.abs(cell.left - lower[index]!.left) <= 2 * size || Math.abs(cell.right - lower[index]!.right) <= 2 * size) &&
      !upper.some(fills) &&
      // (A newspaper's table holds figures.)
      [...upper, ...lower].some((cell) => /[0-9０-９]/u.test(cell.text))
    );
  };
  const table = new Set<Line[]>();
  rows.forEach((row, index) => {
    const next = rows[index + 1];
    if (next && isRow(row) && isRow(next) && aligned(row, next)) {
      table.add(row);
      table.add(next);
    }
  });
  return rows.flatMap((row) => {
    if (!table.has(row)) return row;
    const cells = cellsOf(row);
    return [
      {
        ...row[0]!,
        text: cells.map((cell) => cell.text.trim()).join('\t'),
        left: cells[0]!.left,
        right: Math.max(...cells.map((cell) => cell.right)),
        row: true,
      },
    ];
  });
}

/**
 * A line that closes a sentence: on a stop, or a quotation or bracket closed after one (`……。”`). A quotation closed
 * on a word (`“千户万灯”`) ends a line of a ragged column as often as a sentence.
 */
function closesSentence(text: string): boolean {
  return endsSentence(text) && /[。！？!?…．][”’」』）)]*$/u.test(text.trimEnd());
}

function round(size: number): number {
  return Math.round(size * 10) / 10;
}
