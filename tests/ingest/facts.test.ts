/** Where a file's facts come from: each source, positive and negative. */
import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../scripts/ingest/formats/markdown.ts';
import { VFile } from 'vfile';
import { formatOf } from '../../scripts/ingest/collect.ts';
import { isEmptyHeadField, separateFields } from '../../scripts/ingest/rules/labelled-field.ts';
import { readHtml } from '../../scripts/ingest/formats/html.ts';
import { splitLines } from '../../scripts/ingest/lines.ts';
import { calendarDate } from '../../scripts/ingest/facts/calendar.ts';
import { factsFromFrontmatter } from '../../scripts/ingest/facts/from-frontmatter.ts';
import { joplinProperties, propertyBlock } from '../../scripts/ingest/formats/markdown.ts';
import { factsFromPath, programmeOfName } from '../../scripts/ingest/facts/from-path.ts';
import {
  creditByline,
  dateLabel,
  isPiecesOwnDate,
  isRunningHeadLine,
  matchCreditLine,
  matchDateOnlyLine,
  matchInfoLine,
} from '../../scripts/ingest/facts/from-text.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';
import { readKeyValueHeader } from '../../scripts/ingest/formats/key-value-header.ts';
import { isContentsHeading } from '../../scripts/ingest/rules/structure-line.ts';
import { matchBarHeader, parsePage, recordFields, splitRecords } from '../../scripts/ingest/facts/records.ts';
import { issueOfFolder } from '../../scripts/ingest/issue-folder.ts';
import { namesIssue } from '../../scripts/ingest/facts/resolve.ts';
import { readFrontmatter } from '../../scripts/ingest/formats/frontmatter.ts';
import { isShortcode } from '../../scripts/ingest/formats/markdown.ts';
import type { RawLine } from '../../scripts/ingest/types.ts';

describe('calendar dates', () => {
  it('accepts real dates and names impossible ones', () => {
    expect(calendarDate(2024, 2, 29)).toEqual({ date: '2024-02-29' });
    expect(calendarDate(2023, 2, 29)).toEqual({ impossible: '2023-02-29' });
    expect(calendarDate(2024, 2, 30)).toEqual({ impossible: '2024-02-30' });
    expect(calendarDate(2024, 13, 1)).toEqual({ impossible: '2024-13-01' });
  });
});

describe('facts from the path', () => {
  it('reads date, page and order from a file name', () => {
    expect(factsFromPath('运河日报/20210315-04-02.txt', 'raw')).toEqual({
      folder: '运河日报',
      date: { value: '2021-03-15', printed: '20210315' },
      page: 4,
      order: 2,
    });
    expect(factsFromPath('x/2021-03-15.txt', 'raw')).toMatchObject({ date: { value: '2021-03-15' } });
    // A digitised batch's folders (the Library of Congress's): the paper's LCCN, the day, the edition, the page's sequence.
    expect(factsFromPath('sn85066387/1910-01-07/ed-1/seq-2/ocr.txt', 'chronam')).toMatchObject({ date: { value: '1910-01-07' }, page: 2, folder: 'chronam' });
    // (A page's number in the name goes before its folder's.)
    expect(factsFromPath('报纸/2021-03-15/seq-2/第3版.txt', 'raw')).toMatchObject({ page: 3 });
    expect(factsFromPath('dongcheng-p3.txt', 'raw')).toEqual({ folder: 'raw', page: 3 });
    // A Founder e-paper's article names its number, then its page (`_2-01`: the second article of page 1), not page then number.
    expect(factsFromPath('rmrb/html/2024-03/11/nw.D110000renmrb_20240311_2-01.htm', 'raw')).toMatchObject({ date: { value: '2024-03-11' }, page: 1, order: 2 });
    expect(factsFromPath('x/20240311_2-01.htm', 'raw')).toMatchObject({ page: 2, order: 1 });
    expect(factsFromPath('第4版-2.txt', 'raw')).toMatchObject({ page: 4, order: 2 });
    // A `p` and digits inside a word of the name, a video site's id (`[p8uw-TQBz5O]`, `[f7P92wVEMHZ]`), is no page.
    expect(factsFromPath('江城新闻 2024年4月7日 [p8uw-TQBz5O].zh-Hans.vtt', 'raw').page).toBeUndefined();
    expect(factsFromPath('江城新闻 2024年4月16日 [f7P92wVEMHZ].zh-Hans.vtt', 'raw').page).toBeUndefined();
    expect(factsFromPath('20240308_p3.txt', 'raw')).toMatchObject({ page: 3 });
    expect(factsFromPath('p3a.txt', 'raw')).toMatchObject({ page: 3 });
    expect(factsFromPath('江城新闻 [Ab_p12-Cdef].srt', 'raw').page).toBeUndefined();
    // (A keeper's code in brackets that holds a date is no video id: `[20240311_A01]`.)
    expect(factsFromPath('江城日报[20240311_A01].txt', 'raw')).toMatchObject({ date: { value: '2024-03-11' } });
  });
  it("names the programme a broadcast's file is named for, before its date", () => {
    expect(programmeOfName('江城新闻_20240311.srt')).toBe('江城新闻');
    expect(programmeOfName('江城新闻 2024年3月14日 [qu_MdjJ9mIO].zh-Hans.vtt')).toBe('江城新闻');
    expect(programmeOfName('[江城台] 江城新闻 2024.04.01.ass')).toBe('江城新闻');
    expect(programmeOfName('【字幕组】晚间新闻20240401.ass')).toBe('晚间新闻');
    expect(programmeOfName('[星河字幕组][临江新闻][2024.05.06][中英双语].ass')).toBe('临江新闻');
    expect(programmeOfName('20240609澄江新闻 [aB3dEfGhIjK].zh-Hans.vtt')).toBe('澄江新闻');
    expect(programmeOfName('CCTV新闻联播 20240403.srt')).toBe('CCTV新闻联播');
    expect(programmeOfName('江城零距离 2024-04-04.srt')).toBe('江城零距离');
    // A name that may be a person's, before a date, names no programme.
    expect(programmeOfName('习近平2024年1月1日新年贺词.srt')).toBeUndefined();
    expect(programmeOfName('习近平主席2024年1月1日新年贺词.srt')).toBeUndefined();
    // The date is no part of a name; a name before the date is the programme, not a headline's word after it.
    expect(programmeOfName('2024年3月15日新闻联播.srt')).toBe('新闻联播');
    expect(programmeOfName('今日关注 20240402 假新闻.srt')).toBe('今日关注');
    // No name before a date: none.
    expect(programmeOfName('20240311.srt')).toBeUndefined();
    expect(programmeOfName('江城新闻.srt')).toBeUndefined();
    expect(programmeOfName('第12集 江城新闻.srt')).toBeUndefined();
  });
  it("reads an e-paper's lettered page from a file name, apart from the rest of the name", () => {
    expect(factsFromPath('2024-03-08_A01.txt', 'raw')).toMatchObject({ date: { value: '2024-03-08' }, page: 1001 });
    expect(factsFromPath('20240308/B10版.txt', 'raw')).toMatchObject({ page: 2010 });
    expect(factsFromPath('2024-03-08_B02_3.txt', 'raw')).toMatchObject({ page: 2002, order: 3 });
    expect(factsFromPath('2024-03-15_第B02版.txt', 'raw')).toMatchObject({ page: 2002 });
    // A name that holds a letter and two digits in a word is no page.
    expect(factsFromPath('G20峰会.txt', 'raw').page).toBeUndefined();
    expect(factsFromPath('2024-03-08_C919.txt', 'raw').page).toBeUndefined();
  });
  it('reads a date as keepers write it in words or short, in the name or across its folders, and the page beside it', () => {
    const date = (relative: string): string | undefined => factsFromPath(relative, 'raw').date?.value;
    expect(date('人民日报/二〇二四年三月三日 第二版.txt')).toBe('2024-03-03');
    expect(factsFromPath('人民日报/二〇二四年三月三日 第二版.txt', 'raw').page).toBe(2);
    expect(date('人民日报/2024.3.6/稿.txt')).toBe('2024-03-06');
    expect(date('人民日报/2024年3月5日/国际.txt')).toBe('2024-03-05');
    expect(factsFromPath('人民日报/第27064期 2024年3月4日/B08版.txt', 'raw')).toMatchObject({ folder: '人民日报', date: { value: '2024-03-04' }, page: 2008 });
    expect(factsFromPath('人民日报/2024年/3月3日（星期日）05版.txt', 'raw')).toMatchObject({ date: { value: '2024-03-03' }, page: 5 });
    expect(factsFromPath('东江日报/2024年03月/03月06日/05版 经济.txt', 'raw')).toMatchObject({ date: { value: '2024-03-06' }, page: 5 });
    expect(factsFromPath('稿件/2024年3月/2日/第八版 理论.txt', 'raw')).toMatchObject({ folder: 'raw', date: { value: '2024-03-02' }, page: 8 });
    // (A day's folder in digits under its month's, however the month is written.)
    expect(date('人民日报/2024.3/05/01.txt')).toBe('2024-03-05');
    expect(date('人民日报/2024-3/5/01.txt')).toBe('2024-03-05');
    expect(factsFromPath('人民日报/2024年3月/05/p1.txt', 'raw')).toMatchObject({ folder: '人民日报', date: { value: '2024-03-05' }, page: 1 });
    expect(factsFromPath('人民日报/2024.2/30/01.txt', 'raw').impossible).toBe('2024.2/30 (2024-02-30)');
    // (A number under no month's folder is no day.)
    expect(date('人民日报/2024/05/01.txt')).toBeUndefined();
    // (A folder whose date stands beside other words is no day's folder: a scan's, a download's; nor is it the paper's.)
    expect(date('人民日报/扫描于2024年3月5日/国际.txt')).toBeUndefined();
    expect(factsFromPath('人民日报/扫描于2024年3月5日/国际.txt', 'raw').folder).toBe('人民日报');
    expect(factsFromPath('2024年3月5日 扫描/01.txt', 'archive').folder).toBe('archive');
    // (A month printed twice must agree; a day under no month is no date.)
    expect(date('东江日报/2024年04月/03月06日/05版.txt')).toBeUndefined();
    expect(date('东江日报/2024年/2日/05版.txt')).toBeUndefined();
    // (A month and day further into a name are a headline's, not the file's day.)
    expect(date('东江日报/2024年/城乡居民医保缴费截止到12月31日.txt')).toBeUndefined();
  });
  it("reads a page from its name and number, or a short label and the article's number, beside the date; a paper run into the date", () => {
    expect(factsFromPath('湘江晨报/20240306_02_要闻.txt', 'raw')).toMatchObject({ page: 2 });
    expect(factsFromPath('湘江晨报/20240306_02_习近平会见越南国家主席.txt', 'raw')).toMatchObject({ order: 2, title: '习近平会见越南国家主席' });
    // (A person's name or a story's topic beside the number is no page's name: the number orders the files.)
    expect(factsFromPath('湘江晨报/20240306_02_张三.txt', 'raw')).toMatchObject({ order: 2 });
    expect(factsFromPath('湘江晨报/20240306_02_张三.txt', 'raw').page).toBeUndefined();
    expect(factsFromPath('湘江晨报/20240306_3_两会.txt', 'raw').page).toBeUndefined();
    expect(factsFromPath('湘江晨报/20240306_04_国际新闻.txt', 'raw').page).toBe(4);
    expect(factsFromPath('聯合報/2024-05-23_A4_3.txt', 'raw')).toMatchObject({ page: 1004, order: 3 });
    expect(factsFromPath('外交/2024-05-23_G7_外长会.txt', 'raw').page).toBeUndefined();
    expect(factsFromPath('光明日报/2024年3月20日 专版十二版.txt', 'raw').page).toBe(12);
    expect(factsFromPath('剪报/人民日报2024年3月6日第10版.txt', 'raw')).toMatchObject({ folder: '人民日报', page: 10 });
    // (Windows's name for a new file is no headline; a headline that ends on 复制 is one.)
    expect(factsFromPath('人民日报/2024.3.6/新建文本文档.txt', 'raw').title).toBeUndefined();
    expect(factsFromPath('人民日报/2024-03-06/成功经验可复制可推广.txt', 'raw').title).toBe('成功经验可复制可推广');
  });
  it("takes no folder named for one issue (`第343期`, `No.336`) for the paper, and reads a page in Chinese numerals at a name's start", () => {
    expect(factsFromPath('东江大学报/2024/第343期/2版校园.txt', 'raw')).toEqual({ folder: '东江大学报', page: 2 });
    expect(factsFromPath('邕铁通讯/No.336/02.txt', 'raw')).toMatchObject({ folder: '邕铁通讯', order: 2 });
    expect(factsFromPath('粤东电力报/2024年第30期（总第1060期）/1.txt', 'raw')).toMatchObject({ folder: '粤东电力报' });
    // A paper's desk or a keeper's collection of it names the paper, and so does a downloader's name for a page that opens with it.
    expect(factsFromPath('江城晚报编辑部/共享稿件/2024-03-08/稿.html', 'raw')).toMatchObject({ folder: '江城晚报' });
    expect(factsFromPath('运河日报资料室/20240308.txt', 'raw')).toMatchObject({ folder: '运河日报' });
    // (A newsroom's share, and its folder of published stories, name no paper but the paper's.)
    expect(factsFromPath('临江日报编辑部共享/2024年4月/0406/已发/04版_稿.docx', 'raw')).toMatchObject({ folder: '临江日报' });
    expect(factsFromPath('出版社/20240308.txt', 'raw')).toMatchObject({ folder: '出版社' });
    expect(factsFromPath('电子报下载/南洋商报~全国_-_22_03_2024.txt', 'raw')).toMatchObject({ folder: '南洋商报' });
    expect(factsFromPath('剪报/南洋商报评论员文章选登.txt', 'raw')).toMatchObject({ folder: '剪报' });
    expect(factsFromPath('运河日报/人民日报-20240308.txt', 'raw')).toMatchObject({ folder: '运河日报' });
    expect(factsFromPath('校报/第二版 校园.docx.txt', 'raw')).toMatchObject({ folder: '校报', page: 2 });
    // A paper's name with a number in it stays a paper's name.
    expect(factsFromPath('第一财经日报/1.txt', 'raw')).toMatchObject({ folder: '第一财经日报' });
  });
  it("dates an undated page as its issue's other numbered pages in the folder, and never from a folder of two dates", () => {
    const page1 = { absolute: '/raw/校报/第344期/1版要闻.txt', relative: '校报/第344期/1版要闻.txt', paper: '东江大学报', date: '2024-03-22' };
    expect(issueOfFolder('/raw/校报/第344期/2版校园.txt', [page1])).toEqual({ date: '2024-03-22', paper: '东江大学报', from: '校报/第344期/1版要闻.txt' });
    // Two dates in the folder, a file named otherwise, a sibling in another folder: no date.
    expect(issueOfFolder('/raw/校报/第344期/2版校园.txt', [page1, { ...page1, absolute: '/raw/校报/第344期/3版.txt', date: '2024-03-29' }])).toBeUndefined();
    expect(issueOfFolder('/raw/校报/第344期/校园新闻.txt', [page1])).toBeUndefined();
    expect(issueOfFolder('/raw/校报/第345期/2版校园.txt', [page1])).toBeUndefined();
    // A bare number in a folder that is no issue's (a pile of clippings) is a place in the pile, not a page of the issue beside it.
    const clipping = { absolute: '/raw/剪报/1.txt', relative: '剪报/1.txt', paper: '运河日报', date: '2024-03-08' };
    expect(issueOfFolder('/raw/剪报/2.txt', [clipping])).toBeUndefined();
    expect(issueOfFolder('/raw/No.336/02.txt', [{ ...clipping, absolute: '/raw/No.336/01.txt' }])).toMatchObject({ date: '2024-03-08' });
  });
  it('reads the date from folders, and the paper from the nearest folder that is no date', () => {
    expect(factsFromPath('2019/02/01/3.txt', 'raw')).toEqual({ folder: 'raw', date: { value: '2019-02-01', printed: '2019/02/01' }, order: 3 });
    expect(factsFromPath('某报/20190201/5.txt', 'raw')).toMatchObject({ folder: '某报', date: { value: '2019-02-01' }, order: 5 });
    // (A library's batch names an issue's folder by its paper and date; a batch of one day's scans, by its date alone beside no paper, dates nothing.)
    expect(factsFromPath('batch_017/北平晨報_19290316/0002.txt', 'raw')).toMatchObject({ folder: '北平晨報', date: { value: '1929-03-16' } });
    expect(factsFromPath('19290316-北平晨報/1.txt', 'raw')).toMatchObject({ folder: '北平晨報', date: { value: '1929-03-16' } });
    expect(factsFromPath('scan_20231115/0002.txt', 'raw').date).toBeUndefined();
    // A note app's export ids are no part of a name (Notion: a space and 32 hex digits).
    expect(factsFromPath('运河日报剪报 f90adcd16aff150b33229c9f737734ad/育秧工厂“育”新机 e8af34fb9d5d0015b6f01a61adf5200a.md', 'raw')).toEqual({
      folder: '运河日报',
      title: '育秧工厂“育”新机',
    });
    expect(factsFromPath('运河日报/20240308 0123456789abcdef0123456789abcdef.md', 'raw')).toMatchObject({ folder: '运河日报', date: { value: '2024-03-08' } });
    // As e-paper sites file their pages (a wget mirror): `html/2024-03/08/`, `202403/08/`.
    expect(factsFromPath('光明日报/html/2024-03/08/content_372104.htm', 'raw')).toMatchObject({
      folder: '光明日报',
      date: { value: '2024-03-08', printed: '2024-03/08' },
    });
    expect(factsFromPath('某报/202403/08/node_2.htm', 'raw')).toMatchObject({ date: { value: '2024-03-08' } });
    expect(factsFromPath('某报/2024-13/08/a.htm', 'raw').date).toBeUndefined();
    // The nearest folder named as a paper, above a site's own folder.
    expect(factsFromPath('聯合報/udn/7855315.txt', 'raw')).toMatchObject({ folder: '聯合報' });
    expect(factsFromPath('archive/udn/7855315.txt', 'raw')).toMatchObject({ folder: 'udn' });
    // A site's own folders name no paper: the nearest folder above them does.
    expect(factsFromPath('xcnews/content/posts/2024/03/slug.md', 'raw')).toMatchObject({ folder: 'xcnews' });
    expect(factsFromPath('_posts/2024-03-08-slug.md', 'site')).toMatchObject({ folder: 'site' });
  });
  it('finds no date in a hash or a plain name, and names an impossible one', () => {
    expect(factsFromPath('000_089e9dd3f21c392f.txt', 'raw')).toEqual({ folder: 'raw' });
    expect(factsFromPath('notes.txt', 'raw')).toEqual({ folder: 'raw' });
    expect(factsFromPath('20230229-01.txt', 'raw').impossible).toBe('20230229 (2023-02-29)');
    expect(factsFromPath('12345678.txt', 'raw').date).toBeUndefined();
  });
  it("reads a headline in a site's save's name, and no page or order inside it", () => {
    expect(factsFromPath('晚报网/2024-05-06/运河新城首批人才公寓交付使用.txt', 'raw')).toMatchObject({ title: '运河新城首批人才公寓交付使用' });
    expect(factsFromPath('晚报网/20240506_社区食堂迎来首批老年食客.txt', 'raw')).toMatchObject({ title: '社区食堂迎来首批老年食客' });
    // The numbers of a headline (`第135届`, `4月15日`) are no page or order; the name's own number is the order.
    const numbered = factsFromPath('晚报网/20240401-008-第135届广交会将于4月15日至5月5日在广州举办.txt', 'raw');
    expect(numbered).toMatchObject({ order: 8, title: '第135届广交会将于4月15日至5月5日在广州举办' });
    expect(numbered.page).toBeUndefined();
    expect(factsFromPath('晚报网/20240322_全国秋粮收购过八成 总量超1.7亿吨.txt', 'raw')).toEqual({
      folder: '晚报网',
      date: { value: '2024-03-22', printed: '20240322' },
      title: '全国秋粮收购过八成 总量超1.7亿吨',
    });
    // A page's name beside its label, a batch, an issue, a paper or a short word: no headline.
    for (const name of [
      'x/2024-03-08_第2版_国内新闻综合报道.txt',
      '运河通讯社/2024-01-26 稿件汇总.txt',
      '运河周末/第1201期.txt',
      'x/2024-03-07 剪报.md',
      'x/运河日报-20240308-02.txt',
      'x/2024-03-08_要闻.txt',
    ])
      expect(factsFromPath(name, 'raw').title, name).toBeUndefined();
    expect(factsFromPath('x/运河日报-20240308-02.txt', 'raw')).toMatchObject({ order: 2 });
    // Full-width digits stand for the ASCII ones.
    expect(factsFromPath('剪报/２０２４０３０８.txt', 'raw')).toMatchObject({ date: { value: '2024-03-08' } });
  });
  it('reads an ROC date: apart by marks always, run together only for a page that dates by the ROC calendar or under 民國', () => {
    expect(factsFromPath('台灣時報/113.03.21 A1.txt', 'raw')).toMatchObject({ date: { value: '2024-03-21', printed: '113.03.21' }, page: 1001 });
    expect(factsFromPath('台灣時報/113-03-06 A3版.txt', 'raw')).toMatchObject({ date: { value: '2024-03-06' } });
    const roc = { roc: () => true };
    expect(factsFromPath('台灣時報/1130308_A1.txt', 'raw', undefined, roc)).toMatchObject({ date: { value: '2024-03-08' }, page: 1001 });
    expect(factsFromPath('自由時報/1130305/政治_立法院三讀通過青年住宅條例.txt', 'raw', undefined, roc)).toMatchObject({
      folder: '自由時報',
      date: { value: '2024-03-05' },
    });
    expect(factsFromPath('剪報/民國113年/1130319.txt', 'raw')).toMatchObject({ date: { value: '2024-03-19' } });
    // Written out in a name, and a year's folder over a name of month and day (ROC or common era).
    expect(factsFromPath('聯合報/113年3月8日 A1.txt', 'raw')).toMatchObject({ date: { value: '2024-03-08', printed: '113年3月8日' }, page: 1001 });
    expect(factsFromPath('x/中華民國99年3月15日.txt', 'raw')).toMatchObject({ date: { value: '2010-03-15' } });
    expect(factsFromPath('聯合報/民國113年/0308_A1.txt', 'raw')).toMatchObject({ folder: '聯合報', date: { value: '2024-03-08' }, page: 1001 });
    expect(factsFromPath('剪報/民國113年/0308.txt', 'raw')).toMatchObject({ folder: '剪報', date: { value: '2024-03-08', printed: '民國113年/0308' } });
    expect(factsFromPath('人民日报/2024年/0308_02.txt', 'raw')).toMatchObject({ date: { value: '2024-03-08' }, order: 2 });
    // A page in Chinese numerals named without `第`, alone or before its page's name, and the front page; not a headline's number.
    expect(factsFromPath('恒远集团报/第6期/二版.docx', 'raw').page).toBe(2);
    expect(factsFromPath('恒远集团报/第6期/一版要闻.docx', 'raw').page).toBe(1);
    expect(factsFromPath('恒远集团报/第6期/头版.docx', 'raw').page).toBe(1);
    expect(factsFromPath('运河日报/三版合一的新方案.txt', 'raw').page).toBeUndefined();
    // A day's folder under a year's (`2024年/0722/0722-03版.doc`): dated by the folders, the name's same month and day no number.
    expect(factsFromPath('运河晚报/2024年/0722/0722-03版.doc', 'raw')).toEqual({
      folder: '运河晚报',
      date: { value: '2024-07-22', printed: '2024年/0722' },
      page: 3,
    });
    expect(factsFromPath('运河晚报/2024/0722/03.txt', 'raw')).toMatchObject({ date: { value: '2024-07-22' }, order: 3 });
    expect(factsFromPath('运河晚报/2024/1234/03.txt', 'raw').date).toBeUndefined();
    // A name that opens on another day is the file's own.
    expect(factsFromPath('运河晚报/2024/0722/0723-03版.txt', 'raw')).toMatchObject({ date: { value: '2024-07-23', printed: '2024/0722/0723' }, page: 3 });
    expect(factsFromPath('运河晚报/资料/0722/03.txt', 'raw').date).toBeUndefined();
    // A two-digit year without the era's name could be either era's; four digits that make no day, or a range of days, date nothing.
    expect(factsFromPath('x/99年3月15日.txt', 'raw').date).toBeUndefined();
    expect(factsFromPath('人民日报/2024/1234.txt', 'raw').date).toBeUndefined();
    expect(factsFromPath('人民日报/2024/0101-0331.txt', 'raw').date).toBeUndefined();
    expect(factsFromPath('人民日报/资料/0308.txt', 'raw').date).toBeUndefined();
    // Not a count that opens a headline, nor a year inside one.
    expect(factsFromPath('运河日报/2024/1222万高校毕业生迎来就业季.txt', 'raw').date).toBeUndefined();
    expect(factsFromPath('运河日报/建校110年3月8日举行校庆.txt', 'raw').date).toBeUndefined();
    expect(factsFromPath('运河日报/2024/1231_年终总结.txt', 'raw').date?.value).toBe('2024-12-31');
    // A date with its year last, read only where its order cannot be mistaken; an ambiguous one dates nothing and gives no page.
    expect(factsFromPath('电子报/星洲日报~全国_-_04_04_2024.txt', 'raw')).toEqual({ folder: '星洲日报', date: { value: '2024-04-04', printed: '04_04_2024' } });
    expect(factsFromPath('x/22-03-2024.txt', 'raw').date?.value).toBe('2024-03-22');
    expect(factsFromPath('x/03-22-2024.txt', 'raw').date?.value).toBe('2024-03-22');
    expect(factsFromPath('x/03-08-2024.txt', 'raw')).toEqual({ folder: 'x' });
    // Seven digits in a page that prints no ROC date are an id (a Hong Kong paper's, in the same script); nor is a number that makes no day.
    expect(factsFromPath('明報/港聞/1120915.txt', 'raw', undefined, { roc: () => false }).date).toBeUndefined();
    expect(factsFromPath('台灣時報/1131308.txt', 'raw', undefined, roc).date).toBeUndefined();
    // A one-digit lettered page only as all the name holds beside its date, not a headline's word.
    expect(factsFromPath('运河日报/2024-03-08/2024-03-08 G7 外长会.txt', 'raw').page).toBeUndefined();
    expect(factsFromPath('运河日报/F1 中国大奖赛.md', 'raw').page).toBeUndefined();
    // A news agency's wire kept under its name by category codes.
    expect(factsFromPath('中央社/aipl/202403070112.txt', 'raw')).toMatchObject({ folder: '中央社' });
    // A configured pattern's year of three digits.
    expect(factsFromPath('lt/1130315-02.txt', 'raw', /(?<year>\d{3})(?<month>\d\d)(?<day>\d\d)-(?<page>\d+)/u)).toMatchObject({
      date: { value: '2024-03-15' },
      page: 2,
    });
  });
  it('follows a configured pattern with named groups', () => {
    const pattern = /(?<year>\d{4})_(?<month>\d\d)_(?<day>\d\d)_p(?<page>\d+)_n(?<order>\d+)/u;
    expect(factsFromPath('rmrb/rmrb_2021_03_15_p4_n2.txt', 'raw', pattern)).toMatchObject({ date: { value: '2021-03-15' }, page: 4, order: 2 });
    expect(factsFromPath('rmrb/other.txt', 'raw', pattern)).toEqual({ folder: 'rmrb' });
    // A month's folder, then the day as month and day (the months must agree).
    expect(factsFromPath('江城日报/2024年3月/0306/01版要闻.htm', 'raw')).toMatchObject({ date: { value: '2024-03-06' }, page: 1 });
    expect(factsFromPath('江城日报/2024-03/0306.txt', 'raw')).toMatchObject({ date: { value: '2024-03-06' } });
    expect(factsFromPath('江城日报/2024年3月/0406/01版.htm', 'raw').date).toBeUndefined();
    // Anchored, it is matched against the path under the paper's folder (as documented), wherever that folder stands.
    const anchored = /^(?<year>\d{4})年(?<month>\d{1,2})月\/\d{2}(?<day>\d{2})\/(?<page>\d{2})版/u;
    expect(factsFromPath('江城日报/2024年3月/0306/01版要闻.htm', 'raw', anchored)).toMatchObject({ date: { value: '2024-03-06' }, page: 1 });
    expect(factsFromPath('archive/江城日报/2024年3月/0306/01版要闻.htm', 'raw', anchored)).toMatchObject({ date: { value: '2024-03-06' } });
    // A page group that holds a lettered label.
    expect(factsFromPath('xjb/2024-03-08-B04.txt', 'raw', /(?<date>\d{4}-\d\d-\d\d)-(?<page>[A-Z]\d{2})/u)).toMatchObject({ page: 2004 });
  });
});

describe('facts from the text', () => {
  it('reads credit lines', () => {
    expect(matchCreditLine('《运河日报》（2021年03月15日第 04 版）')).toMatchObject({ paper: '运河日报', year: 2021, month: 3, day: 15, page: 4 });
    expect(matchCreditLine('《新闻联播》 (20240105)')).toMatchObject({ paper: '新闻联播', year: 2024, month: 1, day: 5 });
    expect(matchCreditLine('来源：运河日报 2021-03-15')).toMatchObject({ paper: '运河日报', year: 2021 });
    // (A post's note of where it was printed, `本文刊发于《…》…第2版`, names the paper.)
    expect(matchCreditLine('本文刊发于《桐溪日报》2024年3月10日第2版')).toMatchObject({ paper: '桐溪日报', day: 10, page: 2 });
    // (With the column after the page, `第6版“城事”`; the date before the paper, as an author's note says it; in brackets.)
    expect(matchCreditLine('原载《溪浦晚报》2024年11月14日第6版“城事”')).toMatchObject({ paper: '溪浦晚报', day: 14, page: 6 });
    expect(matchCreditLine('（刊于2024年8月15日《溪浦晚报》第2版“晚报时评”）')).toMatchObject({ paper: '溪浦晚报', month: 8, day: 15, page: 2 });
    expect(matchCreditLine('（本文刊於《香城日報》2024年11月15日A04版）')).toMatchObject({ paper: '香城日報', page: 1004 });
    // (A web copy's credit naming its source without marks, after the words of a reprint; not a sentence that says so.)
    expect(matchCreditLine('——摘自沂蒙新闻网2024年5月10日')).toMatchObject({ paper: '沂蒙新闻网', year: 2024, month: 5, day: 10 });
    expect(matchCreditLine('转自三晋在线 2023年12月3日 第2版')).toMatchObject({ paper: '三晋在线', day: 3, page: 2 });
    // (Its date in figures, in brackets or not; its parts apart by commas; an account's name in quotes after its kind.)
    expect(matchCreditLine('转自：洞庭新闻网（2025-02-11）')).toMatchObject({ paper: '洞庭新闻网', year: 2025, month: 2, day: 11 });
    expect(matchCreditLine('轉自：蓮島新聞網 2020-11-02')).toMatchObject({ paper: '蓮島新聞網', month: 11, day: 2 });
    expect(matchCreditLine('（來源：南瀛日報，2017年3月4日，第A8版）')).toMatchObject({ paper: '南瀛日報', day: 4, page: 1008 });
    expect(matchCreditLine('转自 微信公众号“沂河发布”　2022-09-15')).toMatchObject({ paper: '沂河发布', month: 9, day: 15 });
    expect(matchCreditLine('稿源：汀州新闻网 2023/4/12 10:32')).toMatchObject({ paper: '汀州新闻网', month: 4, day: 12 });
    expect(matchCreditLine('转自他的朋友圈，2024-01-01发出')).toBeUndefined();
    expect(matchCreditLine('摘自他的日记，2024年1月1日写成')).toBeUndefined();
    expect(matchCreditLine('沂蒙新闻网2024年5月10日')).toBeUndefined();
    // (Not a sentence that cites a paper and a day.)
    expect(matchCreditLine('据2024年8月15日《溪浦晚报》报道，全市新增停车位三千个。')?.paper).toBeUndefined();
    // A lettered page (src/archive/pages.ts).
    expect(matchCreditLine('《运河日报》（2024年03月08日第B02版）')).toMatchObject({ paper: '运河日报', page: 2002 });
    expect(matchInfoLine('来源：运河日报  2024-03-08  第A04版')).toMatchObject({ paper: '运河日报', page: 1004 });
    expect(matchInfoLine('版次：B02 2024/3/8')).toMatchObject({ page: 2002 });
    // (A lettered page with 版 and no 第, as a portal prints it beside the printed day; not a model's number, `C919版`.)
    expect(matchInfoLine('2024-11-16 07:20:05　来源：岭南商报　2024年11月16日　B02版　编辑：吕方')).toMatchObject({ paper: '岭南商报', page: 2002 });
    expect(matchInfoLine('2024-11-16 07:20:05　来源：岭南商报　C919版')?.page).toBeUndefined();
  });
  it("tells a page's running head from a story's credit", () => {
    // A date and a page, no source label, time or brackets: it opens a page (or an issue).
    expect(isRunningHeadLine('临江日报　2023年03月08日　第02版　综合')).toBe(true);
    expect(isRunningHeadLine('2024年04月11日 第01版')).toBe(true);
    for (const credit of [
      '来源：江城日报  2024-04-11  第01版',
      '《运河日报》（2021年03月15日第 04 版）',
      '（2024年3月8日　第2版）',
      '2024-04-08 09:05 第3版',
      '江城日报 2024年4月11日',
    ])
      expect(isRunningHeadLine(credit), credit).toBe(false);
  });
  it("reads a portal's line of source, date, page and time, in any order", () => {
    expect(matchInfoLine('来源：江城日报  2024-04-11  第01版')).toMatchObject({ paper: '江城日报', year: 2024, month: 4, day: 11, page: 1 });
    expect(matchInfoLine('2024-04-08 09:05　来源：江城日报')).toMatchObject({ paper: '江城日报', month: 4, day: 8 });
    // The paper through the site that carried it, and a paper named with no label beside the date and time.
    expect(matchInfoLine('2024年04月08日05:47 | 来源：人民网－人民日报')).toMatchObject({ paper: '人民日报', day: 8 });
    expect(matchInfoLine('来源：光明网-《光明日报》 2024-04-12')).toMatchObject({ paper: '光明日报', day: 12 });
    expect(matchInfoLine('来源：中国新闻网 2024-04-12')).toMatchObject({ paper: '中国新闻网' });
    // Fields run together, as a page's sibling elements come out: the source ends where the next label begins.
    expect(matchInfoLine('2024-03-06 22:34:12来源：新华社作者：韩冬 王磊')).toMatchObject({ paper: '新华社', day: 6 });
    expect(matchInfoLine('2024-06-12 来源：澜沧日报浏览次数：1024')).toMatchObject({ paper: '澜沧日报' });
    expect(separateFields('来源：新华社作者：韩冬')).toBe('来源：新华社 作者：韩冬');
    expect(separateFields('作者：韩冬')).toBe('作者：韩冬');
    expect(separateFields('本报记者 韩冬')).toBe('本报记者 韩冬');
    // (A label of two words is one label; a label before any field is the line's first.)
    expect(separateFields('文章来源：运河日报')).toBe('文章来源：运河日报');
    expect(separateFields('来源：运河日报　责任编辑：王磊')).toBe('来源：运河日报　责任编辑：王磊');
    expect(separateFields('来源：运河日报原创作者：王磊')).toBe('来源：运河日报 原创作者：王磊');
    expect(matchInfoLine('2024-03-05 09:30　来源：运河日报　本报记者：王磊')).toMatchObject({ paper: '运河日报' });
    expect(creditByline('2024-03-05 09:30　来源：运河日报　本报记者：王磊')).toMatchObject({ byline: '本报记者：王磊' });
    expect(matchInfoLine('2024年09月12日 07:12 新京报')).toMatchObject({ paper: '新京报', day: 12 });
    expect(matchInfoLine('齐鲁晚报 2024-11-20 15:20 发布于山东 齐鲁晚报官方账号')).toMatchObject({ paper: '齐鲁晚报', day: 20 });
    expect(matchInfoLine('2024-10-15 07:30发布于浙江')).toMatchObject({ day: 15 });
    expect(matchInfoLine('2024-10-15 07:30发布于浙江')?.paper).toBeUndefined();
    expect(matchInfoLine('2024年5月1日10:00 运河文化节开幕')).toBeUndefined();
    expect(matchInfoLine('2024年5月1日 10:00 新京报报道')).toBeUndefined();
    expect(matchInfoLine('版次：04 2024/4/8')).toMatchObject({ page: 4, month: 4 });
    // A Taiwanese site's line: the paper before a slash, then the byline.
    expect(matchInfoLine('2024-01-07 04:14 聯合報／ 記者陳建宏／高雄報導')).toMatchObject({ paper: '聯合報', year: 2024, month: 1, day: 7 });
    expect(creditByline('2024-01-07 04:14 聯合報／ 記者陳建宏／高雄報導')).toMatchObject({ byline: '記者陳建宏／高雄報導' });
    expect(creditByline('2024-04-08 09:05　来源：江城日报')).toBeUndefined();
    // A reporter's field before the date or another field, or run together with the source.
    expect(creditByline('来源：北疆日报　作者：唐宁　2024-04-20 14:57:24')).toMatchObject({ byline: '唐宁' });
    expect(creditByline('2024-03-06 22:34:12来源：新华社作者：韩冬 王磊')).toMatchObject({ byline: '韩冬 王磊' });
    expect(creditByline('2024-03-06 来源：新华社　作者：韩冬　编辑：王磊')).toMatchObject({ byline: '韩冬' });
    expect(creditByline('2024-05-08 来源：海川日报　作者：记者 韩冬　点击数：1024')).toMatchObject({ byline: '记者 韩冬' });
    expect(creditByline('2024-05-06 09:30　来源：新华社　记者：王磊')).toMatchObject({ byline: '记者：王磊' });
    // Before the page's font-size control at its end, as portals print it.
    expect(creditByline('发布时间：2010年05月05日 18:11　来源：湘楚晨报　作者：记者 付远　大 中 小')).toMatchObject({ byline: '记者 付远' });
    expect(creditByline('2010-05-05 18:11　来源：湘楚晨报　作者：付远　字号：【大 中 小】')).toMatchObject({ byline: '付远' });
    expect(creditByline('2024-04-08 09:05　运河日报')).toBeUndefined();
    expect(creditByline('2024-03-06 来源：新华社　作者：韩冬等人发表文章')).toBeUndefined();
    // A byline with the e-paper's credit after it on one line: the credit names the paper, date and page, the byline is the story's.
    const glued = '本报记者　高炳　邱超奕《 人民日报 》（ 2024年03月05日   第 01 版）';
    expect(matchCreditLine(glued)).toMatchObject({ paper: '人民日报', year: 2024, month: 3, day: 5, page: 1 });
    expect(creditByline(glued)).toMatchObject({ byline: '本报记者　高炳　邱超奕', from: 0 });
    expect(creditByline('习近平会见马尔代夫总统《人民日报》（2024年03月05日 第 01 版）')).toBeUndefined();
    // The page and date as fields after the byline, as a page's sibling elements give them.
    expect(creditByline('本报记者 林丽鹂 第03版：综合新闻 2024-06-02')).toMatchObject({ byline: '本报记者 林丽鹂' });
    expect(creditByline('本报记者 林丽鹂 2024年的春天')).toBeUndefined();
    // A reporter's field last on the line; not a name in a sentence, nor an editor.
    expect(creditByline('2024-05-06 09:30　来源：新华社　记者：王磊')).toMatchObject({ byline: '记者：王磊' });
    expect(creditByline('2024-05-06 09:30　来源：运河日报　作者：李娜 张伟')).toMatchObject({ byline: '李娜 张伟' });
    expect(creditByline('2024-05-06 09:30　来源：运河日报　责任编辑：王磊')).toBeUndefined();
    expect(creditByline('记者：王磊')).toBeUndefined();
    expect(matchCreditLine('2024-04-08 09:05　来源：江城日报')).toMatchObject({ paper: '江城日报' });
    // A sentence, a headline that begins with a year, a date with nothing beside it.
    expect(matchInfoLine('2024年3月5日，来源：新华社报道称')).toBeUndefined();
    expect(matchInfoLine('2023年财政收入保持恢复性增长态势')).toBeUndefined();
    expect(matchInfoLine('2024-04-08')).toBeUndefined();
  });
  it('does not take a sentence that names a paper and a date for a credit line', () => {
    expect(matchCreditLine('据《运河日报》2021年3月15日报道，运河通航。')).toBeUndefined();
    expect(matchCreditLine('运河日报')).toBeUndefined();
  });
  it("tells a site's date of publication from a scraper's date of retrieval", () => {
    for (const line of ['抓取时间：2024-05-07 08:00:01', 'crawl_time: 2024-04-23 08:07:01', 'retrieved: 2024-04-23', '采集日期：2024-04-23'])
      expect(dateLabel(line), line).toBe('retrieval');
    for (const line of ['发布时间：2024-05-06 19:30', 'publish_time: 2024-04-22 19:37:00', 'pubdate: 2024-04-22', '日期：2024-04-22'])
      expect(dateLabel(line), line).toBe('publication');
    for (const line of ['2024-04-22 19:37', '来源：运河日报  2024-04-11  第01版', '保存完好的古籍2024年展出']) expect(dateLabel(line), line).toBeUndefined();
  });
  it("takes a note app's stamps of its own life for retrieval, never publication", () => {
    for (const line of [
      'Created at: 2024-04-11T10:13:33+08:00',
      'Created: March 9, 2024 10:11 AM',
      'updated: 2024-04-12',
      'Last edited: 2024-04-12',
      'clipped: 2024-03-09',
    ])
      expect(dateLabel(line), line).toBe('retrieval');
    for (const line of ['Creative Commons 2024', 'Date: March 8, 2024']) expect(dateLabel(line), line).not.toBe('retrieval');
  });
  it('reads a date in English, month first or day first, and nothing that is no date', () => {
    expect(matchDateOnlyLine('Date: March 8, 2024')).toMatchObject({ year: 2024, month: 3, day: 8 });
    expect(matchDateOnlyLine('Published 2 April 2024 5:00 AM')).toMatchObject({ year: 2024, month: 4, day: 2 });
    expect(matchDateOnlyLine('Apr 02, 2024')).toMatchObject({ year: 2024, month: 4, day: 2 });
    expect(matchDateOnlyLine('Friday, 8 March 2024')).toMatchObject({ year: 2024, month: 3, day: 8 });
    expect(matchDateOnlyLine('Mayday 2024')).toBeUndefined();
    expect(matchDateOnlyLine('the March 8, 2024 meeting was held')).toBeUndefined();
  });
  it('reads a line that is only a date', () => {
    expect(matchDateOnlyLine('2021-03-15')).toMatchObject({ year: 2021, month: 3, day: 15 });
    expect(matchDateOnlyLine('发布时间：2019-02-02 10:22')).toMatchObject({ year: 2019, month: 2, day: 2 });
    expect(matchDateOnlyLine('（20190201）')).toMatchObject({ year: 2019, month: 2, day: 1 });
    // (Written out in brackets, its year in figures or in Chinese numerals, as a speech's day is printed under its title.)
    expect(matchDateOnlyLine('【1980年1月1日】')).toMatchObject({ year: 1980, month: 1, day: 1 });
    expect(matchDateOnlyLine('（一九九七年十二月三十一日）')).toMatchObject({ year: 1997, month: 12, day: 31 });
    expect(matchDateOnlyLine('（一九九七年是关键的一年）')).toBeUndefined();
    // (The year set apart from month and day, as a site's template boxes them: `2024 03/08 10:15:30`.)
    expect(matchDateOnlyLine('2024 03/08 10:15:30')).toMatchObject({ year: 2024, month: 3, day: 8 });
    expect(matchDateOnlyLine('2024 03/08')).toMatchObject({ year: 2024, month: 3, day: 8 });
    expect(matchDateOnlyLine('2024 3/8 出发')).toBeUndefined();
    // (A timeline's entry is no date line: `1949 10.1`, `2006 5.1`.)
    expect(matchDateOnlyLine('1949 10.1')).toBeUndefined();
    expect(matchDateOnlyLine('2006 5.1')).toBeUndefined();
    expect(matchDateOnlyLine('2021-03-15，运河通航。')).toBeUndefined();
    expect(matchDateOnlyLine('第2021号')).toBeUndefined();
  });
});

/** A line of a file's top, as `lines.ts` gives it (the place is no matter here). */
const line = (text: string): RawLine => ({ text, line: 1, position: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } } });

describe("a piece's own day under its title", () => {
  it("is no date line: a speech's day and its speaker are its head, the paper's day the path's", async () => {
    const { sections, messages } = await ingestFiles({
      '运河日报/20240702-02-01.txt':
        '在全市优化营商环境大会上的讲话\n（2024年7月1日）\n王建国\n同志们：\n今天，我们召开全市优化营商环境大会，部署下一阶段工作。\n',
      '运河日报/20240702-03-01.txt': '携手共建运河文化带\n运河市市长 高建国\n值此运河文化节开幕之际，我谨代表市政府，向各位来宾表示热烈欢迎。\n',
    });
    expect(messages.filter((message) => message.startsWith('fact-conflict'))).toEqual([]);
    const [speech, signed] = sections;
    expect(speech).toMatch(/^date: "2024-07-02"$/mu);
    expect(speech).toMatch(/^title: "在全市优化营商环境大会上的讲话"$/mu);
    expect(speech).toMatch(/^subtitle: "（2024年7月1日）"$/mu);
    expect(speech).toMatch(/^byline: "王建国"$/mu);
    expect(signed).toMatch(/^byline: "运河市市长 高建国"$/mu);
    // (Its day in Chinese numerals, the author's line over it, as the 1990s papers print a speech.)
    const old = await ingestFiles({
      '运河日报/19980101-01-01.txt':
        '迈向充满希望的新世纪\n运河市委书记、市长王建国\n（一九九七年十二月三十一日）\n同志们、朋友们：\n在１９９８年来临之际，我向全市人民致以良好的祝愿！\n',
    });
    expect(old.sections[0]).toMatch(/^date: "1998-01-01"$/mu);
    expect(old.sections[0]).toMatch(/^title: "迈向充满希望的新世纪"$/mu);
    expect(old.sections[0]).toMatch(/^subtitle: "（一九九七年十二月三十一日）"$/mu);
    expect(old.sections[0]).toMatch(/^byline: "运河市委书记、市长王建国"$/mu);
    // (A bracketed date alone under a masthead is still the paper's date line.)
    expect(isPiecesOwnDate([line('运河日报'), line('（2024年7月2日）')], 1)).toBe(false);
    expect(isPiecesOwnDate([line('在全市优化营商环境大会上的讲话'), line('（2024年7月1日）')], 1)).toBe(true);
    expect(isPiecesOwnDate([line('在全市优化营商环境大会上的讲话'), line('（大会秘书处供稿）')], 1)).toBe(false);
  });
});

describe('facts from front matter', () => {
  it('reads the usual keys', () => {
    expect(factsFromFrontmatter({ title: '运河通航', date: '2021-03-15', source: '运河日报', author: '本报记者 王芳', page: 4 })).toEqual({
      title: '运河通航',
      date: { year: 2021, month: 3, day: 15, printed: '2021-03-15' },
      paper: '运河日报',
      byline: '本报记者 王芳',
      page: 4,
    });
    // An e-paper's lettered page (src/archive/pages.ts); a plain one below 1000.
    // A clipper's link to a note (`[[江城晚报]]`) is its name; an author that is a paper's name is the paper; a platform is no paper.
    expect(factsFromFrontmatter({ author: ['[[江城晚报]]'], published: '2024-03-09' })).toMatchObject({ paper: '江城晚报' });
    expect(factsFromFrontmatter({ author: ['[[江城晚报]]'] }).byline).toBeUndefined();
    expect(factsFromFrontmatter({ source: '微信公众平台', author: '本报记者 王芳' })).toEqual({ byline: '本报记者 王芳' });
    expect(factsFromFrontmatter({ source: '运河日报', author: '江城晚报' })).toMatchObject({ paper: '运河日报', byline: '江城晚报' });
    // (The paper named again as its own author, as a WeChat page's meta names the account, is no byline.)
    expect(factsFromFrontmatter({ source: '海门晚报', author: '海门晚报' })).toEqual({ paper: '海门晚报' });
    expect(factsFromFrontmatter({ date: '2024-03-08', page: 'B02' })).toMatchObject({ page: 2002 });
    // An ROC date, as a Taiwanese note writes it; a clipper's title without the site's name the browser tab added.
    expect(factsFromFrontmatter({ date: '113-03-25' })).toMatchObject({ date: { year: 2024, month: 3, day: 25 } });
    expect(factsFromFrontmatter({ date: '民國113年3月25日' })).toMatchObject({ date: { year: 2024, month: 3, day: 25 } });
    expect(factsFromFrontmatter({ date: '13-03-25' }).badDate).toBe('13-03-25');
    // A date run together is a number to YAML: read as written, an ROC date in seven digits, the common era's in eight.
    expect(factsFromFrontmatter({ date: 20240325 })).toMatchObject({ date: { year: 2024, month: 3, day: 25 } });
    expect(factsFromFrontmatter({ date: 1130325 })).toMatchObject({ date: { year: 2024, month: 3, day: 25 } });
    expect(factsFromFrontmatter({ date: 2024 }).badDate).toBe('2024');
    expect(factsFromFrontmatter({ title: '習近平會見荷蘭首相 - 中時新聞網' }).title).toBe('習近平會見荷蘭首相');
    expect(factsFromFrontmatter({ title: '总理访华 | 联合新闻网' }).title).toBe('总理访华');
    expect(factsFromFrontmatter({ title: '长江 - 中下游 汛期' }).title).toBe('长江 - 中下游 汛期');
    expect(factsFromFrontmatter({ date: '2024-03-08', page: 'A3版' })).toMatchObject({ page: 1003 });
    expect(factsFromFrontmatter({ date: '2024-03-08', page: 1200 }).page).toBeUndefined();
  });
  it("dates a moment with an offset or in UTC by its day in the paper's time zone, a date or a local time as written", () => {
    expect(factsFromFrontmatter({ date: '2024-03-03T23:37:12.000Z' })).toMatchObject({ date: { year: 2024, month: 3, day: 4 }, zoned: 'Asia/Shanghai' });
    expect(factsFromFrontmatter({ date: '2024-03-03T23:37:12Z' }, 'Europe/London')).toEqual({
      date: { year: 2024, month: 3, day: 3, printed: '2024-03-03T23:37:12Z' },
    });
    expect(factsFromFrontmatter({ date: '2024-03-08T07:00:00+08:00' })).toEqual({
      date: { year: 2024, month: 3, day: 8, printed: '2024-03-08T07:00:00+08:00' },
    });
    expect(factsFromFrontmatter({ date: '2024-03-08 23:30' }).date).toMatchObject({ day: 8 });
    expect(factsFromFrontmatter({ date: '2024-03-08' }).zoned).toBeUndefined();
  });
  it('reads TOML front matter, as Hugo writes it', () => {
    const file = new VFile();
    const read = readFrontmatter(file, "+++\ntitle = '运河通航'\ndate = 2024-03-07T23:40:00Z\ndraft = false\n+++\n正文。\n");
    expect(read?.endLine).toBe(5);
    expect(factsFromFrontmatter(read!.data)).toMatchObject({ title: '运河通航', date: { year: 2024, month: 3, day: 8 } });
    expect(readFrontmatter(file, "+++\ntitle = '未闭合\n+++\n")).toBeUndefined();
    expect(file.messages[0]?.reason).toMatch(/not valid TOML/u);
  });
  it("knows a site's shortcodes for markup, not text", () => {
    for (const text of [
      '{{< figure src="/a.jpg" caption="图" >}}',
      '[caption id="a1"]街景[/caption]',
      '\\[caption id="a1"\\]街景\\[/caption\\]',
      '[gallery ids="1,2"]',
    ])
      expect(isShortcode(text), text).toBe(true);
    for (const text of ['[记者手记] 运河边的早晨', '{{ 这不是短代码 }}']) expect(isShortcode(text), text).toBe(false);
  });
  it("reads a note's properties under Chinese or capitalised keys, and never takes an address for the paper", () => {
    expect(factsFromFrontmatter({ 日期: '2024-04-01', 报纸: '运河日报', 版次: 1 })).toMatchObject({
      date: { year: 2024, month: 4, day: 1 },
      paper: '运河日报',
      page: 1,
    });
    expect(factsFromFrontmatter({ Date: 'March 8, 2024', 版面: '第3版' })).toMatchObject({ date: { year: 2024, month: 3, day: 8 }, page: 3 });
    expect(factsFromFrontmatter({ source: 'https://www.zaobao.com.sg/news/story20240308-3004567' }).paper).toBeUndefined();
    expect(factsFromFrontmatter({ source: 'www.zaobao.com.sg', paper: '联合早报' }).paper).toBe('联合早报');
    // The day a note was made is not the day the paper was printed.
    expect(factsFromFrontmatter({ created: '2024-04-02T09:11', updated: '2024-04-03' }).date).toBeUndefined();
  });
  it("reads a note's properties under its title as its front matter, and no dialogue", () => {
    expect(propertyBlock('Created: March 9, 2024 10:11 AM\n报纸: 运河日报\n版次: 2')).toEqual({
      Created: 'March 9, 2024 10:11 AM',
      报纸: '运河日报',
      版次: '2',
    });
    expect(propertyBlock('日期: 2024年3月8日')).toBeUndefined();
    expect(propertyBlock('问：今年的重点是什么？\n答：稳增长。')).toBeUndefined();
    // A byline, and a notice's details, under a title are text.
    expect(propertyBlock('记者：张三\n通讯员：李四')).toBeUndefined();
    expect(propertyBlock('时间：3月8日上午\n地点：运河公园北门')).toBeUndefined();
    expect(propertyBlock('记者：今年的重点是什么\n王毅：稳增长')).toBeUndefined();
    expect(propertyBlock('日期: 2024年3月8日\n本报讯 记者从市园林局获悉，运河公园北门新建的停车场昨日启用。')).toBeUndefined();
  });
  it("reads Joplin's raw export: the properties closing a note are its front matter, and say what the item is", () => {
    const id = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
    const note = [
      '标题',
      '',
      '正文第一段。',
      '',
      `id: ${id}`,
      'parent_id: ',
      'created_time: 2024-03-12T01:20:33.104Z',
      'author: 王芳',
      'source_url: https://x.example/2024-03/11/c.html',
      'type_: 1',
      '',
    ].join('\n');
    const read = joplinProperties(note)!;
    expect(read.frontmatter.data).toEqual({
      joplin_type: '1',
      title: '标题',
      author: '王芳',
      created: '2024-03-12T01:20:33.104Z',
      source_url: 'https://x.example/2024-03/11/c.html',
    });
    // (The properties' lines are blanked, every position before them kept.)
    expect(read.rest.split('\n').slice(0, 3)).toEqual(['标题', '', '正文第一段。']);
    expect(
      read.rest
        .split('\n')
        .slice(4)
        .every((line) => line.trim() === ''),
    ).toBe(true);
    // The note's own day is no publication date.
    expect(factsFromFrontmatter(read.frontmatter.data).date).toBeUndefined();
    expect(joplinProperties(['湖州晚报剪报', '', `id: ${id}`, 'type_: 2'].join('\n'))?.frontmatter.data['joplin_type']).toBe('2');
    // No id of 32 hexadecimal digits, or no `type_` last: a story's own lines that look so are text.
    expect(joplinProperties(['标题', '', 'id: 3', 'type_: 1'].join('\n'))).toBeUndefined();
    expect(joplinProperties(['标题', '', `id: ${id}`, 'type_: 1', '', '后记：正文。'].join('\n'))).toBeUndefined();
  });
  it("reads a CMS's print page, also as a list of one", () => {
    expect(factsFromFrontmatter({ print_page: 3 }).page).toBe(3);
    expect(factsFromFrontmatter({ print_page: ['2'] }).page).toBe(2);
    expect(factsFromFrontmatter({ print_page: ['2', '3'] }).page).toBeUndefined();
  });
  it('names a date that is no date and ignores what it does not know', () => {
    expect(factsFromFrontmatter({ date: 'yesterday', tags: ['a'] })).toEqual({ badDate: 'yesterday' });
    expect(factsFromFrontmatter({ page: 0, order: 'x' })).toEqual({});
  });
  it('tells an issue title from an article title', () => {
    expect(namesIssue('海河时报 2022年5月8日', '海河时报', '2022-05-08')).toBe(true);
    expect(namesIssue('海河沿岸新添三座口袋公园', '海河时报', '2022-05-09')).toBe(false);
  });
});

describe('input formats', () => {
  it('reads text, Markdown and HTML, and no other format', () => {
    expect(formatOf('a.txt')).toBe('text');
    expect(formatOf('a.TXT')).toBe('text');
    expect(formatOf('README')).toBe('text');
    expect(formatOf('a.md')).toBe('markdown');
    expect(formatOf('a.markdown')).toBe('markdown');
    expect(formatOf('a.html')).toBe('html');
    expect(formatOf('a.HTM')).toBe('html');
    expect(formatOf('a.pdf')).toBe('pdf');
    expect(formatOf('a.jpg')).toBeUndefined();
    expect(formatOf('a.eml')).toBe('html');
    expect(formatOf('a.hocr')).toBe('html');
    expect(formatOf('Inbox.mbox')).toBe('archive');
  });
  it("reads Hugo's JSON front matter, and text that only opens on a brace as text", () => {
    const json = readMarkdown(new VFile({ path: 'a.md', value: '{\n  "title": "水库加固完工",\n  "tags": ["水利", "民生"]\n}\n\n正文第一段。\n' }));
    expect(json.frontmatter).toEqual({ data: { title: '水库加固完工', tags: ['水利', '民生'] }, endLine: 4 });
    expect(json.lines.map((line) => [line.text, line.line])).toEqual([['正文第一段。', 6]]);
    const brace = readMarkdown(new VFile({ path: 'a.md', value: '{\n这不是 JSON\n}\n\n正文。\n' }));
    expect(brace.frontmatter).toBeUndefined();
    expect(brace.lines.map((line) => line.text)).toContain('这不是 JSON');
  });
});

describe("a database export's records", () => {
  const lines = (...texts: string[]): RawLine[] =>
    texts.map((text, index) => ({
      text,
      line: index + 1,
      position: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: text.length + 1 } },
    }));

  it('reads a head of fields between bars, in any order', () => {
    expect(matchBarHeader('明報 | 2024-10-05 | A10 | 港聞 | 字數：1,234')).toMatchObject({
      paper: '明報',
      year: 2024,
      month: 10,
      day: 5,
      // Page A10, kept apart from B10 (src/archive/pages.ts).
      page: 1010,
      pageLabel: 'A10',
      column: '港聞',
    });
    expect(matchBarHeader('2024/3/7｜运河日报｜第02版')).toMatchObject({ paper: '运河日报', month: 3, day: 7, page: 2 });
    // A library's head in brackets, its fields between slashes.
    expect(matchBarHeader('【2024-11-20／聯合報／A3版／焦點】')).toMatchObject({ paper: '聯合報', year: 2024, month: 11, day: 20, page: 1003, column: '焦點' });
    expect(matchBarHeader('【記者許佩珊／台北報導】')).toBeUndefined();
  });
  it('reads dates of the ROC calendar in labelled fields', () => {
    const record = (date: string) =>
      splitRecords(lines('標題：花展開幕', '報別：中國時報', '版次：A11', `日期：${date}`, '作者：邱靜宜', '正文。'))?.records[0]?.facts;
    expect(record('中華民國113年3月29日')).toMatchObject({ paper: '中國時報', year: 2024, month: 3, day: 29, page: 1011 });
    expect(record('113/09/09')).toMatchObject({ year: 2024, month: 9, day: 9 });
    // A page in Chinese numerals, on the sheet older papers number (its label kept); a sheet or a supplement alone is no page.
    expect(parsePage('第三張第十版')).toEqual({ page: 10, label: '第三張第十版' });
    expect(parsePage('第二十四版')).toEqual({ page: 24 });
    expect(parsePage('第三張')).toBeUndefined();
    expect(parsePage('本埠增刊第二版')).toBeUndefined();
    expect(record('2024/06/04')).toMatchObject({ year: 2024, month: 6, day: 4 });
    expect(record('去年春天')).toBeUndefined();
  });
  it('does not take other lines with bars for a head', () => {
    // No date; no paper; a sentence; a Markdown table row (empty fields).
    expect(matchBarHeader('要闻 | 经济 | 社会')).toBeUndefined();
    expect(matchBarHeader('2024-10-05 | A10 | 字數：1,234')).toBeUndefined();
    expect(matchBarHeader('明報 | 2024-10-05 | 今日港股成交創新高，恒指升2%')).toBeUndefined();
    expect(matchBarHeader('| 2024-10-05 | 明報 | A10 |')).toBeUndefined();
  });
  it('reads labelled fields, one a line or several on one line', () => {
    expect(recordFields('報章：信報財經新聞')).toEqual([{ field: 'paper', value: '信報財經新聞' }]);
    expect(recordFields('【来源】运河日报【日期】2024-04-15【版次】第02版')).toEqual([
      { field: 'paper', value: '运河日报' },
      { field: 'date', value: '2024-04-15' },
      { field: 'page', value: '第02版' },
    ]);
    // Text before the first label; a label word inside a sentence.
    expect(recordFields('本报讯 来源：新华社')).toEqual([]);
    expect(recordFields('记者从日期调整方案中了解到')).toEqual([]);
  });
  it('splits a file into records by their heads, the export head above the first kept apart', () => {
    const found = splitRecords(
      lines(
        '慧科新聞 WiseNews',
        '匯出日期：2024-10-22',
        '報章：明報',
        '日期：2024-10-05',
        '版面：A10',
        '標題：荔枝角公園增設共融遊樂場',
        '荔枝角公園的共融遊樂場昨日開放。',
        '東方日報 | 2024-10-06 | B04 | 財經',
        '港股成交創年內新高',
        '港股昨日成交額創年內新高。',
      ),
    );
    expect(found?.preamble.map((line) => line.text)).toEqual(['慧科新聞 WiseNews', '匯出日期：2024-10-22']);
    expect(found?.records.map((record) => [record.facts.paper, record.facts.day, record.lines.length])).toEqual([
      ['明報', 5, 5],
      ['東方日報', 6, 3],
    ]);
  });
  it("keeps a newsroom export's fields left empty in its head (`【引题】`, `【副题】`), never as the article's kicker or subtitle", async () => {
    const record = (kicker: string, title: string): string =>
      [
        '【报纸】镜湖晚报',
        '【日期】2024-10-23',
        '【版次】A04',
        '【版名】城事',
        `【引题】${kicker}`,
        `【标题】${title}`,
        '【副题】',
        '【作者】记者　季　风',
        '【字数】96',
        '【正文】',
        '　　10月22日，镜湖区柿子林村的村民正在采摘成熟的柿子。',
        '',
      ].join('\n');
    const { sections } = await ingestFiles({
      '镜湖晚报/20241023/jhwb_20241023_A04_01.txt': record('', '霜降至　柿子红'),
      '镜湖晚报/20241023/jhwb_20241023_A04_02.txt': record('金秋时节', '柿子林里采摘忙'),
    });
    expect(sections.map((section) => [/^title: "(.*)"$/mu.exec(section)?.[1], /^rubric: "(.*)"$/mu.exec(section)?.[1], /^subtitles:/mu.test(section)])).toEqual(
      [
        ['霜降至　柿子红', undefined, false],
        ['柿子林里采摘忙', '金秋时节', false],
      ],
    );
    expect(sections[0]).toContain('  - "【引题】"');
    expect(sections[0]).toContain('  - "【字数】96"');
    expect(isEmptyHeadField('【引题】')).toBe(true);
    expect(isEmptyHeadField('副标题：')).toBe(true);
    for (const text of ['【引题】金秋时节', '编辑同志：', '【正文】']) expect(isEmptyHeadField(text), text).toBe(false);
  });
  it("splits a compilation of clippings at each story's source line, under its headline, over it or closing its text", () => {
    // (The compiler's title over a blank line: the file's, not the first story's kicker.)
    const under = splitRecords(
      splitLines(
        new VFile(
          '2024年3月学习材料汇编\n\n运河新城首批人才公寓交付使用\n来源：运河日报 2024年03月15日 第01版\n本报讯　运河新城首批人才公寓交付使用，三百余名青年人才领到了新居钥匙。\n' +
            '全市春耕生产有序推进\n来源：《江城晚报》2024年3月18日第3版\n本报讯　全市各地组织农机开展春耕作业，已完成春耕面积四十五万亩。\n',
        ),
      ),
    );
    expect(under?.preamble.map((line) => line.text)).toEqual(['2024年3月学习材料汇编']);
    expect(under?.kind).toBe('compilation');
    expect(under?.records.map((record) => [record.facts.paper, record.facts.day, record.facts.page, record.lines[0]?.text])).toEqual([
      ['运河日报', 15, 1, '运河新城首批人才公寓交付使用'],
      ['江城晚报', 18, 3, '全市春耕生产有序推进'],
    ]);
    // Closing its text, the compiler's numbers counting up: each headline is an item, its number no part of the title.
    const closing = splitRecords(
      lines(
        '1.一季度外贸实现开门红',
        '本报讯　海关数据显示，一季度全市外贸进出口总值同比增长百分之九。',
        '（《运河日报》2024年4月2日 02版）',
        '2.南岭港集装箱吞吐量创新高',
        '本报讯　今年前两个月，南岭港集装箱吞吐量同比增长百分之十二。',
        '（《南岭日报》2024年3月26日 01版）',
      ),
    );
    // Text under the last closing credit that no line credits stays in the last record, in a section, not with the compiler's lines.
    const tail = splitRecords(
      lines(
        '运河新城首批人才公寓交付使用',
        '本报讯　三百余名青年人才领到了新居钥匙。',
        '（《运河日报》2024年4月2日 02版）',
        '全市春耕生产有序推进',
        '本报讯　全市已完成春耕面积四十五万亩。',
        '（《南岭日报》2024年3月26日 01版）',
        '社区食堂迎来首批老年食客',
        '本报讯　社区食堂昨天开业。',
      ),
    );
    expect(tail?.records.at(-1)?.lines.at(-1)?.text).toBe('本报讯　社区食堂昨天开业。');
    expect(tail?.preamble).toEqual([]);
    expect(closing?.records.map((record) => [record.facts.paper, record.item?.text])).toEqual([
      ['运河日报', '1.一季度外贸实现开门红'],
      ['南岭日报', '2.南岭港集装箱吞吐量创新高'],
    ]);
    // One paper's day on one page credited on every story (a page that credits its reprints alike), the same on two pages of a file with
    // page headers (an issue), or a single credit: no compilation.
    const story = (title: string, page: string): string[] => [
      title,
      '本报讯　全市各地组织农机开展春耕作业，已完成春耕面积四十五万亩。',
      `《运河日报》（2024年03月15日第 ${page} 版）`,
    ];
    expect(splitRecords(lines(...story('运河新城首批人才公寓交付使用', '01'), ...story('全市春耕生产有序推进', '01')))).toBeUndefined();
    expect(splitRecords(lines('第1版', ...story('运河新城首批人才公寓交付使用', '01'), '第3版', ...story('全市春耕生产有序推进', '03')))).toBeUndefined();
    expect(splitRecords(lines(...story('运河新城首批人才公寓交付使用', '01'), ...story('全市春耕生产有序推进', '03')))?.records).toHaveLength(2);
    // An issue's running heads over each page, the page before ending on a story's end mark (`（完）`): pages, not credits.
    const page = (head: string, title: string): string[] => [head, title, '本报讯　全市各地组织农机开展春耕作业，已完成春耕面积四十五万亩。', '（完）'];
    expect(
      splitRecords(
        lines(
          ...page('江城日报　2024年3月8日　星期五　第1版　要闻', '运河新城首批人才公寓交付使用'),
          ...page('江城日报　2024年3月8日　星期五　第2版　社会', '全市春耕生产有序推进'),
          ...page('江城日报　2024年3月8日　星期五　第3版　城事', '江城图书馆延长开放时间'),
        ),
      ),
    ).toBeUndefined();
    // A web copy's reading list (`延伸阅读`), a notice's list of articles to read (titles and credits, no text), reprints' credits: no records.
    const text = '本报讯　全市各地组织农机开展春耕作业，已完成春耕面积四十五万亩。';
    expect(
      splitRecords(
        lines(
          '运河新城首批人才公寓交付使用',
          '来源：运河日报 2024年03月16日 第01版',
          text,
          '延伸阅读',
          '书香书写新时代山乡巨变',
          '来源：人民日报 2024年03月14日 第02版',
          text,
          '植树造林绘出美丽中国更新画卷',
          '来源：光明日报 2024年03月12日 第03版',
          text,
        ),
      ),
    ).toBeUndefined();
    expect(
      splitRecords(
        lines(
          '关于组织学习近期重要文章的通知',
          '各党支部：',
          '1.运河新城首批人才公寓交付使用',
          '（《运河日报》2024年3月16日 01版）',
          '2.全市春耕生产有序推进',
          '（《江城晚报》2024年3月15日 01版）',
          '机关党委',
        ),
      ),
    ).toBeUndefined();
    expect(
      splitRecords(
        lines(
          '运河新城首批人才公寓交付使用',
          text,
          '（原载《人民日报》2024年3月14日 09版）',
          '全市春耕生产有序推进',
          text,
          '（原载《光明日报》2024年3月12日 11版）',
        ),
      ),
    ).toBeUndefined();
    expect(
      splitRecords(lines('运河新城首批人才公寓交付使用', '来源：运河日报 2024年03月15日 第01版', '本报讯　三百余名青年人才领到了新居钥匙。')),
    ).toBeUndefined();
  });
  it("reads a citation manager's tags and a library's bilingual labels, each record apart where its first label comes again", () => {
    expect(recordFields('%J 光明日报')).toEqual([{ field: 'paper', value: '光明日报' }]);
    expect(recordFields('DA  - 2024/06/01/')).toEqual([{ field: 'date', value: '2024/06/01/' }]);
    expect(recordFields('%K 李强;所罗门群岛')).toEqual([{ field: 'meta', value: '李强;所罗门群岛' }]);
    // A head's own tag is its field (rules/labelled-field.ts), not the record's.
    expect(recordFields('%T 李强同所罗门群岛总理会谈')).toEqual([]);
    expect(recordFields('Source-报纸: 经济日报')).toEqual([{ field: 'paper', value: '经济日报' }]);
    expect(recordFields('SrcDatabase-来源库: 报纸')).toEqual([{ field: 'meta', value: '报纸' }]);
    // A date's label that opens with the paper's (CNKI's `【报纸日期】`) is the date's, not the paper's.
    expect(recordFields('【报纸日期】2019-11-05')).toEqual([{ field: 'date', value: '2019-11-05' }]);
    expect(recordFields('報紙日期：2019-11-05')).toEqual([{ field: 'date', value: '2019-11-05' }]);
    const cnki = splitRecords(
      lines(
        '【序号】1',
        '【题名】各地深入开展主题宣传教育活动',
        '【报纸】赣水日报',
        '【报纸日期】2019-11-05',
        '【版号】第A03版',
        '【全文】',
        '各地广泛开展活动。',
        '【序号】2',
        '【题名】制造业采购经理指数重回扩张区间',
        '【报纸】秦川晚报',
        '【报纸日期】2019-11-21',
        '【版号】第05版',
        '【全文】',
        '中国物流与采购联合会发布指数。',
      ),
    );
    expect(cnki?.records.map((record) => [record.facts.paper, record.facts.day, record.facts.page])).toEqual([
      ['赣水日报', 5, 1003],
      ['秦川晚报', 21, 5],
    ]);
    // A percent sign or two capitals in text are no tags.
    expect(recordFields('%的受访者表示满意')).toEqual([]);
    expect(recordFields('GDP - 同比增长')).toEqual([]);
    const endnote = splitRecords(
      lines(
        '%0 Newspaper Article',
        '%A 王斯敏',
        '%A 何欣',
        '%T 李强同所罗门群岛总理会谈',
        '%J 光明日报',
        '%D 2024-07-12',
        '%P 004',
        '%X 李强表示……',
        '%0 Newspaper Article',
        '%T 以军空袭加沙难民营学校',
        '%J 中国妇女报',
        '%D 2024-07-16',
        '%P 002',
      ),
    );
    expect(endnote?.records.map((record) => [record.facts.paper, record.facts.day, record.facts.page, record.lines.length])).toEqual([
      ['光明日报', 12, 4, 8],
      ['中国妇女报', 16, 2, 5],
    ]);
    const ris = splitRecords(lines('TY  - NEWS', 'TI  - 李强会见阿联酋总统', 'AU  - 刘志强', 'T2  - 人民日报', 'DA  - 2024/06/01/', 'SP  - 3', 'ER  - '));
    expect(ris?.records[0]?.facts).toMatchObject({ paper: '人民日报', year: 2024, month: 6, day: 1, page: 3 });
    // A library's page of one article names no paper: its record is dated and paged, the paper left to the folder or the settings.
    const page = splitRecords(
      lines(
        '人民日报图文数据库（1946-2024）',
        '标题：农田里的新机遇',
        '作者：',
        '版次：第1版（要闻）',
        '日期：2024-02-07',
        '正文：',
        '刚刚公布的中央一号文件指出……',
      ),
    );
    expect(page?.preamble.map((line) => line.text)).toEqual(['人民日报图文数据库（1946-2024）']);
    expect(page?.records[0]?.facts).toMatchObject({ year: 2024, month: 2, day: 7, page: 1, column: '要闻' });
    expect(page?.records[0]?.facts.paper).toBeUndefined();
  });
  it("splits a print-out by its records' markers and reads each unlabelled head", () => {
    const factiva = splitRecords(
      lines(
        '长三角外贸优势持续巩固',
        '本报记者 邱海峰',
        '381 字',
        '2024 年 11 月 13 日',
        '人民日报',
        'RMRB',
        '第 8 版',
        '中文',
        '今年以来，长三角区域进出口规模连创历史新高。',
        '文件 RMRB002020241113ek11300000',
        '财经',
        '中老铁路开通三年',
        '422 字',
        '2024 年 12 月 3 日',
        '经济日报',
        'JJRB',
        '第 3 版',
        '中文',
        '今年是中老铁路通车运营三周年。',
        '文件 JJRB002020241203ek20300001',
        '搜索摘要',
        '结果	2 篇',
      ),
    );
    expect(factiva?.records.map((record) => [record.facts.paper, record.facts.month, record.facts.day, record.facts.page])).toEqual([
      ['人民日报', 11, 13, 8],
      ['经济日报', 12, 3, 3],
    ]);
    // The head's facts are the record's; its headline, section and byline are the article's.
    expect(factiva?.records[0]?.fields?.map((line) => line.text)).toEqual(['381 字', '人民日报', 'RMRB', '第 8 版', '中文']);
    expect(factiva?.preamble.map((line) => line.text)).toEqual(['搜索摘要', '结果	2 篇']);
    const printout = splitRecords(
      lines(
        '[ 1 / 2 ]',
        '南方都市报',
        '2024-10-14',
        '经济 | AA02 | 经济 |',
        '李强同老挝总理会谈',
        '李强表示，中老命运共同体建设正不断走深走实。',
        '[ 2 / 2 ]',
        '新京报',
        '2024-10-13',
        '李强会见新加坡总理',
        '当地时间10月11日，李强会见新加坡总理。',
      ),
    );
    expect(printout?.records.map((record) => [record.facts.paper, record.facts.day, record.facts.page, record.facts.column])).toEqual([
      ['南方都市报', 14, 27002, '经济'],
      ['新京报', 13, undefined, undefined],
    ]);
    // One marker is no print-out; nor are markers without dates under them.
    expect(splitRecords(lines('标题', '2024 年 11 月 13 日', '人民日报', '正文。', '文件 RMRB002020241113ek11300000'))).toBeUndefined();
    expect(splitRecords(lines('[ 1 / 2 ]', '第一条', '正文。', '[ 2 / 2 ]', '第二条', '正文。'))).toBeUndefined();
  });
  it("reads a microblog's posts, each by its account's name and its own time", () => {
    const timeline = splitRecords(
      lines(
        '临江晚报',
        '粉丝 86万  关注 312  微博 5.2万',
        '置顶',
        '临江晚报',
        '23-12-30 09:30 来自 微博 weibo.com',
        '【临江晚报2024年征订启动】即日起全市各邮局均可办理订阅。 网页链接',
        '临江晚报',
        '3-9 18:58 来自 iPhone客户端',
        '#今日临江#【滨江大道改造工程全线完工】历时十个月，工程今天全线完工。（记者 周明远） O网页链接',
        '收起',
        '219',
        '临江晚报',
        '12-31 22:05 来自 微博网页版',
        '今晚八点，江滩灯光秀准时开演。',
        '临江晚报',
        '2小时前 来自 HUAWEI Mate 60',
        '明天起气温逐步回升。',
      ),
      '2024-03-09',
    );
    expect(timeline?.kind).toBe('posts');
    // (A pinned post is dated by its own time; one of December in a file of March, the year before; a relative time, the file's day.)
    expect(timeline?.records.map(({ facts }) => [facts.paper, facts.year, facts.month, facts.day, facts.relative ?? false])).toEqual([
      ['临江晚报', 2023, 12, 30, false],
      ['临江晚报', 2024, 3, 9, false],
      ['临江晚报', 2023, 12, 31, false],
      ['临江晚报', 2024, 3, 9, true],
    ]);
    expect(timeline?.preamble.map((line) => line.text)).toEqual(['临江晚报', '粉丝 86万  关注 312  微博 5.2万']);
    // The post's line in its parts, at their places: topics and link furniture, the bracketed headline an item, the credit its own line.
    const post = timeline!.records[1]!;
    expect(post.lines.slice(2).map((line) => [line.text, line.position.start.column])).toEqual([
      ['#今日临江#', 1],
      ['【滨江大道改造工程全线完工】', 7],
      ['历时十个月，工程今天全线完工。', 21],
      ['（记者 周明远）', 36],
      ['O网页链接', 45],
      ['收起', 1],
      ['219', 1],
    ]);
    expect(post.item?.text).toBe('【滨江大道改造工程全线完工】');
    expect(post.fields?.map((line) => line.text)).toEqual(['临江晚报', '3-9 18:58 来自 iPhone客户端', '#今日临江#', 'O网页链接', '收起', '219']);
    // A backup's heads on one line; its rules and its count are the export's.
    const backup = splitRecords(
      lines(
        '-----------------------------',
        '澳江日報  2024-03-31 09:00:59  來自 微博 weibo.com',
        '【澳江港集裝箱吞吐量創新高】一季度吞吐量創新高。',
        '转发(263)  评论(51)  赞(2538)',
        '-----------------------------',
        '澳江日報  2024-03-31 12:02:00  來自 微博 weibo.com',
        '眼下，全市春耕備耕工作有序開展。',
        '共导出 2 条微博',
      ),
    );
    expect(backup?.records.map(({ facts }) => [facts.paper, facts.day])).toEqual([
      ['澳江日報', 31],
      ['澳江日報', 31],
    ]);
    expect(backup?.preamble.map((line) => line.text)).toEqual(['-----------------------------', '共导出 2 条微博']);
    // Each head names its post's account (a file of two accounts' backups); a reposted original's (`@人民日报`) is the repost's text.
    const two = splitRecords(
      lines(
        '临江晚报  2024-03-31 09:00:59  来自 微博 weibo.com',
        '转发微博',
        '@人民日报',
        '3-31 08:00 来自 微博 weibo.com',
        '【全国春耕备耕有序展开】各地抢抓农时。',
        '澳江日报  2024-03-31 10:00:00  来自 微博 weibo.com',
        '眼下，全市春耕备耕工作有序开展。',
      ),
    );
    expect(two?.records.map(({ facts, lines: own }) => [facts.paper, own.length])).toEqual([
      ['临江晚报', 6],
      ['澳江日报', 2],
    ]);
  });
  it('finds no posts without two heads of one account, or without a year to date them by', () => {
    // One post is an article (a portal's copy of one).
    expect(splitRecords(lines('临江晚报', '3-9 18:58 来自 iPhone客户端', '历时十个月，工程今天全线完工。'), '2024-03-09')).toBeUndefined();
    // No year on the heads, none in the path.
    expect(splitRecords(lines('临江晚报', '3-9 18:58 来自 iPhone客户端', '正文。', '临江晚报', '3-8 10:00 来自 iPhone客户端', '正文。'))).toBeUndefined();
    // A page's dated lines with a time and no client are no posts' heads; nor is a timeline's `时间 事件` in a story.
    expect(splitRecords(lines('运河日报  2024-03-31 09:00', '正文。', '运河日报  2024-04-01 10:00', '正文。'))).toBeUndefined();
    expect(splitRecords(lines('活动安排如下：', '3-9 09:00 开幕式', '3-9 14:00 分组讨论'), '2024-03-09')).toBeUndefined();
    // Readers' comments under a portal's article, a live blog's timed updates: the file prints its own text first, no posts.
    expect(
      splitRecords(
        lines(
          '老街区改造启动',
          '2024-03-12 08:00　来源：江城日报',
          '本报讯（记者 李明）老街区改造工程昨天启动。',
          '网友评论',
          '江城网友  2024-03-12 10:21:33',
          '希望保留老街的味道。',
          '汉阳老张  2024-03-12 11:05:47',
          '支持改造。',
        ),
        '2024-03-12',
      ),
    ).toBeUndefined();
    // A scraper's labelled times are fields, not accounts' heads.
    expect(splitRecords(lines('crawl_time: 2024-05-07 08:01:01', 'publish_time: 2024-05-06 19:31:00', '标题', '正文。'))).toBeUndefined();
  });
  it('finds no records in a page or an article', () => {
    expect(splitRecords(lines('运河日报', '2024年4月15日 星期一', '第2版', '运河新城人才公寓交付', '本报讯 运河新城首批人才公寓昨天交付。'))).toBeUndefined();
    // A portal's article: its source and date on one line is no record head (no labelled paper and date, no bars).
    expect(splitRecords(lines('运河新城人才公寓交付', '来源：运河日报  2024-04-11  第01版', '运河新城首批人才公寓昨天交付。'))).toBeUndefined();
    // A single head far down a file is not an export's.
    expect(splitRecords(lines('一', '二', '三', '四', '五', '六', '七', '八', '報章：明報', '日期：2024-10-05', '正文。'))).toBeUndefined();
  });
});

describe('a keeper’s folder of a paper’s year', () => {
  it('names the paper without the year beside it, and only a paper', () => {
    expect(factsFromPath('人民日报2024/2024/2024-03-01.json', 'input').folder).toBe('人民日报');
    expect(factsFromPath('2024_南方日报/0301.txt', 'input').folder).toBe('南方日报');
    expect(factsFromPath('光明日报 2019年/a.txt', 'input').folder).toBe('光明日报');
    expect(factsFromPath('剪报2024/a.txt', 'input').folder).toBe('剪报2024');
  });
});

describe('a Markdown export’s list of properties', () => {
  it('reads a list of labelled lines under the title as the note’s properties, not a list of one property line', async () => {
    const { readMarkdown } = await import('../../scripts/ingest/formats/markdown.ts');
    const read = readMarkdown(new VFile({ value: '# 标题\n\n- 版面：第01版：要闻\n- 日期：2024-05-01\n- 作者：本报记者　赵成\n\n正文。\n' }));
    expect(read.frontmatter?.data).toMatchObject({ 版面: '第01版：要闻', 日期: '2024-05-01', title: '标题' });
    expect(factsFromFrontmatter(read.frontmatter!.data).page).toBe(1);
    expect(readMarkdown(new VFile({ value: '# 标题\n\n- 第一条：甲\n- 第二条：乙\n\n正文。\n' })).frontmatter).toBeUndefined();
  });
});

describe("a web page's own facts (formats/html.ts)", () => {
  it("reads a Founder e-paper's head from its property comment and its elements, and its text from <founder-content> alone", () => {
    const page =
      '<html><body><table><tr><td>当前版：A03 返回本版</td></tr><tr><td><founder-title>老街巷里的新书店</founder-title></td></tr>' +
      '<tr><td><founder-content><p>在东江老街的一处旧宅里，一家社区书店本月开门迎客。</p></founder-content></td></tr></table>' +
      '<!--enpproperty <date>2024-05-14</date><introtitle>城市更新进行时</introtitle><subtitle></subtitle><pagenum>A03</pagenum>/enpproperty--></body></html>';
    const read = readHtml(new VFile({ path: 'content_502.htm', value: page }));
    expect(read.frontmatter).toMatchObject({ title: '老街巷里的新书店', kicker: '城市更新进行时', date: '2024-05-14', page: 'A03' });
    expect(read.frontmatter).not.toHaveProperty('subtitle');
    expect(read.lines.map((line) => line.text)).toEqual(['在东江老街的一处旧宅里，一家社区书店本月开门迎客。']);
    expect(read.oneArticle).toBe(true);
    // Without the headline stated, the page's own rows over the text are read.
    const untitled = readHtml(new VFile({ path: 'a.htm', value: page.replace(/<founder-title>[^<]*<\/founder-title>/u, '<b>老街巷里的新书店</b>') }));
    expect(untitled.lines.map((line) => line.text)).toContain('老街巷里的新书店');
  });

  it('sets apart a row of fields, each its own element with nothing between, and keeps styled runs of a sentence together', () => {
    const row =
      '<html><body><h1>标题</h1><div class="info"><span class="author">本报记者 林丽鹂</span><span class="page">第03版：综合新闻</span><span class="time">2024-06-02</span></div><p>正文。</p></body></html>';
    expect(readHtml(new VFile({ path: 'a.html', value: row })).lines.map((line) => line.text)).toContain('本报记者 林丽鹂 第03版：综合新闻 2024-06-02');
    const styled = '<html><body><p><span class="a">运河</span><span class="b">公园</span></p><p>正文。</p></body></html>';
    expect(readHtml(new VFile({ path: 'a.html', value: styled })).lines.map((line) => line.text)).toContain('运河公园');
    // (Styled runs of a headline, a name or a figure in a <div>, <td> or <li> are no fields.)
    for (const [runs, text] of [
      ['<div class="title"><span class="red">临江</span><span class="black">新区再添三所学校</span></div>', '临江新区再添三所学校'],
      ['<ul><li><span class="xing">王</span><span class="ming">小明</span></li></ul>', '王小明'],
      ['<div class="n"><span class="num">3</span><span class="unit">万元</span></div>', '3万元'],
    ]) {
      const lines = readHtml(new VFile({ path: 'a.html', value: `<html><body>${runs!}<p>正文。</p></body></html>` })).lines;
      expect(lines.map((line) => line.text)).toContain(text);
    }
  });

  it('reads the meta names government sites must write: the article’s title and the source it carries', () => {
    const page =
      '<html><head><title>美美与共 交流互鉴_部门动态_澜沧市人民政府</title><meta name="SiteName" content="澜沧市人民政府"><meta name="ArticleTitle" content="美美与共 交流互鉴"><meta name="PubDate" content="2024-06-11 13:38"><meta name="ContentSource" content="澜沧日报"></head><body><div>美美与共 交流互鉴</div><p>正文。</p></body></html>';
    expect(readHtml(new VFile({ path: 'a.html', value: page })).frontmatter).toMatchObject({
      title: '美美与共 交流互鉴',
      date: '2024-06-11 13:38',
      source: '澜沧日报',
    });
    // (A bureau's notice names no paper as its source.)
    const notice = page.replace('content="澜沧日报"', 'content="市人力资源和社会保障局"');
    expect(readHtml(new VFile({ path: 'a.html', value: notice })).frontmatter).not.toHaveProperty('source');
  });

  it("leaves out a channel page's lists: dated links, linked headlines over teasers cut off, one link under a list's label", () => {
    const lines = (body: string): string[] =>
      readHtml(new VFile({ path: 'a.html', value: `<html><body>${body}<p>正文在此，写满一句。</p></body></html>` })).lines.map((line) => line.text);
    // A list page dates each of its links.
    expect(
      lines(
        '<ul><li><a href="/a.htm">城区新增两处口袋公园</a> <em>2024-03-08 07:31</em></li><li><a href="/b.htm">春季招聘会周末举行</a> <em>2024-03-08 10:44</em></li></ul>',
      ),
    ).toEqual(['正文在此，写满一句。']);
    // A channel's stories: each its linked headline over its opening cut off (`……`).
    const teasers =
      '<ul><li><h3><a href="/a.htm">盛世盛会议国是</a></h3><p>新华社北京3月9日电 今年全国两会召开以来，代表委员共商国是……</p><span>2024-03-09 08:11:10</span></li>' +
      '<li><h3><a href="/b.htm">全国政协举行全体会议</a></h3><p>新华社北京3月9日电 全国政协十四届二次会议9日上午举行……</p></li></ul>';
    expect(lines(teasers)).toEqual(['正文在此，写满一句。']);
    // An e-paper's list of a page's articles, one under its label.
    expect(lines('<div><p>本版新闻</p><ul><li><a href="nw_1-04.htm">国际人士指出两会释放积极信号</a></li></ul></div>')).toEqual(['正文在此，写满一句。']);
    // Not: a story's paragraphs that link a name, or that end in an ellipsis once; one link with no list's label.
    const story = '<div><p>据<a href="/x">新华社</a>报道，会议今天开幕。</p><p>代表们说，<a href="/y">发展</a>要靠实干……</p></div>';
    expect(lines(story)).toContain('据新华社报道，会议今天开幕。');
    expect(lines('<div><p>延伸</p><ul><li><a href="/a.htm">城区新增两处口袋公园</a></li></ul></div>')).toContain('城区新增两处口袋公园');
    // Nor an article's paragraphs that name people by links and trail off, nor a column's books with their blurbs.
    const names =
      '<div><p><a href="/a">王芳</a>代表回忆起那时候的日子……</p><p><a href="/b">李明</a>委员说起家乡的变化……</p><p><a href="/c">张强</a>代表谈到未来……</p></div>';
    expect(lines(names)).toContain('王芳代表回忆起那时候的日子……');
    const books =
      '<ul><li><a href="/a">《春天的约定》</a><p>一部写给城市的诗集，字里行间……</p></li><li><a href="/b">《江城记忆》</a><p>老城的街巷与人……</p></li></ul>';
    expect(lines(books)).toContain('一部写给城市的诗集，字里行间……');
  });

  it('reads a heading broken for the page’s width as one head, and a dash subtitle after a break as its own line', () => {
    const heads = (h1: string): Array<[string, number | undefined]> =>
      readHtml(new VFile({ path: 'a.html', value: `<html><body><h1>${h1}</h1><p>正文。</p></body></html>` })).lines.map((line) => [
        line.text,
        line.hint?.heading,
      ]);
    // (Two balanced decks read as one line with a space, as a two-line headline is quoted; a break that fits a long head to the
    // page's width runs on, as does a figure against Han.)
    expect(heads('十四届全国人大二<br/>次会议主席团举行第四次会议')[0]).toEqual(['十四届全国人大二次会议主席团举行第四次会议', 1]);
    expect(heads('人民日报社论：凝心聚力，推进强国建设、民族复兴<br>伟业——热烈祝贺大会胜利闭幕')[0]).toEqual([
      '人民日报社论：凝心聚力，推进强国建设、民族复兴伟业——热烈祝贺大会胜利闭幕',
      1,
    ]);
    expect(heads('坚持稳中求进<br/>推动高质量发展')).toEqual([
      ['坚持稳中求进 推动高质量发展', 1],
      ['正文。', undefined],
    ]);
    expect(heads('China Daily<br>Weekly')).toEqual([
      ['China Daily Weekly', 1],
      ['正文。', undefined],
    ]);
    expect(heads('东航C919<br>今起执飞京沪航线')).toEqual([
      ['东航C919今起执飞京沪航线', 1],
      ['正文。', undefined],
    ]);
    // A byline, or a date and source line, after the break is its own line.
    expect(heads('代表通道上的春天<br>本报记者　张晓明')).toEqual([
      ['代表通道上的春天', 1],
      ['本报记者　张晓明', undefined],
      ['正文。', undefined],
    ]);
    expect(heads('统一审议<br>2024年03月08日 08:30　来源：江城日报')[0]).toEqual(['统一审议', 1]);
    expect(heads('港口吞吐量创新高<br>——前两月同比增长百分之十二')).toEqual([
      ['港口吞吐量创新高', 1],
      ['——前两月同比增长百分之十二', undefined],
      ['正文。', undefined],
    ]);
  });
});

describe("a copy of what a paper printed, kept where it names no paper of its own (a reporter's blog)", () => {
  const post = (title: string, credit: string, byline: string): string =>
    [
      '---',
      `title: ${title}`,
      'date: 2024-07-05 19:42:00',
      'tags:',
      '  - 旧文',
      '---',
      '',
      credit,
      '',
      byline,
      '',
      '<!-- more -->',
      '',
      '两年前，我第一次走进溪浦老街时，不少老屋的梁柱已被白蚁蛀空。如今再来，街面的条石重新铺好，屋檐下挂起了灯笼。',
      '',
    ].join('\n');
  it('takes the paper, page and day of its credit, and no HTML comment or name for a head line', async () => {
    const { sections, messages } = await ingestFiles({
      'my-blog/source/_posts/laojie.md': post('修一条老街，要多少耐心', '> 原载《溪浦晚报》2024年7月4日第7版', '吴建国'),
      'my-blog/source/_posts/duanping.md': post('小区停车位，别“只租不售”', '*（刊于2024年8月15日《溪浦晚报》第2版“晚报时评”）*', '本报记者　吴建国'),
    });
    expect(heads(sections, ['paper', 'date', 'title', 'byline'])).toEqual([
      ['溪浦晚报', '2024-07-04', '修一条老街，要多少耐心', '吴建国'],
      ['溪浦晚报', '2024-08-15', '小区停车位，别“只租不售”', '本报记者　吴建国'],
    ]);
    expect(sections.map((section) => /^page: (\d+)$/mu.exec(section)?.[1])).toEqual(['7', '2']);
    expect(messages.filter((message) => message.startsWith('paper-from-folder'))).toEqual([]);
    expect(sections.join('\n')).not.toMatch(/^(?:title|subtitle|rubric): "<!--/mu);
  });
  it("keeps the copy's own paper where it names one: a reprint's credit names where the story first ran", async () => {
    const { sections } = await ingestFiles({
      '运河日报/20240316-04-01.txt':
        '春耕时节农机忙\n本报讯　连日来，城郊各乡镇抢抓农时，田间地头处处是春耕的繁忙景象。\n（原载《人民日报》2024年3月14日 09版）\n',
    });
    expect(heads(sections, ['paper', 'date'])).toEqual([['运河日报', '2024-03-16']]);
    expect(sections[0]).toMatch(/^page: 4$/mu);
  });
});

describe("a wire story on a paper's site", () => {
  it("is filed under the folder named for the paper's site (`岭南商报网`, as the user named it), not under the agency it credits", async () => {
    const { sections } = await ingestFiles({
      '岭南商报网/2024-11-16/深圳前海推出跨境理财通新举措.txt':
        '深圳前海推出跨境理财通新举措\n2024-11-16 10:05:47　来源：新华社　作者：记者 王攀　编辑：吕方\n新华社深圳11月15日电　前海管理局15日发布跨境理财通新举措，进一步便利港澳居民投资内地理财产品。\n',
    });
    expect(heads(sections, ['paper', 'date', 'title'])).toEqual([['岭南商报网', '2024-11-16', '深圳前海推出跨境理财通新举措']]);
  });
});

describe("a scraper's header of `key: value` lines (formats/key-value-header.ts)", () => {
  it('is front matter when it gives the head or opens the text', () => {
    expect(
      readKeyValueHeader('id: 1287311\npaper: 河西都市报\npub_date: 2024-11-10\npage: A07\npretitle: \ntitle: 早市里的“流动图书车”\ncontent:\n正文'),
    ).toEqual({
      data: { id: '1287311', paper: '河西都市报', pub_date: '2024-11-10', page: 'A07', title: '早市里的“流动图书车”' },
      endLine: 7,
    });
    expect(readKeyValueHeader('url: http://a.cn/1.htm\nsource: 运河网\ndate: 2024-05-06\nbody:\n正文')?.endLine).toBe(4);
  });
  it("is no header without a title or the text's key, of too few lines, or of keys front matter is not read by", () => {
    // (A site's lines of address, time and source over the headline the text prints: read line by line.)
    expect(
      readKeyValueHeader('url: https://news.example.cn/1.shtml\ncrawl_time: 2024-05-07 08:01:01\nsource: 运河网\n\n运河沿线三条夜市街同步开街'),
    ).toBeUndefined();
    expect(readKeyValueHeader('title: 标题\ncontent:\n正文')).toBeUndefined();
    expect(readKeyValueHeader('Step: 1\nNote: 先报名\nTitle: 报名须知\ncontent:\n正文')).toBeUndefined();
    expect(readKeyValueHeader('春耕时节农机忙\n本报讯　连日来，各乡镇抢抓农时。')).toBeUndefined();
    // (A dump of several records, each under its own header: read as records, not one header over the rest.)
    expect(
      readKeyValueHeader(
        'title: 城南早市将迎来升级改造\npage: A03\ndate: 2024-11-12\ncontent:\n正文。\n\ntitle: 溪浦小学新校区投入使用\npage: A04\ncontent:\n正文。',
      ),
    ).toBeUndefined();
  });
});

describe("an e-paper page's head of facts (版次, 版名, 出版日期)", () => {
  const lead = '为鼓励年长居民多活动，建屋发展局将在未来三年内，于全岛各组屋区增设200个乐龄健身角，首批20个将在明年落成。';
  const second = '陆路交通管理局昨天发文告说，实龙岗北站的土木工程已完成约九成，目前正进行车站内部装修和系统测试。';
  const head = ['海峡晨报 电子版', '版次：A4　　版名：新闻·本地', '出版日期：2024年11月2日　星期六'];
  it('is the head of a page of stories, not one record of a database export', () => {
    const page = [...head, '组屋区将增设200个乐龄健身角', '陈佳慧　报道', lead, '实龙岗北地铁站明年第二季启用', '林志强　报道', second];
    expect(splitRecords(page.map(line))).toBeUndefined();
    expect(isContentsHeading('本版导读')).toBe(true);
    // (A page of an editorial and letters, no byline or lead under their heads: its guide says it holds several.)
    const letters = [...head, '本版导读', '▶ 巴士站应增设遮雨棚', '▶ 别让外卖包装堆满走廊', '巴士站应增设遮雨棚', lead, '别让外卖包装堆满走廊', second];
    expect(splitRecords(letters.map(line))).toBeUndefined();
  });
  it("is still a record's head over one article, its subheads and boxes over plain text", () => {
    expect(
      splitRecords([...head, '组屋区将增设200个乐龄健身角', '陈佳慧　报道', lead, '新健身角将配备适合年长者使用的平衡训练器材。'].map(line))?.records,
    ).toHaveLength(1);
    const theory = [
      ...head,
      '以高质量发展推进县域经济振兴',
      '王志刚',
      lead,
      '一、做强特色主导产业',
      second,
      '二、补齐公共服务短板',
      lead,
      '停车小贴士',
      second,
    ];
    expect(splitRecords(theory.map(line))?.records).toHaveLength(1);
  });
  it('is no masthead: the paper is the folder’s when the page prints none', async () => {
    const page = [
      '版次：A4　　版名：新闻·本地',
      '出版日期：2024年11月2日',
      '',
      '本版导读',
      '秋粮收购进度过半',
      '城西公园菊花展开幕',
      '',
      '秋粮收购进度过半',
      '记者 何 平',
      lead,
      '',
      '城西公园菊花展开幕',
      '记者 林 芳',
      second,
    ];
    const { sections } = await ingestFiles({ '临江日报/A4.txt': page.join('\n') });
    expect(heads(sections, ['paper', 'date', 'title'])).toEqual([
      ['临江日报', '2024-11-02', '秋粮收购进度过半'],
      ['临江日报', '2024-11-02', '城西公园菊花展开幕'],
    ]);
  });
});
