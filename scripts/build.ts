/**
 * `npm run build` (`node scripts/build.ts`) and `npm run build:shards` (`node scripts/build.ts --shards`): ingest, then the
 * site — in one `astro build` (`build-site.ts`) or in parts (`build-shards.ts`, which takes the rest of the arguments).
 *
 * One bad file never stops the site: ingest exits 1 when a file had an error, after ingesting every good file, and the
 * site is then built from them; the command says so and exits 1 at the end, so that a deploy script still sees the
 * errors. Anything else ingest stops on — it refused to remove most of the outputs (exit 3), an option was wrong (2), an
 * internal error (70), a stopped run — leaves the site as it was.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../', import.meta.url));

/** Ingest's exit status when files had errors and every good file was ingested (`scripts/ingest.ts`). */
export const INPUT_ERRORS = 1;

/**
 * Run the two steps: ingest, then the site when ingest ingested what it could. Returns the command's exit status and
 * what it says at the end (`undefined` when the steps said all there is).
 */
export function buildSteps(steps: { ingest: () => number | null; site: () => number | null }): { status: number; said?: string } {
  const ingested = steps.ingest();
  if (ingested !== 0 && ingested !== INPUT_ERRORS) {
    return {
      status: ingested ?? 1,
      said: `build: ingest stopped (exit ${String(ingested)}): the site was not built and is as it was. Fix: see the message above.`,
    };
  }
  const built = steps.site();
  if (built !== 0) return { status: built ?? 1 };
  if (ingested === INPUT_ERRORS) {
    return {
      status: INPUT_ERRORS,
      said: 'build: the site was built from every file ingest could read; the files named with an error above are not in it. Fix them and run the build again.',
    };
  }
  return { status: 0 };
}

function run(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): number | null {
  return spawnSync(process.execPath, [path.join(projectRoot, script), ...args], { cwd: projectRoot, env, stdio: 'inherit' }).status;
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const shards = args.includes('--shards');
  const rest = args.filter((arg) => arg !== '--shards');
  const { status, said } = buildSteps({
    // (Reading files is I/O bound: more of libuv's threads than its default four.)
    ingest: () => run('scripts/ingest.ts', [], { ...process.env, UV_THREADPOOL_SIZE: process.env['UV_THREADPOOL_SIZE'] ?? '8' }),
    site: () => run(shards ? 'scripts/build-shards.ts' : 'scripts/build-site.ts', rest),
  });
  if (said !== undefined) console.error(said);
  process.exitCode = status;
}
