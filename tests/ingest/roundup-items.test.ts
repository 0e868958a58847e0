/**
 * A news roundup's items (`港聞簡訊` / `天文台：本周後期多雨` / its text / …) as articles of their own, the roundup's name
 * their rubric (`scripts/ingest/roundup-items.ts`); and what is no roundup of items.
 */
import { describe, expect, it } from 'vitest';
import { isRoundupName } from '../../scripts/ingest/rules/topic-shift.ts';
import { ingestFiles } from '../support/ingest-files.ts';

/** Each section's rubric, title, item number and byline, as written. */
function heads(sections: string[]): Array<Array<string | undefined>> {
  const field = (section: string, key: string): string | undefined => new RegExp(`^${key}: "?(.*?)"?$`, 'mu').exec(section)?.[1];
  return sections.map((section) => [field(section, 'rubric'), field(section, 'title'), field(section, 'roundupItem'), field(section, 'byline')]);
}

describe("a roundup's name", () => {
  it('is a short name closed by the roundup word', () => {
    for (const name of ['国内简讯', '港聞簡訊', '本市快讯', '【本市快讯】', '■体坛短波', '一周扫描', '经济速览（二）', '国内联播快讯', '社區短訊'])
      expect(isRoundupName(name), name).toBe(true);
  });
  it('is no headline that speaks of one, and no word alone inside a headline', () => {
    for (const text of [
      '“快讯”背后的记者们',
      '一周扫描：菜价回落　秋菜陆续上市',
      '走进《国际联播快讯》',
      '快讯记者的一天',
      '全国简讯工作会议在京召开',
      '新华社快讯：某某当选',
    ])
      expect(isRoundupName(text), text).toBe(false);
  });
});

describe("a roundup's items", () => {
  it('are articles of their own under plain headlines, the name the rubric of each, printed once', async () => {
    const { sections } = await ingestFiles({
      '維港日報/維港日報_20240612_A10.txt': [
        '維港日報　2024年6月12日　星期三　A10　港聞',
        '',
        '港聞簡訊',
        '天文台：本周後期多雨',
        '　　天文台預測，一道低壓槽會在本周後期為華南沿岸帶來不穩定天氣，周五及周六有驟雨及雷暴。',
        '■提醒',
        '　　市民出行前可留意天文台最新天氣報告。',
        '機管局：暑假客運量料回升至疫前九成',
        '　　機管局預計，今年暑假期間機場旅客量將回升至2018年同期約九成，每日平均約14萬人次。',
        '兩公立醫院急症室試行電子排隊',
        '　　醫管局宣布，由下周一起，瑪嘉烈醫院及屯門醫院急症室試行電子排隊系統。（記者　陳嘉欣）',
        '',
        '葵涌貨櫃碼頭5月吞吐量按年升4%',
        '　　【維港日報訊】港口發展局昨日公布，5月份香港港口貨櫃吞吐量按年上升4%，為連續第三個月錄得增長。',
        '',
      ].join('\n'),
    });
    expect(heads(sections)).toEqual([
      // (A box's label in an item, `■提醒`, is the item's.)
      ['港聞簡訊', '天文台：本周後期多雨', '1', undefined],
      ['港聞簡訊', '機管局：暑假客運量料回升至疫前九成', '2', undefined],
      // (The credit closing an item is that item's reporter's.)
      ['港聞簡訊', '兩公立醫院急症室試行電子排隊', '3', '記者　陳嘉欣'],
      [undefined, '葵涌貨櫃碼頭5月吞吐量按年升4%', undefined, undefined],
    ]);
  });

  it('marked as items (■, 【…】) are its items while their heads are marked alike; a story after them is not', async () => {
    const { sections } = await ingestFiles({
      '海滨晚报_20240718_A04.txt': [
        '海滨晚报　2024年7月18日　星期四　A04　综合新闻',
        '',
        '国内简讯',
        '■全国铁路暑运首周发送旅客超1亿人次',
        '　　据新华社电　7月10日至16日暑运首周，全国铁路累计发送旅客1.05亿人次，同比增长5.6%。',
        '■多地发布高温红色预警',
        '　　据新华社电　17日，江西、湖南、浙江等地气象部门发布高温红色预警，部分地区最高气温达40℃以上。',
        '',
        '海水浴场迎来客流高峰',
        '救生员24小时轮班值守',
        '　　本报讯（记者　邱明杰）连日来，我市持续晴热高温，第一、第二海水浴场迎来客流高峰，周末单日游客量超过5万人次。',
        '　　为确保游客安全，浴场管理处增派救生员至86名，实行24小时轮班值守。',
        '',
        '本市快讯',
        '【市民中心新增夜间服务窗口】',
        '　　从7月15日起，市民中心在工作日延长服务至晚上8点，开设社保、医保、公积金等12个夜间服务窗口。',
        '【海滨大道改造提升工程完工】',
        '　　历时5个月的海滨大道改造提升工程近日完工，道路两侧新增绿道4.2公里、观景平台6处。（记者　唐晓）',
        '',
      ].join('\n'),
    });
    expect(heads(sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([
      ['国内简讯', '全国铁路暑运首周发送旅客超1亿人次', '1'],
      ['国内简讯', '多地发布高温红色预警', '2'],
      [undefined, '海水浴场迎来客流高峰', undefined],
      ['本市快讯', '市民中心新增夜间服务窗口', '1'],
      ['本市快讯', '海滨大道改造提升工程完工', '2'],
    ]);
  });

  it('with leads of their own are its items while they run line under line, where blank lines part articles', async () => {
    const page = (blank: string): string =>
      [
        '沧澜晚报　2024年9月21日　星期六　A04　城事',
        blank,
        '沧澜老码头变身滨江“会客厅”',
        '　　本报讯（记者　林　岚）经过一年改造，沧澜老码头以滨江公园的新面貌重新开放，首个周末迎客超过五万人次。',
        blank,
        '本市快讯',
        '全市首家“共享法庭”服务站在江北挂牌',
        '　　本报讯　9月19日，沧澜市首家“共享法庭”服务站在江北区石桥街道挂牌成立，居民可就近调解纠纷。（记者　唐　宁）',
        '沧澜地铁4号线二期完成轨道铺设',
        '　　本报讯　9月20日，随着最后一段钢轨精准落位，地铁4号线二期工程实现轨道贯通。（记者　石　悦）',
        blank,
        '沧澜启动秋季“爱眼护眼”进校园活动',
        '　　本报讯（记者　何　苗）9月20日，市卫健委、市教育局联合启动秋季“爱眼护眼”进校园活动，为全市中小学生免费筛查视力。',
      ].join('\n');
    const { sections } = await ingestFiles({ '沧澜晚报_20240921_A04.txt': page('') });
    expect(heads(sections)).toEqual([
      [undefined, '沧澜老码头变身滨江“会客厅”', undefined, '记者　林　岚'],
      ['本市快讯', '全市首家“共享法庭”服务站在江北挂牌', '1', '记者　唐　宁'],
      ['本市快讯', '沧澜地铁4号线二期完成轨道铺设', '2', '记者　石　悦'],
      [undefined, '沧澜启动秋季“爱眼护眼”进校园活动', undefined, '记者　何　苗'],
    ]);
    // (A page with no blank lines says nothing of where the roundup ends: its first story alone is the name's.)
    const dense = await ingestFiles({ '沧澜晚报_20240921_A04.txt': page('').replace(/\n\n/gu, '\n') });
    expect(heads(dense.sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([
      [undefined, '沧澜老码头变身滨江“会客厅”', undefined],
      ['本市快讯', '全市首家“共享法庭”服务站在江北挂牌', undefined],
      [undefined, '沧澜地铁4号线二期完成轨道铺设', undefined],
      [undefined, '沧澜启动秋季“爱眼护眼”进校园活动', undefined],
    ]);
  });

  it("in a Markdown export are the bold lines under the roundup's heading, up to the next heading of its level", async () => {
    const { sections } = await ingestFiles({
      '雁湖日报-20240809-03.md': [
        '# 雁湖日报 2024年8月9日 第3版',
        '',
        '## 民生快讯',
        '',
        '**市区新增3条夜间公交线路**',
        '',
        '8月10日起，市区将开通3条夜间公交线路，运营时间为21时至次日1时，途经火车站、商业中心和主要夜市。',
        '',
        '**湖滨公园改造完成重新开放**',
        '',
        '经过3个月的改造提升，湖滨公园8月8日重新开放，新增儿童游乐场、健身步道和环湖骑行道。',
        '',
        '## 全市新增停车泊位1.2万个',
        '',
        '本报讯（记者 杭晨）记者从市城市管理局获悉，今年以来，全市新增停车泊位1.2万个，缓解了中心城区“停车难”问题。',
        '',
      ].join('\n'),
    });
    expect(heads(sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([
      ['民生快讯', '市区新增3条夜间公交线路', '1'],
      ['民生快讯', '湖滨公园改造完成重新开放', '2'],
      [undefined, '全市新增停车泊位1.2万个', undefined],
    ]);
  });
});

describe("a roundup's name over items marked as a digest's", () => {
  it('is the rubric of each item, printed over the first', async () => {
    const { sections } = await ingestFiles({
      '江城晚报_20241018_A10_健康.md': [
        '# 江城晚报 2024年10月18日 A10 健康',
        '',
        '## 健康速递',
        '',
        '**【市中心医院开通“一站式”无痛胃肠镜】**',
        '',
        '近日，市中心医院消化内镜中心完成升级改造，患者在一个区域内即可完成预约、麻醉评估、检查和复苏。（通讯员 范　敏）',
        '',
        '**【全市启动第二轮“两癌”免费筛查】**',
        '',
        '市卫健委近日启动第二轮适龄妇女宫颈癌、乳腺癌免费筛查，35岁至64岁的本市户籍妇女可到社区卫生服务中心报名。',
        '',
      ].join('\n'),
    });
    expect(heads(sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([
      ['健康速递', '市中心医院开通“一站式”无痛胃肠镜', '1'],
      ['健康速递', '全市启动第二轮“两癌”免费筛查', '2'],
    ]);
    // (Up to the next group's heading, `## 周末去哪儿`, which is no roundup's name: its items are none of this roundup's.)
    const grouped = await ingestFiles({
      '江城晚报_20241021_A05.md': [
        '## 文体速递',
        '',
        '**【江城马拉松鸣枪开跑】**',
        '',
        '10月20日，2024江城马拉松鸣枪开跑，3万名选手参赛。',
        '',
        '**【市美术馆推出宋画特展】**',
        '',
        '市美术馆“宋韵雅集”特展即日起展出，展期两个月。',
        '',
        '## 周末去哪儿',
        '',
        '**【城北湿地公园】**',
        '',
        '城北湿地公园的芦苇荡正值最美时节，适合亲子出游。',
        '',
      ].join('\n'),
    });
    expect(heads(grouped.sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([
      ['文体速递', '江城马拉松鸣枪开跑', '1'],
      ['文体速递', '市美术馆推出宋画特展', '2'],
      [undefined, '城北湿地公园', undefined],
    ]);
  });
});

describe('no roundup of items', () => {
  it('is a feature whose headline speaks of a roundup, with its subheads', async () => {
    const { sections } = await ingestFiles({
      '云溪日报/2024-09-20/06.txt': [
        '云溪日报　2024年9月20日　第6版',
        '',
        '“快讯”背后的记者们',
        '　　本报讯（记者　林　岚）凌晨两点，编辑部的灯还亮着。值班记者刚从事故现场赶回，就开始整理第一条快讯。',
        '争分夺秒',
        '　　“快讯要快，更要准。”有二十年新闻经验的老记者周明说，每一条快讯发出前都要反复核实时间、地点和数字。',
        '核实再核实',
        '　　去年汛期，他们连续三十天轮班值守，发出快讯四百多条，没有一条出错。',
        '',
      ].join('\n'),
    });
    expect(heads(sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([[undefined, '“快讯”背后的记者们', undefined]]);
  });

  it('is a story whose headline names a column with its subject, with its subheads', async () => {
    const { sections } = await ingestFiles({
      '栖霞日报20240923-03.md': [
        '# 栖霞日报 2024年9月23日 第3版',
        '',
        '## 一周扫描：菜价回落 秋菜陆续上市',
        '',
        '### 白菜萝卜价格走低',
        '',
        '上周全市农贸市场白菜均价每斤1.2元，比前一周下降一成，萝卜、土豆价格也有不同程度回落。',
        '',
        '### 秋菜陆续上市',
        '',
        '随着气温下降，本地秋菜陆续上市，市场供应充足，预计近期菜价将保持平稳。',
        '',
      ].join('\n'),
    });
    expect(heads(sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([[undefined, '一周扫描：菜价回落 秋菜陆续上市', undefined]]);
  });

  it("is items numbered under the roundup's name with no headlines of their own", async () => {
    const { sections } = await ingestFiles({
      '临江日报/2024-03-06/p2.txt': [
        '临江日报 2024年3月6日 第2版',
        '',
        '快讯',
        '快讯（1）',
        '　　我市今年首批新能源公交车上线运营，覆盖城区12条线路。',
        '快讯（2）',
        '　　1—2月邮政行业寄递业务量同比增长25.1%。',
        '',
      ].join('\n'),
    });
    expect(heads(sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([[undefined, '快讯', undefined]]);
  });

  it('is a column rubric over one story with its lead', async () => {
    const { sections } = await ingestFiles({
      '晨江晚报/20230915-07.txt': [
        '晨江晚报　2023年9月15日　第7版',
        '',
        '国际快讯',
        '联合国大会第78届会议开幕',
        '　　新华社联合国9月14日电　第78届联合国大会14日在纽约联合国总部开幕，各国代表围绕可持续发展议题展开讨论。',
        '　　大会主席在开幕式上表示，本届会议将聚焦气候变化、粮食安全和债务问题。',
        '',
      ].join('\n'),
    });
    expect(heads(sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([['国际快讯', '联合国大会第78届会议开幕', undefined]]);
    // (So in a Markdown export, the story's headline bold under the column's heading.)
    const exported = await ingestFiles({
      '晨江晚报-20230915-07.md': [
        '## 国际快讯',
        '',
        '**联合国大会第78届会议开幕**',
        '',
        '新华社联合国9月14日电　第78届联合国大会14日在纽约联合国总部开幕，各国代表围绕可持续发展议题展开讨论。',
        '',
      ].join('\n'),
    });
    expect(heads(exported.sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([['国际快讯', '联合国大会第78届会议开幕', undefined]]);
  });
});

describe('where a roundup ends', () => {
  it('at a story marked as its items are that opens on a lead naming its reporter, or that a blank line sets apart', async () => {
    const items = [
      '本市快讯',
      '■市民中心新增夜间服务窗口',
      '　　从7月15日起，市民中心在工作日延长服务至晚上8点，开设社保、医保、公积金等12个夜间服务窗口。',
      '■提醒',
      '　　办理业务需携带本人身份证原件。',
      '■海滨大道改造提升工程完工',
      '　　历时5个月的海滨大道改造提升工程近日完工，道路两侧新增绿道4.2公里、观景平台6处。',
    ];
    const { sections } = await ingestFiles({
      '海滨晚报_20240718_A04.txt': [
        '海滨晚报　2024年7月18日　星期四　A04　综合新闻',
        '',
        ...items,
        '■我市首个“口袋公园”群建成开放',
        '　　本报讯（记者　邱明杰）7月17日，位于老城区的8个“口袋公园”同时建成开放，总面积1.6万平方米，为周边3万居民提供休闲空间。',
      ].join('\n'),
      '海滨晚报_20240719_A04.txt': [
        '海滨晚报　2024年7月19日　星期五　A04　综合新闻',
        '',
        ...items,
        '',
        '■暑期少儿游泳培训开班',
        '　　本报讯　7月16日，市体育局联合团市委举办的暑期少儿公益游泳培训班开班，首批300名少年儿童参加培训。',
      ].join('\n'),
    });
    expect(heads(sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([
      // (A box's label inside an item, `■提醒`, is the item's: no item of its own.)
      ['本市快讯', '市民中心新增夜间服务窗口', '1'],
      ['本市快讯', '海滨大道改造提升工程完工', '2'],
      [undefined, '我市首个“口袋公园”群建成开放', undefined],
      ['本市快讯', '市民中心新增夜间服务窗口', '1'],
      ['本市快讯', '海滨大道改造提升工程完工', '2'],
      [undefined, '暑期少儿游泳培训开班', undefined],
    ]);
    expect(sections[0]).toContain('办理业务需携带本人身份证原件。');
  });

  it("at a story's closing credit on a line of its own: a title under it opens the next story", async () => {
    const { sections } = await ingestFiles({
      '临川日报_20240920_04.txt': [
        '临川日报　2024年9月20日　第4版　综合',
        '',
        '临川港新建码头投入使用',
        '　　本报讯　9月17日，临川港新建的3个万吨级泊位正式投入使用，年设计吞吐能力提升300万吨。',
        '（记者　唐　宁）',
        '',
        '金秋田野稻谷飘香',
        '　　连日来，临川各地进入秋收时节，田间地头一片繁忙景象。',
        '',
        '南岸新区首批安置房交付',
        '　　本报讯（记者　王　芳）9月17日，南岸新区首批1200套安置房交付使用。',
      ].join('\n'),
    });
    expect(heads(sections)).toEqual([
      [undefined, '临川港新建码头投入使用', undefined, '记者　唐　宁'],
      [undefined, '金秋田野稻谷飘香', undefined, undefined],
      [undefined, '南岸新区首批安置房交付', undefined, '记者　王　芳'],
    ]);
  });
});

describe("a column's name over one story", () => {
  it('keeps the story whole when a lead names where it is from, or its subheads are labels, not headlines', async () => {
    const { sections } = await ingestFiles({
      '青山晚报_20240912_12.txt': [
        '青山晚报　2024年9月12日　第12版　副刊',
        '',
        '文摘',
        '一位乡村教师的三十年',
        '　　据《中国教育报》报道　在大山深处的石门村小学，62岁的刘老师已经坚守了整整三十年。',
        '从一个人的学校说起',
        '　　1994年，刘老师来到石门村时，学校只有一间土坯房、七个学生。他既是校长，又是语文、数学、音乐老师。',
        '孩子们走出了大山',
        '　　三十年来，从这所小学走出的学生中，有四十多人考上了大学，有的已经成为医生、工程师。',
        '',
        '百姓短波',
        '老楼加装电梯记',
        '　　建于上世纪九十年代的幸福里小区3号楼，终于在上个月装上了电梯。这部电梯从提议到运行，整整用了两年。',
        '钱从哪里来',
        '　　加装一部电梯需要六十多万元。政府补贴二十万元，其余由居民按楼层分摊，一楼住户不出钱。',
        '谁来管',
        '　　电梯装好了，日常维护怎么办？居民们成立了电梯管理小组，每户每月交二十元维护费。',
      ].join('\n'),
    });
    expect(heads(sections).map(([rubric, title, item]) => [rubric, title, item])).toEqual([
      ['文摘', '一位乡村教师的三十年', undefined],
      ['百姓短波', '老楼加装电梯记', undefined],
    ]);
  });

  it('is no name when a headline closes on such a word over its subtitle and lead', async () => {
    const { sections } = await ingestFiles({
      '平川日报_20240920_04.txt': [
        '平川日报　2024年9月20日　第4版　综合',
        '',
        '老人可免费做CT扫描',
        '每周二开放预约',
        '　　本报讯（记者　周　凯）记者从市卫健委获悉，今年9月至12月，全市65岁以上老人可在指定医院免费做一次肺部CT扫描。',
        '',
        '国庆假期景区一览',
        '多家景区门票半价',
        '　　本报讯　国庆假期将至，记者从市文旅局了解到，全市18家A级景区将推出门票优惠，其中6家实行半价。',
      ].join('\n'),
    });
    const subtitles = sections.map((section) => /^subtitle: "(.*)"$/mu.exec(section)?.[1]);
    expect(heads(sections).map(([rubric, title]) => [rubric, title])).toEqual([
      [undefined, '老人可免费做CT扫描'],
      [undefined, '国庆假期景区一览'],
    ]);
    expect(subtitles).toEqual(['每周二开放预约', '多家景区门票半价']);
  });
});
