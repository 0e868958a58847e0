/**
 * YAML front matter at the top of a text file (`---` … `---`), as some
 * exports put even in `.txt` files. A block that is not valid YAML is
 * reported and read as text.
 */
import type { VFile } from 'vfile';
import { YAMLParseError, parse as parseYaml } from 'yaml';
import { Rule, warn } from '../report.ts';

export interface Frontmatter {
  data: Record<string, unknown>;
  /** 1-based line of the closing `---`: the text starts after it. */
  endLine: number;
}

/** How far down the closing `---` may be. */
const MAX_LINES = 80;

export function readFrontmatter(file: VFile, text: string, startLine = 1): Frontmatter | undefined {
  const match = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/u.exec(text);
  if (!match) return undefined;
  const lines = match[0].split(/\r?\n/u).length - (match[0].endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES) return undefined;
  return parseBlock(file, match[1] ?? '', startLine, startLine + lines - 1);
}

export function parseBlock(file: VFile, yaml: string, startLine: number, endLine: number): Frontmatter | undefined {
  try {
    const data: unknown = parseYaml(yaml);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    return { data: data as Record<string, unknown>, endLine };
  } catch (error) {
    const at = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    warn(
      file,
      `The front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      'correct it (a `key: value` per line between two `---` lines); the block was read as text',
      { line: startLine + (at?.line ?? 1), column: at?.col ?? 1 },
      Rule.frontmatter,
    );
    return undefined;
  }
}
