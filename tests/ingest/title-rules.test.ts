/** The rules that decide title lines and head fields: positive and negative cases each. */
import { describe, expect, it } from 'vitest';
import { matchAsker } from '../../scripts/ingest/rules/asker.ts';
import { isBanner, isParenthesizedLabel } from '../../scripts/ingest/rules/banner.ts';
import { isLead, isReporterList, matchBylineLine, matchClosingByline } from '../../scripts/ingest/rules/byline.ts';
import { matchLabelledField } from '../../scripts/ingest/rules/labelled-field.ts';
import { matchInterviewTurn } from '../../scripts/ingest/rules/speaker.ts';
import { isMastheadExtra } from '../../scripts/ingest/rules/masthead-extra.ts';
import { isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import {
  endsWithHeadlineTag,
  isBracketHeading,
  isDashSubtitle,
  isNoticeTitle,
  isSummaryLine,
  isTitleLine,
  isTranslation,
  stripColumnTag,
} from '../../scripts/ingest/rules/title-line.ts';
import { isDatedLead, restatesNewTitle } from '../../scripts/ingest/rules/news-lead.ts';
import { hanTerms, isNewStory, isRoundupTitle, sharedTermShare } from '../../scripts/ingest/rules/topic-shift.ts';
import { BRIEF_MAX, isBlockContinuation, startsNewArticle, titleChunk, twoLineHead } from '../../scripts/ingest/title-block.ts';
import { isSlogan } from '../../scripts/ingest/rules/banner.ts';
import { isSignatureDate, isSigner } from '../../scripts/ingest/rules/signature.ts';
import { addBodyLine, layoutLine, newChunk } from '../../scripts/ingest/layout-line.ts';
import { LineKind, type Chunk, type RawLine } from '../../scripts/ingest/types.ts';
import { blankLineHeads } from '../../scripts/ingest/blank-lines.ts';
import { splitLines } from '../../scripts/ingest/lines.ts';
import { runsInto } from '../../scripts/ingest/title-block.ts';
import { VFile } from 'vfile';

/** Of two plain head lines, whether the first is read as the kicker. */
const kickerOfTwo = (first: string, second: string): boolean => twoLineHead(first, second).kicker;
describe('title lines', () => {
  it('takes headlines whatever closing mark they end on', () => {
    for (const title of [
      '“小切口”撬动“大民生”',
      '文化惠民演出走进社区！',
      '走进《平“语”近人》',
      '让老街“活”起来（记者手记）',
      '春风又绿运河岸',
      '稳中求进，以进促稳，先立后破',
      '好消息！运河夜游航线延长',
    ]) {
      expect(isTitleLine(title), title).toBe(true);
    }
  });
  it('refuses running text and lines that go on', () => {
    for (const line of [
      '山河无恙人间皆安，',
      '他说：“好。”',
      '昨天，东城区首家社区食堂开业。',
      '记者获悉：',
      '一'.repeat(41),
      '当今中国，江山壮丽，人民豪迈，百姓都在干着什么？',
      '大家好！时间过得很快，新的一年即将到来',
    ]) {
      expect(isTitleLine(line), line).toBe(false);
    }
  });
  it('strips a column tag only at the end', () => {
    expect(stripColumnTag('让老街“活”起来（记者手记）')).toBe('让老街“活”起来');
    expect(stripColumnTag('（记者手记）')).toBe('（记者手记）');
  });
  it('knows dash subtitles of any length, summaries and item headings', () => {
    expect(isDashSubtitle(`——${'长'.repeat(60)}`)).toBe(true);
    expect(isDashSubtitle('正文。——不是副题')).toBe(false);
    // A sentence that opens with a dash is running text.
    expect(isDashSubtitle('——商圈改造带动夜间消费，老街区焕发新活力。')).toBe(false);
    expect(isDashSubtitle('——访市发展改革委主任赵文博')).toBe(true);
    expect(isSummaryLine('提要：居民反映良好')).toBe(true);
    expect(isSummaryLine('【内容提要】居民反映良好')).toBe(true);
    expect(isSummaryLine('他的提要写得好')).toBe(false);
    expect(isBracketHeading('【节能环保带动绿色出行】')).toBe(true);
    expect(isBracketHeading('【【新春走基层】坚守岗位迎新年】')).toBe(true);
    expect(isBracketHeading('【专栏】标题【二】')).toBe(false);
    expect(isBracketHeading('【专栏】标题')).toBe(false);
  });
});

describe('two-line heads', () => {
  it('takes the first line for a kicker when it is a rubric, leads into the headline, or is shorter', () => {
    expect(kickerOfTwo('老城更新', '青砖灰瓦间开出二十家社区书房')).toBe(true);
    expect(kickerOfTwo('习近平在江苏考察时强调', '在推进中国式现代化中走在前做示范')).toBe(true);
    expect(kickerOfTwo('副市长在调研时强调', '把好事办好')).toBe(true);
    expect(kickerOfTwo('一线见闻', '国际联播快讯')).toBe(true);
    expect(kickerOfTwo('各地举办活动缅怀英烈', '国际联播快讯')).toBe(true);
    // (A feature's label under a longer headline is its subtitle: a kicker is the shorter line.)
    expect(kickerOfTwo('云南：强基层党建 兴千里边疆', '记者蹲点采访纪实')).toBe(false);
    expect(kickerOfTwo('高质量发展', '一线调研纪实')).toBe(true);
    expect(kickerOfTwo('春风吹绿千亩田 科技助力春耕忙', '一线见闻')).toBe(false);
    // A slogan in parallel phrases, longer than the headline under it.
    expect(kickerOfTwo('奋进新征程 建功新时代', '李强会见挪威首相')).toBe(true);
  });
  it('tells a slogan from a headline in two parts', () => {
    expect(isSlogan('奋进新征程 建功新时代')).toBe(true);
    expect(isSlogan('锚定现代化　改革再深化')).toBe(true);
    expect(isSlogan('春意浓 赏花踏青醉游人')).toBe(false);
    // Three or four short watchwords of a campaign; two short parts are a headline's.
    expect(isSlogan('学思想 强党性 重实践 建新功')).toBe(true);
    expect(isSlogan('抓党建 促发展 惠民生')).toBe(true);
    expect(isSlogan('寒潮来袭 注意保暖')).toBe(false);
    expect(isSlogan('学思想 强党性 重实践 建新功 作贡献')).toBe(false);
    expect(isSlogan('俄称击退乌军进攻 乌称击落俄无人机')).toBe(false);
    expect(isSlogan('奋进新征程')).toBe(false);
    // Four and four is as often a headline.
    expect(isSlogan('寒潮来袭 全省降温')).toBe(false);
    // Two slogans: the first is not taken for a kicker by its look alone.
    expect(kickerOfTwo('假日消费旺 经济活力足', '奋进新征程 建功新时代')).toBe(false);
  });
  it('reads a bare name last under a headline as its byline, not a word of the same length or a name under a rubric', () => {
    const marked = (...texts: string[]): RawLine[] => raw(...texts).map((line, index) => (index === 0 ? { ...line, hint: { heading: 1 } } : line));
    expect(titleChunk(marked('山西坚持高质量发展', '沈泽玮'), new Set()).bylines.map((line) => line.content)).toEqual(['沈泽玮']);
    expect(titleChunk(marked('中国队再获4金', '陈可扬 欧阳华'), new Set()).bylines.map((line) => line.content)).toEqual(['陈可扬 欧阳华']);
    for (const under of ['高考', '快讯', '要闻', '文化', '全面推进乡村振兴']) {
      const chunk = titleChunk(marked('山西坚持高质量发展', under), new Set());
      expect(chunk.bylines, under).toEqual([]);
      expect(
        [...chunk.subtitles, ...(chunk.extras ?? [])].map((line) => line.content),
        under,
      ).toEqual([under]);
    }
    // (In plain text too, as county papers set a contributor's name under the headline; not under a rubric, where the
    // name is the headline, nor a word of a name's length.)
    expect(titleChunk(raw('山西坚持高质量发展', '沈泽玮'), new Set()).bylines.map((line) => line.content)).toEqual(['沈泽玮']);
    expect(titleChunk(raw('多姿多彩庆新春 欢欢喜喜过大年', '向超秀'), new Set()).bylines.map((line) => line.content)).toEqual(['向超秀']);
    expect(titleChunk(raw('【人物】', '黄大年'), new Set())).toMatchObject({ bylines: [], headline: { content: '黄大年' } });
    // (Nor under a column's short kicker: `时代楷模` / `黄大年`, `江南古镇行` / `周庄` are kicker and headline.)
    expect(titleChunk(raw('时代楷模', '黄大年'), new Set())).toMatchObject({ bylines: [], headline: { content: '黄大年' } });
    expect(titleChunk(raw('江南古镇行', '周庄'), new Set()).bylines).toEqual([]);
    expect(titleChunk(raw('山西坚持高质量发展', '高考'), new Set()).bylines).toEqual([]);
    // A name of two characters spaced to the width of three (`杜　衡`), or after the ◎ some papers set before a
    // commentator's name (`◎　何　言`): the byline, under a plain headline or a marked one; a rubric letter-spaced
    // (`时　评`, `关　注`) is none, nor a spaced word under a short kicker.
    expect(titleChunk(marked('快递进村，还要“进心”', '杜　衡'), new Set()).bylines.map((line) => line.content)).toEqual(['杜　衡']);
    expect(titleChunk(raw('营商环境好不好，企业说了算', '◎　何　言'), new Set()).bylines.map((line) => line.content)).toEqual(['何　言']);
    expect(titleChunk(raw('营商环境好不好，企业说了算', '何　言'), new Set()).bylines.map((line) => line.content)).toEqual(['何　言']);
    for (const under of ['时　评', '快　讯', '要　闻']) expect(titleChunk(raw('营商环境好不好，企业说了算', under), new Set()).bylines, under).toEqual([]);
    // (A bare name after ◎ last under the headline too, `◎陳大文`, the mark no part of it.)
    expect(titleChunk(raw('徵收說明　不能只是走過場', '◎陳大文'), new Set()).bylines.map((line) => line.content)).toEqual(['陳大文']);
  });
  it('marks the heads that only the lengths of their lines decided', () => {
    expect(titleChunk(raw('全国碳市场启动三年', '促企业绿色转型'), new Set()).headByLength).toBe('subtitle');
    expect(titleChunk(raw('春耕', '各地抢抓农时推进春耕备耕'), new Set()).headByLength).toBeUndefined();
    expect(titleChunk(raw('假日消费旺', '各地文旅市场人气火爆'), new Set()).headByLength).toBe('kicker');
    expect(titleChunk(raw('奋进新征程 建功新时代', '李强会见挪威首相'), new Set()).headByLength).toBeUndefined();
    expect(titleChunk(raw('全国碳市场启动三年', '——促企业绿色转型'), new Set()).headByLength).toBeUndefined();
    expect(titleChunk(raw('全国碳市场启动三年', '促企业绿色转型'), new Set(), { kicker: 'above' }).headByLength).toBeUndefined();
  });
  it('takes the first line for the headline over a dash subtitle or a shorter line', () => {
    expect(kickerOfTwo('中秋国庆假期客流预计创新高', '——铁路部门加开临客列车')).toBe(false);
    expect(kickerOfTwo('中秋国庆假期全国铁路客流预计创新高', '铁路部门加开临客列车')).toBe(false);
    expect(kickerOfTwo('一二三四五六七八九十一二三四五六七八九十一', '长'.repeat(30))).toBe(false);
    expect(kickerOfTwo('王志强：“全面提高卫勤能力 服务支撑强”', '【推动高质量发展系列主题新闻发布会】')).toBe(false);
  });
  it('takes the line the lead restates for the headline, where the lead leaves the other untouched', () => {
    // The lead reports the second line's news and not the first's: the first is its kicker, however long.
    const meeting = '本报讯（记者 王磊）3日上午，江城召开全市干部大会，部署今年重点任务。';
    expect(twoLineHead('学习贯彻全会精神 推动城市高质量发展工作部署', '江城召开全市干部大会', 'auto', meeting)).toEqual({ kicker: true, byLength: false });
    // (Not when the lead comes to the first line's news in its second sentence: both lines are its news, the figures decide.)
    const cold = '记者从市气象台获悉，受强冷空气影响，我市将出现寒潮天气，27日早晨最低气温将降至2℃左右。市气象台已于10月24日16时发布寒潮蓝色预警信号。';
    expect(twoLineHead('延陵发布寒潮蓝色预警', '未来三天最低气温将降至2℃', 'auto', cold).kicker).toBe(false);
    // The lead reports the first line and not the second: that says nothing, as a fact kicker over the editor's comment
    // prints it (引实主虚), which no lead restates. (Here its figures make it the kicker; without them, its length.)
    const cars = '本报讯 中国汽车工业协会11日发布，我国新能源汽车年产量首破1000万辆，连续十年位居全球第一。';
    expect(twoLineHead('我国新能源汽车年产量首破1000万辆', '“新”赛道跑出“加速度” 产业链韧性持续增强', 'auto', cars).kicker).toBe(true);
    const race = '本报讯（记者 李明）3日上午7时30分，江城马拉松鸣枪开跑，来自28个国家和地区的选手参赛。';
    expect(twoLineHead('江城马拉松鸣枪开跑', '三万跑者奔跑在山水画卷中', 'auto', race)).toEqual({ kicker: true, byLength: true });
    // A lead that restates both (a kicker's context and the headline's news, `习近平在江苏考察时强调` / …), or neither: lengths decide.
    const both = '本报讯 全国碳市场启动三年来，有效促进了企业绿色转型。';
    expect(twoLineHead('全国碳市场启动三年', '促企业绿色转型成效明显', 'auto', both).byLength).toBe(true);
    expect(twoLineHead('全国碳市场启动三年', '促企业绿色转型成效明显', 'auto', '3日上午，记者来到江城港。').byLength).toBe(true);
    expect(twoLineHead('全国碳市场启动三年', '促企业绿色转型成效明显').byLength).toBe(true);
    // A lead that opens on the first line's news and comes to the second's after its first sentence: headline and subtitle,
    // however short the first line (lengths alone make it a kicker).
    const metro = '【本報訊】港鐵屯馬綫延線工程進展理想。港鐵公司昨日表示，新建的洪水橋站已經封頂，預計二〇三〇年通車。';
    expect(twoLineHead('屯馬綫延線工程進展順利', '洪水橋站料二〇三〇年通車', 'auto', metro)).toEqual({ kicker: false, byLength: false });
    // (Not when the first sentence already touches the second line: `第24轮` is the match's context, the result its news.)
    const match = '9月2日晚，在江城体育中心进行的中甲联赛第24轮比赛中，江城队主场2比1逆转临江队。江城队保级形势好转。';
    expect(twoLineHead('中甲联赛第24轮', '江城队主场逆转 保级形势好转', 'auto', match).kicker).toBe(true);
    // (Nor when the lead opens on the first line word for word, a clause of its own: the kicker's context or slogan it takes up.)
    const sessions = '全国两会召开在即。3月2日，出席十四届全国人大二次会议的我省代表和全国政协十四届二次会议的我省委员陆续抵京报到。';
    expect(twoLineHead('全国两会召开在即', '我省代表委员陆续抵京报到', 'auto', sessions).kicker).toBe(true);
    const water = '坚持以人民为中心的发展思想，是做好农村供水工作的根本遵循。记者从水利部获悉，全国农村集中供水率已达到百分之九十。';
    expect(twoLineHead('坚持以人民为中心的发展思想', '全国农村集中供水率达到百分之九十', 'auto', water).kicker).toBe(true);
    // The look decides before the lead: a slogan stays a kicker over a headline its lead never names.
    expect(twoLineHead('奋进新征程 建功新时代', '李强同挪威首相会谈', 'auto', '奋进新征程的故事，新时代的建功立业。').kicker).toBe(true);
  });
  it('takes the line of no figures for the headline, the line of figures for its kicker or subtitle', () => {
    // Longer than the line under it, which lengths alone make the headline: its figures make it the fact a kicker gives.
    expect(twoLineHead('前3个月我国货物贸易进出口10.17万亿元', '外贸开局平稳向好')).toEqual({ kicker: true, byLength: false, byFigures: true });
    expect(twoLineHead('本港首季GDP按年增長2.7%', '經濟穩步復甦 前景審慎樂觀').kicker).toBe(true);
    // Under a shorter line, which lengths alone make a kicker: its figures make it the subtitle.
    expect(twoLineHead('山东夏收进度过半', '已收获小麦2300万亩')).toEqual({ kicker: false, byLength: false, byFigures: true });
    expect(twoLineHead('深中通道正式开通运营', '深圳至中山车程由2小时缩短至30分钟').kicker).toBe(false);
    // Figures on both lines, or numbers that count nothing (a line's 11号线, a year): lengths decide.
    expect(twoLineHead('北京今年将新开通4条轨道交通线路', '轨道交通运营总里程将超过880公里').byLength).toBe(true);
    expect(twoLineHead('广州地铁11号线今日开通初期运营', '沿线居民出行更便捷').byLength).toBe(true);
    expect(twoLineHead('2024中关村论坛年会开幕', '全球科技创新资源在京汇聚').byLength).toBe(true);
    // Rounded figures count (`40余万元`); years do not (`时隔6年`).
    expect(twoLineHead('男子骗取女友钱财40余万元 警方全力追赃', '两地警方联手破案').kicker).toBe(true);
    expect(twoLineHead('国羽男团时隔6年重夺汤姆斯杯', '决赛击败印尼队').byLength).toBe(true);
    // Over a line that goes on with its subject (`被判处…`, `一审被判…`, `涉及…`), the figures' line is the headline.
    expect(twoLineHead('一男子骗取医保基金18万元', '被判处有期徒刑3年').byFigures).toBeUndefined();
    expect(twoLineHead('男子冒充“海归博士”骗取女友钱财40余万元', '一审被判有期徒刑六年').kicker).toBe(false);
    expect(twoLineHead('今年成都将新开工城市更新项目120个', '涉及老旧小区改造、背街小巷整治等').kicker).toBe(false);
    // A line that ranks or compares the figures above it goes on with their subject: their subtitle.
    for (const [first, second] of [
      ['全省粮食总产量达555.3亿斤', '连续十一年稳定在五百亿斤以上'] as const,
      ['我国高铁营业里程突破4.5万公里', '稳居世界第一'],
      ['本港4月零售額按年跌14.7%', '連續兩個月下跌'],
      ['一季度全市规上工业增加值增长8.2%', '增速居全省首位'],
    ])
      expect(twoLineHead(first, second).kicker, second).toBe(false);
    // Figures inside quotation marks name a thing, and an age describes a person: no quantity.
    expect(twoLineHead('危急时刻挺身而出', '18岁少年勇救落水儿童').byFigures).toBeUndefined();
    expect(twoLineHead('城东新区建成首批社区', '“15分钟便民生活圈”让居民乐享便利').byFigures).toBeUndefined();
  });
  it("reads a head over Taiwan's credit as headline and subtitle, as Taiwan's papers print theirs", () => {
    const lead = '〔記者吳柏軒／台北報導〕中央氣象署表示，今年第一波梅雨鋒面今天報到。';
    // Shorter over longer, which lengths make kicker and headline; figures on the first line, which make it a kicker.
    expect(twoLineHead('梅雨鋒面報到', '北部山區慎防豪雨', 'auto', lead)).toEqual({ kicker: false, byLength: false });
    expect(twoLineHead('台灣首季經濟成長6.51%', '創近三年新高', 'auto', '〔記者陳永吉／台北報導〕主計總處昨天公布').kicker).toBe(false);
    expect(twoLineHead('央行升息半碼', '重貼現率升至2%', 'auto', '（中央社記者陳家倫台北21日電）中央銀行今天宣布升息半碼。').kicker).toBe(false);
    // Before the lead is asked: a Taiwan lead that restates the second line still gives headline and subtitle.
    const typhoon = '〔記者吳柏軒／台北報導〕颱風凱米來襲，全台22縣市今天停班停課。';
    expect(twoLineHead('凱米颱風今晚登陸', '全台22縣市停班停課', 'auto', typhoon).kicker).toBe(false);
    // Taiwan's byline on a line of its own under the head (聯合報) says as much.
    const block = raw('基本工資明年調漲', '月薪兩萬八千五百九十元', '記者許俊偉／台北報導');
    const chunk = titleChunk(block, new Set(), undefined, raw('勞動部昨天召開基本工資審議會。')[0]);
    expect([chunk.banner?.content, chunk.headline?.content, chunk.subtitles[0]?.content]).toEqual([undefined, '基本工資明年調漲', '月薪兩萬八千五百九十元']);
    // Under Hong Kong's or the mainland's leads the lines are read as before.
    expect(twoLineHead('梅雨鋒面報到', '北部山區慎防豪雨', 'auto', '【本報訊】天文台表示，梅雨鋒面今天報到。').kicker).toBe(true);
  });
  it("takes a feature's deck (`记…`, a piece's kind at its end) under the headline for its subtitle", () => {
    expect(twoLineHead('守护文化遗产的“80后”', '记敦煌研究院青年文物修复师团队')).toEqual({ kicker: false, byLength: false });
    expect(twoLineHead('城市更新中的“留”与“改”', '黄浦区石库门里弄保护性修缮调查')).toEqual({ kicker: false, byLength: false });
    // A kind closing a line with quotation marks in it (`“一带一路”…侧记`); 记账 is no feature's `记…` (`记账式贴现国债`).
    expect(twoLineHead('携手共绘合作新画卷', '第二十届中国西部国际博览会“一带一路”侧记').kicker).toBe(false);
    expect(twoLineHead('财政部今年首期', '记账式贴现国债今日招标').byLength).toBe(true);
    // 记者, 记忆, 记录 open ordinary lines.
    for (const second of ['记者探访城东新区建设工地', '记忆中的老街又回来了', '记录新时代的美好生活'])
      expect(twoLineHead('春风又绿运河岸', second).byLength, second).toBe(true);
    // A kind a column's name ends on too (`…综述`, `…见闻`), after six characters or more of what it is about; what the piece
    // is written for; a commentary series' number; an interview's subject.
    for (const second of [
      '三江源国家公园建设综述',
      '甘肃推进县域普通高中振兴见闻',
      '来自晋江民营企业的报告',
      '写在雄安新区设立七周年之际',
      '一论深入学习贯彻二十届中央纪委三次全会精神',
      '访全国政协委员、华东师范大学教授袁振国',
      '專訪台南市農業局長陳明修',
    ])
      expect(twoLineHead('守护“中华水塔”', second), second).toEqual({ kicker: false, byLength: false });
    // (Not words that open on 访 or 论 without being one, `访问团抵达运河市`, `论坛今日开幕`: read by their lengths.)
    for (const second of ['访问团抵达运河市开展交流', '论坛今日在运河新城开幕', '访客量创下今年以来新高'])
      expect(twoLineHead('春风又绿运河岸', second).byLength, second).toBe(true);
  });
  it('takes a line naming the source of what the headline says for its kicker (`国家统计局数据显示`, `…通报`)', () => {
    expect(twoLineHead('国家统计局数据显示', '10月份CPI同比上涨0.3%')).toEqual({ kicker: true, byLength: false });
    expect(twoLineHead('生态环境部通报', '7家企业自行监测数据弄虚作假被查处')).toEqual({ kicker: true, byLength: false });
    expect(twoLineHead('省委常委会召开会议', '传达学习习近平总书记重要讲话精神 郝鹏主持')).toEqual({ kicker: false, byLength: false });
  });
  it("takes a meeting's headline over what it did for headline and subtitle", () => {
    expect(twoLineHead('李强主持召开国务院常务会议', '研究加快发展银发经济的政策措施 部署做好冬季安全生产工作')).toEqual({ kicker: false, byLength: false });
    expect(twoLineHead('习近平同巴西总统卢拉会谈', '两国元首宣布将中巴关系提升为携手构建更公正世界和可持续星球的中巴命运共同体').kicker).toBe(false);
    // Research that shows something is no meeting's outcome, and an outcome verb under no meeting decides nothing.
    expect(twoLineHead('全国科技工作会议召开', '研究显示我国创新指数持续提升').byLength).toBe(true);
    expect(twoLineHead('我市启动春季植树活动', '部署全年国土绿化任务').byLength).toBe(true);
  });
  it("reads a meeting's headline over what it did and who chaired it as headline and two subtitles", () => {
    const chunk = titleChunk(raw('中共中央政治局召开会议', '讨论政府工作报告', '中共中央总书记习近平主持会议'), new Set());
    expect([chunk.banner?.content, chunk.headline?.content, chunk.subtitles.map((line) => line.content)]).toEqual([
      undefined,
      '中共中央政治局召开会议',
      ['讨论政府工作报告', '中共中央总书记习近平主持会议'],
    ]);
    // Three plain lines otherwise: kicker, headline, subtitle.
    expect(titleChunk(raw('奋进新征程', '全市重点项目集中开工', '总投资超过三百亿元'), new Set()).banner?.content).toBe('奋进新征程');
  });
  it('keeps what a meeting did under its headline on the head, however long the official papers print it', () => {
    const outcome = '讨论《关于进一步全面深化改革、推进中国式现代化的决定》 中共中央总书记习近平主持会议';
    expect(isBlockContinuation(raw('中共中央政治局召开会议', outcome), 1, new Set())).toBe(true);
    // A sentence under it (`。`), or the line under another headline, is text.
    expect(isBlockContinuation(raw('中共中央政治局召开会议', `${outcome}。`), 1, new Set())).toBe(false);
    expect(isBlockContinuation(raw('我市启动春季植树活动', outcome), 1, new Set())).toBe(false);
  });
  it("asks no lead of a first line that is a sentence of its own, and takes a reporter's visit for a kicker", () => {
    const lead = '本报讯 长丰县建成首个智慧种植基地。';
    expect(twoLineHead('从“田间”到“舌尖”，一颗草莓的数字化旅程', '长丰县建成首个草莓数字化种植基地', 'auto', lead).byLength).toBe(true);
    // (A colon after a label's few characters makes no clause: `见报：4.20 2版　待核数据` over a headline its lead restates is no headline.)
    const water = '本报讯 记者从省水利厅获悉，全省农村自来水普及率达到92%。';
    expect(twoLineHead('从“有没有”到“好不好”：农村饮水安全保障水平持续提升', '全省农村自来水普及率达到92%', 'auto', water).kicker).toBe(false);
    const traffic = '本报讯 一季度多项交通运输指标创新高，全市客运量增长12%。';
    expect(twoLineHead('见报：4.20 2版　待核数据', '一季度多项交通运输指标创新高', 'auto', traffic).kicker).toBe(true);
    expect(twoLineHead('记者探访杭州首家“无人超市”', '刷脸进店 拿了就走')).toEqual({ kicker: true, byLength: false });
  });
  it('takes the line a column tag closes for the headline, whatever the lengths', () => {
    // Shorter than the line under it, which lengths alone would make a kicker: the tag makes it the headline.
    expect(twoLineHead('習近平會見喀麥隆總統（記者手記）', '2024年中非合作論壇北京峰會治國理政高級別會議在京舉行')).toEqual({ kicker: false, byLength: false });
    // Under a longer line, which lengths alone would make the headline over its subtitle: the tagged line is the headline.
    expect(twoLineHead('全县各地抢抓晴好天气组织劳力抢插早稻', '春耕一线的年轻人（特写）')).toEqual({ kicker: true, byLength: false });
    // What goes with the piece (a picture, a video) a subtitle carries as often: lengths decide, and the head is noted.
    expect(twoLineHead('我市安全生产大检查启动', '部署节后复工复产（附图）').byLength).toBe(true);
    expect(twoLineHead('全县各地抢抓晴好天气组织劳力抢插早稻', '早稻播种过半【视频】').byLength).toBe(true);
    // A tag alone on its line (`（组诗）` under a poem's title) goes with the line above: it decides nothing.
    expect(endsWithHeadlineTag('（组诗）')).toBe(false);
    // Both or neither tagged, or a bracketed rubric as a whole: lengths and looks decide as before.
    expect(twoLineHead('春运首日见闻（图）', '铁路部门加开临客列车（附图）').byLength).toBe(true);
    expect(kickerOfTwo('【新春走基层】', '全县早稻播种过半（附图）')).toBe(true);
    expect(endsWithHeadlineTag('習近平會見喀麥隆總統（記者手記）')).toBe(true);
    expect(endsWithHeadlineTag('【新春走基层】')).toBe(false);
    expect(endsWithHeadlineTag('同刚果（布）总统会谈')).toBe(false);
    // A series' number, a code or a place in brackets marks no headline: a kicker has those as often.
    expect(kickerOfTwo('两会观察（一）', '新质生产力怎么发展')).toBe(true);
    for (const kicker of ['两会观察（1）', '亚太经合组织会议（APEC）', '贵州茅台（600519）', '乡村振兴调研行（贵州毕节）'])
      expect(endsWithHeadlineTag(kicker)).toBe(false);
    expect(endsWithHeadlineTag('运河边的春天（组诗）')).toBe(true);
    expect(endsWithHeadlineTag('全县早稻播种过半（组图）')).toBe(false);
  });
});

describe("a letter's signature", () => {
  it('knows a date alone, in digits or written out, and not a sentence that opens on a date', () => {
    for (const text of ['2024年3月1日', '二〇二四年二月二十八日', '２０２４年３月１日', '2024.3.1', '2024-03-01'])
      expect(isSignatureDate(text), text).toBe(true);
    for (const text of ['2024年3月1日，市政府召开常务会议。', '2024年3月1日 星期五', '3月1日', '第2024期']) expect(isSignatureDate(text), text).toBe(false);
  });
  it('knows a signer by its shortness and the lack of clause marks', () => {
    for (const text of ['运河日报编辑部', '运河市精神文明建设委员会办公室', '运河市文明办　运河市交通局', '张德厚同志治丧小组'])
      expect(isSigner(text), text).toBe(true);
    for (const text of [
      '广大市民朋友们：',
      '春节将至，我们倡议',
      '特此公告。',
      '运河大桥今日通车',
      '春节文明出行倡议',
      '运河市精神文明建设委员会办公室运河市公安局运河市交通运输局运河市城市管理局',
    ])
      expect(isSigner(text), text).toBe(false);
  });
});

describe("a notice's title", () => {
  it('names a notice, an obituary, an open letter, a call for entries', () => {
    for (const text of [
      '关于白水大桥封闭施工的通告',
      '讣　告',
      '訃告',
      '致全县广大群众的一封森林防火公开信',
      '第三届“北湖文学奖”征稿启事',
      '遗失声明',
      '招领启事',
      '本报声明',
      '停电通告',
      '关于举办2024年全区畜牧兽医职业技能大赛的通知',
    ])
      expect(isNoticeTitle(text), text).toBe(true);
  });
  it('is no headline that speaks of one, nor a sentence', () => {
    for (const text of [
      '通告发布后市民纷纷点赞',
      '一份启事背后的温情',
      '声明：本报从未授权任何人收费。',
      '公开信收到三千条回复',
      '美英法反对 联合国安理会未就谴责伊朗驻叙使馆建筑遭袭发表声明',
      '中美两国发表联合声明',
      '三部门就平台经济发展联合发布公告',
      '市防指发布防汛通告',
      '公司发布澄清公告',
      '市政府发布关于烟花爆竹燃放管理的通告',
      '官方声明',
      '主办方声明',
      '省政府办公厅印发关于加快发展银发经济的通知',
    ])
      expect(isNoticeTitle(text), text).toBe(false);
  });
});

describe('head fields', () => {
  it('reads labelled fields and leaves other colons alone', () => {
    expect(matchLabelledField('副标题：我国企业专利产业化率提高')).toEqual({ field: 'subtitle', label: '副标题：', value: '我国企业专利产业化率提高' });
    expect(matchLabelledField('作者：本报记者 赵敏')).toMatchObject({ field: 'byline', value: '本报记者 赵敏' });
    expect(matchLabelledField('标题：')).toBeUndefined();
    // A scraper's English labels; a typesetting system's bracketed 主题, not a forum's theme under its headline.
    expect(matchLabelledField('title: 韩正会见委内瑞拉副总统')).toMatchObject({ field: 'title', value: '韩正会见委内瑞拉副总统' });
    expect(matchLabelledField('【主题】习近平会见伊朗总统')).toMatchObject({ field: 'title', value: '习近平会见伊朗总统' });
    expect(matchLabelledField('主题：水促进共享繁荣')).toBeUndefined();
    // Database exports put the label in brackets.
    expect(matchLabelledField('【标题】丁薛祥会见美国专利商标局局长')).toMatchObject({ field: 'title', value: '丁薛祥会见美国专利商标局局长' });
    expect(matchLabelledField('【作者】本报记者 王晓峰')).toMatchObject({ field: 'byline', value: '本报记者 王晓峰' });
    expect(matchLabelledField('【新思想引领新征程】赓续中华文脉')).toBeUndefined();
    expect(matchLabelledField('【作者】')).toBeUndefined();
    expect(matchLabelledField('王毅：各位记者朋友')).toBeUndefined();
    // A library's bilingual label (CNKI), a citation manager's tags (EndNote, RIS).
    expect(matchLabelledField('Title-题名: 李强会见阿联酋总统')).toMatchObject({ field: 'title', value: '李强会见阿联酋总统' });
    expect(matchLabelledField('【篇名】普京当选连任俄罗斯总统')).toMatchObject({ field: 'title', value: '普京当选连任俄罗斯总统' });
    expect(matchLabelledField('%T 李强同所罗门群岛总理会谈')).toMatchObject({ field: 'title', value: '李强同所罗门群岛总理会谈' });
    expect(matchLabelledField('AU  - 刘志强')).toMatchObject({ field: 'byline', value: '刘志强' });
    expect(matchLabelledField('%X 李强表示……')).toMatchObject({ field: 'summary' });
    expect(matchLabelledField('CEO-张三说：明年再见')).toBeUndefined();
    expect(matchLabelledField('%T')).toBeUndefined();
  });
  it('knows column and transcript words as kickers', () => {
    expect(isBanner('国际联播快讯')).toBe(true);
    expect(isBanner('高质量发展调研行')).toBe(true);
    expect(isBanner('新闻发布会')).toBe(true);
    expect(isBanner('社区食堂开进老小区')).toBe(false);
  });
  it('knows a label wholly in round brackets as a rubric, not a jump marker or a sentence', () => {
    for (const text of ['（学思想 强党性 重实践 建新功）', '（两会特稿）', '(习近平在中共中央政治局第十一次集体学习时强调)'])
      expect(isParenthesizedLabel(text), text).toBe(true);
    for (const text of ['（下转第2版）', '（上接第1版）', '（完成了全年任务，群众满意。）', '运河新城（一期）开工'])
      expect(isParenthesizedLabel(text), text).toBe(false);
    expect(kickerOfTwo('（学思想 强党性 重实践 建新功）', '运河街道党员志愿服务队走进社区')).toBe(true);
  });
  it("reads a byline on a story's last line, and no sentence", () => {
    expect(matchClosingByline('许翔宇 报道')).toBe('许翔宇');
    expect(matchClosingByline('（本报记者 张三 李四）')).toBe('本报记者 张三 李四');
    expect(matchClosingByline('记者从市交通运输局获悉相关情况后进行了报道')).toBeUndefined();
    expect(matchClosingByline('（完）')).toBeUndefined();
  });
  it('tells leads and reporter lists from other lines', () => {
    expect(isLead('本报讯 记者王芳报道 三月的运河两岸')).toBe(true);
    expect(isLead('新华社北京3月14日电 由市文化馆组织')).toBe(true);
    expect(isLead('本报记者 张三 李四 报道')).toBe(true);
    // As Traditional papers print them (Hong Kong 報道, Taiwan 報導).
    expect(isLead('本報記者 張三 報道')).toBe(true);
    expect(isLead('據新華社報道，颱風今晨登陸')).toBe(true);
    expect(isLead('據說颱風今晨登陸')).toBe(false);
    // A paper's own tag before its text (Hong Kong, Macau, Singapore, Malaysia).
    for (const text of [
      '【明報專訊】十四屆全國人大二次會議今天開幕',
      '【本報消息】澳門特區政府',
      '（早报讯）新加坡政府',
      '（星島日報報道）港府昨日',
      '（吉隆坡8日讯）首相表示',
      '（新加坡3日综合电）美国',
    ])
      expect(isLead(text), text).toBe(true);
    for (const text of [
      '【明報專訊】',
      '（两会特稿）运河通航',
      '（记者手记）运河边的早晨',
      '【大美中国】赓续中华文脉',
      '【深度报道】乡村振兴的运河样本',
      '【最新消息】运河大桥通车',
    ])
      expect(isLead(text), text).toBe(false);
    expect(isLead('今年以来，我市加快推进')).toBe(false);
    expect(isReporterList('记者：刘洋 陈晨')).toBe(true);
    expect(isReporterList('本报记者 吴强 通讯员 李芳')).toBe(true);
    expect(isReporterList('记者从市水务局获悉，全市防汛物资已全部到位')).toBe(false);
    expect(matchBylineLine('记者：刘洋 陈晨')).toBe('记者：刘洋 陈晨');
    for (const line of ['记者从全国总工会获悉，', '记者从生态环境部了解到，占陆域国土面积50.4%', '记者昨天在现场看到', '記者從水利部瞭解到'])
      expect(matchBylineLine(line), line).toBeUndefined();
    // A small paper's byline after a box: names, not a headline after a bullet.
    for (const line of ['□ 黄伟', '■本报记者 林静', '□文/李娜', '□ 黄伟 王芳']) expect(matchBylineLine(line), line).toBe(line);
    for (const line of ['□ 春耕备耕有序推进', '■ 我校召开新学期工作会议']) expect(matchBylineLine(line), line).toBeUndefined();
  });
  it('does not take a reporter list for an asker', () => {
    expect(matchAsker('记者：刘洋 陈晨')).toBeUndefined();
    // A follow-up printed whole in brackets is asked by the reporter inside them.
    expect(matchAsker('（记者：中方是否会派代表出席？）')).toMatchObject({ asker: '记者', outlet: undefined });
    expect(matchAsker('（新华社记者 张三 摄）')).toBeUndefined();
    expect(matchAsker('新华社记者：')).toMatchObject({ asker: '新华社记者', outlet: '新华社' });
  });
  it('reads bold question and answer turns and keeps the label as printed', () => {
    expect(matchInterviewTurn('**问**：城市书房怎么选址？')).toMatchObject({ turn: 'question', label: '问', rest: '城市书房怎么选址？' });
    expect(matchInterviewTurn('問：下一步有什么打算？')).toMatchObject({ turn: 'question', label: '問' });
    expect(matchInterviewTurn('**答：**我们将推出通借通还服务。')).toMatchObject({ turn: 'answer' });
    expect(matchInterviewTurn('回答问题：')).toBeUndefined();
    expect(matchInterviewTurn('主持人：下一步有什么打算？')).toMatchObject({ turn: 'question', label: '主持人' });
    expect(matchInterviewTurn('Q：Why now?')).toMatchObject({ turn: 'question', label: 'Q' });
    expect(matchInterviewTurn('A: Because.')).toMatchObject({ turn: 'answer', label: 'A' });
    expect(matchInterviewTurn('主持人说，')).toBeUndefined();
    expect(matchInterviewTurn('APEC：会议开幕')).toBeUndefined();
  });
  it('knows masthead extras by their labels, not by words a headline may use', () => {
    for (const line of [
      '北京日报客户端 融汇副中心客户端',
      '运河日报社出版',
      '主办：运河日报社',
      '定价：1.50元',
      '电话：010-12345678',
      '总第12345期',
      'CN 11-0001',
      '中共运河市委机关报',
      // A small paper's sponsor, permit and page count.
      '中共东江大学委员会主办',
      '国网某某供电公司党委宣传部编印',
      // A mobile edition's publisher and partner.
      '湘江日报社主办　湖南移动协办',
      '内部资料　免费交流　　准印证号：（粤）L0150062',
      '本期4版',
      // An old paper's postal code.
      '（代号一——一）',
      '代号：1-1',
      '今日4版 第20002号',
      '今日共8版',
      '本期共4版',
    ])
      expect(isMastheadExtra(line), line).toBe(true);
    for (const line of [
      '《中华民族共同体概论》出版发行',
      '中美元首通电话',
      '药品定价机制改革',
      '多地主办迎春灯会',
      '出版业迎来新机遇',
      '机关报刊发行工作会议召开',
      '第十届运河文化论坛由市文化中心主办',
      '本期看点',
      '机关内部资料管理出新规',
      '准印证办理流程再简化',
      '代号“鲲龙”的水陆两栖飞机首飞',
      '今日8版刊发全国两会特别报道',
    ])
      expect(isMastheadExtra(line), line).toBe(false);
  });
  it('knows export structure lines', () => {
    for (const line of [
      '(更新时间戳: 1711543880623)',
      '更新时间：2024-03-13 20:01',
      '新闻摘要',
      '目录',
      '责任编辑：张三',
      '【责任编辑：王玉】',
      '（完）',
      '(完)',
      '原文链接：http://epaper.example/html/2024-04/11/content_1375001.htm',
      'https://example.com/a.html',
      '（本日共10条）',
      '━━━━━━━━━━━━━━━━',
      '* * * *',
      '本版责任编辑：赵英　　美术编辑：周磊',
      '本版编辑：邹建敏 美编：贾刚 校对：叶宇勇',
      '返回顶部',
      '上一篇 | 下一篇',
      '本期版面：第1版　要闻　第2版　经济',
      '文章編號：202410050320013',
      '(c) 2024 明報報業有限公司 版權所有',
      '详见A04版',
      '（见第3版）',
      // A social post's furniture and credits.
      '点击蓝字 关注我们',
      '点击上方蓝字关注瓯江日报',
      '长按识别二维码',
      '分享、点赞、在看，一键三连',
      '分享 点赞 在看',
      '阅读原文',
      '- END -',
      '—END—',
      '编辑丨张军  审核丨黄倩',
      '责任编辑：郭璐|初审：李璐|复审：高晨|终审：王伟',
      '今日天气｜多云转阴 12℃～22℃',
      '多云18℃～24℃',
      '来源：新华社客户端',
      // A scraper's fields.
      'URL: https://news.example.cn/2024/05/06/VIDE0aBc1xYz240506.shtml',
      '抓取时间：2024-05-07 08:00:01',
      'crawl_time: 2024-05-07 08:01:01',
      'source: 运河网',
      // A note app's stamps of the note's own life.
      'Created at: 2024-04-11T10:13:33+08:00',
      'Updated: March 9, 2024 10:11 AM',
      // A photograph's credit and caption.
      '本报记者 郑丽 摄',
      '本报记者郑丽摄',
      '（新华社记者 李贺 摄）',
      '郑丽/摄',
      '图为游客在运河公园赏灯。 本报记者 郑丽 摄',
      '[图片 5]',
      '[]',
      '［图］',
      '[image]',
      '图片 4',
      '（图/刘洋）',
      '（文/图　张建军）',
      '图：新华社',
      // A page's foot of contacts, a post's credits and its follow card.
      '投稿邮箱：xb@example.edu.cn　新闻热线：0752-7654321',
      '编辑：李娜  责编：王芳  审核：周敏  监制：孙浩',
      '微信扫一扫',
      '关注该公众号',
      // A word processor's page credits, apart by spaces alone.
      '责任编辑　刘洋　　版式　吴波',
      '本版责任编辑　陈静',
      // A portal page's controls, disclaimer and repost's original title.
      '【字号 大 中 小】 【打印本页】 【关闭窗口】',
      '小字号',
      '分享到：',
      '阅读 (90809)',
      '返回搜狐，查看更多',
      '声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。',
      '（原标题：习近平同安哥拉总统会谈）',
      '本文来源：扬子晚报',
      '来源：北京青年报　作者：本报记者 吴月辉',
      '齐鲁晚报 昨天 18:30 发布于山东',
      // A column rule that OCR read as a line of its own.
      '|',
      '｜',
      // A PDF page's running head and foot: the page's name and its editor, the paper's address.
      '要闻 责任编辑：陈红',
      'www.jcrb.com.cn',
      '滨海晚报数字报 epaper.bhwb.cn',
      // A wire's closing credit with its stamp of the day, and a site's notice under it.
      '（編輯：吳宗翰）1130326',
      // A page's editor in brackets at its foot, as Hong Kong's papers print it.
      '（本版編輯：黃家豪）',
      '本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。',
      // An advertisement's line.
      '江城置业 滨江壹号 南向全景大三居 咨询热线：027-8888 6666',
      '招聘启事 本报诚聘记者、编辑若干名 简历请投：hr@example.cn',
    ])
      expect(isStructureLine(line), line).toBe(true);
    for (const line of [
      '今天的新闻',
      '编辑部的故事很精彩，值得一读。',
      '完成全年目标',
      '（记者手记）',
      '链接未来的桥梁：运河新城规划发布',
      '链接：什么是口袋公园',
      '——访区文化和旅游局局长赵文博',
      '校对员：一份报纸背后的人',
      '返回顶部的按钮不见了',
      '文章编号：见附件',
      '版权所有者的权益应当保护',
      '详见A04版的报道引发热议',
      '点击量过亿的背后',
      // A byline with the photographs, not a credit; a caption that is a sentence.
      '文/图 记者 陈晨',
      '（图为运河公园，市民在赏灯。）',
      '投稿邮箱的故事',
      '分享经济的新机遇',
      '2024',
      '100',
      '终审判决维持原判',
      '全市将降温8至10℃',
      '最高气温可达35至37℃',
      '01',
      '来源：国家统计局。今年前两个月，全国规模以上工业增加值同比增长7.0%。',
      '本报记者 郑丽',
      '他说要拍摄',
      '记者走访运河沿线三条夜市街拍摄',
      'source code is open',
      'URL 是网址的缩写',
      '【图片新闻】',
      '图片里的运河',
      '[1]',
      '统筹 发展与安全',
      '打印机销量大增',
      '分享经济蓬勃发展',
      '大中小企业融通发展',
      '声明：本报将依法追究侵权行为。',
      '编辑 部门负责人答记者问',
      '| 要闻 |',
      '全市启动春季植树活动 编辑部供稿',
      '登录www.gov.cn查询',
      '法院认定该网站未经授权转载，判令赔偿。',
      '本报记者了解到，根据新修订的办法，未经授权不得转载他人新闻作品，违者将被追究责任。',
      '详情请登录 www.gov.cn',
      '购票请登录 12306.cn',
      '市民可拨打咨询热线：12345。',
      '咨询热线开通首日接听来电三千余个',
    ])
      expect(isStructureLine(line), line).toBe(false);
  });
});

/** Raw lines numbered from 1, as a page file gives them. */
function raw(...texts: string[]): RawLine[] {
  return texts.map((text, index) => ({
    text,
    line: index + 1,
    position: { start: { line: index + 1, column: 1, offset: 0 }, end: { line: index + 1, column: Array.from(text).length + 1, offset: 0 } },
  }));
}

/** An article read so far: its headline, then body lines of the kinds given (paragraphs by default). */
function article(headline: string, ...body: Array<string | [string, LineKind]>): Chunk {
  const chunk = newChunk();
  chunk.headline = layoutLine(raw(headline)[0]!, LineKind.headline);
  for (const line of body) {
    const [text, kind] = typeof line === 'string' ? [line, LineKind.paragraph] : line;
    addBodyLine(chunk, layoutLine(raw(text)[0]!, kind));
  }
  return chunk;
}

const BUS = [
  '记者昨天从市交通运输局获悉，下月起城区将优化调整十二条公交线路，新开三条社区微循环公交线路，方便居民就近换乘地铁。',
  '此次调整的公交线路主要集中在老城区和运河新城，调整后公交线路与地铁站点的换乘距离将缩短到二百米以内。',
];
const SAME_STORY = '调整后，六条夜间公交线路的末班车延长到晚上十一点，夜间公交线路途经地铁站点时与末班地铁衔接，方便晚归居民换乘。';
const NEW_STORY = '东关街道首家社区食堂昨天开门营业，八十岁以上老人就餐每餐补贴五元，附近社区的两百多位老人当天就在食堂吃上了热乎饭菜。';

/** Whether the lone title line `title`, over the text `following`, opens a new article after `current` (startsNewArticle with its context). */
function opensArticle(
  title: string,
  current: Chunk,
  following: string,
  options: { layout?: Parameters<typeof startsNewArticle>[3]; headsTranscript?: boolean; followingLength?: number } = {},
): boolean {
  const context = {
    current,
    following,
    followingLength: options.followingLength ?? Array.from(following).length,
    ...(options.headsTranscript === undefined ? {} : { headsTranscript: options.headsTranscript }),
  };
  return startsNewArticle(raw(title), raw(following)[0], new Set(), options.layout, context);
}

describe('a lone title line over plain text (topic shift)', () => {
  it('counts shared runs of three Han characters, never across punctuation, Latin or digits', () => {
    expect([...hanTerms('公交线路，a地铁站2号', 3)]).toEqual(['公交线', '交线路', '地铁站']);
    expect([...hanTerms('公交线路，a地铁', 2)]).toEqual(['公交', '交线', '线路', '地铁']);
    expect(sharedTermShare('公交线路', 'abc 123', 3)).toBe(0);
  });
  it('tells a new story from the same story by its shared terms', () => {
    expect(isNewStory(BUS.join(''), NEW_STORY)).toBe(true);
    expect(isNewStory(BUS.join(''), SAME_STORY)).toBe(false);
    // A short paragraph that goes on with the story's people and words (王立群, 管网改造).
    expect(isNewStory('王立群在施工现场察看了排水管网改造情况。', '王立群一行随后察看了雨污分流管网改造，三千户居民受益。')).toBe(false);
    // Common words alone (今天, 全国) do not tie two stories.
    expect(
      isNewStory(
        '记者今天从市交通运输局获悉，全国首批试点城区将优化调整十二条公交线路，方便居民就近换乘地铁。',
        '东关街道首家社区食堂今天开门营业，八十岁以上老人就餐每餐补贴五元，附近的两百多位老人当天就在食堂吃上了热乎饭菜，这在全国并不多见。',
      ),
    ).toBe(true);
  });
  it('knows a roundup by its name, not by words a headline may share', () => {
    for (const title of ['本地简讯', '国内联播快讯', '國際快訊', '要闻速览', '新闻集锦', '一周扫描']) expect(isRoundupTitle(title), title).toBe(true);
    for (const title of ['社区食堂迎来首批老年食客', '快递进村 服务到家', '简单的事情重复做', '走进《国际联播快讯》', '《新闻集锦》栏目开播十周年'])
      expect(isRoundupTitle(title), title).toBe(false);
  });
  it('opens a new article when the text under it turns to another story', () => {
    expect(opensArticle('社区食堂迎来首批老年食客', article('城区公交线路下月起优化调整', ...BUS), NEW_STORY)).toBe(true);
  });
  it('compares with the recent paragraphs of a long article, not with all it has gathered', () => {
    // A long article whose first paragraph happened to mention a 社区食堂 and its 老人.
    const long = article(
      '城区民生工程进展',
      '东关街道的社区食堂正在装修，附近社区的老人盼着早日开门营业，当天就能吃上热乎饭菜。',
      ...BUS,
      '交通运输局表示，将根据居民乘车情况继续优化公交线路和班次，高峰时段加密发车。',
    );
    expect(opensArticle('社区食堂迎来首批老年食客', long, NEW_STORY)).toBe(true);
  });
  it('looks further back than short closing lines (verse, a caption) that say too little to judge by', () => {
    const verse = ['山河无恙人间皆安，', '山河无恙人间皆安，', '山河无恙人间皆安。'];
    expect(opensArticle('社区食堂迎来首批老年食客', article('城区公交线路下月起优化调整', ...BUS, ...verse), NEW_STORY)).toBe(true);
    expect(opensArticle('夜间公交线路同步延长', article('城区公交线路下月起优化调整', ...BUS, ...verse), SAME_STORY)).toBe(false);
  });
  it("does not look back past a list's items at the article's end: they are the story's own matter", () => {
    // (A menu, a list of names: lines ending on no mark. Too little to judge by, so a line under them stays a subhead.)
    const menu = ['豆浆油条', '小笼包', '鲜肉馄饨'];
    expect(opensArticle('社区食堂迎来首批老年食客', article('城区公交线路下月起优化调整', ...BUS, ...menu), NEW_STORY)).toBe(false);
  });
  it('keeps a subhead whose text goes on with the story', () => {
    expect(opensArticle('夜间公交线路同步延长', article('城区公交线路下月起优化调整', ...BUS), SAME_STORY)).toBe(false);
  });
  it('keeps the items of a roundup, and does not judge on too little text', () => {
    expect(opensArticle('社区食堂迎来首批老年食客', article('本地简讯', ...BUS), NEW_STORY)).toBe(false);
    expect(opensArticle('社区食堂迎来首批老年食客', article('城区公交线路下月起优化调整', '公交线路调整。'), NEW_STORY)).toBe(false);
    expect(opensArticle('社区食堂迎来首批老年食客', article('城区公交线路下月起优化调整', ...BUS), '食堂开业。')).toBe(false);
  });
  it('opens a new article in a roundup under a story longer than a brief', () => {
    const roundup = article('本地简讯', ...BUS);
    expect(opensArticle('社区食堂迎来首批老年食客', roundup, NEW_STORY, { followingLength: BRIEF_MAX + 1 })).toBe(true);
    expect(opensArticle('社区食堂迎来首批老年食客', roundup, NEW_STORY, { followingLength: BRIEF_MAX })).toBe(false);
    // Only under a roundup: elsewhere the length of the text under a subhead says nothing.
    expect(opensArticle('夜间公交线路同步延长', article('城区公交线路下月起优化调整', ...BUS), SAME_STORY, { followingLength: 2000 })).toBe(false);
  });
  it('opens a new article in a roundup when a transcript starts under the line', () => {
    const roundup = article('本地简讯', ...BUS);
    expect(opensArticle('老年食堂怎样办得更好', roundup, SAME_STORY, { headsTranscript: true })).toBe(true);
    expect(opensArticle('老年食堂怎样办得更好', roundup, SAME_STORY, { headsTranscript: false })).toBe(false);
  });
  it('opens a new article after a transcript when the text under the line is another story', () => {
    const transcript = article('城区公交线路下月起优化调整', ['记者：', LineKind.asker], ...BUS);
    expect(opensArticle('社区食堂迎来首批老年食客', transcript, NEW_STORY)).toBe(true);
    expect(opensArticle('社区食堂迎来首批老年食客', transcript, SAME_STORY)).toBe(false);
  });
  it("follows the paper's layout setting over the topic", () => {
    const current = article('城区公交线路下月起优化调整', ...BUS);
    expect(opensArticle('夜间公交线路同步延长', current, SAME_STORY, { layout: { titleWithoutLead: 'article' } })).toBe(true);
    expect(opensArticle('社区食堂迎来首批老年食客', current, NEW_STORY, { layout: { titleWithoutLead: 'subhead' } })).toBe(false);
  });
});

/** Two meetings reported back to back: the same words (会见, 总统, the summit), another piece of news. */
const MEETING = [
  '国家主席习近平2日在人民大会堂会见来华出席中非合作论坛北京峰会的几内亚总统敦布亚。',
  '习近平指出，中方愿同几内亚一道，推动中几全面战略合作伙伴关系不断向前发展，为中非合作论坛北京峰会作出贡献。',
];
const NEXT_MEETING = '国务院总理李强3日在人民大会堂会见来华出席中非合作论坛北京峰会的厄立特里亚总统伊萨亚斯。李强表示，中方愿同厄方深化合作。';

describe('a lone title line over a news lead', () => {
  it('knows a lead by the day its first clause names', () => {
    for (const text of [
      NEXT_MEETING,
      '今天（9月2日），第三届中国报业创新发展大会在南宁召开。',
      '日前，国务院印发《关于进一步优化政务服务的指导意见》。',
      '市场监管总局11月8号公布数据显示，新设经营主体增长。',
    ])
      expect(isDatedLead(text), text).toBe(true);
    for (const text of [
      SAME_STORY,
      // The day is named after the first sentence, or far into it.
      '调整后，末班车延长到晚上十一点。3日起实行。',
      '此次调整的公交线路主要集中在老城区和运河新城，调整后的换乘距离将在明年3日前缩短。',
      // `当天` refers back to a day already named; `1号线` is no day.
      '当天，六条夜间公交线路的末班车延长到晚上十一点。',
      '地铁1号线与公交线路的换乘距离缩短到二百米以内。',
      // A paragraph that opens on a bare day goes on with a story's events (a feature's subhead over it).
      '3日上午，东关老街非遗工坊人气很旺，剪纸、面塑、糖画摊位前围满了市民游客。',
      '29日，联合国近东救济工程处一名发言人表示，资金缺口很大。',
    ])
      expect(isDatedLead(text), text).toBe(false);
  });
  it('knows a restated title by the words the story above has not used', () => {
    const before = ['习近平会见几内亚总统', ...MEETING].join('\n');
    expect(restatesNewTitle('李强会见厄立特里亚总统', NEXT_MEETING, before)).toBe(true);
    // The title's words are the story's own (a subhead over the story's next day).
    expect(restatesNewTitle('习近平会见几内亚总统', '国家主席习近平3日再次会见几内亚总统敦布亚。', before)).toBe(false);
    // New words that the lead does not restate.
    expect(restatesNewTitle('李强会见厄立特里亚总统', '3日，中非合作论坛北京峰会继续举行。', before)).toBe(false);
  });
  it('opens a new article when a dated lead restates its news, though the words are shared', () => {
    const current = article('习近平会见几内亚总统', ...MEETING);
    expect(isNewStory(MEETING.join(''), NEXT_MEETING)).toBe(false);
    expect(opensArticle('李强会见厄立特里亚总统', current, NEXT_MEETING)).toBe(true);
    // The same title over undated text stays a subhead: the words alone do not tell.
    expect(opensArticle('李强会见厄立特里亚总统', current, '国务院总理李强在人民大会堂会见来华出席中非合作论坛北京峰会的厄立特里亚总统伊萨亚斯。')).toBe(false);
  });
  it('keeps the items of a roundup, dated leads or not', () => {
    expect(opensArticle('李强会见厄立特里亚总统', article('国际快讯', ...MEETING), NEXT_MEETING)).toBe(false);
  });
});

describe('lines over a marked headline', () => {
  it('takes the line right over the headline for its kicker and keeps any line above it as printed', () => {
    const [rubric, kicker, headline] = raw('专题报道', '人才强市', '运河新城首批人才公寓交付使用');
    const chunk = titleChunk([rubric!, kicker!, { ...headline!, hint: { heading: 1 } }], new Set());
    expect(chunk.headline?.content).toBe('运河新城首批人才公寓交付使用');
    expect(chunk.banner?.content).toBe('人才强市');
    expect(chunk.extras?.map((line) => line.content)).toEqual(['专题报道']);
  });
  it("takes a reporter's heading under the subtitle for the byline, an outlet's reporter too (`新华社记者　孙悦`), and no heading of words", () => {
    for (const [credit, byline] of [
      ['新华社记者 孙悦', true],
      ['本报记者 徐超', true],
      ['中新社记者 王明 李华', true],
      ['记者走访运河沿线三条夜市街', false],
    ] as const) {
      const [headline, subtitle, line] = raw('采访两会的外国记者：中国式现代化为全球发展提供新思路', '——全国两会吸引着全世界的目光', credit);
      const chunk = titleChunk(
        [
          { ...headline!, hint: { heading: 1 } },
          { ...subtitle!, hint: { heading: 2 } },
          { ...line!, hint: { heading: 4 } },
        ],
        new Set(),
      );
      expect(
        chunk.bylines.map((one) => one.content),
        credit,
      ).toEqual(byline ? [credit] : []);
    }
  });
});

describe('a bracketed headline', () => {
  it('keeps its brackets, which are printed wording, unless the page marks its items with them', () => {
    const [line] = raw('【大美中国·岁物丰成】');
    expect(titleChunk([line!], new Set()).headline?.content).toBe('【大美中国·岁物丰成】');
    expect(titleChunk([line!], new Set([line!])).headline?.content).toBe('大美中国·岁物丰成');
  });
});

describe('a roundup head', () => {
  it("takes a roundup's name over its first item heading for the headline, the item for a subhead", () => {
    const chunk = titleChunk(raw('本地简讯', '运河公园新增二百个停车位'), new Set(), undefined, raw('运河公园北门停车场改造完工，新增二百个停车位。')[0]);
    expect(chunk.headline?.content).toBe('本地简讯');
    expect(chunk.banner).toBeUndefined();
    expect(chunk.body.map((line) => [line.kind, line.content])).toEqual([[LineKind.subhead, '运河公园新增二百个停车位']]);
  });
  it("keeps a roundup's dash subtitle with its name", () => {
    const chunk = titleChunk(
      raw('国内联播快讯', '——访市发展改革委主任赵文博', '运河公园新增二百个停车位'),
      new Set(),
      undefined,
      raw('停车场改造完工，新增二百个停车位。')[0],
    );
    expect([chunk.headline?.content, chunk.subtitles.map((line) => line.content)]).toEqual(['国内联播快讯', ['——访市发展改革委主任赵文博']]);
    expect(chunk.body.map((line) => line.content)).toEqual(['运河公园新增二百个停车位']);
  });
  it('takes the line right above a dash subtitle for the headline, never the dash line', () => {
    const chunk = titleChunk(raw('城市书房如何办得长久', '——访区文化和旅游局局长赵文博', '——写在第二十家社区书房开放之际'), new Set());
    expect([chunk.banner?.content, chunk.headline?.content, chunk.subtitles.map((line) => line.content)]).toEqual([
      undefined,
      '城市书房如何办得长久',
      ['——访区文化和旅游局局长赵文博', '——写在第二十家社区书房开放之际'],
    ]);
  });
  it('takes it for a column rubric over one story when a lead follows, or when the paper prints kickers above', () => {
    const lead = raw('本报讯 运河夜游航线自本周起延长运营至晚上十点。')[0];
    const rubric = titleChunk(raw('本地快讯', '运河夜游航线延长至十点'), new Set(), undefined, lead);
    expect([rubric.banner?.content, rubric.headline?.content]).toEqual(['本地快讯', '运河夜游航线延长至十点']);
    const above = titleChunk(raw('本地简讯', '运河公园新增二百个停车位'), new Set(), { kicker: 'above' }, raw('停车场改造完工。')[0]);
    expect(above.headline?.content).toBe('运河公园新增二百个停车位');
    // A site's section name under the headline is where the copy was filed, no subtitle; over it, a rubric as before.
    const filed = titleChunk(raw('海濱長廊延長開放時間', '港聞'), new Set(), undefined, raw('康文署宣布延長開放時間。')[0]);
    expect([filed.headline?.content, filed.subtitles.length, filed.extras?.map((line) => line.content)]).toEqual(['海濱長廊延長開放時間', 0, ['港聞']]);
    expect(titleChunk(raw('港聞', '海濱長廊延長開放時間'), new Set()).headline?.content).toBe('海濱長廊延長開放時間');
  });
});

/** The heads a page's blank lines set off, as texts; `text` is one page. */
function setOff(text: string): string[] {
  return [...blankLineHeads([splitLines(new VFile(text))])].map((line) => line.text);
}

describe('blank lines that part articles (blank-lines.ts)', () => {
  const story = (title: string, ...paragraphs: string[]): string => [title, ...paragraphs.map((paragraph) => `　　${paragraph}`)].join('\n');
  const A = story('市长会见荷兰代表团', '市长昨天会见荷兰埃因霍温市代表团。', '双方就智能制造合作深入交流。');
  const B = story('两市签署合作备忘录', '会见后，两市签署智能制造合作备忘录。', '两市将共建合作园区。');
  const C = story('湿地公园迎来候鸟', '地处运河下游的湿地公园迎来越冬候鸟。', '市民可在观鸟台观赏。');
  it('sets off the heads of a page whose only blank lines stand over heads', () => {
    expect(setOff([A, B, C].join('\n\n'))).toEqual(['两市签署合作备忘录', '湿地公园迎来候鸟']);
    // A line of furniture or a byline may stand apart too.
    expect(setOff([A, '本报记者　王磊', B, C].join('\n\n'))).toEqual(['两市签署合作备忘录', '湿地公园迎来候鸟']);
    // And the text under a head's byline: the blank line parts the head from its text.
    expect(setOff([A, B.replace('\n', '\n本报记者　王磊\n\n'), C].join('\n\n'))).toEqual(['湿地公园迎来候鸟']);
  });
  it('never sets off a head marked as a section of an article or the label of a box', () => {
    const marked = [A, story('一、政务服务再提速', '李明说，政务服务事项将全部网上办理。'), story('编者按', '本报今起推出系列报道。'), B, C].join('\n\n');
    expect(setOff(marked)).toEqual(['两市签署合作备忘录', '湿地公园迎来候鸟']);
  });
  it('says nothing of a page with blank lines between paragraphs, over a paragraph, or too few', () => {
    expect(setOff([A, B, C].join('\n\n').replaceAll('\n　　', '\n\n　　'))).toEqual([]);
    // A head with a blank line under it: its paragraph stands under a blank line.
    expect(setOff([A, B.replace('\n', '\n\n'), C].join('\n\n'))).toEqual([]);
    // One blank line over a head is no habit.
    expect(setOff([A, B].join('\n\n') + '\n' + C)).toEqual([]);
    // Too little running text line under line to show one.
    expect(setOff(['甲', '　　一句。', '', '乙', '　　两句。', '', '丙', '　　三句。'].join('\n'))).toEqual([]);
  });
  it('lets no line run into one its page opens as a paragraph', () => {
    // (A word segmenter reads `地处…` as the particle `地` + `处`, as a line opening on a comma would go on.)
    const [title, lead] = raw('湿地公园迎来候鸟', '，白鹭和苍鹭在浅滩上觅食。');
    expect(runsInto(title!, lead)).toBe(true);
    expect(runsInto(title!, { ...lead!, hint: { opensParagraph: true } })).toBe(false);
    expect(runsInto(title!, undefined)).toBe(false);
  });
});

describe("a bilingual page's headline and its translation", () => {
  it('takes a line of other letters under a headline for its translation only as a headline is set: short, no sentence', () => {
    // (Measured by its width, two letters a character's: 52 letters are a headline's 26.)
    expect(isTranslation("China's top legislature holds second plenary meeting")).toBe(true);
    expect(isTranslation('The meeting was held in Beijing on Friday morning, officials said.')).toBe(false);
    expect(isTranslation('Jiangcheng, a City Where the Rivers Meet the Future')).toBe(false);
    expect(isTranslation('Source: United Nations Environment Programme Report on renewable energy capacity worldwide')).toBe(false);
    // (The English lines of a text stay text: a Latin line is no title line by its own look when it is longer than a headline in characters.)
    expect(isTitleLine('Jiangcheng at night is simply amazing and I will come back here again')).toBe(false);
  });
  it('reads the Chinese line as the headline and the translation under it as its subtitle', () => {
    expect(isTranslation("Women's Day celebrated across China")).toBe(true);
    expect(isTranslation('G20')).toBe(false);
    expect(isTranslation('江城 Daily 新闻')).toBe(false);
    expect(twoLineHead('江城马拉松报名今天开启', 'Registration opens for Jiangcheng Marathon')).toEqual({ kicker: false, byLength: false });
    // (Two Chinese lines are read as before, by their look.)
    expect(twoLineHead('新思想引领新征程', '江城新区首批人才公寓交付使用').kicker).toBe(true);
  });
});
