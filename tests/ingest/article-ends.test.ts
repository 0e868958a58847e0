/**
 * Where an article's head and text end and what they credit: a page's
 * top with its editors, a sponsor's line, bylines at the end of the text or
 * under a photo, a byline under an editor's note.
 */
import { describe, expect, it } from 'vitest';
import {
  isAuthorNote,
  isBoxedByline,
  matchBylineLine,
  matchClosingByline,
  matchLeadByline,
  matchPhotoCredit,
  matchTrailingCredit,
} from '../../scripts/ingest/rules/byline.ts';
import { factsFromPath } from '../../scripts/ingest/facts/from-path.ts';
import { isBanner } from '../../scripts/ingest/rules/banner.ts';
import { isBoxLabel } from '../../scripts/ingest/rules/box-label.ts';
import { refersBack } from '../../scripts/ingest/rules/news-lead.ts';
import { isMastheadExtra } from '../../scripts/ingest/rules/masthead-extra.ts';
import { matchPageHeader } from '../../scripts/ingest/rules/page-header.ts';
import { isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';

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
  it("reads a page's credits with names spaced to the width of three, and a page's name of two parts", () => {
    for (const line of ['本版编辑：冯　晓　　美编：章　宁', '本版主编：郑　浩　　责任编辑：吴　双　　版式：童　画', '责任编辑：陆　江　　版式：莫　晓'])
      expect(isStructureLine(line), line).toBe(true);
    // (A headline quoting an editor is no credit.)
    expect(isStructureLine('主编：让经典走进寻常百姓家')).toBe(false);
    expect(matchPageHeader('A02　城事　　　　责编：陆　芸　　美编：韩　冰', { lettered: true })?.page).toBe(1002);
    expect(matchPageHeader('B05 体育·健身', { lettered: true })).toMatchObject({ page: 2005, label: '体育·健身' });
    expect(matchPageHeader('B05 体育·健身·活力城市生活', { lettered: true })).toBeUndefined();
  });
  it("keeps a box's or a chart's source line as printed, out of the heads", () => {
    for (const line of ['数据来源：鲲鹏港集团', '資料來源：統計處']) expect(isStructureLine(line), line).toBe(true);
    // (And a desk head's credit, as Taiwan's papers print one with the page's editor; a name only after it.)
    for (const line of ['地方中心主任：許文雄　　編輯：蔡孟儒', '副刊主編：林美玲']) expect(isStructureLine(line), line).toBe(true);
    for (const line of ['主任：是的。', '王主任：我们今年完成了任务']) expect(isStructureLine(line), line).toBe(false);
    expect(isStructureLine('数据来源更加多元，统计口径也随之调整')).toBe(false);
  });
  it("takes a county committee's sponsor line for the masthead's, not a headline's", () => {
    for (const line of ['中共青川县委主办', '中共东江市委主办', '中国共产党青川县委主办', '中國共產黨南投縣委主辦', '长川省水利厅主管主办'])
      expect(isMastheadExtra(line), line).toBe(true);
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
      '齐声朗诵：“但愿人长久，千里共婵娟。”（苏轼）',
    ])
      expect([text, matchTrailingCredit(text)]).toEqual([text, undefined]);
  });
  it("reads a photo's credit, and a reporter's who wrote and photographed the story as a byline", () => {
    expect(matchPhotoCredit('本报通讯员　张　力　摄')).toBe('本报通讯员　张　力　摄');
    expect(matchPhotoCredit('（新华社记者 李贺 摄）')).toBe('新华社记者 李贺 摄');
    expect(matchPhotoCredit('記者黃志明攝')).toBe('記者黃志明攝');
    expect(matchPhotoCredit('航拍摄')).toBeUndefined();
    expect(matchPhotoCredit('王芳摄')).toBeUndefined();
    expect(matchPhotoCredit('记者摄')).toBeUndefined();
    expect(isStructureLine('本报记者 张三 摄')).toBe(true);
    expect(isStructureLine('记者　林小满　文/摄')).toBe(false);
    expect(isStructureLine('记者 林小满 文／摄')).toBe(false);
    expect(isStructureLine('記者　林佳蓉　文∕攝')).toBe(false);
    expect(isStructureLine('记者　林小满　文 / 摄')).toBe(false);
  });
  it("reads a reporter's title with a name spaced out (`见习记者　韦　然`) and a photographer's credit after a bar (`摄影｜…`)", () => {
    for (const line of ['见习记者　韦　然', '本报见习记者　韦　然', '摄影｜本报记者 郝帅', '攝影／記者 林志明']) expect(matchBylineLine(line), line).toBe(line);
    // (A WeChat post's credits, the bar set apart by spaces: `文 | 记者 沈佳宁 通讯员 钱立`, `图 | 海晏地铁`; not a title's `文 |` run on.)
    for (const line of ['文 | 记者 沈佳宁 通讯员 钱立', '图 | 海晏地铁', '摄影 / 记者 郝帅']) expect(matchBylineLine(line), line).toBe(line);
    for (const line of ['见习记者眼中的小城', '摄影｜', '外国记者眼中的中国']) expect(matchBylineLine(line), line).toBeUndefined();
  });
  it('reads a byline after its box with a name spaced out, a commentator alone, and credits by role with a colon', () => {
    for (const line of ['□ 叶 舟', '□ 周　明', '□ 本报记者　林　菲']) {
      expect(isBoxedByline(line), line).toBe(true);
      expect(matchBylineLine(line), line).toBe(line);
    }
    for (const line of ['■ 图片新闻', '□ 时评', '■记者走访']) {
      expect(isBoxedByline(line), line).toBe(false);
      expect(matchBylineLine(line), line).toBeUndefined();
    }
    for (const line of ['本报评论员', '新华社评论员', '文：記者鄧詠詩　圖：記者黃偉文', '文：李明']) expect(matchBylineLine(line), line).toBe(line);
    for (const line of ['圖：改造後的苗栗火車站前廣場綠意盎然。（記者羅志明攝）', '做好新时代的评论员', '从车间工人到电视台评论员', '□ 时评'])
      expect(matchBylineLine(line), line).toBeUndefined();
    expect(matchTrailingCredit('赛事圆满落幕。（丁　宁　卫　青）')).toBeUndefined(); // (卫青: 卫 opens words too, a name of three only)
    expect(matchTrailingCredit('赛事圆满落幕。（丁　宁　陈　青）')).toBe('丁　宁　陈　青');
  });
  it('reads a name in a lead with the place the reporter filed from after it', () => {
    expect(matchLeadByline('【維港日報訊】記者李穎廣州報道：廣東省商務廳昨日發布十項措施')).toBe('記者李穎');
    expect(matchLeadByline('【本報訊】記者張三北京報道：')).toBe('記者張三');
    expect(matchLeadByline('羊城晚报讯 记者张豪报道：昨日')).toBe('记者张豪');
    expect(matchLeadByline('本報訊記者司徒文報道：')).toBe('記者司徒文');
    // (A name run into a place of three characters may be cut either way: no byline rather than a wrong one.)
    expect(matchLeadByline('本报讯　记者张华哈尔滨报道：昨日')).toBeUndefined();
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
    expect(heads(sections)).toEqual([
      ['凌晨四点的菜市场', undefined, '记者　林小满　文/摄'],
      ['一块屏幕背后的“链”式突破', '【一线调研·产业升级看钱江】', '本报记者　程　露'],
      ['马鞍山开通首条“定制通勤公交”', undefined, '刘　畅'],
      ['春耕时节农机忙', undefined, '本报通讯员　张　力　摄'],
    ]);
    expect(sections[0]).not.toContain('中共钱江市委主办');
  });
});

describe("a reader's letter", () => {
  it('knows a signature by who writes in and a name or a courtesy title, not a column named for readers', () => {
    for (const [line, signed] of [
      ['讀者　林先生', '讀者　林先生'],
      ['（市民王女士）', '市民王女士'],
      ['读者　张　明', '读者　张　明'],
      ['网友 陈晓东', '网友 陈晓东'],
    ] as const)
      expect(matchClosingByline(line), line).toBe(signed);
    for (const line of ['读者来信', '市民热线', '读者　来信', '读者服务中心', '网友热议', '市民王女士反映'])
      expect(matchClosingByline(line), line).toBeUndefined();
  });
  // (And the publisher's line set apart at the page's foot is the masthead's, no piece of its own nor the story's last line.)
  it("ends the letter at its signature: the head under it is the next story's, the signer the letter's byline", async () => {
    const { sections } = await ingestFiles({
      '濠江日報/濠江日報_20241016_B02.txt': [
        '濠江日報',
        '2024年10月16日　星期三',
        '',
        '讀者來函',
        '街市冷氣應盡快維修',
        '編輯先生：',
        '本人每日到紅街市買菜，近月街市二樓冷氣時好時壞，攤販同街坊都熱到汗流浹背，鮮肉鮮魚亦容易變壞。希望有關部門盡快派人檢查維修。',
        '讀者　林先生',
        '',
        '澳門大學研發新型海水淡化膜',
        '【本報消息】澳門大學應用物理及材料工程研究院團隊研發出一種新型石墨烯海水淡化膜，過濾效率較傳統薄膜提高約三成。',
        '',
        '濠江日報社出版',
        '',
      ].join('\n'),
    });
    expect(heads(sections)).toEqual([
      ['街市冷氣應盡快維修', '讀者來函', '讀者　林先生'],
      ['澳門大學研發新型海水淡化膜', undefined, undefined],
    ]);
    expect(sections.join('\n')).not.toContain('濠江日報社出版');
  });
});

describe("an export's lesser headings", () => {
  it("reads a lesser heading under an article's text as its subhead, and the next heading of the article's level as the next article", async () => {
    const { sections } = await ingestFiles({
      '祥云科技报/祥云科技报-2024-06-12-B02.md': [
        '---',
        'paper: 祥云科技报',
        'date: 2024-06-12',
        'page: B02',
        '---',
        '',
        '## 可降解镁合金骨钉进入临床试验',
        '',
        '**本报记者 秦川**',
        '',
        '近日，由祥云大学材料学院与市第一人民医院联合研发的可降解镁合金骨钉，正式进入临床试验阶段。',
        '',
        '### 从实验室到手术台',
        '',
        '传统钛合金骨钉在骨折愈合后往往需要二次手术取出。而镁合金在人体内可以逐步降解吸收，患者免去二次手术之苦。',
        '',
        '### 产业化仍需时日',
        '',
        '郝文博坦言，从临床试验到产品上市还需要3至5年时间。目前，团队正与本地企业洽谈中试生产线建设。',
        '',
        '## 量子计算“纠错”迈出关键一步',
        '',
        '**本报记者 宋知远**',
        '',
        '祥云量子信息研究院日前宣布，其研究团队在超导量子芯片上实现了逻辑比特的实时纠错。',
        '',
      ].join('\n'),
    });
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual(['可降解镁合金骨钉进入临床试验', '量子计算“纠错”迈出关键一步']);
    expect(sections[0]).toMatch(/^#+ 从实验室到手术台$/mu);
    expect(sections[0]).toMatch(/^#+ 产业化仍需时日$/mu);
  });
  it('still opens an article at a lesser heading over a lead', async () => {
    const { sections } = await ingestFiles({
      '祥云科技报/祥云科技报-2024-06-12-B03.md': [
        '---',
        'paper: 祥云科技报',
        'date: 2024-06-12',
        'page: B03',
        '---',
        '',
        '## 市区新增三条公交线路',
        '',
        '本报讯（记者　王芳）3月7日起，市区新开通三条公交线路，连接高铁站与新城区。',
        '',
        '### 春耕备耕有序推进',
        '',
        '本报讯（记者　李明）连日来，全市各地抢抓农时，组织农机下田，春耕备耕工作有序推进。',
        '',
      ].join('\n'),
    });
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual(['市区新增三条公交线路', '春耕备耕有序推进']);
  });
});

describe("boxes in an article's text", () => {
  it("names a box's label, bulleted or bracketed, never a headline", () => {
    for (const line of ['小檔案', '■提醒', '【相关链接】', '编辑点评', '链接', '延伸閱讀', '记者手记', '小贴士：', '提示'])
      expect(isBoxLabel(line), line).toBe(true);
    for (const line of ['提醒市民注意防暑', '链接世界的桥梁', '背景音乐节开幕', '小檔案室重新开放']) expect(isBoxLabel(line), line).toBe(false);
  });
  it('keeps a box under the text in its article, and a labelled piece set apart as a piece of its own', async () => {
    const { sections } = await ingestFiles({
      '府城日報/府城日報_2024-09-10_A6.txt': [
        '府城日報',
        '2024年9月10日　星期二',
        'A6　地方綜合',
        '',
        '台南運河整治二期完工 夜間燈光秀登場',
        '〔記者林怡君／台南報導〕台南運河整治二期工程日前完工，市府9日晚間在運河星鑽段舉辦點燈儀式，吸引上千民眾參加。',
        '市府工務局表示，二期工程投入約3.6億元，除改善水質與護岸，也新設自行車道與親水平台。',
        '小檔案',
        '台南運河',
        '1926年日治時期完工通航，全長約3.8公里，連接安平港與台南市區，曾是府城重要的水運航道。',
        '',
        '安南區淹水熱點 年底前完成抽水站',
        '〔記者林怡君／台南報導〕安南區每逢豪雨常傳淹水，市府水利局表示，本淵寮抽水站擴建工程將於年底前完工。',
        '水利局也提醒，颱風季尚未結束，民眾可至市府網站查詢即時水情，低窪地區住戶應提前備妥沙包。',
        '',
        '記者手記',
        '北上消費熱 兩地都要「接得住」',
        '周末的深圳灣口岸，人潮從早到晚沒停過。拖著行李箱的港人，有的去吃飯，有的去看病，有的去買傢俬。',
        '口岸通關、交通接駁、消費維權，每一環都要「接得住」，這股熱潮才能持久。',
        '',
      ].join('\n'),
    });
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual([
      '台南運河整治二期完工 夜間燈光秀登場',
      '安南區淹水熱點 年底前完成抽水站',
      '北上消費熱 兩地都要「接得住」',
    ]);
    expect(sections[0]).toContain('1926年日治時期完工通航');
  });
  it('reads a headline closing on 关注 as a verb as a headline, not a column', () => {
    expect(isBanner('额度调整受关注')).toBe(false);
    expect(isBanner('新规出台引发关注')).toBe(false);
    expect(isBanner('社会高度关注')).toBe(false);
    expect(isBanner('值得关注')).toBe(false);
    expect(isBanner('民生关注')).toBe(true);
    expect(isBanner('两会关注')).toBe(true);
  });
});

describe("a page's label at the end of a file's name", () => {
  it('reads a lettered page of one digit after the date, one of the first section letters', () => {
    expect(factsFromPath('珠江商报-2023-06-20-A3.md', 'raw')).toMatchObject({ date: { value: '2023-06-20' }, page: 1003 });
    expect(factsFromPath('珠江商报-2023-06-20-G7.md', 'raw').page).toBeUndefined();
    expect(factsFromPath('珠江商报-A3.md', 'raw').page).toBeUndefined();
  });
});

describe("a feature's next part", () => {
  it('reads text that goes on with what the story told as no new lead', () => {
    for (const text of ['当晚11时，城南供电所接到报修', '几乎在同一时间，市自来水公司的抢修队伍正在', '此外，', '他说，这里'])
      expect(refersBack(text), text).toBe(true);
    // (Nor what a feature may open on: a place, someone, a turn.)
    for (const text of [
      '这个夏天，全市新开了12家书店',
      '当年的事，他还记得',
      '他山之石可以攻玉',
      '9月6日晚，一场突如其来的短时强降雨',
      '此外国家还将',
      '这里是中国最北的村庄，冬天气温常在零下40℃',
      '她已经在大山深处教了二十年书',
      '这位老人每天都来',
      '但是，很少有人知道',
    ])
      expect(refersBack(text), text).toBe(false);
  });
  it("keeps a feature's phrase subheads in it on a page that sets every paragraph apart", async () => {
    const { sections } = await ingestFiles({
      '清禾晚报/清禾晚报2023-09-08.txt': [
        '清禾晚报',
        '2023年9月8日　星期五',
        'A03　城事',
        '',
        '一场暴雨后的“抢修夜”',
        '',
        '记者 蒋一帆',
        '',
        '9月6日晚，一场突如其来的短时强降雨袭击清禾城区，部分小区出现停电、停水情况。记者跟随抢修队伍，记录下这个不眠之夜。',
        '',
        '凌晨一点的配电房',
        '',
        '当晚11时，城南供电所接到报修：幸福里小区配电房进水，300多户居民家中停电。抢修队员蹚着没过膝盖的积水进入配电房，逐台检查变压器和开关柜，更换了两组受潮的电缆接头，凌晨2时许恢复供电。',
        '',
        '管网抢修不停歇',
        '',
        '几乎在同一时间，市自来水公司的抢修队伍正在解放路上抢修一处爆裂的供水管道。挖掘机轰鸣，工人们轮流下到两米深的基坑里更换管件，直到凌晨4时，沿线三个小区的自来水管道才恢复通水。',
        '',
      ].join('\n'),
    });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/^#+ 凌晨一点的配电房$/mu);
    expect(sections[0]).toMatch(/^#+ 管网抢修不停歇$/mu);
  });
});

describe("a roundup's end", () => {
  it('ends a roundup of items line under line at a head a blank line sets off; the credit closing an item is its own', async () => {
    const { sections } = await ingestFiles({
      '钱江晚报/钱江晚报-2023-11-08-A05.txt': [
        '钱江晚报',
        '2023年11月8日　星期三',
        'A05　城事',
        '',
        '凌晨四点的菜市场',
        '记者　林小满　文/摄',
        '',
        '　　凌晨3点50分，城北农贸市场的卷帘门还没完全拉起，52岁的摊主沈建国已经骑着三轮车等在门口了。',
        '　　4点整，一辆从萧山开来的冷藏车停在市场后门。沈建国熟练地跳上车厢，把一筐筐青菜往下搬。',
        '　　11点半，他收好摊，吃了一碗面，回家补觉。下午3点，他还要去批发市场看看明天的行情。',
        '',
        '本市快讯',
        '地铁5号线南延段开始空载试运行',
        '　　记者从市地铁集团获悉，地铁5号线南延段11月7日起开始空载试运行，试运行期间列车不载客。',
        '西溪湿地举办观鸟周',
        '　　11月11日至19日，西溪湿地将举办秋季观鸟周，邀请鸟类专家带领市民辨识湿地鸟类。',
        '这些路段本周夜间施工',
        '　　因管网改造需要，文一路将封闭半幅施工，请过往车辆提前绕行。（记者　徐倩）',
        '',
        '垃圾房变成了“花房”',
        '　　走进拱墅区和睦街道的一个老小区，原本散发异味的垃圾房，如今外墙爬满了三角梅。',
        '　　“以前大家路过都捂着鼻子走，现在有人专门来拍照。”居民王阿姨说。',
        '',
      ].join('\n'),
    });
    expect(heads(sections, ['rubric', 'title', 'byline'])).toEqual([
      [undefined, '凌晨四点的菜市场', '记者　林小满　文/摄'],
      ['本市快讯', '地铁5号线南延段开始空载试运行', undefined],
      ['本市快讯', '西溪湿地举办观鸟周', undefined],
      ['本市快讯', '这些路段本周夜间施工', '记者　徐倩'],
      [undefined, '垃圾房变成了“花房”', undefined],
    ]);
  });
});

describe('a page whose blank lines part articles only', () => {
  it('keeps a head line right under a paragraph, no blank line over it, in the article as its subhead', async () => {
    const { sections } = await ingestFiles({
      '府城日報/府城日報_2024-09-10_A6.txt': [
        '府城日報',
        '2024年9月10日　星期二',
        'A6　地方綜合',
        '',
        '柳營乳牛場 開放假日體驗',
        '〔記者王文傑／柳營報導〕柳營區乳牛產業發達，區內3家牧場即日起於週末開放預約體驗，遊客可參與餵小牛、擠牛奶。',
        '牧場業者表示，體驗活動每梯次限額30人，需提前三天上網預約，雨天照常舉行。',
        '區公所也規劃接駁專車，從新營火車站發車，每半小時一班，方便沒有開車的遊客前往。',
        '',
        '安南區淹水熱點 年底前完成抽水站',
        '〔記者林怡君／台南報導〕安南區每逢豪雨常傳淹水，市府水利局表示，本淵寮抽水站擴建工程將於年底前完工。',
        '水利局也提醒，颱風季尚未結束，民眾可至市府網站查詢即時水情，低窪地區住戶應提前備妥沙包。',
        '',
        '老屋變書店 鹽水小鎮飄書香',
        '鹽水區一棟閒置近30年的百年老屋，經過一群返鄉青年整修，變身為獨立書店，成為小鎮新的文化據點。',
        '從廢墟到書房',
        '負責人許家豪說，剛接手時屋頂塌了一半，他們花了一年多時間，保留原有的檜木樑柱與紅磚牆，重新鋪設屋瓦。',
        '每月一場講座',
        '每個月的第一個週六晚上，店裡會邀請耆老分享蜂炮、月津港的故事，也吸引不少外地遊客專程前來聆聽。',
        '',
      ].join('\n'),
    });
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual([
      '柳營乳牛場 開放假日體驗',
      '安南區淹水熱點 年底前完成抽水站',
      '老屋變書店 鹽水小鎮飄書香',
    ]);
    expect(sections[2]).toMatch(/^#+ 從廢墟到書房$/mu);
  });
});

describe("a head that holds a sentence's marks", () => {
  it('reads a headline with a question and a colon over a byline as a head, not text running on', async () => {
    const { sections } = await ingestFiles({
      '星河日报/星河日报-20240620-第7版.txt': [
        '星河日报',
        '2024年6月20日　星期四',
        '第7版：健康',
        '',
        '夏季腹泻，别急着吃止泻药',
        '本报记者　苏　晴',
        '　　入夏以来，市第二人民医院消化内科门诊量明显上升。',
        '　　问：一拉肚子就吃止泻药，对吗？',
        '　　答：不一定对。如果是细菌感染引起的腹泻，止泻反而不利于病菌排出。',
        '',
        '吃得越“素”越健康？营养师：未必',
        '□ 本报记者　苏　晴',
        '',
        '　　“我现在顿顿吃素，一点油都不敢放。”市民刘女士说。',
        '　　市中心医院临床营养科主任营养师陈雅丽介绍，长期素食容易缺乏优质蛋白。',
        '',
      ].join('\n'),
    });
    expect(sections.map((section) => [/^title: "(.*)"$/mu.exec(section)?.[1], /^byline: "(.*)"$/mu.exec(section)?.[1]])).toEqual([
      ['夏季腹泻，别急着吃止泻药', '本报记者　苏　晴'],
      ['吃得越“素”越健康？营养师：未必', '本报记者　苏　晴'],
    ]);
  });
  it("opens an article at a group's item glued under the one before when its text opens as a lead that restates it", async () => {
    const { sections } = await ingestFiles({
      '翠屏日报/翠屏日报20240620-02.txt': [
        '翠屏日报',
        '2024年6月20日　星期四',
        '02　要闻',
        '',
        '全市夏粮收购进度过半',
        '　　本报讯（记者　龙飞）连日来，全市各收储企业敞开收购新麦，截至6月19日已收购夏粮12万吨。',
        '　　市粮食局有关负责人表示，今年新麦品质好，收购价格保持稳定。',
        '　　各收储企业延长收购时间，方便农民就近交售。',
        '　　市场监管部门加强对收购秤具的检查，保护售粮农民利益。',
        '',
        '省内要闻',
        '全省新增5个国家级旅游度假区候选地',
        '　　文化和旅游部日前公示新一批国家级旅游度假区候选名单，全省5个度假区入选。',
        '省政府出台措施支持民营经济发展',
        '　　省政府办公厅日前印发措施，支持民营经济发展，从融资、用地、人才等方面提出20条具体举措。',
        '',
      ].join('\n'),
    });
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual([
      '全市夏粮收购进度过半',
      '全省新增5个国家级旅游度假区候选地',
      '省政府出台措施支持民营经济发展',
    ]);
  });
});

describe('a notice after a story', () => {
  it('is a piece of its own, its signers and date its own closing lines', async () => {
    const { sections } = await ingestFiles({
      '白水日报/白水日报_20241015_03.txt': [
        '白水日报　2024年10月15日　第3版',
        '',
        '■全市秋季征兵体检工作结束',
        '　　本报讯　10月14日，全市秋季征兵体检工作结束，共有1200余名适龄青年参加体检。',
        '■市区新增两条夜间公交线路',
        '　　本报讯　市公交集团新开两条夜间公交线路，运营时间为每晚21时至次日1时。',
        '',
        '关于白水大桥封闭施工的通告',
        '　　因白水大桥维修加固工程需要，经研究决定，自2024年10月20日起对白水大桥实施封闭施工。',
        '　　特此通告。',
        '白水市交通运输局',
        '2024年10月14日',
        '',
        '讣　告',
        '　　中国共产党优秀党员、白水市政协原副主席张德厚同志，因病于2024年10月13日逝世，享年86岁。',
        '张德厚同志治丧小组',
        '2024年10月14日',
      ].join('\n'),
    });
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual([
      '全市秋季征兵体检工作结束',
      '市区新增两条夜间公交线路',
      '关于白水大桥封闭施工的通告',
      '讣告',
    ]);
    expect(sections[3]).toContain('张德厚同志治丧小组');
  });

  it('keeps its lines of contact over its signature and a date of a month as its closing lines', async () => {
    const { sections } = await ingestFiles({
      '柯城商报/柯城商报_20241025_B03.txt': [
        '柯城商报　2024年10月25日　B03',
        '',
        '柯城市鑫达纺织有限公司减资公告',
        '　　经本公司股东会决议，本公司注册资本由人民币3000万元减少至人民币1000万元。请债权人自本公告见报之日起四十五日内提出要求。',
        '联系人：方女士　联系电话：0570-8812××××',
        '柯城市鑫达纺织有限公司',
        '2024年10月25日',
        '',
        '2025年度《柯城商报》征订启事',
        '　　《柯城商报》2025年度征订工作现已开始，全年订价360元，各地邮政营业网点均可办理。',
        '咨询电话：0570-8812××××',
        '柯城商报社发行部',
        '2024年10月',
        '',
        '柯城出口“新三样”持续走俏',
        '　　本报讯　今年前三季度，柯城市电动汽车、锂电池、光伏产品出口额同比增长18.6%。',
      ].join('\n'),
    });
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual([
      '柯城市鑫达纺织有限公司减资公告',
      '2025年度《柯城商报》征订启事',
      '柯城出口“新三样”持续走俏',
    ]);
    expect(sections[0]).toContain('联系人：方女士');
    expect(sections[1]).toContain('柯城商报社发行部');
  });

  it("dates the issue by the export's front matter, not by the notice's own date under its text", async () => {
    const { messages, sections } = await ingestFiles({
      'content/posts/2024/10/24/banqian.md': [
        '---',
        'title: "云台市公共资源交易中心搬迁公告"',
        'paper: 云台晨报',
        'date: 2024-10-24',
        'page: A05',
        '---',
        '',
        '　　因工作需要，云台市公共资源交易中心将于2024年11月1日起迁至海州区通灌北路188号市民服务中心三楼办公。',
        '',
        '　　咨询电话：0518-8556××××',
        '',
        '云台市公共资源交易中心',
        '2024年10月23日',
        '',
      ].join('\n'),
    });
    expect(messages.filter((message) => message.startsWith('fact-conflict'))).toEqual([]);
    expect(sections).toHaveLength(1);
    expect(sections[0]).toContain('date: "2024-10-24"');
    expect(sections[0]).not.toMatch(/^#+ /mu);
  });

  it('stays in the story that quotes it whole', async () => {
    const { sections } = await ingestFiles({
      '白水日报/白水日报_20241018_02.txt': [
        '白水日报　2024年10月18日　第2版',
        '',
        '白水大桥下周封闭施工',
        '　　本报讯（记者　唐　宁）记者从市交通运输局获悉，白水大桥将于10月20日起封闭施工，市交通运输局发布通告，全文如下：',
        '关于白水大桥封闭施工的通告',
        '　　因白水大桥维修加固工程需要，自2024年10月20日起对白水大桥实施封闭施工，封闭期间禁止车辆通行。',
        '　　特此通告。',
        '　　据了解，封闭期间，市公交集团将对途经大桥的6条公交线路进行临时调整，市民可绕行白水二桥。',
      ].join('\n'),
    });
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual(['白水大桥下周封闭施工']);
  });
});

describe("a note on a column's author", () => {
  it("closes the piece: the head under it is the next piece's, no kicker", async () => {
    const { sections } = await ingestFiles({
      '北湖日报-2024-10-17-第6版.md': [
        '# 北湖日报 2024年10月17日 第6版',
        '',
        '## 在小城里读懂时代',
        '',
        '读完《北湖十年》的最后一页，窗外已是深夜。这部四十万字的长篇小说，写的是一座江南小城十年间的变迁。',
        '',
        '小说的语言朴素而有温度，不少对话直接用了北湖方言，读来格外亲切。',
        '',
        '（作者系北湖师范学院文学院教授）',
        '',
        '## 秋日戏台',
        '',
        '重阳节前后，北湖古镇的老戏台连演三天越剧，吸引了不少老戏迷专程赶来。',
        '',
      ].join('\n'),
    });
    expect(sections.map((section) => [/^rubric: "(.*)"$/mu.exec(section)?.[1], /^title: "(.*)"$/mu.exec(section)?.[1]])).toEqual([
      [undefined, '在小城里读懂时代'],
      [undefined, '秋日戏台'],
    ]);
    expect(sections[0]).toContain('（作者系北湖师范学院文学院教授）');
    expect(isAuthorNote('（作者为本报特约评论员）')).toBe(true);
    expect(isAuthorNote('（作者系个人观点）')).toBe(true);
    expect(isAuthorNote('（作者供图）')).toBe(false);
    expect(isAuthorNote('作者系北湖师范学院文学院教授，长期研究地方文学。')).toBe(false);
  });
});

describe('closing lines a second reader found', () => {
  it("keeps a story's last sentence or line of contact at a file's foot in the story, as no publisher's line", async () => {
    const { sections } = await ingestFiles({
      '运河日报/运河日报_20241025_07.txt': [
        '运河日报　2024年10月25日　第7版',
        '',
        '公交线路调整便利市民出行',
        '',
        '　　本报讯　市公交集团对城区5条公交线路进行优化调整，新增站点12个。',
        '',
        '市民可关注“运河公交”微信公众号查询详细线路。',
        '',
        '“江城记忆”老照片展下周开幕',
        '　　本报讯　由市档案馆主办的“江城记忆”老照片展将于11月1日开幕，展出老照片300余幅。',
        '',
        '展览地址：临江市民中心三楼展厅',
        '',
      ].join('\n'),
    });
    expect(sections).toHaveLength(2);
    expect(sections[0]).toContain('微信公众号查询详细线路。');
    expect(sections[1]).toContain('展览地址：临江市民中心三楼展厅');
  });
  it("closes a photo story at its photographer's credit, and a story at its line of contact, the head under either the next story's", async () => {
    const { sections } = await ingestFiles({
      '运河日报/运河日报_20241026_01.txt': [
        '运河日报　2024年10月26日　第1版',
        '',
        '金秋运河',
        '　　10月25日，运河两岸层林尽染，游客乘船观赏秋景。',
        '摄影｜本报记者 郝帅',
        '',
        '市领导调研重点项目建设',
        '　　本报讯（记者　陈晨）10月25日，市领导到运河新城调研重点项目建设。',
        '　　报名时间为10月28日至11月5日。',
        '报名地址：运河市人力资源市场二楼',
        '联系电话：0576-8123××××',
        '城南菜市场改造后重新开业',
        '　　本报讯　经过三个月改造，城南菜市场昨日重新开业，新增摊位80个。',
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'byline'])).toEqual([
      ['金秋运河', undefined],
      ['市领导调研重点项目建设', '记者　陈晨'],
      ['城南菜市场改造后重新开业', undefined],
    ]);
    expect(sections[1]).toContain('联系电话：0576-8123××××');
  });
  it('reads a word spaced out as a name is under a headline as no byline when the text under it goes on about it (`马　术`)', async () => {
    const { sections } = await ingestFiles({
      '临江日报/临江日报_20241028_08.txt': [
        '临江日报　2024年10月28日　第8版',
        '',
        '省运会我市代表团昨日再添三金',
        '马　术',
        '　　在昨天进行的马术场地障碍赛中，我市选手周宇零失误完赛，夺得金牌。',
      ].join('\n'),
    });
    expect(sections[0]).not.toMatch(/^byline:/mu);
  });
});

describe('a reference box set apart', () => {
  it("stays in its article where blank lines part the article's paragraphs; a reporter's note with its own head is a piece of its own", async () => {
    const { sections } = await ingestFiles({
      '雲嘉時報/雲嘉時報_20241024_A09.txt': [
        '雲嘉時報　2024年10月24日　星期四',
        '',
        '北港朝天宮　媽祖文化節下月登場',
        '',
        '記者蘇郁文／北港報導',
        '',
        '北港朝天宮媽祖文化節將於11月登場，今年首度結合在地糕餅業者推出伴手禮市集。',
        '',
        '今年文化節首度結合在地糕餅業者推出「北港伴手禮市集」，邀請遊客品嚐傳統糕餅。',
        '',
        '小檔案',
        '北港朝天宮',
        '創建於清康熙年間，主祀天上聖母媽祖，為台灣媽祖信仰重鎮之一。',
        '',
        '記者手記',
        '廟會之外的北港',
        '走進北港老街，糕餅香氣撲鼻，百年老店仍守著傳統手藝。',
      ].join('\n'),
    });
    expect(sections.map((section) => /^title: "(.*)"$/mu.exec(section)?.[1])).toEqual(['北港朝天宮　媽祖文化節下月登場', '廟會之外的北港']);
    expect(sections[0]).toContain('創建於清康熙年間');
  });
});
