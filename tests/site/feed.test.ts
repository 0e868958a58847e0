/** The feed is RSS from @astrojs/rss and never carries a character XML forbids, whatever the sources hold. */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { xmlSafe } from '../../src/utils/xml-safe.ts';
import { contentDir, siteDir } from './fixture-site.ts';

describe('feed', () => {
  it('drops the characters XML forbids and keeps the rest', () => {
    expect(xmlSafe('北环线\u0007工程\uFFFE开\u000B工\tOK\n')).toBe('北环线工程开工\tOK\n');
    expect(xmlSafe('𠀀字')).toBe('𠀀字');
    expect(xmlSafe('\uD800孤')).toBe('孤');
  });

  it('is RSS with one item per latest issue, and valid XML characters only', async () => {
    const xml = await readFile(path.join(siteDir, 'feed.xml'), 'utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><rss version="2.0"/u);
    // One item for each of the 30 latest issues of the archive, newest first: their dates are the 30 latest, as ingested.
    const issueFiles = (await readdir(path.join(contentDir, 'issues'), { recursive: true })).filter((file) => file.endsWith('.md'));
    const dates = await Promise.all(
      issueFiles.map(async (file) => /^date: "([0-9-]+)"$/mu.exec(await readFile(path.join(contentDir, 'issues', file), 'utf8'))?.[1] ?? ''),
    );
    const latest = dates.sort().reverse().slice(0, 30);
    // (An issue that prints its month and no day is titled by its month, `青川慈善 2024年6月`, and filed under its first day.)
    const itemDates = [...xml.matchAll(/<item><title>[^<]* ([0-9]{4})年([0-9]{1,2})月(?:([0-9]{1,2})日)?<\/title>/gu)].map(
      ([, year, month, day]) => `${year}-${month!.padStart(2, '0')}-${(day ?? '1').padStart(2, '0')}`,
    );
    expect(itemDates).toEqual(latest);
    // eslint-disable-next-line no-control-regex -- the characters XML forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u);
  });
});
