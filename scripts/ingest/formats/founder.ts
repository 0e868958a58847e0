/**
 * Founder's e-paper system (方正翔宇/ENP, on which most Chinese papers' digital editions run, `paper.people.com.cn`
 * among them) writes an article's facts into its page twice over: in a comment before the text
 * (`<!--enpproperty <date>2024-01-10</date><title>…</title><introtitle>…</introtitle><subtitle>…</subtitle>
 * <author>…</author><pagenum>A01</pagenum>…/enpproperty-->`) and in elements of its own around the head and the
 * text (`<founder-introtitle>`, `<founder-title>`, `<founder-subtitle>`, `<founder-author>`, `<founder-content>`).
 * Read as front matter's facts: the page's navigation rows around them (`当前版：A01 返回本版`, `本版标题`) are then no
 * headline; the text is `<founder-content>`'s alone where the page has one and says its headline (else the page's
 * own rows over it hold the head, and are read).
 *
 * @example
 *   founderArticle(tree) // → { facts: { title: '…', kicker: '…', page: 'A01', date: '2024-01-10' }, content: <founder-content> }
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { collapse, descendants } from './html-layout.ts';

/** The facts an ENP property comment and Founder's head elements give, by the front matter key they stand for. */
const KEYS: Record<string, string> = { title: 'title', introtitle: 'kicker', subtitle: 'subtitle', author: 'author', date: 'date', pagenum: 'page' };

export interface FounderArticle {
  /** Front matter's facts: `title`, `kicker`, `subtitle`, `author`, `date`, `page`, each where the page gives it. */
  facts: Record<string, string>;
  /** The article's text, where the page marks it (`<founder-content>`) and says its headline. */
  content?: Element;
}

/** The article a Founder page marks, or nothing when the page is no Founder page. */
export function founderArticle(tree: Root): FounderArticle | undefined {
  const facts: Record<string, string> = {};
  visit(tree, 'comment', (node) => {
    const property = /^\s*enpproperty\b([\s\S]*?)\/enpproperty\s*$/u.exec(node.value)?.[1];
    if (property === undefined) return;
    for (const [, name, value] of property.matchAll(/<([a-z]+)>([^<]*)<\/\1>/gu)) {
      const key = KEYS[name!];
      const text = collapse(value!);
      if (key !== undefined && text !== '' && facts[key] === undefined) facts[key] = text;
    }
  });
  const elements = descendants(tree).filter((node) => node.tagName.startsWith('founder-'));
  for (const element of elements) {
    const key = KEYS[element.tagName.slice('founder-'.length)];
    const text = collapse(toString(element));
    if (key !== undefined && text !== '' && facts[key] === undefined) facts[key] = text;
  }
  // (The text alone only where the page says its headline: else the head stands over `<founder-content>` in the page's own rows.)
  const content = facts['title'] === undefined ? undefined : elements.find((node) => node.tagName === 'founder-content');
  if (Object.keys(facts).length === 0) return undefined;
  return { facts, ...(content ? { content } : {}) };
}
