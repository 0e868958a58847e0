/**
 * The forms a paper's questions and answers take beyond `问：` / `答：` and a press conference's reporters: a column's
 * turns named by who asks and who answers, an explainer's numbered questions answered with no mark, `Q1：` / `A：`, a
 * programme's second guest, and a host's turns that only run the event.
 */
import { describe, expect, it } from 'vitest';
import { isHostsAside, matchInterviewTurn, matchNamedTurn, matchNumberedQuestion, pairedTurns } from '../../scripts/ingest/rules/speaker.ts';
import { matchDateline } from '../../scripts/ingest/rules/dateline.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';

/** Each Q&A entry of a section: its asker, respondent, and the start of its question and answer. */
function entries(section: string): Array<[string, string | undefined, string, string]> {
  return [...section.matchAll(/:::question\{asker="([^"]*)"\}\n([^\n]{0,12})[^]*?:::answer(?:\{respondent="([^"]*)"\})?\n(?:([^\n:]{0,12})|:::)/gu)].map(
    (found) => [found[1]!, found[3], found[2]!, found[4] ?? ''],
  );
}

describe('turns of a Q&A', () => {
  it('reads a turn named by who asks or answers only where asking and answering pair up', () => {
    expect(matchNamedTurn('读者张女士问：我今年退休，医保个人账户里的钱还能用吗？')).toMatchObject({ turn: 'question', who: '读者张女士' });
    expect(matchNamedTurn('市住房公积金管理中心答：可以。')).toMatchObject({ turn: 'answer', who: '市住房公积金管理中心' });
    expect(matchNamedTurn('记者提问：的士车队制度何时推行？')).toMatchObject({ turn: 'question', who: '记者' });
    expect(pairedTurns(['读者张女士问：退休后还能用吗？', '市医保局答：可以继续使用。', '读者刘先生问：异地能用吗？', '市医保局答：可以备案。'])).toEqual(
      new Set([0, 1, 2, 3]),
    );
    // (A story's quote is no turn: nobody answers it; nor one exchange quoted, a question and its answer once.)
    expect(pairedTurns(['张大爷问：“这钱怎么领？”', '工作人员耐心地给他讲解了办理流程。'])).toEqual(new Set());
    expect(pairedTurns(['不少购房者问：现在是不是入市的好时机？', '业内人士回答：刚需购房者可以根据自身情况入市。', '专家提醒，购房要量力而行。'])).toEqual(
      new Set(),
    );
  });

  it("reads a host's turn that asks nothing as the event's, one that asks or requests as a question", () => {
    for (const rest of ['谢谢温厅长。下面请各位记者提问。', '本场发布会到此结束，谢谢大家。', '林晓']) expect(isHostsAside('主持人', rest), rest).toBe(true);
    for (const rest of ['今年供暖季提前开始，市民最关心什么？', '请您介绍一下今年的供暖准备情况。']) expect(isHostsAside('主持人', rest), rest).toBe(false);
  });

  it('reads a numbered question, not a numbered point', () => {
    expect(matchNumberedQuestion('1.流感和普通感冒怎么区分？')).toMatchObject({ label: '1', number: 1 });
    expect(matchNumberedQuestion('### 一问：哪些家电可以申请补贴？'.replace(/^#+ /u, ''))).toMatchObject({ label: '一问', number: 1 });
    expect(matchNumberedQuestion('**2. 补贴标准是多少？**')).toMatchObject({ number: 2 });
    expect(matchNumberedQuestion('2.开展专项整治')).toBeUndefined();
    // (An essay's section numbered in words is its subhead, however it asks.)
    expect(matchNumberedQuestion('一、为什么说新质生产力是先进生产力？')).toBeUndefined();
    // (A quarter's figures are no question.)
    expect(matchInterviewTurn('Q1：营收62.3亿元，同比增长3.1%')).toBeUndefined();
    expect(matchInterviewTurn('Q1：冬天是不是越补越好？')).toMatchObject({ turn: 'question', label: 'Q1' });
  });
});

describe('Q&A entries as papers print them', () => {
  it("reads a column's named turns and an explainer's numbered questions as entries, each list one section", async () => {
    const { sections } = await ingestFiles({
      '白河晚报/20241120/A07.txt': [
        '白河晚报',
        '2024年11月20日　星期三',
        '第A07版　读者之声',
        '',
        '有问必答',
        '　　读者张女士问：我今年退休，医保个人账户里的钱退休后还能继续用吗？',
        '　　市医保局答：退休后，医保个人账户继续保留，余额可以继续使用。',
        '　　读者刘先生问：孩子在外地上大学，寒假回家生病了能用医保吗？',
        '　　市医保局答：可以通过国家医保服务平台办理异地就医备案，备案后直接结算。',
        '',
        '流感来袭，这几个问题您关心吗？',
        '记者　韩雪',
        '　　流感高发季，不少市民对流感的症状和用药存在疑问。记者请市疾控中心专家进行解答。',
        '1.流感和普通感冒怎么区分？',
        '　　普通感冒症状较轻，一般不发热。流感起病急，常有高热、头痛、全身酸痛。',
        '2.得了流感一定要吃抗病毒药吗？',
        '　　抗病毒药物要在医生指导下使用，发病48小时内用药效果最好。',
        '3.现在接种流感疫苗还来得及吗？',
        '　　来得及。接种后约两周就能产生保护性抗体。',
        '',
        '健康问答',
        '冬季进补，这些误区要避开',
        '　　入冬以后，不少市民开始进补。怎样补才科学？本期请营养科主任答疑。',
        'Q1：冬天是不是越补越好？',
        'A：不是。进补要因人而异。',
        'Q2：孩子需要冬季进补吗？',
        'A：一般不需要，饮食均衡就可以。',
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'kind'])).toEqual([
      ['有问必答', 'qa'],
      ['流感来袭，这几个问题您关心吗？', 'qa'],
      ['冬季进补，这些误区要避开', 'qa'],
    ]);
    expect(entries(sections[0]!)).toEqual([
      ['读者张女士', '市医保局', '读者张女士问：我今年退休', '市医保局答：退休后，医保'],
      ['读者刘先生', '市医保局', '读者刘先生问：孩子在外地', '市医保局答：可以通过国家'],
    ]);
    expect(entries(sections[1]!).map(([asker, , question, answer]) => [asker, question, answer])).toEqual([
      ['1', '1.流感和普通感冒怎么区', '普通感冒症状较轻，一般不'],
      ['2', '2.得了流感一定要吃抗病', '抗病毒药物要在医生指导下'],
      ['3', '3.现在接种流感疫苗还来', '来得及。接种后约两周就能'],
    ]);
    expect(entries(sections[2]!).map(([asker, , question]) => [asker, question])).toEqual([
      ['Q1', 'Q1：冬天是不是越补越好'],
      ['Q2', 'Q2：孩子需要冬季进补吗'],
    ]);
  });

  it("keeps a list of numbered titles over a record's fields as records, each its own section", async () => {
    const { sections } = await ingestFiles({
      '榆溪网络问政/2024年11月.txt': [
        '榆溪市网络问政平台留言办理情况选登（2024年11月）',
        '市政务服务中心整理　2024年12月3日',
        '',
        '一、公交12路能否延伸到高铁站？',
        '留言人：通勤族小陈　　留言时间：2024-11-02 18:05',
        '留言内容：榆溪北站开通以后，从城东坐公交去高铁站要换乘两次。',
        '回复单位：榆溪市交通运输局　　回复时间：2024-11-11 14:20',
        '回复内容：网友您好！12路延伸至榆溪北站具备条件，计划于12月中旬调整运营。',
        '',
        '二、冬季燃气费为什么突然涨了？',
        '留言人：匿名　　留言时间：2024-11-06 20:37',
        '留言内容：11月的燃气账单比10月多了一倍多，是不是燃气价格上调了？',
        '回复单位：榆溪市发展和改革委员会　　回复时间：2024-11-08 09:55',
        '回复内容：您好！今年我市居民用气价格未作调整，冬季账单高于其他月份属正常现象。',
      ].join('\n'),
    });
    expect(sections).toHaveLength(2);
    expect(sections.every((section) => !section.includes(':::question'))).toBe(true);
  });

  it("reads a programme's second guest as answering, and the host's opening and close as the programme's text", async () => {
    const { sections } = await ingestFiles({
      '溪口广播电视台/民生直通车/20241125.txt': [
        '《民生直通车》2024年11月25日：冬季用气用电安全',
        '主持人：林晓',
        '',
        '主持人：观众朋友们，晚上好！进入冬季，取暖设备使用增多，今天我们请来了两位嘉宾。',
        '主持人：高局长，冬季家庭火灾主要有哪些原因？',
        '高建军：主要是电气线路老化、取暖设备使用不当和电动自行车违规充电。',
        '主持人：潘经理，燃气泄漏有什么征兆？',
        '潘立新：燃气有特殊的臭味，闻到异味要立即关闭阀门、开窗通风。',
        '主持人：今天的节目就到这里，感谢两位嘉宾。我们下期再见。',
      ].join('\n'),
    });
    expect(sections).toHaveLength(1);
    expect(entries(sections[0]!).map(([, respondent, question]) => [respondent, question])).toEqual([
      ['高建军', '主持人：高局长，冬季家庭'],
      ['潘立新', '主持人：潘经理，燃气泄漏'],
    ]);
  });
});

describe("a column's questions short enough to read as subheads, and a site's messages and replies", () => {
  it('reads them as entries, whoever is named, with or without quotes', async () => {
    expect(matchNamedTurn('网友“小雨点”问：之前交的养老保险能转过来吗？')).toMatchObject({ turn: 'question', who: '网友“小雨点”' });
    expect(matchNamedTurn('留言：胜利路一段路灯不亮，请尽快维修。')).toMatchObject({ turn: 'question', who: '留言' });
    expect(matchNamedTurn('回复：经现场核查，已于5月15日修复。（市城管局）')).toMatchObject({ turn: 'answer', who: '回复' });
    // (A bare `问：`, `答：` is an interview's turn, read elsewhere; nobody named before a colon is no named turn.)
    for (const text of ['问：科技创新如何…', '答：可以。', '：留言']) expect(matchNamedTurn(text), text).toBeUndefined();
    const { sections } = await ingestFiles({
      '鹿城晚报/鹿城晚报_20240522_A07.txt': [
        '鹿城晚报',
        '2024年5月22日　星期三',
        '',
        '有问必答',
        '医保报销、社保转移、入学报名……部门答复来了',
        '本报记者　田甜　整理',
        '',
        '近期，本报民生热线接到不少市民来电，咨询医保、社保、入学等方面的问题。记者将部分问题转给相关部门，现将答复刊登如下。',
        '市民李先生问：异地就医备案能不能在手机上办？',
        '市医保局答：可以。参保人可以通过国家医保服务平台App办理异地就医备案。',
        '网友“小雨点”问：之前交的养老保险能转过来吗？',
        '市人社局答：可以转移接续，个人缴费年限累计计算。',
        '',
        '网络问政',
        '路灯不亮、井盖松动，部门这样回复',
        '',
        '本期选登“鹿城问政”平台近期部分网民留言和部门回复。',
        '留言：胜利路与建设街交叉口往东一段，路灯已经连续一周不亮了，晚上走路很不安全。',
        '回复：经现场核查，该路段路灯因地下电缆老化断路，已于5月15日更换电缆并恢复照明。（市城管局）',
        '留言：东湖小区3号楼门口有一个井盖松动，车辆经过时响声很大。',
        '回复：接到留言后，我局立即联系产权单位进行了加固。（市住建局）',
      ].join('\n'),
    });
    expect(sections.map(entries)).toEqual([
      [
        ['市民李先生', '市医保局', '市民李先生问：异地就医备', '市医保局答：可以。参保人'],
        ['网友“小雨点”', '市人社局', '网友“小雨点”问：之前交', '市人社局答：可以转移接续'],
      ],
      [
        ['留言', '回复', '留言：胜利路与建设街交叉', '回复：经现场核查，该路段'],
        ['留言', '回复', '留言：东湖小区3号楼门口', '回复：接到留言后，我局立'],
      ],
    ]);
  });
});

describe('questions asked without a label: marked, in bold, numbered in words; a call-in’s tagged turns', () => {
  it('reads an interview’s ■ questions answered under □ as entries; one ■ line is an item, not an interview', async () => {
    const { sections } = await ingestFiles({
      '北疆工人报/20231108/第05版.txt': [
        '北疆工人报　2023年11月8日　星期三',
        '第5版：专访',
        '',
        '让冷链物流跑出“加速度”',
        '——访区物流协会会长 谢天明',
        '',
        '本报记者　程亮',
        '',
        '冷链物流一头连着田间地头，一头连着百姓餐桌。记者专访了区物流协会会长谢天明。',
        '',
        '■今年以来，我区冷链物流的需求情况怎么样？',
        '□总体是稳步增长。前三季度，全区冷链物流总额同比增长4.2%。',
        '',
        '■冷链需求快速增长，对运输装备提出了哪些新要求？',
        '□最直接的变化是新能源冷藏车多了。',
        '',
        '■下一步还有什么打算？',
        '□我们将继续完善冷链物流基础设施网络。',
      ].join('\r\n'),
    });
    expect(heads(sections, ['title', 'kind', 'qaCount'])).toEqual([['让冷链物流跑出“加速度”', 'qa', '3']]);
    expect(entries(sections[0]!).map(([, , question, answer]) => [question, answer])).toEqual([
      ['■今年以来，我区冷链物流', '□总体是稳步增长。前三季'],
      ['■冷链需求快速增长，对运', '□最直接的变化是新能源冷'],
      ['■下一步还有什么打算？', '□我们将继续完善冷链物流'],
    ]);
  });

  it('reads one marked or bold question as a story’s, no interview', async () => {
    const { sections } = await ingestFiles({
      '北疆工人报/20231108/第06版.txt': [
        '北疆工人报　2023年11月8日　星期三',
        '第6版：综合',
        '',
        '冷链物流需求稳步增长',
        '',
        '本报讯 今年以来，我区冷链物流需求稳步增长。',
        '',
        '■冷链需求快速增长，对运输装备提出了哪些新要求？',
        '□最直接的变化是新能源冷藏车多了。',
      ].join('\n'),
      'Clippings/充电.md': [
        '---',
        'title: 充电更方便',
        'date: 2023-09-21',
        'source: 陇中晚报',
        '---',
        '',
        '本报讯 充电桩越来越多。',
        '',
        '**老旧小区“充电难”怎么破解？**',
        '',
        '共享式充电站建起来了。',
      ].join('\n'),
    });
    expect(heads(sections, ['kind', 'qaCount']).sort()).toEqual([
      ['article', undefined],
      ['article', undefined],
    ]);
  });

  it('reads a Markdown interview’s questions set wholly in bold, the answers plain under them', async () => {
    const { sections } = await ingestFiles({
      'Clippings/让新能源车主充电更方便.md': [
        '---',
        'title: "让新能源车主充电更方便"',
        'published: 2023-09-21',
        'source: 陇中晚报',
        '---',
        '',
        '# 让新能源车主充电更方便',
        '',
        '本报记者　潘晓',
        '',
        '新能源汽车越来越多，充电设施建设跟不上怎么办？近日，记者专访了市能源局局长梁静怡。',
        '',
        '**截至目前，我市充电基础设施建设情况如何？**',
        '',
        '今年以来，我市充电基础设施规模持续扩大。',
        '',
        '**老旧小区“充电难”怎么破解？**',
        '',
        '我们在老旧小区建设共享式充电站。',
        '',
        '同时推行社区统建统营。',
        '',
        '**下一步有哪些工作安排？**',
        '',
        '加快县乡充电设施建设。',
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'kind', 'qaCount'])).toEqual([['让新能源车主充电更方便', 'qa', '3']]);
    expect(entries(sections[0]!).map(([, , question, answer]) => [question, answer])).toEqual([
      ['截至目前，我市充电基础设', '今年以来，我市充电基础设'],
      ['老旧小区“充电难”怎么破', '我们在老旧小区建设共享式'],
      ['下一步有哪些工作安排？', '加快县乡充电设施建设。'],
    ]);
  });

  it('reads a question in bold at the head of its answer’s paragraph, in Markdown and in HTML, as its own line', async () => {
    const markdown = [
      '---',
      'title: 暑期出游热 这份问答请收好',
      'date: 2024-08-06',
      'source: 滇南都市报',
      '---',
      '',
      '眼下正是暑期旅游旺季，小编整理了网友们问得最多的几个问题。',
      '',
      '**北京中轴线游客多吗？**很多。平均每天参观的旅游团约有3700个。',
      '',
      '**去西安看兵马俑，天太热怎么办？** 博物院设置了防暑降温喷淋系统。',
      '',
      '**想找个凉快的地方避暑，有哪些推荐？**黑龙江漠河北极村推出了乡村营地。',
    ].join('\n');
    const html = [
      '<html><head><meta charset="utf-8"><title>千亿件快递背后 寄件收件更方便</title></head><body>',
      '<h1>千亿件快递背后 寄件收件更方便</h1>',
      '<p>来源：锦江日报　2024-08-16　第06版</p>',
      '<p>快递业务量突破千亿件，记者梳理了读者关心的问题。</p>',
      '<p><strong>今年快递业务量有多大？</strong>今年以来，我国快递业务量已突破1000亿件。</p>',
      '<p><b>农村寄快递方便吗？</b>全国建成村级寄递物流综合服务站30多万个。</p>',
      '</body></html>',
    ].join('\n');
    const { sections } = await ingestFiles({ 'posts/暑期出游热.md': markdown, '锦江新闻网/kuaidi.html': html });
    expect(heads(sections, ['title', 'kind', 'qaCount']).sort()).toEqual([
      ['千亿件快递背后 寄件收件更方便', 'qa', '2'],
      ['暑期出游热 这份问答请收好', 'qa', '3'],
    ]);
    const post = sections.find((section) => section.includes('暑期出游热'))!;
    expect(entries(post).map(([, , question, answer]) => [question, answer])).toEqual([
      ['北京中轴线游客多吗？', '很多。平均每天参观的旅游'],
      ['去西安看兵马俑，天太热怎', '博物院设置了防暑降温喷淋'],
      ['想找个凉快的地方避暑，有', '黑龙江漠河北极村推出了乡'],
    ]);
    // (A bold phrase that asks nothing, at a paragraph's head, stays in its paragraph.)
    const { sections: plain } = await ingestFiles({
      'posts/note.md': [
        '---',
        'title: 运河通航',
        'date: 2024-08-06',
        'source: 滇南都市报',
        '---',
        '',
        '**本报讯**运河今天通航。',
        '',
        '**又讯**运河公园开放。',
      ].join('\n'),
    });
    const { sections: page } = await ingestFiles({
      '锦江新闻网/yunhe.html': html.replace(/<p><strong>.*<\/p>/su, '<p><b>本报讯</b>运河今天通航。</p>\n<p><b>又讯</b>运河公园开放。</p>'),
    });
    expect(heads([...plain, ...page], ['kind'])).toEqual([['article'], ['article']]);
    expect(plain[0]!.split('---')[2]).toMatch(/本报讯运河今天通航。/u);
    expect(page[0]!.split('---')[2]).toMatch(/本报讯运河今天通航。/u);
  });

  it('reads an explainer’s questions numbered in words, three at the least, each answered in a few lines', async () => {
    const page = (questions: number): string =>
      [
        '滇西日报　2025年1月9日　星期四',
        '第3版　政策解读',
        '',
        '个人养老金制度全面实施 这些问题你关心吗',
        '本报记者　黄文静',
        '个人养老金制度自2024年12月15日起在全国全面实施。',
        '一、什么是个人养老金？',
        '　　个人养老金是政府政策支持、个人自愿参加的补充养老保险制度。',
        '二、哪些人可以参加？有年龄限制吗？',
        '　　参加基本养老保险的劳动者都可以参加。',
        ...(questions > 2 ? ['三、每年最多能缴多少钱？', '　　每年的缴费上限是12000元。'] : []),
      ].join('\n');
    const three = await ingestFiles({ '滇西日报/20250109-03.txt': page(3) });
    expect(heads(three.sections, ['title', 'qaCount'])).toEqual([['个人养老金制度全面实施 这些问题你关心吗', '3']]);
    expect(entries(three.sections[0]!).map(([, , question]) => question)).toEqual([
      '一、什么是个人养老金？',
      '二、哪些人可以参加？有年',
      '三、每年最多能缴多少钱？',
    ]);
    // (Two are a report's sections as often: its subheads.)
    const two = await ingestFiles({ '滇西日报/20250109-03.txt': page(2) });
    expect(heads(two.sections, ['title', 'qaCount'])).toEqual([['个人养老金制度全面实施 这些问题你关心吗', undefined]]);
    // (Numbered in brackets, `（一）…？`, as Markdown headings too.)
    const bracketed = await ingestFiles({
      '滇西日报/20250109-03.txt': page(3).replace(/^([一二三])、/gmu, '（$1）'),
      'notes/技能补贴.md': [
        '---',
        'title: 技能提升补贴怎么领',
        'date: 2024-12-12',
        'source: 邵水日报',
        '---',
        '',
        '## （一）技能提升补贴今年发了多少？',
        '',
        '前三季度向219万劳动者发放了36亿元技能提升补贴。',
        '',
        '## （二）没有一技之长，参加培训能找到工作吗？',
        '',
        '能。带岗培训每两周举行一次。',
        '',
        '## （三）什么是新型学徒制？',
        '',
        '新型学徒制由企业和院校联合培养。',
      ].join('\n'),
    });
    expect(heads(bracketed.sections, ['title', 'qaCount']).sort()).toEqual([
      ['个人养老金制度全面实施 这些问题你关心吗', '3'],
      ['技能提升补贴怎么领', '3'],
    ]);
  });

  it('reads numbered askers’ labels (`问一：` / `答：`), each asking with a question’s mark; an ordinary story after them its own', async () => {
    const { sections } = await ingestFiles({
      '汉阳晚报/20241228/07.txt': [
        '汉阳晚报数字报　　2024-12-28　　第07版：就业·问答',
        '',
        '毕业生求职 这些服务可以用',
        '',
        '本报记者　韩冰',
        '',
        '　　临近年底，不少高校毕业生开始找工作。记者就此采访了市人力资源和社会保障局。',
        '',
        '问一：明年高校毕业生规模有多大？',
        '答：2025届高校毕业生预计规模1222万人。',
        '',
        '问二：寒假期间还有招聘会吗？',
        '答：有。各地高校持续在线上线下举办专场招聘会。',
        '',
        '',
        '海军两栖攻击舰首舰下水 命名四川舰',
        '',
        '　　本报讯（记者　邱晓燕　通讯员　姚丽）今天，两栖攻击舰首舰下水命名仪式在上海举行。',
        '　　上午10时许，下水命名仪式开始。',
      ].join('\r\n'),
    });
    expect(heads(sections, ['paper', 'page', 'title', 'kind', 'qaCount'])).toEqual([
      ['汉阳晚报', '7', '毕业生求职 这些服务可以用', 'qa', '2'],
      ['汉阳晚报', '7', '海军两栖攻击舰首舰下水 命名四川舰', 'article', undefined],
    ]);
    expect(matchInterviewTurn('问一：明年高校毕业生规模有多大？')).toMatchObject({ turn: 'question', label: '问一' });
    expect(matchInterviewTurn('答2：有。')).toMatchObject({ turn: 'answer' });
    expect(matchInterviewTurn('问1：营收62.3亿元')).toBeUndefined();
  });

  it('reads a call-in’s tagged turns: the host and callers ask, the guests answer, a caller’s thanks is no question', async () => {
    const { sections } = await ingestFiles({
      '汾州新闻综合广播/民生直通车20240110.txt': [
        '《民生直通车》节目文字实录',
        '',
        '播出时间：2024年1月10日（星期三）9:00—10:00',
        '本期话题：医保新政落地 看病买药能省多少',
        '',
        '【主持人 晓雨】听众朋友们，早上好！今天做客直播间的是市医疗保障局副局长彭立新。',
        '【嘉宾 彭立新】主持人好，听众朋友们好。',
        '【主持人 晓雨】彭局长，新版医保药品目录开始执行，有什么变化？',
        '【嘉宾 彭立新】又有126种药品新增进入医保目录。',
        '【听众 冯阿姨】我老伴一直吃一种进口药，现在能报销吗？',
        '【嘉宾 钟华】冯阿姨，您把药名告诉我们的导播。',
        '【听众 冯阿姨】好的好的，谢谢你们。',
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'qaCount'])).toEqual([['医保新政落地 看病买药能省多少', '2']]);
    expect(entries(sections[0]!).map(([asker, respondent, question]) => [asker, respondent, question])).toEqual([
      ['晓雨', '彭立新', '【主持人 晓雨】彭局长，'],
      ['冯阿姨', '钟华', '【听众 冯阿姨】我老伴一'],
    ]);
    expect(matchInterviewTurn('【听众 冯阿姨】好的好的，谢谢你们。')).toBeUndefined();
    // (One exchange, a broadcast story's reporter asking a passer-by, is the story's speech.)
    const story = await ingestFiles({
      '新闻联播/2024-04-02.txt': [
        '新闻联播',
        '2024年4月2日 星期二',
        '',
        '重点项目建设提速',
        '【记者】这样的进度和去年比有什么变化？',
        '【受访者 张建国】变化很大，今年比去年提前了半个月。',
      ].join('\n'),
    });
    expect(heads(story.sections, ['kind', 'qaCount'])).toEqual([['article', undefined]]);
    expect(matchInterviewTurn('【嘉宾 钟华】冯阿姨，您好。')).toMatchObject({ turn: 'answer', who: '钟华' });
  });

  it('reads a programme’s turns labelled with part and name (`观众来电（刘女士）：`, `嘉宾 王立新：`, `嘉宾张华：`), its time after the colon or before the label', async () => {
    const { sections } = await ingestFiles({
      '早安理财/早安理财-2024-04-16.txt': [
        '滨海交通广播FM98.6《早安理财》节目实录',
        '节目主题：支付更便利 刷卡扫码都方便',
        '播出日期：2024年4月16日　07:30—08:00',
        '',
        '主持人：（07:30）各位听众早上好，欢迎收听《早安理财》。',
        '嘉宾 王立新：（07:30）主持人好，各位听众好。',
        '主持人：（07:31）王处长，外籍游客来华支付，过去难在哪儿？',
        '嘉宾 王立新：（07:31）刷卡难，曾是不少外籍游客支付时遇到的问题。',
        '听众来电：（07:34）我家开了个小饭馆，外国客人拿现金来，找零不方便，怎么办？',
        '嘉宾 王立新：（07:34）现金的使用环境也在改善。',
        '听众来电：（07:45）那我就放心了，谢谢王处长。',
      ].join('\n'),
      '民生面对面/20241210_家电以旧换新.txt': [
        '滨江广播电视台新闻综合频道《民生面对面》节目文字实录',
        '本期主题：家电以旧换新 怎么换更划算',
        '播出时间：2024年12月10日（星期二）20:00—20:30',
        '',
        '[00:00:15] 主持人（李明）：观众朋友们晚上好，欢迎收看《民生面对面》。',
        '[00:00:48] 嘉宾张华：主持人好，观众朋友们好。',
        '[00:01:30] 主持人（李明）：张科长，这一轮家电以旧换新，整体效果怎么样？',
        '[00:01:41] 嘉宾张华：政策效应正在进一步显现。',
        '[00:05:40] 观众来电（刘女士）：旧的消毒柜要自己拉到回收站吗？',
        '[00:05:58] 嘉宾陈静：不用自己拉，销售人员会上门服务。',
        '[00:09:30] 主持人（李明）：感谢两位嘉宾。',
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'kind', 'qaCount']).sort()).toEqual([
      ['家电以旧换新 怎么换更划算', 'qa', '2'],
      ['支付更便利 刷卡扫码都方便', 'qa', '2'],
    ]);
    const show = sections.find((section) => section.includes('家电以旧换新'))!;
    expect(entries(show).map(([asker, respondent]) => [asker, respondent])).toEqual([
      ['李明', '张华'],
      ['刘女士', '陈静'],
    ]);
    expect(show.split('---')[2]).not.toMatch(/\[00:0/u);
    expect(matchInterviewTurn('嘉宾 王立新：（07:31）刷卡难。')).toMatchObject({ turn: 'answer', who: '王立新' });
    // (A name runs on a guest's part only: `记者手记：` is a column's label, no reporter named 手记.)
    expect(matchInterviewTurn('记者手记：丰收为何不易？')).toBeUndefined();
  });

  it('reads a talk show that stamps some turns only, a bracketed stamp with no space after it; its head’s `话题：` the topic', async () => {
    const turn = (stamp: string, text: string): string => (stamp === '' ? text : `${stamp}${text}`);
    const { sections } = await ingestFiles({
      '湟水之声/午间热线/20250108.txt': [
        '湟水之声 FM101.6《午间热线》',
        '2025-01-08（周三）12:00-13:00 直播',
        '话题：冬季供暖热不热 热线里听民声',
        '主持人：江涛',
        '',
        turn('[12:00:30]', '【主持人】各位听众中午好，这里是《午间热线》。'),
        turn('', '【嘉宾 赵立民】听众朋友们好。'),
        turn('[12:04:10]', '【主持人】赵科长，供暖期间室内温度应该达到多少度？'),
        turn('', '【嘉宾 赵立民】居民卧室、起居室的温度不低于18摄氏度。'),
        turn('[12:08:45]', '【网友 "高原红"】我家住顶楼，暖气片上面热下面凉，怎么办？'),
        turn('', '【嘉宾 马兰】多半是暖气片里有空气。'),
        turn('[12:15:20]', '【听众 李大爷】我们小区暖气总是不热，找谁反映？'),
        turn('', '【嘉宾 赵立民】可以拨打供热服务热线。'),
        turn('[12:58:00]', '【主持人】感谢收听，明天再见。'),
      ].join('\n'),
    });
    expect(heads(sections, ['date', 'title', 'kind', 'qaCount'])).toEqual([['2025-01-08', '冬季供暖热不热 热线里听民声', 'qa', '3']]);
    expect(sections[0]!.split('---')[2]).not.toMatch(/\[12:0/u);
    expect(matchDateline('2025-01-08（周三）12:00-13:00 直播')).toMatchObject({ date: '2025-01-08' });
  });
});
