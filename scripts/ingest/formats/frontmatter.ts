/**
 * Front matter at the top of a text file: YAML (`---` … `---`), as some
 * exports put even in `.txt` files, or TOML (`+++` … `+++`), Hugo's own
 * (smol-toml reads it: a small, maintained TOML 1.0 parser, already in
 * Astro's tree). A block that does not parse is reported and read as text.
 */
import { TomlError, parse as parseToml } from 'smol-toml';
import type { VFile } from 'vfile';
import { YAMLParseError, parse as parseYaml } from 'yaml';
import { Rule, warn } from '../report.ts';

export type FrontmatterLanguage = 'yaml' | 'toml';

export interface Frontmatter {
  data: Record<string, unknown>;
  /** 1-based line of the closing `---`: the text starts after it. */
  endLine: number;
}

/** How far down the closing `---` may be. */
const MAX_LINES = 80;

export function readFrontmatter(file: VFile, text: string, startLine = 1): Frontmatter | undefined {
  const match = /^\ufeff?(---|\+\+\+)[ \t]*\r?\n([\s\S]*?)\r?\n\1[ \t]*(?:\r?\n|$)/u.exec(text);
  if (!match) return undefined;
  const lines = match[0].split(/\r?\n/u).length - (match[0].endsWith('\n') ? 1 : 0);
  if (lines > MAX_LINES) return undefined;
  return parseBlock(file, match[2] ?? '', startLine, startLine + lines - 1, match[1] === '+++' ? 'toml' : 'yaml');
}

export function parseBlock(file: VFile, block: string, startLine: number, endLine: number, language: FrontmatterLanguage = 'yaml'): Frontmatter | undefined {
  try {
    const data: unknown = language === 'toml' ? parseToml(block) : parseYaml(block);
    if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
    return { data: data as Record<string, unknown>, endLine };
  } catch (error) {
    const at = error instanceof YAMLParseError ? error.linePos?.[0] : error instanceof TomlError ? { line: error.line, col: error.column } : undefined;
    const [name, fence, form] = language === 'toml' ? ['TOML', '+++', 'key = value'] : ['YAML', '---', 'key: value'];
    warn(
      file,
      `The front matter is not valid ${name} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      `correct it (a \`${form}\` per line between two \`${fence}\` lines); the block was read as text`,
      { line: startLine + (at?.line ?? 1), column: at?.col ?? 1 },
      Rule.frontmatter,
    );
    return undefined;
  }
}
