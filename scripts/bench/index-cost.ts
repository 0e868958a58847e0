/**
 * What Baoku's bigram index costs next to Pagefind's default Chinese index,
 * on one month (or one year: `--month 2015`) of a built site:
 *
 *   node_modules/.bin/node scripts/bench/index-cost.ts --site /tmp/benchyear3/dist --month 2015-11 --out /tmp/index-cost
 *
 * The month's records are read from the built Simplified pages as
 * search/build-index.ts reads them (`searchRecord`) and indexed twice with
 * Pagefind's Node API, each in its own child process: as Baoku indexes them
 * (bigram text, language `und`) and as Pagefind would by default (the plain
 * text, `zh-cn`, segmented by Pagefind). For each index: build time, peak RSS
 * (the Node process and Pagefind's service binary, read from /proc), bundle
 * size on disk and records. Then, in headless Chromium, a fresh browser
 * context per query runs `pagefind.search(term)` only (no fragments) on each
 * served bundle, counting every response (raw, and gzip-compressed as a CDN
 * would send it): Han queries of 2, 4 and 6 characters, sent plain to the
 * default index and as the client sends them to the bigram index (a quoted
 * phrase of bigrams, search/client/query.ts). Each result count is compared
 * with substring truth (the record's plain text or title contains the query).
 * Prints a Markdown table.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { shardOfPagePath } from '../../src/archive/shards.ts';
import { decodeIndexText } from '../../src/search/bigrams.ts';
import { planPart } from '../../src/search/client/query.ts';
import { searchRecord, type SearchRecord } from '../../src/search/records.ts';
import { launch } from '../../tests/support/browser.ts';
import { serve } from '../../tests/support/static-server.ts';

type Kind = 'default' | 'bigram';

interface BuildCost {
  seconds: number;
  /** Peak resident set, KiB. */
  nodeRss: number;
  pagefindRss: number;
}

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    month: { type: 'string', default: '2015-11' },
    out: { type: 'string', default: '/tmp/index-cost' },
    queries: { type: 'string', default: '经济,两国关系,中国外交政策' },
    // Internal: build one index in this (child) process.
    worker: { type: 'string' },
  },
});

if (values.worker) await worker(values.worker as Kind, values.out);
else await main();

async function main(): Promise<void> {
  if (!values.site) throw new Error('index-cost: give --site DIR (a built site)');
  const out = path.resolve(values.out);
  await rm(out, { recursive: true, force: true });
  await mkdir(out, { recursive: true });
  const records = await monthRecords(path.resolve(values.site), values.month);
  await writeFile(path.join(out, 'records.json'), JSON.stringify(records));
  const kinds: Kind[] = ['default', 'bigram'];
  const builds = new Map<Kind, BuildCost>();
  const sizes = new Map<Kind, number>();
  for (const kind of kinds) {
    builds.set(kind, await spawnWorker(kind, out));
    sizes.set(kind, await folderBytes(path.join(out, kind, 'pagefind')));
  }

  const texts = records.map((record) => `${decodeIndexText(record.content)}\n${record.meta['title'] ?? ''}`);
  const queries = values.queries.split(',');
  const browser = await launch();
  const searched = new Map<Kind, Searched[]>();
  try {
    for (const kind of kinds) {
      const terms = queries.map((query) => (kind === 'bigram' ? planPart(query).term : query));
      searched.set(kind, await searchBundle(browser, path.join(out, kind), kind === 'bigram' ? 'und' : 'zh-cn', terms));
    }
  } finally {
    await browser.close();
  }

  const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(2)} MB`;
  const kb = (bytes: number): string => `${(bytes / 1e3).toFixed(1)} kB`;
  const rows: Array<[string, (kind: Kind) => number, (value: number) => string]> = [
    ['records', () => records.length, String],
    ['index build, wall', (kind) => builds.get(kind)!.seconds, (value) => `${value.toFixed(2)} s`],
    ['peak RSS, Pagefind service', (kind) => builds.get(kind)!.pagefindRss * 1024, mb],
    ['peak RSS, Node process', (kind) => builds.get(kind)!.nodeRss * 1024, mb],
    ['bundle on disk (all files)', (kind) => sizes.get(kind)!, mb],
  ];
  queries.forEach((query, index) => {
    const at = (kind: Kind): Searched => searched.get(kind)![index]!;
    rows.push([`first query ${query}: bytes`, (kind) => at(kind).bytes, kb]);
    rows.push([`first query ${query}: bytes gzip`, (kind) => at(kind).gzip, kb]);
    rows.push([`first query ${query}: requests`, (kind) => at(kind).requests, String]);
  });
  const lines = [
    `${values.month.length === 4 ? 'Year' : 'Month'} ${values.month} of ${values.site}, ${records.length} records, Pagefind ${await pagefindVersion()}.`,
    '',
    '| measure | default zh-cn index | bigram index | ratio (bigram / default) |',
    '| --- | ---: | ---: | ---: |',
    ...rows.map(([name, value, show]) => `| ${name} | ${show(value('default'))} | ${show(value('bigram'))} | ${ratio(value('bigram'), value('default'))} |`),
  ];
  queries.forEach((query, index) => {
    const truth = texts.filter((text) => text.includes(query)).length;
    const found = (kind: Kind): string => {
      const count = searched.get(kind)![index]!.results;
      return `${count} ${count === truth ? '(= truth)' : '(≠ truth)'}`;
    };
    lines.push(`| results for ${query} (substring truth ${truth}) | ${found('default')} | ${found('bigram')} | |`);
  });
  console.log(lines.join('\n'));
}

/** The records of a month (`2015-11`) or a year (`2015`) from the Simplified content pages, as search/build-index.ts collects a shard's. */
async function monthRecords(site: string, month: string): Promise<SearchRecord[]> {
  const grain = /^\d{4}$/u.test(month) ? 'year' : 'month';
  const files = (await readdir(site, { recursive: true }))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !file.startsWith('zh-hant/') && shardOfPagePath(file, grain) === month)
    .sort();
  const records: SearchRecord[] = [];
  for (const file of files) {
    const record = searchRecord(await readFile(path.join(site, file), 'utf8'), file.replace(/index\.html$/u, ''));
    if (record) records.push(record);
  }
  if (records.length === 0) throw new Error(`index-cost: no records for ${month} in ${site}`);
  return records;
}

/** Build one index in a child process, so that its time and memory are its own. */
async function spawnWorker(kind: Kind, out: string): Promise<BuildCost> {
  const child = spawn(process.execPath, [import.meta.filename, '--worker', kind, '--out', out], { stdio: ['ignore', 'pipe', 'inherit'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`index-cost: the ${kind} worker exited with ${code}`);
  return JSON.parse(stdout) as BuildCost;
}

/** The child: index the records as `kind`, write `<out>/<kind>/pagefind/`, print its cost as JSON. */
async function worker(kind: Kind, out: string): Promise<void> {
  const stored = JSON.parse(await readFile(path.join(out, 'records.json'), 'utf8')) as SearchRecord[];
  const records = kind === 'bigram' ? stored : stored.map((record) => ({ ...record, content: decodeIndexText(record.content), language: 'zh-cn' }));
  const started = performance.now();
  const { index, errors } = await pagefind.createIndex(kind === 'bigram' ? { forceLanguage: 'und' } : {});
  if (!index) throw new Error(errors.join('; '));
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  }
  const written = await index.writeFiles({ outputPath: path.join(out, kind, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  const seconds = (performance.now() - started) / 1000;
  const pagefindRss = await childrenPeakRss();
  await index.deleteIndex();
  await pagefind.close();
  const cost: BuildCost = { seconds, nodeRss: process.resourceUsage().maxRSS, pagefindRss };
  process.stdout.write(JSON.stringify(cost));
}

/** Peak RSS (VmHWM, KiB) of this process's children: the Pagefind service while it still runs. */
async function childrenPeakRss(): Promise<number> {
  let peak = 0;
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/u.test(name))) {
    const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
    if (Number(/^PPid:\s+(\d+)/mu.exec(status)?.[1]) !== process.pid) continue;
    peak = Math.max(peak, Number(/^VmHWM:\s+(\d+)/mu.exec(status)?.[1] ?? 0));
  }
  return peak;
}

interface Searched {
  bytes: number;
  gzip: number;
  requests: number;
  results: number;
}

/** Serve `dir` (bundle in `dir/pagefind/`) and run each term as a first query in a fresh browser context. */
async function searchBundle(browser: import('playwright-core').Browser, dir: string, lang: string, terms: string[]): Promise<Searched[]> {
  await writeFile(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>index-cost</title></head><body></body></html>\n`,
  );
  const served = await serve(dir);
  const costs: Searched[] = [];
  try {
    for (const term of terms) {
      const context = await browser.newContext();
      const pending: Array<Promise<void>> = [];
      const cost: Searched = { bytes: 0, gzip: 0, requests: 0, results: 0 };
      // Every request of the page and its workers, the page itself left out.
      context.on('requestfinished', (request) => {
        if (!request.url().includes('/pagefind/')) return;
        cost.requests += 1;
        pending.push(request.sizes().then((sizes) => void (cost.bytes += sizes.responseBodySize + sizes.responseHeadersSize)));
        pending.push(
          request
            .response()
            .then((response) => response?.body())
            .then((body) => void (cost.gzip += body ? gzipSync(body).length : 0)),
        );
      });
      const page = await context.newPage();
      await page.goto(served.url);
      cost.results = await page.evaluate(async (query: string) => {
        interface Pagefind {
          options: (options: { bundlePath: string }) => Promise<void>;
          search: (term: string) => Promise<{ results: unknown[] }>;
        }
        const api = (await import(new URL('./pagefind/pagefind.js', location.href).href)) as Pagefind;
        await api.options({ bundlePath: new URL('./pagefind/', location.href).href });
        return (await api.search(query)).results.length;
      }, term);
      await page.waitForLoadState('networkidle');
      await Promise.all(pending);
      costs.push(cost);
      await context.close();
    }
  } finally {
    await served.close();
  }
  return costs;
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

function ratio(bigram: number, plain: number): string {
  return plain === 0 ? '–' : `${(bigram / plain).toFixed(2)}×`;
}

async function pagefindVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(new URL('../../node_modules/pagefind/package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
