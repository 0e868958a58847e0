/**
 * The configuration: validated once with two-part messages, environment
 * overrides applied before validation, and every option part of every cache
 * key (the parts' fingerprints here; the ingest manifest and the search cache
 * use the same settingsHash).
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configSchema, type BaokuConfig } from '../../src/archive/config.ts';
import { ConfigError, resolveSettings, settingsHash, type Settings } from '../../src/archive/settings.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { planParts } from '../../scripts/shards/plan.ts';
import { projectRoot } from '../site/fixture-site.ts';
import { configTable } from './config-table.ts';

/** Every option's path with its default value, from the schema itself (so a new option is covered without editing this test). */
function optionLeaves(value: unknown = configSchema.parse({}), prefix = ''): Array<[string, unknown]> {
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, item]) => optionLeaves(item, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, value]];
}

/** A valid value other than the default, for each option. */
const CHANGED: Record<string, unknown> = {
  site: 'https://archive.example.net',
  base: '/archive/',
  scripts: ['hans'],
  traditional: 'hk',
  'folders.raw': 'raw',
  'folders.content': 'collections',
  'folders.dist': 'public-site',
  'folders.cache': '.cache/astro',
  'folders.parts': '.cache/parts',
  'shards.parts': 'month',
  search: false,
  papers: { 运河日报: { printed: 'hans' } },
};

function withOption(option: string, value: unknown): BaokuConfig {
  const config: Record<string, unknown> = {};
  const keys = option.split('.');
  let target = config;
  for (const key of keys.slice(0, -1)) target = target[key] = {};
  target[keys.at(-1)!] = value;
  return config;
}

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error('no ConfigError');
}

let content = '';

beforeAll(async () => {
  content = await mkdtemp(path.join(tmpdir(), 'baoku-settings-'));
  await ingest({ inputs: [path.join(projectRoot, 'tests/fixtures/two-page-jump/input')], out: content, settings: resolveSettings({}, {}) });
});

afterAll(async () => {
  await rm(content, { recursive: true, force: true });
});

describe('settings', () => {
  it('gives every option a default and knows each option this test changes', () => {
    const leaves = optionLeaves().map(([option]) => option);
    // shards.search has no default of its own (it follows shards.parts).
    expect([...leaves, 'shards.search'].sort()).toEqual([...Object.keys(CHANGED), 'shards.search'].sort());
  });

  it('rebuilds every part when any option changes', async () => {
    const base = await planParts({ projectRoot, content, settings: resolveSettings({}, {}) });
    expect(base.length).toBeGreaterThan(1);
    const options = [...Object.entries(CHANGED), ['shards.search', 'month'] as [string, unknown]];
    for (const [option, value] of options) {
      const changed = await planParts({ projectRoot, content, settings: resolveSettings(withOption(option, value), {}) });
      for (const part of changed) {
        const before = base.find((plan) => plan.key === part.key);
        if (before) expect(part.fingerprint, `${option} → part ${part.key}`).not.toBe(before.fingerprint);
      }
    }
  });

  it('rebuilds the parts when the search bundles change (BAOKU_SEARCH_SHARD_BY, BAOKU_SEARCH)', async () => {
    const plan = async (env: Record<string, string>): Promise<string[]> =>
      (await planParts({ projectRoot, content, settings: resolveSettings({}, env) })).map((part) => part.fingerprint);
    const base = await plan({});
    expect(await plan({ BAOKU_SEARCH_SHARD_BY: 'month' })).not.toEqual(expect.arrayContaining([base[0]]));
    expect(await plan({ BAOKU_SEARCH: 'off' })).not.toEqual(expect.arrayContaining([base[0]]));
  });

  it('hashes equal settings equally, whatever the order of keys', () => {
    const a: Settings = resolveSettings({ papers: { 甲报: { name: '甲报' }, 乙报: { name: '乙报' } } }, {});
    const b: Settings = resolveSettings({ papers: { 乙报: { name: '乙报' }, 甲报: { name: '甲报' } } }, {});
    expect(settingsHash(a)).toBe(settingsHash(b));
  });

  it('names the key, the value and the fix', () => {
    expect(message(() => resolveSettings(withOption('shards.parts', 'day'), {}))).toMatchInlineSnapshot(`
      "baoku.config.ts: \`shards.parts\` is \`"day"\`: Invalid option: expected one of "year"|"month".
        Fix: use one of \`year\`, \`month\`; see README.md ("Configuration")."
    `);
    expect(message(() => resolveSettings({ base: 'archive' }, {}))).toMatchInlineSnapshot(`
      "baoku.config.ts: \`base\` is \`"archive"\`: must start and end with \`/\`.
        Fix: correct the value (must start and end with \`/\`); see README.md ("Configuration")."
    `);
    expect(message(() => resolveSettings({ shard: 'year' } as BaokuConfig, {}))).toMatchInlineSnapshot(`
      "baoku.config.ts: the configuration has no option \`shard\`.
        Fix: remove it or correct its spelling; the options are listed in README.md ("Configuration")."
    `);
    expect(message(() => resolveSettings({ papers: { 运河日报: { filePattern: '(?<year>\\d{4' } } }, {}))).toContain(
      '`papers.运河日报.filePattern` is `"(?<year>\\\\d{4"`: is not a valid regular expression',
    );
  });

  it('names the environment variable when an override is wrong', () => {
    expect(message(() => resolveSettings({}, { BAOKU_SHARD_BY: 'week' }))).toMatchInlineSnapshot(`
      "BAOKU_SHARD_BY (overrides \`shards.parts\`) is \`"week"\`: Invalid option: expected one of "year"|"month".
        Fix: use one of \`year\`, \`month\`, or unset BAOKU_SHARD_BY; see README.md ("Configuration")."
    `);
  });

  it('stops a command with the message and exit 1, no stack trace', () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/ingest.ts'), '--out', content], {
      cwd: projectRoot,
      env: { ...process.env, BAOKU_SEARCH_SHARD_BY: 'fortnight' },
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('BAOKU_SEARCH_SHARD_BY (overrides `shards.search`) is `"fortnight"`');
    expect(result.stderr).toContain('Fix: ');
    expect(result.stderr).not.toMatch(/^\s+at /mu);
  });
});

describe('README', () => {
  it('lists every option with its default, as the schema has them', async () => {
    const readme = await readFile(path.join(projectRoot, 'README.md'), 'utf8');
    const expected = configTable();
    expect(readme.includes(expected), `README.md's configuration table should read:\n${expected}`).toBe(true);
  });
});

describe('per-paper settings', () => {
  it('take the printed script from baoku.config.ts over detection, and the name where the text has none', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'baoku-papers-'));
    try {
      const settings = resolveSettings({ papers: { 运河日报: { printed: 'hant', name: '运河日报（合订本）' } } }, {});
      await ingest({ inputs: [path.join(projectRoot, 'tests/fixtures/article-per-file/input')], out, settings });
      const issue = await readFile(path.join(out, 'issues/yunheribao-hedingben/2021-03-15.md'), 'utf8');
      expect(issue).toContain('printed: "hant"');
      expect(issue).toContain('paper: "运河日报（合订本）"');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
