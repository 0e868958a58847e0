/**
 * Rich Text (`.rtf`, as Word saves it and as news databases export: Factiva,
 * LexisNexis) to plain text: a paragraph a line (`\par`, `\line`, a table's
 * `\cell`), its characters decoded as the file says — `\'hh` bytes in the
 * document's code page (`\ansicpg936` GBK, `950` Big5, `1252`…), `\uN` as
 * Unicode (its fallback characters skipped, `\ucN`) — and the groups that
 * are no text left out (fonts, colours, styles, the document's info,
 * pictures, a field's instruction, any `{\*…}` destination a reader may
 * ignore). A section's page header (`{\header …}`) stands where RTF writes
 * it, at the section's start, so each page's header heads its page; the
 * footers are read last and footnotes after the body, as a `.doc`'s are.
 */
import iconv from 'iconv-lite';

export interface RtfText {
  /** The page headers' lines, which stand in the body where their sections begin. */
  headers: string[];
  body: string;
  footnotes: string[];
  footer: string[];
}

/** Destinations that hold no text of the document. */
const SKIPPED = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'fldinst',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'xmlnstbl',
  'mmathPr',
  'filetbl',
  'revtbl',
  'pgdsctbl',
  'bkmkstart',
  'bkmkend',
  'annotation',
  'atnid',
  'atnauthor',
  'shpinst',
  'nonshppict',
  'blipuid',
]);

const FRAMES: Record<string, 'header' | 'footer'> = {
  header: 'header',
  headerl: 'header',
  headerr: 'header',
  headerf: 'header',
  footer: 'footer',
  footerl: 'footer',
  footerr: 'footer',
  footerf: 'footer',
};

/** Characters some control words stand for. */
const SYMBOLS: Record<string, string> = {
  par: '\n',
  line: '\n',
  cell: '\n',
  row: '\n',
  sect: '\n',
  page: '\n',
  tab: '\t',
  emdash: '—',
  endash: '–',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  bullet: '•',
  emspace: '\u2003',
  enspace: '\u2002',
};

/** Characters escaped by a backslash: `\\`, `\{`, `\}`, a no-break space `\~`, a no-break hyphen `\_`, an optional hyphen `\-` (none), a line's end. */
const ESCAPED: Record<string, string> = { '\\': '\\', '{': '{', '}': '}', '~': '\u00a0', _: '\u2011', '-': '', '\n': '\n', '\r': '\n' };

/** A text's lines, trimmed, without the blank ones. */
function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The code page's encoding for iconv-lite (`\ansicpg936` → `gbk`). */
function encodingOf(codePage: number): string {
  return codePage === 936 ? 'gbk' : codePage === 950 ? 'big5' : codePage === 65001 ? 'utf8' : `cp${codePage}`;
}

interface Group {
  skip: boolean;
  /** Text deleted with changes tracked (`\deleted`): no text of the document as changed. */
  deleted: boolean;
  target: 'body' | 'header' | 'footer' | 'footnote';
  /** Fallback characters to skip after a `\uN`. */
  uc: number;
}

/** The text of a Rich Text file; throws when it is none (`{\rtf` missing). */
export function readRtf(bytes: Uint8Array): RtfText {
  const source = Buffer.from(bytes).toString('latin1');
  if (!source.trimStart().startsWith('{\\rtf')) throw new Error('it does not open as Rich Text (`{\\rtf`)');
  let codePage = Number(/\\ansicpg(\d+)/u.exec(source)?.[1] ?? 1252);
  const out = { body: '', header: '', footer: '', footnote: '' };
  const footnotes: string[] = [];
  const headers: string[] = [];
  let pending: number[] = [];
  const stack: Group[] = [];
  let group: Group = { skip: false, deleted: false, target: 'body', uc: 1 };
  let skipChars = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const encoding = encodingOf(codePage);
    const text = iconv.encodingExists(encoding) ? iconv.decode(Buffer.from(pending), encoding) : Buffer.from(pending).toString('latin1');
    pending = [];
    if (!group.skip && !group.deleted) out[group.target] += text;
  };
  const emit = (text: string): void => {
    flush();
    if (!group.skip && !group.deleted) out[group.target] += text;
  };
  let index = 0;
  let groupStart = false;
  while (index < source.length) {
    const char = source[index]!;
    if (char === '{') {
      flush();
      stack.push(group);
      group = { ...group };
      groupStart = true;
      index += 1;
      continue;
    }
    if (char === '}') {
      flush();
      if (group.target === 'footnote' && (stack.at(-1)?.target ?? 'body') !== 'footnote') {
        footnotes.push(out.footnote.trim());
        out.footnote = '';
      }
      // A section's header, where the section begins (RTF writes it there): its lines stand in the body.
      if (group.target === 'header' && (stack.at(-1)?.target ?? 'body') !== 'header') {
        const lines = linesOf(out.header);
        if (lines.length > 0) out.body += `${out.body === '' || out.body.endsWith('\n') ? '' : '\n'}${lines.join('\n')}\n`;
        headers.push(...lines);
        out.header = '';
      }
      group = stack.pop() ?? { skip: false, deleted: false, target: 'body', uc: 1 };
      groupStart = false;
      index += 1;
      continue;
    }
    if (char === '\\') {
      const next = source[index + 1] ?? '';
      if (next === "'") {
        const byte = Number.parseInt(source.slice(index + 2, index + 4), 16);
        index += 4;
        if (skipChars > 0) skipChars -= 1;
        else if (Number.isFinite(byte)) pending.push(byte);
        continue;
      }
      if (next === '*') {
        // An optional destination: a reader that does not know it leaves it out.
        if (groupStart) group.skip = true;
        index += 2;
        continue;
      }
      const escaped = ESCAPED[next];
      if (escaped !== undefined) {
        if (escaped !== '') emit(escaped);
        index += 2;
        continue;
      }
      const word = /^\\([a-zA-Z]+)(-?\d+)? ?/u.exec(source.slice(index, index + 40));
      if (!word) {
        index += 2;
        continue;
      }
      index += word[0].length;
      const [, name = '', parameter] = word;
      const value = parameter === undefined ? undefined : Number(parameter);
      if (groupStart && SKIPPED.has(name)) group.skip = true;
      else if (groupStart && name in FRAMES) group.target = FRAMES[name]!;
      else if (groupStart && name === 'footnote') group.target = 'footnote';
      else if (name === 'ansicpg' && value !== undefined) codePage = value;
      else if (name === 'deleted') {
        flush();
        group.deleted = value !== 0;
      } else if (name === 'plain') {
        flush();
        group.deleted = false;
      } else if (name === 'uc' && value !== undefined) group.uc = value;
      else if (name === 'u' && value !== undefined) {
        emit(String.fromCharCode(value < 0 ? value + 65536 : value));
        skipChars = group.uc;
      } else if (name in SYMBOLS) emit(SYMBOLS[name]!);
      groupStart = false;
      continue;
    }
    groupStart = false;
    if (char === '\r' || char === '\n') {
      index += 1;
      continue;
    }
    if (skipChars > 0) {
      skipChars -= 1;
      index += 1;
      continue;
    }
    emit(char);
    index += 1;
  }
  flush();
  return {
    headers,
    body: out.body.replace(/\n+$/u, ''),
    footnotes: footnotes.filter((note) => note !== ''),
    footer: [...new Set(linesOf(out.footer))],
  };
}
