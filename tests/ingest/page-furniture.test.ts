/**
 * A page's furniture that must stay out of its articles' heads and text:
 * a weather box, a picture's credit in brackets, a page's sponsor, the
 * paper's address at an issue's foot, a guide's entries naming their pages,
 * and page labels a file skips between.
 */
import { describe, expect, it } from 'vitest';
import { factsFromPath } from '../../scripts/ingest/facts/from-path.ts';
import { matchBylineLine, matchLeadByline } from '../../scripts/ingest/rules/byline.ts';
import { matchPageHeader } from '../../scripts/ingest/rules/page-header.ts';
import { isContentsHeading, isPagePointer, isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import { twoLineHead } from '../../scripts/ingest/title-block.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';

describe("a page's furniture", () => {
  it('keeps a weather box with its wind, a picture credit in brackets, a sponsor and the paper address as printed, out of heads', () => {
    for (const line of [
      '今日天气：多云转阵雨　22℃～31℃　东南风3级',
      '（郑宏亮摄）',
      '（狮城早报档案照片）',
      '（受访者供图）',
      '本版赞助：怡城集团有限公司',
      '本版主编：周　蔓　　健康热线：0372-2566××××',
      '本报地址：北塬市文昌路88号　邮编：719000　广告热线：0912-3216688　零售价：1.50元',
    ])
      expect(isStructureLine(line), line).toBe(true);
    for (const line of [
      '（张三）',
      '（新华社发）',
      '（以上信息由市气象局提供）',
      '多云转阵雨的天气持续到周末',
      '本版赞助商名单公布，共有十二家企业入选。',
      '地址：北塬市文昌路88号',
      '地址：鼓楼区中山路88号　电话：0591-87654321',
    ])
      expect(isStructureLine(line), line).toBe(false);
  });
  it("reads a guide's entry naming its page after the headline as the guide's", () => {
    expect(isPagePointer('一条村道连起致富路　　　　2版')).toBe(true);
    expect(isPagePointer('让“三夏”服务跑在农时前面\tA03版')).toBe(true);
    expect(isPagePointer('一条村道连起致富路 2版')).toBe(false);
    expect(isPagePointer('■2版　平川县第十届“农民丰收节”筹备启动')).toBe(true);
    expect(isContentsHeading('导　读')).toBe(true);
    expect(isContentsHeading('导读员')).toBe(false);
    expect(isPagePointer('全县共有2版')).toBe(false);
  });
  it("reads a page's label with its name after it at a file name's end", () => {
    expect(factsFromPath('莲岛日报/2024-06-18 蓮島日報 A3 澳聞.txt', 'raw').page).toBe(1003);
    expect(factsFromPath('莲岛日报/2024-06-18 蓮島日報 G7 峰會.txt', 'raw').page).toBeUndefined();
  });
});

describe("a Taiwanese page's slash, and a bullet's mark", () => {
  it('reads Big5 fullwidth slash as the Encoding Standard decodes it (U+2215) as a slash', () => {
    expect(matchLeadByline('〔記者林怡君∕台南報導〕台南運河整治二期工程日前完工')).toBe('記者林怡君∕台南報導');
    expect(matchBylineLine('記者許俊偉∕台北報導')).toBe('記者許俊偉∕台北報導');
    expect(matchBylineLine('文∕記者林佳蓉')).toBe('文∕記者林佳蓉');
  });
  it('reads no byline after ◎, which bullets a subhead as often (`◎ 金点子`, `◎ 严监管`)', () => {
    for (const line of ['◎ 金点子', '◎ 严监管', '◎三代人一門手藝']) expect(matchBylineLine(line), line).toBeUndefined();
    // (A name spaced out as a name is, or a byline with its role, is one after it: `◎　何　言`, `◎本报记者　张　华`.)
    for (const line of ['◎　何　言', '◎ 叶 舟', '◎本报记者　张　华']) expect(matchBylineLine(line), line).toBe(line);
  });
});

describe('an issue file that kept some of its pages', () => {
  it('reads an unmarked headline opening on 调查： as the headline, a marked or piece-kind label as the kicker', () => {
    expect(twoLineHead('调查：七成市民支持垃圾分类', '超半数受访者每天分类投放').kicker).not.toBe(true);
    expect(twoLineHead('■特写：老店传人的坚持', '百年咖啡店飘香三代').kicker).toBe(true);
    expect(twoLineHead('侧记：一位老人的坚守', '三十年守护一座桥').kicker).toBe(true);
  });
  it('opens a later page at its label set apart beside its name, and reads a labelled kind of piece as the kicker', async () => {
    const { sections } = await ingestFiles({
      '椰都日报/椰都日报 2024-06-18.txt': [
        '椰都日报',
        '2024年6月18日　星期二',
        'A5 国内',
        '',
        '雪州推出“回乡专车”　佳节免费载送返乡',
        '　　（莎阿南17日讯）雪州政府宣布，将在开斋节前后推出“回乡专车”服务，免费载送在雪州工作的外州人返乡。',
        '　　州行政议员表示，专车将从巴生谷多个转运站发车，共安排120趟。',
        '',
        '■特写：老店传人的坚持',
        '百年咖啡店飘香三代',
        '　　清晨6时，怡保旧街场的一家老咖啡店已飘出炭烤面包的香气。',
        '　　第三代传人陈志强说，店里的咖啡豆至今坚持用炭火慢炒。',
        '',
        '本版赞助：怡城集团有限公司',
        '',
        'B3 财经',
        '',
        '马股全日挫5点　收1590点',
        '　　（吉隆坡17日讯）受外围股市疲弱拖累，马股今日全日下挫5点，以1590点收盘。',
        '　　交易员表示，投资者在佳节长假前趋于观望，成交量明显萎缩。',
        '',
      ].join('\n'),
    });
    const heads = sections.map((section) => [
      /^page: (\d+)$/mu.exec(section)?.[1],
      /^rubric: "(.*)"$/mu.exec(section)?.[1],
      /^title: "(.*)"$/mu.exec(section)?.[1],
    ]);
    expect(heads).toEqual([
      ['1005', undefined, '雪州推出“回乡专车”　佳节免费载送返乡'],
      ['1005', '■特写：老店传人的坚持', '百年咖啡店飘香三代'],
      ['2003', undefined, '马股全日挫5点　收1590点'],
    ]);
  });
});

describe("an e-paper's head of cells", () => {
  it('reads paper, page and date from a head whose cells a centred dot parts, no section of its own', async () => {
    const page = (label: string, title: string): string =>
      [
        `獅山日報 ‧ 港聞 ‧ ${label} ‧ 2024年10月24日（星期四）`,
        '責任編輯：馮嘉麗　美術：黃志明',
        title,
        '【本報訊】港鐵公司昨日表示，延線工程整體完成約五成半。',
        '',
      ].join('\n');
    const { sections } = await ingestFiles({
      'ssd/ssd_a06.txt': page('A06', '東涌綫延線工程進展逾半'),
      'ssd/ssd_a07.txt': page('A07', '觀塘海濱周末有市集'),
    });
    expect(
      sections.map((section) => [/^paper: "(.*)"$/mu.exec(section)?.[1], /^page: (.*)$/mu.exec(section)?.[1], /^title: "(.*)"$/mu.exec(section)?.[1]]),
    ).toEqual([
      ['獅山日報', '1006', '東涌綫延線工程進展逾半'],
      ['獅山日報', '1007', '觀塘海濱周末有市集'],
    ]);
  });
});

describe("a PDF's page tops and feet", () => {
  it("reads a zero-padded page number beside the page's name as its label, and the page's editors with only spaces", () => {
    expect(matchPageHeader('01　要闻', { lettered: true })).toMatchObject({ page: 1, label: '要闻' });
    expect(matchPageHeader('04　副刊·上党', { lettered: true })).toMatchObject({ page: 4, label: '副刊·上党' });
    // (Not a number without its zero, a headline beside it, nor outside a page's head.)
    for (const text of ['1　要闻', '01　国务院召开常务会议研究部署']) expect(matchPageHeader(text, { lettered: true }), text).toBeUndefined();
    expect(matchPageHeader('01　要闻')).toBeUndefined();
    for (const text of ['本版责任编辑　宋　涛　　美术编辑　吴　丹', '本版责任编辑　李　梅　　校对　赵　青', '责任编辑　王芳'])
      expect(isStructureLine(text), text).toBe(true);
    for (const text of ['责任编辑　要对稿件负责', '编辑　张三']) expect(isStructureLine(text), text).toBe(false);
  });
});

describe("a copied page's site", () => {
  it("reads the site's name (a paper's with its edition's word) over its breadcrumbs as no kicker", async () => {
    const page = (title: string, subtitle: string): string =>
      [
        '延陵晚报数字报',
        '首页 > 2024年10月25日 > 第A06版：民生',
        '',
        title,
        subtitle,
        '记者　孟　夏',
        '2024-10-25 07:45　来源：延陵晚报',
        '',
        '　　记者从市气象台获悉，受强冷空气影响，我市将出现寒潮天气，27日早晨最低气温将降至2℃左右。市气象台已发布寒潮蓝色预警信号。',
        '',
        '【打印本页】　【关闭窗口】',
      ].join('\n');
    const { sections } = await ingestFiles({ '2024/10/25/content_3389142.txt': page('延陵发布寒潮蓝色预警', '未来三天最低气温将降至2℃') });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toContain('paper: "延陵晚报"');
    expect(sections[0]).toContain('title: "延陵发布寒潮蓝色预警"');
    expect(sections[0]).not.toMatch(/^rubric:/mu);
    // (The site's name is kept with the article's extras, as printed.)
    expect(sections[0]).toContain('  - "延陵晚报数字报"');
  });
});

describe("a page's ear over its masthead", () => {
  it('dates the page by the date line under the masthead, whatever sentence the ear over it holds', async () => {
    const { messages, sections } = await ingestFiles({
      '运河日报/第12031期/01版要闻.txt': [
        '今日天气：多云转晴，东北风三到四级，气温十四到二十二摄氏度，空气质量良。',
        '运河日报',
        '2024年10月25日　星期五',
        '',
        '我市首条跨河隧道贯通',
        '　　本报讯（记者　赵杰）10月24日上午，运河隧道东线顺利贯通，隧道全长三点二公里。',
      ].join('\n'),
    });
    expect(messages.filter((message) => message.startsWith('no-date'))).toEqual([]);
    expect(sections.at(-1)).toContain('date: "2024-10-25"');
  });
});

describe("Taiwan's credit in square brackets opening a lead", () => {
  it("is the lead's byline, not a run-in item's heading over its text", async () => {
    const { sections } = await ingestFiles({
      '台東時報/20241024_A5.txt': [
        '台東時報　2024年10月24日　星期四　A5　地方',
        '',
        '馬躍‧比吼新片台東首映',
        '【記者瓦歷斯‧尤幹／台東報導】原住民導演馬躍‧比吼新作《山之歌》23日在台東首映，吸引三百多位鄉親到場觀賞。',
        '',
        '卑南鄉釋迦產季提前',
        '【記者林佩君／卑南報導】今年氣候溫暖，卑南鄉釋迦產季比往年提前兩周，農會預估產量增加一成。',
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'rubric'])).toEqual([
      ['馬躍‧比吼新片台東首映', undefined],
      ['卑南鄉釋迦產季提前', undefined],
    ]);
    expect(sections[0]).toContain('【記者瓦歷斯‧尤幹／台東報導】原住民導演');
  });
});
