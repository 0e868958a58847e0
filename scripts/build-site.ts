/**
 * `node scripts/build-site.ts` (the second step of `npm run build`): one
 * `astro build` into a fresh folder beside the output (`dist.building`),
 * published by renaming it over the old one only when the build succeeded.
 * A failed or stopped build leaves the old site as it was; the folder it
 * left is removed at the start of the next build.
 */
import { spawn } from 'node:child_process';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv, settingsOrExit } from '../src/archive/settings.ts';
import { faultPoint } from './fault.ts';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));
const settings = settingsOrExit();
const out = path.resolve(projectRoot, settings.folders.dist);
const building = `${out}.building`;
const old = `${out}.old`;

await rm(building, { recursive: true, force: true });
const child = spawn(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: projectRoot,
  env: childEnv({ BAOKU_OUT_DIR: building }),
  stdio: 'inherit',
});
const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
if (status !== 0) {
  await rm(building, { recursive: true, force: true });
  console.error(`build: astro build failed (exit ${String(status)}); ${out} was left as it was. Fix: see the error above, then run npm run build again.`);
  process.exitCode = 1;
} else {
  faultPoint('build-published');
  await rm(old, { recursive: true, force: true });
  await rename(out, old).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  });
  await rename(building, out);
  await rm(old, { recursive: true, force: true });
  console.error(`build: published ${out}`);
}
