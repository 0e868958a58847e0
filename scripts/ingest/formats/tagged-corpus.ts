/**
 * A word-segmented, part-of-speech-tagged corpus of a paper's text, as Peking University's People's Daily corpus
 * (《人民日报》标注语料库, `199801.txt`, 1998) is shared and studied: one paragraph a line, each opened by its place in the
 * paper — `19980101-01-001-004/m`, the day, the page, the article and the paragraph — and its words apart by spaces, each
 * with its tag (`迈向/v`), names of bodies in brackets with their own tag (`[中央/n  人民/n  广播/vn  电台/n]nt`), in
 * some editions a word's pinyin in braces (`迈向{mai4xiang4}/v`) or no tag after the slash (`迈向/`).
 *
 * The tags, the spaces between words and the brackets are the corpus's markup, not the paper's text: each paragraph is
 * read as the paper printed it, its words run together (`迈向充满希望的新世纪`), every character's place in the file
 * kept (`CellText.shifts`). The lines of one article (its day, page and number the same) are one record, its text the
 * paragraphs in their order — the head among them, as the paper printed it (headline, then the author's line) — with
 * its day, page and number as fields. A line with no place of its own goes with the article above it.
 *
 * @example
 *   taggedCorpus('19980101-01-001-001/m  迈向/v  充满/v  希望/n  的/u  新/a  世纪/n\n\n19980101-01-001-002/m  …')
 *   // → {records: [{cells: [date 19980101, page 01, order 001, text ['迈向充满希望的新世纪', …]]}], words, tagged}
 */
import type { CellText } from './cell-text.ts';
import type { DataCell, DataRecord } from './data-tree.ts';

/** A paragraph's place in the corpus at a line's start: day, page, article, paragraph, tagged `/m` (or not tagged). */
const PLACE = /^(?<date>(?:19|20)[0-9]{2}[01][0-9][0-3][0-9])-(?<page>[0-9]{2})-(?<article>[0-9]{3})-(?<paragraph>[0-9]{3,4})(?:\/[a-z]{0,2})?(?=\s|$)/u;

/**
 * A tagged word: an opening bracket of a name's words perhaps, the word, its pinyin in braces perhaps, the slash and its
 * tag (or none), a second mark some lines carry (`近年来/l/%`), and a closing bracket with the name's own tag perhaps.
 */
const TAGGED_WORD = /^(?<open>\[?)(?<word>[^\s]+?)(?:\{[a-z0-9,]+\})?\/[A-Za-z]{0,5}(?:\/[^\s\]]{1,3})?(?:\][A-Za-z]{1,5})?$/u;

/** A word and the spaces after it, in a line. */
const TOKEN = /\S+/gu;

/** Fewest lines opening on a place for a file to be read as such a corpus, and the share of its lines they must be. */
const LINES_MIN = 3;
const PLACED_SHARE = 0.8;
/** Share of a line's words (past its place) that must carry a tag. */
const TAGGED_SHARE = 0.8;

export interface TaggedCorpus {
  records: DataRecord[];
  /** Words read in all, for the file's note. */
  words: number;
}

/** One paragraph's words run together, each character's offset kept, and how many words it holds. */
function untagged(line: string, lineStart: number, from: number): { text: CellText; words: number } | undefined {
  let value = '';
  let words = 0;
  let start: number | undefined;
  const shifts: CellText['shifts'] = [];
  let extra = 0;
  for (const token of line.slice(from).matchAll(TOKEN)) {
    const match = TAGGED_WORD.exec(token[0]);
    const word = match?.groups?.['word'] ?? token[0];
    const at = lineStart + from + token.index + (match?.groups?.['open'] ?? '').length;
    if (start === undefined) start = at;
    // (The file holds this many more code units before the word than the text read so far: the marks and spaces left out.)
    const more = at - start - value.length - extra;
    if (more > 0) {
      shifts.push({ at: value.length, extra: more });
      extra += more;
    }
    value += word;
    words += 1;
  }
  return start === undefined ? undefined : { text: { value, start, shifts }, words };
}

/** Whether most of a line's words past its place carry a tag. */
function tagged(words: string[]): boolean {
  return words.length > 0 && words.filter((word) => TAGGED_WORD.test(word)).length >= words.length * TAGGED_SHARE;
}

/** The file's articles, when it is such a corpus; `undefined` for any other text. */
export function taggedCorpus(text: string): TaggedCorpus | undefined {
  // (Most text files open on no place: they are told at once.)
  if (!PLACE.test(text.replace(/^\uFEFF?\s*/u, ''))) return undefined;
  const lines: Array<{ text: string; start: number }> = [];
  for (const found of text.matchAll(/[^\r\n]+/gu)) if (found[0].trim() !== '') lines.push({ text: found[0], start: found.index });
  const placed = lines.filter((line) => {
    const place = PLACE.exec(line.text.trimStart());
    return place !== null && tagged(line.text.trimStart().slice(place[0].length).match(TOKEN) ?? []);
  });
  if (placed.length < LINES_MIN || placed.length < lines.length * PLACED_SHARE) return undefined;
  const records: DataRecord[] = [];
  let current: { key: string; text: DataCell } | undefined;
  let words = 0;
  for (const line of lines) {
    const indent = line.text.length - line.text.trimStart().length;
    const place = PLACE.exec(line.text.slice(indent));
    const groups = place?.groups;
    const key = groups ? `${groups['date']}-${groups['page']}-${groups['article']}` : undefined;
    if (groups && key !== current?.key) {
      const at = line.start + indent;
      const text: DataCell = { key: 'text', pieces: [] };
      const field = (name: string, value: string, offset: number): DataCell => ({ key: name, pieces: [{ value, start: at + offset, shifts: [] }] });
      const record: DataRecord = {
        start: at,
        cells: [field('date', groups['date']!, 0), field('page', groups['page']!, 9), field('order', groups['article']!, 12), text],
      };
      records.push(record);
      current = { key: key!, text };
    }
    if (!current) continue;
    const paragraph = untagged(line.text, line.start, indent + (place?.[0].length ?? 0));
    if (!paragraph) continue;
    words += paragraph.words;
    current.text.pieces.push(paragraph.text);
  }
  return { records: records.filter((record) => record.cells.some((cell) => cell.key === 'text' && cell.pieces.length > 0)), words };
}
