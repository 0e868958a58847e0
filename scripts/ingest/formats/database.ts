/**
 * Databases — where a newsroom's site and a researcher's scraper keep articles, a row an article: an SQLite database
 * (`news.db`, `.sqlite`, as Python's `sqlite3`, Scrapy pipelines and crawler templates write them; read with Node's own
 * `node:sqlite`, read only) and an SQL dump (`.sql`, as `mysqldump`, phpMyAdmin and `sqlite3 .dump` write a site's
 * database: `CREATE TABLE` and `INSERT INTO … VALUES (…),(…);`). Each table is read as a spreadsheet's sheet is
 * (`formats/spreadsheet.ts`): its name on a line of the text view, its columns' names as the header row, then its rows,
 * so the columns are told by name and value as any data file's (`facts/data-columns.ts`).
 *
 * A CMS keeps an article's head and its body in two tables — DedeCMS's `dede_archives` (`id`, `title`, `writer`,
 * `pubdate`) and `dede_addonarticle` (`aid`, `body`), 帝国CMS's `phome_ecms_news` and `phome_ecms_news_data_1`,
 * PHPCMS's `v9_news` and `v9_news_data` — so a table of text with no titles whose first column's values are all ids of
 * a table of titles is joined to it, a row an article with the fields of both.
 *
 * @example
 *   sqlDumpTables("CREATE TABLE `news` (\n  `id` int,\n  `title` varchar(200)\n);\nINSERT INTO `news` VALUES (1,'运河通航');")
 *   // → [{ name: 'news', columns: ['id', 'title'], rows: [['1', '运河通航']] }]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { columnRoles } from '../facts/data-columns.ts';
import { View, type Sheet, type SpreadsheetText } from './spreadsheet.ts';

export interface DatabaseTable {
  name: string;
  columns: string[];
  /** Each row's values in the columns' order; `null` for SQL's NULL. */
  rows: Array<Array<string | null>>;
}

/** Rows sampled to tell a table's columns. */
const SAMPLE = 200;

/** The first bytes of an SQLite database file. */
const SQLITE_HEADER = 'SQLite format 3\u0000';

export function isSqlite(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, SQLITE_HEADER.length)).toString('latin1') === SQLITE_HEADER;
}

/**
 * The tables of an SQLite database (not its own, `sqlite_*`), read from a copy in a temporary folder — with its
 * write-ahead log (`-wal`) when one was kept beside it, which holds what was not yet written into the file; or why it
 * cannot be read.
 */
export async function sqliteTables(bytes: Uint8Array, log?: Uint8Array): Promise<DatabaseTable[] | { unreadable: string }> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'baoku-sqlite-'));
  try {
    const file = path.join(folder, 'copy.db');
    await writeFile(file, bytes);
    if (log !== undefined) await writeFile(`${file}-wal`, log);
    // (Loaded only here: Node marks `node:sqlite` experimental, and says so once when it is first loaded.)
    const { DatabaseSync } = await withoutExperimentalWarning(() => import('node:sqlite'));
    // (Read-only, but with the log beside it the copy must be opened so that SQLite may read the log into it.)
    const database = new DatabaseSync(file, { readOnly: log === undefined });
    try {
      const names = database
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")
        .all()
        .map((row) => String(row['name']));
      return names.map((name) => {
        const quoted = `"${name.replaceAll('"', '""')}"`;
        const columns = database
          .prepare(`PRAGMA table_info(${quoted})`)
          .all()
          .map((row) => String(row['name']));
        const rows = database
          .prepare(`SELECT * FROM ${quoted}`)
          .all()
          .map((row) => columns.map((column) => sqlValue(row[column])));
        return { name, columns, rows };
      });
    } finally {
      database.close();
    }
  } catch (failure) {
    return { unreadable: failure instanceof Error ? failure.message : String(failure) };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A value as the database holds it, as text: a number's digits, a text as written, bytes as none. */
function sqlValue(value: unknown): string | null {
  if (typeof value === 'string') return value;
  return typeof value === 'number' || typeof value === 'bigint' ? String(value) : null;
}

/** Load a module without Node's warning that it is experimental (`node:sqlite`): the user is told what was read instead. */
async function withoutExperimentalWarning<T>(load: () => Promise<T>): Promise<T> {
  const emit = process.emitWarning.bind(process);
  const quiet = (warning: string | Error, ...rest: unknown[]): void => {
    const option: unknown = rest[0];
    const type = typeof option === 'string' ? option : typeof option === 'object' && option !== null && 'type' in option ? option.type : undefined;
    if (type === 'ExperimentalWarning' || (warning instanceof Error && warning.name === 'ExperimentalWarning')) return;
    Reflect.apply(emit, process, [warning, ...rest]);
  };
  process.emitWarning = quiet;
  try {
    return await load();
  } finally {
    process.emitWarning = emit;
  }
}

/** Whether a text is an SQL dump: it creates a table, inserts rows into one or copies them in (in its first 64 KB). */
export function isSqlDump(text: string): boolean {
  return /^\s*(?:CREATE\s+TABLE|INSERT\s+INTO|COPY\s+\S+\s*\()/imu.test(text.slice(0, 65_536));
}

/**
 * The tables of an SQL dump: their columns from `CREATE TABLE` (or an `INSERT`'s list of columns), their rows from
 * `INSERT INTO … VALUES`, many rows to a statement as `mysqldump` writes them; strings in single quotes with MySQL's
 * backslash escapes (`\'`, `\n`, `\r\n`) or a doubled quote (`''`, as SQLite and PostgreSQL write it).
 */
export function sqlDumpTables(text: string): DatabaseTable[] {
  // (MySQL's strings take backslash escapes; standard SQL's, SQLite's and PostgreSQL's, a doubled quote only.)
  const head = text.slice(0, 65_536);
  const backslashes = /MySQL dump|MariaDB dump|phpMyAdmin|ENGINE\s*=|\/\*!\d{5}|`/u.test(head);
  const tables = new Map<string, DatabaseTable>();
  const table = (name: string): DatabaseTable => {
    const known = tables.get(name) ?? { name, columns: [], rows: [] };
    tables.set(name, known);
    return known;
  };
  const statement =
    /\b(CREATE\s+TABLE(?:\s+IF\s+NOT\s+EXISTS)?|INSERT\s+(?:IGNORE\s+)?INTO|REPLACE\s+INTO)\s+((?:[`"[]?[\w$.-]+[`"\]]?\.)?[`"[]?[^\s`"(\]]+[`"\]]?)\s*/giu;
  for (let match = statement.exec(text); match; match = statement.exec(text)) {
    const name = unquoted(match[2]!.split('.').at(-1)!);
    let at = match.index + match[0].length;
    if (/^CREATE/iu.test(match[1]!)) {
      const body = parenthesised(text, at);
      if (body === undefined) continue;
      table(name).columns = columnsOf(body.inside);
      statement.lastIndex = body.end;
      continue;
    }
    // (`INSERT INTO t (a, b) VALUES …`: the columns it names.)
    let columns: string[] | undefined;
    if (text[at] === '(') {
      const list = parenthesised(text, at);
      if (list === undefined) continue;
      columns = list.inside.split(',').map((column) => unquoted(column.trim()));
      at = list.end;
    }
    const values = /^\s*VALUES\s*/iu.exec(text.slice(at, at + 32));
    if (!values) continue;
    at += values[0].length;
    const target = table(name);
    if (columns !== undefined && target.columns.length === 0) target.columns = columns;
    const order = columns?.map((column) => target.columns.indexOf(column));
    // Rows, `(…),(…)` to the statement's end.
    while (text[at] === '(') {
      const row = rowValues(text, at, backslashes);
      if (row === undefined) break;
      target.rows.push(order ? target.columns.map((_, index) => row.values[order.indexOf(index)] ?? null) : row.values);
      at = row.end;
      while (/\s/u.test(text[at] ?? '')) at += 1;
      if (text[at] !== ',') break;
      at += 1;
      while (/\s/u.test(text[at] ?? '')) at += 1;
    }
    statement.lastIndex = at;
  }
  // PostgreSQL's `pg_dump`: `COPY public.news (id, title, body) FROM stdin;`, then a row a line, tab between values, to `\.`.
  for (const copy of text.matchAll(/^COPY\s+((?:"[^"]+"|[\w$]+)(?:\.(?:"[^"]+"|[\w$]+))?)\s*\(([^)]*)\)\s+FROM\s+stdin;\r?\n/gimu)) {
    const target = table(unquoted(copy[1]!.split('.').at(-1)!));
    if (target.columns.length === 0) target.columns = copy[2]!.split(',').map((column) => unquoted(column.trim()));
    const from = copy.index + copy[0].length;
    const end = text.indexOf('\n\\.', from - 1);
    for (const line of text.slice(from, end === -1 ? undefined : end).split(/\r?\n/u)) {
      if (line === '') continue;
      target.rows.push(
        line.split('\t').map((value) => (value === '\\N' ? null : value.replace(/\\(.)/gu, (_, escaped: string) => ESCAPES[escaped] ?? escaped))),
      );
    }
  }
  for (const found of tables.values()) {
    const widest = Math.max(0, ...found.rows.map((row) => row.length));
    for (let index = found.columns.length; index < widest; index += 1) found.columns.push(`column ${index + 1}`);
  }
  return [...tables.values()].filter((found) => found.rows.length > 0);
}

function unquoted(name: string): string {
  return name.replace(/^[`"[]|[`"\]]$/gu, '');
}

/** The text inside parentheses opening at `start` (quotes and nested parentheses kept whole), and where they close. */
function parenthesised(text: string, start: number): { inside: string; end: number } | undefined {
  let depth = 0;
  let quote: string | undefined;
  for (let index = start; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote !== undefined) {
      if (char === '\\' && quote === "'") index += 1;
      else if (char === quote) quote = undefined;
      continue;
    }
    if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(') depth += 1;
    else if (char === ')' && --depth === 0) return { inside: text.slice(start + 1, index), end: index + 1 };
  }
  return undefined;
}

/** The columns a `CREATE TABLE` body defines (not its keys, indexes and constraints). */
function columnsOf(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of body) {
    if (char === '(') depth += 1;
    if (char === ')') depth -= 1;
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '' && !/^(?:PRIMARY|UNIQUE|KEY|INDEX|FULLTEXT|SPATIAL|CONSTRAINT|FOREIGN|CHECK)\b/iu.test(part))
    .map((part) => unquoted(/^([`"[][^`"\]]+[`"\]]|\S+)/u.exec(part)![1]!));
}

/** One row's values, `(1,'运河通航',NULL)`, from its opening parenthesis; and where it closes. */
function rowValues(text: string, start: number, backslashes: boolean): { values: Array<string | null>; end: number } | undefined {
  const values: Array<string | null> = [];
  let index = start + 1;
  for (;;) {
    const read = valueAt(text, index, backslashes);
    if (read === undefined) return undefined;
    values.push(read.value);
    index = read.end;
    while (/\s/u.test(text[index] ?? '')) index += 1;
    if (text[index] === ')') return { values, end: index + 1 };
    if (text[index] !== ',') return undefined;
    index += 1;
  }
}

/** MySQL's backslash escapes in a string (and PostgreSQL's in a `COPY` row). */
const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '0': '\u0000', Z: '\u001a', b: '\b' };

/**
 * A value in a row, and where it ends: a string (`'…'`, MySQL's with backslash escapes, standard SQL's with a doubled
 * quote only; after a character set's introducer, `_utf8mb4'…'`, `_binary '…'`), a number, `NULL`, a blob (`X'…'`, `0x…`:
 * bytes, no text), or what `sqlite3 .dump` writes for text with line breaks, `replace('…\n…','\n',char(10))`.
 */
function valueAt(text: string, start: number, backslashes: boolean): { value: string | null; end: number } | undefined {
  let index = start;
  while (/\s/u.test(text[index] ?? '')) index += 1;
  const char = text[index];
  if (char === undefined) return undefined;
  const introducer = /^_[a-z0-9]+\s*(?=')/iu.exec(text.slice(index, index + 24));
  if (introducer) {
    const read = valueAt(text, index + introducer[0].length, backslashes);
    return read && introducer[0].startsWith('_binary') ? { value: null, end: read.end } : read;
  }
  if (char === "'" || char === '"') {
    let value = '';
    index += 1;
    for (; index < text.length; index += 1) {
      const inside = text[index]!;
      if (inside === '\\' && backslashes) {
        const escaped = text[index + 1] ?? '';
        value += ESCAPES[escaped] ?? escaped;
        index += 1;
      } else if (inside === char && text[index + 1] === char) {
        value += char;
        index += 1;
      } else if (inside === char) break;
      else value += inside;
    }
    return { value, end: index + 1 };
  }
  if (/^[xX]'/u.test(text.slice(index, index + 2))) {
    const close = text.indexOf("'", index + 2);
    return close === -1 ? undefined : { value: null, end: close + 1 };
  }
  const call = /^(replace|char|unistr)\s*\(/iu.exec(text.slice(index, index + 16));
  if (call) {
    // (Its arguments read as a row's values are, from its opening parenthesis.)
    const list = rowValues(text, index + call[0].length - 1, backslashes);
    if (list === undefined) return undefined;
    const args = list.values;
    const name = call[1]!.toLowerCase();
    const value =
      name === 'char'
        ? String.fromCodePoint(...args.map(Number))
        : name === 'unistr'
          ? (args[0] ?? '').replace(/\\u([0-9a-fA-F]{4})|\\\+([0-9a-fA-F]{6})/gu, (_, four: string | undefined, six: string | undefined) =>
              String.fromCodePoint(parseInt(four ?? six ?? '0', 16)),
            )
          : (args[0] ?? '').replaceAll(args[1] ?? '', args[2] ?? '');
    return { value, end: list.end };
  }
  let end = index;
  while (end < text.length && text[end] !== ',' && text[end] !== ')') end += 1;
  const raw = text.slice(index, end).trim();
  return { value: /^NULL$/iu.test(raw) || /^0x[0-9a-f]+$/iu.test(raw) ? null : raw, end };
}

/**
 * A database's tables as a workbook's sheets in a text view (`formats/spreadsheet.ts`): each table's name, then its
 * columns' names as a header row, then its rows, cells apart by tabs; a table of bodies joined to its table of heads.
 * `joined` names each pair joined, for the file's note.
 */
export function databaseSheets(tables: readonly DatabaseTable[], kind: 'sqlite' | 'sql'): SpreadsheetText {
  const view = new View();
  const joined: string[] = [];
  const sheets: Sheet[] = [];
  for (const table of withBodiesJoined(tables, joined)) {
    const nameAt = view.line(table.name);
    const rows: Sheet['rows'] = [];
    const header = table.columns.map((value, column) => ({ column, value }));
    rows.push({ number: 1, cells: view.row(header) });
    table.rows.forEach((row, index) => {
      const values = row.flatMap((value, column) => (value === null || value === '' ? [] : [{ column, value }]));
      if (values.length > 0) rows.push({ number: index + 2, cells: view.row(values) });
    });
    sheets.push({ name: table.name, nameAt, rows });
  }
  return { kind, text: view.text, sheets, hidden: { sheets: [], rows: 0 }, joined };
}

/** Whether a table has a column of a role, told by its name and values as any data file's (`facts/data-columns.ts`). */
function hasRole(table: DatabaseTable, role: 'title' | 'text'): boolean {
  const values = (key: string): string[] => {
    const column = table.columns.indexOf(key);
    return table.rows
      .slice(0, SAMPLE)
      .map((row) => row[column] ?? '')
      .filter((value) => value.trim() !== '');
  };
  const roles = columnRoles(table.columns, values, true, Math.min(table.rows.length, SAMPLE)).roles;
  return [...roles.values()].some((found) => found.role === role);
}

/**
 * The tables with each table of bodies (text and no title, as DedeCMS's `dede_addonarticle`) joined to the table of
 * heads (titles) it refers to: by a column of the bodies that holds a head's id once each (one body a head; a table of
 * readers' comments, several to an article, is none), its name saying so — the head table's name with `id`
 * (`news_id` to `news`), a CMS's `aid`, `article_id`, `post_id` — else the bodies' first column. Half of a named key's
 * values at least, nine in ten of the first column's, must be heads' ids; a body whose head is missing is named, not read.
 */
function withBodiesJoined(tables: readonly DatabaseTable[], joined: string[]): DatabaseTable[] {
  // (A table of heads may hold a summary, which its columns' values alone read as text: `dede_archives`'s `description`.)
  const heads = tables.filter((table) => hasRole(table, 'title'));
  const used = new Set<DatabaseTable>();
  const result: DatabaseTable[] = [];
  for (const bodies of tables.filter((table) => hasRole(table, 'text') && !hasRole(table, 'title'))) {
    let match: { head: DatabaseTable; key: number; orphans: number } | undefined;
    for (const head of heads) {
      if (used.has(head)) continue;
      const idColumn = idColumnOf(head);
      const ids = new Set(head.rows.map((row) => row[idColumn]));
      const key = keyColumns(bodies, head).find(({ index, named }) => {
        const keys = bodies.rows.map((row) => row[index]).filter((value) => value !== null && value !== undefined);
        // (A column named as the heads' key may hold a few bodies whose head was deleted; the first column, by position alone, must match nine in ten.)
        return keys.length > 0 && new Set(keys).size === keys.length && keys.filter((value) => ids.has(value)).length >= keys.length * (named ? 0.5 : 0.9);
      })?.index;
      if (key === undefined) continue;
      const orphans = bodies.rows.filter((row) => !ids.has(row[key] ?? null)).length;
      match = { head, key, orphans };
      break;
    }
    if (!match) continue;
    const { head, key, orphans } = match;
    used.add(head).add(bodies);
    const idColumn = idColumnOf(head);
    const rest = bodies.columns.map((_, index) => index).filter((index) => index !== key);
    const byKey = new Map(bodies.rows.map((row) => [row[key], rest.map((index) => row[index] ?? null)]));
    // (A body's columns but its key, named apart where the head has one of that name.)
    const bodyColumns = rest.map((index) => bodies.columns[index]!).map((column) => (head.columns.includes(column) ? `${bodies.name}.${column}` : column));
    result.push({
      name: `${head.name} + ${bodies.name}`,
      columns: [...head.columns, ...bodyColumns],
      rows: head.rows.map((row) => [...row, ...(byKey.get(row[idColumn]) ?? bodyColumns.map(() => null))]),
    });
    joined.push(
      `\`${bodies.name}\` joined to \`${head.name}\` by \`${bodies.columns[key]}\` = \`${head.columns[idColumn]}\`${orphans > 0 ? ` (${orphans} of its rows refer to no row of \`${head.name}\`: not read)` : ''}`,
    );
  }
  return [...result, ...tables.filter((table) => !used.has(table))];
}

/** The columns of a table of bodies that may hold its heads' ids, most telling first, and whether their names say so. */
function keyColumns(bodies: DatabaseTable, head: DatabaseTable): Array<{ index: number; named: boolean }> {
  const stem = head.name
    .replace(/^[a-z0-9]+_(?=[a-z])/iu, '')
    .replace(/s$/iu, '')
    .toLowerCase();
  const named = (column: string): number => {
    const name = column.toLowerCase().replace(/[^a-z0-9]/gu, '');
    if (stem !== '' && (name === `${stem}id` || name === `${stem.replace(/[^a-z0-9]/gu, '')}id`)) return 0;
    if (/^(?:aid|arcid|articleid|newsid|postid|nid)$/u.test(name)) return 1;
    return 2;
  };
  return bodies.columns
    .map((column, index) => ({ index, rank: named(column) }))
    .filter(({ index, rank }) => rank < 2 || index === 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ index, rank }) => ({ index, named: rank < 2 }));
}

/** A table's id column: the one named `id`, else its first. */
function idColumnOf(table: DatabaseTable): number {
  return Math.max(
    0,
    table.columns.findIndex((column) => /^id$/iu.test(column)),
  );
}
