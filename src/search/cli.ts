/**
 * `npm run search-index -- DIST [--shard KEY]... [--merge]`
 *
 * Index a built site (built with `search: false` or BAOKU_SEARCH=off) outside the Astro build:
 * all shards, or only the named ones (one CI job per shard), or, with
 * `--merge` alone, just write the shard list of the shard bundles present
 * and the search hub (hub.ts).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { close } from 'pagefind';
import { settingsOrExit } from '../archive/settings.ts';
import { mergeShardList } from '../archive/bundles.ts';
import { buildSearchIndex } from './build-index.ts';
import { writeHub } from './hub.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { shard: { type: 'string', multiple: true }, merge: { type: 'boolean', default: false }, cache: { type: 'string' } },
});
const settings = settingsOrExit();
const root = path.resolve(positionals[0] ?? settings.folders.dist);
const cacheRoot = path.resolve(values.cache ?? path.join(settings.folders.cache, 'baoku-pagefind'));

if (values.merge && !values.shard) {
  const shards = await mergeShardList(root);
  await writeHub(root);
  await close();
  console.error(`search-index: merged ${shards.length} shards (${shards.map((shard) => shard.key).join(', ')})`);
} else {
  const result = await buildSearchIndex({ root, cacheRoot, ...(values.shard ? { only: values.shard } : {}) });
  const pages = result.shards.reduce((sum, shard) => sum + shard.pages, 0);
  console.error(`search-index: ${pages} pages in ${result.shards.length} shards (${result.reused} unchanged) in ${result.seconds.toFixed(2)} s`);
}
