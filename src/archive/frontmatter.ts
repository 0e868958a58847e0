/**
 * Read a content file written by ingest: YAML front matter and a Markdown
 * body. Used by the site's loader and by the planner of the build in parts.
 */
import { YAMLParseError, parse as parseYaml } from 'yaml';

/** `---\n<yaml>\n---\n<body>` → data and body; the error names the file and says how to fix it. */
export function splitFrontmatter(text: string, filePath: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/u.exec(text);
  if (!match) {
    throw new Error(`${filePath}:1:1: no YAML front matter (the file must start with a \`---\` line); run \`npm run ingest\` again to rewrite it`);
  }
  let data: unknown;
  try {
    data = parseYaml(match[1] ?? '');
  } catch (error) {
    const at = error instanceof YAMLParseError ? error.linePos?.[0] : undefined;
    const where = at ? `${at.line + 1}:${at.col}` : '2:1';
    throw new Error(`${filePath}:${where}: the front matter is not valid YAML (${String(error)}); run \`npm run ingest\` again to rewrite it`, {
      cause: error,
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new Error(`${filePath}:2:1: the front matter is not a YAML mapping; run \`npm run ingest\` again to rewrite it`);
  }
  return { data: data as Record<string, unknown>, body: text.slice(match[0].length) };
}
