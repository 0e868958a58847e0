/**
 * What a site puts around and before an article when its page is copied, saved or fed: the link past its menu
 * (`跳到主要内容`), a breadcrumb that opens on one of the menu's entries, a column's name before the title
 * (`社評｜…`, `社論：…`).
 */
import { describe, expect, it } from 'vitest';
import { markSiteMenu } from '../../scripts/ingest/formats/site-menu.ts';
import { columnPrefix } from '../../scripts/ingest/rules/column-prefix.ts';
import { isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';
import { rawLines } from '../support/raw-lines.ts';

const text = [
  '',
  '房地产网站与新加坡房地产交易所昨天公布的初步数据显示，二月份共有1857个组屋转售单位易手，比一月份减少约一成。',
  '',
  '业内人士认为，农历新年假期是转售量下降的主要原因，预计三月份交易将回升。',
];

describe("a site's page copied whole", () => {
  it('takes the link past the menu for furniture, and the breadcrumb under the menu that opens on its entry', async () => {
    for (const line of ['跳到主要内容', '跳至主要內容', 'Skip to main content', '跳到正文']) expect(isStructureLine(line), line).toBe(true);
    for (const line of ['跳到主要内容的背后', '主要内容']) expect(isStructureLine(line), line).toBe(false);
    const page = ['跳到主要内容', '狮城晨报', '新加坡', '国际', '财经', '体育', '订阅', '登录', '新加坡 > 时政', '二月组屋转售量按月减少一成'];
    expect(markSiteMenu(rawLines(page)).map((line) => line.hint?.properties === true)).toEqual([...Array.from({ length: 9 }, (_, k) => k > 0), false]);
    // (No menu over it: `上海 > 北京` is a ranking's line, not a path.)
    expect(markSiteMenu(rawLines(['新加坡 > 时政', '二月组屋转售量按月减少一成'])).map((line) => line.hint?.properties === true)).toEqual([false, false]);
    const { sections } = await ingestFiles({
      '狮城晨报 剪存/2024-03/二月组屋转售量按月减少一成.txt': [...page, '发布 / 2024年3月5日 5:30 AM', ...text].join('\n'),
    });
    expect(heads(sections, ['title', 'rubric'])).toEqual([['二月组屋转售量按月减少一成', undefined]]);
  });
});

describe("a government site's page copied into a text editor", () => {
  it("takes the menu copied with tabs, and the site's name over it, for furniture", async () => {
    const page = [
      '江陵省农业农村厅',
      '首页\t机构概况\t新闻中心\t政务公开\t政务服务\t互动交流',
      '当前位置：首页 > 新闻中心 > 新闻发布',
      '',
      '全省春耕备耕有序推进　早稻育秧进度与常年相当',
    ];
    expect(markSiteMenu(rawLines(page)).map((line) => line.hint?.properties === true)).toEqual([true, true, true, false, false]);
    // (A line with tabs that opens on no menu's word is no menu: a table's row.)
    expect(markSiteMenu(rawLines(['项目\t投资\t进度\t备注', '城市更新行动启动'])).map((line) => line.hint?.properties === true)).toEqual([false, false]);
    const { sections } = await ingestFiles({ '江陵省农业农村厅/工作动态_20240307.txt': [...page, '发布时间：2024-03-07 09:30', ...text].join('\n') });
    expect(heads(sections, ['title', 'rubric'])).toEqual([['全省春耕备耕有序推进　早稻育秧进度与常年相当', undefined]]);
  });
});

describe("a column's name before a title given outside the text", () => {
  it('is the kicker when apart by a bar, or by a colon after a column’s own word', () => {
    expect(columnPrefix('社評｜盛事經濟要有長遠規劃')).toEqual({ rubric: '社評', title: '盛事經濟要有長遠規劃' });
    expect(columnPrefix('枫华观点 | 房租上涨，新移民如何应对')).toEqual({ rubric: '枫华观点', title: '房租上涨，新移民如何应对' });
    expect(columnPrefix('社論：颱風季將至　防災不能等')).toEqual({ rubric: '社論', title: '颱風季將至　防災不能等' });
    // (Who speaks before a headline's colon; a site's name after the title; a part too short to be a title; two bars.)
    expect(columnPrefix('乡村振兴观察｜种粮大户')).toEqual({ rubric: '乡村振兴观察', title: '种粮大户' });
    for (const title of [
      '人力部：年底前推出灵活工作安排指导原则',
      '盛事經濟要有長遠規劃 | 維港時報',
      '春节见闻｜运河日报数字报',
      '春节见闻｜运河日报',
      '社評｜短評',
      '要闻｜社評｜盛事經濟',
      '新华社：',
    ]) {
      expect(columnPrefix(title), title).toBeUndefined();
    }
  });

  it("reads a file name's, a front matter's and a feed's title so", async () => {
    const { sections } = await ingestFiles({
      '維港時報/2024-03-06/社評｜盛事經濟要有長遠規劃.md': ['---', 'published: 2024-03-06 06:00', '---', ...text].join('\n'),
      '維港時報/2024-03-07/post.md': ['---', 'title: "社論：颱風季將至　防災不能等"', 'date: 2024-03-07', '---', ...text].join('\n'),
      '維港時報/2024-03-08/post.md': ['---', 'title: "人力部：年底前推出灵活工作安排指导原则"', 'date: 2024-03-08', '---', ...text].join('\n'),
    });
    expect(heads(sections, ['title', 'rubric'])).toEqual([
      ['盛事經濟要有長遠規劃', '社評'],
      ['颱風季將至　防災不能等', '社論'],
      ['人力部：年底前推出灵活工作安排指导原则', undefined],
    ]);
  });
});
