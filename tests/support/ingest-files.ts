/** Ingest a few files written for a test into a fresh folder: every message and the text of each section written. */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { resolveSettings } from '../../src/archive/settings.ts';

export interface Ingested {
  /** Each message as `rule reason` (`not-ingested Not ingested: …`). */
  messages: string[];
  /** Each section's Markdown, in the order of their paths. */
  sections: string[];
}

/** `files`: path under the input folder → its text or bytes. */
export async function ingestFiles(files: Record<string, string | Uint8Array>): Promise<Ingested> {
  const root = await mkdtemp(path.join(tmpdir(), 'baoku-ingest-files-'));
  try {
    for (const [name, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, 'in', name)), { recursive: true });
      await writeFile(path.join(root, 'in', name), content);
    }
    const summary = await ingest({ inputs: [path.join(root, 'in')], out: path.join(root, 'out'), settings: resolveSettings({}, {}), say: () => {} });
    const names = await readdir(path.join(root, 'out', 'sections'), { recursive: true }).catch(() => []);
    const sections = await Promise.all(
      names
        .filter((name) => name.endsWith('.md'))
        .sort()
        .map((name) => readFile(path.join(root, 'out', 'sections', name), 'utf8')),
    );
    return { messages: summary.files.flatMap((file) => file.messages.map((message) => `${message.ruleId} ${message.reason}`)), sections };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Each section's front matter fields `keys` (title, rubric and byline unless named), as written (a string without its quotes, a number as its digits). */
export const heads = (sections: string[], keys: string[] = ['title', 'rubric', 'byline']): Array<Array<string | undefined>> =>
  sections.map((section) =>
    keys.map((key) => {
      const field = new RegExp(`^${key}: (?:"(.*)"|([0-9]+))$`, 'mu').exec(section);
      return field?.[1] ?? field?.[2];
    }),
  );
