/**
 * Where an article's head and text end and what they credit: a page's
 * top with its editors, a sponsor's line, bylines at the end of the text or
 * under a photo, a byline under an editor's note.
 */
import { describe, expect, it } from 'vitest';
import { matchLeadByline, matchPhotoCredit, matchTrailingCredit } from '../../scripts/ingest/rules/byline.ts';
import { isMastheadExtra } from '../../scripts/ingest/rules/masthead-extra.ts';
import { matchPageHeader } from '../../scripts/ingest/rules/page-header.ts';
import { isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import { ingestFiles } from '../support/ingest-files.ts';

describe("a page's top", () => {
  it("reads an e-paper's label with the page's editors after its name", () => {
    expect(matchPageHeader('A05　城事　　　责任编辑：楼晓燕　美编：陈彬', { lettered: true })).toMatchObject({
      page: 1005,
      label: '城事　　　责任编辑：楼晓燕　美编：陈彬',
    });
    expect(matchPageHeader('城事　A05　责任编辑：楼晓燕', { lettered: true })).toMatchObject({ page: 1005, label: '城事　责任编辑：楼晓燕' });
    expect(matchPageHeader('A05　城事　电话：0571-85100000', { lettered: true })?.page).toBe(1005);
    // (Not a headline after the label: a name's words with a colon are no credit.)
    expect(matchPageHeader('A05　城事　习近平：加油', { lettered: true })).toBeUndefined();
    expect(matchPageHeader('A05　城事　　　责任编辑：楼晓燕')).toBeUndefined();
  });
  it("takes a county committee's sponsor line for the masthead's, not a headline's", () => {
    for (const line of ['中共青川县委主办', '中共东江市委主办', '中國共產黨南投縣委主辦']) expect(isMastheadExtra(line), line).toBe(true);
    for (const line of ['县委主办的读书会开幕', '市委召开常委会', '由县委主办的乡村振兴论坛举行']) expect(isMastheadExtra(line), line).toBe(false);
  });
});

describe("an article's credits", () => {
  it('reads a credit closing the last paragraph, never a note in brackets', () => {
    expect(matchTrailingCredit('乘客可通过手机小程序提前预约座位。（刘　畅）')).toBe('刘　畅');
    expect(matchTrailingCredit('這股熱潮才能持久。（李穎）')).toBe('李穎');
    expect(matchTrailingCredit('是不少消费者的顾虑。（本报驻外记者　何思远）')).toBe('本报驻外记者　何思远');
    expect(matchTrailingCredit('请过往车辆提前绕行。（记者　徐倩）')).toBe('记者　徐倩');
    for (const text of [
      '大会圆满闭幕。（完）',
      '展品来自民间。（图片由受访者提供）',
      '他说。（张三系东江大学教授）',
      '本届比赛共有（张三）等人参加',
      '大家都实惠。（综合）',
    ])
      expect([text, matchTrailingCredit(text)]).toEqual([text, undefined]);
  });
  it("reads a photo's credit, and a reporter's who wrote and photographed the story as a byline", () => {
    expect(matchPhotoCredit('本报通讯员　张　力　摄')).toBe('本报通讯员　张　力　摄');
    expect(matchPhotoCredit('（新华社记者 李贺 摄）')).toBe('新华社记者 李贺 摄');
    expect(matchPhotoCredit('航拍摄')).toBeUndefined();
    expect(isStructureLine('本报记者 张三 摄')).toBe(true);
    expect(isStructureLine('记者　林小满　文/摄')).toBe(false);
    expect(isStructureLine('记者 林小满 文／摄')).toBe(false);
  });
  it('reads a name in a lead with the place the reporter filed from after it', () => {
    expect(matchLeadByline('【維港日報訊】記者李穎廣州報道：廣東省商務廳昨日發布十項措施')).toBe('記者李穎');
    expect(matchLeadByline('【本報訊】記者張三北京報道：')).toBe('記者張三');
    expect(matchLeadByline('羊城晚报讯 记者张豪报道：昨日')).toBe('记者张豪');
    expect(matchLeadByline('本報訊記者司徒文報道：')).toBe('記者司徒文');
  });
});

describe('a page of articles with their credits', () => {
  it('keeps the editors out of the first head and gives each article its byline', async () => {
    const { sections } = await ingestFiles({
      '钱江晚报/钱江晚报-2023-11-08-A05.txt': [
        '钱江晚报',
        '中共钱江市委主办',
        '2023年11月8日　星期三',
        'A05　城事　　　责任编辑：楼晓燕　美编：陈彬',
        '',
        '凌晨四点的菜市场',
        '——跟随一位摊主的一天',
        '记者　林小满　文/摄',
        '　　凌晨3点50分，城北农贸市场的卷帘门还没完全拉起，52岁的摊主沈建国已经骑着三轮车等在门口了。他在这里卖了18年蔬菜。',
        '　　11点半，他收好摊，吃了一碗面，回家补觉。下午3点，他还要去批发市场看看明天的行情。',
        '',
        '【一线调研·产业升级看钱江】',
        '一块屏幕背后的“链”式突破',
        '　　编者按：产业是发展的根基。即日起，本报推出“一线调研·产业升级看钱江”系列报道，记录我市产业升级的生动实践。',
        '本报记者　程　露',
        '　　在新站高新区，一块块超薄玻璃基板从生产线上缓缓下线，经过切割、镀膜、贴合等数十道工序，最终变成显示屏。',
        '　　“配套企业就在隔壁，供货半天就能到，物流成本降了一大截。”一家光学膜企业负责人说。',
        '',
        '马鞍山开通首条“定制通勤公交”',
        '　　本报讯　3月11日起，马鞍山市开通首条“定制通勤公交”线路，早晚高峰各发车4班，乘客可通过手机小程序提前预约座位。（刘　畅）',
        '',
        '春耕时节农机忙',
        '　　3月11日，在寿县安丰塘镇，农民驾驶无人驾驶旋耕机平整土地，为春播做准备。',
        '本报通讯员　张　力　摄',
        '',
      ].join('\n'),
    });
    const heads = sections.map((section) => [
      /^title: "(.*)"$/mu.exec(section)?.[1],
      /^rubric: "(.*)"$/mu.exec(section)?.[1],
      /^byline: "(.*)"$/mu.exec(section)?.[1],
    ]);
    expect(heads).toEqual([
      ['凌晨四点的菜市场', undefined, '记者　林小满　文/摄'],
      ['一块屏幕背后的“链”式突破', '【一线调研·产业升级看钱江】', '本报记者　程　露'],
      ['马鞍山开通首条“定制通勤公交”', undefined, '刘　畅'],
      ['春耕时节农机忙', undefined, '本报通讯员　张　力　摄'],
    ]);
    expect(sections[0]).not.toContain('中共钱江市委主办');
  });
});
