/**
 * Reference managers' records (`formats/citation-records.ts`): RIS, EndNote's and RefWorks' tagged text, a record an
 * article with its own paper, date and page, every value at its place.
 */
import { describe, expect, it } from 'vitest';
import { bibtexRecords } from '../../scripts/ingest/formats/bibtex.ts';
import { rawOffset } from '../../scripts/ingest/formats/cell-text.ts';
import { citationRecords } from '../../scripts/ingest/formats/citation-records.ts';
import { cellValue } from '../../scripts/ingest/data-rows.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';

/** Each section's `[paper, date, page, title, byline]`, sorted. */
const facts = (sections: string[]): Array<Array<string | undefined>> => heads(sections, ['paper', 'date', 'page', 'title', 'byline']).sort();

const ris = [
  'TY  - NEWS',
  'TI  - 雨水将至 春耕春管由南向北展开',
  'AU  - 王, 建华',
  'T2  - 冀南日报',
  'AB  - 本报讯　雨水节气将至，粮食主产区备春耕正由南向北展开。',
  'DA  - 2024/02/19/',
  'PY  - 2024',
  'SP  - 5',
  'Y2  - 2024/11/26/03:41:12',
  'N1  - <div><p>本报讯　雨水节气将至，粮食主产区备春耕正由南向北展开。</p>',
  '<p>春播粮食面积占全年一半以上，华南早稻陆续浸种育秧。</p>',
  '</div>',
  'KW  - 春耕',
  'ER  - ',
  '',
  'TY  - NEWS',
  'TI  - 南方早稻育秧过三成',
  'AU  - 本报记者 孙立群',
  'T2  - 江淮日报',
  'AB  - 本报合肥3月15日讯　南方早稻育秧过三成，春播春管进展顺利。',
  'PY  - 2024',
  'DA  - 2024/03/16/',
  'SP  - A3',
  'ER  - ',
  '',
].join('\r\n');

describe('reference managers’ records', () => {
  it('reads RIS: each record its paper, date, page, title and authors; a note’s full text its text, an abstract where it has none', async () => {
    const { sections, messages } = await ingestFiles({ 'Zotero导出/Exported Items.ris': ris });
    expect(messages.some((message) => message.startsWith('data-file Read as a RIS file') && message.includes('2 record(s), 2 ingested'))).toBe(true);
    expect(facts(sections)).toEqual([
      ['冀南日报', '2024-02-19', '5', '雨水将至 春耕春管由南向北展开', '王建华'],
      ['江淮日报', '2024-03-16', '1003', '南方早稻育秧过三成', '本报记者 孙立群'],
    ]);
    const jinan = sections.find((section) => section.includes('冀南日报'))!;
    expect(jinan).toMatch(/春播粮食面积占全年一半以上/u);
    expect(sections.find((section) => section.includes('江淮日报'))).toMatch(/南方早稻育秧过三成，春播春管进展顺利。/u);
    // (The abstract that is the text's opening is not kept twice; the access date is no date of the paper's.)
    expect(jinan.match(/雨水节气将至/gu)).toHaveLength(1);
  });

  it('keeps each value at its place: an inverted name read without its comma, the comma’s place kept', () => {
    const read = citationRecords(ris)!;
    const author = read.records[0]!.cells.find((cell) => cell.key === 'author')!;
    expect(cellValue(author)).toBe('王建华');
    expect(author.pieces[0]).toMatchObject({ start: ris.indexOf('王, 建华'), shifts: [{ at: 1, extra: 2 }] });
    const title = read.records[1]!.cells.find((cell) => cell.key === 'title')!;
    expect(ris.slice(title.pieces[0]!.start, title.pieces[0]!.start + 9)).toBe('南方早稻育秧过三成');
    // (Tags of a role after the one read keep their codes: `PY` beside `DA`.)
    expect(read.records[1]!.cells.map((cell) => cell.key)).toEqual(['type', 'title', 'author', 'newspaper', 'content', 'PY', 'date', 'page_no']);
  });

  it("reads EndNote's tagged text: the day with its year, a text of several paragraphs across blank lines", async () => {
    const enw = [
      '%0 Newspaper Article',
      '%A 陈思远',
      '%T 元旦假期消费“新”意浓',
      '%B 锦江晚报',
      '%D 2024',
      '%8 1月2日',
      '%P A05',
      '%X 本报讯　元旦假期，各地消费市场活力涌动。',
      '',
      '夜间经济、冰雪旅游成为新亮点。',
      '',
      '%0 Newspaper Article',
      '%T 龙年新春 多地旅游迎来开门红',
      '%B 泉城商报',
      '%D 2024',
      '%8 Feb. 13',
      '%P 6',
      '%X 春节假期，多地景区游客接待量创新高。',
      '',
    ].join('\n');
    const { sections } = await ingestFiles({ '文旅消费报道（EndNote导出）.txt': enw });
    expect(facts(sections)).toEqual([
      ['泉城商报', '2024-02-13', '6', '龙年新春 多地旅游迎来开门红', undefined],
      ['锦江晚报', '2024-01-02', '1005', '元旦假期消费“新”意浓', '陈思远'],
    ]);
    expect(sections.find((section) => section.includes('锦江晚报'))).toMatch(/夜间经济、冰雪旅游成为新亮点。/u);
  });

  it("reads RefWorks' tagged records (CNKI's export): authors apart by semicolons, the date and the page", async () => {
    const refworks = [
      'RT Newspaper Article',
      'SR 1',
      'A1 杨帆;龙莹;',
      'T1 首批国家公园建设取得积极成效',
      'JF 黔中日报',
      'YR 2024',
      'FD 2024-01-16',
      'OP 004',
      'AB 首批国家公园设立以来，生态保护成效持续显现。',
      'DS CNKI',
      '',
    ].join('\r\n');
    const { sections } = await ingestFiles({ 'CNKI/CNKI-6386.txt': `\ufeff${refworks}` });
    expect(facts(sections)).toEqual([['黔中日报', '2024-01-16', '4', '首批国家公园建设取得积极成效', '杨帆 龙莹']]);
  });

  it('names the lines that stand in no record; reads no page that merely opens on letters and a space', async () => {
    const { messages, sections } = await ingestFiles({
      'a.ris': `TY  - NEWS\nTI  - 运河通航\nT2  - 运河日报\nDA  - 2024/03/05/Late Edition\nAB  - 运河今天通航。\nER  - \n\nN1  - 导出自Zotero\n检索式：运河\nTY  - NEWS\n`,
    });
    expect(messages.some((message) => message.startsWith('data-file 3 line(s) stand in no record (the first at line 8)'))).toBe(true);
    // (A record of its type alone, the last `TY` here, is counted with them: no line is dropped unsaid.)
    // (RIS's date: year, month, day, and after the last slash what else it says of the edition.)
    expect(facts(sections)).toEqual([['运河日报', '2024-03-05', '1', '运河通航', undefined]]);
    expect(citationRecords('运河日报\n2024年3月5日\n本报讯 运河今天通航。\n')).toBeUndefined();
    expect(citationRecords('RT 运河日报\n2024年3月5日\n')).toBeUndefined();
  });
});

describe('reference managers’ records as they go wrong', () => {
  it('reads an empty RefWorks tag as a field, and no line of text as a tag', () => {
    const read = citationRecords(
      'RT Newspaper Article\nT1 人工智能赋能制造业\nJF 运河日报\nFD 2024-03-05\nOP 004\nK1\nAB 记者从会上获悉，人工智能应用加快落地。\nAI 赋能千行百业，成为新的增长点。\n',
    )!;
    const cells = read.records[0]!.cells;
    expect(cellValue(cells.find((cell) => cell.key === 'page_no')!)).toBe('004');
    expect(cellValue(cells.find((cell) => cell.key === 'content')!)).toBe('记者从会上获悉，人工智能应用加快落地。\nAI 赋能千行百业，成为新的增长点。');
  });

  it('reads no page that opens on a tag-like word in Chinese as records: the type must be one', () => {
    expect(citationRecords('%0 引言\n%T 运河通航\n本报讯 运河今天通航。\n')).toBeUndefined();
    expect(citationRecords('RT 财经观察\nAI 赋能千行百业\n本报讯 人工智能应用加快落地。\n')).toBeUndefined();
  });

  it('completes a day with its year (EndNote %8 02/13, RefWorks FD 02-13), takes the fullest RIS date, and the longer of note and abstract as the text', () => {
    const day = (text: string): string | undefined => {
      const cell = citationRecords(text)!.records[0]!.cells.find((one) => one.key === 'date');
      return cell === undefined ? undefined : cellValue(cell);
    };
    expect(day('%0 Newspaper Article\n%T 运河通航\n%D 2024\n%8 02/13\n')).toBe('2024-02-13');
    expect(day('RT Newspaper Article\nT1 运河通航\nYR 2024\nFD 02-13\n')).toBe('2024-02-13');
    expect(day('TY  - NEWS\nTI  - 运河通航\nDA  - 2024/03//\nY1  - 2024/03/07/\nER  - \n')).toBe('2024/03/07/');
    const record = citationRecords(
      'TY  - NEWS\nTI  - 运河通航\nAB  - 运河今天上午恢复通航，首批船舶顺利通过船闸，沿岸企业的货物运输成本将明显下降。\nN1  - <p>来源：中国重要报纸全文数据库</p>\nER  - \n',
    )!.records[0]!;
    expect(record.cells.map((cell) => cell.key)).toEqual(['type', 'title', 'content', 'N1']);
  });

  it('reads two Chinese names apart by a comma as two, and one name inverted as one', () => {
    const names = (value: string): string[] =>
      citationRecords(`TY  - NEWS\nTI  - 运河通航\nAU  - ${value}\nER  - \n`)!
        .records[0]!.cells.find((cell) => cell.key === 'author')!
        .pieces.map((piece) => piece.value);
    expect(names('陈思远,李明')).toEqual(['陈思远', '李明']);
    expect(names('王, 建华')).toEqual(['王建华']);
    expect(names('欧阳, 晓')).toEqual(['欧阳晓']);
    expect(names('Smith, John')).toEqual(['Smith, John']);
  });
});

describe('BibTeX', () => {
  const zotero = [
    '@article{chen_2025_1,',
    '\ttitle = {重大工程加快建设 推动{经济}稳健开局},',
    '\tabstract = {今年以来，一批重大工程稳步推进。},',
    '\tpages = {A3},',
    '\tjournaltitle = {黔山日报},',
    '\tauthor = {邓, 晓琳 and Smith, John},',
    '\turldate = {2025-05-06},',
    '\tdate = {2025-03-14},',
    '\tentrysubtype = {newspaper},',
    '\tnote = {今年以来，一批重大工程稳步推进。',
    '投资 \\& 建设同步加快。},',
    '}',
    '',
  ].join('\n');
  const jabref = [
    '% Encoding: UTF-8',
    '',
    '@Article{Peng2025a,',
    '  author    = {程亮},',
    '  title     = "假日感受书香",',
    '  journal   = {洞庭晚报},',
    '  year      = {2025},',
    '  month     = may,',
    '  day       = {8},',
    '  pages     = {3},',
    '}',
    '',
    '@Comment{jabref-meta: databaseType:bibtex;}',
    '',
  ].join('\r\n');

  it('reads each entry: its paper, date (or its year, month and day), page, title and authors; a note longer than the abstract its text', async () => {
    const { sections, messages } = await ingestFiles({ 'Zotero/我的文库.bib': zotero, 'JabRef/剪报库.bib': jabref });
    expect(messages.some((message) => message.startsWith('data-file Read as a BibTeX file'))).toBe(true);
    expect(facts(sections)).toEqual([
      ['洞庭晚报', '2025-05-08', '3', '假日感受书香', '程亮'],
      ['黔山日报', '2025-03-14', '1003', '重大工程加快建设 推动经济稳健开局', '邓晓琳 Smith, John'],
    ]);
    const qianshan = sections.find((section) => section.includes('黔山日报'))!;
    expect(qianshan).toMatch(/投资 & 建设同步加快。/u);
    expect(qianshan.match(/一批重大工程稳步推进/gu)).toHaveLength(1);
    // (The comment over the entries, and JabRef's own, stand in no record and are said to.)
    expect(messages.some((message) => message.includes('2 line(s) stand in no record'))).toBe(true);
  });

  it('reads EndNote’s BibTeX saved as text with a byte-order mark, the day in its month field', async () => {
    const endnote = [
      '\ufeff@article{RN31,',
      '   author = {彭博},',
      '   title = {中老铁路客货运量稳定增长},',
      '   journal = {瓯越日报},',
      '   pages = {A3},',
      '   note = {中老铁路开通运营以来，客货运量稳定增长。},',
      '   month = {Mar 15},',
      '   year = {2023}',
      '}',
      '',
    ].join('\r\n');
    const { sections } = await ingestFiles({ 'EndNote/导出.txt': endnote });
    expect(facts(sections)).toEqual([['瓯越日报', '2023-03-15', '1003', '中老铁路客货运量稳定增长', '彭博']]);
  });

  it('keeps each value at its place, its braces and escapes markup', () => {
    const read = bibtexRecords(zotero)!;
    const cell = (key: string) => read.records[0]!.cells.find((one) => one.key === key)!;
    expect(cell('title').pieces[0]).toMatchObject({ value: '重大工程加快建设 推动经济稳健开局', start: zotero.indexOf('重大工程') });
    expect(rawOffset(cell('title').pieces[0]!, '重大工程加快建设 推动经济'.length)).toBe(zotero.indexOf('稳健开局'));
    const text = cell('content').pieces[0]!;
    expect(rawOffset(text, text.value.indexOf('建设同步'))).toBe(zotero.indexOf('建设同步'));
    expect(cell('author').pieces.map((piece) => [piece.value, piece.start])).toEqual([
      ['邓晓琳', zotero.indexOf('邓, 晓琳')],
      ['Smith, John', zotero.indexOf('Smith')],
    ]);
  });

  it('reads no other text as BibTeX', () => {
    expect(bibtexRecords('运河日报\n2024年3月5日\n本报讯 运河今天通航。联系邮箱 news@yunhe.cn\n')).toBeUndefined();
    expect(bibtexRecords('@comment{只有注释}\n@string{pd = "运河日报"}\n')).toBeUndefined();
  });
});
