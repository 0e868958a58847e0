/**
 * A page's text as a layout-keeping extractor writes one column of it
 * (`pdftotext -layout`): every line set in from a margin, paragraphs
 * indented from it, heads and bylines centred, the running head's cells
 * dozens of spaces apart. Read as a page typed flush left
 * (`formats/page-margin.ts`).
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { withoutMargin } from '../../scripts/ingest/formats/page-margin.ts';
import { splitLines } from '../../scripts/ingest/lines.ts';
import { matchDateline } from '../../scripts/ingest/rules/dateline.ts';
import { isStructureLine, pageBreakMark } from '../../scripts/ingest/rules/structure-line.ts';
import { indentOf } from '../../scripts/ingest/types.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';

/** A column of 24 characters, two spaces of margin, paragraphs indented four more, heads centred. */
const PAGE = [
  '  A03                                  澄江晚报                             2024年11月6日 星期三',
  '  民生·热线                                                  责编 吴 岚   美编 许 然   校对 陈 舟',
  '',
  '',
  '              城东菜市场改造后重新开业',
  '',
  '  记者 孙 静',
  '',
  '      “以前一下雨，市场里到处是积水，现在干干净净。”',
  '  11月5日，在城东菜市场买菜的周阿姨说。这家开业',
  '  三十多年的老市场经过半年改造，昨天重新开门迎客。',
  '      改造后的市场重新划分了蔬菜、肉类、水产和熟食',
  '  区，安装了新风系统和电子价格屏，摊位由原来的120',
  '  个调整为96个，通道宽了一倍。',
  '',
  '',
  '              公交12路明起调整走向',
  '            新增城北客运站等3个站点',
  '',
  '  记者 梁 爽',
  '',
  '      记者从市公交集团获悉，为方便城北片区居民出',
  '  行，公交12路自11月7日起调整走向，延伸至城北客运',
  '  站，沿途新增城北客运站、北园小区、花园路口3个站',
  '  点，首末班时间不变。',
  '      市公交集团提醒，调整期间请乘客留意站牌信息，',
  '  合理安排出行。',
  '',
  '',
  '                 老街坊的修鞋摊',
  '',
  '  记者 陈 舟',
  '',
  '      在城南老街的拐角处，七十岁的王师傅守着一个修',
  '  鞋摊已经四十年了。一把小凳、一台老式补鞋机，还',
  '  有一个装满鞋钉和胶水的木箱，就是他的全部家当。',
  '      “这条街上的人，我大多认识。”王师傅一边给一',
  '  双皮鞋换鞋跟一边说，附近的老住户几乎都在他这里',
  '  修过鞋，有的一家三代都是他的老主顾，逢年过节还',
  '  会给他送来自家包的饺子。',
  '      前些年老街改造，不少人劝他收摊，他却舍不得这',
  '  些老街坊。如今街道在老街口专门为他搭了一个遮雨',
  '  棚，他说要一直干到干不动为止。',
].join('\n');

describe('a page laid out as printed (pdftotext -layout)', () => {
  it('reads indents from the margin and takes centred lines for flush ones', () => {
    const file = new VFile({ path: '澄江晚报_20241106_A03.txt', value: PAGE });
    const lines = withoutMargin(file, splitLines(file));
    const indentAt = (text: string): number => indentOf(lines.find((line) => line.text.startsWith(text))!);
    // A paragraph's first line indented from the margin; the lines under it, at the margin, flush.
    expect(indentAt('“以前一下雨')).toBe(2);
    expect(indentAt('11月5日，在城东')).toBe(0);
    // Heads and their second line, centred: flush, as a typed page sets them.
    expect(indentAt('城东菜市场改造后重新开业')).toBe(0);
    expect(indentAt('新增城北客运站等3个站点')).toBe(0);
    expect(indentAt('记者 孙 静')).toBe(0);
  });
  it('leaves a typed page as it is: no margin and no centred lines', () => {
    const typed = [
      '春耕时节农机忙',
      '　　本报讯　连日来，城郊各乡镇抢抓农时，田间地头处处是春耕的繁忙景象，农机手们正在加紧翻耕土地。',
      '　　记者在城北镇看到，十多台拖拉机在田里来回作业，机器轰鸣声此起彼伏，一派忙碌景象。',
    ];
    const file = new VFile({ path: 'typed.txt', value: [...typed, ...typed, ...typed].join('\n') });
    const lines = splitLines(file);
    expect(withoutMargin(file, lines)).toBe(lines);
  });
  it('reads a running head whose cells stand dozens of spaces apart, and its credits after a page name of two parts', () => {
    expect(matchDateline('A03                                  澄江晚报                             2024年11月6日 星期三')).toMatchObject({
      date: '2024-11-06',
    });
    // (Not a sentence that names a date, however far its words stand apart.)
    expect(matchDateline('会议决定，                              2024年11月6日起施行新规')).toBeUndefined();
    expect(isStructureLine('民生·热线                                                  责编 吴 岚   美编 许 然   校对 陈 舟')).toBe(true);
    expect(isStructureLine('民生·热线　新闻')).toBe(false);
    // (An OCR's stray space inside the era's name of an old Taiwan page, `中華民 國`, is read through.)
    expect(matchDateline('中華民 國七十五年十一月七日　星期五　　東岸日報　　第五版')).toMatchObject({ date: '1986-11-07', page: { value: 5 } });
  });
  it('finds every story with its head, byline and text', async () => {
    const { sections } = await ingestFiles({ '澄江晚报/澄江晚报_20241106_A03.txt': PAGE });
    expect(heads(sections, ['title', 'subtitle', 'byline', 'date'])).toEqual([
      ['城东菜市场改造后重新开业', undefined, '记者 孙 静', '2024-11-06'],
      ['公交12路明起调整走向', '新增城北客运站等3个站点', '记者 梁 爽', '2024-11-06'],
      ['老街坊的修鞋摊', undefined, '记者 陈 舟', '2024-11-06'],
    ]);
    // (The running head and its credits are the page's, kept in the front matter, in no story's text.)
    for (const section of sections) expect(section.split('\n---\n')[1]).not.toMatch(/A03|责编/u);
    // (A paragraph's lines, broken at the column's edge, joined again.)
    expect(sections[2]).toContain('\n在城南老街的拐角处，七十岁的王师傅守着一个修鞋摊已经四十年了。');
  });
});

describe("a text-extraction tool's page breaks (`--- Page 2 ---`)", () => {
  it('reads the break marks, and no other line that names a page', () => {
    expect(['--- Page 2 ---', '=== Page 12 ===', '[Page 3]', 'Page 2 of 8', '—— 第2页 ——'].map(pageBreakMark)).toEqual([2, 12, 3, 2, 2]);
    expect(['第2页', '2', '—2—', 'Page two', '详见第2页'].map(pageBreakMark)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
  it("opens each page at its break, the first over the file's head", async () => {
    const lead = '青衣站新公共運輸交匯處將於下月八日啟用，屆時現有六條巴士及三條專線小巴路線會遷往新交匯處上落客。';
    const issue = [
      '--- Page 1 ---',
      '葵青街坊報',
      '2024年11月7日（星期四）',
      '',
      '青衣站公共運輸交匯處下月啟用',
      '記者　陳詠詩',
      lead,
      '',
      '--- Page 2 ---',
      '「補鞋輝」守舊區卅年',
      '文：何卓琳',
      '在葵興一條後巷，有一個不足三十呎的小檔口，六十八歲的「補鞋輝」每天早上八點開檔，一做就是三十年。',
      '',
      '--- Page 3 ---',
      '葵芳長者中心重陽敬老宴',
      '葵芳長者中心將於本月十六日中午舉辦重陽敬老宴，每位二十元，名額一百二十個，先到先得。',
    ].join('\n');
    const { sections } = await ingestFiles({ '葵青街坊報/葵青街坊報_第218期.txt': issue });
    expect(sections.map((section) => [/^title: "(.*)"$/mu.exec(section)?.[1], /^page: (\d+)$/mu.exec(section)?.[1]])).toEqual([
      ['青衣站公共運輸交匯處下月啟用', '1'],
      ['「補鞋輝」守舊區卅年', '2'],
      ['葵芳長者中心重陽敬老宴', '3'],
    ]);
  });
});

describe("an old county paper's OCR page", () => {
  it('reads its running head of date and page under the masthead letter-spaced (`榆 川 报`), and each story apart', async () => {
    const page = [
      '榆 川 报',
      '1996年10月18日 星期五 第2版',
      '',
      '全县完成秋播小麦38万亩',
      '本报记者 杜建华',
      '今年秋播期间,县委、县政府把秋种作为农村工作的头等大事来抓,层层落实责任,抢墒播种。',
      '',
      '县委召开农村工作会议',
      '本报讯 10月16日,县委召开全县农村工作会议,总结今年以来的农村工作,安排部署冬春农田水利基本建设任务。',
    ].join('\n');
    const { sections } = await ingestFiles({ '榆川报/榆川报_19961018_02_ocr.txt': page });
    expect(heads(sections, ['paper', 'date', 'title'])).toEqual([
      ['榆川报', '1996-10-18', '全县完成秋播小麦38万亩'],
      ['榆川报', '1996-10-18', '县委召开农村工作会议'],
    ]);
  });
});
