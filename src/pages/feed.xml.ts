/** An Atom feed of the latest issues (Simplified pages; each entry links to the issue). */
import type { APIRoute } from 'astro';
import { loadArchive } from '../utils/archive.ts';
import { SITE_NAME } from '../utils/labels.ts';
import { formatDate } from '../utils/labels.ts';
import { href, issuePath } from '../utils/url.ts';

const LATEST = 30;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/gu, (char) => `&#${char.codePointAt(0)};`);
}

export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const issues = archive.issues.slice(0, LATEST);
  const home = new URL(href('hans'), site).href;
  const entries = issues.map((issue) => {
    const url = new URL(href('hans', issuePath(issue.data.paperSlug, issue.data.date)), site).href;
    const titles = (archive.sectionsByIssue.get(issue.id) ?? []).map((section) => section.data.title).filter(Boolean);
    return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(`${issue.data.paper} ${formatDate(issue.data.date)}`)}</title>
    <link href="${escapeXml(url)}"/>
    <updated>${issue.data.date}T00:00:00Z</updated>
    <summary>${escapeXml(titles.join('；'))}</summary>
  </entry>`;
  });
  const updated = issues[0]?.data.date ?? '1970-01-01';
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-Hans">
  <id>${escapeXml(home)}</id>
  <title>${SITE_NAME} 最新报纸</title>
  <link href="${escapeXml(home)}"/>
  <link rel="self" href="${escapeXml(new URL(`${import.meta.env.BASE_URL.replace(/\/?$/u, '/')}feed.xml`, site).href)}"/>
  <updated>${updated}T00:00:00Z</updated>
${entries.join('\n')}
</feed>
`;
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
