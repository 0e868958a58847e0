/**
 * A page taken out of a web crawl is cited as a web archive is: the address it was captured from and the moment, in the
 * citation and beside its source file (`crawl.warc.gz#<address>`); a page of a file of its own is not.
 */
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { capturedAddress, captureName } from '../../src/archive/captures.ts';
import { formatCaptured } from '../../src/utils/labels.ts';
import { siteDir } from './fixture-site.ts';
import { elements, parsePage } from './html.ts';

const text = async (file: string, className: string): Promise<string> =>
  elements(await parsePage(siteDir, file), (node) => String(node.properties['className'] ?? '').includes(className))
    .map((node) => toString(node))
    .join(' ')
    .replace(/\s+/gu, ' ');

describe('a page captured in a web crawl', () => {
  it('is cited with its address and the moment of its capture (the latest capture read), in Simplified and Traditional pages alike', async () => {
    for (const prefix of ['', 'zh-hant/']) {
      const file = `${prefix}papers/jiangchengribao/2024/03/08/p1-01/index.html`;
      expect(await text(file, 'cite')).toContain('网页存档：http://www.jcrb.com.cn/news/2024-03/08/content_101.htm，2024年3月9日 08:30 UTC抓取。');
      expect(await text(file, 'provenance')).toContain('2024年3月9日 08:30 UTC抓取');
    }
  });

  it('is not, for a page of a file of its own', async () => {
    expect(await text('papers/beijingchengshifuzhongxinbao/2024/03/08/p1-01/index.html', 'cite')).not.toContain('网页存档');
  });

  it('names and reads back a capture, and formats its moment', () => {
    expect(capturedAddress(captureName('江城日报/a.warc.gz', 'https://x.cn/a.htm'))).toBe('https://x.cn/a.htm');
    expect(capturedAddress('江城日报/2024-03-08#1.txt')).toBeUndefined();
    expect(formatCaptured('2024-03-09T08:30:06Z')).toBe('2024年3月9日 08:30 UTC');
    expect(formatCaptured('2024-03-09')).toBe('2024年3月9日');
  });
});
