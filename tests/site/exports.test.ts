/**
 * Archives as real people hold them build into a browsable site: an article
 * per file with the date and page in the file name, a Markdown export with
 * front matter and `###` items, a whole issue with its header repeated on
 * every page, a digest of `【…】` items — each with the right dates and
 * titles; and no page anywhere says `undefined`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from './fixture-site.ts';
import { htmlFiles } from './html.ts';

async function page(file: string): Promise<string> {
  return readFile(path.join(siteDir, file), 'utf8');
}

describe('archives in other layouts', () => {
  it('builds article files with the date and page from their names', async () => {
    const issue = await page('papers/yunheribao/2021/03/15/index.html');
    expect(issue).toContain('春风又绿运河岸');
    expect(issue).toContain('让老街“活”起来（记者手记）');
    expect(issue).toContain('文化惠民演出走进社区！');
    expect(issue).toMatch(/id="page-4"/u);
    const article = await page('papers/yunheribao/2021/03/15/p4-02/index.html');
    expect(article).toContain('<h1');
    expect(article).toContain('文化惠民演出走进社区！');
    expect(article).toContain('本报记者 赵敏');
  });

  it('builds a Markdown export: items under headings, Q&A in bold, front matter titles', async () => {
    const digest = await page('papers/haiheshibao/2022/05/08/index.html');
    expect(digest).toContain('城市书房开到家门口');
    expect(digest).toContain('专访市图书馆馆长：让阅读成为习惯');
    // Bold labels after CJK punctuation (`**問：**城市…`) are markup, not asterisks on the page.
    const transcript = await page('papers/haiheshibao/2022/05/08/p1-02/index.html');
    expect(transcript).toContain('問：城市书房的选址有什么考虑？');
    expect(transcript).not.toContain('**');
    const article = await page('papers/haiheshibao/2022/05/09/p1-01/index.html');
    expect(article).toContain('海河沿岸新添三座口袋公园');
    expect(article).toContain('本报记者 孙磊');
  });

  it('keeps a repeated masthead and date line out of the sections', async () => {
    const issue = await page('papers/dongchengwanbao/2022/06/01/index.html');
    expect(issue).toContain('社区食堂开进老小区');
    expect(issue).toContain('“小切口”撬动“大民生”！');
    expect(issue).not.toMatch(/<a [^>]*>2022年6月1日/u);
  });

  it("keeps an e-paper's A and B pages apart and names them as printed", async () => {
    const issue = await page('papers/yunheribao/2024/03/08/index.html');
    expect(issue).toContain('本档案有A01、A02、B01、B04版');
    expect(issue).toMatch(/<h2 id="page-1002">A02版<\/h2>/u);
    expect(issue).toMatch(/<h2 id="page-2001">B01版<\/h2>/u);
    expect(issue).toContain('跨B01、B04版');
    // Page 2 of the A section and of the B section are two pages, never one.
    expect(issue).not.toMatch(/第1版|第2版/u);
    const article = await page('papers/yunheribao/2024/03/08/p2001-01/index.html');
    expect(article).toContain('运河日报，2024年3月8日，B01、B04版：《运河马拉松报名人数创新高》。');
    expect(article).toContain('组委会提醒，参赛选手须在赛前完成体检');
    // An issue that mixes a plain page with lettered ones names each as printed.
    expect(await page('papers/yunheribao/2024/03/17/index.html')).toContain('本档案有第3版、A01版');
  });

  it('writes no `undefined` into any page', async () => {
    const offenders: string[] = [];
    for (const file of await htmlFiles(siteDir)) {
      const html = await page(file);
      if (/undefined/u.test(html.replace(/<script[\s\S]*?<\/script>/gu, ''))) offenders.push(file);
    }
    expect(offenders).toEqual([]);
  });
});
