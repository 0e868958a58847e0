/**
 * The part of opencc's phrase tables a text needs: every entry whose source
 * occurs somewhere in the text. Converting that text, or any piece of it,
 * with only these entries gives exactly what the full tables give (the
 * converter only ever matches entries that occur in its input), so the
 * browser can show search results in Traditional with a few kilobytes
 * instead of opencc's 1 MB phrase table.
 *
 * @example
 *   phraseSubset(['头发 頭髮|发展 發展|关系 關係'], ['他的头发'])[0] // → [['头发', '頭髮']]
 */

type Pair = [string, string];

interface Node {
  next: Map<number, Node>;
  /** The source string ending here, if an entry does. */
  key?: string;
}

export class PhraseSubset {
  readonly #tables: Pair[][];
  readonly #root: Node = { next: new Map() };

  /** Tables as opencc ships them: `from to|from to`. */
  constructor(tables: readonly string[]) {
    this.#tables = tables.map((table) => (table === '' ? [] : table.split('|').map((entry) => entry.split(' ') as Pair)));
    for (const table of this.#tables) for (const [from] of table) this.#add(from);
  }

  #add(key: string): void {
    let node = this.#root;
    for (const char of key) {
      const code = char.codePointAt(0)!;
      let next = node.next.get(code);
      if (!next) {
        next = { next: new Map() };
        node.next.set(code, next);
      }
      node = next;
    }
    node.key = key;
  }

  /** Each table's entries that occur in any of the texts, in table order. */
  of(texts: Iterable<string>): Pair[][] {
    const found = new Set<string>();
    for (const text of texts) {
      for (let start = 0; start < text.length; start += 1) {
        let node: Node | undefined = this.#root;
        for (let index = start; node && index < text.length;) {
          const code = text.codePointAt(index)!;
          index += code > 0xffff ? 2 : 1;
          node = node.next.get(code);
          if (node?.key !== undefined) found.add(node.key);
        }
      }
    }
    return this.#tables.map((table) => table.filter(([from]) => found.has(from)));
  }
}

/** Convenience for one-off use (tests): the subset of `tables` that `texts` need. */
export function phraseSubset(tables: readonly string[], texts: Iterable<string>): Pair[][] {
  return new PhraseSubset(tables).of(texts);
}
