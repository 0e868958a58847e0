/**
 * Many articles in one file, each with a head of its own that names its paper, date and page, as researchers get them
 * out of databases and clipping services: Factiva's field codes, NoteExpress's `{Field}:` lines, a paper's print-friendly
 * pages copied one after another, a clipping service's bundle and a compiler's Word document with their contents.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { creditedRecords } from '../../scripts/ingest/facts/credited-records.ts';
import { parseDate, recordFields, splitRecords } from '../../scripts/ingest/facts/records.ts';
import { markTabTables } from '../../scripts/ingest/formats/tab-table.ts';
import { splitLines } from '../../scripts/ingest/lines.ts';
import { matchLabelledField } from '../../scripts/ingest/rules/labelled-field.ts';
import { isOutletName } from '../../scripts/ingest/rules/paper-name.ts';
import { BODY_LABEL, isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';
import { rawLines } from '../support/raw-lines.ts';

const field = (section: string, key: string): string | undefined => new RegExp(`^${key}: "?([^"\\n]*)"?$`, 'mu').exec(section)?.[1];
/** A file's lines as ingest reads them: blank lines are gaps in the numbering. */
const fileLines = (text: string): ReturnType<typeof splitLines> => splitLines(new VFile(text)).filter((line) => line.text !== '');
const facts = (found: ReturnType<typeof splitRecords>): Array<[string | undefined, string, number | undefined]> =>
  (found?.records ?? []).map(({ facts: { paper, year, month, day, page } }) => [paper, `${year}-${month}-${day}`, page]);

const factivaRecord = (title: string, date: string, paper: string, page: string, number: string): string[] => [
  `HD\t${title}`,
  'BY\t本报记者 林清远',
  'WC\t312 words',
  `PD\t${date}`,
  `SN\t${paper}`,
  'SC\tHGRB',
  `PG\t${page}`,
  'LA\tChinese-Simplified',
  `CY\t(c) 2024 ${paper}社. All rights reserved.`,
  '',
  'LP\t本报讯　湖港新区首批智能集装箱码头昨天正式投入运营，码头年设计吞吐能力达一百二十万标准箱。',
  '',
  'TD\t新码头采用自动化岸桥和无人驾驶集卡，作业效率比传统码头提高三成。',
  '',
  '码头负责人介绍，今年第四季度还将开通两条内贸航线。',
  '',
  'NS\tgtrade : Trade/External Payments | ecat : Economic News',
  'RE\tchina : China | asiaz : Asia',
  `AN\tDocument ${number}`,
  '',
  '',
];

describe("Factiva's records with their field codes", () => {
  it('reads the codes as fields: the headline, the byline, the date in English, the paper, the page, the text under LP and TD', () => {
    expect(matchLabelledField('HD\t湖港新区首批智能集装箱码头投运')).toMatchObject({ field: 'title', value: '湖港新区首批智能集装箱码头投运' });
    expect(matchLabelledField('BY\t本报记者 林清远')).toMatchObject({ field: 'byline', value: '本报记者 林清远' });
    expect(BODY_LABEL.exec('TD\t新码头采用自动化岸桥')?.[0]).toBe('TD\t');
    expect(isStructureLine('LP')).toBe(true);
    expect(parseDate('14 October 2024')).toEqual({ year: 2024, month: 10, day: 14 });
    // (Not codes: a word in capitals that begins a line of text, a code with no tab or spaces after it.)
    for (const text of ['HD视频：湖港新区码头投运', 'BY THE SEA 海边音乐会', 'TD新码头']) {
      expect(matchLabelledField(text), text).toBeUndefined();
      expect(BODY_LABEL.test(text), text).toBe(false);
    }
    expect(parseDate('14 October 2024 港口')).toBeUndefined();
  });

  it('cuts the export at each record, its indexing after the text its own, the search summary after the last the export’s', () => {
    const found = splitRecords(
      fileLines(
        [
          ...factivaRecord('湖港新区首批智能集装箱码头投运', '14 October 2024', '湖港日报', 'A3', 'HGRB000020241014ekae00003'),
          ...factivaRecord('秋粮收购进度过半', '2 November 2024', '西岭晚报', '5', 'XLWB000020241102ekb200002'),
          'Search Summary',
          'Text\t粮食 or 港口',
          'Results Found\t2',
        ].join('\n'),
      ),
    );
    expect(facts(found)).toEqual([
      ['湖港日报', '2024-10-14', 1003],
      ['西岭晚报', '2024-11-2', 5],
    ]);
    expect(found?.records.map((record) => record.lines[0]?.text)).toEqual(['HD\t湖港新区首批智能集装箱码头投运', 'HD\t秋粮收购进度过半']);
    // (Its head's fields and its closing ones, kept as the record's, not its text.)
    const record = found?.records[0];
    expect(
      [...(record?.head ?? []).filter((line) => recordFields(line.text).length > 0), ...(record?.closing ?? [])].map((line) => line.text.slice(0, 2)),
    ).toEqual(['WC', 'PD', 'SN', 'SC', 'PG', 'LA', 'CY', 'NS', 'RE', 'AN']);
    expect(found?.preamble.map((line) => line.text)).toEqual(['Search Summary', 'Text\t粮食 or 港口', 'Results Found\t2']);
  });

  it('files each record under its own paper, day and page, titled by its HD and signed by its BY', async () => {
    const { sections, messages } = await ingestFiles({
      'Factiva/Factiva-20241201.txt': [
        ...factivaRecord('湖港新区首批智能集装箱码头投运', '14 October 2024', '湖港日报', 'A3', 'HGRB000020241014ekae00003'),
        ...factivaRecord('秋粮收购进度过半', '2 November 2024', '西岭晚报', '5', 'XLWB000020241102ekb200002'),
      ].join('\r\n'),
    });
    expect(messages.filter((message) => message.startsWith('suspect-section'))).toEqual([]);
    expect(sections.map((section) => [field(section, 'issue'), field(section, 'title'), field(section, 'byline')])).toEqual([
      ['hugangribao/2024-10-14', '湖港新区首批智能集装箱码头投运', '本报记者 林清远'],
      ['xilingwanbao/2024-11-02', '秋粮收购进度过半', '本报记者 林清远'],
    ]);
    // The codes are no text: the body opens on the lead, and `TD` stands in no paragraph.
    expect(sections[0]).toMatch(/---\n\n本报讯　湖港新区/u);
    expect(sections[0]).not.toMatch(/^TD/mu);
  });

  it('keeps the code lines out of tables, and a table of tab-separated cells a table', () => {
    const codes = markTabTables(rawLines(['HD\t秋粮收购进度过半', 'WC\t198 words', 'PD\t2 November 2024']));
    expect(codes.map((line) => line.hint?.media)).toEqual([undefined, undefined, undefined]);
    const table = markTabTables(rawLines(['项目\t投资（亿元）', '城市更新\t12.6']));
    expect(table.map((line) => line.hint?.media)).toEqual([true, true]);
  });
});

describe("NoteExpress's records, as CNKI exports them", () => {
  const record = (title: string, paper: string, date: string, pages: string, text: string[]): string[] => [
    '{Reference Type}: Newspaper Article',
    `{Title}: ${title}`,
    '{Author}: 范德明;',
    '{Author Address}: ',
    `{Secondary Title}: ${paper}`,
    `{Date}: ${date}`,
    `{Pages}: ${pages}`,
    '{Abstract}: 本报讯　入冬以来，全市冬修水利工程全面铺开。',
    '{Database Provider}: CNKI',
    ...text,
    '',
  ];

  it('reads each record by its own paper, date and page, its title and its author, the full text under it', async () => {
    const text = ['全文：', '　　本报讯　入冬以来，全市冬修水利工程全面铺开，已完成土石方三百万立方米。'];
    const lines = [...record('冬修水利掀起热潮', '汀州日报', '2024-01-12', '002', text), ...record('乡村书屋添新书', '汀州晚报', '2024-01-20', 'A07', [])];
    expect(facts(splitRecords(fileLines(lines.join('\n'))))).toEqual([
      ['汀州日报', '2024-1-12', 2],
      ['汀州晚报', '2024-1-20', 1007],
    ]);
    const { sections } = await ingestFiles({ 'CNKI/NoteExpress.txt': lines.join('\n') });
    expect(heads(sections, ['issue', 'title', 'byline'])).toEqual([
      ['tingzhouribao/2024-01-12', '冬修水利掀起热潮', '范德明;'],
      ['tingzhouwanbao/2024-01-20', '乡村书屋添新书', '范德明;'],
    ]);
    expect(sections[0]).toContain('\n本报讯　入冬以来，全市冬修水利工程全面铺开，已完成土石方三百万立方米。');
    // (Without its full text, the record's abstract is what it holds: its summary.)
    expect(field(sections[1]!, 'summary')).toBe('本报讯　入冬以来，全市冬修水利工程全面铺开。');
  });

  it('takes no braces in text for a field', () => {
    for (const text of ['{Title}标题', '{注}: 本文有删节', '{ Title }: 标题']) expect(matchLabelledField(text), text).toBeUndefined();
  });
});

describe('a monitoring service’s digest mailed: its clippings under their numbered headlines and source lines, in parts', () => {
  const items = [
    ['前4个月外贸进出口规模创新高', '来源：《涪江日报》 2024-05-10 第3版　作者：记者 赵一鸣', '海关总署今天公布，前4个月外贸进出口规模创历史同期新高。'],
    ['活动丰富多彩 乐享欢乐假期', '来源：《涪江日报》 2024-05-10 第1版　作者：记者 孙丽娟', '“五一”假期，各地推出一系列丰富多彩的活动。'],
    ['交通部门多举措应对返程客流高峰', '来源：《嘉陵晚报》 2024-05-09 第6版　作者：记者 吴佳琪', '今天全社会跨区域人员流动量预计超2.6亿人次。'],
    ['绿色消费激发市场新活力', '来源：《巴州都市报》 2024-05-09 第A04版　作者：记者 郑凯', '节能家电家居产品、新能源车等绿色消费火热。'],
  ];
  const expected = [
    ['嘉陵晚报', '2024-05-09', '6', '交通部门多举措应对返程客流高峰'],
    ['巴州都市报', '2024-05-09', '1004', '绿色消费激发市场新活力'],
    ['涪江日报', '2024-05-10', '1', '活动丰富多彩 乐享欢乐假期'],
    ['涪江日报', '2024-05-10', '3', '前4个月外贸进出口规模创新高'],
  ];
  const parts = ['一、本地要闻', '二、经济动态'];

  it('reads the e-mail’s HTML part record by record: a part’s heading over its first item is no kicker, nor a section after the item before', async () => {
    const html = [
      '<html><body><p align="center"><b>舆 情 简 报</b><br>2024年第89期（总第1123期）</p>',
      ...items.flatMap(([title, source, text], k) => [
        ...(k % 2 === 0 ? [`<h3>${parts[k / 2]}</h3>`] : []),
        `<p><b>${k + 1}. ${title}</b><br><span>${source}</span></p>`,
        `<p>${text}</p>`,
      ]),
      '</body></html>',
    ].join('\r\n');
    const eml = [
      'From: =?utf-8?B?5raq5rGf6IiG5oOF55uR5rWL5Lit5b+D?= <jianbao@example.cn>',
      'Subject: =?utf-8?B?44CQ6IiG5oOF566A5oql44CR?=',
      'Date: Sat, 11 May 2024 07:30:12 +0800',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: 8bit',
      '',
      html,
    ].join('\r\n');
    const { sections } = await ingestFiles({ '舆情简报/2024年第89期.eml': eml });
    expect(heads(sections, ['paper', 'date', 'page', 'title']).sort()).toEqual(expected);
    // (Each part's heading is kept with the record it follows or the digest's head, as printed, never text.)
    for (const section of sections) expect(section.split('\n---\n')[1]).not.toMatch(/本地要闻|经济动态/u);
  });

  it('reads it as plain text under its contents, whose entries repeat the headlines: they stay the records’ headlines', async () => {
    const text = [
      '涪江舆情监测中心',
      '舆 情 简 报',
      '2024年第89期（总第1123期）',
      '',
      '【本期目录】',
      ...items.map(([title], k) => `  ${k + 1}. ${title}`),
      '',
      ...items.flatMap(([title, source, text], k) => [`${k + 1}. ${title}`, source, text, '']),
    ].join('\n');
    const { sections } = await ingestFiles({ '舆情简报/2024年第89期.txt': text });
    expect(heads(sections, ['paper', 'date', 'page', 'title']).sort()).toEqual(expected);
  });
});

describe('a digest of clippings in brackets, each closed by its source, in marked parts, under the compiler’s note', () => {
  it('reads each clipping’s bracketed headline without its brackets; the note, a forward’s head and the parts’ headings are the file’s', async () => {
    const item = (title: string, source: string): string[] => [
      `【${title}】`,
      '　　记者今天从有关部门了解到，相关工作进展顺利。',
      '　　各地积极推进，成效明显。',
      source,
      '',
    ];
    const text = [
      '发件人："舆情信息科"<yqxx@example.cn>',
      '主题：转发：舆情摘报（2024年第18期）',
      '各位领导：现将5月9日至10日涉我市主要报道摘报如下，请参阅。',
      '',
      '【编者按】本期摘报收录本地主要媒体涉我市报道3篇，供参阅。',
      '',
      '■ 本地要闻',
      '',
      ...item('各地推出特色活动 假日生活丰富多彩', '（来源：南江日报 2024年5月10日 A3版）'),
      ...item('“五一”假期首日迎来交通出行高峰', '（来源：青峰晚报 2024年5月10日 第6版）'),
      '■ 经济社会',
      '',
      ...item('4月份中国采购经理指数保持在扩张区间', '（来源：南江日报 2024年5月9日 A5版）'),
    ].join('\r\n');
    const { sections } = await ingestFiles({ '舆情/舆情摘报（2024年第18期）.txt': text });
    expect(heads(sections, ['paper', 'date', 'page', 'title', 'kicker']).sort()).toEqual([
      ['南江日报', '2024-05-09', '1005', '4月份中国采购经理指数保持在扩张区间', undefined],
      ['南江日报', '2024-05-10', '1003', '各地推出特色活动 假日生活丰富多彩', undefined],
      ['青峰晚报', '2024-05-10', '6', '“五一”假期首日迎来交通出行高峰', undefined],
    ]);
    for (const section of sections) expect(section.split('\n---\n')[1]).not.toMatch(/编者按|各位领导|本地要闻|经济社会|发件人/u);
  });
});

describe("compilations whose every story has its source line over it, the compiler's contents above", () => {
  it("splits a paper's print-friendly pages at each source line, a blank line between it and the headline", () => {
    const found = splitRecords(
      fileLines(
        [
          '澄江日报图文数据库（1949-2024）',
          '检索词：植树　　时间：2024-01-01至2024-12-31　　共找到 2 条记录',
          '',
          '【澄江日报】2024-03-12　第02版　要闻',
          '',
          '添绿正当时',
          '全市春季植树造林全面展开',
          '',
          '　　本报讯　今年，全市计划完成造林绿化一万亩。',
          '',
          '【打印】　【关闭】　【返回顶部】',
          '',
          '【澄江日报】2024-04-06　第03版　综合',
          '',
          '湿地公园迎来候鸟',
          '',
          '　　本报讯　随着气温回升，城西湿地公园迎来北归的候鸟。',
        ].join('\n'),
      ),
    );
    expect(facts(found)).toEqual([
      ['澄江日报', '2024-3-12', 2],
      ['澄江日报', '2024-4-6', 3],
    ]);
    // (The database's search line is no text of the compiler's: above the first record, it is the export's.)
    expect(found?.preamble.map((line) => line.text)).toHaveLength(2);
    expect(isStructureLine('【打印】　【关闭】　【返回顶部】')).toBe(true);
  });

  it("takes the contents' entries for no story's source, and the clipping service's own name beside the date and page for the outlet", () => {
    const clips = fileLines(
      [
        '舆情剪报',
        '2024年第15期',
        '本期目录',
        '1．春光正好 城郊游客踏青赏花……澄江文旅报 2024年3月26日 第05版',
        '2．古镇夜游人气旺……滇中都市报 2024年4月3日 第A07版',
        '澄江市文化和旅游局　舆情剪报　2024年第15期',
        '【剪报1】澄江文旅报　2024年3月26日　第05版',
        '春光正好 城郊游客踏青赏花',
        '　　本报讯　阳春三月，城郊各处鲜花次第绽放，市民赏花游园、亲近自然。',
        '澄江市文化和旅游局　舆情剪报　2024年第15期',
        '　　这两天，湖畔的早樱迎来盛花期。',
        '',
        '【剪报2】滇中都市报　2024年4月3日　第A07版',
        '古镇夜游人气旺',
        '　　本报讯　入夜，古镇灯火通明，夜游项目吸引大批游客。',
        '',
        // (A site's copy: no page, `网络转载` where the page would be; a clip under the service's numbered label all the same.)
        '【剪报3】岷州新闻网　2024年4月14日　网络转载',
        '花经济助推乡村振兴',
        '　　春暖花开，各地赏花游带火乡村经济。',
      ].join('\n'),
    );
    const found = creditedRecords(clips);
    expect(facts(found)).toEqual([
      ['澄江文旅报', '2024-3-26', 5],
      ['滇中都市报', '2024-4-3', 1007],
      ['岷州新闻网', '2024-4-14', undefined],
    ]);
    // (Under no number of the service's own, or with no date, a line so labelled is no clip's source.)
    expect(
      facts(creditedRecords(clips.map((line) => (line.text.startsWith('【剪报3】') ? { ...line, text: '【剪报3】岷州新闻网　网络转载' } : line)))).map(
        ([paper]) => paper,
      ),
    ).not.toContain('岷州新闻网');
    // The compilation's running head at a page break inside a story is the file's, not a subhead of the story.
    expect(found?.records[0]?.fields?.map((line) => line.text)).toEqual(['澄江市文化和旅游局　舆情剪报　2024年第15期']);
    expect(found?.preamble.map((line) => line.text)).toContain('1．春光正好 城郊游客踏青赏花……澄江文旅报 2024年3月26日 第05版');
    expect(isOutletName('澄江文旅报')).toBe(true);
    expect(isOutletName('岷州新闻网')).toBe(true);
    for (const name of ['剪报', '通报', '踏春正当时……岷州晚报', '情况通报', '新闻']) expect(isOutletName(name), name).toBe(false);
  });

  it("splits a compiler's document with its numbered contents, each piece under its bracketed source", async () => {
    const { sections } = await ingestFiles({
      '宣传报道汇编.txt': [
        '澄江市文化和旅游局',
        '2024年度宣传报道汇编',
        '',
        '目　录',
        '1．古城墙修缮工程完工（《澄江日报》2024年3月23日 A3版）',
        '2．非遗展演走进社区（《滇中农民报》2024年6月24日 第4版）',
        '',
        '【澄江日报】2024年3月23日　A3版',
        '',
        '古城墙修缮工程完工',
        '本报讯　历时两年的古城墙修缮工程日前完工，修缮后的城墙将于下月向市民开放。',
        '',
        '【滇中农民报】2024年6月24日　第4版',
        '',
        '非遗展演走进社区',
        '记者　龙思雨',
        '连日来，全市各社区举办形式多样的非遗展演活动，吸引众多居民参与。',
      ].join('\n'),
    });
    expect(heads(sections, ['issue', 'title', 'byline'])).toEqual([
      ['chengjiangribao/2024-03-23', '古城墙修缮工程完工', undefined],
      ['dianzhongnongminbao/2024-06-24', '非遗展演走进社区', '记者　龙思雨'],
    ]);
  });

  it('still reads closing credits with text right above as closing, and a list of titles with sources and no text as no compilation', () => {
    const closing = creditedRecords(
      fileLines(
        [
          '一季度外贸实现开门红',
          '本报讯　海关数据显示，一季度全市外贸进出口总值同比增长百分之九。',
          '（《运河日报》2024年4月2日 02版）',
          '',
          '南岭港集装箱吞吐量创新高',
          '本报讯　今年前两个月，南岭港集装箱吞吐量同比增长百分之十二。',
          '（《南岭日报》2024年3月26日 01版）',
        ].join('\n'),
      ),
    );
    expect(closing?.records.map((record) => record.lines[0]?.text)).toEqual(['一季度外贸实现开门红', '南岭港集装箱吞吐量创新高']);
    // (A closing credit set apart by a blank line from its text, and from the next headline: still its story's, the first
    // story's text standing above the first credit.)
    const apart = creditedRecords(
      fileLines(
        [
          '2024年文化遗产相关报道（数字报复制）',
          '',
          '苏州打造古城保护“新样本”',
          '　　本报苏州4月20日电　春日里的苏州平江历史文化街区游人如织，人们漫步在曲折迂回的古巷。',
          '',
          '《 华夏文化报 》（ 2024年04月21日 第 05 版）',
          '',
          '守护“千年瓷都”的城市记忆',
          '　　景德镇是我国的“千年瓷都”，陶阳里历史文化街区保留着瓷都丰富的历史和文化信息。',
          '',
          '《 光华日报 》（ 2024年05月13日 第 09 版）',
          '',
          '屯溪老街：穿越时光 品味徽韵',
          '　　位于安徽省黄山市的屯溪老街，始建于明朝，自古就有“流动的清明上河图”的美誉。',
          '',
          '《光华日报》（ 2024年06月02日 05版）',
          '',
          '编后',
          '　　以上报道由办公室摘录整理，供学习参考。',
        ].join('\n'),
      ),
    );
    expect(apart?.records.map((record) => [record.lines[0]?.text, record.facts.paper, record.facts.page])).toEqual([
      ['苏州打造古城保护“新样本”', '华夏文化报', 5],
      ['守护“千年瓷都”的城市记忆', '光华日报', 9],
      ['屯溪老街：穿越时光 品味徽韵', '光华日报', 5],
    ]);
    const list = creditedRecords(
      fileLines(
        ['【运河日报】2024-04-02　第02版', '', '一季度外贸实现开门红', '', '【南岭日报】2024-03-26　第01版', '', '南岭港集装箱吞吐量创新高'].join('\n'),
      ),
    );
    expect(list).toBeUndefined();
  });
});

describe("a library's and a reference manager's record: its paper and page from its own fields", () => {
  const oai = (source: string): string =>
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords>',
      ...[
        ['重大工程项目建设按下“快进键”', '2024-04-12', source],
        ['中欧班列累计开行突破9万列', '2024-05-26', '沅州日报，2024年5月26日，第3版'],
      ].flatMap(([title, date, cited]) => [
        '<record><header><identifier>oai:lib.example.edu:yzrb/1</identifier><datestamp>2024-10-08</datestamp></header>',
        '<metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
        `<dc:title>${title}</dc:title><dc:date>${date}</dc:date><dc:source>${cited}</dc:source>`,
        '<dc:description>本报讯　今年以来，全市重大工程项目建设提速，一季度完成投资同比增长百分之十二。各项目抢抓工期，确保年内如期投用。</dc:description>',
        '</oai_dc:dc></metadata></record>',
      ]),
      '</ListRecords></OAI-PMH>',
    ].join('\n');

  it("reads an OAI record's citation of its own day for its paper and page, and not a citation of another day", async () => {
    const { sections } = await ingestFiles({ 'oai/ListRecords.xml': oai('沅州日报，2024年4月12日，第1版') });
    expect(sections.map((section) => [field(section, 'issue'), field(section, 'page')])).toEqual([
      ['yuanzhouribao/2024-04-12', '1'],
      ['yuanzhouribao/2024-05-26', '3'],
    ]);
    // (A citation of another day, the story's first printing: no paper or page of this copy's.)
    const other = await ingestFiles({ 'oai/ListRecords.xml': oai('沅州日报，2024年4月2日，第1版') });
    expect(other.sections.map((section) => field(section, 'issue'))).toEqual(['oai/2024-04-12', 'yuanzhouribao/2024-05-26']);
  });

  it("reads a Zotero note's publicationTitle and pages", async () => {
    const { sections } = await ingestFiles({
      'Zotero/@hailingribao2024gongye.md': [
        '---',
        'title: "上半年规上工业增加值增长6%"',
        'itemType: newspaperArticle',
        'publicationTitle: "海陵日报"',
        'date: 2024-07-21',
        'pages: "A1"',
        'dateAdded: 2024-11-03T09:14:33Z',
        '---',
        '',
        '# 上半年规上工业增加值增长6%',
        '',
        '今年上半年，我国工业生产呈现出较快增长态势，装备制造业发展持续向好。',
      ].join('\n'),
    });
    expect(sections.map((section) => [field(section, 'issue'), field(section, 'page')])).toEqual([['hailingribao/2024-07-21', '1001']]);
  });
});

describe('a clipping service’s labels with the vertical colon, and its notice on every record', () => {
  it('reads `標題 ︰` as `標題：`, and keeps the notice out of the text', async () => {
    expect(matchLabelledField('標題 ︰ 陸去年GDP增5.2%')).toMatchObject({ field: 'title', value: '陸去年GDP增5.2%' });
    expect(isStructureLine('本內容之版權由相關傳媒機構 / 版權持有人擁有。除非獲得明確授權，否則嚴禁複製、改編、分發或發布本內容。')).toBe(true);
    expect(isStructureLine('本文版权由作者所有。他说这是第一次。')).toBe(false);
    const record = (n: number, title: string, paper: string, date: string, page: string): string[] => [
      '-'.repeat(40),
      `${n} / 2`,
      '',
      `標題 ︰ ${title}`,
      `媒體 ︰ ${paper}`,
      `日期 ︰ ${date}`,
      `版面 ︰ ${page} | 兩岸新聞`,
      '字數 ︰ 586',
      '',
      '【記者林文彬／綜合報導】國務院新聞辦公室1月17日舉行新聞發佈會，介紹2023年國民經濟運行情況。',
      '',
      '本內容之版權由相關傳媒機構 / 版權持有人擁有。除非獲得明確授權，否則嚴禁複製、改編、分發或發布本內容。',
      '',
    ];
    const { sections } = await ingestFiles({
      '慧科剪報/wisers.txt': [
        '慧科 wisers one　匯出文章',
        '匯出時間 ︰ 2024-12-02 10:31',
        '',
        ...record(1, '陸去年GDP增5.2% 主要預期目標實現', '中台日報', '2024/01/18', 'A9'),
        ...record(2, '陸上半年GDP增5.0%', '寶島工商時報', '2024/07/16', 'A7'),
      ].join('\n'),
    });
    expect(sections.map((section) => [field(section, 'issue'), field(section, 'title'), field(section, 'page')])).toEqual([
      ['baodaogongshangshibao/2024-07-16', '陸上半年GDP增5.0%', '1007'],
      ['zhongtairibao/2024-01-18', '陸去年GDP增5.2% 主要預期目標實現', '1009'],
    ]);
    expect(sections[0]).not.toMatch(/^本內容之版權/mu);
  });
});

describe("a press office's compilation, each story with the paper it was taken from", () => {
  const story = (title: string, credit: string | undefined, under: boolean): string[] => [
    '',
    title,
    ...(under && credit ? [credit] : []),
    '记者　吴倩倩',
    '　　本报讯　入汛以来，全市水利部门加强值班值守，各类水利工程运行总体平稳，防汛形势保持稳定。',
    ...(!under && credit ? ['', credit] : []),
  ];

  it('reads `——摘自《…》` closing a story, and `原文刊发于《…》` under its headline, where the file calls itself a compilation', () => {
    const closing = fileLines(
      [
        '滨江市水利局',
        '2024年上半年媒体报道汇总',
        ...story('长江禁渔取得重要阶段性成效', '——摘自《滨江日报》2024年1月3日第3版', false),
        ...story('南水北调累计调水突破700亿立方米', '——摘自《滨江晚报》2024年3月18日A05版', false),
      ].join('\n'),
    );
    expect(facts(creditedRecords(closing))).toEqual([
      ['滨江日报', '2024-1-3', 3],
      ['滨江晚报', '2024-3-18', 1005],
    ]);
    // (The first story opens at its headline, over a blank line and its byline, under the compiler's line of office and date.)
    const first = creditedRecords(
      fileLines(
        [
          '滨江市水利局',
          '2024年上半年媒体报道汇总',
          '办公室（宣传科）编印　　　　2024年7月5日',
          '',
          '一、长江禁渔取得重要阶段性成效',
          '',
          '本报记者　何国栋',
          ...story('长江禁渔取得重要阶段性成效', '——摘自《滨江日报》2024年1月3日第3版', false).slice(3),
          ...story('二、南水北调累计调水突破700亿立方米', '——摘自《滨江晚报》2024年3月18日A05版', false),
        ].join('\n'),
      ),
    );
    expect(first?.records.map((record) => record.lines[0]?.text)).toEqual(['一、长江禁渔取得重要阶段性成效', '二、南水北调累计调水突破700亿立方米']);
    const under = fileLines(
      [
        '滨江市水利局2024年下半年媒体报道汇总',
        '（办公室宣传科　2025年1月6日）',
        ...story('黄河古贤水利枢纽工程进入建设阶段', '原文刊发于《华夏水利报》2024年7月10日第1版', true),
        ...story('防汛关键期 各地各部门全力应对', '原文刊发于《滨江晚报》2024年7月29日A03版', true),
      ].join('\n'),
    );
    expect(facts(creditedRecords(under))).toEqual([
      ['华夏水利报', '2024-7-10', 1],
      ['滨江晚报', '2024-7-29', 1003],
    ]);
    // (Under no compiler's title, or under a paper's masthead, such lines are reprints' credits: no records.)
    expect(creditedRecords(closing.slice(2))).toBeUndefined();
    expect(creditedRecords([...rawLines(['滨江晚报']), ...closing.slice(1)])).toBeUndefined();
  });
});

describe("Factiva's Chinese interface: the language as it names it, and the heading over the texts", () => {
  it('keeps `中文(简体)` and `全文` out of the heads', async () => {
    expect(isStructureLine('全文')).toBe(true);
    expect(isStructureLine('全文完')).toBe(false);
    const record = (title: string, day: string, paper: string, code: string, page: string, number: string): string[] => [
      title,
      '本报记者 杜云飞',
      '288 字',
      `2024 年 11 月 ${day} 日`,
      paper,
      code,
      `第 ${page} 版`,
      '中文(简体)',
      '版权所有 © 2024 京畿商报。保留所有权利。',
      '',
      '本报北京11月18日讯　财政部11月18日发布的最新数据显示，前10个月全国一般公共预算收入稳步增长。',
      '',
      `文件 ${number}`,
      '',
    ];
    const { sections } = await ingestFiles({
      'Factiva/Factiva-20241201.txt': [
        '全文',
        '',
        ...record('前10月全国一般公共预算收入184981亿元', '19', '京畿商报', 'JJSB', '2', 'JJSB000020241119ekbj0001'),
        ...record('前三季度跨境资金恢复净流入', '23', '岭南金融时报', 'LNJRSB', '1', 'LNJRSB000020241123ekan0002'),
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'rubric', 'subtitle'])).toEqual([
      ['前10月全国一般公共预算收入184981亿元', undefined, undefined],
      ['前三季度跨境资金恢复净流入', undefined, undefined],
    ]);
  });
});

describe("Factiva's English interface as a PDF's text", () => {
  it('reads the word count, the source under the date, a lettered page, and the print-out’s page footer as no text', async () => {
    const record = (title: string, day: string, paper: string, code: string, page: string, number: string): string[] => [
      title,
      '本报记者 邝志豪',
      '436 words',
      `${day} August 2024`,
      paper,
      code,
      page,
      'Chinese',
      `Copyright 2024 ${paper}社. All Rights Reserved.`,
      '',
      '本报广州8月19日讯　海关总署广东分署19日发布数据，今年前7个月，广东外贸进出口持续增长。',
      '',
      'Page 1 of 7 © 2024 Factiva, Inc. All rights reserved.',
      '',
      '出口方面，机电产品占比近六成，跨境电商进出口快速增长。',
      '',
      `Document ${number}`,
      '',
    ];
    const { sections } = await ingestFiles({
      'Factiva/Factiva-20241214.txt': [
        ...record('长三角前7个月进出口创新高', '20', '南粤港报', 'NYGB', 'A6', 'NYGB000020240820ek8k00003'),
        ...record('深圳上半年外贸再创新高', '15', '东海商报', 'DHSB', '5', 'DHSB000020240815ek8f00001'),
      ].join('\n'),
    });
    expect(heads(sections, ['paper', 'date', 'page', 'title', 'byline']).sort()).toEqual([
      ['东海商报', '2024-08-15', '5', '深圳上半年外贸再创新高', '本报记者 邝志豪'],
      ['南粤港报', '2024-08-20', '1006', '长三角前7个月进出口创新高', '本报记者 邝志豪'],
    ]);
    for (const section of sections) expect(section).not.toMatch(/^Page 1 of 7/mu);
    expect(heads(sections, ['rubric', 'subtitle'])).toEqual([
      [undefined, undefined],
      [undefined, undefined],
    ]);
    // (The count is the record's field, kept with its others.)
    for (const section of sections) expect(section).toMatch(/^ {2}- "436 words"$/mu);
    // (The footer is the print-out's: its words are kept, as furniture, never the article's text.)
    expect(isStructureLine('Page 1 of 7 © 2024 Factiva, Inc. All rights reserved.')).toBe(true);
    expect(isStructureLine('Page 2 of 8')).toBe(true);
    expect(isStructureLine('第3页 共8页 版权所有：运河日报社')).toBe(true);
  });
});

describe("a library's full-text export, its records numbered", () => {
  it('opens each record at its number over its labelled head, and reads 责任者 as the byline', async () => {
    const record = (n: number, head: string[], paper: string, day: string, page: string, text: string): string[] => [
      `【${n}】`,
      ...head,
      `报纸：${paper}`,
      `出版日期：2024.01.${day}`,
      `版次：${page}`,
      '版名：民生',
      '全文：',
      `　　${text}`,
      '',
    ];
    const { sections } = await ingestFiles({
      '报纸全文导出.txt': [
        '全国报刊全文数据库　检索结果导出',
        '检索式：医保 AND 出版年=2024',
        '========================================',
        '',
        ...record(
          1,
          ['题名：医保政策综合施策减轻看病就医负担', '责任者：本报记者 沈立'],
          '渤海日报',
          '07',
          '第04版',
          '本报讯　新年伊始，全国各级医保部门积极落实各项医保政策。',
        ),
        ...record(
          2,
          ['题名：当前呼吸道疾病仍以流感为主', '引题：国家卫健委发布会', '副题：发热门诊接诊量呈波动下降趋势', '责任者：记者 孔燕'],
          '沂蒙晚报',
          '14',
          'A06版',
          '本报讯　国家卫生健康委今天举行新闻发布会，介绍冬季疫情形势。',
        ),
      ].join('\r\n'),
    });
    expect(heads(sections, ['paper', 'title', 'rubric', 'subtitle', 'byline']).sort()).toEqual([
      ['沂蒙晚报', '当前呼吸道疾病仍以流感为主', '国家卫健委发布会', '发热门诊接诊量呈波动下降趋势', '记者 孔燕'],
      ['渤海日报', '医保政策综合施策减轻看病就医负担', undefined, undefined, '本报记者 沈立'],
    ]);
    // (Each record's number is kept with its own fields, never as the record before's last line.)
    const bohai = sections.find((section) => section.includes('渤海日报'))!;
    expect(bohai).toMatch(/^ {2}- "【1】"$/mu);
    expect(bohai).not.toMatch(/【2】/u);
    expect(matchLabelledField('责任者：本报记者 沈立')).toMatchObject({ field: 'byline', value: '本报记者 沈立' });
  });

  it("reads CNKI's labels in both languages, any the library adds its own, and the text from `FullText-全文:` on; a page with its column after a colon", async () => {
    const record = (title: string, paper: string, day: string, page: string, text: string): string[] => [
      'SrcDatabase-来源库: 报纸',
      `Title-题名: ${title}`,
      'Organ-单位: ',
      `Source-报纸中文名: ${paper}`,
      'Summary-摘要: 一段摘要。……',
      `PubTime-出版日期: 2020-03-${day}`,
      `Page-版号: ${page}`,
      'ISSN-国际标准刊号: ',
      'URL-网址: https://kns.cnki.net/kcms2/article/abstract?v=Xq62',
      `FullText-全文: ${text}`,
      '另一段正文。',
      '',
    ];
    const { sections } = await ingestFiles({
      'CNKI-20200430101522713.txt': [
        ...record('神舟十七号航天员乘组圆满完成第二次出舱活动', '岷山日报', '05', 'A06', '今天13时32分，航天员圆满完成第二次出舱活动。'),
        ...record('广东外贸开局良好', '赤水晚报', '17', '3', '广东外贸开局良好，全球配置能力增强。'),
      ].join('\r\n'),
    });
    expect(heads(sections, ['paper', 'date', 'page', 'title']).sort()).toEqual([
      ['岷山日报', '2020-03-05', '1006', '神舟十七号航天员乘组圆满完成第二次出舱活动'],
      ['赤水晚报', '2020-03-17', '3', '广东外贸开局良好'],
    ]);
    const minshan = sections.find((section) => section.includes('岷山日报'))!;
    expect(minshan.split('---')[2]!.trim()).toBe('今天13时32分，航天员圆满完成第二次出舱活动。\n\n另一段正文。');
    expect(minshan).toMatch(/^ {2}- "URL-网址: https:\/\/kns\.cnki\.net/mu);
    expect(recordFields('ISSN-国际标准刊号: 1002-1234')).toEqual([{ field: 'meta', value: '1002-1234' }]);
    // (A head's own label, and the text's, are no library's field; nor a line of text with a hyphen.)
    expect(recordFields('Title-题名: 广东外贸开局良好')).toEqual([]);
    expect(recordFields('FullText-全文: 广东外贸开局良好。')).toEqual([]);
    expect(recordFields('中欧班列-国际物流: 开行突破9万列')).toEqual([]);
    const found = splitRecords(
      fileLines(
        ['[1]', '标题：端午假期', '报纸名称：陇原商报', '出版日期：2017年6月13日', '版面：第A08版：经济', '正文：', '记者从交通运输部了解到。'].join('\n'),
      ),
    );
    expect(found?.records[0]?.facts).toMatchObject({ page: 1008, column: '经济' });
  });
});

describe('Nexis deliveries: the classic text and Nexis Uni', () => {
  const story = '本报讯　新年伊始，许多制造企业都在赶订单、忙创新，我国制造业增长潜力不断释放。';
  it('cuts a text delivery at `N of M DOCUMENTS`: the source over the date, the page after the section, the byline, the fields after the text its own', async () => {
    const record = (n: number, paper: string, date: string, title: string, section: string): string[] => [
      `                                ${n} of 2 DOCUMENTS`,
      '',
      `                                   ${paper}`,
      '',
      `                            ${date}`,
      '',
      title,
      '',
      'BYLINE: 本报记者 刘铁军',
      '',
      `SECTION: ${section}`,
      '',
      'LENGTH: 464 words',
      '',
      story,
      '',
      'LOAD-DATE: January 17, 2024',
      '',
      'LANGUAGE: CHINESE',
      '',
      `                           Copyright 2024 ${paper}社`,
      '                              All Rights Reserved',
      '',
    ];
    const { sections } = await ingestFiles({
      'LexisNexis/制造业_LN_1-2.txt': [
        'Download Request: Selected Items: 1-2',
        'Time Of Request: Monday, December 9, 2024  10:42:17',
        'Terms: 制造业 AND 利润',
        '',
        ...record(1, '辽沈工业报', 'January 15, 2024 Monday', '赶订单忙创新 制造业增长潜力加速释放', '产经; Pg. 3'),
        ...record(2, '晋阳日报', 'April 10, 2024 Wednesday', '一季度中小企业发展指数上升', '经济; Pg. A6'),
      ].join('\r\n'),
    });
    expect(heads(sections, ['paper', 'date', 'page', 'title', 'byline']).sort()).toEqual([
      ['晋阳日报', '2024-04-10', '1006', '一季度中小企业发展指数上升', '本报记者 刘铁军'],
      ['辽沈工业报', '2024-01-15', '3', '赶订单忙创新 制造业增长潜力加速释放', '本报记者 刘铁军'],
    ]);
    for (const section of sections) {
      // (The load date is the database's, kept with its fields; no field is text.)
      expect(section).toMatch(/^ {2}- "LOAD-DATE: January 17, 2024"$/mu);
      expect(section.split('\n---\n')[1]).not.toMatch(/LOAD-DATE|LANGUAGE|SECTION|Copyright|All Rights/u);
    }
  });

  it('reads LexisNexis Academic’s records: the rights over the source part of the head, the `HEADLINE:` field the headline', async () => {
    const record = (n: number, paper: string, date: string, title: string): string[] => [
      `                              ${n} of 2 DOCUMENTS`,
      '',
      `                             Copyright 2019 ${paper}社`,
      '                             All Rights Reserved',
      '',
      `                                     ${paper}`,
      '',
      `                           ${date}`,
      '',
      'SECTION: 要闻; Pg. A3',
      '',
      'LENGTH: 279 words',
      '',
      `HEADLINE: ${title}`,
      '',
      'BYLINE: 本报记者 孙丽娟',
      '',
      'BODY:',
      '',
      story,
      '',
      'LOAD-DATE: November 6, 2019',
      '',
    ];
    const { sections } = await ingestFiles({
      'LexisNexis_Academic_20200108.txt': [
        ...record(1, '辽东商报', 'November 5, 2019 Tuesday', '各地广泛开展群众性主题宣传教育活动'),
        ...record(2, '皖江晨报', 'November 12, 2019 Tuesday', '保障幼有所育 学前教育“有法可依”'),
      ].join('\r\n'),
    });
    expect(heads(sections, ['paper', 'date', 'page', 'title', 'byline']).sort()).toEqual([
      ['皖江晨报', '2019-11-12', '1003', '保障幼有所育 学前教育“有法可依”', '本报记者 孙丽娟'],
      ['辽东商报', '2019-11-05', '1003', '各地广泛开展群众性主题宣传教育活动', '本报记者 孙丽娟'],
    ]);
    for (const section of sections) expect(section.split('\n---\n')[1]).not.toMatch(/Copyright|All Rights|HEADLINE/u);
  });

  it('finds the first record under Nexis Uni’s cover, each record closed by `End of Document`', async () => {
    const record = (title: string, paper: string, date: string): string[] => [
      title,
      paper,
      date,
      `Copyright 2024 ${paper}社 All Rights Reserved`,
      'Section: 经济; Pg. 5',
      'Length: 302 words',
      'Byline: 本报记者 邓文辉',
      'Body',
      story,
      'Load-Date: January 6, 2024',
      'End of Document',
    ];
    const { sections } = await ingestFiles({
      'Nexis Uni/Files (2).txt': [
        'User Name: =hnu_lib_reader',
        'Date and Time: = 2025-01-08',
        'Documents (2)',
        '1. 去年民航旅客运输量6.2亿人次',
        'Search Terms: 民航 OR 铁路',
        'News\tSources: 南岭日报; 鹭岛晚报; Timeline: Jan 01, 2024 to Dec 31, 2024',
        '2. 国家铁路客货运量双创新高',
        ...record('去年民航旅客运输量6.2亿人次', '南岭日报', 'January 5, 2024 Friday'),
        ...record('国家铁路客货运量双创新高', '鹭岛晚报', 'January 9, 2024 Tuesday'),
      ].join('\n'),
    });
    expect(heads(sections, ['paper', 'date', 'title', 'byline']).sort()).toEqual([
      ['南岭日报', '2024-01-05', '去年民航旅客运输量6.2亿人次', '本报记者 邓文辉'],
      ['鹭岛晚报', '2024-01-09', '国家铁路客货运量双创新高', '本报记者 邓文辉'],
    ]);
    for (const section of sections) expect(section.split('\n---\n')[1]).not.toMatch(/Body|End of Document|Documents \(2\)/u);
  });
});
