/**
 * The lossless check: every non-blank line of every ingested input (jump
 * markers aside, which become page numbers) is found verbatim in a
 * front-matter value or in the text of an entry's body.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { decode } from '../../scripts/ingest/decode.ts';
import { findJumpMarkers } from '../../scripts/ingest/rules/jump-marker.ts';
import { fixturesRoot, type FixtureRun } from './fixture-runner.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

/** Lines of ingested inputs that no output holds, as `file:line text`. */
export async function unrecoveredLines(run: FixtureRun): Promise<string[]> {
  const values = new Set<string>();
  const bodies: string[] = [];
  const ingested = new Set<string>();
  for (const [file, content] of run.outputs) {
    if (!file.endsWith('.md')) continue;
    const tree: Root = parser.parse(content);
    const yaml = tree.children.find((node) => node.type === 'yaml');
    collect(yaml ? parseYaml(yaml.value) : {}, values);
    bodies.push(toString({ type: 'root', children: tree.children.filter((node) => node.type !== 'yaml') }, { includeHtml: false }));
    if (file.startsWith('issues/')) {
      const sources = (yaml ? (parseYaml(yaml.value) as { sources?: { file: string }[] }) : {}).sources ?? [];
      for (const source of sources) ingested.add(source.file);
    }
  }
  const text = bodies.join('\n');
  const missing: string[] = [];
  for (const file of ingested) {
    const decoded = decode(await readFile(path.join(fixturesRoot, run.name, 'input', file)));
    decoded.text.split(/\r\n|\r|\n/u).forEach((raw, index) => {
      let line = raw.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/gu, '');
      for (const marker of findJumpMarkers(line).reverse()) line = line.slice(0, marker.from) + line.slice(marker.to);
      line = line.trim();
      if (line === '' || values.has(line) || text.includes(line)) return;
      missing.push(`${file}:${index + 1} ${line}`);
    });
  }
  return missing;
}

function collect(value: unknown, into: Set<string>): void {
  if (typeof value === 'string' || typeof value === 'number') into.add(String(value));
  else if (Array.isArray(value)) for (const item of value) collect(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) collect(item, into);
}
