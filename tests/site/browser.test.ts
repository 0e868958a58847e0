/**
 * Home, issue, section and Q&A pages in both scripts, at phone and desktop
 * widths: no serious or critical axe-core violation, screenshots saved for a
 * person to look at, the script toggle leading to the same page.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from '../support/browser.ts';
import { serve, type Served } from '../support/static-server.ts';
import { SEED, screenshotsDir, siteDir } from './fixture-site.ts';

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const PAGES = {
  home: '',
  year: 'papers/beijingchengshifuzhongxinbao/2024/',
  issue: SEED,
  section: `${SEED}p1-01/`,
  qa: `${SEED}p1-01/q04/`,
  interview: 'papers/kejizhoubao/2025/09/03/p3-01/',
  outlets: 'outlets/',
};
const WIDTHS = { phone: 390, desktop: 1280 };
const SCRIPTS = { hans: '', hant: 'zh-hant/' };

let browser: Browser;
let served: Served;
beforeAll(async () => {
  browser = await launch();
  served = await serve(siteDir);
  await mkdir(screenshotsDir, { recursive: true });
});
afterAll(async () => {
  await browser.close();
  await served.close();
});

interface AxeResult {
  violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>;
}

async function axe(page: Page): Promise<AxeResult> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(() => (window as unknown as { axe: { run: () => Promise<AxeResult> } }).axe.run());
}

describe.each(Object.entries(SCRIPTS))('pages in %s', (script, prefix) => {
  it.each(Object.entries(PAGES))('%s is accessible and renders at both widths', async (name, pagePath) => {
    for (const [widthName, width] of Object.entries(WIDTHS)) {
      // axe-core is injected as an inline script, which the site's CSP (rightly) forbids.
      const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      const response = await page.goto(`${served.url}${prefix}${pagePath}`);
      expect(response?.status()).toBe(200);
      await page.screenshot({ path: path.join(screenshotsDir, `${name}-${script}-${widthName}.png`), fullPage: false });
      const result = await axe(page);
      const serious = result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
      expect(serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});

describe('navigation', () => {
  it('toggles to the same page in the other script and back', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}${SEED}p1-01/`);
    await page.click('.script-toggle');
    expect(page.url()).toBe(`${served.url}zh-hant/${SEED}p1-01/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hant');
    await page.click('.script-toggle');
    expect(page.url()).toBe(`${served.url}${SEED}p1-01/`);
    await page.close();
  });

  it('is keyboard navigable: the first Tab reaches the skip link, which moves focus to the content', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}${SEED}p1-01/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.close();
  });

  it('links a Q&A entry to its place in the transcript, and the calendar to the issue', async () => {
    const page = await browser.newPage();
    await page.goto(`${served.url}${SEED}p1-01/q04/`);
    await page.click('text=在全文中查看本问答');
    expect(page.url()).toBe(`${served.url}${SEED}p1-01/#q4`);
    expect(await page.locator('#q4 h3').textContent()).toBe('相互尊重是前提，和平共处是底线，合作共赢是目标');
    await page.goto(`${served.url}papers/beijingchengshifuzhongxinbao/2024/`);
    await page.click('.calendar a');
    expect(page.url()).toBe(`${served.url}${SEED}`);
    await page.close();
  });
});
