/**
 * What a paper prints atop its pages besides the stories: the running head of
 * every page after the first (the paper's name beside the page's, the date
 * with the page's credits), a supplement's own masthead under its page's
 * label, the editors' credits and the makers' line under the masthead — none
 * of them a story's head.
 */
import { describe, expect, it } from 'vitest';
import { breaksNumber } from '../../scripts/ingest/punctuation.ts';
import { matchDateline } from '../../scripts/ingest/rules/dateline.ts';
import { isMastheadExtra } from '../../scripts/ingest/rules/masthead-extra.ts';
import { isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';

describe('the lines atop a page', () => {
  it("reads a supplement's editors beside other credits as a page's credits, alone or in a headline as none", () => {
    for (const line of ['主编：谭雪　责编：向阳　美编：丁一', '主编：陈露　　执行编辑：向晨', '执行编辑：向　晨　校对：孙磊'])
      expect(isStructureLine(line), line).toBe(true);
    // (Alone, a book's editor inside a story is the story's text.)
    for (const line of ['主编：让经典走进寻常百姓家', '执行编辑：我们为什么要读诗', '主编：刘汉民', '执行编辑：陈小雨'])
      expect(isStructureLine(line), line).toBe(false);
  });
  it("reads a running head's date with the page's credits after it", () => {
    expect(matchDateline('2024.11.1　星期五　　责编：徐静　　校对：孙磊')?.date).toBe('2024-11-01');
    // (A date and words that are no credits make an entry or a headline.)
    expect(matchDateline('2024.11.1　市民：菜价稳了')).toBeUndefined();
  });
  it("reads the makers' line of a small paper, its sponsor and its publisher apart", () => {
    expect(isMastheadExtra('中共岱川县委主办　岱川县融媒体中心出版')).toBe(true);
    expect(isMastheadExtra('梅岭街道党工委主办　梅岭报社编辑出版')).toBe(true);
    expect(isMastheadExtra('县文化馆主办　书法展今日开幕')).toBe(false);
  });
  it("knows a number broken at its decimal point from a sentence's end", () => {
    expect(breaksNumber('全县冬小麦已播种42.', '3万亩，占计划面积的83%，')).toBe(true);
    expect(breaksNumber('全县冬小麦已播种42万亩.', '3日起开始冬灌。')).toBe(false);
    expect(breaksNumber('全县冬小麦已播种42.', '全县共有3个乡镇')).toBe(false);
  });
});

/** A county paper's issue in one file: pages apart by form feeds, their numbers at their feet, hard-wrapped at 14 characters. */
const ISSUE = [
  '岭西报',
  'LINGXI BAO',
  '中共岭西县委主办　岭西县融媒体中心出版',
  '2024年11月1日　星期五　农历甲辰年十月初一',
  '第1532期　本期3版',
  '',
  '全县秋粮入库进度过半',
  '■记者　钱文涛',
  '　　入秋以来，全县各收储企业',
  '开足马力收购秋粮，截至10月',
  '31日，已入库秋粮8.6万吨，',
  '占预计收购量的52%。',
  '',
  '县委常委会召开扩大会议',
  '　　本报讯　10月31日，县委常',
  '委会召开扩大会议，研究部署今',
  '冬明春安全生产工作。会议要求',
  '各乡镇压实责任，抓好隐患排查。',
  '',
  '责任编辑：徐静　　版式：李沫　　校对：孙磊',
  '\f岭西报·综合',
  '2024.11.1　星期五　　责编：徐静　　校对：孙磊',
  '',
  '冬小麦播种进度过八成',
  '　　本报讯（记者　王晓　通讯',
  '员　韩涛）连日来，全县各地抢',
  '抓墒情适期播种，截至10月3',
  '1日，全县冬小麦已播种42.',
  '3万亩，占计划面积的83%，',
  '预计11月10日前全面完成播',
  '种任务。',
  '',
  '城乡公交新开两条线路',
  '　　本报讯　11月5日起，县城',
  '至石门镇、龙湾乡两条城乡公交',
  '线路开通运行，首班7时发车，',
  '末班18时发车，发车间隔40分',
  '钟，票价统一为3元。',
  '',
  '—2—',
  '\f岭西报·社会',
  '2024.11.1　星期五　　责编：王欣　　校对：孙磊',
  '',
  '县医院开通胸痛救治绿色通道',
  '　　本报讯（通讯员　周敏）县',
  '人民医院胸痛中心日前通过省级',
  '认证，开通胸痛救治绿色通道，',
  '急诊患者从入院到治疗的时间缩',
  '短至60分钟以内。',
  '',
  '—3—',
].join('\n');

describe('a whole issue with running heads', () => {
  it("reads each later page's running head as the head's, never a story's", async () => {
    const { sections } = await ingestFiles({ '岭西报_2024-11-01（第1532期）.txt': ISSUE });
    expect(heads(sections, ['page', 'title', 'rubric', 'byline'])).toEqual([
      ['1', '全县秋粮入库进度过半', undefined, '记者　钱文涛'],
      ['1', '县委常委会召开扩大会议', undefined, undefined],
      ['2', '冬小麦播种进度过八成', undefined, '记者　王晓　通讯员　韩涛'],
      ['2', '城乡公交新开两条线路', undefined, undefined],
      ['3', '县医院开通胸痛救治绿色通道', undefined, '通讯员　周敏'],
    ]);
    expect(sections.map((section) => /^page: (\d+)$/mu.exec(section)?.[1])).toEqual(['1', '1', '2', '2', '3']);
    // (The number broken at its decimal point is one number again.)
    expect(sections[2]).toContain('全县冬小麦已播种42.3万亩，');
    expect(sections.join('\n')).not.toContain('岭西报·综合');
  });

  it("finds the masthead under a text extractor's page break, and the paper's name leading a later page's head", async () => {
    const { sections } = await ingestFiles({
      '葵青街坊報_第218期.txt': [
        '--- Page 1 ---',
        '葵青街坊報',
        'KWAI TSING NEIGHBOURHOOD WEEKLY',
        '第218期　2024年11月7日（星期四）　免費派發',
        '',
        '青衣站公共運輸交匯處下月啟用',
        '記者　陳詠詩',
        '青衣站新公共運輸交匯處將於下月八日啟用，屆時現有六條巴士路線會遷往新交匯處上落客。',
        '運輸署表示，新交匯處設有上蓋及座椅，並有無障礙通道直達港鐵站大堂。',
        '',
        '--- Page 2 ---',
        '葵青街坊報　第218期　　　　　　　　　　社區人物',
        '「補鞋輝」守舊區卅年',
        '文：何卓琳',
        '在葵涌邨商場一角，七十歲的輝叔守着一個補鞋檔已經三十年。',
        '他說，只要街坊仲需要，他就會一直做落去。',
      ].join('\n'),
    });
    expect(heads(sections, ['paper', 'page', 'title', 'rubric'])).toEqual([
      ['葵青街坊報', '1', '青衣站公共運輸交匯處下月啟用', undefined],
      ['葵青街坊報', '2', '「補鞋輝」守舊區卅年', undefined],
    ]);
  });

  it("keeps a later page's first headline or rubric led by the paper's name, with no date or number beside it", async () => {
    const { sections } = await ingestFiles({
      '岭西报_2024-03-15.txt': [
        '岭西报',
        '2024年3月15日　星期五',
        '',
        '县城区新增三处公共停车场',
        '　　本报讯　县城区新建的三处公共停车场日前投入使用，共新增停车泊位六百个。',
        '',
        '\f岭西报　2025年度征订启事',
        '　　《岭西报》2025年度征订工作即日开始，全年定价一百八十元，欢迎广大读者订阅。',
        '',
        '岭西报·新春走基层',
        '山村里的“春晚”',
        '　　正月初五，石门村的文化广场上热闹非凡，村民们自编自演的“春晚”开场了。',
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'rubric'])).toEqual([
      ['县城区新增三处公共停车场', undefined],
      ['岭西报　2025年度征订启事', undefined],
      ['山村里的“春晚”', '岭西报·新春走基层'],
    ]);
  });

  it("reads a supplement's own masthead under its page's label as the page's", async () => {
    const { sections } = await ingestFiles({
      '沅水晚报20241103_12_沅芷.txt': [
        '沅水晚报　2024年11月3日　星期日',
        '第12版　沅芷',
        '主编：谭雪　责编：向阳　美编：丁一',
        '',
        '沅芷',
        '第1128期',
        '',
        '外婆的火塘',
        '□舒晓梅',
        '　　湘西的冬天来得早。霜降一过，外婆家的火塘就烧起来了。',
        '　　火塘在堂屋的一角，四四方方，用青石板围着，上面吊着一口黑黢黢的铁鼎罐。',
        '',
        '修鞋匠',
        '□彭程',
        '　　老街拐角有个修鞋摊，摊主姓吴，街坊都叫他吴师傅。',
        '　　吴师傅修鞋有个规矩：小毛病不收钱。',
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'rubric', 'subtitle'])).toEqual([
      ['外婆的火塘', undefined, undefined],
      ['修鞋匠', undefined, undefined],
    ]);
  });
});
