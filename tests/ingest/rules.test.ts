import type { Element } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { isLayoutTable, isLinkList, linkRuns } from '../../scripts/ingest/formats/html-layout.ts';
import type { RawLine } from '../../scripts/ingest/types.ts';
import { findDuplicatedText } from '../../scripts/ingest/checks/duplicated-text.ts';
import { sideBySideColumns } from '../../scripts/ingest/checks/side-by-side.ts';
import { looksLikeDate } from '../../scripts/ingest/checks/issue.ts';
import { checkLunarDate, lunarDate } from '../../scripts/ingest/checks/lunar-date.ts';
import { checkWeekday } from '../../scripts/ingest/checks/weekday.ts';
import { continuesInto } from '../../scripts/ingest/continuation.ts';
import { matchDateOnlyLine } from '../../scripts/ingest/facts/from-text.ts';
import { DIVIDER, isAdvertContact, isContentsHeading, isPagePointer, isPhotoCaption, isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import { markRepeatedName, markSiteMenu } from '../../scripts/ingest/formats/site-menu.ts';
import { splitLines } from '../../scripts/ingest/lines.ts';
import { readTextHeader } from '../../scripts/ingest/parse-header.ts';
import { VFile } from 'vfile';
import { readHtml } from '../../scripts/ingest/formats/html.ts';
import { readMarkdown } from '../../scripts/ingest/formats/markdown.ts';
import { postDate, postParts, volumeParts } from '../../scripts/ingest/volume.ts';
import { parseNumber } from '../../scripts/ingest/numerals.ts';
import { cells } from '../../scripts/ingest/punctuation.ts';
import { matchAsker } from '../../scripts/ingest/rules/asker.ts';
import { isBareNames, isLead, isOfficeAndName, matchClosingByline, matchLeadByline, matchBylineLine } from '../../scripts/ingest/rules/byline.ts';
import { matchLabelledField } from '../../scripts/ingest/rules/labelled-field.ts';
import { ambiguousYearLast, isDatelinePart, matchDateline } from '../../scripts/ingest/rules/dateline.ts';
import { findJumpMarkers } from '../../scripts/ingest/rules/jump-marker.ts';
import { matchPageHeader } from '../../scripts/ingest/rules/page-header.ts';
import { unspaced } from '../../scripts/ingest/rules/letter-spacing.ts';
import {
  isAgencyName,
  isPaperName,
  isProductOf,
  mastheadPaper,
  paperInSource,
  paperOfPageTitle,
  siteOfPageTitle,
  withoutEdition,
  withoutSiteName,
} from '../../scripts/ingest/rules/paper-name.ts';
import { matchRelativeTime } from '../../scripts/ingest/rules/relative-time.ts';
import { isTaggedSpeech, matchInterviewTurn, respondentFromSubtitle } from '../../scripts/ingest/rules/speaker.ts';

describe('divider', () => {
  it('reads a rule, a column rule or an ornament alone on its line as a divider', () => {
    for (const text of ['━━━━━━', '＝＝＝＝', '* * *', '※※※', '---', '｜', '※', '·· ·', '◆', '☆☆']) expect([text, DIVIDER.test(text)]).toEqual([text, true]);
  });
  it("never a paragraph's last mark wrapped onto its own line, an ellipsis or a word", () => {
    for (const text of ['。', '）', '……', '”', '※注', 'A', '一']) expect([text, DIVIDER.test(text)]).toEqual([text, false]);
  });
});

describe("a broadcast's script", () => {
  it("reads a script's marks and its credits as structure, never heads", () => {
    for (const text of [
      '【导语】',
      '【口播】',
      '【主持人导语】',
      '【演播室口播】',
      '【录音报道】',
      '【记者】',
      '【结束语】',
      '澧县融媒体中心　　责编：龚艳　　审核：沈娜　　时长：15′30″',
      '播出时间：07:00-07:30　主持人：汤洋阳　编辑：周平思',
    ])
      expect([text, isStructureLine(text)]).toEqual([text, true]);
    // (A tagged line of speech is the report's text; a bracketed rubric is a head.)
    for (const text of ['【同期声】县农业局 张三：今年育秧提前了一周。', '【权威访谈】', '【记者手记】'])
      expect([text, isStructureLine(text)]).toEqual([text, false]);
  });
  it("reads its items' labelled titles, its head and its closing byline", () => {
    expect(matchLabelledField('1、标题：全县早稻播种面积过半')).toMatchObject({ field: 'title', value: '全县早稻播种面积过半', label: '1、标题：' });
    expect(matchLabelledField('【新闻标题】春耕备耕正当时')).toMatchObject({ field: 'title', value: '春耕备耕正当时' });
    expect(matchLabelledField('1、作者：张三')).toBeUndefined();
    // (A notice's or an exam's numbered lines are its text.)
    expect(matchLabelledField('1、标题：简洁明了，不超过二十字；')).toBeUndefined();
    expect(matchLabelledField('1、题目：我的家乡')).toBeUndefined();
    expect(matchDateline('《澧水新闻》2024年3月8日播出稿')?.date).toBe('2024-03-08');
    expect(mastheadPaper('澧水之声新闻（早间版）播出稿')).toEqual({ paper: '澧水之声新闻' });
    expect(matchClosingByline('（澧水之声记者 郝桂 报道）')).toBe('澧水之声记者 郝桂');
    expect(matchClosingByline('（澧水之声 报道）')).toBeUndefined();
  });
});

describe('page pointer', () => {
  it("reads a guide's pointer to a page, and an entry that names its page first", () => {
    for (const text of ['详见A04版', '（见第3版）', '二版　城关镇新建公交站', 'A04 社区食堂开进老旧小区'])
      expect([text, isPagePointer(text)]).toEqual([text, true]);
    for (const text of ['第1版　要闻', '二版', '三版 春耕时节，农机忙。', '详见报道']) expect([text, isPagePointer(text)]).toEqual([text, false]);
  });
});

describe('contents heading', () => {
  it('reads a table of contents heading, letter-spaced as a page sets it', () => {
    for (const text of ['目录', '目　　录', '目 录', '本期目录', '今日導讀', '【今日导读】']) expect([text, isContentsHeading(text)]).toEqual([text, true]);
  });
  it('does not read a line that names contents in a sentence or a spaced phrase for one', () => {
    for (const text of ['目录如下：', '本期 目录 见第二版', '目录 2024']) expect([text, isContentsHeading(text)]).toEqual([text, false]);
  });
});

describe('numerals', () => {
  it.each([
    ['2024', 2024],
    ['２０２４', 2024],
    ['二〇二五', 2025],
    ['十二', 12],
    ['二十三', 23],
    ['廿八', 28],
    ['三十一', 31],
    ['四', 4],
    // A font's or an OCR's forms of 〇 in a year.
    ['二○二四', 2024],
    ['一九九0', 1990],
    ['一九八O', 1980],
  ])('%s → %i', (printed, value) => expect(parseNumber(printed)).toBe(value));
  it('rejects words', () => expect(parseNumber('今日')).toBeUndefined());
});

describe('date line as OCR gives it', () => {
  it("reads an OCR's misread 日 and zero, and a running head with a letter-spaced name", () => {
    expect(matchDateline('人民日报　一九六四年十月十七曰　星期六　第三版')).toMatchObject({ date: '1964-10-17', page: { value: 3 } });
    expect(matchDateline('光明日报 一九九0年三月二十一日 第二版')).toMatchObject({ date: '1990-03-21', page: { value: 2 } });
    expect(matchDateline('2　　人 民 日 报　　一九四九年十月二日　星期日')).toMatchObject({ date: '1949-10-02', page: { value: 2 } });
    expect(matchDateline('一九四九年十月二日　星期日　　人 民 日 报　　3')).toMatchObject({ date: '1949-10-02', page: { value: 3 } });
    // (A PDF's running head with the paper's name between the page's name and the date, a page's name of two parts.)
    expect(matchDateline('02　综合　　　　　　潞山日报　2024年10月22日　星期二')).toMatchObject({ page: { value: 2 } });
    expect(matchDateline('04　副刊·上党　　　　潞山日报　2024年10月22日　星期二')).toMatchObject({ page: { value: 4 } });
    expect(matchDateline('潞山日报　2024年10月22日　星期二　　　　　　副刊·上党　03')).toMatchObject({ page: { value: 3 } });
    expect(matchDateline('12　要闻　　国务院召开　2024年6月2日')?.page).toBeUndefined();
    // A paper's name run on from the date, as a database's page head prints it; not other words.
    expect(matchDateline('1981年6月30日人民日报 第1版')).toMatchObject({ date: '1981-06-30', page: { value: 1 } });
    // (An e-paper's lettered page after the date, as its print page's head gives it; no model's name, `C919`, no `A4纸`.)
    expect(matchDateline('澄州晚报 2024年05月21日 A04：城事')).toMatchObject({ date: '2024-05-21', page: { value: 1004, printed: 'A04' } });
    expect(matchDateline('2024年3月5日 星期二 第B02版：经济')).toMatchObject({ page: { value: 2002, printed: '第B02版' } });
    expect(matchDateline('2024年3月5日 C919首飞')?.page).toBeUndefined();
    expect(matchDateline('2024年3月5日 星期二 A4纸')?.page).toBeUndefined();
    expect(matchDateline('2024年3月8日 E1 出口临时封闭')?.page).toBeUndefined();
    expect(matchDateline('1981年6月30日人民日报社论发表')).toBeUndefined();
    // An e-paper's head of cells apart by bars or by centred dots set apart by spaces, the page a cell of its own before the date;
    // not a dot between names, nor a cell of digits alone (an issue's number).
    for (const head of ['獅山日報 ‧ 港聞 ‧ A06 ‧ 2024年10月24日（星期四）', '獅山日報 · 港聞 · A06 · 2024年10月24日', '獅山日報 | 港聞 | A06 | 2024年10月24日'])
      expect(matchDateline(head), head).toMatchObject({ date: '2024-10-24', page: { value: 1006, printed: 'A06' } });
    expect(matchDateline('运河日报 · 第3版 · 2024年3月5日')).toMatchObject({ page: { value: 3, printed: '第3版' } });
    expect(matchDateline('运河日报 · 12031 · 2024年3月5日')?.page).toBeUndefined();
    expect(matchDateline('纪念马克·吐温诞辰活动今天在市图书馆举行 2024年10月24日')).toBeUndefined();
    expect(matchDateline('1981年6月30日起施行')).toBeUndefined();
  });
  it('reads an ROC date in digits, three-digit years only', () => {
    expect(matchDateline('113/03/15')).toMatchObject({ date: '2024-03-15' });
    expect(matchDateline('113.03.15（五）')).toMatchObject({ date: '2024-03-15' });
    expect(matchDateline('台灣時報 113-03-15 星期五')).toMatchObject({ date: '2024-03-15' });
    expect(matchDateline('99/03/15')).toBeUndefined();
    expect(matchDateline('第113.5期')).toBeUndefined();
    expect(matchDateline('O九九0年三月二十一日')).toBeUndefined();
  });
  it('reads a date printed year last by its numbers or its weekday, and leaves an ambiguous one unread', () => {
    expect(matchDateline('4. 3. 2024 星期一 I 甲辰年二月廿三')).toMatchObject({ date: '2024-03-04' });
    expect(matchDateline('3. 4. 2024 星期一')).toMatchObject({ date: '2024-03-04' });
    expect(matchDateline('25/03/2024 星期一')).toMatchObject({ date: '2024-03-25' });
    expect(matchDateline('03/25/2024')).toMatchObject({ date: '2024-03-25' });
    expect(matchDateline('07/03/2024 00:00')).toBeUndefined();
    expect(matchDateline('4. 3. 2024 星期日')).toBeUndefined();
  });
  it('names a year-last date that could be read either way, with both readings', () => {
    expect(ambiguousYearLast('星島日報 | 07/03/2024 00:00')).toEqual({ printed: '07/03/2024', dayFirst: '2024-03-07', monthFirst: '2024-07-03' });
    expect(ambiguousYearLast('25/03/2024')).toBeUndefined();
    expect(ambiguousYearLast('4. 3. 2024 星期一')).toBeUndefined();
    expect(ambiguousYearLast('03/03/2024')).toBeUndefined();
  });
  it("reads an e-paper's header of cells apart by bars", () => {
    expect(matchDateline('联合早报 Lianhe Zaobao  |  2024年3月9日 星期六  |  新闻 6')).toMatchObject({ date: '2024-03-09', page: { value: 6 } });
    expect(matchDateline('本报记者在运河公园北门看到新建的停车场 2024年3月9日')).toBeUndefined();
  });
  it("knows a paper's name from other words ending alike, and a news agency's apart", () => {
    for (const name of ['临江日报', '聯合報', '明報', '中国青年报', '南方周刊', '解放军报', '人民政协报', '中国纪检监察报'])
      expect(isPaperName(name), name).toBe(true);
    // (A news agency is a story's source, never the issue's paper: `2024-03-08 21:05 新华社` under a paper's headline.)
    for (const word of ['通报', '关于违规问题的通报', '合作社', '出版社', '报社', '新华社', '中央社']) expect(isPaperName(word), word).toBe(false);
    // (Nor the paper speaking of itself, nor a story's status: `本报`, `本報記者`, `已见报`.)
    for (const word of ['本报', '本報', '本報記者', '该报', '已见报', '待见报']) expect(isPaperName(word), word).toBe(false);
    for (const name of ['中央社', '新华社', '中新社']) expect(isAgencyName(name), name).toBe(true);
    expect(isAgencyName('旅行社')).toBe(false);
  });
  it('reads a letter-spaced name as the name it is, and leaves other text alone', () => {
    expect(unspaced('人　民　日　报')).toBe('人民日报');
    expect(unspaced('光 明 日 报')).toBe('光明日报');
    expect(unspaced('奋进新征程 建功新时代')).toBe('奋进新征程 建功新时代');
    expect(unspaced('A 02')).toBe('A 02');
    // A headline set wide, quotes and all; not a line of words apart, nor one Chinese character among Latin letters.
    expect(unspaced('工 业 大 镇 “ 换 ” 出 新 机 遇')).toBe('工业大镇“换”出新机遇');
    expect(unspaced('社　　论')).toBe('社论');
    expect(unspaced('李 强 会见外宾')).toBe('李 强 会见外宾');
    expect(unspaced('A 版')).toBe('A 版');
    expect(unspaced('第 1 版 要 闻')).toBe('第1版要闻');
    expect(unspaced('C 9 1 9 大 飞 机 首 航')).toBe('C919大飞机首航');
    expect(unspaced('A B C')).toBe('A B C');
  });
});

describe('date line', () => {
  it('reads the seed date line with positions of each part', () => {
    const text = '2024年3月8日 星期五 农历甲辰年正月廿八 今日四版';
    const line = matchDateline(text)!;
    expect(line.date).toBe('2024-03-08');
    expect(line.weekday?.value).toBe('星期五');
    expect(line.lunarDate?.value).toBe('甲辰年正月廿八');
    expect(line.pageCount?.value).toBe(4);
    expect(text.slice(line.lunarDate!.from, line.lunarDate!.to)).toBe('甲辰年正月廿八');
  });
  it('reads Chinese numerals and full-width spaces', () => {
    expect(matchDateline('二〇二五年九月三日　星期三　农历乙巳年七月十二　本期十二版')).toMatchObject({ date: '2025-09-03', pageCount: { value: 12 } });
  });
  it('reads Traditional labels and a page in the date line', () => {
    expect(matchDateline('2024年6月12日 星期三 農曆甲辰年五月初七 第3版')).toMatchObject({ lunarDate: { value: '甲辰年五月初七' }, page: { value: 3 } });
  });
  it("reads a running head's page number before or after the date", () => {
    expect(matchDateline('2  要闻  2024年6月2日  星期日')).toMatchObject({ date: '2024-06-02', page: { value: 2, from: 0 } });
    expect(matchDateline('2024年6月2日  星期日  国内  3')).toMatchObject({ page: { value: 3 } });
    // A paper's name before the date, a year in the name, a count of pages: no page.
    expect(matchDateline('新闻联播 2024年1月7日 星期日')?.page).toBeUndefined();
    expect(matchDateline('2024年3月8日 星期五 今日四版')?.page).toBeUndefined();
  });
  it('does not take a sentence that mentions a date', () => {
    expect(matchDateline('据统计，截至2024年3月8日，全市已建成中试基地十五个，覆盖各区。')).toBeUndefined();
    // A headline or a note that runs on from the date is not a date line; a date line's own parts may.
    expect(matchDateline('2025年1月1日起我国调整部分商品关税')).toBeUndefined();
    expect(matchDateline('（2024年1月10日中国共产党第二十届中央纪律检查委员会第三次全体会议通过）')).toBeUndefined();
    expect(matchDateline('2024年3月8日星期五')).toMatchObject({ date: '2024-03-08', weekday: { value: '星期五' } });
    expect(matchDateline('2024年3月8日（星期五）')).toMatchObject({ date: '2024-03-08' });
  });
  it("reads a post's date with the year first in digits, and a date after a head's fields", () => {
    expect(matchDateline('江城晚报 2024-02-27 22:15 湖北')).toMatchObject({ date: '2024-02-27' });
    expect(matchDateline('2024/3/8')).toMatchObject({ date: '2024-03-08' });
    expect(matchDateline('原创 记者 吴晓峰 江城晚报 2024年02月27日 22:15 湖北')).toMatchObject({ date: '2024-02-27' });
    // (WeChat's line under a post's title since 2022: the place after `发表于`; a sentence with `发表于` is none.)
    expect(matchDateline('原创 桐溪日报 桐溪日报 2024-03-09 18:30 发表于浙江')).toMatchObject({ date: '2024-03-09' });
    // (OCR's letter O for a zero in the year; not in a number that is no year.)
    expect(matchDateline('人民日报　2O24年3月5日　星期二　第4版')).toMatchObject({ date: '2024-03-05' });
    expect(matchDateline('1OO年前的今天')).toBeUndefined();
    expect(matchDateline('2024-03-09 发表于人民日报的评论文章')).toBeUndefined();
    // (A running head's page after the date, its name after a colon; the paper's name with its e-paper's word before it.)
    expect(matchDateline('汉阳晚报数字报　　2024-12-28　　第07版：就业·问答')).toMatchObject({ date: '2024-12-28', page: { value: 7 } });
    expect(matchDateline('汉阳晚报　2024-12-28　A07版')).toMatchObject({ date: '2024-12-28', page: { value: 1007 } });
    expect(matchDateline('2024-03-08 第5版 国务院召开常务会议研究部署')).toBeUndefined();
    expect(matchDateline('第2期（总第1032期）　　2024年1月12日　星期五')).toMatchObject({ date: '2024-01-12', weekday: { value: '星期五' } });
    // A labelled stamp is a site's line (facts/from-text.ts reads it); a version number, a sentence and a long run of words are no date line.
    expect(matchDateline('抓取时间：2024-05-07 08:00:01')).toBeUndefined();
    expect(matchDateline('2024-05-06 19:30　来源：运河网')).toBeUndefined();
    expect(matchDateline('版本 1.2024.03.08')).toBeUndefined();
    expect(matchDateline('截至2024-03-08，全市已建成')).toBeUndefined();
    // A site's worded stamp, and words after the date (a list's entry, a headline), make no date line.
    expect(matchDateline('最后更新 2024-05-07 08:00')).toBeUndefined();
    expect(matchDateline('发布于 2024-05-06 19:30 运河晚报')).toBeUndefined();
    expect(matchDateline('2024-03-08 国务院召开常务会议')).toBeUndefined();
    expect(matchDateline('2024.03.08 国际劳动妇女节特别报道')).toBeUndefined();
    expect(matchDateline('据市统计局今天发布的最新数据显示全市 2024年3月8日')).toBeUndefined();
  });
  it('rejects impossible dates', () => expect(matchDateline('2024年13月8日')).toBeUndefined());
  it('reads a date of the ROC calendar after its era', () => {
    expect(matchDateline('中華民國113年3月29日 星期五')?.date).toBe('2024-03-29');
    expect(matchDateline('民國一一三年三月二十九日')?.date).toBe('2024-03-29');
    expect(matchDateline('113年3月29日')).toBeUndefined();
  });
  it('knows the parts of a date line printed on lines of their own', () => {
    for (const text of ['星期五', '农历甲辰年正月廿八', '今日四版', '星期五　农历甲辰年正月廿八']) expect(isDatelinePart(text), text).toBe(true);
    for (const text of ['星期五的音乐会', '周末去哪儿', '今日头条新闻', '2024年3月8日']) expect(isDatelinePart(text), text).toBe(false);
  });
});

describe('cells', () => {
  it('counts a Han character or full-width mark as one cell, a Latin letter or digit as half', () => {
    expect(cells('运河日报')).toBe(4);
    expect(cells('“两会”在即，')).toBe(7);
    expect(cells('2024年3月8日')).toBe(6);
    expect(cells('CN 32-0099')).toBe(5);
  });
});

describe('page header and jump markers', () => {
  it.each([
    ['第2版', 2],
    ['第 2 版：要闻', 2],
    ['第二版 综合新闻', 2],
    ['第１２版', 12],
    // An e-paper's page labels with 版: a section letter before the number, kept as src/archive/pages.ts says.
    ['B10版', 2010],
    ['第A03版：综合', 1003],
    ['AA03版', 27003],
    ['A3版', 1003],
    // A small paper's page tops: the page's name first, or a plain number before 版 without 第.
    ['要闻　第1版　责任编辑：陈晓燕', 1],
    ['01版 要闻', 1],
    ['12版要闻', 12],
    // A county paper's page top in Chinese numerals without 第.
    ['二版　综合新闻', 2],
    ['十二版 文体', 12],
    // An old paper's running head: its name and its page (頁).
    ['中西日報　第二頁', 2],
  ])('%s', (text, page) => expect(matchPageHeader(text)?.page).toBe(page));
  it("reads no page from a sentence that opens on a number and 版, a guide's headline or a pointer to a page", () => {
    expect(matchPageHeader('2版面向全体市民开放。')).toBeUndefined();
    expect(matchPageHeader('本报今天推出特别报道 第3版')).toBeUndefined();
    expect(matchPageHeader('3版 春耕时节农机忙')).toBeUndefined();
    expect(matchPageHeader('1版 市长调研运河新城建设')).toBeUndefined();
    expect(matchPageHeader('详见 第3版')).toBeUndefined();
    expect(matchPageHeader('相关评论 第4版')).toBeUndefined();
    expect(matchPageHeader('详见 第3页')).toBeUndefined();
    expect(matchPageHeader('第2页')).toBeUndefined();
    expect(matchPageHeader('一版一刊')).toBeUndefined();
    expect(matchPageHeader('二版新闻很多')).toBeUndefined();
    // (Alone, a hard-wrapped line's end: `…刊登在` / `三版`.)
    expect(matchPageHeader('三版')).toBeUndefined();
    expect(matchPageHeader('三版 春耕时节农机忙 各地抢抓农时')).toBeUndefined();
  });
  it("reads an e-paper's label apart from the page's name by a bar", () => {
    expect(matchPageHeader('A01 | 要聞', { lettered: true })).toMatchObject({ page: 1001, label: '要聞' });
    expect(matchPageHeader('港聞 | A04', { lettered: true })).toMatchObject({ page: 1004 });
    expect(matchPageHeader('A01 | 要聞')).toBeUndefined();
  });
  it('takes a short name after the number, never text that goes on in sentences', () => {
    expect(matchPageHeader('第3版：国际新闻　责任编辑：王芳　美术编辑：李明　校对：张三　电话：010-65363456')?.page).toBe(3);
    expect(matchPageHeader('第4版 要闻 责任编辑：王芳 美术编辑：李明')?.label).toBe('要闻 责任编辑：王芳 美术编辑：李明');
    // A database dump that prints a whole article on its page's line: text, kept as text.
    expect(matchPageHeader('第1版()专栏: 神舟十八号发射在即 据新华社北京十二月三十一日电 神舟十八号载人飞船将于近日择机发射。')).toBeUndefined();
    expect(matchPageHeader('第2版：本报记者今天从市交通运输局获悉，全市公交线路将于下月起优化调整')).toBeUndefined();
  });
  it("reads an e-paper's bare labels where a header is read, and keeps the section letter and the page's name", () => {
    for (const [text, page] of [
      ['A02', 1002],
      ['A02 要闻', 1002],
      ['要闻　A02', 1002],
      ['B02', 2002],
      // One digit beside the page's name, as Singapore's and Malaysia's e-papers print it.
      ['全国 A4', 1004],
      ['A4 新闻', 1004],
      // A special issue's pages, 特刊, lettered T.
      ['T01　两会特刊', 20001],
      ['T1 两会特刊', 20001],
    ] as const)
      expect(matchPageHeader(text, { lettered: true })?.page, text).toBe(page);
    for (const text of ['A4', 'A4 纸张规格说明书', 'G7 外长会', 'T3航站楼']) expect(matchPageHeader(text, { lettered: true }), text).toBeUndefined();
    // One digit alone only right under a date line (`short`), as Hong Kong's papers print it; never a summit's `G7`.
    expect(matchPageHeader('A1', { lettered: true, short: true })).toEqual({ page: 1001, section: 'A' });
    expect(matchPageHeader('B2', { lettered: true, short: true })?.page).toBe(2002);
    for (const text of ['G7', 'F1', 'T3', 'A12 3', 'A']) expect(matchPageHeader(text, { lettered: true, short: true }), text).toBeUndefined();
    // An English page's byline, under its headline or closing its story; a headline's words in capitals are no names.
    expect(matchBylineLine('By Li Ming and Wang Fang')).toBe('By Li Ming and Wang Fang');
    expect(matchBylineLine('Reporters: Li Ming, Wang Fang')).toBe('Reporters: Li Ming, Wang Fang');
    expect(matchClosingByline('Reporter: Li Ming')).toBe('Reporter: Li Ming');
    expect(matchBylineLine('By The Numbers')).toBeUndefined();
    // A reporter's title run on into more than a name's characters is a feature's subtitle, not a byline.
    for (const text of ['记者蹲点采访纪实', '本报记者蹲点调查']) expect(matchBylineLine(text), text).toBeUndefined();
    for (const text of [
      '记者欧阳小明',
      '记者王然报道',
      '记者李小龙摄',
      '本报记者 王然 李强',
      '本报记者王明张丽华报道',
      '记者陈建宏高雄报道',
      '记者司马文华摄影报道',
      '通讯员王建国李小平',
    ])
      expect(matchBylineLine(text), text).toBe(text);
    expect(matchBylineLine('By the end of the year, sales rose')).toBeUndefined();
    // An English page's editor's credit is structure; a sentence that opens on `Editor` is text.
    expect(isStructureLine('Editor: Zhang Wei')).toBe(true);
    expect(isStructureLine('Editors say the city is changing fast')).toBe(false);
    // A mobile edition's bracketed editor's credit with the desk's number, and its line on subscribing by text message, are
    // structure; a headline under the same bracket, a column's name, an ordinary line on subscribing are text.
    for (const text of [
      '【编辑】邹雪阳　　新闻热线：0731-88889427',
      '【责任编辑】苏兰兰',
      '【编辑】苏兰兰',
      '订阅：编辑短信KT发送到10658000，3元/月。退订请回复TD。',
    ])
      expect([text, isStructureLine(text)]).toEqual([text, true]);
    for (const text of [
      '【编辑】我们的城市正在变得更好',
      '【编辑手记】苏兰兰',
      '【统筹】城乡发展',
      '订阅本报请拨打热线电话。',
      '【编辑】',
      '退订垃圾短信，回复TD就管用吗？',
      '订阅方式：移动用户编辑短信JCWB发送至10658000即可订阅，每月3元。',
    ])
      expect([text, isStructureLine(text)]).toEqual([text, false]);
    // A stack of the issue's sheets (`A叠`) is structure; a word that opens the same way is text.
    expect(isStructureLine('A叠')).toBe(true);
    expect(isStructureLine('B疊　经济')).toBe(true);
    expect(isStructureLine('A叠加态')).toBe(false);
    expect(matchPageHeader('第A03版：综合')).toEqual({ page: 1003, label: '综合', section: 'A' });
    expect(matchPageHeader('要闻　A02', { lettered: true })).toEqual({ page: 1002, label: '要闻', section: 'A' });
    // A plain page is below 1000: the rest are lettered pages.
    expect(matchPageHeader('第1001版')).toBeUndefined();
    expect(findJumpMarkers('（下转1001版）')).toEqual([]);
    // Elsewhere a kicker such as `G20` or `U23` is no page.
    for (const text of ['A02', 'G20', 'U23', 'E10 高速']) expect(matchPageHeader(text), text).toBeUndefined();
  });
  it('takes no headline that opens on a letter and a number for a page label', () => {
    for (const text of ['G20 峰会开幕', 'C919', 'C919大飞机完成首次商业飞行', 'A02 要闻版面调整通知', '5G网络覆盖全市'])
      expect(matchPageHeader(text, { lettered: true }), text).toBeUndefined();
  });
  it("finds markers to an e-paper's lettered pages", () => {
    expect(findJumpMarkers('（下转A04版）').map(({ direction, page }) => [direction, page])).toEqual([['to', 1004]]);
    expect(findJumpMarkers('（上接第A01版）').map(({ direction, page }) => [direction, page])).toEqual([['from', 1001]]);
    expect(findJumpMarkers('（下转B04版）').map(({ direction, page }) => [direction, page])).toEqual([['to', 2004]]);
  });
  it('finds markers in both directions with their ranges', () => {
    const text = '（上接1版）心中有数。（下转第3版）';
    expect(findJumpMarkers(text).map(({ direction, page, printed }) => [direction, page, printed])).toEqual([
      ['from', 1, '（上接1版）'],
      ['to', 3, '（下转第3版）'],
    ]);
  });
  it('finds them as Traditional papers print them', () => {
    expect(findJumpMarkers('（上接第1版）在北京。（下轉第2版）（轉4版）（緊接3版）').map(({ direction, page }) => [direction, page])).toEqual([
      ['from', 1],
      ['to', 2],
      ['to', 4],
      ['from', 3],
    ]);
    expect(findJumpMarkers('（轉載自第2版）')).toEqual([]);
  });
});

describe('askers and respondents', () => {
  it.each([
    ['中央广播电视总台央视记者：', '中央广播电视总台央视'],
    ['《人民日报》记者：', '人民日报'],
    ['今日俄罗斯国际通讯社记者：', '今日俄罗斯国际通讯社'],
    ['凤凰卫视记者 张三：', '凤凰卫视'],
  ])('%s → %s', (text, outlet) => expect(matchAsker(text)?.outlet).toBe(outlet));
  it('takes 本报记者 for the paper itself', () => expect(matchAsker('本报记者：')).toMatchObject({ asker: '本报记者', outlet: undefined }));
  it('does not take a sentence for an asker', () => expect(matchAsker('据记者了解，今年以来：')).toBeUndefined());
  it('does not take a headline that describes reporters for an asker', () => {
    expect(matchAsker('采访两会的外国记者：中国高质量发展带给世界更多机遇')).toBeUndefined();
    expect(matchAsker('外国记者：中国经济前景如何？')).toMatchObject({ asker: '外国记者', outlet: '外国' });
    // A 的 inside the outlet's own title is no description.
    expect(matchAsker('《我们的太空》记者：')).toMatchObject({ outlet: '我们的太空' });
  });
  it('does not take what a reporter learned for an asker', () => {
    for (const text of ['记者了解到：今年以来，全市新增就业岗位三万个。', '记者获悉：', '記者注意到：']) expect(matchAsker(text), text).toBeUndefined();
    expect(matchAsker('新华社记者 张三：')).toMatchObject({ asker: '新华社记者 张三', outlet: '新华社' });
  });
  it("does not take a lead's credit for an asker", () => {
    // The reporter reports, nobody asks: a lead, as mainland evening papers and Hong Kong's print it.
    for (const text of [
      '羊城晚报讯 记者张豪报道：广州地铁11号线今日开通。',
      '【大公報訊】記者黃山報道：政府統計處昨日公布',
      '【香港文匯報訊】記者李文報道：康文署宣布',
    ])
      expect(matchAsker(text), text).toBeUndefined();
    // An asker who names a reporter stays one.
    expect(matchAsker('羊城晚报记者：请问发布会何时举行？')).toMatchObject({ outlet: '羊城晚报' });
  });
  it('names the respondent of an interview from its subtitle', () => {
    expect(respondentFromSubtitle('——访市科技局局长张建国')).toBe('张建国');
    expect(respondentFromSubtitle('——访青年作家李四')).toBe('青年作家李四');
  });
});

describe('bylines', () => {
  it('reads byline lines and lead bylines', () => {
    expect(matchBylineLine('本报记者　李明')).toBe('本报记者　李明');
    expect(matchBylineLine('本报记者昨天从区里获悉，工程已完工。')).toBeUndefined();
    // A reporter whose surname a reporter's clause opens with (`于`, `向`), set apart from the label: a byline.
    expect(matchBylineLine('本报记者　于宏亮')).toBe('本报记者　于宏亮');
    expect(matchBylineLine('记者 向思远 通讯员 王芳')).toBe('记者 向思远 通讯员 王芳');
    expect(matchBylineLine('记者于3月5日在现场看到')).toBeUndefined();
    expect(matchBylineLine('记者 从现场发回报道')).toBeUndefined();
    // (Words set apart from 记者 that open on no surname are a column's rubric: `记者　在一线`, `记者 对话`.)
    expect(matchBylineLine('记者　在一线')).toBeUndefined();
    expect(matchBylineLine('记者 对话')).toBeUndefined();
    // A Taiwanese site's byline with the paper's name before the reporter's, not a sentence with a slash.
    expect(matchBylineLine('中國時報 劉建宏／台中報導')).toBe('中國時報 劉建宏／台中報導');
    expect(matchBylineLine('記者陳建宏／高雄報導')).toBe('記者陳建宏／高雄報導');
    expect(matchBylineLine('市府與中國時報合作／推動閱讀報導')).toBeUndefined();
    // A school paper's student reporters; not a headline about them.
    expect(matchBylineLine('学生记者　林静')).toBe('学生记者　林静');
    expect(matchBylineLine('校园记者 张敏 李强')).toBe('校园记者 张敏 李强');
    expect(matchBylineLine('学生记者眼中的校园')).toBeUndefined();
    // Bare names, told from words by their surnames.
    for (const line of ['叶伟强', '沈泽玮 林展宏', '欧阳华', '王芳', '高建国']) expect(isBareNames(line), line).toBe(true);
    for (const line of ['要闻', '快讯', '高考', '金融', '两会', '记者 张三', '王者归来之路', 'Zhang San']) expect(isBareNames(line), line).toBe(false);
    // (Rarer surnames too, in a name of three: `习近平`; not the word `习惯`.)
    expect(isBareNames('习近平')).toBe(true);
    expect(isBareNames('习惯')).toBe(false);
    // A signed piece's author by office and name, as a speech or an official's article prints it under the title.
    for (const line of ['中华人民共和国主席 习近平', '中共中央总书记、国家主席江泽民', '中国驻美国大使谢锋', '国务院总理　李强'])
      expect(isOfficeAndName(line), line).toBe(true);
    for (const line of ['国家主席习近平会见越南国家主席', '市长热线', '新任市长', '中华人民共和国主席令', '记者 张三', '主席团'])
      expect(isOfficeAndName(line), line).toBe(false);
    // A byline alone on its line in brackets (明報's `【記者 李志偉】`), as printed; not a rubric or a column's name in brackets.
    for (const line of ['【記者 李志偉】', '（记者 张三 通讯员 李四）', '〔本报记者 王芳〕', '(文/张三)']) expect(matchBylineLine(line), line).toBe(line);
    for (const line of [
      '【记者手记】',
      '【本报评论员】',
      '（张三）',
      '【新华社记者专访】',
      '（记者 张三）昨天获悉，工程已完工。',
      '【记者暗访】',
      '【记者节特别报道】',
      '（记者再探）',
    ])
      expect(matchBylineLine(line), line).toBeUndefined();
    expect(matchLeadByline('本报讯（记者 李明）记者昨天获悉')).toBe('记者 李明');
    // The paper's own lead with the day or the place it was filed from; names with no brackets, apart by spaces.
    expect(matchLeadByline('本报5月19日讯（记者 王悦）全市今天启动“健康体重”管理行动。')).toBe('记者 王悦');
    expect(matchLeadByline('本报济南3月7日讯（记者　李娜　通讯员　王欣）近日，')).toBe('记者　李娜　通讯员　王欣');
    expect(matchLeadByline('本报讯　记者　赵明　通讯员　钱警宣　“阿姨，这钱不能转！”昨天上午，')).toBe('记者　赵明　通讯员　钱警宣');
    expect(matchLeadByline('扬子晚报讯 记者 徐倩 昨天，市交通局发布消息。')).toBe('记者 徐倩');
    expect(isLead('本报综合讯 昨天，全市各地')).toBe(true);
    // (Not the paper's reporter opening running text, nor names running into the text with no space after them.)
    expect(isLead('本报记者讯问了多位市民')).toBe(false);
    expect(matchLeadByline('本报讯　记者昨天从市交通局获悉，')).toBeUndefined();
    expect(matchLeadByline('新华社北京3月7日电（记者 王五）十四届全国人大')).toBe('记者 王五');
    // A lead in brackets, as Hong Kong papers print it.
    expect(matchLeadByline('【本報訊】（記者 吳迪）東區首家社區食堂')).toBe('記者 吳迪');
    // (An old page's OCR reads 本 as 木.)
    expect(matchLeadByline('木报讯（通讯员　史华洋）李强表示')).toBe('通讯员　史华洋');
    expect(isLead('木报讯 连日来，全县各地抢插早稻。')).toBe(true);
    expect(isLead('木材加工厂昨日投产。')).toBe(false);
    expect(isLead('【本報訊】記者黃麗萍報道：維港夜遊航線')).toBe(true);
    expect(isLead('【新闻链接】本报讯')).toBe(false);
    // A paper's own lead word that names it, no brackets; the reporter's credit after a paper's tag.
    for (const line of ['羊城晚报讯 记者张豪报道：广州地铁', '新京报讯（记者 张三）昨日，', '扬子晚报讯 昨天，南京']) expect(isLead(line), line).toBe(true);
    for (const line of ['晚报讯息量大', '报讯', '电报讯号中断', '本报记者 张三']) expect(isLead(line), line).toBe(false);
    expect(matchLeadByline('新京报讯（记者 张三）昨日，')).toBe('记者 张三');
    expect(matchLeadByline('羊城晚报讯 记者张豪报道：广州地铁')).toBe('记者张豪');
    expect(matchLeadByline('【大公報訊】記者黃山報道：政府統計處')).toBe('記者黃山');
    expect(matchLeadByline('本报讯 记者 王芳 李明 报道：昨天')).toBe('记者 王芳 李明');
    expect(matchLeadByline('羊城晚报讯 广州地铁11号线今日开通。')).toBeUndefined();
    expect(matchLeadByline('【香港文匯報訊】（記者 李文）康文署宣布')).toBe('記者 李文');
    // A wire's or a paper's dateline in brackets before the text, as older papers printed it; not a rubric that names an outlet.
    for (const line of ['【中央社南京八日電】中共中央', '【路透社八日倫敦電】英國首相', '〔本報北平九日專電〕市府昨', '【本報特訊】本市', '【專電】昨日'])
      expect(isLead(line), line).toBe(true);
    for (const line of [
      '【新华社记者专访】张三说',
      '【人民日报评论】要坚持',
      '【社会电讯】不是',
      '【路透社八日倫敦電】',
      '【出版社资讯】人民文学出版社推出新书',
      '【电台快讯】今晚节目',
    ])
      expect(isLead(line), line).toBe(false);
  });
  it("reads a site's or a station's own news as a lead", () => {
    for (const line of ['央视网消息（新闻联播）：今天，', '人民网北京3月8日消息，记者从', '本台消息：今天', '运河网消息（晚间新闻）：5月6日'])
      expect(isLead(line), line).toBe(true);
    for (const line of ['消息称，他将出席', '网友消息：很好', '这个消息：很好', '据消息人士透露，']) expect(isLead(line), line).toBe(false);
  });
  it("reads a reporter's title after the outlet, and a post's `文/`, `文丨` credits", () => {
    for (const line of [
      '瓯江日报全媒体记者 赵杰明 通讯员 黄婷',
      '湖北日报全媒记者 张真真',
      '新华社记者 张三',
      '本报首席记者 李四 王五',
      '文/刘静 图/马磊',
      '文丨刘静',
    ])
      expect(matchBylineLine(line), line).toBe(line);
    for (const line of ['外国记者眼中的中国', '新华社记者调查：小区停车难', '全媒体记者走进运河新城', '记者探访本市首家“无人超市”', '记者走访城郊菜市场'])
      expect(matchBylineLine(line), line).toBeUndefined();
  });
  it("reads a role and its names, or names and `报道`, as Singapore's and Malaysia's papers print a byline", () => {
    for (const line of ['报道：黄伟杰', '文：陈美玲', '报道：张慧敏  摄影：陈凯健', '林方伟 报道', '黄伟杰 陈美玲 报道'])
      expect(matchBylineLine(line), line).toBe(line);
    for (const line of ['深度报道', '综合报道', '文：', '报道：国务院新闻办公室举行发布会']) expect(matchBylineLine(line), line).toBeUndefined();
    // A site's stamp of its last change is furniture; an address alone is text (a job advert's `hr@…` under `简历发送至：`).
    expect(isStructureLine('更新/2024年3月15日 11:20 AM')).toBe(true);
    // A site's tools under a story, with the editor's credit among them; a pager in any form.
    for (const line of [
      '阅读原文 阅读 5291 · 在看 39',
      '阅读 10万+ 在看 1.2万',
      '【纠错】 【责任编辑:王敏】',
      '【打印本页】【关闭窗口】',
      '【字体：大 中 小】 【打印】',
      '12下一页>>',
      '<<上一页12',
      '共3页 第2页 首页 上一页 1 2 3',
      '< 上一版下一版 >',
      '← 上一篇',
      '返回目录 往期回顾',
      // An e-paper's toolbar and foot copied as lines (`Ctrl+A`): two or more of its words apart, its copyright and links.
      '首页\t往期回顾\t版面导航\t标题导航\tPDF下载\t登录',
      '返回目录\t放大 缩小 默认',
      '版权所有：澄江日报社　地址：澄江市人民路88号',
      '澄江日报社概况 | 关于澄江日报报系 | 法律声明',
      '本版责编：贾博文　熊兰芳',
    ]) {
      expect(isStructureLine(line), line).toBe(true);
    }
    for (const line of [
      '【深度报道】',
      '【权威访谈】深化金融体制改革',
      '首页',
      '登录',
      '放大',
      '下一页将介绍具体做法。',
      '阅读原文后再作判断',
      '在看未来',
      '< 上一版的故事 >',
      '两会 | 代表委员热议 | 新质生产力',
      '两会E系列｜关于就业｜关于养老｜关于教育',
      '版权所有：不等于一切所有',
      '放大',
    ])
      expect(isStructureLine(line), line).toBe(false);
    // A story's closing credit in brackets, under its text; not a rubric in brackets, nor a jump marker.
    for (const line of ['（综合办　许诺）', '（机电学院　林静）', '（团委　徐磊）', '（通讯员　李明　王芳）', '（本报记者 赵阳）']) {
      expect(isStructureLine(line), line).toBe(true);
    }
    for (const line of ['（学思想　强党性）', '（学思想 强党性 重实践 建新功）', '（上接第一版）', '（一）']) expect(isStructureLine(line), line).toBe(false);
    expect(isStructureLine('linfw@example.com.my')).toBe(false);
    // Not a rubric or a column's words before 报道, nor an interview's turn.
    for (const line of ['全国两会 特别 报道', '两会现场 追踪 报道', '采访：谢谢']) expect(matchBylineLine(line), line).toBeUndefined();
  });
  it("reads a picture's caption closed by its photographer's credit, and an advertisement's line of contact", () => {
    // (A caption is set apart only where a printed page sets it smaller than the body: a photo story's text is its captions.)
    for (const line of ['9月1日，游客在南湖景区赏花。本报记者张海涛摄', '工人在车间赶制订单。　新华社记者 李贺 摄', '市民在公园晨练。（通讯员 王芳 摄）']) {
      expect(isPhotoCaption(line), line).toBe(true);
      expect(isStructureLine(line), line).toBe(false);
    }
    for (const line of [
      '节能新款 全市各大商场有售服务热线：0752-2345678',
      '临川老窖 · 三十年陈酿 订购热线 0794-8888666',
      '客服热线 95588-0',
      // (Any advertiser's words for it, a number in brackets, a person to ask for after it.)
      '全館書籍七九折 洽詢專線：(06)222-3456',
      '联系电话：13857112345 王先生',
      '联络电话 (02)2345-6789',
      '报名热线：0571-86881234',
    ])
      expect(isAdvertContact(line), line).toBe(true);
    // A story's sentence about a photographer, a number in a story, a sentence telling readers to call: text.
    for (const line of ['他说，这张照片是记者张海涛摄于去年春天的。', '本报记者张海涛摄影作品展昨日开幕。', '他后来当了记者。记者老王摄于1998年'])
      expect(isPhotoCaption(line), line).toBe(false);
    for (const line of [
      '市民可拨打服务热线反映问题，热线号码为12345。',
      '服务热线',
      '市民可拨打服务热线12345反映问题。',
      '如有疑问，可拨打客服电话95598咨询，供电公司将在24小时内上门处理。',
      '读者可拨打订阅热线4008001234办理',
      '市民如遇停电，可拨打供电服务热线 95598 或 0752-2345678',
      '联系电话成为市民反映问题的主要渠道',
      // (A line of fields, a colon before the label: a notice's.)
      '时间：3月9日上午9时 地点：市民广场 联系电话：0571-86881234',
    ])
      expect(isAdvertContact(line), line).toBe(false);
    // In a story's or a notice's text a contact line is its text; only an advertiser's label makes it a structure line.
    expect(isStructureLine('联系电话：0571-86881234')).toBe(false);
    expect(isStructureLine('投诉电话：12345')).toBe(false);
    expect(isStructureLine('江城置业 滨江壹号 咨询热线：027-8888 6666')).toBe(true);
  });
  it("reads an e-paper's navigation and a site's foot as furniture, not a kicker, a page of links or the story's text", () => {
    for (const line of [
      '本版标题',
      '版面导航',
      '上一期　下一期',
      '下载PDF',
      '当前版：A01  返回本版',
      '上一页 1 2 下一页',
      '粤ICP备09174648号',
      'Copyright © 2024 海川新闻网 琼ICP备12345678号-1 琼公网安备 46010802000123号',
      '扫一扫在手机打开当前页',
      '相关推荐',
      '版权声明：本文为江北日报原创，转载请注明出处。',
    ])
      expect(isStructureLine(line), line).toBe(true);
    // A page's kicker over a related story, a sentence about a filing number, a headline with `下一篇`.
    // A post's furniture: its calls to follow and share, its account's line under the title (its time not rendered), an app's banner, a source with a bar.
    for (const line of [
      '点击蓝字',
      '点个在看 你最好看',
      '海门晚报 海门晚报 发表于江苏',
      '打开掌上雁城APP，阅读体验更佳 立即打开',
      '来源 | 新华社',
      '公众号: 江澜晚报',
    ])
      expect(isStructureLine(line), line).toBe(true);
    for (const line of ['点击蓝字的人越来越多了。', '他的文章发表于人民日报', '打开国门搞建设']) expect(isStructureLine(line), line).toBe(false);
    // OCR's noise from a picture or a rule; not an item's number, a Roman numeral or a word.
    for (const line of ['■▲', '▲ ■', 'IIl', ':l l', '一 一 ·']) expect(isStructureLine(line), line).toBe(true);
    // (Nor a rating's stars, placeholders for what OCR could not read, a poem's dash.)
    for (const line of ['（一）', 'II', '一', '口碑', '★★★★☆', '囗囗囗囗囗囗', '□□□□', '一一']) expect(isStructureLine(line), line).toBe(false);
    for (const line of [
      '相关阅读',
      '相关新闻',
      '延伸阅读',
      '网站ICP备案工作持续推进。',
      '全市网站公网安备登记率达九成',
      '问：公网安备登记多久内完成',
      '版权声明：本报刊登的所有作品，未经本报书面许可，不得转载',
      '下一篇报道更精彩',
      '当前版本的软件已更新',
    ]) {
      expect(isStructureLine(line), line).toBe(false);
    }
  });
  it('takes a column named for the reporter for a column, not a byline', () => {
    for (const line of ['记者手记', '记者观察：春耕一线', '本报记者调查', '記者手記']) expect(matchBylineLine(line), line).toBeUndefined();
    for (const line of ['记者王磊', '记者 手记华']) expect(matchBylineLine(line), line).toBe(line);
  });
  it("reads Taiwan's bylines: reporter, a slash, where from", () => {
    for (const line of ['記者陳建宏／高雄報導', '編譯許怡君／綜合報導', '特派記者洪宗翰／北京報導']) expect(matchBylineLine(line), line).toBe(line);
    for (const line of ['编译出版工作座谈会在京召开', '编译局老专家的翻译人生']) expect(matchBylineLine(line), line).toBeUndefined();
    expect(matchLeadByline('〔記者廖家豪、陳俊傑／綜合報導〕記者日前走訪')).toBe('記者廖家豪、陳俊傑／綜合報導');
    expect(matchLeadByline('【記者許佩珊／台北報導】市立圖書館24日宣布')).toBe('記者許佩珊／台北報導');
    expect(matchLeadByline('【新聞連結】什麼是口袋公園')).toBeUndefined();
    expect(matchLeadByline('〔中央社〕東京24日電')).toBeUndefined();
    // A wire lead's credit: agency, reporter, place and day, the whole credit (the name and the place run together).
    expect(matchLeadByline('（中央社記者陳家倫台北25日電）立法院會今天三讀通過')).toBe('中央社記者陳家倫台北25日電');
    expect(matchLeadByline('（中央社記者黃自強華盛頓24日專電）美國國務院')).toBe('中央社記者黃自強華盛頓24日專電');
    expect(matchLeadByline('（中央社台北25日電）行政院')).toBeUndefined();
    expect(matchLeadByline('（中央社記者會上，部長表示）')).toBeUndefined();
  });
  it("reads `记者：` over names (and a clipping's other credits) as a byline, not a question", () => {
    for (const line of ['记者：张三 李四', '记者：黄丽萍　版面：第2版', '记者：张三 摄影：李四']) {
      expect(matchAsker(line), line).toBeUndefined();
      expect(matchInterviewTurn(line), line).toBeUndefined();
    }
    expect(matchAsker('记者：请问发言人，如何看待这一变化？')).toMatchObject({ asker: '记者' });
    expect(matchInterviewTurn('记者：请问发言人，如何看待这一变化？')).toMatchObject({ turn: 'question' });
  });
});

describe('columns side by side', () => {
  const page = (rows: Array<[string, string]>): string => rows.map(([left, right]) => `${left}${' '.repeat(20 - Array.from(left).length)}${right}`).join('\n');
  const left = '批三百套人才公寓昨天交付使用，';
  const right = '区食堂本周推出十二道春季新菜，';
  it('finds a page whose columns stand side by side, with the gutter and the first line that crosses it', () => {
    const found = sideBySideColumns(['运河日报', '2024年3月8日 星期五', page(Array.from({ length: 10 }, (): [string, string] => [left, right]))].join('\n'));
    expect(found).toMatchObject({ lines: 10, first: 3 });
    expect(found?.gutters).toHaveLength(1);
  });
  it('finds none in a page read column by column, a running head, or a few aligned lines', () => {
    expect(sideBySideColumns(Array.from({ length: 20 }, () => left).join('\n'))).toBeUndefined();
    expect(sideBySideColumns(['2  要闻  2024年6月2日  星期日', ...Array.from({ length: 20 }, () => left)].join('\n'))).toBeUndefined();
    expect(
      sideBySideColumns([page(Array.from({ length: 3 }, (): [string, string] => [left, right])), ...Array.from({ length: 30 }, () => left)].join('\n')),
    ).toBeUndefined();
  });
  it('reports no run of spaces as text printed twice', () => {
    expect(findDuplicatedText(`甲${' '.repeat(30)}乙${' '.repeat(30)}丙`)).toEqual([]);
  });
});

describe('checks', () => {
  it('takes a title that is a date for a wrong split, not a headline that begins with a year', () => {
    for (const title of ['2024年3月8日 星期五', '2024-03-08', '2024年3月8日']) expect(looksLikeDate(title), title).toBe(true);
    for (const title of ['2023年财政收入保持恢复性增长态势', '2024年3月全国居民消费价格同比上涨0.1%', '2024年3月8日起运河夜游航线延长'])
      expect(looksLikeDate(title), title).toBe(false);
  });
  it('weekday', () => {
    expect(checkWeekday('2024-03-08', '星期五')).toBeUndefined();
    expect(checkWeekday('2024-03-10', '星期天')).toBeUndefined();
    expect(checkWeekday('2024-03-08', '周四')).toBe('星期五');
  });
  it('lunar date', () => {
    expect(lunarDate('2024-03-08')).toBe('甲辰年正月廿八');
    expect(checkLunarDate('2024-03-08', '甲辰年正月廿八')).toBeUndefined();
    expect(checkLunarDate('2024-03-08', '正月廿八')).toBeUndefined();
    expect(checkLunarDate('2024-03-08', '甲辰年正月廿九')).toBe('甲辰年正月廿八');
    // The year alone, as a page prints it (`农历甲辰年`): right, and wrong.
    expect(checkLunarDate('2024-03-08', '甲辰年')).toBeUndefined();
    expect(checkLunarDate('2024-03-08', '癸卯年')).toBe('甲辰年正月廿八');
  });
  it('finds a repeated run but not ordinary parallel phrasing', () => {
    expect(
      findDuplicatedText(
        '美方的对华错误认知仍在延续，打压中国的手段不断花样翻新，单边制裁的清单不断延长，欲加之罪的手段不断翻新，单边制裁的清单不断延长，欲加之罪罪到了匪夷所思的程度。',
      ),
    ).toHaveLength(1);
    expect(findDuplicatedText('美国如果总是说一套、做一套，大国的信誉何在？美国如果一听到“中国”这两个字就紧张焦虑，大国的自信何在？')).toEqual([]);
    // Two parallel phrases joined by a conjunction or a list's mark are the writer's.
    expect(
      findDuplicatedText('关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告及2024年国民经济和社会发展计划草案的审查结果报告'),
    ).toEqual([]);
    expect(findDuplicatedText('2024年国民经济和社会发展计划草案2024年国民经济和社会发展计划草案的报告')).toHaveLength(1);
  });
  it('does not report a phrase that comes back further on', () => {
    const phrase = '推动构建人类命运共同体的伟大实践';
    expect(findDuplicatedText(`${phrase}，是新时代中国外交的鲜明旗帜，各国人民普遍欢迎，${phrase}。`)).toEqual([]);
    expect(findDuplicatedText(`前文${phrase}${phrase}后文`)).toHaveLength(1);
  });
  it('handles characters outside the Basic Multilingual Plane by code point', () => {
    const rare = '𠀀𠀁𠀂𠀃𠀄𠀅𠀆𠀇𠀈𠀉𠀊𠀋';
    const [found] = findDuplicatedText(`前${rare}${rare}后`);
    expect(found?.text).toBe(rare);
    expect(found?.second).toBe(1 + rare.length);
  });
});

describe('broken paragraphs', () => {
  it('joins text cut mid-sentence, not a headline followed by text', () => {
    expect(continuesInto('加沙这场浩劫再次提醒世人，巴勒斯坦领土长期被占领', '的事实不能再忽视了，')).toBe(true);
    expect(continuesInto('大国外交', '开创中国特色大国外交更有作为的新局面')).toBe(false);
    expect(continuesInto('相互尊重是前提，和平共处是底线，合作共赢是目标', '彭博社记者：')).toBe(false);
    expect(continuesInto('这是完整的一句话。', '的确如此。')).toBe(false);
    // Text printed with no punctuation at all, as old papers were: a line end says nothing, the line stays as printed.
    const unpunctuated = '本埠米價連日回落每石較上週低約五角米商稱新米上市存貨充足各米行均有現貨供應價格可望續跌';
    expect(continuesInto(unpunctuated, '各米行門市生意平穩')).toBe(false);
    expect(continuesInto(unpunctuated.replace('五角', '五角、'), '各米行門市生意平穩')).toBe(true);
  });
  it('takes a particle for attached only as a word of its own, not the first character of a word', () => {
    expect(continuesInto('本报记者 黄婷', '地下管网改造是今年城建的重点工程，全县将改造老旧供水管网四十公里。')).toBe(false);
    expect(continuesInto('城区菜价总体平稳', '过去一年，全县蔬菜供应充足。')).toBe(false);
    expect(continuesInto('他认真', '地说，这项工程关系到每一户居民。')).toBe(true);
    expect(continuesInto('首批三百套公寓面向新引进的青年人才配租，租金为市场价', '，租期最长五年。')).toBe(true);
  });
  it('ends a sentence before a footnote mark', () => {
    expect(continuesInto('租金为市场价的七成，租期最长五年。[^1]', '人才公寓配有共享厨房、自习室和健身房。')).toBe(false);
    expect(continuesInto('租金为市场价的七成，租期最长五年。[2]', '人才公寓配有共享厨房。')).toBe(false);
  });
});

describe('bound volumes', () => {
  /** Lines numbered from 1, blank lines skipped as a file's reader skips them. */
  const numbered = (...texts: string[]): RawLine[] =>
    texts.flatMap((text, index) =>
      text === '' ? [] : [{ text, line: index + 1, position: { start: { line: index + 1, column: 1 }, end: { line: index + 1, column: 1 + text.length } } }],
    );
  const starts = (lines: RawLine[]): string[] => volumeParts(lines).map((part) => part[0]!.text);
  it('opens an issue at each masthead and date line of another day, or at a date over page 1 again', () => {
    const volume = numbered(
      '运河日报',
      '2024年3月1日 星期五',
      '第1版',
      '标题一',
      '正文一。',
      '第2版',
      '正文二。',
      '════',
      '运河日报',
      '2024年3月2日 星期六',
      '第1版',
      '正文三。',
    );
    expect(starts(volume)).toEqual(['运河日报', '运河日报']);
    const dated = numbered('江城报', '【1980年1月1日】', '第1版', '正文一。', '【1980年1月2日】', '第1版', '正文二。', '1980.01.03', '第1版', '正文三。');
    expect(starts(dated)).toEqual(['江城报', '【1980年1月2日】', '1980.01.03']);
  });
  it('cuts posts at the headline over each one’s line of date and source, of other days or of one, and no chronicle or letter', () => {
    const posts = numbered(
      '南岭晨报',
      '',
      '北京中轴线成功列入《世界遗产名录》',
      '南岭晨报 2024-07-27 22:02',
      '今天（7月27日），北京中轴线成功列入《世界遗产名录》。',
      '',
      '上半年工业生产实现较快增长',
      '南岭晨报 2024-07-20 20:23',
      '今年上半年，我国工业生产呈现较快增长态势。',
      '',
      '李希在山西调研',
      '2024-07-20 09:10　来源：南岭晨报',
      '中共中央政治局常委李希在山西调研。',
    );
    // (Posts of one day too, `上半年…` and `李希在山西调研`: an evening's pushes saved together are articles of one issue.)
    expect(postParts(posts).map((part) => part[0]!.text)).toEqual(['南岭晨报', '上半年工业生产实现较快增长', '李希在山西调研']);
    // (WeChat marks an original post before its account, `原创 桐溪日报 2024-03-04 20:00 发表于浙江`.)
    expect(postDate(numbered('原创 桐溪日报 2024-03-04 20:00 发表于浙江')[0]!)).toBe('2024-03-04');
    // (A live report's entries, each opened by its time over a line of date and source, are no posts; nor is the foot's
    // editor over the line of date again.)
    const live = numbered(
      '直击：临江国际马拉松鸣枪开跑',
      '临江日报 2024-04-14 07:00',
      '临江国际马拉松今晨开跑。',
      '',
      '7:30 三万名跑者鸣枪出发',
      '2024-04-14 07:30　来源：临江日报',
      '三万名跑者从运河广场出发。',
      '',
      '责任编辑 王芳',
      '2024-04-14 09:00　来源：临江日报',
    );
    expect(postParts(live)).toHaveLength(1);
    // (Nor an issue's stories under its head and page headers, a wire story's line of the day before among them.)
    const issue = numbered(
      '临江日报',
      '2024年3月8日 星期五',
      '第1版 要闻',
      '全国政协十四届二次会议举行第二次全体会议',
      '2024-03-07 22:10 来源：新华社',
      '全国政协十四届二次会议7日下午举行第二次全体会议。',
      '',
      '我市代表团审议政府工作报告',
      '2024-03-08 06:30 来源：临江日报',
      '临江代表团昨天下午审议政府工作报告。',
    );
    expect(postParts(issue)).toHaveLength(1);
    // (A story's next page pasted under its first, the same headline over the same line of date, is no new post.)
    const pasted = numbered(
      '防汛关键期 各地严阵以待',
      '2024-05-03 07:31 | 来源：澄州晚报',
      '第一页正文。',
      '',
      '防汛关键期 各地严阵以待',
      '2024-05-03 07:31 | 来源：澄州晚报',
      '第二页正文。',
    );
    expect(postParts(pasted)).toHaveLength(1);
    expect(postDate(numbered('2024-07-26 19:28　来源：江城日报')[0]!)).toBe('2024-07-26');
    // (Or a line its markup dates, a blog's `发表于 <time datetime="2024-04-27T…">2024年4月27日</time> 由 周明`.)
    const blog = numbered(
      '月份：2024年4月',
      '成都世园会开幕',
      '发表于 2024年4月27日 由 周明',
      '世园会26日开幕。',
      '',
      '鹊桥二号任务成功',
      '发表于 2024年4月12日 由 周明',
      '中继星完成测试。',
    );
    for (const [at, day] of [
      [2, '2024-04-27'],
      [5, '2024-04-12'],
    ] as const)
      blog[at] = { ...blog[at]!, hint: { datetime: day } };
    for (const at of [1, 4]) blog[at] = { ...blog[at]!, hint: { heading: 2 } };
    expect(postParts(blog).map((part) => part[0]!.text)).toEqual(['月份：2024年4月', '鹊桥二号任务成功']);
    expect(postParts(blog)[0]![0]!.hint).toEqual({ media: true, properties: true });
    // (A chronicle's entries and a letter's date are dates alone, no post's line of date and source.)
    const chronicle = numbered(
      '运河新城建设大事记',
      '2024年3月1日 09:00 来源：运河日报',
      '',
      '2023年12月28日',
      '人才公寓交付使用。',
      '',
      '2024年1月15日',
      '新城中学开工建设。',
    );
    expect(postParts(chronicle)).toHaveLength(1);
    const letter = numbered('致读者的一封信', '2024-03-01 08:00 来源：运河日报', '感谢各位读者。', '', '运河日报编辑部', '2024年2月28日');
    expect(postParts(letter)).toHaveLength(1);
    // (Nor a lesser heading under the story's own, `## 第一次讨论` over a meeting's line, nor a time with no outlet.)
    const notes = numbered(
      '政府工作报告学习笔记',
      '2024-03-05 09:00 来源：人民日报',
      '报告提出目标。',
      '',
      '第一次讨论',
      '2024-03-08 14:00 来源：人民日报',
      '大家认为要落实。',
    );
    notes[0] = { ...notes[0]!, hint: { heading: 1 } };
    notes[3] = { ...notes[3]!, hint: { heading: 2 } };
    expect(postParts(notes)).toHaveLength(1);
    expect(postDate(numbered('2024-03-08 14:00 来源：支部学习会')[0]!)).toBeUndefined();
    expect(postDate(numbered('2024-01-01 00:05')[0]!)).toBeUndefined();
    // (Nor a line of date and source that is no headline's: under running text.)
    const quoted = numbered('标题在此', '2024-07-27 22:02 来源：南岭晨报', '正文第一段，', '2024-07-20 20:23 来源：南岭晨报');
    expect(postParts(quoted)).toHaveLength(1);
  });
  it('opens none at a date under a letter, nor at a repeated head of the same day', () => {
    const letter = numbered(
      '运河日报',
      '2024年3月1日 星期五',
      '第2版',
      '致读者的一封信',
      '感谢各位读者。',
      '运河日报编辑部',
      '2024年2月28日',
      '第3版',
      '正文。',
    );
    expect(volumeParts(letter)).toHaveLength(1);
    const repeated = numbered('运河日报', '2024年3月1日 星期五', '第1版', '正文一。', '运河日报', '2024年3月1日 星期五', '第2版', '正文二。');
    expect(volumeParts(repeated)).toHaveLength(1);
  });
  it("opens one at a running head of another day on page 1, under the file's own name only", () => {
    const heads = numbered(
      '临江日报　2023年04月05日　第01版　要闻',
      '',
      '标题一',
      '正文一。',
      '',
      '临江日报　2023年04月12日　第01版　要闻',
      '',
      '标题二',
      '正文二。',
    );
    expect(starts(heads)).toEqual(['临江日报　2023年04月05日　第01版　要闻', '临江日报　2023年04月12日　第01版　要闻']);
    // A reprint's credit names another paper; a nameless caption sits in the text, not apart.
    const reprint = numbered('报刊文摘　2024年01月05日　第01版　要闻', '', '标题一', '正文一。', '人民日报 2023年12月28日 第1版', '转载的正文。');
    expect(volumeParts(reprint)).toHaveLength(1);
    const caption = numbered('2024年01月05日　第01版', '', '标题一', '正文一。', '1949年10月1日　第1版', '历史上的今天。');
    expect(volumeParts(caption)).toHaveLength(1);
  });
  it('reads a date alone in brackets as a date line', () => {
    expect(matchDateOnlyLine('【1980年1月1日】')).toMatchObject({ year: 1980, month: 1, day: 1 });
    expect(matchDateOnlyLine('（1980年1月2日 星期三）')).toMatchObject({ year: 1980, month: 1, day: 2 });
    expect(matchDateOnlyLine('【1980年1月1日】全市召开大会')).toBeUndefined();
  });
});

describe('HTML layout tables and link lists', () => {
  const element = (html: string): Element => {
    const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
    return tree.children.find((node): node is Element => node.type === 'element')!;
  };
  it("reads a table that lays out an e-paper's article, and keeps a data table whole", () => {
    expect(isLayoutTable(element('<table><tr><td><founder-content><p>本报讯 记者从市园林局获悉。</p></founder-content></td></tr></table>'))).toBe(true);
    expect(isLayoutTable(element('<table><tr><td>2024年03月08日 星期五</td><td><a href="a">返回目录</a></td></tr></table>'))).toBe(true);
    expect(isLayoutTable(element('<table><tr><th>套餐</th><th>价格</th></tr><tr><td>一荤两素</td><td>12元</td></tr></table>'))).toBe(false);
    expect(isLayoutTable(element('<table><tr><td>套餐</td><td>价格</td></tr><tr><td>一荤两素</td><td>12元</td></tr></table>'))).toBe(false);
    // A word processor's table (a paragraph in each cell, a head, a caption row across it) is data.
    expect(
      isLayoutTable(
        element('<table><thead><tr><th><p>项目</p></th><th><p>金额</p></th></tr></thead><tr><td><p>一荤两素</p></td><td><p>12元</p></td></tr></table>'),
      ),
    ).toBe(false);
    expect(
      isLayoutTable(
        element('<table><tr><td colspan="2">2023年<br>全年</td></tr><tr><td>套餐</td><td>价格</td></tr><tr><td>一荤两素</td><td>12元</td></tr></table>'),
      ),
    ).toBe(false);
  });
  it('knows a list of links by its link density, not by its name', () => {
    expect(isLinkList(element('<ul class="x"><li><a>运河公园新增二百个停车位</a></li><li><a>社区食堂迎来首批老年食客</a></li></ul>'))).toBe(true);
    expect(isLinkList(element('<div>分享到：<a>新浪微博</a> <a>微信</a></div>'))).toBe(true);
    expect(isLinkList(element('<p>详见<a>运河日报</a>和<a>运河晚报</a>今日的报道，记者走访了东关街道的社区食堂。</p>'))).toBe(false);
    expect(isLinkList(element('<p><a>运河日报</a></p>'))).toBe(false);
    // A byline or a sentence with two linked names, and a heading, are text.
    expect(isLinkList(element('<div>记者 <a>张三</a> <a>李四</a></div>'))).toBe(false);
    expect(isLinkList(element('<p><a>习近平</a>会见<a>拜登</a></p>'))).toBe(false);
    expect(isLinkList(element('<h2><a>运河大桥</a>·<a>今日通车</a></h2>'))).toBe(false);
  });
  it("takes a sidebar's box, its title and its links, for a list of links, and no box whose title is a sentence or not its own", () => {
    expect(
      isLinkList(element('<div class="hot"><h3>热点排行</h3><ul><li><a>临江城区新增两条公交线路</a></li><li><a>春季花展本周末开幕</a></li></ul></div>')),
    ).toBe(true);
    expect(
      isLinkList(element('<div><div class="col-tit">推荐阅读</div><ul><li><a>海州湾渔港迎来开渔季</a></li><li><a>城际铁路加紧施工</a></li></ul></div>')),
    ).toBe(true);
    // (A sentence over links, and words between the links, are text.)
    expect(isLinkList(element('<div><p>记者从市文旅局获悉，</p><a>春季花展</a><a>夜游灯会</a></div>'))).toBe(false);
    expect(isLinkList(element('<div><a>春季花展</a>本周末开幕<a>夜游灯会</a></div>'))).toBe(false);
  });
  it('never takes a heading or a paragraph for a row of links, nor a closing line for their label', () => {
    const body = element('<div><h1><a>运河大桥今日通车</a></h1><p><a>李明</a></p><p>谢谢大家。</p><li><a>微博</a></li><li><a>微信</a></li></div>');
    const kept = body.children.filter((child): child is Element => child.type === 'element');
    expect(kept.map((child) => linkRuns(body.children).has(child))).toEqual([false, false, false, true, true]);
  });
  it('knows rows that are each one link, with the label over them', () => {
    const table = element(
      '<table><tr><td>第02版：城事</td></tr><tr><td>本版标题导航</td></tr><tr><td><a>运河公园新增二百个停车位</a></td></tr><tr><td><a>社区食堂迎来首批老年食客</a></td></tr></table>',
    );
    const rows = descendantRows(table);
    const runs = linkRuns(rows[0]!.parent.children);
    expect(rows.map((row) => runs.has(row.node))).toEqual([false, true, true, true]);
  });
});

/** The rows of a table with the element that holds them. */
function descendantRows(table: Element): Array<{ node: Element; parent: Element }> {
  const found: Array<{ node: Element; parent: Element }> = [];
  const walk = (node: Element): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === 'tr') found.push({ node: child, parent: node });
      walk(child);
    }
  };
  walk(table);
  return found;
}

describe('turns of transcripts', () => {
  it("reads a follow-up's label as a question turn", () => {
    expect(matchInterviewTurn('追问：中方是否已与有关方面沟通？')).toMatchObject({ turn: 'question', label: '追问' });
    expect(matchInterviewTurn('追问者众多，场面热烈。')).toBeUndefined();
  });
  it("knows a broadcast's tagged speech, not a bracketed title or rubric", () => {
    expect(isTaggedSpeech('【记者】这样的进度和去年比有什么变化？')).toBe(true);
    expect(isTaggedSpeech('【受访者 张建国】变化很大，今年比去年提前了半个月。')).toBe(true);
    expect(isTaggedSpeech('【新思想引领新征程】赓续中华文脉')).toBe(false);
    expect(isTaggedSpeech('【记者手记】')).toBe(false);
    expect(isTaggedSpeech('【记者手记】运河边的早晨')).toBe(false);
  });
});

describe('portal copies', () => {
  it('takes the paper behind the site that carried it, and leaves any other source as it is', () => {
    expect(paperInSource('人民网－人民日报')).toBe('人民日报');
    expect(paperInSource('光明网-《光明日报》')).toBe('光明日报');
    expect(paperInSource('《光明日报》')).toBe('光明日报');
    // With its name in Latin letters after it, as a site names itself; not a headline with a Latin word.
    expect(paperInSource('中国报 China Press')).toBe('中国报');
    expect(paperInSource('联合早报 Lianhe Zaobao')).toBe('联合早报');
    expect(paperInSource('运河新城 AI')).toBe('运河新城 AI');
    for (const source of ['央视网', '新华社客户端', '京津冀-协同发展', '人民日报-海外版']) expect(paperInSource(source), source).toBe(source);
  });
  it("reads a post's time relative to the day its page was saved, with the paper beside it", () => {
    expect(matchRelativeTime('齐鲁晚报 昨天 18:30 发布于山东')).toEqual({ printed: '齐鲁晚报 昨天 18:30 发布于山东', paper: '齐鲁晚报', alone: false });
    expect(matchRelativeTime('3小时前')).toEqual({ printed: '3小时前', alone: true });
    for (const line of ['昨天的会议开得很好', '今天', '3小时前 有人说', '前天下午']) expect(matchRelativeTime(line), line).toBeUndefined();
  });
});

describe("a paper's name as sites write it (rules/paper-name.ts)", () => {
  it("reads a paper's e-mail or app product under its name as the paper's, not a publication of its own as one", () => {
    for (const masthead of ['江城晚报·早班车', '江城晚报早班车', '江城晚报 | 夜读', '江城晚报｜新闻早知道'])
      expect([masthead, isProductOf(masthead, '江城晚报')]).toEqual([masthead, true]);
    for (const [masthead, paper] of [
      ['人民日报海外版', '人民日报'],
      ['江城晚报·周刊', '江城晚报'],
      ['江城晚报社区版', '江城晚报'],
      ['江城晚报', '江城晚报'],
      ['江城日报·早班车', '江城晚报'],
      ['江城早班车', '江城'],
      ['江城晚报·今日新闻提要一览', '江城晚报'],
      ['江城晚报 Morning', '江城晚报'],
    ] as const)
      expect([masthead, isProductOf(masthead, paper)]).toEqual([masthead, false]);
  });
  it('takes a site’s word for its edition off the paper’s name, and reads the paper a page title names', () => {
    expect(withoutEdition('南方日报数字报')).toBe('南方日报');
    expect(withoutEdition('东湖晚报电子版')).toBe('东湖晚报');
    expect(withoutEdition('鹭湾晚报剪报')).toBe('鹭湾晚报');
    expect(withoutEdition('剪报')).toBe('剪报');
    expect(withoutEdition('数字报')).toBe('数字报');
    expect(withoutEdition('人民网')).toBe('人民网');
    expect(paperOfPageTitle('习近平会见马尔代夫总统--人民日报')).toBe('人民日报');
    expect(paperOfPageTitle('南方日报数字报-习近平举行仪式欢迎马尔代夫总统访华')).toBe('南方日报');
    expect(paperOfPageTitle('标题_栏目_解放日报')).toBe('解放日报');
    expect(paperOfPageTitle('习近平会见马尔代夫总统')).toBeUndefined();
    expect(paperOfPageTitle('关于违规问题的通报 - 市政府网站')).toBeUndefined();
    // (A title that is a paper's name alone names no paper of its own accord: a reprint may be titled so in another paper's
    // folder; it stands for the paper only where no folder names one, `siteOfPageTitle`.)
    expect(paperOfPageTitle('人民日报')).toBeUndefined();
    expect(siteOfPageTitle('人民日报')).toBe('人民日报');
    expect(siteOfPageTitle('东湖晚报电子版')).toBe('东湖晚报');
    // A news site names itself last in its pages' titles: `…-新华网`, `…_澎湃新闻`; a headline, a channel or a government site does not.
    expect(siteOfPageTitle('两会“部长通道”：聚焦经济发展 回应民生关切-新华网')).toBe('新华网');
    expect(siteOfPageTitle('标题在此--人民网')).toBe('人民网');
    expect(siteOfPageTitle('习近平会见马尔代夫总统--人民日报')).toBe('人民日报');
    expect(siteOfPageTitle('习近平会见马尔代夫总统')).toBeUndefined();
    expect(siteOfPageTitle('关于违规问题的通报 - 市政府网站')).toBeUndefined();
    expect(siteOfPageTitle('人民网')).toBeUndefined();
    expect(siteOfPageTitle('织牢民生兜底网 - 评论')).toBeUndefined();
    expect(siteOfPageTitle('中东局势最新进展_国际新闻')).toBeUndefined();
    expect(siteOfPageTitle('春运铁路发送旅客创新高_澎湃新闻')).toBe('澎湃新闻');
  });
  it("takes the site's name off a page title, after a hyphen with or without spaces, and no headline's own hyphen", () => {
    expect(withoutSiteName('習近平會見荷蘭首相 - 中時新聞網')).toBe('習近平會見荷蘭首相');
    expect(withoutSiteName('5G应用迎来规模化发展-海州网')).toBe('5G应用迎来规模化发展');
    expect(withoutSiteName('特色产业助力乡村全面振兴--南岭晨报')).toBe('特色产业助力乡村全面振兴');
    expect(withoutSiteName('中国-东盟博览会开幕')).toBe('中国-东盟博览会开幕');
    expect(withoutSiteName('G20-峰会')).toBe('G20-峰会');
    expect(withoutSiteName('中老铁路-东南亚物流网')).toBe('中老铁路-东南亚物流网');
  });
  it('reads the paper a masthead names as OCR reads it: letter-spaced, a character split off, `曰` for `日` (said)', () => {
    expect(mastheadPaper('人　民　日　报')).toEqual({ paper: '人民日报' });
    expect(mastheadPaper('人 民日报')).toEqual({ paper: '人民日报' });
    expect(mastheadPaper('人民曰报')).toEqual({ paper: '人民日报', corrected: true });
    expect(mastheadPaper('光明日报')).toEqual({ paper: '光明日报' });
    // (Words apart are no split name; `曰` elsewhere is a character of the name.)
    expect(mastheadPaper('运河 晚报')).toEqual({ paper: '运河 晚报' });
    expect(mastheadPaper('子曰周刊')).toEqual({ paper: '子曰周刊' });
    // An e-paper site's name over a copied page: the paper's, when a paper's name stands before the site's word.
    expect(mastheadPaper('澄江日报数字报刊平台')).toEqual({ paper: '澄江日报' });
    expect(mastheadPaper('澄江日报电子版')).toEqual({ paper: '澄江日报' });
    expect(mastheadPaper('人民网')).toEqual({ paper: '人民网' });
    // A name in brackets or book marks, as a mobile edition or a script heads itself.
    expect(mastheadPaper('【湘江手机报】')).toEqual({ paper: '湘江手机报' });
    expect(mastheadPaper('《澧水新闻》')).toEqual({ paper: '澧水新闻' });
  });
});

describe("a site's furniture copied with its text (formats/site-menu.ts)", () => {
  const marked = (text: string, name = 'x.txt'): string[] =>
    markRepeatedName(markSiteMenu(splitLines(new VFile(text))), name)
      .filter((line) => line.hint?.media === true)
      .map((line) => line.text);
  it('marks a menu at the top, a breadcrumb with the site over it, and the file name repeated', () => {
    expect(marked('星洲网\n首页\n国内\n国际\n登入\n首页 > 国内\n标题在此\n2024-03-22 05:50')).toEqual([
      '星洲网',
      '首页',
      '国内',
      '国际',
      '登入',
      '首页 > 国内',
    ]);
    expect(marked('南洋商报\n全国 > 国内\n标题在此')).toEqual(['南洋商报', '全国 > 国内']);
    expect(marked('星洲日报~全国_-_04_04_2024\n\n正文。', '星洲日报~全国_-_04_04_2024.txt')).toEqual(['星洲日报~全国_-_04_04_2024']);
  });
  it('marks a menu copied as one line with the site’s name line over it, and a breadcrumb after its label', () => {
    expect(marked('北疆在线 | 北疆日报社主办\n首页　新闻　时政　经济　社会\n\n首页 > 新闻 > 本地\n\n标题在此\n正文。')).toEqual([
      '北疆在线 | 北疆日报社主办',
      '首页　新闻　时政　经济　社会',
      '首页 > 新闻 > 本地',
    ]);
    expect(marked('首页 | 往期回顾 | 东湖网 | 报料热线：0712-88886666\n标题在此\n正文。')).toEqual(['首页 | 往期回顾 | 东湖网 | 报料热线：0712-88886666']);
    expect(marked('您现在的位置：海川新闻网 >> 海川要闻 >> 正文\n标题在此\n正文。')).toEqual(['您现在的位置：海川新闻网 >> 海川要闻 >> 正文']);
    expect(marked('目前位置：首頁 > 新聞中心 > 正文\n標題在此\n正文。')).toEqual(['目前位置：首頁 > 新聞中心 > 正文']);
    expect(marked('您当前的位置：首页 > 消费 > 正文\n标题在此\n正文。')).toEqual(['您当前的位置：首页 > 消费 > 正文']);
    expect(marked('你的位置：首页 > 湾区\n标题在此\n正文。')).toEqual(['你的位置：首页 > 湾区']);
    // (A breadcrumb from the site's name, under its logo: `新华网 > 时政 > 正文`, `人民网>>时政`.)
    expect(marked('人民网>>时政\n标题在此\n正文。')).toEqual(['人民网>>时政']);
    expect(marked('新华网 > 时政 > 正文\n标题在此\n正文。')).toEqual(['新华网 > 时政 > 正文']);
    // (Not a head of words ending in 网 apart by an arrow: `消费互联网→产业互联网`, a kicker `工业互联网>物联网`.)
    expect(marked('消费互联网→产业互联网\n正文在此，写满一句。')).toEqual([]);
    expect(marked('工业互联网>物联网\n千行百业数字化转型提速\n正文。')).toEqual([]);
    // (Under the site's logo in a page: a picture is no text over it.)
    const page = new VFile({
      path: 'a.html',
      value:
        '<html><body><div><img src="/img/2020wbc/imgs/logo.png" alt="人民网" /><div>人民网&gt;&gt;时政</div></div><h1>标题在此</h1><p>正文在此，写满一句。</p></body></html>',
    });
    expect(
      markSiteMenu(readHtml(page).lines)
        .filter((line) => line.hint?.media === true)
        .map((line) => line.text),
    ).toContain('人民网>>时政');
  });
  it("marks a bar of the site's controls, with the day it was viewed, and no sentence that names them", () => {
    expect(marked('2024年3月4日 星期一 设为首页 | 加入收藏\n标题在此\n2024-03-04 07:30　来源：临江日报\n正文。')).toEqual([
      '2024年3月4日 星期一 设为首页 | 加入收藏',
    ]);
    expect(marked('标题在此\n市民可在手机版客户端上办理，十分方便。')).toEqual([]);
    expect(marked('临江日报手机版今日上线\n本报讯 临江日报手机版今天上线。')).toEqual([]);
  });
  it("marks an e-paper's list of its pages, three labels or more in a row, not pages with text between", () => {
    expect(marked('版面导航\nA01：头版\nA02：要闻\nA03：城事\n标题在此\n正文。')).toEqual(['A01：头版', 'A02：要闻', 'A03：城事']);
    expect(marked('第01版：要闻\n标题在此\n正文。\n第02版：城事\n标题\n正文。')).toEqual([]);
  });
  it('leaves headlines of short words that open on a menu word, and a ranking list', () => {
    for (const text of ['订阅 点赞 转发 老人也能玩转短视频', '注册 开业 一天办结', '首页 改版 上线', '文化 教育 健康 三进社区'])
      expect(marked(`${text}\n正文第一段。\n正文第二段。`), text).toEqual([]);
    expect(marked('1 上海\n2 北京\n3 重庆\n城市消费力排行榜出炉，上海居首。')).toEqual([]);
  });
  it('leaves a headline of short words, a line of names, and a headline over a menu line', () => {
    expect(marked('春风 细雨 新芽 远山\n正文。')).toEqual([]);
    expect(marked('记者 王芳 李明 张伟\n正文。')).toEqual([]);
    expect(marked('新闻 国内 时政 要闻。\n正文。')).toEqual([]);
    expect(marked('习近平会见越南国家主席\n首页　新闻　时政　经济　社会\n正文。')).toEqual(['首页　新闻　时政　经济　社会']);
    expect(marked('位置决定一切 > 速度\n正文。')).toEqual([]);
  });
  it('leaves a masthead over a page name, short lines of verse, and a sentence with a >', () => {
    expect(marked('运河日报\n要闻\n标题在此')).toEqual([]);
    expect(marked('标题在此\n春风\n细雨\n新芽\n远山\n正文。')).toEqual([]);
    expect(marked('标题在此\n气温 > 30度时注意防暑')).toEqual([]);
    // A list or a headline of short lines with section words but no site's own (首页, 登入); a breadcrumb in the text; a headline over one.
    expect(marked('两会速览\n新闻\n国内\n时政\n要闻\n正文。')).toEqual([]);
    expect(marked('标题在此\n打开App后依次点击：\n首页 > 设置')).toEqual([]);
    expect(marked('春耕时节访农家\n乡村 > 农业\n正文。')).toEqual([]);
    expect(marked('春风~又绿江南岸\n正文。', '春风~又绿江南岸.txt')).toEqual([]);
    expect(marked('星洲日报\n正文。', 'a.txt')).toEqual([]);
    expect(marked('海濱長廊延長開放時間\n正文。', '海濱長廊延長開放時間.txt')).toEqual([]);
    expect(marked('2024年3月8日外交部发言人毛宁主持例行记者会\n正文。', '2024年3月8日外交部发言人毛宁主持例行记者会.txt')).toEqual([]);
  });
});

describe('readTextHeader: a name printed before the date on its line', () => {
  const header = (text: string) => readTextHeader(splitLines(new VFile({ value: text })));
  it('is the masthead without the issue number printed between them', () => {
    expect(header('华通集团报　　第120期　　2024年1月5日\n习近平同南非总统会谈\n正文。')?.masthead?.text).toBe('华通集团报');
    expect(header('运河日报 总第1234期 2024年3月8日 星期五\n标题\n正文。')?.masthead?.text).toBe('运河日报');
    // Run together with the name, or spaced inside, or with an extra before the name.
    expect(header('华通集团报第120期　2024年1月5日\n标题\n正文。')?.masthead?.text).toBe('华通集团报');
    expect(header('华通集团报　第 120 期　2024年1月5日\n标题\n正文。')?.masthead?.text).toBe('华通集团报');
    expect(header('内部资料　华通集团报　第120期　2024年1月5日\n标题\n正文。')?.masthead?.text).toBe('华通集团报');
    expect(header('运河日报　今日8版　2024年3月8日\n标题\n正文。')?.masthead?.text).toBe('运河日报');
  });
  it('joins a character OCR split off the name, not the last of a letter-spaced page label', () => {
    expect(header('人 民日报  2024年3月6日 星期三  第 3 版\n标题\n正文。')?.masthead?.text).toBe('人 民日报');
    expect(header('第 二 版　江城日报　1985年3月5日 星期二\n标题\n正文。')?.masthead?.text).toBe('江城日报');
  });
  it('reads the capitals right under the masthead as its name in Latin letters, whatever the words', () => {
    const school = header('江南理工大学报\nJIANGNAN UNIVERSITY OF TECHNOLOGY\n第118期　总第356期\n2024年3月8日　星期五\n标题\n正文。');
    expect(school?.masthead?.text).toBe('江南理工大学报');
    expect(school?.extras).toContain('JIANGNAN UNIVERSITY OF TECHNOLOGY');
    expect(school?.above).toEqual([]);
  });
  it("reads a running head's page label and name before the date as the page, never as the paper", () => {
    const running = header('第2版　社区生活　　　2024年1月26日\n我国完成最大规模农业种质资源普查\n正文。');
    expect(running?.masthead).toBeUndefined();
    expect(running?.page).toBe(2);
    expect(header('A3 要闻 2024年3月8日\n标题\n正文。')?.masthead).toBeUndefined();
  });
  it('reads a date line with the page under the masthead and its publisher’s and registration lines as the date line', () => {
    const front = header(
      '青川日报\n中共青川市委机关报 国内统一连续出版物号 CN 51-0012 代号 61-23\n2024年3月7日 星期四 农历甲辰年 第1版 今日4版\n李强参加广东代表团审议\n正文。',
    );
    expect([front?.masthead?.text, front?.dateline.date, front?.page, front?.extras]).toEqual([
      '青川日报',
      '2024-03-07',
      1,
      ['中共青川市委机关报 国内统一连续出版物号 CN 51-0012 代号 61-23'],
    ]);
    // (A credit line under a headline is no date line: the line above it is no paper, nor the masthead's own.)
    expect(header('李强参加广东代表团审议\n2024年3月7日 第1版\n正文。')).toBeUndefined();
    // (A clipping's headline that reads as a masthead's line, `第3期`, `客户端`, over its date and page: no masthead's line.)
    expect(header('我市举办第3期青年干部培训班\n2024年3月5日 第2版\n本报讯 正文。')).toBeUndefined();
    expect(header('运河日报客户端上线一周年\n2024年3月5日 第2版\n本报讯 正文。')).toBeUndefined();
  });
  it('keeps a name with no extras after it whole, and takes no issue number for a name', () => {
    expect(header('新闻联播 2024年1月7日 星期日\n标题\n正文。')?.masthead?.text).toBe('新闻联播');
    expect(header('第120期　2024年1月5日\n标题\n正文。')?.masthead).toBeUndefined();
  });
});

describe('a web page clipped to Markdown (formats/markdown.ts)', () => {
  const hints = (text: string): Array<[string, boolean]> =>
    readMarkdown(new VFile({ value: text })).lines.map((line) => [line.text, line.hint?.properties === true]);

  it("keeps a site's row of links, its logo and a related stories' list as furniture, and links in text as text", () => {
    expect(
      hints(
        [
          '[![湖州晚报网](logo.png)](https://x.example/)',
          '',
          '[首页](https://x.example/) [新闻](https://x.example/n/) | [本地](https://x.example/l/)',
          '',
          '# 南浔古镇夜游线路开通',
          '',
          '本报讯　夜游线路昨晚开通，详见[古镇官网](https://x.example/g/)。',
          '',
          '### 相关阅读',
          '',
          '- [南浔古镇春季游客量创新高](https://x.example/1.html)',
          '- [湖州公布十条乡村旅游精品线路](https://x.example/2.html)',
        ].join('\n'),
      ),
    ).toEqual([
      ['[![湖州晚报网](logo.png)](https://x.example/)', false],
      ['首页 新闻 | 本地', true],
      ['南浔古镇夜游线路开通', false],
      ['本报讯　夜游线路昨晚开通，详见古镇官网。', false],
      ['相关阅读', true],
      ['南浔古镇春季游客量创新高', true],
      ['湖州公布十条乡村旅游精品线路', true],
    ]);
    // A row of documents' names (`、` between), a list of links under a heading of the story's own, and a single link alone, are its text.
    expect(hints('相关文件：[岗位表.xlsx](https://x.example/a.xlsx)、[报名登记表.docx](https://x.example/b.docx)')).toEqual([
      ['相关文件：岗位表.xlsx、报名登记表.docx', false],
    ]);
    expect(hints('[岗位表.xlsx](https://x.example/a.xlsx) [报名登记表.docx](https://x.example/b.docx)')).toEqual([['岗位表.xlsx 报名登记表.docx', false]]);
    expect(
      hints(
        ['### 开工项目', '', '- [城东污水处理厂](https://x.example/a)', '- [城西公园](https://x.example/b)', '', '[报名入口](https://x.example/c)'].join('\n'),
      ),
    ).toEqual([
      ['开工项目', false],
      ['城东污水处理厂', false],
      ['城西公园', false],
      ['报名入口', false],
    ]);
  });
});
