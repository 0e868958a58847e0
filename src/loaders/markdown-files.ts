/**
 * A content loader for the Markdown files ingest writes: YAML front matter
 * and a Markdown body, kept as text. Unlike `glob()`, it does not render the
 * bodies while syncing (the pages render them with our own unified
 * pipeline, see markdown/render-body.ts), so the data store holds no HTML,
 * and it can take only part of a collection (one shard of the site) or leave
 * the bodies out (the pages over the whole archive need metadata only).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFrontmatter } from '../archive/frontmatter.ts';

export interface MarkdownFilesOptions {
  /** The collection folder, relative to the project root. */
  base: string;
  /** Entries to load, by id (path without `.md`); all when absent. */
  include?: (id: string) => boolean;
  /** Keep the Markdown body (default true). */
  body?: boolean;
}

/** Files read at once. */
const BATCH = 64;

export function markdownFiles(options: MarkdownFilesOptions): Loader {
  return {
    name: 'baoku:markdown-files',
    load: async (context) => {
      const root = path.resolve(fileURLToPath(context.config.root), options.base);
      await syncFolder(root, options, context);
      context.watcher?.add(root);
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(root)) void syncFolder(root, options, context);
      });
    },
  };
}

async function syncFolder(root: string, options: MarkdownFilesOptions, context: LoaderContext): Promise<void> {
  const { store, config } = context;
  const keepBody = options.body ?? true;
  const files = (await readdir(root, { recursive: true }).catch(() => []))
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.md'))
    .sort();
  const wanted = new Set<string>();
  for (let start = 0; start < files.length; start += BATCH) {
    await Promise.all(
      files.slice(start, start + BATCH).map(async (file) => {
        const id = file.slice(0, -'.md'.length);
        if (options.include && !options.include(id)) return;
        wanted.add(id);
        const filePath = path.join(root, file);
        // Size and modification time stand for the content (ingest replaces a file only when its text changes),
        // so that an unchanged entry costs a stat, not a read.
        const info = await stat(filePath);
        const digest = context.generateDigest(`${file}\u0000${info.size}\u0000${info.mtimeMs}\u0000${keepBody ? 'body' : 'metadata'}`);
        if (store.get(id)?.digest === digest) return;
        const text = await readFile(filePath, 'utf8');
        const { data, body } = splitFrontmatter(text, filePath);
        store.set({
          id,
          data: await context.parseData({ id, data, filePath }),
          ...(keepBody ? { body } : {}),
          filePath: path.relative(fileURLToPath(config.root), filePath).split(path.sep).join('/'),
          digest,
        });
      }),
    );
  }
  for (const id of store.keys()) if (!wanted.has(id)) store.delete(id);
}
