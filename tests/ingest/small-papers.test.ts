/**
 * Papers that are not city dailies — a school's, a village's, a company's, a charity's newsletter — as their keepers
 * hold them: named for who prints them, dated by a month and a number, their pages opened by a bracketed head, posted
 * whole on a school's site inside a form.
 */
import { describe, expect, it } from 'vitest';
import { isAffiliationAndName, matchBylineLine, matchClosingByline, matchLeadByline } from '../../scripts/ingest/rules/byline.ts';
import { matchMonthLine, yearAndNumber } from '../../scripts/ingest/rules/dateline.ts';
import { isMastheadExtra } from '../../scripts/ingest/rules/masthead-extra.ts';
import { matchPageHeader } from '../../scripts/ingest/rules/page-header.ts';
import { isPaperName } from '../../scripts/ingest/rules/paper-name.ts';
import { isPagePointer, isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import { heads, ingestFiles } from '../support/ingest-files.ts';

describe("a small paper's head", () => {
  it('names a paper for who prints it, not a journal or a word', () => {
    for (const name of ['江北理工大学报', '青川一院报', '枫林社区报', '石门村报', '南岭能源报', '川南铁路报', '灵溪侨刊', '美西閩僑聯誼會會訊', '葵青街坊報'])
      expect(isPaperName(name), name).toBe(true);
    for (const name of ['江北理工大学学报', '数学学报', '关于违规问题的通报', '社区报名', '实验小学学生自办校刊']) expect(isPaperName(name), name).toBe(false);
  });

  it('reads a page header in brackets, with its credits after it', () => {
    expect(matchPageHeader('【第一版　要闻】')).toEqual({ page: 1, label: '要闻' });
    expect(matchPageHeader('【二版·警营风采】　　责任编辑：刘洋')).toEqual({ page: 2, label: '警营风采　责任编辑：刘洋' });
    expect(matchPageHeader('〖第3版〗')).toEqual({ page: 3 });
    expect(matchPageHeader('【要闻】')).toBeUndefined();
    expect(matchPageHeader('【详见第3版】')).toBeUndefined();
  });

  it("reads a date line of the month alone, with the paper's numbers beside it", () => {
    expect(matchMonthLine('2024年3月　第3期（总第27期）')).toMatchObject({ date: '2024-03-01', monthOnly: true });
    expect(matchMonthLine('2024年第2期（总第46期）　　2024年6月')).toMatchObject({ date: '2024-06-01', monthOnly: true });
    expect(matchMonthLine('2024年4月号')).toMatchObject({ date: '2024-04-01' });
    expect(matchMonthLine('2024年4月　内部资料')).toMatchObject({ date: '2024-04-01' });
    // (A headline or a sentence naming a month, a day's date, a year and number alone: none.)
    for (const line of ['2024年4月起实施新规', '2024年4月8日', '2024年第2期（总第46期）', '2024年4月　青川市民政局'])
      expect(matchMonthLine(line), line).toBeUndefined();
  });

  it("takes no chronicle's month under its title for an issue's date", async () => {
    const { sections } = await ingestFiles({
      '岱川报_20240405_03.txt': ['岱川县大事记', '2024年3月', '　　3月1日　县委召开全县经济工作会议。', '　　3月8日　全县妇女代表大会开幕。'].join('\n'),
    });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toContain('date: "2024-04-05"');
    expect(sections[0]).not.toContain('monthOnly');
  });

  it("reads the makers' line of a society, and a newsletter's own lead", () => {
    expect(isMastheadExtra('青川市慈善总会编印')).toBe(true);
    expect(matchLeadByline('本刊讯（通讯员　刘敏）入汛以来，全市十二家爱心企业捐赠物资。')).toBe('通讯员　刘敏');
  });
});

describe('a whole issue posted on a school site', () => {
  it('reads the text a form wraps, and the pages its bracketed heads open', async () => {
    const story = (head: string, text: string): string => `<p><strong>${head}</strong></p><p style="text-indent:2em;">${text}</p>`;
    const { sections } = await ingestFiles({
      '江北理工大学报第512期.html': [
        '<html><head><title>江北理工大学报第512期-江北理工大学新闻网</title></head><body>',
        '<div class="nav"><a href="/">首页</a><a href="/xb.htm">校报</a></div>',
        '<form name="_newscontent_fromname"><div class="article">',
        '<p>江北理工大学报</p><p>中共江北理工大学委员会主办</p><p>第9期（总第512期）　　2024年5月10日</p>',
        '<p><strong>【第一版　要闻】</strong></p>',
        story(
          '学校召开2024年科技工作大会',
          '本报讯　5月8日，学校召开2024年科技工作大会，总结近年来科技工作成效，部署今后一个时期科技创新重点任务。会议通报，2023年学校科研经费到账4.6亿元，同比增长18%；新增国家级科研平台2个，获省部级以上科技奖励21项。会上，学校为2023年度科技工作先进集体和个人颁奖。',
        ),
        '<p><strong>【第二版　综合新闻】</strong></p>',
        story(
          '我校学子获机械创新设计大赛一等奖',
          '近日，第十一届全国大学生机械创新设计大赛决赛在西安举行。我校机械工程学院学生团队设计的山地果园采摘机器人获一等奖。团队指导教师介绍，这款机器人可以在30度以内的坡地上稳定行走。',
        ),
        '<input type="submit" value="打印"></div></form>',
        '</body></html>',
      ].join('\n'),
    });
    expect(heads(sections, ['paper', 'title'])).toEqual([
      ['江北理工大学报', '学校召开2024年科技工作大会'],
      ['江北理工大学报', '我校学子获机械创新设计大赛一等奖'],
    ]);
    expect(sections.map((section) => /^page: (\d+)$/mu.exec(section)?.[1])).toEqual(['1', '2']);
  });

  it('still leaves out a search box or a comment form', async () => {
    const { sections } = await ingestFiles({
      '运河晚报/2024-05-21.html': [
        '<html><body><p>运河晚报</p><p>2024年5月21日　星期二</p>',
        '<h1>运河公园开园</h1><p>本报讯　运河公园昨日开园，市民纷纷前来游览。</p>',
        '<form action="/comment/post"><p>网友评论</p><p>请遵守《互联网新闻信息服务管理规定》等法律法规。严禁发布色情、暴力、反动的言论。网友评论仅代表其个人观点，不代表本网站的观点或立场。评论内容须经审核后方可显示，请耐心等待。</p><textarea></textarea><input type="submit" value="提交"></form>',
        '</body></html>',
      ].join('\n'),
    });
    expect(sections).toHaveLength(1);
    expect(sections[0]).not.toContain('网友评论');
  });
});

describe("a small paper's writers and photographers", () => {
  it('reads a writer signed by place and name as the byline, under a title however short', async () => {
    expect(isAffiliationAndName('文学院2022级汉语言文学专业　孙雨桐')).toBe(true);
    expect(isAffiliationAndName('周婉清（化学工程学院2021级）')).toBe(true);
    expect(isAffiliationAndName('集团党委书记、董事长　罗振华')).toBe(true);
    for (const line of ['全市中小学生　踊跃参加', '高校毕业生就业　形势向好', '市委书记　调研']) expect(isAffiliationAndName(line), line).toBe(false);
    const { sections } = await ingestFiles({
      '澄江师范学院报/2024-04-15.txt': [
        '澄江师范学院报',
        '2024年4月15日',
        '第三版　学子心声　　责任编辑：李默',
        '',
        '澄湖晨曦',
        '清晨的澄湖，薄雾如纱，早起的渔船划开一湖金光。',
        '摄影　王楠',
        '',
        '在支教的日子里',
        '文学院2022级汉语言文学专业　孙雨桐',
        '去年暑假，我跟着学校的支教团来到北部山区的石岭小学。学校只有六个年级、七十多个学生。',
        '第一节课，我让孩子们写下自己的梦想。',
        '',
        '澄江师范学院报编辑部',
        '地址：澄江市学府路66号　邮编：650500',
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'rubric']).slice(0, 2)).toEqual([
      ['澄湖晨曦', undefined],
      ['在支教的日子里', undefined],
    ]);
    // (The photographer's credit closes the picture's story, no head of the story after it.)
    expect(sections[0]).toContain('摄影　王楠');
    expect(heads(sections, ['byline'])[1]).toEqual(['文学院2022级汉语言文学专业　孙雨桐']);
  });
});

describe('a bulletin numbered within its year, as 侨刊 and society bulletins are', () => {
  const issue = (dateLine: string): string =>
    [
      '灵溪侨刊',
      'LINGXI QIAOKAN',
      dateLine,
      '灵溪镇侨务办公室　灵溪侨刊社编印',
      '内部资料　免费交流',
      '',
      '目　录',
      '家乡新闻',
      '灵溪镇举行侨胞恳亲大会 …………………… 2',
      '乡情文苑',
      '故乡的榕树 ………………………………… 3',
      '',
      '·1·',
      '【家乡新闻】',
      '灵溪镇举行侨胞恳亲大会',
      '　　9月28日，灵溪镇第三届侨胞恳亲大会在镇文化广场隆重举行，侨胞四百余人回乡参会。',
      '　　大会期间，侨胞们参观了古村落保护修缮项目和镇区新建的侨史馆。',
      '（纽约　关国荣）',
      '',
      '·2·',
      '【乡情文苑】',
      '故乡的榕树',
      '〔加拿大〕黄美仪',
      '　　离开灵溪已经五十年了，我最忘不了的，是村口那棵大榕树。',
      '　　今年秋天回乡，榕树还在，比记忆中更加苍翠。',
      '',
      '·3·',
    ].join('\n');

  it('reads a year and number with no month, and names them when no date is found', async () => {
    expect(yearAndNumber('2024年第3期（总第146期）')).toMatchObject({ printed: '2024年第3期', year: 2024 });
    expect(yearAndNumber('2024年第2期（總第88期）')).toMatchObject({ printed: '2024年第2期' });
    for (const line of ['2024年第3期　2024年7月', '2024年3月　第3期', '今年第3期工作简报已印发']) expect(yearAndNumber(line), line).toBeUndefined();
    const { messages, sections } = await ingestFiles({ '灵溪侨刊_2024年第3期.txt': issue('2024年第3期（总第146期）') });
    expect(sections).toEqual([]);
    const refused = messages.find((message) => message.startsWith('no-date'));
    expect(refused).toContain("`2024年第3期` names the issue's year and number but no month or day");
    expect(refused).toContain('date: 2024-07-15');
  });

  it('reads its issue once its month is beside the number: makers, contents, page feet and credits', async () => {
    const { sections } = await ingestFiles({ '灵溪侨刊_2024年第3期.txt': issue('2024年第3期（总第146期）　2024年7月') });
    expect(heads(sections, ['title', 'rubric', 'byline'])).toEqual([
      ['灵溪镇举行侨胞恳亲大会', '【家乡新闻】', '关国荣'],
      ['故乡的榕树', '【乡情文苑】', '〔加拿大〕黄美仪'],
    ]);
    // (The contents with leaders and the page feet are no story's text.)
    expect(sections.join('\n')).not.toMatch(/^#+ ·[0-9]·$|^title: "目　录"$/mu);
  });

  it('tells its furniture and credits by rule', () => {
    expect(isMastheadExtra('灵溪镇侨务办公室　灵溪侨刊社编印')).toBe(true);
    expect(isMastheadExtra('灵溪镇侨务办公室　灵溪中学')).toBe(false);
    expect(isPagePointer('故乡的榕树 ………………………………… 3')).toBe(true);
    expect(isPagePointer('故乡的榕树')).toBe(false);
    expect(isStructureLine('·2·')).toBe(true);
    expect(isStructureLine('·要闻·')).toBe(false);
    expect(matchBylineLine('本刊记者　谭志明')).toBe('本刊记者　谭志明');
    expect(matchClosingByline('（纽约　关国荣）')).toBe('关国荣');
    for (const line of ['（本版编辑　陈　平）', '（图片　资料）', '（上接　第二版）']) expect(matchClosingByline(line), line).toBeUndefined();
    expect(isAffiliationAndName('〔加拿大〕黄美仪')).toBe(true);
    expect(isAffiliationAndName('［美］马克·吐温')).toBe(true);
    expect(isAffiliationAndName('〔评论〕改革开放')).toBe(false);
  });
});
