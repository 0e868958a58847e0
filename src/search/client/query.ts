/**
 * The search page's query language, over a query already folded to
 * Simplified (fold.ts): words separated by spaces must all occur; `"…"` is
 * one exact part, spaces included; `-词` or `-"…"` excludes; `A OR B` and
 * `A | B` give either side (AND binds tighter). Each part is then planned as
 * a Pagefind query over the bigram index (search/bigrams.ts).
 *
 * @example
 *   parseQuery('外交 -美国 OR "命运 共同体"')
 *   // → { groups: [['外交'], ['命运 共同体']], exclude: ['美国'] }
 */
import { hanTokens, isHan, runs } from '../bigrams.ts';

export interface ParsedQuery {
  /** Either of these lists; every part of a list must occur. */
  groups: string[][];
  /** No result contains any of these. */
  exclude: string[];
}

export type ParseResult = { ok: true; query: ParsedQuery } | { ok: false; error: 'quote' | 'or' | 'negative' | 'punctuation' };

const QUOTES = /["“”]/u;

export function parseQuery(folded: string): ParseResult {
  const groups: string[][] = [[]];
  const exclude: string[] = [];
  let pendingOr = false;
  let at = 0;
  const text = folded.trim();
  while (at < text.length) {
    const char = text[at]!;
    if (/\s/u.test(char)) {
      at += 1;
      continue;
    }
    let negative = false;
    if ((char === '-' || char === '－') && at + 1 < text.length && !/\s/u.test(text[at + 1]!)) {
      negative = true;
      at += 1;
    }
    let part: string;
    let quoted = false;
    if (QUOTES.test(text[at]!)) {
      const end = text.slice(at + 1).search(QUOTES);
      if (end === -1) return { ok: false, error: 'quote' };
      part = text.slice(at + 1, at + 1 + end).trim();
      at += end + 2;
      quoted = true;
    } else {
      const end = text.slice(at).search(/\s/u);
      part = end === -1 ? text.slice(at) : text.slice(at, at + end);
      at = end === -1 ? text.length : at + end;
    }
    if (!quoted && !negative && (part === 'OR' || part === '|' || part === '｜')) {
      if (pendingOr || groups.at(-1)!.length === 0) return { ok: false, error: 'or' };
      pendingOr = true;
      continue;
    }
    if (part === '') continue;
    if (!/[\p{L}\p{N}]/u.test(part)) return { ok: false, error: 'punctuation' };
    if (negative) {
      exclude.push(part);
      continue;
    }
    if (pendingOr) {
      groups.push([]);
      pendingOr = false;
    }
    groups.at(-1)!.push(part);
  }
  if (pendingOr) return { ok: false, error: 'or' };
  if (groups[0]!.length === 0) return exclude.length > 0 ? { ok: false, error: 'negative' } : { ok: true, query: { groups: [], exclude } };
  return { ok: true, query: { groups, exclude } };
}

export interface PartPlan {
  /** What Pagefind is asked. */
  term: string;
  /**
   * False when Pagefind's answer is exactly the records containing the part
   * (Han text: a quoted phrase of bigrams, or one character as a prefix);
   * true when its answer is a superset that the page checks against the text
   * (Latin words and numbers, mixed text, punctuation, spaces).
   */
  verify: boolean;
  /**
   * For one Han character, asked as a prefix: the index chunks to load
   * first (`preload`), so that every bigram it begins is found. Pagefind
   * loads only the chunk the term itself sorts into when that chunk exists,
   * and a common character's bigrams run on into the next chunks of a large
   * bundle (measured on a year: 记 found in 10,044 of 10,930 records).
   */
  preload?: string;
}

/** First characters of the probes: the CJK Unified Ideographs and Extension A, where a bigram's second character lies. */
const PROBE_RANGES: Array<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
];
let probeChars: string[] | undefined;
/** Probes made, by character: a part is planned once per bundle searched, and the probes run to 80,000 characters. */
const probes = new Map<string, string>();

/**
 * `记一 记丁 记七 …`: every bigram `记X` sorts among these probes, so loading
 * the chunk of each probe loads every chunk that can hold such a bigram.
 */
export function prefixProbes(char: string): string {
  let made = probes.get(char);
  if (made === undefined) {
    probeChars ??= PROBE_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, index) => String.fromCodePoint(from + index)));
    made = probeChars.map((second) => `${char}${second}`).join(' ');
    probes.set(char, made);
  }
  return made;
}

export function planPart(part: string): PartPlan {
  const chars = Array.from(part);
  if (chars.length > 0 && chars.every(isHan)) {
    if (chars.length === 1) return { term: part, verify: false, preload: prefixProbes(part) };
    return { term: `"${hanTokens(part).slice(0, -1).join(' ')}"`, verify: false };
  }
  const tokens = runs(part).flatMap((run) => {
    if (run.kind === 'space') return [];
    if (run.kind === 'other') return [run.text];
    const han = hanTokens(run.text);
    return han.length === 1 ? han : han.slice(0, -1);
  });
  return { term: tokens.join(' '), verify: true };
}

/** Whether a record's text (decoded, with its title) satisfies the query: the check behind `verify`. */
export function matches(text: string, query: ParsedQuery): boolean {
  const lower = text.toLowerCase();
  const has = (part: string): boolean => lower.includes(part.toLowerCase());
  return query.groups.some((group) => group.every(has)) && !query.exclude.some(has);
}

/** Every positive part, for marking hits. */
export function positiveParts(query: ParsedQuery): string[] {
  return [...new Set(query.groups.flat())];
}
