/** An RSS feed of the latest issues (Simplified pages; each item links to the issue), by @astrojs/rss. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadArchive } from '../utils/archive.ts';
import { formatIssueDate, SITE_NAME } from '../utils/labels.ts';
import { href } from '../utils/url.ts';
import { issuePath } from '../archive/paths.ts';
import { xmlSafe } from '../utils/xml-safe.ts';

const LATEST = 30;

export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const issues = archive.issues.slice(0, LATEST);
  return rss({
    title: `${SITE_NAME} 最新报纸`,
    description: `${SITE_NAME}：报纸原文档案，最新的 ${issues.length} 期`,
    site: site ?? new URL('https://baoku.example.org'),
    trailingSlash: true,
    customData: '<language>zh-Hans</language>',
    items: issues.map((issue) => {
      const titles = (archive.sectionsByIssue.get(issue.id) ?? []).map((section) => section.data.title).filter((title) => title !== undefined);
      return {
        title: xmlSafe(`${issue.data.paper} ${formatIssueDate(issue.data)}`),
        link: href('hans', issuePath(issue.data.paperSlug, issue.data.date)),
        pubDate: new Date(`${issue.data.date}T00:00:00Z`),
        description: xmlSafe(titles.join('；')),
      };
    }),
  });
};
