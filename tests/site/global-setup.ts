/**
 * Ingest the fixture archive and build it twice — at the host root and under
 * a sub-path — once for all site tests.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { SITE_FIXTURES, SUB_PATH, baseSiteDir, contentDir, outputRoot, projectRoot, siteDir } from './fixture-site.ts';

export default async function setup(): Promise<void> {
  await rm(outputRoot, { recursive: true, force: true });
  await mkdir(outputRoot, { recursive: true });
  const summary = await ingest({ inputs: SITE_FIXTURES.map((name) => path.join(projectRoot, 'tests/fixtures', name, 'input')), out: contentDir });
  if (summary.errors > 0) throw new Error(`fixture ingest reported ${summary.errors} errors`);
  build(siteDir, '/');
  build(baseSiteDir, SUB_PATH);
}

function build(outDir: string, base: string): void {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    env: {
      ...process.env,
      BAOKU_CONTENT: contentDir,
      BAOKU_OUT_DIR: outDir,
      BAOKU_BASE: base,
      BAOKU_CACHE_DIR: path.join(outputRoot, `cache-${path.basename(outDir)}`),
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`astro build (base ${base}) failed:\n${result.stdout}\n${result.stderr}`);
}
