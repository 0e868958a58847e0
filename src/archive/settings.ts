/**
 * The settings every stage reads: `baoku.config.ts` validated once, with the
 * documented environment overrides applied first. This is the one module
 * that reads `process.env`.
 *
 * An invalid setting is a `ConfigError` with a two-part message (what is
 * wrong with which key and the value given; how to fix it); commands print
 * it and exit 1 (`settingsOrExit`), never a stack trace.
 */
import { createHash } from 'node:crypto';
import { z } from 'astro/zod';
import userConfig from '../../baoku.config.ts';
import { configSchema, type BaokuConfig } from './config.ts';
import type { ShardBy } from './shards.ts';

type Parsed = z.output<typeof configSchema>;

/** The validated configuration, with the search grain settled. */
export type Settings = Omit<Parsed, 'shards'> & { shards: { parts: ShardBy; search: ShardBy } };

/** Environment variables that override an option: name → option path. */
export const ENV_OVERRIDES = {
  BAOKU_SITE: 'site',
  BAOKU_BASE: 'base',
  BAOKU_SCRIPTS: 'scripts',
  BAOKU_CONTENT: 'folders.content',
  BAOKU_OUT_DIR: 'folders.dist',
  BAOKU_CACHE_DIR: 'folders.cache',
  BAOKU_SHARD_BY: 'shards.parts',
  BAOKU_SEARCH_SHARD_BY: 'shards.search',
  BAOKU_SEARCH: 'search',
} as const;

type EnvName = keyof typeof ENV_OVERRIDES;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const CONFIG_FILE = 'baoku.config.ts';

/** Validate a configuration with the given environment's overrides. Throws a ConfigError. */
export function resolveSettings(config: BaokuConfig = userConfig, env: Record<string, string | undefined> = process.env): Settings {
  const { merged, fromEnv } = applyOverrides(config, env);
  const result = configSchema.safeParse(merged);
  if (!result.success) throw new ConfigError(result.error.issues.map((issue) => describeIssue(issue, merged, fromEnv)).join('\n'));
  const { shards, ...rest } = result.data;
  // Each part indexes its own pages, so search bundles are never coarser than the parts.
  const search: ShardBy = shards.parts === 'month' ? 'month' : (shards.search ?? shards.parts);
  return { ...rest, shards: { parts: shards.parts, search } };
}

let cached: Settings | undefined;

/** The project's settings (baoku.config.ts and this process's environment), validated once. */
export function settings(): Settings {
  cached ??= resolveSettings();
  return cached;
}

/** For commands: the settings, or the two-part message on stderr and exit 1. */
export function settingsOrExit(): Settings {
  try {
    return settings();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * A hash of the settings as a whole: part of every cache key (ingest
 * manifest, part fingerprints, search shard cache), so that no option can
 * be forgotten by one of them.
 */
export function settingsHash(value: Settings = settings()): string {
  return createHash('sha256').update(stableJson(value)).digest('hex').slice(0, 16);
}

/**
 * Which part of the site this `astro build` process makes (set by the build
 * in parts for each of its processes, see scripts/parts/): unset for the
 * whole site, `global`, or a shard key.
 */
export function sitePartValue(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env['BAOKU_SHARD'];
  return value === undefined || value === '' ? undefined : value;
}

/** The reliability tests' fault injection point (`BAOKU_FAULT=<point>[:<n>]`, see scripts/fault.ts); empty outside those tests. */
export function faultSpec(): string {
  return process.env['BAOKU_FAULT'] ?? '';
}

/** An override set in this process's environment (the benchmark picks its own grains unless the user set one). */
export function envOverride(name: EnvName): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

/** The environment for a child process: this process's, with the given variables set. */
export function childEnv(extra: Readonly<Record<string, string>> = {}): Record<string, string | undefined> {
  return { ...process.env, ...extra };
}

function applyOverrides(config: BaokuConfig, env: Record<string, string | undefined>): { merged: Record<string, unknown>; fromEnv: Map<string, EnvName> } {
  const merged = structuredClone(config) as Record<string, unknown>;
  const fromEnv = new Map<string, EnvName>();
  for (const [name, option] of Object.entries(ENV_OVERRIDES) as Array<[EnvName, string]>) {
    const raw = env[name];
    if (raw === undefined || raw === '') continue;
    const keys = option.split('.');
    let target = merged;
    for (const key of keys.slice(0, -1)) {
      const next = target[key];
      target = target[key] = typeof next === 'object' && next !== null ? { ...(next as Record<string, unknown>) } : {};
    }
    target[keys.at(-1)!] = envValue(name, raw);
    fromEnv.set(option, name);
  }
  return { merged, fromEnv };
}

function envValue(name: EnvName, raw: string): unknown {
  if (name === 'BAOKU_SCRIPTS') return raw.split(',').map((part) => part.trim());
  if (name === 'BAOKU_SEARCH') return raw === 'off' ? false : raw === 'on' ? true : raw;
  return raw;
}

function describeIssue(issue: z.core.$ZodIssue, input: Record<string, unknown>, fromEnv: Map<string, EnvName>): string {
  const key = issue.path.map(String).join('.');
  const envName = fromEnv.get(key);
  const where = envName ? `${envName} (overrides \`${key}\`)` : `${CONFIG_FILE}: \`${key || '(top level)'}\``;
  const given = valueAt(input, issue.path);
  if (issue.code === 'unrecognized_keys') {
    const parent = key ? `\`${key}\`` : 'the configuration';
    return `${CONFIG_FILE}: ${parent} has no option ${issue.keys.map((name) => `\`${name}\``).join(', ')}.\n  Fix: remove it or correct its spelling; the options are listed in README.md ("Configuration").`;
  }
  const shown = given === undefined ? 'missing' : `\`${JSON.stringify(given)}\``;
  let fix: string;
  if (issue.code === 'invalid_value') fix = `use one of ${issue.values.map((value) => `\`${String(value)}\``).join(', ')}`;
  else if (issue.code === 'invalid_type') fix = `give a ${issue.expected}`;
  else fix = `correct the value (${issue.message})`;
  if (envName) fix += `, or unset ${envName}`;
  return `${where} is ${shown}: ${issue.message}.\n  Fix: ${fix}; see README.md ("Configuration").`;
}

function valueAt(value: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}
