/** The feed is RSS from @astrojs/rss and never carries a character XML forbids, whatever the sources hold. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../../src/utils/xml-safe.ts';
import { siteDir } from './fixture-site.ts';

describe('feed', () => {
  it('drops the characters XML forbids and keeps the rest', () => {
    expect(xmlSafe('北环线\u0007工程\uFFFE开\u000B工\tOK\n')).toBe('北环线工程开工\tOK\n');
    expect(xmlSafe('𠀀字')).toBe('𠀀字');
    expect(xmlSafe('\uD800孤')).toBe('孤');
  });

  it('is RSS with one item per latest issue, and valid XML characters only', async () => {
    const xml = await readFile(path.join(siteDir, 'feed.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/u);
    expect(xml).toContain('<item><title>北京城市副中心报 2024年3月8日');
    // eslint-disable-next-line no-control-regex -- the characters XML forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u);
  });
});
