/**
 * A chat app's export of a channel as web pages — Telegram Desktop's `messages.html`, `messages2.html`, … (“Export chat
 * history”, HTML), as outlets' channels are kept: each message a post, opened by the container reader
 * (`archive-entries.ts`) as an HTML page of its own with the channel's name as its source and the message's moment as
 * its date (Telegram writes it in the exporter's clock with its offset, `02.09.2024 06:10:00 UTC+08:00`), its text as the
 * page's body (the message's bold first line, as channels head a story, read as its headline by the text's rules). The
 * export's service lines (a date between days, the channel made, a message pinned) are no posts. Parsed with
 * `hast-util-from-html`. (Its JSON export, `result.json`, is read as a data file: `formats/json-records.ts`.)
 *
 * @example
 *   chatExportPosts('<div class="page_header">…<div class="text bold">南江快讯</div>…<div class="message default clearfix" id="message2">…')
 *   // → { channel: '南江快讯', posts: [{ name: 'message2.html', html: '<html><head>…<meta name="date" content="2024-09-02T06:10:00+08:00">…' }] }
 */
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { escapeXml } from './office-xml.ts';
import { paperOfFeedTitle } from '../rules/paper-name.ts';

/** Whether a page is a chat export's page of messages (Telegram Desktop's: a `history` of `message` blocks). */
export function isChatExport(head: string): boolean {
  return /<div class="history">/u.test(head) && /<div class="message (?:default|service)/u.test(head);
}

export interface ChatPost {
  /** The post's name inside the export (`message2.html`), for provenance. */
  name: string;
  html: string;
}

/** The posts of a chat export's page, each a small HTML page; and the channel's name. */
export function chatExportPosts(html: string): { channel?: string; posts: ChatPost[]; service: number; group?: true } {
  const tree = fromHtml(html);
  const elements: Element[] = [];
  const walk = (node: { children?: unknown[] }): void => {
    for (const child of (node.children ?? []) as Array<Element | { type: string }>) {
      if (child.type !== 'element') continue;
      elements.push(child as Element);
      walk(child as Element);
    }
  };
  walk(tree);
  const classes = (element: Element): string[] => {
    const value = element.properties['className'];
    return Array.isArray(value) ? value.map(String) : [];
  };
  const within = (element: Element, name: string): Element[] => {
    const found: Element[] = [];
    const visit = (node: Element): void => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        if (classes(child).includes(name)) found.push(child);
        visit(child);
      }
    };
    visit(element);
    return found;
  };
  const header = elements.find((element) => classes(element).includes('page_header'));
  const channel = header ? within(header, 'text').map((element) => toString(element).trim())[0] : undefined;
  // (A channel posts under its own name alone; a group's chat, many people talking, is no outlet's posts: read as the page it is.)
  // (Each message's own sender, in its body: not the source a forwarded message names inside it.)
  const childrenOf = (element: Element, name: string): Element[] =>
    element.children.filter((child): child is Element => child.type === 'element' && classes(child).includes(name));
  const senders = new Set(
    elements
      .filter((element) => classes(element).includes('message') && classes(element).includes('default'))
      .flatMap((message) => childrenOf(message, 'body').flatMap((body) => childrenOf(body, 'from_name')))
      .map((element) =>
        toString(element)
          .trim()
          .replace(/\s+via\s+@\S+$/u, ''),
      ),
  );
  if (senders.size > 1) return { posts: [], service: 0, group: true };
  let service = 0;
  const posts: ChatPost[] = [];
  for (const message of elements.filter((element) => classes(element).includes('message'))) {
    if (classes(message).includes('service')) {
      service += 1;
      continue;
    }
    if (!classes(message).includes('default')) continue;
    const texts = within(message, 'text').filter((element) => !classes(element).includes('bold'));
    if (texts.length === 0) continue;
    const stamp = within(message, 'date')
      .map((element) => element.properties['title'])
      .find((title) => typeof title === 'string');
    const date = typeof stamp === 'string' ? isoMoment(stamp) : undefined;
    const id = typeof message.properties['id'] === 'string' ? message.properties['id'] : `message${posts.length + 1}`;
    const metas = [
      channel === undefined ? '' : `<meta name="source" content="${escapeXml(paperOfFeedTitle(channel) ?? channel)}">`,
      date === undefined ? '' : `<meta name="date" content="${escapeXml(date)}">`,
    ].join('');
    // (One post, one article.)
    const body = `<article>\n${texts.map((text) => `<div>${toHtml(text.children)}</div>`).join('\n')}\n</article>`;
    posts.push({ name: `${id}.html`, html: `<!DOCTYPE html>\n<html><head><meta charset="utf-8">${metas}</head><body>\n${body}\n</body></html>\n` });
  }
  return { ...(channel ? { channel } : {}), posts, service };
}

/** Telegram's moment, `02.09.2024 06:10:00 UTC+08:00`, as ISO 8601 with its offset (`2024-09-02T06:10:00+08:00`). */
function isoMoment(stamp: string): string | undefined {
  const match = /^(\d{2})\.(\d{2})\.(\d{4}) (\d{2}:\d{2}:\d{2})(?: UTC([+-]\d{2}:\d{2}))?$/u.exec(stamp.trim());
  if (!match) return undefined;
  const [, day, month, year, time, offset] = match;
  return `${year}-${month}-${day}T${time}${offset ?? ''}`;
}
