/** Where the fixture archive is ingested and built for the site tests. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const outputRoot = path.join(projectRoot, 'tests/.output');
export const contentDir = path.join(outputRoot, 'content');
/** The site built at the root of its host. */
export const siteDir = path.join(outputRoot, 'dist');
/** The same site built under a sub-path. */
export const baseSiteDir = path.join(outputRoot, 'dist-base');
export const SUB_PATH = '/archive/';
export const screenshotsDir = path.join(outputRoot, 'screenshots');

/** The fixtures that make the site's archive: every good layout, plus the hostile text. */
export const SITE_FIXTURES = [
  'seed',
  'two-page-jump',
  'page-from-marker',
  'interview-numerals',
  'traditional-big5',
  'encodings',
  'whole-issue-file',
  'hostile',
  'one-to-many',
  'article-per-file',
  'markdown-export',
  'issue-repeated-header',
  'digest-items',
  'database-export',
  'html-issue',
  'epaper-pages',
  'lettered-pages',
  'wechat-posts',
  'taiwan-archive',
  'static-site-export',
  'web-crawls',
  'month-dated',
];

export const SEED = 'papers/beijingchengshifuzhongxinbao/2024/03/08/';
