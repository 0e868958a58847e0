/**
 * Where a page's number and a paper's name come from when the text hides them: a page's foot (`—4—`, as `pdfseparate`
 * leaves it), a library's page folder (`19980715/p2/ocr.txt`), a keeper's folder (`霞岭晚报剪报`), a running head with
 * the page's name between paper and date, an overseas weekly's bilingual masthead and `P1` pages.
 */
import { describe, expect, it } from 'vitest';
import { englishDateOnly } from '../../scripts/ingest/facts/english-date.ts';
import { factsFromPath } from '../../scripts/ingest/facts/from-path.ts';
import { matchBylineLine } from '../../scripts/ingest/rules/byline.ts';
import { matchPageHeader } from '../../scripts/ingest/rules/page-header.ts';
import { mastheadPaper } from '../../scripts/ingest/rules/paper-name.ts';
import { pageFootNumber } from '../../scripts/ingest/rules/structure-line.ts';
import { ingestFiles } from '../support/ingest-files.ts';

const field = (section: string, key: string): string | undefined => new RegExp(`^${key}: "?([^"\\n]*)"?$`, 'mu').exec(section)?.[1];

const story = (head: string): string[] => [
  head,
  '　　本报讯　全市持证残疾人就业人数突破两万，比去年同期增加一千二百多人，就业服务站覆盖全部街道。',
  '　　市残联表示，明年将继续开展职业技能培训，帮助更多残疾人稳定就业。',
];

describe("a page's number where only its foot or its folder prints it", () => {
  it("reads a one-page file's foot, and no foot of a file of pages", async () => {
    expect(pageFootNumber('—4—')).toBe(4);
    expect(pageFootNumber('- 12 -')).toBe(12);
    expect(pageFootNumber('·3·')).toBe(3);
    for (const line of ['4', '—', '第4版', '—四—']) expect(pageFootNumber(line), line).toBeUndefined();
    const { sections } = await ingestFiles({
      '榕溪日报/20241204/rxrb-4.txt': ['榕溪日报　　社会　　2024年12月4日　星期三', '', ...story('我市持证残疾人就业人数突破2万'), '', '—4—'].join('\n'),
      // (Two feet in one file: its pages', not one page's number.)
      '榕溪日报/20241205/rxrb.txt': [
        '榕溪日报　　2024年12月5日　星期四',
        '',
        ...story('城区新增12处公共充电站'),
        '—1—',
        ...story('市图书馆推出“你选书我买单”'),
        '—2—',
      ].join('\n'),
    });
    expect(sections.map((section) => [field(section, 'paper'), field(section, 'date'), field(section, 'page')])).toEqual([
      ['榕溪日报', '2024-12-04', '4'],
      ['榕溪日报', '2024-12-05', '1'],
      ['榕溪日报', '2024-12-05', '1'],
    ]);
  });

  it("reads a library's page folder and a keeper's folder named for the paper", () => {
    expect(factsFromPath('浠川报数字化/1998/19980715/p3/ocr.txt', 'in')).toMatchObject({ folder: '浠川报', date: { value: '1998-07-15' }, page: 3 });
    expect(factsFromPath('溧川报/1994年4月15日/第2版/ocr.txt', 'in')).toMatchObject({ folder: '溧川报', page: 2 });
    expect(factsFromPath('霞岭晚报剪报/2024年9月/0921-社区.txt', 'in')).toMatchObject({ folder: '霞岭晚报' });
    // (A folder that is no paper's stays as it is: `校史文本` names none.)
    expect(factsFromPath('校史文本/20240921.txt', 'in')).toMatchObject({ folder: '校史文本' });
    expect(factsFromPath('华声周报/2024/Vol28No10/P03.txt', 'in')).toMatchObject({ page: 3 });
    expect(factsFromPath('明报/20241005/B03.txt', 'in')).toMatchObject({ page: 2003 });
  });
});

describe("an overseas weekly's head", () => {
  it('reads a masthead with its English name, a volume before the date and pages headed P1', async () => {
    expect(mastheadPaper('灣區華聲週報　Bay Area Chinese Voice Weekly')).toEqual({ paper: '灣區華聲週報' });
    expect(mastheadPaper('星期天　Sunday Special')).toEqual({ paper: '星期天　Sunday Special' });
    expect(englishDateOnly('Vol. 28, No. 10　　Friday, March 8, 2024')).toMatchObject({ year: 2024, month: 3, day: 8 });
    expect(matchPageHeader('P1　頭版 Front Page')).toMatchObject({ page: 1 });
    expect(matchPageHeader('P3　社區新聞')).toMatchObject({ page: 3 });
    expect(matchPageHeader('P2P平台整治')).toBeUndefined();
    expect(matchBylineLine('本報綜合報導')).toBe('本報綜合報導');
    expect(matchBylineLine('综合新闻')).toBeUndefined();
    const { sections } = await ingestFiles({
      '華聲週報/2024/P03.txt': [
        '灣區華聲週報　Bay Area Chinese Voice Weekly',
        'Vol. 28, No. 10　　Friday, March 8, 2024',
        'P3　社區新聞 Community News',
        '',
        '奧克蘭華埠 新長者公寓開放申請',
        'Oakland Chinatown senior housing opens applications',
        '本報綜合報導',
        '　　位於奧克蘭華埠第八街的新長者公寓預計今年夏天落成，提供80個可負擔單位，即日起開放申請。',
      ].join('\n'),
    });
    expect(sections.map((section) => ['paper', 'date', 'page', 'title', 'subtitle', 'byline'].map((key) => field(section, key)))).toEqual([
      ['灣區華聲週報', '2024-03-08', '3', '奧克蘭華埠 新長者公寓開放申請', 'Oakland Chinatown senior housing opens applications', '本報綜合報導'],
    ]);
  });
});
