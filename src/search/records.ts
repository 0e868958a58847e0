/**
 * Read the search records out of built Simplified pages: the JSON written
 * by SearchRecord.astro, and the text of `[data-pagefind-body]` without its
 * `[data-pagefind-ignore]` parts. Simplified pages hold every paper in
 * Simplified (papers printed in Traditional are converted first), so the
 * index is folded to one script; queries are folded the same way.
 */
import type { Element, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { encodeIndexText } from './bigrams.ts';
import { foldWidth } from './fold-width.ts';
import { KIND_FILTER, type SearchKind } from './kinds.ts';

export interface PageRecord {
  title: string;
  date: string;
  paper: string;
  kind: SearchKind;
  outlet?: string;
  respondent?: string;
  topic?: string;
}

export interface SearchRecord {
  /** Page path without base or script prefix (`papers/x/2024/03/08/p1-01/`). */
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

const parser = unified().use(rehypeParse);

export function searchRecord(html: string, url: string): SearchRecord | undefined {
  const tree = parser.parse(html);
  let data: PageRecord | undefined;
  let body: Element | undefined;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === 'script' && node.properties['dataBaokuSearch'] !== undefined) {
      data = JSON.parse(toText(node)) as PageRecord;
    }
    if (!body && node.properties['dataPagefindBody'] !== undefined) body = node;
  });
  if (!data || !body) return undefined;
  // Folded like queries: 全角 digits and letters → ASCII; the script is already Simplified.
  // Indexed as bigrams (search/bigrams.ts) in no language (`und`), so that Pagefind neither segments nor stems it.
  const content = encodeIndexText(foldWidth(toText(prune(body), { whitespace: 'normal' })));
  const [year = '', month = ''] = data.date.split('-');
  // Pagefind indexes every meta value as words: only the title (text of the page) and `path` (what the
  // search page links to, with the date in it; Latin only) go there. The facts shown come from the filters.
  const meta: Record<string, string> = { title: foldWidth(data.title), path: url };
  // `date` (the day) is not offered as a facet: the search page reads it for a date range (client/bundles.ts).
  const filters: Record<string, string[]> = {
    paper: [data.paper],
    year: [year],
    month: [`${year}-${month}`],
    date: [data.date],
    kind: [KIND_FILTER[data.kind]],
  };
  for (const facet of ['outlet', 'respondent', 'topic'] as const) {
    const value = data[facet];
    if (value) filters[facet] = [value];
  }
  return { url, content, language: 'und', meta, filters, sort: { date: data.date } };
}

/** A copy of the element without ignored parts, scripts or styles. */
function prune(element: Element): Root {
  const keep = (node: RootContent): boolean =>
    node.type !== 'element' || (node.properties['dataPagefindIgnore'] === undefined && node.tagName !== 'script' && node.tagName !== 'style');
  const copy = (node: Element): Element => ({
    ...node,
    children: node.children.filter(keep).map((child) => (child.type === 'element' ? copy(child) : child)),
  });
  return { type: 'root', children: [copy(element)] };
}
