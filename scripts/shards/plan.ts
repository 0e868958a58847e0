/**
 * Plan a sharded site build: the parts (`global` and one per shard, see
 * src/utils/site-part.ts) and, for each, a fingerprint of everything its
 * pages are made of, so that a part whose fingerprint did not change is not
 * built again. A shard's pages depend on its own content files, on the
 * neighbouring issues of each paper (previous/next links), on the script
 * its papers are printed in and on the slugs of the names it links to; the
 * global part depends on every content file. Both depend on the site's code
 * and on the settings as a whole (baoku.config.ts with its environment
 * overrides), so that no option can be left out.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { NAME_KINDS, nameSlugs, paperScript, type IssueFacts } from '../../src/archive/facts.ts';
import { splitFrontmatter } from '../../src/archive/frontmatter.ts';
import { COLLECTIONS, dateOfContentPath } from '../../src/archive/ids.ts';
import { settingsHash, type Settings } from '../../src/archive/settings.ts';
import { shardOfDate } from '../../src/archive/shards.ts';

export const GLOBAL = 'global';

export interface PartPlan {
  /** `global`, or the shard key (`2024`, `2024-03`). */
  key: string;
  fingerprint: string;
  /** Issues dated in the shard (every issue for `global`). */
  issues: number;
}

/** Files read at once. */
const BATCH = 64;

interface ContentFile {
  path: string;
  size: number;
  mtime: number;
}

export async function planParts(options: { projectRoot: string; content: string; settings: Settings }): Promise<PartPlan[]> {
  const code = await siteCode(options.projectRoot);
  // The settings as a whole: a new option changes every fingerprint without being listed here.
  const env = settingsHash(options.settings);
  const shardBy = options.settings.shards.parts;
  const files = await contentFiles(options.content);
  const issues = await readIssues(options.content, files);

  const byShard = new Map<string, { files: ContentFile[]; issues: IssueFacts[] }>();
  const shardOf = (date: string): { files: ContentFile[]; issues: IssueFacts[] } => {
    const key = shardOfDate(date, shardBy);
    let shard = byShard.get(key);
    if (!shard) byShard.set(key, (shard = { files: [], issues: [] }));
    return shard;
  };
  for (const file of files) {
    const date = dateOfContentPath(file.path);
    if (date) shardOf(date).files.push(file);
  }
  for (const issue of issues) shardOf(issue.date).issues.push(issue);

  const papers = new Map<string, IssueFacts[]>();
  for (const issue of issues) {
    const list = papers.get(issue.paperSlug);
    if (list) list.push(issue);
    else papers.set(issue.paperSlug, [issue]);
  }
  for (const list of papers.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const printed = new Map([...papers].map(([slug, list]) => [slug, paperScript(list)]));
  const slugs = nameSlugs(issues);

  const plans: PartPlan[] = [{ key: GLOBAL, fingerprint: hash([code, env, files]), issues: issues.length }];
  for (const [key, shard] of [...byShard].sort(([a], [b]) => (a < b ? 1 : -1))) {
    const paperSlugs = [...new Set(shard.issues.map((issue) => issue.paperSlug))].sort();
    const neighbours = paperSlugs.map((slug) => {
      const list = papers.get(slug) ?? [];
      const first = list.findIndex((issue) => shardOfDate(issue.date, shardBy) === key);
      const last = list.findLastIndex((issue) => shardOfDate(issue.date, shardBy) === key);
      return [slug, printed.get(slug), list[first - 1]?.date ?? null, list[last + 1]?.date ?? null];
    });
    const names = NAME_KINDS.map((kind) => [...new Set(shard.issues.flatMap((issue) => issue[kind]))].sort().map((name) => [name, slugs[kind].get(name)]));
    plans.push({ key, fingerprint: hash([code, env, shard.files, neighbours, names]), issues: shard.issues.length });
  }
  return plans;
}

/** Every content file with its size and modification time (ingest rewrites only the files whose text changed). */
async function contentFiles(content: string): Promise<ContentFile[]> {
  const files: ContentFile[] = [];
  for (const collection of COLLECTIONS) {
    const names = (await readdir(path.join(content, collection), { recursive: true }).catch(() => []))
      .map((name) => `${collection}/${name.split(path.sep).join('/')}`)
      .filter((name) => name.endsWith('.md'))
      .sort();
    for (let start = 0; start < names.length; start += BATCH) {
      const batch = await Promise.all(
        names.slice(start, start + BATCH).map(async (name) => {
          const info = await stat(path.join(content, name));
          return { path: name, size: info.size, mtime: info.mtimeMs };
        }),
      );
      files.push(...batch);
    }
  }
  return files;
}

async function readIssues(content: string, files: ContentFile[]): Promise<IssueFacts[]> {
  const names = files.filter((file) => file.path.startsWith('issues/')).map((file) => file.path);
  const issues: IssueFacts[] = [];
  for (let start = 0; start < names.length; start += BATCH) {
    const batch = await Promise.all(
      names.slice(start, start + BATCH).map(async (name) => {
        const filePath = path.join(content, name);
        const { data } = splitFrontmatter(await readFile(filePath, 'utf8'), filePath);
        return issueFacts(data, filePath);
      }),
    );
    issues.push(...batch);
  }
  return issues;
}

function issueFacts(data: Record<string, unknown>, filePath: string): IssueFacts {
  const text = (field: string): string => {
    const value = data[field];
    if (typeof value !== 'string') throw new Error(`${filePath}: \`${field}\` is ${JSON.stringify(value)}, not text; run \`npm run ingest\` again`);
    return value;
  };
  const list = (field: string): string[] => {
    const value = data[field] ?? [];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
      throw new Error(`${filePath}: \`${field}\` is ${JSON.stringify(value)}, not a list of names; run \`npm run ingest\` again`);
    }
    return value as string[];
  };
  const printed = text('printed');
  if (printed !== 'hans' && printed !== 'hant') throw new Error(`${filePath}: \`printed\` is "${printed}", not hans or hant; run \`npm run ingest\` again`);
  return { paperSlug: text('paperSlug'), date: text('date'), printed, outlets: list('outlets'), respondents: list('respondents'), topics: list('topics') };
}

/** sha256 over the site's source, configuration and locked dependencies. */
async function siteCode(projectRoot: string): Promise<string> {
  const digest = createHash('sha256');
  const sources = (await readdir(path.join(projectRoot, 'src'), { recursive: true })).map((name) => `src/${name.split(path.sep).join('/')}`).sort();
  for (const name of [...sources, 'astro.config.mjs', 'baoku.config.ts', 'package.json', 'package-lock.json']) {
    const text = await readFile(path.join(projectRoot, name)).catch(() => undefined);
    if (text) digest.update(name).update('\0').update(text);
  }
  return digest.digest('hex');
}

function hash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 24);
}
