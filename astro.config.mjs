// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { settingsOrExit } from './src/archive/settings.ts';
import { convertScript } from './src/integrations/convert-script.ts';
import { searchIndex } from './src/search/build-index.ts';

/** Baoku's own options live in baoku.config.ts (validated there, with the documented environment overrides); this file wires them into Astro. */
const settings = settingsOrExit();

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: settings.folders.dist,
  cacheDir: settings.folders.cache,
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
    // Traditional pages: `traditional` in baoku.config.ts (characters only: `tw` or `hk`).
    convertScript({ traditional: settings.traditional }),
    // Runs after the conversion: indexes the Simplified pages, one Pagefind bundle per shard.
    searchIndex(),
  ],
});
