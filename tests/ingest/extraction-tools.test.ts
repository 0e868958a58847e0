/**
 * What text-extraction and read-later tools write when an article is pulled off the web (Readability's JSON, trafilatura's,
 * newspaper's): the text once, though the tool stores it twice; the paper the site names; the page and day the address names.
 */
import { describe, expect, it } from 'vitest';
import { dateInAddress, pageInAddress } from '../../scripts/ingest/facts/from-address.ts';
import { factsFromPath } from '../../scripts/ingest/facts/from-path.ts';
import { namesNoFact } from '../../scripts/ingest/facts/data-columns.ts';
import { withoutJustextMarks } from '../../scripts/ingest/formats/justext.ts';
import { isStructureLine } from '../../scripts/ingest/rules/structure-line.ts';
import { matchLabelledField } from '../../scripts/ingest/rules/labelled-field.ts';
import type { RawLine } from '../../scripts/ingest/types.ts';
import { ingestFiles } from '../support/ingest-files.ts';
import { rawLines } from '../support/raw-lines.ts';

const TEXT = [
  '本报讯　东关街道首家社区食堂今天开门营业，八十岁以上老人就餐每餐补贴五元，附近社区的两百多位老人当天就在食堂吃上了热乎饭菜。',
  '食堂由街道出资改建，委托专业餐饮公司运营，每天供应早中晚三餐，菜品每周更换，居民可以在社区服务中心办理就餐卡。',
];

describe('the page and day an address names (facts/from-address.ts)', () => {
  it("reads an e-paper's query and its article file's name", () => {
    expect(pageInAddress('http://epaper.example.cn/detail.html?date=2024-01-16&id=3&page=04')).toBe(4);
    expect(pageInAddress('http://epaper.example.cn/detail.html?date=2024-01-16&amp;banci=A03')).toBe(1003);
    expect(pageInAddress('http://paper.people.com.cn/rmrb/html/2024-03/05/nw.D110000renmrb_20240305_1-02.htm')).toBe(2);
    // (Another e-paper system's article, as 新华每日电讯's and 大众日报's sites name it: page 5, its third article.)
    expect(pageInAddress('http://mrdx.cn/content/20240803/Articel05003BB.htm')).toBe(5);
    expect(factsFromPath('新华每日电讯/Articel05003BB.htm', 'in')).toMatchObject({ page: 5, order: 3 });
    expect(dateInAddress('http://epaper.example.cn/detail.html?date=2024-01-16&page=04')).toMatchObject({ year: 2024, month: 1, day: 16 });
    // (NetEase's: the year in two digits, month and day, the hour's folder.)
    expect(dateInAddress('http://news.163.com/24/0905/10/JBV0A2E1000189FH.html')).toMatchObject({ year: 2024, month: 9, day: 5 });
    expect(dateInAddress('http://bbs.example.cn/12/0305/thread.html')).toBeUndefined();
    expect(dateInAddress('http://bbs.example.cn/thread/12/0305/21/8812.html')).toBeUndefined();
  });
  it('reads no page from an id, a later page of a web story or a plain number', () => {
    expect(pageInAddress('https://epaper.example.cn/html/2024-04/08/content_5249.htm')).toBeUndefined();
    expect(pageInAddress('https://epaper.example.cn/html/2024-04/08/content_1001_2.htm')).toBeUndefined();
    expect(pageInAddress('https://www.example.cn/a/2024/0308/12.html')).toBeUndefined();
    expect(pageInAddress('https://www.example.cn/list.html?pageSize=20')).toBeUndefined();
    // (A site's `?page=2` is a story's or a thread's second web page; a story's own name, `…-page-2.html`, `12_2.html`, no page.)
    expect(pageInAddress('https://www.example.cn/detail?id=88&page=2')).toBeUndefined();
    expect(pageInAddress('https://bbs.example.cn/thread-123.html?page=3')).toBeUndefined();
    expect(pageInAddress('https://www.example.cn/news/spring-sowing-page-2.html')).toBeUndefined();
    expect(pageInAddress('https://www.example.cn/a/2024/0308/12_2.html')).toBeUndefined();
    // (An e-paper's `pageNo` beside the day in its path is the printed page.)
    expect(pageInAddress('https://epaper.example.cn/html/2024-03/08/content_88.htm?div=-1&pageNo=3')).toBe(3);
  });
});

describe("a read-later list's and a tool's own fields (facts/data-columns.ts)", () => {
  it('reads no date or page from when a page was bookmarked, how long it is or how far it was read', () => {
    for (const key of ['time_added', 'bookmarked_at', 'length', 'http_status', 'readingProgress', 'fingerprint']) expect(namesNoFact(key), key).toBe(true);
    for (const key of ['date', 'page', 'publish_date', '版次']) expect(namesNoFact(key), key).toBe(false);
  });
});

describe("a tool's JSON of an article (read-data.ts)", () => {
  it("keeps the text once, though Readability stores it as HTML and as text, and reads the site's name and the address's day and page", async () => {
    const readability = {
      title: '东关街道首家社区食堂开门营业',
      byline: '本报记者 王芳',
      content: `<div id="readability-page-1" class="page"><div>${TEXT.map((paragraph) => `<p>${paragraph}</p>`).join('')}</div></div>`,
      textContent: TEXT.join('\n\n'),
      length: 152,
      excerpt: TEXT[0]!.slice(0, 40),
      siteName: '运河日报',
      url: 'http://epaper.example.cn/detail.html?date=2024-01-16&id=3&page=04',
    };
    const { sections, messages } = await ingestFiles({ 'readability/a1.json': JSON.stringify(readability) });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/^paper: "运河日报"$/mu);
    expect(sections[0]).toMatch(/^date: "2024-01-16"$/mu);
    expect(sections[0]).toMatch(/^page: 4$/mu);
    expect(sections[0]!.split('委托专业餐饮公司运营').length - 1).toBe(1);
    expect(messages.some((message) => message.includes('`textContent`'))).toBe(true);
    // (Its excerpt is the lead's opening again: counted with the copies, not printed as a 提要 over the lead.)
    expect(sections[0]).not.toMatch(/^summary:/mu);
    expect(messages.some((message) => message.includes('`excerpt`'))).toBe(true);
  });
  it('keeps a summary in words of its own, and one that is the opening of no text', async () => {
    const own = { title: '东关街道首家社区食堂开门营业', date: '2024-01-16', text: TEXT.join('\n'), description: '八十岁以上老人每餐补贴五元' };
    const later = { ...own, description: TEXT[1]!.slice(0, 30) };
    for (const record of [own, later]) {
      const { sections } = await ingestFiles({ '运河日报/a.json': JSON.stringify(record) });
      expect(sections).toHaveLength(1);
      expect(sections[0]).toMatch(/^summary:/mu);
    }
  });
  it("takes the record's title for the headline when the text's one head line is another line of the head", async () => {
    const record = (head: string, title = '东关街道首家社区食堂开门营业'): string =>
      JSON.stringify({
        title,
        date: '2024-01-16',
        content: `<div id="readability-page-1" class="page"><div><p>${head}</p><p>本报记者 王芳</p>${TEXT.map((paragraph) => `<p>${paragraph}</p>`).join('')}</div></div>`,
      });
    const one = async (text: string): Promise<string | undefined> => {
      const { sections } = await ingestFiles({ '运河日报/a.json': text });
      expect(sections).toHaveLength(1);
      return sections[0];
    };
    // (Readability leaves out the heading that repeats the page's title; the kicker and the subtitle it keeps.)
    const kicker = await one(record('民生实事'));
    const subtitle = await one(record('——记老城区里的一间小饭堂'));
    // (A title the site shortened: the text's headline is the printed one, and the two differ in a warning.)
    const reworded = await one(record('东关街道首家社区食堂今天开门迎客', '东关社区食堂开门'));
    expect(kicker).toMatch(/^title: "东关街道首家社区食堂开门营业"$/mu);
    expect(kicker).toMatch(/^(?:kicker|rubric): "民生实事"$/mu);
    expect(subtitle).toMatch(/^title: "东关街道首家社区食堂开门营业"$/mu);
    expect(subtitle).toMatch(/^subtitle: "——记老城区里的一间小饭堂"$/mu);
    expect(reworded).toMatch(/^title: "东关街道首家社区食堂今天开门迎客"$/mu);
    // (A plain line the lead does not restate, while it restates the record's title: a subtitle kept, the headline left out.)
    const plain = await one(record('让发展成果更多惠及群众'));
    expect(plain).toMatch(/^title: "东关街道首家社区食堂开门营业"$/mu);
    // (A headline the lead restates stays, though the site titled its page in other words: its web title, a file's topic.)
    const restated = await one(record('东关街道首家社区食堂开门营业', '小饭堂里的幸福味道'));
    expect(restated).toMatch(/^title: "东关街道首家社区食堂开门营业"$/mu);
    const both = await one(record('百位老人吃上热乎饭菜', '东关社区食堂开门营业'));
    expect(both).toMatch(/^title: "百位老人吃上热乎饭菜"$/mu);
    // (A kicker kept over a feature's label, the headline between them left out: the label is the subtitle.)
    const label = await one(record('民生实事</p><p>记者蹲点采访纪实'));
    expect(label).toMatch(/^title: "东关街道首家社区食堂开门营业"$/mu);
    expect(label).toMatch(/^(?:kicker|rubric): "民生实事"$/mu);
    expect(label).toMatch(/^subtitle: "记者蹲点采访纪实"$/mu);
  });
  it("takes the head line the title names for the headline, though the text's own reading set it over another as its kicker", async () => {
    const text = ['---', 'title: 东关街道首家社区食堂开门营业', 'date: 2024-01-16', '---', '东关街道首家社区食堂开门营业', '记者蹲点采访纪实', ...TEXT].join(
      '\n',
    );
    const { sections } = await ingestFiles({ '运河日报/a.txt': text });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/^title: "东关街道首家社区食堂开门营业"$/mu);
    expect(sections[0]).toMatch(/^subtitle: "记者蹲点采访纪实"$/mu);
  });
  it("keeps a field that holds only part of the text, or other words, as the article's field", async () => {
    const record = {
      title: '东关街道首家社区食堂开门营业',
      date: '2024-01-16',
      sitename: '运河日报',
      text: TEXT.join('\n'),
      raw_text: TEXT.join(''),
      description: TEXT[0],
      comments: '网友甲：好事！为街道点赞，希望更多社区也能办起这样的食堂，让老人们吃得放心又实惠，我们年轻人也能安心上班。',
    };
    const { sections } = await ingestFiles({ 'trafilatura/b2.json': JSON.stringify(record) });
    expect(sections).toHaveLength(1);
    // (The raw text is the text again; a comment other words: kept as the article's.)
    expect(sections[0]).not.toContain('raw_text');
    expect(sections[0]).toContain('网友甲');
  });
  it('keeps a field that holds the text and more (a byline, a correction), and a portal for no paper', async () => {
    const record = {
      title: '东关街道首家社区食堂开门营业',
      date: '2024-01-16',
      site_name: '新浪新闻',
      text: TEXT.join('\n'),
      revised: `${TEXT.join('\n')}\n更正：本报昨日报道中补贴标准应为每餐五元。`,
    };
    const { sections } = await ingestFiles({ '运河日报/c3.json': JSON.stringify(record) });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toContain('更正：本报昨日报道中补贴标准应为每餐五元');
    expect(sections[0]).toMatch(/^paper: "运河日报"$/mu);
    expect(sections[0]).toContain('site_name: 新浪新闻');
  });
});

describe('a saved page as a browser extension names and leaves it (SingleFile)', () => {
  it("reads no page or article number from the time of day it was saved, after the date in its name; a date's numbers after it still are", () => {
    expect(factsFromPath('大公報/魯豫多地暴雨 各地全力應對 - 大公報 (2024_12_11 16_10_00).html', 'in')).not.toHaveProperty('page');
    expect(factsFromPath('大公報/標題 (2024-12-11 16-10-00).html', 'in')).not.toHaveProperty('order');
    expect(factsFromPath('运河日报/2024-03-08_04_02.txt', 'in')).toMatchObject({ page: 4, order: 2 });
    expect(factsFromPath('运河日报/20240308-04-02.txt', 'in')).toMatchObject({ page: 4, order: 2 });
  });
  it("knows a site's request to keep cookies, which speaks to the reader, and keeps a story's sentence on cookies", () => {
    expect(isStructureLine('我們使用cookies來改善您的瀏覽體驗。繼續瀏覽即表示您同意我們的私隱政策。 我同意')).toBe(true);
    expect(isStructureLine('We use cookies to improve your experience. By continuing you agree to our privacy policy. Accept')).toBe(true);
    expect(isStructureLine('欧盟新规要求网站在使用Cookie前征得用户同意，专家认为此举有助保护隐私。')).toBe(false);
    // (A story's advice to the reader on cookies is text: the site speaks of its own.)
    expect(isStructureLine('专家提醒，您在点击“接受全部Cookie”之前应看清隐私条款，不要轻易同意。')).toBe(false);
    expect(isStructureLine('If you refuse cookies, your access to some services may be limited, privacy groups say.')).toBe(false);
    // (A script's empty field, as Goose3's saver prints it.)
    expect(isStructureLine('Published: None')).toBe(true);
    expect(isStructureLine('Authors: null')).toBe(true);
    expect(isStructureLine('None of the ferries ran: null')).toBe(false);
    expect(isStructureLine('userName: null')).toBe(false);
    // (An English label of the authors, `Authors: 田振, 丁秀红`, as such a saver writes it, is the byline's.)
    expect(matchLabelledField('Authors: 田振, 丁秀红')).toMatchObject({ field: 'byline', value: '田振, 丁秀红' });
  });
});

describe("jusText's marked paragraphs (formats/justext.ts)", () => {
  const lines = (texts: string[]): RawLine[] => rawLines(texts);
  it('reads its class marks off each line, a heading the headline and the next its subtitle, the text where it stands', () => {
    const read = withoutJustextMarks(
      lines([
        '<b> 首頁 | 港聞 | 中國',
        '<h> 王滬寧會見老撾建國陣線中央委員會主席',
        '<h> 多地探索新路徑新模式',
        '<p> 中共中央政治局常委王滬寧22日在京會見辛拉馮。',
      ]),
    );
    expect(read.map((line) => line.text)).toEqual([
      '首頁 | 港聞 | 中國',
      '王滬寧會見老撾建國陣線中央委員會主席',
      '多地探索新路徑新模式',
      '中共中央政治局常委王滬寧22日在京會見辛拉馮。',
    ]);
    expect(read.map((line) => line.hint?.heading)).toEqual([undefined, 1, 2, undefined]);
    expect(read[3]!.position.start.column).toBe(5);
  });
  it('leaves HTML written a paragraph a line, its marks closed, as it is', () => {
    const html = ['<b> 全县春耕备耕有序推进</b>', '<b> 本报记者 王明</b>', '<p> 县农业农村局组织技术人员深入田间地头。</p>'];
    expect(withoutJustextMarks(lines(html)).map((line) => line.text)).toEqual(html);
  });
  it('leaves a text that only quotes such marks as it is', () => {
    const text = ['<p> 是HTML的段落标签，网页用它分段。', '记者在培训班上看到，学员们正在学习网页制作。', '老师说，<h> 这样的写法并不规范。'];
    expect(withoutJustextMarks(lines(text)).map((line) => line.text)).toEqual(text);
  });
});
