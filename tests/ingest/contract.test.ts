/**
 * The contract between ingest and the site: every Markdown file a fixture
 * expects ingest to write has front matter the site's collections accept
 * (`src/archive/schema.ts`), so an archive that ingests also builds.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { SCHEMAS } from '../../src/archive/schema.ts';
import { fixturesRoot } from './fixture-runner.ts';

const fixtures = (await readdir(fixturesRoot, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

async function markdownFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.md')).map((entry) => path.join(entry.parentPath, entry.name));
}

describe('front matter the site accepts', () => {
  it.each(fixtures)('fixture %s', async (name) => {
    const problems: string[] = [];
    for (const collection of Object.keys(SCHEMAS) as Array<keyof typeof SCHEMAS>) {
      for (const file of await markdownFiles(path.join(fixturesRoot, name, 'expected', collection))) {
        const yaml = /^---\n([\s\S]*?)\n---/u.exec(await readFile(file, 'utf8'))?.[1];
        const parsed = SCHEMAS[collection].safeParse(yaml === undefined ? undefined : parseYaml(yaml));
        if (!parsed.success)
          problems.push(`${path.relative(fixturesRoot, file)}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
