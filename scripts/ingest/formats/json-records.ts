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
import { holdsTextBelow, recordsOf, type DataCell, type DataNode, type DataRecords } from './data-tree.ts';
import { roleOfName } from '../facts/field-names.ts';
import { withoutCatalogueNote } from '../rules/paper-name.ts';

export interface JsonRead extends DataRecords {
  /** Syntax errors, each at its offset (JSON Lines: the lines that did not parse are left out, the others read). */
  errors: Array<{ offset: number; what: string }>;
}

/** Read a JSON document, or JSON Lines (`lines`: one value a line). */
export function readJsonRecords(text: string, lines: boolean): JsonRead {
  const roots: DataNode[] = [];
  const errors: JsonRead['errors'] = [];
  const done = (): JsonRead => ({ ...recordsOf(roots), errors });
  if (!lines) {
    const faults: ParseError[] = [];
    const root = parseTree(text, faults, { allowTrailingComma: true });
    // Several values one after another with no list around them: JSON Lines under a `.json` name.
    if (faults.some((fault) => printParseErrorCode(fault.error) === 'EndOfFileExpected') && looksLikeLines(text)) return readJsonRecords(text, true);
    for (const fault of faults) errors.push({ offset: fault.offset, what: describe(fault, text) });
    if (root) roots.push(...(tableRows(root, text) ?? nodesOf(root, text)));
    return done();
  }
  let offset = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') {
      const faults: ParseError[] = [];
      const root = parseTree(line, faults, { allowTrailingComma: true });
      // (One message a line: its first fault.)
      if (faults[0]) errors.push({ offset: offset + faults[0].offset, what: describe(faults[0], line, 'line') });
      else if (root) roots.push(...nodesOf(shifted(root, offset), text));
    }
    offset += line.length + 1;
  }
  return done();
}

/**
 * A table written column by column, as pandas' `DataFrame.to_json` writes one: `orient="split"` (`{"columns": […],
 * "index": […], "data": [[…], …]}`) and its default, `orient="columns"` (`{"title": {"0": "…", "1": "…"}, "content": {…}}`,
 * each column an object of the same row labels): a node a row, its fields under the columns' names. None for any other value.
 */
function tableRows(root: Node, text: string): DataNode[] | undefined {
  if (root.type !== 'object') return undefined;
  const properties = propertiesOf(root);
  const columns = properties.get('columns');
  const data = properties.get('data');
  if (columns?.type === 'array' && data?.type === 'array' && (columns.children ?? []).every((column) => column.type === 'string')) {
    const names = (columns.children ?? []).map((column) => String(column.value));
    const rows = data.children ?? [];
    if (rows.length === 0 || !rows.every((row) => row.type === 'array')) return undefined;
    return rows.map((row) => ({ fields: cellsOf(names.map((name, index) => [name, row.children?.[index]])), children: [], start: row.offset }));
  }
  // (Column by column: two columns at least, each an object of scalars under the same row labels.)
  const labels = (column: Node): string[] => (column.children ?? []).map((property) => String(property.children?.[0]?.value));
  const all = [...properties.values()];
  const first = all[0];
  if (all.length < 2 || first === undefined || !all.every((column) => column.type === 'object' && (column.children ?? []).length > 0)) return undefined;
  const rowLabels = labels(first);
  // (Its rows are labelled, not named for an article's fields — `{"zh": {"title": …}, "en": {"title": …}}` is two records —
  // and its columns are: `title`, `content`.)
  if (rowLabels.some((label) => roleOfName(label) !== undefined) || ![...properties.keys()].some((name) => roleOfName(name) !== undefined)) return undefined;
  const scalar = (node: Node | undefined): boolean => node !== undefined && ['string', 'number', 'boolean', 'null'].includes(node.type);
  if (
    !all.every(
      (column) => labels(column).join('\u0000') === rowLabels.join('\u0000') && (column.children ?? []).every((property) => scalar(property.children?.[1])),
    )
  )
    return undefined;
  const names = [...properties.keys()];
  return rowLabels.map((_, index) => ({
    fields: cellsOf(names.map((name) => [name, properties.get(name)?.children?.[index]?.children?.[1]])),
    children: [],
    start: properties.get(names[0]!)?.children?.[index]?.offset ?? root.offset,
  }));

  function cellsOf(pairs: Array<[string, Node | undefined]>): DataCell[] {
    return pairs.flatMap(([name, value]) => {
      const cell = value === undefined ? undefined : cellOf(name, value, text);
      return cell ? [cell] : [];
    });
  }
}

/**
 * The name of a record another refers to: an object of an `id` and a name (`value`, `title`, `name`) and nothing else
 * but scalars — the name without a catalogue's place and years, `The Tung Wah Times (Sydney, NSW : 1902 - 1936)` → `The
 * Tung Wah Times`; none for any other value.
 */
function referenceName(node: Node, text: string): CellText | undefined {
  if (node.type !== 'object') return undefined;
  const properties = propertiesOf(node);
  const name = ['value', 'title', 'name'].map((key) => properties.get(key)).find((value) => value?.type === 'string');
  if (!properties.has('id') || name === undefined || ![...properties.values()].every((value) => ['string', 'number', 'null'].includes(value.type)))
    return undefined;
  const cell = stringCell(name, text);
  return { ...cell, value: withoutCatalogueNote(cell.value) };
}

/** An object's values by their keys. */
function propertiesOf(node: Node): Map<string, Node> {
  return new Map(
    (node.children ?? []).flatMap((property) => {
      const [name, value] = property.children ?? [];
      return typeof name?.value === 'string' && value !== undefined ? [[name.value, value] as const] : [];
    }),
  );
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
 * A JSON value as data nodes: an object is a node, its strings, numbers and
 * lists of strings its fields, a group of fields with no text in it
 * (`"meta": {"date": …}`) its fields too; a list's objects are nodes.
 */
function nodesOf(node: Node, text: string): DataNode[] {
  if (node.type === 'array') return (node.children ?? []).flatMap((child) => nodesOf(child, text));
  if (node.type !== 'object') return [];
  const fields: DataCell[] = [];
  const children: DataNode['children'] = [];
  const take = (key: string, value: Node, groups: boolean): void => {
    // (A value MongoDB's export types, `"pub_date": {"$date": "2024-09-02T00:00:00Z"}`, `{"$date": {"$numberLong": "1725235800000"}}`,
    // `"_id": {"$oid": "…"}`: the value inside is the field's, under the field's own name.)
    const typed = extendedJsonValue(value);
    if (typed) {
      const cell = cellOf(key, typed, text);
      if (cell) fields.push(cell);
      return;
    }
    // (A record's `title` that names another record, an id and its name — a library's reference to the paper the article
    // is in, Trove's `"title": {"id": "496", "value": "The Tung Wah Times (Sydney, NSW : 1902 - 1936)"}` — is its paper,
    // without the place and years a catalogue adds; the article's own headline is another field, `heading`.)
    const reference = key === 'title' ? referenceName(value, text) : undefined;
    if (reference) {
      fields.push({ key: 'newspaper', pieces: [reference] });
      return;
    }
    // (A field a CMS wraps, WordPress's `"title": {"rendered": "…"}`: the one string inside is the field's.)
    const properties = value.type === 'object' ? (value.children ?? []).map((property) => property.children ?? []) : [];
    const wrapper = properties.find(([name, inside]) => typeof name?.value === 'string' && WRAPPER.test(name.value) && inside?.type === 'string');
    const others = properties.filter((property) => property !== wrapper);
    const inner =
      wrapper && others.every(([, inside]) => inside?.type === 'boolean' || inside?.type === 'number' || inside?.type === 'null') ? wrapper[1] : undefined;
    const cell = cellOf(key, inner ?? value, text);
    if (cell) {
      fields.push(cell);
      return;
    }
    // (Read once: a group of fields with no text in it, `"meta": {"date": …}`, gives its fields to the record; else its nodes stand under it.)
    const nodes = nodesOf(value, text);
    if (groups && value.type === 'object' && nodes.every((group) => !holdsTextBelow(group))) {
      for (const property of value.children ?? []) {
        const [innerKey, innerValue] = property.children ?? [];
        if (innerKey && innerValue && typeof innerKey.value === 'string') take(innerKey.value, innerValue, false);
      }
    } else for (const child of nodes) children.push({ key, node: child });
  };
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode && valueNode && typeof keyNode.value === 'string') take(keyNode.value, valueNode, true);
  }
  return [{ fields, children, start: node.offset }];
}

/** MongoDB's Extended JSON type wrappers, as `mongoexport` and `bson.json_util` write them (relaxed and canonical). */
const EXTENDED_JSON = /^\$(?:oid|date|numberLong|numberInt|numberDouble|numberDecimal|symbol|uuid)$/u;

/** The value inside an Extended JSON wrapper of one property (`{"$date": …}`, the `$numberLong` inside it); none for any other value. */
function extendedJsonValue(node: Node): Node | undefined {
  if (node.type !== 'object' || node.children?.length !== 1) return undefined;
  const [name, inside] = node.children[0]!.children ?? [];
  if (typeof name?.value !== 'string' || !EXTENDED_JSON.test(name.value) || inside === undefined) return undefined;
  if (inside.type === 'string' || inside.type === 'number') return inside;
  return extendedJsonValue(inside);
}

/** The key a CMS wraps a field's one value in (`rendered`, `raw`, `value`, `#text`, `$t`). */
const WRAPPER = /^(?:rendered|raw|value|text|#text|\$t|_text|cdata)$/u;

/** A field's cell: a string, a number or a boolean; a list of strings (paragraphs) as pieces; anything else none. */
function cellOf(key: string, node: Node, text: string): DataCell | undefined {
  if (node.type === 'string') return { key, pieces: [stringCell(node, text)] };
  if (node.type === 'number' || node.type === 'boolean') return { key, pieces: [plainCell(text.slice(node.offset, node.offset + node.length), node.offset)] };
  if (node.type === 'array' && (node.children ?? []).length > 0 && (node.children ?? []).every((child) => child.type === 'string'))
    return { key, pieces: (node.children ?? []).map((child) => stringCell(child, text)) };
  // (A text written as runs, strings and styled runs by turns — Telegram's `"text": [{"type": "bold", "text": "标题"}, "\n\n正文…"]`:
  // one text, its runs run together where the file has them.)
  const runs = node.type === 'array' ? textRuns(node, text) : undefined;
  if (runs !== undefined) return { key, pieces: [joinedCell(runs)] };
  // (A text written as blocks, paragraphs as strings with a subhead, a quote or a picture as objects among them:
  // `"content": ["第一段", {"type": "subtitle", "text": "小标题"}, "第二段", {"type": "image", "caption": "现场"}]` — each a line.)
  const blocks = node.type === 'array' ? textBlocks(node, text) : undefined;
  if (blocks !== undefined) return { key, pieces: blocks };
  // (A list of people, each an object of a name's parts: CSL JSON's `"author": [{"family": "王", "given": "芳"}]` or
  // `[{"literal": "本报记者 王芳"}]`, as Zotero exports them; an API's `"authors": [{"name": "王芳"}]`: their names.)
  const people = node.type === 'array' && (node.children ?? []).length > 0 ? (node.children ?? []).map((child) => personName(child, text)) : [];
  if (people.length > 0 && people.every((person) => person !== undefined)) return { key, pieces: people.flat() };
  return undefined;
}

/**
 * The runs of a text written as runs: strings and objects of a `type` and a `text` (and a link's `href`), one string at
 * least — or all objects, one of them a `plain` run (Telegram's `text_entities`) — not a list of paragraphs as objects.
 */
function textRuns(node: Node, text: string): CellText[] | undefined {
  const children = node.children ?? [];
  const plain = (child: Node): boolean =>
    child.type === 'object' && (child.children ?? []).some((property) => property.children?.[0]?.value === 'type' && property.children[1]?.value === 'plain');
  if (!children.some((child) => child.type === 'string' || plain(child))) return undefined;
  return stringsAndObjects(node, text, (properties) => {
    const run = properties.get('text');
    const style: unknown = properties.get('type')?.value;
    return run?.type !== 'string' || typeof style !== 'string' || !RUN_TYPES.has(style) || ![...properties.keys()].every((name) => RUN_KEYS.has(name))
      ? undefined
      : run;
  });
}

/** The lines of a text written as blocks: strings, and objects of a `type` with their text (`text`, `content`, `caption`) or none (a picture alone). */
function textBlocks(node: Node, text: string): CellText[] | undefined {
  const children = node.children ?? [];
  if (!children.some((child) => child.type === 'string') || !children.some((child) => child.type === 'object')) return undefined;
  return stringsAndObjects(node, text, (properties) =>
    properties.has('type') ? (['text', 'content', 'caption'].map((name) => properties.get(name)).find((value) => value?.type === 'string') ?? null) : undefined,
  );
}

/**
 * The cells of an array of strings and objects, in order: each string's, and what `read` finds in each object's properties
 * (`null`: an object that holds no text, passed over); `undefined` when an item is neither, or `read` finds the object no
 * part of such a text.
 */
function stringsAndObjects(node: Node, text: string, read: (properties: Map<string, Node>) => Node | null | undefined): CellText[] | undefined {
  const cells: CellText[] = [];
  for (const child of node.children ?? []) {
    if (child.type === 'string') {
      cells.push(stringCell(child, text));
      continue;
    }
    if (child.type !== 'object') return undefined;
    const found = read(propertiesOf(child));
    if (found === undefined) return undefined;
    if (found !== null) cells.push(stringCell(found, text));
  }
  return cells;
}

/**
 * The styles a run of text is marked with (Telegram's entity types): a run of any other type — `subtitle`, `image` — makes
 * the list one of blocks, not of runs.
 */
const RUN_TYPES = new Set([
  'plain',
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'spoiler',
  'code',
  'pre',
  'text_link',
  'link',
  'mention',
  'mention_name',
  'hashtag',
  'cashtag',
  'bot_command',
  'email',
  'phone',
  'custom_emoji',
  'blockquote',
  'bank_card',
]);

/** The keys of a styled run of text: its style, its text, a link's target, a mention's user, a custom emoji's id, a language. */
const RUN_KEYS = new Set(['type', 'text', 'href', 'user_id', 'document_id', 'language', 'collapsed']);

/** Cells of one text in the file, one after another: one cell, each later piece's characters where the file has them. */
function joinedCell(pieces: readonly CellText[]): CellText {
  const [first, ...rest] = pieces;
  if (first === undefined) return { value: '', start: 0, shifts: [] };
  const joined: CellText = { value: first.value, start: first.start, shifts: [...first.shifts] };
  const endOf = (cell: CellText): number => cell.start + cell.value.length + cell.shifts.reduce((sum, shift) => sum + shift.extra, 0);
  let end = endOf(first);
  for (const piece of rest) {
    const at = joined.value.length;
    // (Each shift is what stands in the file before that index beyond the text: the markup between two runs, then the run's escapes.)
    joined.shifts.push({ at, extra: piece.start - end }, ...piece.shifts.map((shift) => ({ at: at + shift.at, extra: shift.extra })));
    joined.value += piece.value;
    end = endOf(piece);
  }
  return joined;
}

/** The keys an object holding a person's name has, and nothing else but these. */
const NAME_PARTS = new Set([
  'literal',
  'name',
  'display_name',
  'family',
  'given',
  'suffix',
  'dropping-particle',
  'non-dropping-particle',
  'parse-names',
  'sequence',
  'id',
]);

/**
 * A person's name from an object of its parts: its `literal` or `name`, else family name and given name — run together,
 * as a Chinese name is written (`王` `芳` → `王芳`), when both are Chinese and the family name comes first; else each a piece.
 */
function personName(node: Node, text: string): CellText[] | undefined {
  if (node.type !== 'object') return undefined;
  const parts = new Map<string, Node>();
  for (const property of node.children ?? []) {
    const [name, value] = property.children ?? [];
    if (typeof name?.value !== 'string' || value === undefined || !NAME_PARTS.has(name.value)) return undefined;
    parts.set(name.value, value);
  }
  const whole = parts.get('literal') ?? parts.get('name') ?? parts.get('display_name');
  if (whole?.type === 'string') return [stringCell(whole, text)];
  const family = parts.get('family');
  const given = parts.get('given');
  if (family?.type !== 'string') return undefined;
  const familyCell = stringCell(family, text);
  if (given?.type !== 'string') return [familyCell];
  const givenCell = stringCell(given, text);
  const han = /^\p{Script=Han}+$/u;
  if (han.test(familyCell.value) && han.test(givenCell.value) && given.offset > family.offset) {
    // (One text over the two strings: the given name's characters stand where the file has them.)
    const familyEnd = familyCell.start + familyCell.value.length + familyCell.shifts.reduce((sum, shift) => sum + shift.extra, 0);
    const gap = givenCell.start - familyEnd;
    return [
      {
        value: familyCell.value + givenCell.value,
        start: familyCell.start,
        shifts: [
          ...familyCell.shifts,
          { at: familyCell.value.length, extra: gap },
          ...givenCell.shifts.map((shift) => ({ at: familyCell.value.length + shift.at, extra: shift.extra })),
        ],
      },
    ];
  }
  return [givenCell, familyCell];
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
