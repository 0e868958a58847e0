/**
 * The benchmark: generate an archive, run Baoku's phases on it, optionally
 * the baselines (the same site indexed by one plain Pagefind run; a minimal
 * Hugo site plus one plain Pagefind run), then one new issue published
 * incrementally and two search shards built in separate processes and merged.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, freemem, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hugoAvailable, writeHugoSite } from './hugo-baseline.ts';
import { packWarc, packZip } from './pack.ts';
import { envOverride } from '../../src/archive/settings.ts';
import { inheritEnv, measure, type Measurement } from './measure.ts';
import { queryBytes, type QueryBytes } from './query-bytes.ts';
import { megabytes, table, type Row } from './report.ts';

export const PRESETS = { month: 30, year: 365, decade: 3650 } as const;

export interface BenchOptions {
  issues: number;
  preset?: string;
  baseline: boolean;
  keep?: string;
  seed: number;
  /** Build two parts as separate jobs and merge them (skip on very large presets: it repeats two parts' builds). */
  twoShards: boolean;
  queries: readonly string[];
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const node = process.execPath;
const astro = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const pagefindCli = path.join(projectRoot, 'node_modules/.bin/pagefind');

export async function runBenchmark(options: BenchOptions): Promise<number> {
  const work = options.keep ? path.resolve(options.keep) : await mkdtemp(path.join(tmpdir(), 'baoku-bench-'));
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });
  const dirs = {
    raw: path.join(work, 'raw'),
    content: path.join(work, 'content'),
    dist: path.join(work, 'dist'),
    parts: path.join(work, 'parts'),
    cache: path.join(work, 'cache'),
  };
  const siteEnv = { BAOKU_CONTENT: dirs.content, BAOKU_OUT_DIR: dirs.dist, BAOKU_CACHE_DIR: dirs.cache, BAOKU_SEARCH: 'off' };
  const rows: Row[] = [];
  const record = (measurement: Measurement, note = ''): Measurement => {
    rows.push({ ...measurement, note });
    console.error(
      `  ${measurement.phase}: ${measurement.wall.toFixed(1)} s, ${measurement.peakRssMb.toFixed(0)} MB${measurement.status === 0 ? '' : ` (exit ${measurement.status})`}`,
    );
    return measurement;
  };
  // Site parts by month up to a year of a daily paper, by year beyond (fewer Astro start-ups); search bundles by month.
  const shardBy = envOverride('BAOKU_SHARD_BY') ?? (options.issues > 400 ? 'year' : 'month');
  const searchShardBy = envOverride('BAOKU_SEARCH_SHARD_BY') ?? 'month';
  inheritEnv({ BAOKU_SHARD_BY: shardBy, BAOKU_SEARCH_SHARD_BY: searchShardBy });
  console.error(`bench: ${options.issues} issues in ${work}, site parts by ${shardBy}, search bundles by ${searchShardBy}`);

  const generated = record(
    await measure('generate', node, [
      path.join(projectRoot, 'scripts/bench/generate-cli.ts'),
      '--issues',
      String(options.issues),
      '--out',
      dirs.raw,
      '--seed',
      String(options.seed),
    ]),
  );
  const facts = JSON.parse(generated.log.trim().split('\n').at(-1) ?? '{}') as { bytes: number; files: number; lastDate: string; corpus: string };
  const ingestCli = path.join(projectRoot, 'scripts/ingest.ts');
  const ingest = record(
    await measure('ingest', node, [ingestCli, '--quiet', '--out', dirs.content, dirs.raw], {
      env: { UV_THREADPOOL_SIZE: '8' },
    }),
  );
  rows.at(-1)!.note = lastLine(ingest.log).replace(/^ingest: /u, '');
  // The same files packed as one zip archive and as one web crawl, each ingested afresh: reading out of an archive, against the folder.
  const packed = { zip: path.join(work, 'packed', 'raw.zip'), crawl: path.join(work, 'packed', 'raw.warc.gz') };
  await mkdir(path.dirname(packed.zip), { recursive: true });
  await packZip(dirs.raw, packed.zip);
  await packWarc(dirs.raw, packed.crawl);
  const fromArchive: Record<string, Measurement> = {};
  for (const [kind, file] of Object.entries(packed)) {
    const run = record(
      await measure(
        `ingest: the same files in one ${kind === 'zip' ? '.zip' : 'web crawl (.warc.gz)'}`,
        node,
        [ingestCli, '--quiet', '--out', path.join(work, `content-${kind}`), file],
        {
          env: { UV_THREADPOOL_SIZE: '8' },
        },
      ),
    );
    rows.at(-1)!.note =
      `${(run.wall / ingest.wall).toFixed(2)}× the folder's time, ${(run.peakRssMb / ingest.peakRssMb).toFixed(2)}× its memory (${megabytes((await stat(file)).size)} MB packed); ${lastLine(run.log).replace(/^ingest: /u, '')}`;
    fromArchive[kind] = run;
    await rm(path.join(work, `content-${kind}`), { recursive: true, force: true });
  }
  // The shipped design: the site in parts (global + one per shard), each its own astro build that also indexes its pages, two at a time, merged.
  const shardsCli = path.join(projectRoot, 'scripts/build-shards.ts');
  const shardArgs = ['--content', dirs.content, '--out', dirs.dist, '--work', dirs.parts];
  const build = record(await measure('site build + index (in parts)', node, [shardsCli, ...shardArgs], { cwd: projectRoot }));
  rows.at(-1)!.note = await partsNote(build.log, dirs.parts);
  const baoku = [ingest, build];
  rows.push(total('Baoku total (ingest + build + index)', baoku));

  const sizes = {
    inputMb: Number(megabytes(facts.bytes)),
    htmlPages: (await files(dirs.dist)).filter((file) => file.endsWith('.html')).length,
    outputMb: Number(megabytes(await size(dirs.dist))),
    indexMb: Number(megabytes(await size(path.join(dirs.dist, 'pagefind')))),
  };
  let bytes: QueryBytes | undefined;
  try {
    bytes = await queryBytes(dirs.dist, options.queries);
  } catch (error) {
    console.error(`bench: query bytes not measured: ${String(error)}`);
  }

  const baselines: Record<string, number> = {};
  if (options.baseline) {
    // What a user would otherwise assemble: one astro build of the whole site, then one plain Pagefind run over it.
    const single = path.join(work, 'dist-single');
    const astroBuild = record(
      await measure('baseline: astro build (one process)', node, [astro, 'build'], {
        env: { ...siteEnv, BAOKU_OUT_DIR: single, BAOKU_CACHE_DIR: path.join(dirs.cache, 'single') },
        cwd: projectRoot,
      }),
    );
    rows.at(-1)!.note = lastMatch(astroBuild.log, /\d+ page\(s\) built in [\d.]+s/u);
    const plain = record(
      await measure('baseline: pagefind --site dist', pagefindCli, ['--site', single, '--output-path', path.join(work, 'pagefind-baseline')]),
    );
    rows.at(-1)!.note = lastMatch(plain.log, /Indexed \d+ pages?/u);
    rows.push(total('baseline: Astro build + one Pagefind', [astroBuild, plain]));
    baselines['astroPlusPagefind'] = astroBuild.wall + plain.wall;
    await rm(single, { recursive: true, force: true });
    if (hugoAvailable()) {
      const hugoSite = path.join(work, 'hugo');
      await writeHugoSite(dirs.content, hugoSite);
      const hugo = record(await measure('baseline: hugo', 'hugo', ['--source', hugoSite, '--destination', path.join(hugoSite, 'public'), '--quiet']));
      const hugoIndex = record(await measure('baseline: pagefind on hugo', pagefindCli, ['--site', path.join(hugoSite, 'public')]));
      rows.at(-1)!.note = lastMatch(hugoIndex.log, /Indexed \d+ pages?/u);
      rows.push(total('baseline: Hugo + one Pagefind', [hugo, hugoIndex]));
      baselines['hugoPlusPagefind'] = hugo.wall + hugoIndex.wall;
    } else {
      console.error('bench: hugo not installed (apt-get install hugo); the Hugo baseline is skipped');
    }
  }

  // One new issue, the day after the last one: ingest skips unchanged issues; only the global part and the new issue's shard are built.
  const next = new Date(new Date(`${facts.lastDate}T00:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
  record(
    await measure('incremental: generate 1 issue', node, [
      path.join(projectRoot, 'scripts/bench/generate-cli.ts'),
      '--issues',
      '1',
      '--out',
      path.join(dirs.raw, 'new'),
      '--seed',
      String(options.seed + 1),
      '--start',
      next,
    ]),
  );
  const incIngest = record(
    await measure('incremental: ingest', node, [path.join(projectRoot, 'scripts/ingest.ts'), '--quiet', '--out', dirs.content, dirs.raw], {
      env: { UV_THREADPOOL_SIZE: '8' },
    }),
  );
  rows.at(-1)!.note = lastLine(incIngest.log).replace(/^ingest: /u, '');
  const incBuild = record(await measure('incremental: build + index (changed parts)', node, [shardsCli, ...shardArgs], { cwd: projectRoot }));
  rows.at(-1)!.note = await partsNote(incBuild.log, dirs.parts);
  rows.push(total('incremental total', [incIngest, incBuild]));

  // Two shards built by separate processes (as two CI jobs would), then merged by a third.
  const shardKeys = (await readdir(dirs.parts, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== 'global')
    .map((entry) => entry.name)
    .sort()
    .reverse()
    .slice(0, 2);
  if (!options.twoShards) {
    console.error('bench: the two-part demonstration is skipped (--no-two-shards)');
  } else if (shardKeys.length === 2) {
    const jobs = await Promise.all(
      shardKeys.map((key) =>
        measure(`shard ${key} (separate process)`, node, [shardsCli, ...shardArgs, '--part', key, '--no-merge', '--force'], { cwd: projectRoot }),
      ),
    );
    for (const job of jobs) record(job, lastMatch(job.log, / {2}\S+: built[^\n]*/u).trim());
    const merge = record(await measure('merge parts', node, [shardsCli, ...shardArgs, '--part', 'none'], { cwd: projectRoot }));
    rows.at(-1)!.note = lastMatch(merge.log, /merged \d+ files[^\n]*/u);
  } else {
    console.error(`bench: only ${shardKeys.length} shard(s); the two-shard demonstration needs two (set BAOKU_SHARD_BY=month or a longer preset)`);
  }

  const baokuWall = baoku.reduce((sum, phase) => sum + phase.wall, 0);
  const incrementalWall = incIngest.wall + incBuild.wall;
  const ratios: Record<string, number> = { incrementalToFull: incrementalWall / baokuWall, ingestMbPerSecond: sizes.inputMb / ingest.wall };
  for (const [name, wall] of Object.entries(baselines)) ratios[`baokuTo_${name}`] = baokuWall / wall;
  for (const [kind, run] of Object.entries(fromArchive)) ratios[`ingest_${kind}ToFolder`] = run.wall / ingest.wall;
  const report = {
    preset: options.preset ?? null,
    shardBy,
    searchShardBy,
    issues: options.issues,
    seed: options.seed,
    corpus: facts.corpus,
    machine: {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGb: Number((totalmem() / 1024 ** 3).toFixed(1)),
      freeGb: Number((freemem() / 1024 ** 3).toFixed(1)),
      node: process.version,
    },
    sizes,
    queryBytes: bytes ?? null,
    phases: rows,
    ratios,
  };
  console.log(`\n${table(rows)}\n`);
  console.log(`input ${sizes.inputMb} MB (${facts.files} files) · ${sizes.htmlPages} HTML pages · output ${sizes.outputMb} MB · index ${sizes.indexMb} MB`);
  if (bytes)
    console.log(
      `search: page ${kb(bytes.page)} KB · ${bytes.queries.map((cost, index) => `query ${index + 1} (${cost.query}) ${kb(cost.bytes)} KB (gzip ${kb(cost.gzip)} KB), ${cost.ms} ms`).join(' · ')}`,
    );
  console.log(
    Object.entries(ratios)
      .map(([name, value]) => `${name} ${value.toFixed(2)}`)
      .join(' · '),
  );
  const reportFile = path.join(work, 'bench-report.json');
  await writeFile(reportFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`report: ${reportFile}`);
  if (!options.keep) console.log(`(work folder kept for inspection: ${work}; remove it when done)`);
  // Ingest exits 1 because the generator plants a few bad files; any other failure fails the benchmark.
  return rows.some((row) => row.status !== 0 && !row.phase.includes('ingest')) ? 1 : 0;
}

/** Parts built and where their time went: each part's build log ends with its page count and search-index summary. */
async function partsNote(log: string, partsDir: string): Promise<string> {
  const built = [...log.matchAll(/^ {2}(\S+): built in ([\d.]+) s/gmu)];
  let indexSeconds = 0;
  let converted = 0;
  for (const [, key] of built) {
    const partLog = await readFile(path.join(partsDir, key ?? '', 'build.log'), 'utf8').catch(() => '');
    indexSeconds += Number(/indexed \d+ pages in \d+ shards[^\n]* in ([\d.]+) s/u.exec(partLog)?.[1] ?? 0);
    converted += Number(/converted (\d+) pages/u.exec(partLog)?.[1] ?? 0);
  }
  const unchanged = /(\d+) unchanged;/u.exec(log)?.[1] ?? '0';
  return `${built.length} parts built (${built.map(([, key, seconds]) => `${key} ${seconds} s`).join(', ')}), ${unchanged} unchanged; index ${indexSeconds.toFixed(1)} s and ${converted} pages converted inside them; ${lastMatch(log, /merged \d+ files[^\n]*/u)}`;
}

function total(phase: string, parts: Measurement[]): Row {
  return {
    phase,
    wall: parts.reduce((sum, part) => sum + part.wall, 0),
    cpu: parts.reduce((sum, part) => sum + part.cpu, 0),
    peakRssMb: Math.max(...parts.map((part) => part.peakRssMb)),
    status: parts.every((part) => part.status === 0) ? 0 : 1,
    note: 'sum of wall and CPU; peak is the largest phase',
  };
}

function kb(bytes: number): string {
  return (bytes / 1024).toFixed(0);
}

function lastLine(log: string): string {
  return log.trim().split('\n').at(-1) ?? '';
}

function lastMatch(log: string, pattern: RegExp): string {
  return log.match(new RegExp(pattern.source, 'gu'))?.at(-1) ?? '';
}

async function files(root: string): Promise<string[]> {
  return (await readdir(root, { recursive: true }).catch(() => [])).map(String);
}

async function size(root: string): Promise<number> {
  let total = 0;
  for (const file of await files(root)) {
    const info = await stat(path.join(root, file)).catch(() => undefined);
    if (info?.isFile()) total += info.size;
  }
  return total;
}
