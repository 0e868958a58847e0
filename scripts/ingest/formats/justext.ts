/**
 * jusText's plain output — the boilerplate remover researchers run over saved pages (`python -m justext`), one paragraph a
 * line, each opened by its class: `<p> ` a paragraph of text, `<h> ` one its page set as a heading, `<b> ` one it judged
 * boilerplate (a menu, a date, a byline, a copyright line; kept unless `--no-boilerplate`). The marks are markup, not
 * text: read off the lines (their positions moved past them), a heading's line marked as one, the first of a run the
 * headline. What jusText took for boilerplate is read as any line is, by the rules that know a menu, a date or a byline.
 *
 * @example
 *   withoutJustextMarks([`<h> 王滬寧會見老撾建國陣線中央委員會主席`, `<p> 中共中央…`]) // → [`王滬寧…` (heading 1), `中共中央…`]
 */
import type { RawLine } from '../types.ts';

/** A line's jusText class mark and the space after it. */
const MARK = /^<([phb])> /u;

/** Share of a file's lines that open on a mark for it to be jusText's output. */
const MARKED_SHARE = 0.9;

/** The lines without jusText's marks, when most lines open on one and one at least is a paragraph's; else as they are. */
export function withoutJustextMarks(lines: RawLine[]): RawLine[] {
  const marks = lines.map((line) => MARK.exec(line.text)?.[1]);
  const marked = marks.filter((mark) => mark !== undefined).length;
  // (Not HTML written a paragraph a line, `<b>标题</b>`: jusText closes no mark.)
  if (marked < lines.length * MARKED_SHARE || !marks.includes('p') || lines.some((line) => /<\/[phb]>\s*$/u.test(line.text))) return lines;
  return lines.map((line, index) => {
    const mark = marks[index];
    if (mark === undefined) return line;
    const width = '<p> '.length;
    const start = {
      ...line.position.start,
      column: line.position.start.column + width,
      ...(line.position.start.offset === undefined ? {} : { offset: line.position.start.offset + width }),
    };
    const read: RawLine = { ...line, text: line.text.slice(width), position: { ...line.position, start } };
    // (Headings one under another: the first the headline, the next its subtitle.)
    if (mark === 'h') read.hint = { ...line.hint, heading: marks[index - 1] === 'h' ? 2 : 1 };
    return read;
  });
}
