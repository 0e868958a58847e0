/**
 * The records of a structured data file (JSON, XML), found the same way
 * whatever its syntax: the file is read into nodes (an object, an element),
 * each with its fields (strings, numbers, lists of strings) and the nodes
 * under it; an article is a node that holds text — a field under a text name
 * (`content`, `正文`) or a long string. What the nodes above a record say of
 * it (the date, the page's number) is the record's too, unless it
 * says otherwise; an API reply's pagination is not (`{"code": 0, "total": 30,
 * "page": 1, "data": […]}`), and its other fields are named, not read.
 */
import type { CellText } from './cell-text.ts';
import { normalName, roleOfName } from '../facts/field-names.ts';

/** One field of a record: its name and its text, or its texts for a list of strings (paragraphs, authors). */
export interface DataCell {
  key: string;
  pieces: CellText[];
}

/** A node of a data file: its fields, and the nodes under it by the name they stand under. */
export interface DataNode {
  fields: DataCell[];
  children: Array<{ key: string; node: DataNode }>;
  /** Offset of the node's start (an object's brace, an element's tag). */
  start: number;
  /** An XML element's name (`channel`, `feed`). */
  name?: string;
}

export interface DataRecord {
  cells: DataCell[];
  start: number;
}

export interface DataRecords {
  records: DataRecord[];
  /** Names left out, with a count: a record's nodes that are no text of it (images, tags), its wrappers' fields that are no fact of it. */
  leftOut: Map<string, number>;
  /** The name a feed gives itself, over its records (an RSS channel's or an Atom feed's `title`, as WordPress's export and news feeds write it). */
  collection?: string;
  /**
   * Where that name is from: a feed's title (`feed`, read for the paper it names), a chat app's channel's name
   * (`channel`, Telegram's export's `name`) or a blog's site title among its settings (`site`, Ghost's): the outlet's own.
   */
  collectionFrom?: 'feed' | 'channel' | 'site';
}

/** A chat app's export of a channel: Telegram Desktop's `result.json`, `{"name": "南江快讯", "type": "public_channel", "messages": […]}`. */
const CHANNEL_TYPE = /^(?:public|private)_channel$/u;
/** A chat app's chats that are no outlet's posts: a person's, a group's, saved messages (in an export of a whole account). */
const PRIVATE_CHAT = /^(?:personal_chat|private_group|private_supergroup|public_supergroup|saved_messages|bot_chat)$/u;
/** Nodes under a record that are no articles of their own: a chat message's poll and its answers, its reactions, its buttons. */
const NOT_ARTICLES = new Set(['poll', 'reactions', 'inline_bot_buttons']);

/** Whether a node is a feed, whose `title` is its own name: RSS's (and WordPress's export's) `channel` under `rss` or `rdf:RDF`, Atom's `feed` at the root. */
function isFeed(node: DataNode, parent: DataNode | undefined): boolean {
  return (node.name === 'channel' && (parent?.name === 'rss' || parent?.name === 'rdf:rdf')) || (node.name === 'feed' && parent === undefined);
}

/** A string of this many Chinese characters is an article's text, whatever its name. */
const LONG_TEXT = 40;

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

/** The records under `roots`, in the file's order. */
export function recordsOf(roots: readonly DataNode[]): DataRecords {
  const found: DataRecords = { records: [], leftOut: new Map() };
  const count = (key: string): void => {
    found.leftOut.set(key, (found.leftOut.get(key) ?? 0) + 1);
  };
  const visit = (node: DataNode, inherited: readonly DataCell[], amongRecords: boolean, parent: DataNode | undefined): void => {
    const own = node.fields;
    // (A titled node among records, its text null or missing, `{"title": "…", "content": null}`: an article, said to have no text.)
    // (A wrapper whose records hold text is none itself, however long its own text: a feed's channel, an issue's guide.)
    // (Also one whose nodes are titled, several under one name: a feed's items with short summaries, its channel no article.)
    const titledByName = new Map<string, number>();
    for (const child of node.children) if (titled(child.node.fields)) titledByName.set(child.key, (titledByName.get(child.key) ?? 0) + 1);
    const recordsBelow = node.children.some((child) => holdsTextBelow(child.node)) || [...titledByName.values()].some((count) => count >= 2);
    if ((holdsText(own) && !recordsBelow) || (amongRecords && titled(own) && !recordsBelow)) {
      const names = new Set(own.map((cell) => cell.key));
      found.records.push({ cells: [...own, ...inherited.filter((cell) => !names.has(cell.key))], start: node.start });
      for (const child of node.children) count(child.key);
      return;
    }
    // (A feed: RSS's `channel` under `rss` (or RSS 1.0's `rdf:RDF`), Atom's `feed` at the root; a CMS's `<channel>` of a section is none.)
    const feed = isFeed(node, parent);
    const chatType = own.find((cell) => cell.key === 'type')?.pieces[0]?.value ?? '';
    const chat = node.children.some((child) => child.key === 'messages');
    // (A person's or a group's chat in an export of a whole account: no outlet's posts, and private; counted, not read.)
    if (chat && PRIVATE_CHAT.test(chatType)) {
      count(`chat (${chatType})`);
      return;
    }
    if (found.collection === undefined && chat && CHANNEL_TYPE.test(chatType)) {
      const name = own.find((cell) => cell.key === 'name')?.pieces[0]?.value.trim();
      if (name) {
        found.collection = name;
        found.collectionFrom = 'channel';
      }
    }
    if (found.collection === undefined && feed && !holdsText(own)) {
      const title = own
        .find((cell) => normalName(cell.key) === 'title')
        ?.pieces.map((piece) => piece.value.trim())
        .join('');
      if (title) {
        found.collection = title;
        found.collectionFrom = 'feed';
      }
    }
    const envelope = own.some((cell) => ENVELOPE.has(normalName(cell.key)));
    // (A feed's title, subtitle, description and author are the feed's, none of its items'; its date, for items with none of their own, is theirs.)
    const shared = own.filter((cell) => {
      const role = roleOfName(cell.key);
      const keep =
        role !== undefined &&
        role !== 'text' &&
        !(envelope && (role === 'page' || role === 'order')) &&
        !(feed && ['title', 'subtitle', 'kicker', 'summary', 'author', 'paper'].includes(role));
      if (!keep) count(cell.key);
      return keep;
    });
    const names = new Set(shared.map((cell) => cell.key));
    const passed = [...shared, ...inherited.filter((cell) => !names.has(cell.key))];
    visitAll(node.children, passed, node);
  };
  /** The nodes under one parent, each knowing whether some node of its name beside it holds text. */
  const visitAll = (children: ReadonlyArray<{ key: string; node: DataNode }>, inherited: readonly DataCell[], parent: DataNode | undefined): void => {
    const withText = new Set(children.filter((child) => holdsText(child.node.fields)).map((child) => child.key));
    for (const child of children) {
      if (NOT_ARTICLES.has(child.key)) count(child.key);
      else visit(child.node, inherited, withText.has(child.key), parent);
    }
  };
  visitAll(
    roots.map((node) => ({ key: '', node })),
    [],
    undefined,
  );
  // (A blog's export names its site in its settings, Ghost's `"settings": [{"key": "title", "value": "东岭观察"}]`: the outlet's name.)
  const title = found.collection === undefined ? siteTitle(roots) : undefined;
  if (title !== undefined) {
    found.collection = title;
    found.collectionFrom = 'site';
  }
  return found;
}

/** The site's title a blog's export keeps among its settings (`settings` nodes of a `key` and a `value`), anywhere in the file. */
function siteTitle(nodes: readonly DataNode[]): string | undefined {
  for (const node of nodes) {
    for (const child of node.children) {
      if (child.key !== 'settings') continue;
      const fields = new Map(child.node.fields.map((cell) => [cell.key, cell.pieces.map((piece) => piece.value).join('')]));
      if (fields.get('key') === 'title' && fields.get('value')?.trim()) return fields.get('value')!.trim();
    }
    const below = siteTitle(node.children.map((child) => child.node));
    if (below !== undefined) return below;
  }
  return undefined;
}

/** Whether a node's fields hold an article's text: a field under a text name, or a long one in Chinese (not a browser's user agent). */
function holdsText(fields: readonly DataCell[]): boolean {
  return fields.some(
    (cell) =>
      // (A text name holding an address, a page's JSON linking its OCR, `"text": "https://…/ocr.txt"`, holds none.)
      (roleOfName(cell.key) === 'text' && !cell.pieces.every((piece) => /^\s*https?:\/\/\S+\s*$/u.test(piece.value))) ||
      cell.pieces.reduce((sum, piece) => sum + (piece.value.match(HAN) ?? []).length, 0) >= LONG_TEXT,
  );
}

const HAN = /\p{Script=Han}/gu;

/** Whether a node is titled (a field under a title name): beside its siblings that hold text, an article whose text is missing. */
function titled(fields: readonly DataCell[]): boolean {
  return fields.some((cell) => roleOfName(cell.key) === 'title' && cell.pieces.some((piece) => piece.value.trim() !== ''));
}

/** Whether any node under `node` (or itself) holds text: then it holds records, and is no group of one record's fields. */
export function holdsTextBelow(node: DataNode): boolean {
  return holdsText(node.fields) || node.children.some((child) => holdsTextBelow(child.node));
}
