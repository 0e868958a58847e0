/**
 * Build one part of the site (src/utils/site-part.ts) with `astro build`
 * in its own process, into `<work>/<key>/dist` with its own cache, so that
 * parts build in parallel (or in separate CI jobs) and each keeps its
 * incremental-build and search-index caches.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { childEnv } from '../../src/archive/settings.ts';
import { faultPoint } from '../fault.ts';

export interface PartBuild {
  key: string;
  ok: boolean;
  seconds: number;
  /** The build's last output line, or where it failed. */
  summary: string;
  log: string;
}

export interface PartPaths {
  dist: string;
  cache: string;
  log: string;
  fingerprint: string;
}

export function partPaths(work: string, key: string): PartPaths {
  const folder = path.join(work, key);
  return {
    dist: path.join(folder, 'dist'),
    cache: path.join(folder, 'cache'),
    log: path.join(folder, 'build.log'),
    fingerprint: path.join(folder, 'fingerprint'),
  };
}

/** The fingerprint of the last successful build of a part, if any. */
export async function builtFingerprint(work: string, key: string): Promise<string | undefined> {
  return (await readFile(partPaths(work, key).fingerprint, 'utf8').catch(() => undefined))?.trim();
}

export async function buildPart(options: { projectRoot: string; content: string; work: string; key: string; fingerprint: string }): Promise<PartBuild> {
  const { projectRoot, key } = options;
  const paths = partPaths(options.work, key);
  await mkdir(path.dirname(paths.log), { recursive: true });
  // The old fingerprint goes first: a build stopped halfway (killed, power cut) leaves a part that is built again next time.
  await rm(paths.fingerprint, { force: true });
  const started = performance.now();
  // Astro writes its prerender bundle into the output folder when that is inside the working directory, else into `./.astro/`:
  // each part runs in a scratch folder of its own inside the project, so that parallel parts never share that folder
  // and the bundle still resolves the project's node_modules wherever the output goes.
  // One scratch folder per work folder and part: two runs at once (two archives, or tests) never share one either.
  const workId = createHash('sha256').update(path.resolve(options.work)).digest('hex').slice(0, 12);
  const scratch = path.join(projectRoot, 'node_modules/.baoku-build', workId, key);
  await mkdir(scratch, { recursive: true });
  const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', projectRoot], {
    cwd: scratch,
    env: childEnv({ BAOKU_SHARD: key, BAOKU_CONTENT: path.resolve(options.content), BAOKU_OUT_DIR: paths.dist, BAOKU_CACHE_DIR: paths.cache }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
  const status = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const log = Buffer.concat(chunks).toString('utf8');
  await writeFile(paths.log, log);
  const ok = status === 0;
  // Only a finished build records its fingerprint: a failed part is built again next time.
  if (ok) {
    await writeFile(`${paths.fingerprint}.tmp`, `${options.fingerprint}\n`);
    await rename(`${paths.fingerprint}.tmp`, paths.fingerprint);
    faultPoint('part-built');
  }
  const built = /\d+ page\(s\) built in [\d.]+s/u.exec(log)?.[0];
  return {
    key,
    ok,
    seconds: (performance.now() - started) / 1000,
    summary: ok ? (built ?? 'built') : `astro build failed (exit ${String(status)}); see ${paths.log}`,
    log,
  };
}
