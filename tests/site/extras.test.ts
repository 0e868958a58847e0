/** Lines printed with an article that are not its text (`extras`): shown on its page as printed, and not searched. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { contentDir, siteDir } from './fixture-site.ts';
import { elements, parsePage } from './html.ts';

describe('lines kept as printed with an article', () => {
  it('are shown on its page in the script its paper prints, each line as printed, outside what search indexes', async () => {
    const printed = new Map<string, string>();
    for (const file of await readdir(path.join(contentDir, 'issues'), { recursive: true })) {
      if (!file.endsWith('.md')) continue;
      const issue = await readFile(path.join(contentDir, 'issues', file), 'utf8');
      printed.set(file.replace(/\.md$/u, ''), /^printed: "hant"$/mu.test(issue) ? 'hant' : 'hans');
    }
    let checked = 0;
    for (const file of await readdir(path.join(contentDir, 'sections'), { recursive: true })) {
      if (!file.endsWith('.md')) continue;
      const source = await readFile(path.join(contentDir, 'sections', file), 'utf8');
      const head = /^---\n([^]*?)\n---\n/u.exec(source)?.[1] ?? '';
      const data = parseYaml(head) as { extras?: string[]; date: string; paperSlug: string };
      if (!data.extras?.length) continue;
      const script = printed.get(path.dirname(file)) === 'hant' ? 'zh-hant/' : '';
      const page = `${script}papers/${data.paperSlug}/${data.date.replaceAll('-', '/')}/${path.basename(file, '.md')}/index.html`;
      const tree = await parsePage(siteDir, page);
      const [box] = elements(tree, (node) => node.tagName === 'details' && String(node.properties['className']).includes('extras'));
      expect(box, page).toBeDefined();
      expect(box!.properties['dataPagefindIgnore'], page).toBe('all');
      expect(
        elements({ type: 'root', children: [box!] }, (node) => node.tagName === 'li').map((node) => toString(node)),
        page,
      ).toEqual(data.extras);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
  });
});
