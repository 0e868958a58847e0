/** Markup in a raw file is shown as text and never runs. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from '../support/site-in-browser.ts';
import { siteDir } from './fixture-site.ts';
import { elements, htmlFiles, parsePage } from './html.ts';

const HOSTILE = 'papers/shiyanribao/2024/02/10/p1-01/';

const site = siteInBrowser(siteDir);

describe('hostile text', () => {
  it('escapes the headline, subtitle and body in the HTML', async () => {
    const html = await readFile(path.join(siteDir, HOSTILE, 'index.html'), 'utf8');
    expect(html).toContain('<h1>&lt;script&gt;alert(&quot;headline&quot;)&lt;/script&gt;标题里的脚本</h1>');
    expect(html).not.toContain('href="javascript:');
    const tree = await parsePage(siteDir, `${HOSTILE}index.html`);
    // The only scripts are the page's own: JSON data blocks (never executed) and bundled modules.
    const scripts = elements(tree, (node) => node.tagName === 'script');
    const data = scripts.filter((node) => node.properties['type'] === 'application/ld+json' || node.properties['type'] === 'application/json');
    const code = scripts.filter((node) => !data.includes(node));
    expect(code.every((node) => typeof node.properties['src'] === 'string' && node.properties['src'].startsWith('/_astro/'))).toBe(true);
    for (const node of data) expect(JSON.stringify(node.children)).not.toMatch(/<\/?script/iu);
    expect(elements(tree, (node) => node.tagName === 'img')).toEqual([]);
  });

  it('has no inline event handler and no javascript: URL anywhere on the site', async () => {
    for (const file of await htmlFiles(siteDir)) {
      const tree = await parsePage(siteDir, file);
      const handlers = elements(tree, (node) => Object.keys(node.properties).some((name) => /^on/u.test(name)));
      const scriptLinks = elements(
        tree,
        (node) => typeof node.properties['href'] === 'string' && node.properties['href'].trim().toLowerCase().startsWith('javascript:'),
      );
      expect([...handlers, ...scriptLinks].map((node) => `${file}: <${node.tagName}>`)).toEqual([]);
    }
  });

  it('shows the markup as characters in the browser and runs nothing', async () => {
    const page = await site.browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(`${site.served.url}${HOSTILE}`);
    expect(await page.locator('h1').textContent()).toBe('<script>alert("headline")</script>标题里的脚本');
    expect(await page.locator('.subtitle').first().textContent()).toBe('<img src=x onerror=alert(1)>副标题里的图片');
    expect(await page.locator('.body').textContent()).toContain('[点我](javascript:alert(1))');
    expect(await page.locator('main img').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('declares a Content-Security-Policy that allows Pagefind and no inline script', async () => {
    // Read as a browser reads it: character references decoded (a converted page writes ' as &#x27;).
    const tree = await parsePage(siteDir, 'index.html');
    const meta = elements(tree, (node) => node.tagName === 'meta' && [node.properties['httpEquiv']].flat().includes('Content-Security-Policy'));
    const content = meta[0]?.properties['content'];
    const csp = typeof content === 'string' ? content : '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toContain("'unsafe-inline'");
  });
});
