/** A text in TEI XML, as digital editions, corpora and trafilatura's `xmltei` keep one (`formats/tei.ts`). */
import { describe, expect, it } from 'vitest';
import { isTei, readTei } from '../../scripts/ingest/formats/tei.ts';
import { ingestFiles } from '../support/ingest-files.ts';

const tei = (body: string, publisher = '运河日报 (epaper.example.cn)'): string => `<?xml version="1.0" encoding="utf-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader>
    <fileDesc>
      <titleStmt><title type="main">东关街道首家社区食堂开门营业</title><author>王芳</author></titleStmt>
      <publicationStmt><p/></publicationStmt>
      <sourceDesc>
        <biblFull>
          <titleStmt><title type="main">东关街道首家社区食堂开门营业</title></titleStmt>
          <publicationStmt><publisher>${publisher}</publisher><date>2024-03-08</date></publicationStmt>
        </biblFull>
      </sourceDesc>
    </fileDesc>
    <profileDesc><creation><date type="download">2024-07-30</date></creation></profileDesc>
  </teiHeader>
  <text><body>${body}</body></text>
</TEI>`;

const BODY = `<div type="entry">
  <ab rend="h3" type="header">民生一线</ab>
  <p>本报记者 王芳</p>
  <p>东关街道首家社区食堂今天开门营业，八十岁以上老人就餐每餐补贴五元。</p>
  <p>食堂由街道出资改建，每天供应早中晚三餐。</p>
</div>
<div type="comments"><p>好事！点赞</p><p>希望多开几家</p></div>`;

describe('TEI texts (formats/tei.ts)', () => {
  it('is told by its root and namespace', () => {
    expect(isTei(tei(BODY))).toBe(true);
    expect(isTei('<?xml version="1.0"?><TEI><text/></TEI>')).toBe(false);
    expect(isTei('<?xml version="1.0"?><articles><article/></articles>')).toBe(false);
  });

  it("reads the header's title, author, paper and publication day, never the day it was downloaded", () => {
    const read = readTei(tei(BODY));
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.frontmatter).toEqual({ title: '东关街道首家社区食堂开门营业', author: '王芳', source: '运河日报', date: '2024-03-08' });
    // (A publisher without a site's address after it is as written.)
    const plain = readTei(tei(BODY, '运河日报社'));
    expect('frontmatter' in plain && plain.frontmatter['source']).toBe('运河日报社');
  });

  it("takes the paper and day from the source the text was taken from, not from a digital edition's own statement", () => {
    const edition = `<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc>
      <titleStmt><title>全县春耕备耕有序推进</title></titleStmt>
      <publicationStmt><publisher>某大学数字人文中心</publisher><date when="2021-06-30">2021年6月30日</date></publicationStmt>
      <sourceDesc><bibl><title level="j">江城日报</title><date when="1956-03-08">1956年3月8日</date></bibl></sourceDesc>
    </fileDesc></teiHeader><text><body><p>县农业农村局组织技术人员深入田间地头。</p></body></text></TEI>`;
    const read = readTei(edition);
    expect('frontmatter' in read && read.frontmatter).toEqual({ title: '全县春耕备耕有序推进', source: '江城日报', date: '1956-03-08' });
    // (Where the source names neither, the file's own statement is the paper's, as a tool writes it; a title that is a file's id is no headline.)
    const own = readTei(
      edition
        .replace(/<sourceDesc>.*<\/sourceDesc>/su, '<sourceDesc><bibl>https://www.example.cn/2024/03/08/1.html</bibl></sourceDesc>')
        .replace('全县春耕备耕有序推进</title>', 'jcrb_20240308_02_001</title>'),
    );
    expect('frontmatter' in own && own.frontmatter).toEqual({ source: '某大学数字人文中心', date: '2021-06-30' });
  });

  it('reads the body a block a line, the title under the rubric that opens it, readers’ comments left out and counted', () => {
    const read = readTei(tei(BODY));
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.text.split('\n').filter((line) => line !== '')).toEqual([
      '民生一线',
      '东关街道首家社区食堂开门营业',
      '本报记者 王芳',
      '东关街道首家社区食堂今天开门营业，八十岁以上老人就餐每餐补贴五元。',
      '食堂由街道出资改建，每天供应早中晚三餐。',
    ]);
    expect(read.parts.comments).toBe(2);
  });

  it('is ingested as an article with its kicker, headline and byline', async () => {
    const { sections } = await ingestFiles({ 'tei/a1.xml': tei(BODY) });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/^rubric: "民生一线"$/mu);
    expect(sections[0]).toMatch(/^title: "东关街道首家社区食堂开门营业"$/mu);
    expect(sections[0]).toMatch(/^byline: "本报记者 王芳"$/mu);
    expect(sections[0]).toMatch(/^paper: "运河日报"$/mu);
    expect(sections[0]).toMatch(/^date: "2024-03-08"$/mu);
    expect(sections[0]).not.toContain('点赞');
  });
});
