// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { convertScript } from './src/integrations/convert-script.ts';
import { searchIndex } from './src/integrations/search-index.ts';

/** Deploy under a sub-path with BAOKU_BASE=/archive; the public URL with BAOKU_SITE. */
const base = process.env.BAOKU_BASE ?? '/';
const site = process.env.BAOKU_SITE ?? 'https://baoku.example.org';

export default defineConfig({
  site,
  base,
  // Tests build fixture archives into their own folders (see tests/site/global-setup.ts).
  outDir: process.env.BAOKU_OUT_DIR ?? './dist',
  cacheDir: process.env.BAOKU_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 1, inlineStylesheets: 'never' },
  // Pages whose content did not change (getStaticPaths `cacheKey`) are not rendered again: publishing one issue re-renders what it touches.
  experimental: { incrementalBuild: true },
  integrations: [
    sitemap({
      // The 404 pages (one per script) are not pages to index.
      filter: (page) => !/\/404\/?$/u.test(page),
      i18n: { defaultLocale: 'hans', locales: { hans: 'zh-Hans', 'zh-hant': 'zh-Hant' } },
    }),
    // Traditional pages: characters only (no vocabulary), Taiwan forms; 'hk' for Hong Kong forms.
    convertScript({ traditional: 'tw' }),
    // Runs after the conversion: indexes the Simplified pages, one Pagefind index per year.
    searchIndex(),
  ],
});
