/**
 * Link checker over the built site: every internal link, stylesheet, script
 * and image resolves to a file, and every fragment to an element id — at the
 * host root and under a sub-path.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUB_PATH, baseSiteDir, siteDir } from './fixture-site.ts';
import { elements, htmlFiles, pageFile, parsePage } from './html.ts';

const ORIGIN = 'http://site.test';

async function brokenLinks(dir: string, base: string): Promise<string[]> {
  const files = await htmlFiles(dir);
  const ids = new Map<string, Set<string>>();
  const broken: string[] = [];
  const pending: Array<{ from: string; file: string; fragment: string }> = [];
  for (const file of files) {
    const tree = await parsePage(dir, file);
    ids.set(file, new Set(elements(tree, (node) => typeof node.properties['id'] === 'string').map((node) => String(node.properties['id']))));
    const pageUrl = new URL(`${base}${file.replace(/index\.html$/u, '')}`, ORIGIN);
    for (const node of elements(tree, (element) => ['a', 'link', 'script', 'img'].includes(element.tagName))) {
      const target = node.properties['href'] ?? node.properties['src'];
      // Canonical and alternate links are absolute (the public site URL) and so skipped below as external.
      if (typeof target !== 'string') continue;
      const url = new URL(target, pageUrl);
      if (url.origin !== ORIGIN) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push(`${file}: ${target} is outside the base ${base}`);
        continue;
      }
      const relative = decodeURIComponent(url.pathname.slice(base.length));
      const targetFile = pageFile(relative);
      if (!existsSync(path.join(dir, targetFile))) {
        broken.push(`${file}: ${target} → missing ${targetFile}`);
        continue;
      }
      if (url.hash) pending.push({ from: file, file: targetFile, fragment: decodeURIComponent(url.hash.slice(1)) });
    }
  }
  for (const { from, file, fragment } of pending) {
    if (!ids.get(file)?.has(fragment)) broken.push(`${from}: #${fragment} not found in ${file}`);
  }
  return broken;
}

describe('links', () => {
  it('has no broken internal link at the host root', async () => {
    expect(await brokenLinks(siteDir, '/')).toEqual([]);
  });

  it('has no broken internal link under a sub-path', async () => {
    expect(await brokenLinks(baseSiteDir, SUB_PATH)).toEqual([]);
  });

  it('builds every page in both scripts', async () => {
    const files = await htmlFiles(siteDir);
    const simplified = files.filter((file) => !file.startsWith('zh-hant/') && file !== '404.html');
    const traditional = new Set(files.filter((file) => file.startsWith('zh-hant/')).map((file) => file.slice('zh-hant/'.length)));
    expect(simplified.filter((file) => !traditional.has(file))).toEqual([]);
    expect(simplified.length).toBeGreaterThan(50);
  });
});
