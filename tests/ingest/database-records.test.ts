/**
 * News databases' exports in their English interfaces (`formats/database-records.ts`): EBSCO's, ProQuest's, NewsBank's and
 * Gale's records of labelled fields, a record an article with the paper, date and page its citation or fields give.
 */
import { describe, expect, it } from 'vitest';
import { databaseRecords, readCitation } from '../../scripts/ingest/formats/database-records.ts';
import { cellValue } from '../../scripts/ingest/data-rows.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';

/** Each section's `[paper, date, page, title, byline]`, sorted. */
const facts = (sections: string[]): Array<Array<string | undefined>> => heads(sections, ['paper', 'date', 'page', 'title', 'byline']).sort();

const ebsco = [
  'Record: 1',
  'Title:',
  '市政府召开常务会议研究部署春耕生产',
  'Authors:',
  '李明华',
  'Source:',
  '欧华商报 (Paris, France). 01/17/2024, pA7.',
  'Document Type:',
  'Article',
  'Full Text Word Count:',
  '612',
  'Accession Number:',
  '4N8KQ2024011700071',
  'Database:',
  'Newspaper Source Plus',
  '本报讯 市政府昨天召开常务会议，研究部署今年春耕生产工作。',
  '会议要求，各地要加强农田水利建设。',
  '',
  'Record: 2',
  'Title:\t留学生新春联欢会在巴黎举行',
  'Authors:\t王晓燕; 陈静',
  'Source:\t欧华商报 (Paris, France). 02/03/2024, p B2.',
  'Document Type:\tArticle',
  'Accession Number:\t4N8KQ2024020300033',
  '',
  '本报讯 日前，旅法留学生新春联欢会在巴黎举行，三百多名留学生欢聚一堂。',
  '',
].join('\r\n');

const proquest = [
  '____________________________________________________________',
  '',
  'Document 1 of 2',
  '',
  '城市更新让老街区焕发新活力',
  '',
  'Author: 张伟',
  '',
  'Publication info: 海滨晚报; 上海 [上海]. 15 Mar 2023: A3.',
  '',
  'ProQuest document link',
  '',
  'Full text: 本报讯 近年来，本市推进城市更新行动，一批老街区焕发新活力。',
  '',
  '居民表示，环境变好了，生活更方便了。',
  '',
  'Subject: 城市更新',
  '',
  '检索自 ProQuest 报纸库',
  '',
  'Publication title: 海滨晚报; 上海',
  '',
  'First page: A3',
  '',
  '本文有删节',
  '',
  'Publication date: Mar 15, 2023',
  '',
  'ProQuest document ID: 2786543210',
  '',
  'Document URL: https://www.proquest.com/newspapers/docview/2786543210',
  '',
  '____________________________________________________________',
  '',
  'Document 2 of 2',
  '',
  '春季招聘会提供岗位两万个',
  '',
  'Publication info: 海滨晚报; 上海 [上海]. 16 Mar 2023: A5.',
  '',
  'Full text: 本报讯 昨天，本市春季大型招聘会举行，提供就业岗位两万余个。',
  '',
  'Publication date: Mar 16, 2023',
  '',
  '____________________________________________________________',
  '',
  'Contact ProQuest',
  'Copyright 2024 ProQuest LLC. All rights reserved.',
  '',
].join('\n');

const newsbank = [
  'Access World News',
  '',
  '本港夏季旅遊旺季開始',
  '香島晚報 (Hong Kong, China) - July 27, 2024',
  'Section: 港聞',
  'Page: B1',
  'Author: 陳家明',
  '香島晚報訊 暑假開始，本港旅遊業進入旺季。多間旅行社表示，出境團報名人數較去年增加三成。',
  'Copyright 2024 香島晚報. All Rights Reserved.',
  'Record Number: 4A1B2C3D4E5F',
  '____________________________________________________________',
  '香島晚報 (Hong Kong, China) - July 28, 2024',
  'Section: 財經',
  'Page: C2',
  '恒指昨日微升',
  '香島晚報訊 恒生指數昨日微升五十點。',
  'Record Number: 4A1B2C3D4E60',
  '____________________________________________________________',
  '',
].join('\n');

const gale = [
  'Title: 江城推进老旧小区改造',
  'Author: 刘芳',
  'Date: May 12, 2022',
  'From: 江城日报',
  'Document Type: Article',
  'Length: 512 words',
  '',
  'Full Text: ',
  '本报讯 今年，江城市计划改造老旧小区一百二十个，惠及居民三万余户。',
  '改造内容包括加装电梯、更新管网、增设停车位等。',
  '',
  'Source Citation (MLA 9th Edition)',
  '刘芳. "江城推进老旧小区改造." 江城日报, 12 May 2022, p. 3. Gale OneFile: News. Accessed 1 Mar. 2024.',
  '',
  'Gale Document Number: GALE|A700123456',
  '',
].join('\n');

const ebscoCited = [
  'EBSCO Publishing Citation Format: MLA 9th Edition (Modern Language Assoc.):',
  'NOTE: Review the instructions at https://support.ebsco.com/help/ and make any necessary corrections before using.',
  '',
  'Works Cited',
  '',
  '陈思远. “政协会议第三场“委员通道”开启.” 法华时报 (Paris, France), 5 Feb. 2024, p. A7. EBSCOhost, https://search.ebscohost.com/login.aspx?AN=2W64280387012.',
  '',
  '今天，全国政协十四届二次会议最后一场“委员通道”开启。',
  '',
  '<!--Additional Information:',
  'Persistent link to this record (Permalink): https://search.ebscohost.com/login.aspx?AN=2W64280387012',
  'End of citation-->',
  '',
  '“推进乡村全面振兴.” 北美侨声报 (New York, NY), 11 Mar. 2024, p. B2. EBSCOhost.',
  '',
  '国务院新闻办公室今天举行新闻发布会。',
  '',
].join('\r\n');

const galeTitled = [
  '打好“组合拳” 房地产市场出现积极变化',
  'Author: 曹雨桐',
  'Date: Oct. 18, 2022',
  'From: 雪原日报',
  'Document Type: Article',
  '',
  'Full Text: ',
  '多地出台房地产市场调控措施。',
  '',
  'COPYRIGHT 2022 雪原日报社',
  'No portion of this article can be reproduced without the express written permission from the copyright holder.',
  '',
  'Source Citation (MLA 9th Edition)',
  '曹雨桐. "打好“组合拳” 房地产市场出现积极变化." 雪原日报, 18 Oct. 2022, p. A5. Gale OneFile: News. Accessed 14 Mar. 2024.',
  '',
].join('\n');

describe('news databases’ exports', () => {
  it('reads EBSCO’s records: each value under its label or on the line under it, the paper, date (month first) and page out of its citation', async () => {
    const { sections, messages } = await ingestFiles({ 'EBSCO/ebsco-export.txt': ebsco });
    expect(messages.some((message) => message.includes("Read as a news database's export") && message.includes('2 record(s), 2 ingested'))).toBe(true);
    expect(facts(sections)).toEqual([
      ['欧华商报', '2024-01-17', '1007', '市政府召开常务会议研究部署春耕生产', '李明华'],
      ['欧华商报', '2024-02-03', '2002', '留学生新春联欢会在巴黎举行', '王晓燕 陈静'],
    ]);
    const first = sections.find((section) => section.includes('2024-01-17'))!;
    // (The text is the lines under the fields; the database's fields are kept as printed, never text.)
    expect(first).toMatch(/会议要求，各地要加强农田水利建设。/u);
    expect(first).toMatch(/"Accession Number: 4N8KQ2024011700071"/u);
    expect(first).toMatch(/"Source citation: 欧华商报 \(Paris, France\)\. 01\/17\/2024, pA7\."/u);
    expect(first.split('---')[2]).not.toMatch(/Newspaper Source Plus|Accession/u);
  });

  it('reads ProQuest’s records: the opener a field, the headline alone over the fields, its full text to the indexing fields', async () => {
    const { sections } = await ingestFiles({ 'ProQuestDocuments-2024-03-01.txt': proquest });
    expect(facts(sections)).toEqual([
      ['海滨晚报', '2023-03-15', '1003', '城市更新让老街区焕发新活力', '张伟'],
      ['海滨晚报', '2023-03-16', '1005', '春季招聘会提供岗位两万个', undefined],
    ]);
    const first = sections.find((section) => section.includes('2023-03-15'))!;
    expect(first.split('---')[2]).toMatch(/本报讯 近年来[^]*居民表示，环境变好了/u);
    expect(first.split('---')[2]).not.toMatch(/城市更新"|Subject|2786543210/u);
    expect(first).toMatch(/"ProQuest document ID: 2786543210"/u);
    // (Lines of the record's own apart from each other, fields between them, are kept apart.)
    expect(first).toMatch(/^ {2}- "notes: ProQuest document link"$/mu);
    expect(first).toMatch(/^ {2}- "notes: 检索自 ProQuest 报纸库"$/mu);
    expect(first).toMatch(/^ {2}- "notes: 本文有删节"$/mu);
  });

  it('reads each record’s page and date under whichever label it gives them (`Pages:` in one record, `First page:` in the next)', async () => {
    const record = (n: number, title: string, page: string) =>
      [
        `Document ${n} of 2`,
        '',
        `Title: ${title}`,
        '',
        'Publication title: 闽溪晨报',
        '',
        'Publication date: Apr 12, 2022',
        '',
        page,
        '',
        `Full text: 本报讯 ${title}。`,
        '',
        '____________________________________________________________',
        '',
      ].join('\n');
    const { sections } = await ingestFiles({
      'ProQuestDocuments-2022-05-17.txt': record(1, '繁花似锦 北京全力打造花园城市', 'First page: A4') + record(2, '多举措推动设备更新', 'Pages: 6'),
    });
    expect(heads(sections, ['page', 'title']).sort()).toEqual([
      ['1004', '繁花似锦 北京全力打造花园城市'],
      ['6', '多举措推动设备更新'],
    ]);
  });

  it('reads Factiva’s codes alone on their lines, each over its value: the lead and the text one text, the search summary after the last record the export’s', async () => {
    const record = (title: string, date: string, paper: string, page: string | undefined, lead: string, text: string): string[] => [
      'HD',
      title,
      'BY',
      '记者 宋宇航',
      'WC',
      '321 字',
      'PD',
      date,
      'SN',
      paper,
      ...(page === undefined ? [] : ['PG', page]),
      'LA',
      '中文(简体)',
      '',
      'LP',
      lead,
      '',
      'TD',
      text,
      '',
      'NS',
      'gcat : 政治/综合新闻',
      'AN',
      'Document CLRB0020210312eh30c00001',
      '',
    ];
    const { sections, messages } = await ingestFiles({
      'Factiva-20210420-1537.txt': [
        ...record(
          '多个代表团举行开放团组活动',
          '12 March 2021',
          '沧浪日报',
          'A3',
          '连日来，多个代表团举行了开放团组活动。',
          '今年各团组开放活动受到中外记者们的欢迎。',
        ),
        ...record('各地重大工程建设稳步推进', '2 April 2021', '沧浪日报', undefined, '各地重大工程建设稳步推进。', '一批重大项目陆续开工。'),
        'Search Summary',
        'Text: 民生',
        'Date: 01/03/2021 to 30/04/2021',
        'Results Found: 2',
      ].join('\r\n'),
    });
    expect(facts(sections)).toEqual([
      ['沧浪日报', '2021-03-12', '1003', '多个代表团举行开放团组活动', '记者 宋宇航'],
      ['沧浪日报', '2021-04-02', '1', '各地重大工程建设稳步推进', '记者 宋宇航'],
    ]);
    const first = sections.find((section) => section.includes('2021-03-12'))!;
    expect(first.split('---')[2]!.trim()).toBe('连日来，多个代表团举行了开放团组活动。\n\n今年各团组开放活动受到中外记者们的欢迎。');
    expect(first).toMatch(/"AN: Document CLRB0020210312eh30c00001"/u);
    expect(sections.join('\n')).not.toMatch(/Results Found/u);
    expect(messages.some((message) => message.includes('4 line(s) stand in no record'))).toBe(true);
    // (Codes alone that are too few, or without a headline's, make no Factiva record: a page of text with `HD` on a line is a page.)
    expect(databaseRecords(['HD', '高清直播', 'PD', '12 March 2021', '本报讯 今天直播。'].join('\n'))).toBeUndefined();
  });

  it('reads NewsBank’s records between rules: the citation over each, its page field, the headline unlabelled over or under it, never the service’s name', async () => {
    const { sections } = await ingestFiles({ 'newsbank.txt': newsbank });
    expect(facts(sections)).toEqual([
      ['香島晚報', '2024-07-27', '2001', '本港夏季旅遊旺季開始', '陳家明'],
      ['香島晚報', '2024-07-28', '3002', '恒指昨日微升', undefined],
    ]);
    const first = sections.find((section) => section.includes('2024-07-27'))!;
    expect(first).toMatch(/"rights: Copyright 2024 香島晚報\. All Rights Reserved\."/u);
    expect(first).toMatch(/"notes: Access World News"/u);
    // (A column of citations is no paper's, though named `Source`: its paper read out of it.)
    const { sections: cited } = await ingestFiles({
      'clips.csv': [
        'title,Source,text',
        '运河通航,运河日报 2024-03-05 第2版,本报讯 运河今天通航。',
        '春耕开始,运河日报 2024-03-06 第3版,本报讯 春耕今天开始。',
      ].join('\n'),
    });
    expect(heads(cited, ['paper', 'date', 'page']).sort()).toEqual([
      ['运河日报', '2024-03-05', '2'],
      ['运河日报', '2024-03-06', '3'],
    ]);
  });

  it('reads Gale’s one document: its fields, the full text under its label, the citation’s page where no field gives one', async () => {
    const { sections } = await ingestFiles({ 'gale-doc.txt': gale });
    expect(facts(sections)).toEqual([['江城日报', '2022-05-12', '3', '江城推进老旧小区改造', '刘芳']]);
    expect(sections[0]!.split('---')[2]).toMatch(/^\s*本报讯 今年[^]*增设停车位等。\s*$/u);
  });

  it('reads EBSCO’s e-mail in a citation format: each record opened by its citation, the headline in its quotes', async () => {
    const { sections, messages } = await ingestFiles({ 'EBSCOhost-mail.txt': ebscoCited });
    expect(facts(sections)).toEqual([
      ['北美侨声报', '2024-03-11', '2002', '推进乡村全面振兴', undefined],
      ['法华时报', '2024-02-05', '1007', '政协会议第三场“委员通道”开启', '陈思远'],
    ]);
    const first = sections.find((section) => section.includes('法华时报'))!;
    // (The comment's lines are a field, the citation format's head the export's own lines, never text.)
    expect(first.split('---')[2]!.trim()).toBe('今天，全国政协十四届二次会议最后一场“委员通道”开启。');
    expect(first).toMatch(/End of citation-->/u);
    expect(messages.some((message) => message.includes('3 line(s) stand in no record'))).toBe(true);
  });

  it('reads Gale’s document with its headline unlabelled over its fields; its rights after its text are no text', async () => {
    const { sections } = await ingestFiles({ 'Gale_OneFile_News_A713289509.txt': galeTitled });
    expect(facts(sections)).toEqual([['雪原日报', '2022-10-18', '1005', '打好“组合拳” 房地产市场出现积极变化', '曹雨桐']]);
    expect(sections[0]!.split('---')[2]!.trim()).toBe('多地出台房地产市场调控措施。');
    expect(sections[0]).toMatch(/"rights: COPYRIGHT 2022 雪原日报社 No portion of this article/u);
  });

  it('keeps each value at its place in the file', () => {
    const read = databaseRecords(ebsco)!;
    const cell = (key: string) => read.records[1]!.cells.find((one) => one.key === key)!;
    expect(cellValue(cell('Title'))).toBe('留学生新春联欢会在巴黎举行');
    expect(cell('Title').pieces[0]!.start).toBe(ebsco.indexOf('留学生新春联欢会'));
    expect(cell('Authors').pieces.map((piece) => [piece.value, piece.start])).toEqual([
      ['王晓燕', ebsco.indexOf('王晓燕')],
      ['陈静', ebsco.indexOf('陈静')],
    ]);
    expect(cell('page_no').pieces[0]).toMatchObject({ value: 'B2', start: ebsco.indexOf('B2.') });
    expect(cell('pubDate').pieces[0]).toMatchObject({ value: '2024-02-03', start: ebsco.indexOf('02/03/2024') });
  });

  it('reads a citation’s paper, date and page in each form', () => {
    const read = (text: string) => {
      const found = readCitation(text, 0);
      return [found?.paper?.value, found?.date?.value, found?.page?.value];
    };
    expect(read('欧华商报 (Paris, France). 01/17/2024, pA7.')).toEqual(['欧华商报', '2024-01-17', 'A7']);
    expect(read('海滨晚报; 上海 [上海]. 15 Mar 2023: A3.')).toEqual(['海滨晚报', '2023-03-15', 'A3']);
    expect(read('香島晚報 (Hong Kong, China) - July 27, 2024')).toEqual(['香島晚報', '2024-07-27', undefined]);
    expect(read('刘芳. "江城推进老旧小区改造." 江城日报, 12 May 2022, p. 3. Gale OneFile: News.')).toEqual(['江城日报', '2022-05-12', '3']);
    expect(read('Wall Street Journal. 3/5/2024, Vol. 283 Issue 52, pA1-A2.')).toEqual(['Wall Street Journal', '2024-03-05', undefined]);
    expect(read('曹雨桐. "打好“组合拳” 房地产市场." 雪原日报, 18 Oct. 2022, p. A5. Accessed 14 Mar. 2024.')).toEqual(['雪原日报', '2022-10-18', 'A5']);
    // APA's order: the date in brackets after the author (or the title), the paper and page after the title.
    expect(read('卢振宇. (2021, January 14). 我国制造业增长潜力加速释放. 汴梁晚报, 5. https://link.gale.com/apps/doc/A655624623')).toEqual([
      '汴梁晚报',
      '2021-01-14',
      '5',
    ]);
    expect(read('为推进中国式现代化提供有力法治保障. (2021, January 14). 汴梁晚报, A6. https://link.gale.com/apps/doc/A657')).toEqual([
      '汴梁晚报',
      '2021-01-14',
      'A6',
    ]);
    expect(read('石磊. (2021, February 5). 春运客流持续增长 交通部门全力保出行. 汴梁晚报. https://link.gale.com/apps/doc/A646')).toEqual([
      '汴梁晚报',
      '2021-02-05',
      undefined,
    ]);
    expect(readCitation('欧华商报 (Paris, France), pA7.', 0)).toBeUndefined();
  });

  it('reads no other text as a database’s records', () => {
    // (A page with a few English labels, one record without opener or fields at its top, a sentence with a colon.)
    expect(databaseRecords('运河日报\n2024年3月5日\nTitle: 运河通航\n本报讯 运河今天通航。\n')).toBeUndefined();
    expect(databaseRecords('本报讯 运河今天通航。\nNote: 本文有删节\nSource: 新华社\n')).toBeUndefined();
    // (Records apart by rules need their labelled fields: a page of stories between rules is none.)
    expect(databaseRecords('运河通航\n本报讯 运河今天通航。\n__________________\n春耕开始\n本报讯 春耕今天开始。\n')).toBeUndefined();
    // (An e-mail saved as text, its headers over its body; one record's fields under its text, not at its top.)
    expect(
      databaseRecords('From: 张明 <zhang@example.cn>\nTo: 编辑部\nDate: March 5, 2024\nSubject: 运河通航\nTitle: 运河通航\n\n本报讯 运河今天通航。\n'),
    ).toBeUndefined();
    expect(
      databaseRecords('运河通航\n\n本报讯 运河今天通航。\n\n两岸居民前来观看。\n\nTitle: 运河通航\nSource: 运河日报 (Yunhe). 03/05/2024, p2.\nAuthor: 李明\n'),
    ).toBeUndefined();
    // (Nexis's fields in capitals are its own reader's, `facts/marked-records.ts`.)
    expect(databaseRecords('1 of 2 DOCUMENTS\n辽沈工业报\nJanuary 15, 2024 Monday\nSECTION: 产经; Pg. 3\nLENGTH: 800 words\n本报讯 …\n')).toBeUndefined();
  });
});
