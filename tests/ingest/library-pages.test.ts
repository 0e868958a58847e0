/**
 * A digital newspaper library's pages (Trove, Chronicling America, Veridian, NewspaperSG): its citation of the
 * article, its catalogue's note on the paper, its own heads over the article's, its notices and counts, its lists of
 * results. Each rule positive and negative; the whole pages are the `digital-libraries` fixture.
 */
import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { continuesInto } from '../../scripts/ingest/continuation.ts';
import { followingText } from '../../scripts/ingest/parse-body.ts';
import { matchLibraryCitation } from '../../scripts/ingest/facts/library-citation.ts';
import { matchCreditLine } from '../../scripts/ingest/facts/from-text.ts';
import { readHtml } from '../../scripts/ingest/formats/html.ts';
import { isLinkList } from '../../scripts/ingest/formats/html-layout.ts';
import { markPlatformHeads } from '../../scripts/ingest/formats/page-title.ts';
import { withoutCatalogueNote } from '../../scripts/ingest/rules/paper-name.ts';
import { isRelatedHeading, isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import { isTitleLine, isTranslation } from '../../scripts/ingest/rules/title-line.ts';
import type { RawLine } from '../../scripts/ingest/types.ts';
import { ingestFiles } from '../support/ingest-files.ts';
import { rawLines } from '../support/raw-lines.ts';

describe("a library's citation of its copy (facts/library-citation.ts)", () => {
  it('reads the paper as catalogued, the day and the page or image', () => {
    expect(matchLibraryCitation('Chung Sai Yat Po, 15 January 1910, Page 1')).toMatchObject({
      paper: 'Chung Sai Yat Po',
      year: 1910,
      month: 1,
      day: 15,
      page: 1,
    });
    expect(matchLibraryCitation('The Tung Wah Times (Sydney, NSW : 1902 - 1936), Saturday 2 May 1914, page 2')).toMatchObject({
      paper: 'The Tung Wah Times',
      year: 1914,
      month: 5,
      day: 2,
      page: 2,
    });
    expect(matchLibraryCitation('Chung Sai Yat Po. [volume] (San Francisco, Calif.) 1900-1951, January 11, 1910, Image 3')).toMatchObject({
      paper: 'Chung Sai Yat Po',
      page: 3,
    });
    expect(matchLibraryCitation('中西日報, 15 January 1910, p. 4')).toMatchObject({ paper: '中西日報', page: 4 });
    // As a credit line: the credit rules read it too.
    expect(matchCreditLine('Nanyang Siang Pau, 16 January 1955, Page 1')).toMatchObject({ paper: 'Nanyang Siang Pau', page: 1 });
  });
  it('takes no date without a page, no sentence, no page nought', () => {
    // (A dateline or a sentence's date names no page.)
    expect(matchLibraryCitation('London, 15 January 1910')).toBeUndefined();
    expect(matchLibraryCitation('He said on 2 May 1914, page 2')).toBeUndefined();
    expect(matchLibraryCitation('Chung Sai Yat Po, 15 January 1910, Page 0')).toBeUndefined();
    expect(matchLibraryCitation('Chung Sai Yat Po, 15 January 1910, Page 1 of the supplement')).toBeUndefined();
    expect(matchLibraryCitation('会议于2024年3月5日开幕，第1版')).toBeUndefined();
    // (Words of a sentence before a citation, in another script than the name: no paper's name.)
    expect(matchLibraryCitation('原文刊于 The Economist, 8 March 2024, page 12')).toBeUndefined();
  });
});

describe("a catalogue's note after a paper's name (rules/paper-name.ts)", () => {
  it('leaves out the place and years a catalogue adds', () => {
    expect(withoutCatalogueNote('The Tung Wah Times (Sydney, NSW : 1902 - 1936)')).toBe('The Tung Wah Times');
    expect(withoutCatalogueNote('Chung Sai Yat Po. [volume] (San Francisco, Calif.) 1900-1951')).toBe('Chung Sai Yat Po');
    expect(withoutCatalogueNote('Chinese Times [volume]')).toBe('Chinese Times');
  });
  it("keeps a name's own words in brackets", () => {
    expect(withoutCatalogueNote('The Straits Times (Singapore)')).toBe('The Straits Times (Singapore)');
    expect(withoutCatalogueNote('南洋商报')).toBe('南洋商报');
  });
});

const line = (text: string, heading?: number): RawLine => rawLines([text], [heading === undefined ? undefined : { heading }])[0]!;

describe("a platform's heads over the headline its page's title names (formats/page-title.ts)", () => {
  it('marks the heads of higher rank above that headline as furniture', () => {
    const lines = [line('Chung Sai Yat Po', 1), line('15 January 1910', 2), line('華埠商會議定新年賑濟章程', 3), line('華埠商會前晚在會所集議。')];
    markPlatformHeads(lines, '華埠商會議定新年賑濟章程 — Chung Sai Yat Po, 15 January 1910 — California Digital Newspaper Collection');
    expect(lines.map((each) => each.hint?.properties === true)).toEqual([true, true, false, false]);
  });
  it('keeps a kicker set smaller over the headline, and a page whose title names no heading', () => {
    const kicker = [line('新春走基层', 3), line('运河边的年味', 1), line('记者走访了运河沿线。')];
    markPlatformHeads(kicker, '运河边的年味_运河日报');
    expect(kicker.some((each) => each.hint?.properties === true)).toBe(false);
    const unnamed = [line('运河日报', 1), line('运河边的年味', 2)];
    markPlatformHeads(unnamed, '首页');
    expect(unnamed.some((each) => each.hint?.properties === true)).toBe(false);
    // (A title that is the paper's or the site's name alone names no headline, though a heading prints that name.)
    const site = [line('东关街道首家社区食堂开门营业', 1), line('运河日报', 4), line('东关街道首家社区食堂今天开门营业。')];
    markPlatformHeads(site, '运河日报');
    expect(site.some((each) => each.hint?.properties === true)).toBe(false);
    // (A page's second story's title names none of the first story's head: text stands between.)
    const second = [line('运河新城地铁二号线今年开工', 1), line('本报讯　记者从市轨道交通集团获悉，二号线今年开工。'), line('东关街道首家社区食堂开门营业', 2)];
    markPlatformHeads(second, '东关街道首家社区食堂开门营业 - 运河日报A05版');
    expect(second.some((each) => each.hint?.properties === true)).toBe(false);
    // (A heading the title only begins with, a word short of the title's part, is not it.)
    const partial = [line('运河日报', 1), line('运河', 2)];
    markPlatformHeads(partial, '运河边的年味 | 运河日报');
    expect(partial.some((each) => each.hint?.properties === true)).toBe(false);
  });
  it('reads the headline of an article view under the platform’s own heads', () => {
    const html =
      '<html><head><title>華埠商會議定章程 — Chung Sai Yat Po, 15 January 1910 — CDNC</title></head><body>' +
      '<h1>Chung Sai Yat Po</h1><h2>15 January 1910</h2><h3>華埠商會議定章程</h3><p>華埠商會前晚在會所集議。</p></body></html>';
    const read = readHtml(new VFile({ path: 'a.html', value: html }));
    expect(read.lines.filter((each) => each.hint?.properties !== true && each.hint?.heading !== undefined).map((each) => each.text)).toEqual([
      '華埠商會議定章程',
    ]);
  });
});

describe("a library's notices, counts and lists (rules/structure-line.ts, formats/html-layout.ts)", () => {
  it('knows an OCR notice and the counts for a page, in English', () => {
    expect(isStructureLine('This text was automatically generated using Optical Character Recognition software and may contain errors. Find out more.')).toBe(
      true,
    );
    expect(
      isStructureLine(
        'This article has been automatically generated from the original newspaper image using optical character recognition (OCR) and may contain errors. Report error',
      ),
    ).toBe(true);
    expect(isStructureLine('Words: 578 Views: 124')).toBe(true);
    expect(isRelatedHeading('Similar Articles')).toBe(true);
    expect(isRelatedHeading('Related stories')).toBe(true);
  });
  it('keeps text that names OCR or counts in a sentence of its own', () => {
    expect(isStructureLine('市图书馆用OCR识别旧报，错误率已降到百分之一以下。')).toBe(false);
    expect(isStructureLine('OCR software is improving every year.')).toBe(false);
    expect(isStructureLine('The library says OCR errors are corrected by volunteers who read every page again')).toBe(false);
    expect(isStructureLine('Words matter: 3 lessons from the flood')).toBe(false);
    expect(isRelatedHeading('Similar stories are told in every port town')).toBe(false);
    // (`See also` heads a bilingual page's brief as often as a list of links.)
    expect(isRelatedHeading('See also')).toBe(false);
  });
  it("takes a list of results, each a linked headline over its citation, for a list of links, and not a list of stories' openings", () => {
    const element = (html: string): Element =>
      unified()
        .use(rehypeParse, { fragment: true })
        .parse(html)
        .children.find((node): node is Element => node.type === 'element')!;
    expect(
      isLinkList(
        element(
          '<ul><li><h3><a href="/1">新加坡河畔增建公共碼頭</a></h3><p>Sin Chew Jit Poh, 20 July 1960, Page 2</p></li><li><h3><a href="/2">港務局擴建貨倉</a></h3><p>Sin Chew Jit Poh, 21 July 1960, Page 3</p></li></ul>',
        ),
      ),
    ).toBe(true);
    expect(
      isLinkList(
        element(
          '<ul><li><h3><a href="/1">新加坡河畔增建公共碼頭</a></h3><p>港務局昨日宣佈，將增建公共碼頭兩座。</p></li><li><h3><a href="/2">港務局擴建貨倉</a></h3><p>貨倉擴建工程下月動工。</p></li></ul>',
        ),
      ),
    ).toBe(false);
  });
  it("reads a line of counts as no headline's translation", () => {
    expect(isTranslation('Words: 174 Views: 168')).toBe(false);
    expect(isTranslation('Registration opens for the canal marathon')).toBe(true);
    expect(isTranslation('Hong Kong: 5 Killed in Tai Po Blaze')).toBe(true);
  });
});

describe('heads that look like broken lines (continuation.ts, rules/title-line.ts)', () => {
  it('keeps a short head with a comma a head, though the word segmenter reads a word across the break', () => {
    // (`一座城` / `市民…` reads as 城市; `…正当时` / `时下…` as 时时: a head's end, not a broken sentence.)
    expect(continuesInto('一碗面，一座城', '市民张女士每天早上都到老街吃一碗面。')).toBe(false);
    expect(continuesInto('瓜果飘香，丰收正当时', '时下正值瓜果成熟季节，果农们忙着采摘。')).toBe(false);
    expect(continuesInto('奋进新征程，建功新时代', '日前，全市召开动员大会。')).toBe(false);
  });
  it('reads no line that opens on a mark closing a clause as a head, and keeps a head OCR opened with a closing quote', () => {
    expect(isTitleLine('，共有两万三千多人报名，比上')).toBe(false);
    expect(isTitleLine('共有两万三千多人报名')).toBe(true);
    expect(isTitleLine('”双减”落地一周年')).toBe(true);
  });
});

describe("the text under a lone title line, read as its paragraphs (parse-body.ts's followingText)", () => {
  it("runs a lead's first sentence on past the line it was broken at, and keeps paragraphs apart", () => {
    // (As a hard-wrapped page's lines are marked: the one that opens a paragraph, the one that goes on it.)
    const hints: Array<RawLine['hint']> = [undefined, { opensParagraph: true }, { wrapped: true }, { opensParagraph: true }];
    const lines = rawLines(
      ['清明假期國內旅遊出遊人次創新高', '這個清明假期，國內出遊人次和總花費均', '創歷史新高。', '多地以賞花經濟帶動城市休閒和鄉村旅遊發展。'],
      hints,
    );
    expect(followingText(lines, 1, new Set())).toBe('這個清明假期，國內出遊人次和總花費均創歷史新高。\n多地以賞花經濟帶動城市休閒和鄉村旅遊發展。');
  });
});

describe("a hard-wrapped page's short paragraphs (parse-body.ts's column widths)", () => {
  it('reads a story whose head stands right over its two-line lead as a story, not a subhead of the one above', async () => {
    // (The lead's first line reaches the page's width and breaks off inside a clause; no blank line parts it from its head.)
    const page = [
      '運河日報',
      '',
      '2024年3月8日 星期五',
      '',
      '東關街道社區食堂開業',
      '東關街道首家社區食堂昨日開業，可容納八十人同時就',
      '餐，老年人用餐每餐優惠三元。食堂由街道出資改建，',
      '委託專業餐飲公司運營，每天供應早中晚三餐，菜品每',
      '週更換。',
      '',
      '開業首日，前來就餐的居民排起長隊，不少老人稱讚飯',
      '菜價格實惠、口味清淡，街道負責人表示將根據居民意',
      '見調整菜單。',
      '',
      '市政府表彰優秀志願服務組織和優秀志願者',
      '日前，市政府印發通報，對十二個年度優秀志願服務組',
      '織和三十名優秀志願者予以表彰。',
      '',
      '通報號召，全市各級各部門要以受表彰的組織和個人為',
      '榜樣，弘揚奉獻、友愛、互助、進步的志願精神，推動',
      '志願服務常態化、專業化，為建設文明城市貢獻力量。',
      '',
    ].join('\n');
    const { sections } = await ingestFiles({ '运河日报/2024-03-08.txt': page });
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual(['東關街道社區食堂開業', '市政府表彰優秀志願服務組織和優秀志願者']);
    expect(sections[1]).toContain('日前，市政府印發通報，對十二個年度優秀志願服務組織和三十名優秀志願者予以表彰。');
  });
});

describe("a citation that is not the copy's own (facts/resolve.ts)", () => {
  it('leaves the date and paper of a file named for its day to the file, when a citation in its text gives another day', async () => {
    const { sections } = await ingestFiles({
      '参考消息/2024-03-10/04.txt': [
        '美媒：人工智能改变新闻编辑室',
        '',
        '美国《经济学人》周刊网站3月8日发表文章称，人工智能正在改变新闻编辑室的工作方式。',
        '',
        '文章说，编辑们担心新工具会带来错误，但也承认它能节省大量时间。',
        '',
        'The Economist, March 8, 2024, p. 12',
      ].join('\n'),
    });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/^paper: "参考消息"$/mu);
    expect(sections[0]).toMatch(/^date: "2024-03-10"$/mu);
  });
});

describe("a hard-wrapped page's heads at the column's width (parse-body.ts's column widths)", () => {
  it('keeps a two-line head with a comma, broken at the width, a head: no sentence ends under it', async () => {
    const page = [
      '运河日报',
      '',
      '2024年3月4日 星期一',
      '',
      '运河新城地铁二号线今年开工',
      '',
      '本报讯 记者从市轨道交通集团获悉，',
      '运河新城地铁二号线工程可行性研究报',
      '告已获批复，今年下半年将全面开工建',
      '设。',
      '',
      '据市轨道交通集团有关负责人介绍，二',
      '号线一期工程已完成全部征迁，沿线十',
      '二座车站的施工围挡正在设置，大型机',
      '械设备陆续到位。',
      '',
      '办好群众家门口的事，东关街道首家社',
      '区食堂开门营业',
      '',
      '东关街道首家社区食堂今天开门营业，',
      '八十岁以上老人就餐每餐补贴五元，附',
      '近社区的两百多位老人当天就在食堂吃',
      '上了热乎饭菜。',
    ].join('\n');
    const { sections } = await ingestFiles({ '运河日报/2024-03-04_A05.txt': page });
    expect(sections).toHaveLength(2);
  });
});
