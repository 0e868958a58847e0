/**
 * The simple assembly a user would otherwise pick: the same sections and
 * Q&A entries rendered by a minimal Hugo site (Debian's `hugo`), indexed by
 * one plain Pagefind run.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

export function hugoAvailable(): boolean {
  try {
    execFileSync('hugo', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Write a Hugo site whose content is the ingested sections and Q&A entries. */
export async function writeHugoSite(content: string, site: string): Promise<void> {
  await mkdir(path.join(site, 'layouts/_default'), { recursive: true });
  await writeFile(
    path.join(site, 'hugo.toml'),
    "baseURL = '/'\nlanguageCode = 'zh-Hans'\ntitle = 'Hugo baseline'\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap']\n",
  );
  await writeFile(
    path.join(site, 'layouts/_default/baseof.html'),
    '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body>{{ block "main" . }}{{ end }}</body></html>\n',
  );
  await writeFile(
    path.join(site, 'layouts/_default/single.html'),
    '{{ define "main" }}<article data-pagefind-body><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n',
  );
  await writeFile(
    path.join(site, 'layouts/_default/list.html'),
    '{{ define "main" }}<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
  );
  for (const collection of ['sections', 'qa']) await cp(path.join(content, collection), path.join(site, 'content', collection), { recursive: true });
}
