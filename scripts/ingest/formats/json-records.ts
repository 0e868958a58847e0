/**
 * Articles in JSON, as scrapers and datasets keep them: an array of objects,
 * an object wrapping one (`{"total": 30, "data": […]}`), one object per line
 * (JSON Lines), or an issue's tree (`{"date": …, "pages": [{"page": 4,
 * "articles": […]}]}`). An article is an object that holds text: a value
 * under a text key (`content`, `正文`) or a long string. What its ancestors say
 * besides (the issue's date, the page's number) is the article's too, unless
 * it says otherwise. Parsed with `jsonc-parser`, which gives every value's
 * offset, so that each cell keeps its place in the file (`cell-text.ts`).
 */
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { plainCell, type CellText } from './cell-text.ts';
import { normalName, roleOfName } from '../facts/field-names.ts';

/** One field of a record: its name and its text, or its texts for a list of strings (paragraphs, authors). */
export interface DataCell {
  key: string;
  pieces: CellText[];
}

export interface JsonRecord {
  cells: DataCell[];
  /** Offset of the record's opening brace. */
  start: number;
}

export interface JsonRead {
  records: JsonRecord[];
  /** Syntax errors, each at its offset (JSON Lines: the lines that did not parse are left out, the others read). */
  errors: Array<{ offset: number; what: string }>;
  /** Keys left out, with a count: a record's values that are no text (lists of objects: images, tags), its wrappers' fields that are no fact of it. */
  leftOut: Map<string, number>;
}

/** A string this long is an article's text, whatever its key. */
const LONG_TEXT = 80;

/** Read a JSON document, or JSON Lines (`lines`: one value a line). */
export function readJsonRecords(text: string, lines: boolean): JsonRead {
  const read: JsonRead = { records: [], errors: [], leftOut: new Map() };
  if (!lines) {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: true });
    // Several values one after another with no list around them: JSON Lines under a `.json` name.
    if (errors.some((error) => printParseErrorCode(error.error) === 'EndOfFileExpected') && looksLikeLines(text)) return readJsonRecords(text, true);
    for (const error of errors) read.errors.push({ offset: error.offset, what: describe(error, text) });
    if (root) collect(root, text, [], read);
    return read;
  }
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      const errors: ParseError[] = [];
      const root = parseTree(line, errors, { allowTrailingComma: true });
      // (One message a line: its first fault.)
      if (errors[0]) read.errors.push({ offset: offset + errors[0].offset, what: describe(errors[0], line, 'line') });
      else if (root) collect(shifted(root, offset), text, [], read);
    }
    offset += line.length + 1;
  }
  return read;
}

/** Whether a text holds one JSON value a line: its first two non-blank lines each parse alone. */
function looksLikeLines(text: string): boolean {
  const first = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 2);
  return (
    first.length === 2 &&
    first.every((line) => {
      const errors: ParseError[] = [];
      parseTree(line, errors);
      return errors.length === 0;
    })
  );
}

function describe(error: ParseError, text: string, unit: 'file' | 'line' = 'file'): string {
  const found = text.slice(error.offset, error.offset + Math.max(1, Math.min(error.length, 12)));
  return `${printParseErrorCode(error.error)}${found.trim() === '' ? ` at the end of the ${unit}` : ` at \`${found}\``}`;
}

/** A node of a line's tree with its offsets moved to the whole file's. */
function shifted(node: Node, by: number): Node {
  return { ...node, offset: node.offset + by, ...(node.children ? { children: node.children.map((child) => shifted(child, by)) } : {}) };
}

/**
 * Walk the tree: an object that holds text is a record, with the scalar
 * fields of the objects above it (nearest first) where it has none of its
 * own name; any other object or list is looked into.
 */
function collect(node: Node, text: string, inherited: DataCell[], read: JsonRead): void {
  if (node.type === 'array') {
    for (const child of node.children ?? []) collect(child, text, inherited, read);
    return;
  }
  if (node.type !== 'object') return;
  const own: DataCell[] = [];
  const nested: Node[] = [];
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (!keyNode || !valueNode || typeof keyNode.value !== 'string') continue;
    const key = keyNode.value;
    const cell = cellOf(key, valueNode, text);
    if (cell) own.push(cell);
    else if (valueNode.type === 'object' && !holdsText(valueNode)) {
      // A group of fields (`"meta": {"date": …}`): its fields are the record's.
      for (const inner of valueNode.children ?? []) {
        const [innerKey, innerValue] = inner.children ?? [];
        const innerCell = innerKey && innerValue && typeof innerKey.value === 'string' ? cellOf(innerKey.value, innerValue, text) : undefined;
        if (innerCell) own.push(innerCell);
        else if (innerValue && (innerValue.type === 'object' || innerValue.type === 'array')) nested.push(innerValue);
      }
    } else if (valueNode.type === 'object' || valueNode.type === 'array') nested.push(valueNode);
  }
  const isRecord = own.some((cell) => roleOfName(cell.key) === 'text' || cell.pieces.reduce((sum, piece) => sum + piece.value.length, 0) >= LONG_TEXT);
  if (isRecord) {
    const names = new Set(own.map((cell) => cell.key));
    read.records.push({ cells: [...own, ...inherited.filter((cell) => !names.has(cell.key))], start: node.offset });
    // What a record holds besides its fields (a list of images, of tags): no text of the article, named in the file's note.
    for (const value of nested) {
      const property = value.parent;
      const key: unknown = property?.children?.[0]?.value;
      if (typeof key === 'string') read.leftOut.set(key, (read.leftOut.get(key) ?? 0) + 1);
    }
    return;
  }
  // What the records share: the facts their wrapper names (an issue's date, a page's number), but no page of an API's
  // pagination (`{"code": 0, "total": 30, "page": 1, "data": […]}`); the wrapper's other fields are named in the file's note.
  const envelope = own.some((cell) => ENVELOPE.has(normalName(cell.key)));
  const shared = own.filter((cell) => {
    const role = roleOfName(cell.key);
    const keep = role !== undefined && role !== 'text' && !(envelope && (role === 'page' || role === 'order'));
    if (!keep) read.leftOut.set(cell.key, (read.leftOut.get(cell.key) ?? 0) + 1);
    return keep;
  });
  const names = new Set(shared.map((cell) => cell.key));
  const passed = [...shared, ...inherited.filter((cell) => !names.has(cell.key))];
  for (const value of nested) collect(value, text, passed, read);
}

/** Fields of an API's reply around its records (status, counts, pagination): a wrapper whose `page` is the reply's, not the paper's. */
const ENVELOPE = new Set(
  [
    'code',
    'status',
    'success',
    'msg',
    'message',
    'errcode',
    'errmsg',
    'total',
    'totalCount',
    'total_pages',
    'pageSize',
    'page_size',
    'pageNum',
    'pageIndex',
    'limit',
    'offset',
    'hasMore',
    'next',
    'cursor',
  ].map(normalName),
);

/** Whether an object holds text anywhere below it (then it is records, not a group of fields). */
function holdsText(node: Node): boolean {
  if (node.type === 'string') return typeof node.value === 'string' && node.value.length >= LONG_TEXT;
  return (node.children ?? []).some(holdsText);
}

/** A field's cell: a string, a number or a boolean; a list of strings (paragraphs) as pieces; anything else none. */
function cellOf(key: string, node: Node, text: string): DataCell | undefined {
  if (node.type === 'string') return { key, pieces: [stringCell(node, text)] };
  if (node.type === 'number' || node.type === 'boolean') return { key, pieces: [plainCell(text.slice(node.offset, node.offset + node.length), node.offset)] };
  if (node.type === 'array' && (node.children ?? []).length > 0 && (node.children ?? []).every((child) => child.type === 'string'))
    return { key, pieces: (node.children ?? []).map((child) => stringCell(child, text)) };
  return undefined;
}

/** A JSON string's text, each escape (`\n`, `\"`, `\u4e2d`) recorded where it made the text shorter than the file. */
function stringCell(node: Node, text: string): CellText {
  const value = typeof node.value === 'string' ? node.value : '';
  const cell: CellText = { value, start: node.offset + 1, shifts: [] };
  const end = node.offset + node.length - 1;
  let decoded = 0;
  for (let index = node.offset + 1; index < end; index += 1) {
    if (text[index] !== '\\') {
      decoded += 1;
      continue;
    }
    const width = text[index + 1] === 'u' ? 6 : 2;
    decoded += 1;
    cell.shifts.push({ at: decoded, extra: width - 1 });
    index += width - 1;
  }
  return cell;
}
