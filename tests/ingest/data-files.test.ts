/**
 * Data files (CSV, TSV, JSON, JSON Lines): the readers keep every field's
 * place, the columns are told by name and by value, and a row becomes an
 * article with its own date, paper and page. The whole path is the
 * `data-files` fixture's; these are the rules one by one, with their
 * negative cases.
 */
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import JSZip from 'jszip';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { cellLines, rawOffset } from '../../scripts/ingest/formats/cell-text.ts';
import { readCsv, sniffDelimiter } from '../../scripts/ingest/formats/csv.ts';
import { textTable } from '../../scripts/ingest/formats/text-table.ts';
import { readJsonRecords } from '../../scripts/ingest/formats/json-records.ts';
import { holdsTagRecords, officeXml, readXmlRecords } from '../../scripts/ingest/formats/xml-records.ts';
import { dateForm, inForm } from '../../scripts/ingest/facts/data-dates.ts';
import { columnRoles } from '../../scripts/ingest/facts/data-columns.ts';
import { roleOfName } from '../../scripts/ingest/facts/field-names.ts';
import { factsFromFrontmatter, pageOfValue } from '../../scripts/ingest/facts/from-frontmatter.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { resolveSettings } from '../../src/archive/settings.ts';
import { readSpreadsheet, type Sheet } from '../../scripts/ingest/formats/spreadsheet.ts';
import { sheetRows, sheetTables } from '../../scripts/ingest/data-rows.ts';
import { heads } from '../support/ingest-files.ts';

const values = (text: string, delimiter = ','): string[][] => readCsv(text, delimiter).rows.map((row) => row.cells.map((cell) => cell.value));

/** Ingest `files` (path → text) from a fresh folder: every message, and the text of each section written. */
const run = async (files: Record<string, string | Uint8Array>): Promise<{ messages: string[]; sections: string[] }> => {
  const root = await mkdtemp(path.join(tmpdir(), 'baoku-data-'));
  try {
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(root, 'in', name)), { recursive: true });
      await writeFile(path.join(root, 'in', name), text);
    }
    const summary = await ingest({ inputs: [path.join(root, 'in')], out: path.join(root, 'out'), settings: resolveSettings({}, {}), say: () => {} });
    const sections = await readdir(path.join(root, 'out', 'sections'), { recursive: true }).catch(() => []);
    const texts = await Promise.all(sections.filter((name) => name.endsWith('.md')).map((name) => readFile(path.join(root, 'out', 'sections', name), 'utf8')));
    return {
      messages: summary.files.flatMap((file) =>
        file.messages.map((message) => `${message.line ?? 0}:${message.column ?? 0} ${message.ruleId} ${message.reason}`),
      ),
      sections: texts,
    };
  } finally {
    await rm(root, { recursive: true, force: true });
  }
};

describe('readCsv', () => {
  it('reads quoted fields with delimiters, line breaks and doubled quotes', () => {
    expect(values('标题,正文\n"运河通航,首航","第一段\n第二段说""好""。"\n')).toEqual([
      ['标题', '正文'],
      ['运河通航,首航', '第一段\n第二段说"好"。'],
    ]);
  });

  it('keeps each character’s offset in the file across doubled quotes', () => {
    const text = 'a,"说""好""了"\n';
    const cell = readCsv(text, ',').rows[0]!.cells[1]!;
    expect(cell.value).toBe('说"好"了');
    for (const [index, char] of Array.from(cell.value).entries()) expect(text[rawOffset(cell, index)]).toBe(char);
  });

  it('leaves out rows of empty fields and counts them; numbers rows as a spreadsheet does', () => {
    const read = readCsv('a,b\n,,\n\n1,2\r\n', ',');
    expect(read.rows.map((row) => row.number)).toEqual([1, 4]);
    expect(read.blank).toHaveLength(2);
  });

  it('reads a quote never closed into its field, and says where it opened', () => {
    const read = readCsv('a,b\n1,"未完\n', ',');
    expect(read.unclosedQuote).toBe(6);
    expect(read.rows[1]!.cells[1]!.value).toBe('未完\n');
  });

  it('keeps text after a closing quote on its field', () => {
    expect(values('"甲"乙,丙\n')).toEqual([['甲乙', '丙']]);
  });
});

describe('sniffDelimiter', () => {
  it('finds tabs, semicolons and commas by rows of one width; Chinese commas are text', () => {
    expect(sniffDelimiter('标题\t日期\t正文\n甲\t2024-03-05\t乙，丙，丁\n')).toBe('\t');
    expect(sniffDelimiter('标题;日期\n甲;2024-03-05\n乙;2024-03-06\n')).toBe(';');
    expect(sniffDelimiter('标题,日期,正文\n甲,2024-03-05,"乙；丙；丁"\n')).toBe(',');
  });
});

describe('readJsonRecords', () => {
  const keys = (text: string, lines = false): string[][] => readJsonRecords(text, lines).records.map((record) => record.cells.map((cell) => cell.key));

  it('finds the records in an array, under a wrapper, and in an issue’s tree with what the tree says of them', () => {
    expect(keys('[{"title": "甲", "content": "正文"}, {"title": "乙", "content": "正文"}]')).toEqual([
      ['title', 'content'],
      ['title', 'content'],
    ]);
    const tree = readJsonRecords('{"date": "2024-03-09", "pages": [{"page": 2, "articles": [{"title": "甲", "content": "正文"}]}]}', false);
    expect(tree.records[0]!.cells.map((cell) => [cell.key, cell.pieces[0]!.value])).toEqual([
      ['title', '甲'],
      ['content', '正文'],
      ['page', '2'],
      ['date', '2024-03-09'],
    ]);
  });

  it('does not give an API reply’s page to its records, and names its other fields', () => {
    const read = readJsonRecords('{"code": 0, "total": 1, "page": 1, "data": [{"title": "甲", "content": "正文"}]}', false);
    expect(read.records[0]!.cells.map((cell) => cell.key)).toEqual(['title', 'content']);
    expect([...read.leftOut.keys()]).toEqual(['code', 'total', 'page']);
  });

  it('an object with no text is no record; a long string or a list of paragraphs is text', () => {
    expect(keys('[{"title": "甲", "id": 3}]')).toEqual([]);
    expect(keys(JSON.stringify([{ 说明: '长'.repeat(80) }]))).toEqual([['说明']]);
    expect(keys(JSON.stringify([{ title: '甲', paragraphs: ['第一段', '第二段'] }]))).toEqual([['title', 'paragraphs']]);
  });

  it('keeps each character’s offset across escapes (`\\n`, `\\u4e2d`, `\\"`)', () => {
    const text = '[{"content": "\\u4e2d\\u56fd\\n\\"好\\""}]';
    const cell = readJsonRecords(text, false).records[0]!.cells[0]!.pieces[0]!;
    expect(cell.value).toBe('中国\n"好"');
    expect(text.slice(rawOffset(cell, 0), rawOffset(cell, 0) + 6)).toBe('\\u4e2d');
    expect(text[rawOffset(cell, 4)]).toBe('好');
  });

  it('reads JSON Lines line by line, a broken line an error at its place, the others read', () => {
    const text = '{"title": "甲", "content": "正文"}\n{"title": "乙", "content": \n{"title": "丙", "content": "正文"}\n';
    const read = readJsonRecords(text, true);
    expect(read.records.map((record) => record.cells[0]!.pieces[0]!.value)).toEqual(['甲', '丙']);
    expect(read.errors).toHaveLength(1);
    expect(read.errors[0]!.offset).toBeGreaterThan(text.indexOf('乙'));
    // (Values one a line under a `.json` name are JSON Lines too.)
    expect(readJsonRecords('{"title": "甲", "content": "正文"}\n{"title": "丙", "content": "正文"}\n', false).records).toHaveLength(2);
  });
});

describe('field names', () => {
  it('compares names without case, spaces, `_` and `-`', () => {
    expect(roleOfName('pub_date')).toBe('date');
    expect(roleOfName('publishTime')).toBe('date');
    expect(roleOfName('Page No')).toBe('page');
    expect(roleOfName('內文')).toBe('text');
    expect(roleOfName('preTitle')).toBe('kicker');
    expect(roleOfName('crawl_time')).toBeUndefined();
    expect(roleOfName('word_count')).toBeUndefined();
  });
});

describe('columnRoles', () => {
  const sample =
    (table: Record<string, string[]>) =>
    (key: string): string[] =>
      table[key] ?? [];

  it('takes a named column whose values fit its name', () => {
    const columns = columnRoles(['日期', '版次', '标题'], sample({ 日期: ['2024-03-05'], 版次: ['第04版'], 标题: ['运河通航'] }), true);
    expect([...columns.roles].map(([key, role]) => [key, role.role])).toEqual([
      ['日期', 'date'],
      ['版次', 'page'],
      ['标题', 'title'],
    ]);
  });

  it('rejects a name whose values do not fit it (a `time` of hours)', () => {
    const columns = columnRoles(['time', '正文'], sample({ time: ['07:30', '08:10'], 正文: ['正文'] }), true);
    expect(columns.roles.has('time')).toBe(false);
    expect(columns.rejected).toEqual([{ key: 'time', role: 'date', example: '07:30' }]);
  });

  it('tells the columns of a file with no header by their values', () => {
    const table = {
      'column 1': ['2024-06-01', '2024-06-02', '2024-06-02'],
      'column 2': ['1', '2', '1'],
      'column 3': ['南岭大桥主体工程完工', '社区文化节开幕', '本周后期有明显降雨'],
      'column 4': ['长'.repeat(60), '长'.repeat(80), '长'.repeat(50)],
    };
    const columns = columnRoles(Object.keys(table), sample(table), false);
    expect(Object.fromEntries([...columns.roles].map(([key, role]) => [key, role.role]))).toEqual({
      'column 1': 'date',
      'column 2': 'page',
      'column 3': 'title',
      'column 4': 'text',
    });
  });

  it("reads a list of people as objects for the byline (CSL JSON's family and given names, a literal, an API's name), and no other list of objects", async () => {
    const item = (author: string): string =>
      `{"type": "article-newspaper", "title": "城东城市书房试运行", "container-title": "江城晚报", "issued": {"date-parts": [[2024, 3, 8]]}, "author": ${author}, "content": "本报讯　城东首家24小时城市书房今天起试运行，藏书一万二千册，市民凭身份证即可借阅。"}`;
    const byline = async (author: string): Promise<string | undefined> => {
      const { sections } = await run({
        '江城晚报/2024-03-08/zotero.json': `[${item(author)}, ${item(author).replace('城东城市书房试运行', '城西城市书房开工').replace('城东首家', '城西首家')}]`,
      });
      return /^byline: "(.*)"$/mu.exec(sections.join('\n'))?.[1];
    };
    expect(await byline('[{"family": "王", "given": "芳"}, {"family": "李", "given": "明"}]')).toBe('王芳 李明');
    expect(await byline('[{"literal": "本报记者 王芳"}]')).toBe('本报记者 王芳');
    expect(await byline('[{"name": "Zhang Wei"}]')).toBe('Zhang Wei');
    expect(await byline('[{"given": "Wei", "family": "Zhang"}]')).toBe('Wei Zhang');
    // (Objects that are no names, a picture's, say nothing of the byline.)
    expect(await byline('[{"url": "a.jpg", "caption": "图"}]')).toBeUndefined();
  });

  it("dates no record by a field that names no fact of the paper's: a wiki revision's or a record's `timestamp`", async () => {
    const record = (stamp: string): string =>
      `<mediawiki><page><title>城东城市书房试运行</title><revision><timestamp>${stamp}</timestamp><text>本报讯　城东首家24小时城市书房今天起试运行，藏书一万二千册，市民凭身份证即可借阅。</text></revision></page></mediawiki>\n`;
    const { messages, sections } = await run({ '江城晚报/wiki.xml': record('2024-05-21T08:14:03Z') });
    expect(sections).toEqual([]);
    expect(messages.join('\n')).toMatch(/no-date/u);
    // (A date the record's path gives dates it, as for any record without one.)
    const dated = await run({ '江城晚报/2024-03-08/wiki.xml': record('2024-05-21T08:14:03Z') });
    expect(dated.sections.join('\n')).toContain('date: "2024-03-08"');
  });

  it('never guesses at a named column it does not know (a crawl time is no date, a word count no page), and reads row numbers as none', () => {
    // (Nor a CMS's rank, flag or click count, a picture's height, a record's id in camel case, a slug: no page.)
    const table = {
      '': ['0', '1', '2'],
      crawl_time: ['2024-04-09 18:28:31', '2024-04-09 18:28:33', '2024-04-09 18:29:01'],
      word_count: ['41', '93', '7'],
      arcrank: ['2', '5', '3'],
      ismake: ['1', '-1', '1'],
      click: ['158', '3', '12'],
      height: ['853', '720', '853'],
      nodeId: ['517', '604', '12'],
      post_name: ['p10', 'p11', 'p12'],
    };
    const columns = columnRoles(Object.keys(table), sample(table), true);
    expect([...columns.roles].map(([key, role]) => [key, role.role])).toEqual([['', 'rowNumber']]);
  });

  it("reads no paper from a newsroom's source of its own copy (`本报`) nor from a story's status (`已见报`)", () => {
    const table = {
      主标题: ['激活假日消费新活力', '多彩端午活动 传承家国情怀', '假日活动精彩纷呈'],
      稿件来源: ['本报', '本报记者', '本报'],
      状态: ['已见报', '已见报', '待见报'],
    };
    const columns = columnRoles(Object.keys(table), sample(table), true);
    expect([...columns.roles].map(([key, role]) => [key, role.role])).toEqual([['主标题', 'title']]);
    // (A source that names a paper is one.)
    const named = columnRoles(['主标题', '稿件来源'], sample({ ...table, 稿件来源: ['运河日报', '运河日报', '东城晚报'] }), true);
    expect(named.roles.get('稿件来源')?.role).toBe('paper');
  });
});

describe('pageOfValue', () => {
  it('reads a page as data files write it', () => {
    expect(pageOfValue('4')).toEqual({ page: 4 });
    expect(pageOfValue('第04版')).toEqual({ page: 4 });
    expect(pageOfValue('05版：产经')).toEqual({ page: 5, name: '产经' });
    expect(pageOfValue('A04')?.page).toBe(pageOfValue('A4')?.page);
    expect(pageOfValue('要闻')).toBeUndefined();
    expect(pageOfValue('2024')).toBeUndefined();
  });
});

describe('cellLines', () => {
  const linesOf = (text: string): string[] => {
    const file = new VFile({ value: text });
    const cell = readCsv(text, ',').rows[0]!.cells[0]!;
    return cellLines(location(file), cell).map((line) => `${line.position.start.line}:${line.position.start.column} ${line.text}`);
  };

  it('cuts a cell at its line breaks, each line at its place in the file', () => {
    expect(linesOf('"第一段\n　　第二段"\n')).toEqual(['1:2 第一段', '2:3 第二段']);
  });

  it("reads a post's HTML written without blocks (WordPress's classic editor) a line a line break, its markup read, each line at its place", () => {
    expect(linesOf('"<strong>本报记者 王芳</strong>\n\n9月2日上午，<a href=""x"">习近平</a>会见马里总统。\n第二段。"\n')).toEqual([
      '1:10 本报记者 王芳',
      '3:1 9月2日上午，习近平会见马里总统。',
      '4:1 第二段。',
    ]);
  });

  it('cuts at `\\n` written as two characters only when the cell holds no real line break', () => {
    expect(linesOf('第一段。\\n第二段。\n')).toEqual(['1:1 第一段。', '1:7 第二段。']);
    expect(linesOf('"路径C:\\new\n第二段"\n')).toEqual(['1:2 路径C:\\new', '2:1 第二段']);
  });

  it('reads HTML paragraphs and breaks as lines, entities read', () => {
    expect(linesOf('<p>第一段&ldquo;好&rdquo;</p><p>第二段<br>第三行</p>\n').map((line) => line.slice(line.indexOf(' ') + 1))).toEqual([
      '第一段“好”',
      '第二段',
      '第三行',
    ]);
  });

  it('parts paragraphs a scraper ran together on one line', () => {
    expect(linesOf('据介绍，工程将于年底完工。　　三月的运河两岸，柳枝抽出新芽。\n').map((line) => line.slice(line.indexOf(' ') + 1))).toEqual([
      '据介绍，工程将于年底完工。',
      '三月的运河两岸，柳枝抽出新芽。',
    ]);
  });
});

describe('dates as data files write them', () => {
  it('reads Unix times in seconds and milliseconds as the day in the paper’s time zone', () => {
    // 2024-03-31T16:00:00Z: 1 April in Shanghai, still 31 March in London.
    expect(factsFromFrontmatter({ date: '1711900800' }).date).toMatchObject({ year: 2024, month: 4, day: 1 });
    expect(factsFromFrontmatter({ date: 1711900800000 }).date).toMatchObject({ year: 2024, month: 4, day: 1 });
    expect(factsFromFrontmatter({ date: '1711900800' }, 'Europe/London').date).toMatchObject({ year: 2024, month: 3, day: 31 });
    // (Eight digits are a date run together, seven an ROC date: no Unix time.)
    expect(factsFromFrontmatter({ date: '20240305' }).date).toMatchObject({ year: 2024, month: 3, day: 5 });
    expect(factsFromFrontmatter({ date: '12345' }).date).toBeUndefined();
  });

  it('reads a WeChat exporter’s `create_time` as the post’s date, after any other date; a note app’s `created` never', () => {
    expect(factsFromFrontmatter({ create_time: 1709937000 }).date).toMatchObject({ year: 2024, month: 3, day: 9 });
    expect(factsFromFrontmatter({ create_time: '1709937000', date: '2024-03-10' }).date).toMatchObject({ day: 10 });
    expect(factsFromFrontmatter({ created: '2024-05-01' }).date).toBeUndefined();
  });
});

describe('a data file through ingest', () => {
  it('names the columns and the fix when no column holds a date', async () => {
    const { messages } = await run({ '运河日报/a.csv': '标题,正文\n运河通航,三月的运河两岸，柳枝抽出新芽。\n' });
    expect(messages.find((message) => message.includes('no-date'))).toMatch(
      /^2:1 no-date None of the file's 1 rows has a date: the file has no date column \(its fields: `标题`, `正文`\)/u,
    );
  });

  it("reads a spreadsheet saved as text (Excel's UTF-16 “Unicode Text”, `.txt`) as its table, a row an article under its outlet; a table inside a page stays the page's", async () => {
    const sheet =
      '序号\t刊发日期\t媒体名称\t版次\t标题\t作者\t正文\r\n' +
      '1\t20240103\t北国日报\t5\t元旦假期国内出游1.35亿人次\t张明\t"元旦假期，全国国内旅游出游1.35亿人次。\n各地推出冰雪旅游产品。"\r\n' +
      '2\t20240205\t央视新闻客户端\tA04\t春节将至 文旅市场火热\t\t春节临近，各地文旅市场持续升温。\r\n';
    const { sections, messages } = await run({ '见报统计/2024年见报统计.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheet, 'utf16le')]) });
    expect(messages.some((message) => message.includes('Read as a TSV file (tab-separated, a header row): 2 row(s)'))).toBe(true);
    expect(heads(sections, ['paper', 'date', 'page', 'title']).sort()).toEqual([
      ['北国日报', '2024-01-03', '5', '元旦假期国内出游1.35亿人次'],
      // (A04 is numbered as the archive numbers lettered pages; the issue keeps the page's name.)
      ['央视新闻客户端', '2024-02-05', '1004', '春节将至 文旅市场火热'],
    ]);
    // (A page's own table names no title and no text: it is kept in the page as printed.)
    const page = await run({
      '运河日报/2024-03-05.txt':
        '运河日报\n2024年3月5日 星期二\n\n重点项目进展\n\n本报讯 今年全市重点项目进展顺利。\n项目\t投资（亿元）\t进度\n城市更新\t12.6\t已开工\n',
    });
    expect(page.messages.some((message) => message.includes('TSV'))).toBe(false);
    // (Nor is a schedule a table of articles: it names a date and a text, but no title.)
    expect(textTable('日期\t地点\t内容\n2024-03-05\t市民中心\t运河文化讲座\n')).toBeUndefined();
    expect(textTable('日期\t标题\t地点\t内容\n2024-03-05\t运河文化讲座\t市民中心\t讲座\n')).toBe('tsv');
    // (Nor a page that opens on a table and goes on in lines of text: a lecture series over its story.)
    expect(
      textTable(
        '时间\t标题\t主讲人\t地点\n3月9日\t运河与城市\t王教授\t市图书馆\n3月16日\t古桥的故事\t李研究员\t市图书馆\n运河讲堂开讲\n本报讯 运河讲堂系列讲座本周六开讲。\n讲座免费向市民开放。\n',
      ),
    ).toBeUndefined();
    expect(page.sections[0]).toMatch(/城市更新/u);
  });

  it('names a row whose fields are fewer than the header’s, at its line', async () => {
    const { messages } = await run({ '运河日报/a.csv': '日期,标题,正文\n2024-03-05,运河通航,三月的运河两岸。\n2024-03-05,断行\n' });
    expect(messages.some((message) => message.startsWith('3:1 data-file Row 3 has 2 fields where the header names 3'))).toBe(true);
  });
});

describe('names by scope', () => {
  it('reads front matter by its own names only, and a data file by more', () => {
    expect(roleOfName('time')).toBe('date');
    expect(roleOfName('time', 'frontmatter')).toBeUndefined();
    expect(roleOfName('media', 'frontmatter')).toBeUndefined();
    expect(roleOfName('heading', 'frontmatter')).toBeUndefined();
    expect(roleOfName('出版日期', 'frontmatter')).toBe('date');
  });

  it('keeps front matter’s own names first: a reading time, a cover image, a section heading say nothing of the paper', () => {
    const facts = factsFromFrontmatter({
      出版日期: '2024-03-06',
      time: '10:30',
      media: 'images/cover.jpg',
      报纸: '运河日报',
      标题: '运河通航',
      heading: '要闻',
    });
    expect(facts.date).toMatchObject({ year: 2024, month: 3, day: 6 });
    expect(facts.paper).toBe('运河日报');
    expect(facts.title).toBe('运河通航');
  });

  it('prefers a column’s more telling name, and no address for a paper', () => {
    const table: Record<string, string[]> = { time: ['07:30'], 日期: ['2024-03-05'], source: ['http://a.cn/1'], 媒体: ['人民日报'] };
    const columns = columnRoles(Object.keys(table), (key) => table[key] ?? [], true);
    expect(columns.roles.get('日期')?.role).toBe('date');
    expect(columns.roles.get('媒体')?.role).toBe('paper');
    expect(columns.roles.has('source')).toBe(false);
  });
});

describe('dates a column must read as a whole', () => {
  it('reads year-last dates day first or month first as the column shows, by dots day first, and names a column that cannot be told', () => {
    expect(dateForm(['05/03/2024', '25/03/2024'], true)).toBe('dmy');
    expect(dateForm(['3/5/2024', '3/15/2024'], true)).toBe('mdy');
    expect(dateForm(['05.03.2024', '06.03.2024'], true)).toBe('dmy');
    expect(dateForm(['05/03/2024', '06/03/2024'], true)).toBe('ambiguous');
    expect(dateForm(['2024-03-05'], true)).toBeUndefined();
    expect(inForm('3/15/2024 08:30', 'mdy')).toBe('2024-03-15 08:30');
  });

  it('reads spreadsheet serial days only in a column named for a date', () => {
    expect(dateForm(['45356', '45357'], true)).toBe('serial');
    expect(dateForm(['45356', '45357'], false)).toBeUndefined();
    expect(inForm('45356', 'serial')).toBe('2024-03-05');
    const columns = columnRoles(['日期', '标题'], (key) => (key === '日期' ? ['45356', '45357'] : ['甲', '乙']), true);
    expect(columns.roles.get('日期')).toMatchObject({ role: 'date', form: 'serial' });
  });

  it('reads a date and hour run together before a Unix time of as many digits', () => {
    expect(factsFromFrontmatter({ date: '2024030508' }).date).toMatchObject({ year: 2024, month: 3, day: 5 });
    expect(factsFromFrontmatter({ date: '20240305083000' }).date).toMatchObject({ year: 2024, month: 3, day: 5 });
    expect(factsFromFrontmatter({ date: '1709596800' }).date).toMatchObject({ year: 2024, month: 3, day: 5 });
  });

  it('reads pages as spreadsheets and papers write them', () => {
    expect(pageOfValue('4.0')).toEqual({ page: 4 });
    expect(pageOfValue('第四版')).toEqual({ page: 4 });
    expect(pageOfValue('十二版')).toEqual({ page: 12 });
    expect(pageOfValue('头版')).toEqual({ page: 1 });
    expect(pageOfValue('一版要闻')).toEqual({ page: 1, name: '要闻' });
    expect(pageOfValue('4.5')).toBeUndefined();
  });
});

describe('columns by values where names say nothing', () => {
  const sample =
    (table: Record<string, string[]>) =>
    (key: string): string[] =>
      table[key] ?? [];

  it('reads a column whose name is not known by its values when no name gave that role, never one named for a crawl', () => {
    const table = {
      刊登日: ['2024-03-05', '2024-03-06'],
      标题: ['甲', '乙'],
      正文内容x: ['长'.repeat(60), '长'.repeat(70)],
      入库时间: ['2024-03-09', '2024-03-09'],
    };
    const columns = columnRoles(Object.keys(table), sample(table), true);
    expect(columns.roles.get('刊登日')?.role).toBe('date');
    expect(columns.roles.get('正文内容x')?.role).toBe('text');
    expect(columns.roles.has('入库时间')).toBe(false);
  });

  it('takes a summary for the text when nothing else holds text (an RSS item’s description)', () => {
    const columns = columnRoles(['title', 'description'], sample({ title: ['甲'], description: ['正文。'] }), true);
    expect(columns.roles.get('description')?.role).toBe('text');
  });

  it('reads swapped title and text columns the other way round, and says so', () => {
    const columns = columnRoles(['title', 'content'], sample({ title: ['长'.repeat(300)], content: ['运河通航'] }), true);
    expect(columns.swapped).toEqual({ title: 'title', text: 'content' });
    expect(columns.roles.get('title')?.role).toBe('text');
    expect(columns.roles.get('content')?.role).toBe('title');
  });
});

describe('records in structured files', () => {
  it('does not take a scraper’s metadata for an article (a long string that is no Chinese text)', () => {
    const meta = JSON.stringify({
      title: '人民日报 2024年03月05日',
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0 Safari/537.36',
    });
    expect(readJsonRecords(meta, false).records).toEqual([]);
  });

  it('keeps a titled record whose text is null beside records that hold text', () => {
    const text = ['{"title": "甲", "content": "正文"}', '{"title": "乙", "content": null}', '{"title": "丙", "content": "正文"}'].join('\n');
    expect(readJsonRecords(text, true).records.map((record) => record.cells[0]!.pieces[0]!.value)).toEqual(['甲', '乙', '丙']);
  });

  it('reads a field a CMS wraps (`"title": {"rendered": …}`)', () => {
    const text = JSON.stringify([{ title: { rendered: '运河通航' }, content: { rendered: '<p>正文</p>', protected: false } }]);
    expect(readJsonRecords(text, false).records[0]!.cells.map((cell) => [cell.key, cell.pieces[0]!.value])).toEqual([
      ['title', '运河通航'],
      ['content', '<p>正文</p>'],
    ]);
  });

  it('reads XML records with no root, an address’s bare `&`, entities and CDATA, each text at its place', () => {
    const text =
      '<doc>\n<url>http://a.cn/20240412/n1.shtml?a=1&b=2</url>\n<contenttitle>甲&amp;乙</contenttitle>\n<content>正文</content>\n</doc>\n<doc>\n<contenttitle>丙</contenttitle>\n<content><![CDATA[正文二]]></content>\n</doc>\n';
    expect(holdsTagRecords(text)).toBe(true);
    const read = readXmlRecords(text);
    expect(read.records.map((record) => record.cells.map((cell) => [cell.key, cell.pieces[0]!.value]))).toEqual([
      [
        ['url', 'http://a.cn/20240412/n1.shtml?a=1&b=2'],
        ['contenttitle', '甲&乙'],
        ['content', '正文'],
      ],
      [
        ['contenttitle', '丙'],
        ['content', '正文二'],
      ],
    ]);
    const title = read.records[0]!.cells[1]!.pieces[0]!;
    expect(text[rawOffset(title, 2)]).toBe('乙');
    expect(text.slice(read.records[1]!.cells[1]!.pieces[0]!.start).startsWith('正文二')).toBe(true);
  });

  it('gives an issue’s and a page’s attributes to their articles, and reads paragraphs as the text', () => {
    const text =
      '<issue date="2024-04-02"><page no="2" name="要闻"><article id="a1"><title>甲</title><body><p>第一段。</p><p>第二段。</p></body></article></page></issue>';
    const cells = readXmlRecords(text).records[0]!.cells.map((cell) => [cell.key, cell.pieces[0]!.value]);
    expect(cells).toEqual([
      ['id', 'a1'],
      ['title', '甲'],
      ['body', '<p>第一段。</p><p>第二段。</p>'],
      ['page', '2'],
      ['page_name', '要闻'],
      ['date', '2024-04-02'],
    ]);
  });

  it('an HTML page or text is no tag records', () => {
    expect(holdsTagRecords('<html><body><p>甲</p></body></html>')).toBe(false);
    expect(holdsTagRecords('<p>甲</p><p>乙</p><p>丙</p>')).toBe(false);
    expect(holdsTagRecords('运河日报\n2024年3月5日')).toBe(false);
  });
});

describe('rows as spreadsheets and scrapers write them', () => {
  it('reads an unquoted comma in a text column that is not the last, the fields after it from the right', async () => {
    const { sections } = await run({ '运河日报/a.csv': '标题,正文,日期,版次\n运河通航,三月的运河两岸，柳枝抽出新芽,游人如织。,2024-03-05,4\n' });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toContain('date: "2024-03-05"');
    expect(sections[0]).toContain('page: 4');
    expect(sections[0]).toContain('三月的运河两岸，柳枝抽出新芽,游人如织。');
  });

  it('dates a row by a credit line in its source field, the paper first on it', async () => {
    const { sections } = await run({ 'x/a.csv': '标题,来源,正文\n运河通航,人民日报 2024年03月05日 第04版,三月的运河两岸，柳枝抽出新芽。\n' });
    expect(sections[0]).toContain('paper: "人民日报"');
    expect(sections[0]).toContain('date: "2024-03-05"');
    expect(sections[0]).toContain('page: 4');
  });

  it('reads a title cell of two lines as kicker and headline', async () => {
    const { sections } = await run({ '运河日报/a.csv': '标题,日期,正文\n"奋进新征程 建功新时代\n李强参加云南代表团审议",2024-03-05,正文。\n' });
    expect(sections[0]).toContain('rubric: "奋进新征程 建功新时代"');
    expect(sections[0]).toContain('title: "李强参加云南代表团审议"');
  });
});

describe('spreadsheets', () => {
  const fixture = path.join(import.meta.dirname, '..', 'fixtures', 'data-files', 'input', '剪报');

  it('reads the same sheets from .xlsx, .ods and .xls (three formats LibreOffice wrote from one sheet)', async () => {
    const xlsx = readSpreadsheet(await readFile(path.join(fixture, '2024年3月剪报.xlsx')));
    const ods = readSpreadsheet(await readFile(path.join(fixture, '剪报目录.ods')));
    const xls = readSpreadsheet(await readFile(path.join(fixture, '东湖周报剪报.xls')));
    if ('unreadable' in xlsx || 'unreadable' in ods || 'unreadable' in xls) throw new Error('fixture spreadsheets unreadable');
    expect([xlsx.kind, ods.kind, xls.kind]).toEqual(['xlsx', 'ods', 'xls']);
    const cells = (sheets: Sheet[], back = (value: string): string => value): unknown =>
      sheets.map((sheet) => [back(sheet.name), sheet.rows.map((row) => [row.number, row.cells.map((cell) => [cell.column, back(cell.text.value)])])]);
    // (The `.ods` and `.xls` are the same sheet made another paper's and another month's: `source/make.py`.)
    const back =
      (paper: string, month: number) =>
      (value: string): string =>
        value.replace(paper, '运河日报').replace(`2024-0${month}-1`, '2024-03-1').replace(`2024年${month}月1`, '2024年3月1');
    expect(cells(ods.sheets, back('江城日报', 4))).toEqual(cells(xlsx.sheets));
    expect(cells(xls.sheets, back('东湖周报', 7))).toEqual(cells(xlsx.sheets));
    expect(xlsx.sheets[0]!.rows[2]!.cells.map((cell) => cell.text.value)).toEqual([
      '2024-03-11',
      '3',
      '运河公园新增二百个停车位',
      '本报记者 陈晨',
      '记者从市园林局获悉，运河公园南门新建的停车场本周投入使用，新增停车位二百个。\n停车场实行分时段收费，节假日免费开放。',
    ]);
  });

  it('places each cell in the text view, and finds the header under a title row', async () => {
    const xlsx = readSpreadsheet(await readFile(path.join(fixture, '2024年3月剪报.xlsx')));
    if ('unreadable' in xlsx) throw new Error('fixture spreadsheet unreadable');
    for (const sheet of xlsx.sheets)
      for (const row of sheet.rows) for (const cell of row.cells) expect(xlsx.text.slice(cell.text.start).startsWith(cell.text.value)).toBe(true);
    const [clippings, figures] = sheetTables(xlsx);
    expect(clippings!.titleRows.map((row) => row.number)).toEqual([1]);
    expect(clippings!.keyOf(2)).toBe('标题');
    expect(clippings!.articles).toBe(true);
    expect(figures!.articles).toBe(false);
  });

  it('reads a web page of a table saved as .xls in GBK: its cells decoded, a `<br>` a line break', async () => {
    const read = readSpreadsheet(await readFile(path.join(fixture, '临江晚报_稿件导出.xls')));
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.kind).toBe('html');
    const [header, first] = read.sheets[0]!.rows;
    expect(header!.cells.map((cell) => cell.text.value)).toEqual(['日期', '版次', '标题', '作者', '正文']);
    expect(first!.cells.map((cell) => cell.text.value).slice(0, 4)).toEqual(['2024-05-08', '2', '老城区公交线路下月优化调整', '记者 周洁']);
    expect(first!.cells[4]!.text.value.split('\n')).toHaveLength(2);
  });

  it('names a damaged spreadsheet', () => {
    expect(readSpreadsheet(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2]))).toHaveProperty('unreadable');
  });
});

describe('what is no data file, or no article', () => {
  it('a text file that opens on an HTML element is text, whatever its tags; records must be found to be records', () => {
    expect(holdsTagRecords('<section><p>新质生产力</p></section>\n<section><p>科研团队</p></section>\n<section>…</section>\n')).toBe(false);
    expect(holdsTagRecords('<strong>一、总体要求</strong>\n正文。\n<strong>二、主要任务</strong>\n<strong>三、</strong>')).toBe(false);
    expect(holdsTagRecords('<item><a>甲</a></item>\n<item><a>乙</a></item>\n<item><a>丙</a></item>\n')).toBe(false);
  });

  it('a wrapper whose records hold text is none itself, however long its own text (a feed’s channel, an issue’s guide)', () => {
    const feed = JSON.stringify({
      channel: '江城日报-要闻',
      description: '江城日报新闻频道提供本地新闻资讯服务，每日更新时政、经济、社会、文化、体育等各类新闻，欢迎广大读者关注。',
      articles: [
        { title: '甲', content: '正文一' },
        { title: '乙', content: '正文二' },
      ],
    });
    expect(readJsonRecords(feed, false).records.map((record) => record.cells[0]!.pieces[0]!.value)).toEqual(['甲', '乙']);
    const items =
      '<rss><channel><title>江城日报</title><description>江城日报新闻频道提供本地新闻资讯服务，每日更新时政、经济、社会、文化、体育等各类新闻，欢迎广大读者关注。</description><item><title>甲</title><description>短</description></item><item><title>乙</title><description>短</description></item></channel></rss>';
    expect(readXmlRecords(items).records).toEqual([]);
  });

  it('names a word processor’s or spreadsheet’s own XML', () => {
    expect(officeXml('<?xml version="1.0"?><?mso-application progid="Word.Document"?><w:wordDocument>')).toBe('Word');
    expect(officeXml('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">')).toBe('Excel');
    expect(
      officeXml(
        '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">',
      ),
    ).toBe('Calc');
    expect(officeXml('<office:document office:mimetype="application/vnd.oasis.opendocument.text">')).toBe('OpenDocument');
    expect(officeXml('<?xml version="1.0"?><articles><article/></articles>')).toBeUndefined();
  });

  it('reads Excel 2003’s XML spreadsheet saved as .xml as a workbook, and names Word’s', async () => {
    const cell = (value: string): string => `<Cell><Data ss:Type="String">${value}</Data></Cell>`;
    const row = (...values: string[]): string => `<Row>${values.map(cell).join('')}</Row>`;
    const { messages, sections } = await run({
      '运河日报/剪报.xml': `<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet ss:Name="剪报"><Table>${row('日期', '标题', '正文')}${row('2024-03-05', '运河恢复通航', '运河今日恢复通航。')}</Table></Worksheet></Workbook>\n`,
      '运河日报/稿件.xml': '<?xml version="1.0"?>\n<?mso-application progid="Word.Document"?>\n<w:wordDocument><w:body/></w:wordDocument>\n',
    });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toContain('title: "运河恢复通航"');
    expect(messages.some((message) => message.includes('Read as a spreadsheet (.xlml'))).toBe(true);
    expect(messages.some((message) => message.includes("Word's own XML"))).toBe(true);
  });

  it('reads a Markdown list as properties only when it dates or places the article', async () => {
    const { propertyList } = await import('../../scripts/ingest/formats/markdown.ts');
    const { fromMarkdown } = await import('mdast-util-from-markdown');
    const list = (text: string) => {
      const file = new VFile({ value: text });
      return propertyList(file, fromMarkdown(text).children[0]!);
    };
    expect(list('- 版面：第01版：要闻\n- 日期：2024-05-01\n')).toBeDefined();
    expect(list('- 来源：国家统计局\n- 作者：李明\n')).toBeUndefined();
  });

  it('reads `p4` as page 4', () => {
    expect(pageOfValue('p4')).toEqual({ page: 4 });
    expect(pageOfValue('P.12')).toEqual({ page: 12 });
  });
});

describe('catalogues and sheets', () => {
  it('says once that a file with no text column is a catalogue, and warns of no row for lacking text', async () => {
    const { messages, sections } = await run({ '运河日报/篇目.csv': '日期,版次,标题\n2024-03-05,1,运河通航\n2024-03-05,2,春季义务植树活动启动\n合计：2篇\n' });
    expect(sections).toHaveLength(2);
    expect(messages.filter((message) => / warning|suspect-section/u.test(message))).toEqual([]);
    expect(messages.some((message) => message.includes('no-body The file has no column of text: it is a catalogue, and its 2 row(s)'))).toBe(true);
    expect(messages.some((message) => message.includes('Row 4 holds no article (`合计：2篇`, a note or a total): not ingested'))).toBe(true);
  });

  it('reads no role from a sheet of figures: a count is no page, a remark on one row no text or title', () => {
    const table: Record<string, string[]> = { 备注: ['长'.repeat(50)], 篇数: ['2', '5', '3'], 月份: ['1月', '2月', '3月'] };
    const columns = columnRoles(Object.keys(table), (key) => table[key] ?? [], true, 3);
    expect([...columns.roles.keys()]).toEqual([]);
  });
});

describe('a workbook as people lay it out', () => {
  /** A workbook of SheetJS's writing: rows of values, merges, hidden rows and sheets. */
  const workbook = (bookType: 'xlsx' | 'biff8', merges: XLSX.Range[], hiddenRow?: number): Uint8Array => {
    const book = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['日期', '标题', '正文'],
      ['2024-03-05', '运河恢复通航', '运河今日恢复通航。'],
      ['', '春耕时节农机忙', '田野里一片忙碌景象。'],
      ['2024-03-06', '市图书馆新馆开放', '新馆今日开放。'],
    ]);
    sheet['!merges'] = merges;
    if (hiddenRow !== undefined) sheet['!rows'] = Object.assign([], { [hiddenRow]: { hidden: true } });
    XLSX.utils.book_append_sheet(book, sheet, '剪报');
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet([
        ['标题', '正文'],
        ['草稿标题', '草稿正文。'],
      ]),
      '草稿',
    );
    book.Workbook = { Sheets: [{ Hidden: 0 }, { Hidden: 1 }] };
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType }) as ArrayBuffer);
  };
  const titles = (read: ReturnType<typeof readSpreadsheet>): string[][] =>
    'unreadable' in read ? [] : read.sheets.flatMap((sheet) => sheet.rows.map((row) => row.cells.map((cell) => cell.text.value)));

  it('shows a cell merged down over several rows in each of them, as the sheet shows it', () => {
    for (const bookType of ['xlsx', 'biff8'] as const) {
      const read = readSpreadsheet(workbook(bookType, [{ s: { r: 1, c: 0 }, e: { r: 2, c: 0 } }]));
      expect(titles(read)[2], bookType).toEqual(['2024-03-05', '春耕时节农机忙', '田野里一片忙碌景象。']);
    }
    // (Without the merge, the row has no date.)
    expect(titles(readSpreadsheet(workbook('xlsx', [])))[2]).toEqual(['春耕时节农机忙', '田野里一片忙碌景象。']);
  });

  it('reads an article spread over rows under its title merged down them as one article, a paragraph a row', () => {
    const book = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet([
      ['日期', '标题', '正文'],
      ['2024-03-05', '运河恢复通航', '运河今日恢复通航。'],
      ['', '', '首批船只顺利通过船闸。'],
      ['2024-03-06', '市图书馆新馆开放', '新馆今日开放。'],
    ]);
    sheet['!merges'] = [
      { s: { r: 1, c: 0 }, e: { r: 2, c: 0 } },
      { s: { r: 1, c: 1 }, e: { r: 2, c: 1 } },
    ];
    XLSX.utils.book_append_sheet(book, sheet, '剪报');
    const read = readSpreadsheet(new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer));
    if ('unreadable' in read) throw new Error(read.unreadable);
    const rows = sheetRows(read).rows;
    expect(
      rows.map((row) =>
        row.cells
          .find((cell) => cell.key === '标题')
          ?.pieces.map((piece) => piece.value)
          .join(''),
      ),
    ).toEqual(['运河恢复通航', '市图书馆新馆开放']);
    expect(rows[0]!.cells.find((cell) => cell.key === '正文')?.pieces.map((piece) => piece.value)).toEqual(['运河今日恢复通航。', '首批船只顺利通过船闸。']);
  });

  it('leaves out the sheets and rows the workbook hides, and counts them', () => {
    const read = readSpreadsheet(workbook('xlsx', [], 3));
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.sheets.map((sheet) => sheet.name)).toEqual(['剪报']);
    expect(read.hidden).toEqual({ sheets: ['草稿'], rows: 1 });
    expect(titles(read).map((row) => row[1])).not.toContain('市图书馆新馆开放');
  });
});

describe('an .xlsx built by hand', () => {
  /** A workbook of one sheet, its cells as inline strings or numbers with a style, and links to their targets. */
  const workbook = async (rows: string, links = '', styles = ''): Promise<Uint8Array> => {
    const zip = new JSZip();
    const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
    const relationships = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const part = (name: string, type: string): string =>
      `<Override PartName="/xl/${name}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`;
    zip.file(
      '[Content_Types].xml',
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${part('workbook', 'sheet.main')}${part('worksheets/sheet1', 'worksheet')}${styles ? part('styles', 'styles') : ''}</Types>`,
    );
    zip.file(
      'xl/workbook.xml',
      `<workbook xmlns="${main}" xmlns:r="${relationships}"><sheets><sheet name="剪报" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    );
    zip.file(
      'xl/_rels/workbook.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
    );
    zip.file(
      'xl/worksheets/sheet1.xml',
      `<worksheet xmlns="${main}" xmlns:r="${relationships}"><sheetData>${rows}</sheetData>${links ? `<hyperlinks>${links}</hyperlinks>` : ''}</worksheet>`,
    );
    zip.file(
      'xl/worksheets/_rels/sheet1.xml.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Target="https://example.org/a/1.htm" TargetMode="External"/></Relationships>',
    );
    if (styles) zip.file('xl/styles.xml', `<styleSheet xmlns="${main}">${styles}</styleSheet>`);
    return zip.generateAsync({ type: 'uint8array' });
  };
  const text = (reference: string, value: string): string => `<c r="${reference}" t="inlineStr"><is><t>${value}</t></is></c>`;

  it('keeps a cell’s link target where the cell shows other text, after the row’s cells', async () => {
    const bytes = await workbook(
      `<row r="1">${text('A1', '标题')}${text('B1', '链接')}</row><row r="2">${text('A2', '运河通航')}${text('B2', '原文')}</row>`,
      '<hyperlink ref="B2" r:id="rId9"/>',
    );
    const read = readSpreadsheet(bytes);
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.sheets[0]!.rows[1]!.cells.map((cell) => [cell.column, cell.text.value, cell.link ?? false])).toEqual([
      [0, '运河通航', false],
      [1, '原文', false],
      [1, 'https://example.org/a/1.htm', true],
    ]);
  });

  it('reads a number in Excel’s CJK built-in date format as its date, and a number as its format shows it', async () => {
    const styles = '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="31"/><xf numFmtId="9"/></cellXfs>';
    const bytes = await workbook('<row r="1"><c r="A1" s="1"><v>45356</v></c><c r="B1" s="2"><v>0.5</v></c><c r="C1" s="0"><v>4</v></c></row>', '', styles);
    const read = readSpreadsheet(bytes);
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.sheets[0]!.rows[0]!.cells.map((cell) => cell.text.value)).toEqual(['2024-03-05', '50%', '4']);
    // (A long number in the General format keeps its digits: Excel shows `2.02403E+13`, the value is the id.)
    const long = readSpreadsheet(await workbook('<row r="1"><c r="A1"><v>20240305001234</v></c><c r="B1"><v>1709611200000</v></c></row>'));
    if ('unreadable' in long) throw new Error(long.unreadable);
    expect(long.sheets[0]!.rows[0]!.cells.map((cell) => cell.text.value)).toEqual(['20240305001234', '1709611200000']);
    const computed = readSpreadsheet(await workbook('<row r="1"><c r="A1"><v>3.3000000000000003</v></c></row>'));
    if ('unreadable' in computed) throw new Error(computed.unreadable);
    expect(computed.sheets[0]!.rows[0]!.cells[0]!.text.value).toBe('3.3');
  });

  it('reads a number in a date format as its date, by a custom CJK format too, and a plain number as it is', async () => {
    const styles =
      '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/></cellXfs>';
    const bytes = await workbook(
      '<row r="1"><c r="A1" s="1"><v>45356</v></c><c r="B1" s="2"><v>45357</v></c><c r="C1" s="0"><v>45358</v></c></row>',
      '',
      styles,
    );
    const read = readSpreadsheet(bytes);
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.sheets[0]!.rows[0]!.cells.map((cell) => cell.text.value)).toEqual(['2024-03-05', '2024-03-06', '45358']);
  });
});

describe('exports of sites, feeds and scrapers', () => {
  const cells = (text: string, lines = false): Array<Array<[string, string]>> =>
    readJsonRecords(text, lines).records.map((record) => record.cells.map((cell) => [cell.key, cell.pieces.map((piece) => piece.value).join('|')]));

  it("reads a feed's moment in UTC (RFC 822, `+0000`) as the paper's day; a moment with the paper's own offset as written", () => {
    // 22:10 on 1 September in UTC: 2 September in Shanghai.
    expect(factsFromFrontmatter({ date: 'Sun, 01 Sep 2024 22:10:00 +0000' }).date).toMatchObject({ year: 2024, month: 9, day: 2 });
    expect(factsFromFrontmatter({ date: 'Sun, 01 Sep 2024 22:10:00 GMT' }).date).toMatchObject({ day: 2 });
    expect(factsFromFrontmatter({ date: 'Sun, 01 Sep 2024 22:10:00 +0000' }, 'Europe/London').date).toMatchObject({ day: 1 });
    expect(factsFromFrontmatter({ date: 'Sun, 01 Sep 2024 22:10:00 +0800' }).date).toMatchObject({ day: 1 });
    expect(factsFromFrontmatter({ date: 'September 1, 2024' }).date).toMatchObject({ day: 1 });
  });

  it("reads a record's `title` that refers to another record (an id and a name) as its paper, without a catalogue's place and years", () => {
    const trove = cells(
      '{"article": {"id": "1", "heading": "運河新橋通車", "title": {"id": "496", "value": "The Tung Wah Times (Sydney, NSW : 1902 - 1936)"}, "date": "1910-01-05", "articleText": "<p>正文</p>"}}',
    );
    expect(trove[0]).toEqual([
      ['id', '1'],
      ['heading', '運河新橋通車'],
      ['newspaper', 'The Tung Wah Times'],
      ['date', '1910-01-05'],
      ['articleText', '<p>正文</p>'],
    ]);
    // (A CMS's wrapped title, `{"rendered": …}`, has no id: the record's own title.)
    expect(cells('[{"title": {"rendered": "运河通航"}, "content": "正文"}]')[0]![0]).toEqual(['title', '运河通航']);
  });

  it("reads MongoDB's typed values (Extended JSON) under their fields' own names", () => {
    const line =
      '{"_id": {"$oid": "66d50a8c1f2e"}, "crawl_time": {"$date": "2024-09-03T03:12:40Z"}, "page": {"$numberInt": "2"}, "pub_date": {"$date": {"$numberLong": "1725206400000"}}, "content": "正文"}';
    expect(cells(line, true)).toEqual([
      [
        ['_id', '66d50a8c1f2e'],
        ['crawl_time', '2024-09-03T03:12:40Z'],
        ['page', '2'],
        ['pub_date', '1725206400000'],
        ['content', '正文'],
      ],
    ]);
    // (An object of two fields is no typed value: a group of fields, as before.)
    expect(cells('[{"meta": {"$date": "2024-09-02", "note": "x"}, "content": "正文"}]')[0]!.map(([key]) => key)).toEqual(['$date', 'note', 'content']);
  });

  it("reads a table pandas writes column by column (`orient='split'`, `'columns'`) a row a record; two records by language are no table", () => {
    const rows = [
      ['title', '甲'],
      ['content', '正文一'],
    ];
    const split = cells('{"columns": ["title", "content"], "index": [0, 1], "data": [["甲", "正文一"], ["乙", "正文二"]]}');
    expect(split).toEqual([
      rows,
      [
        ['title', '乙'],
        ['content', '正文二'],
      ],
    ]);
    const byColumn = cells('{"title": {"0": "甲", "1": "乙"}, "content": {"0": "正文一", "1": "正文二"}}');
    expect(byColumn).toEqual([
      rows,
      [
        ['title', '乙'],
        ['content', '正文二'],
      ],
    ]);
    const bilingual = cells('{"zh": {"title": "甲", "content": "正文一"}, "en": {"title": "A", "content": "Text one"}}');
    expect(bilingual).toEqual([
      [
        ['title', '甲'],
        ['content', '正文一'],
      ],
      [
        ['title', 'A'],
        ['content', 'Text one'],
      ],
    ]);
  });

  it("reads Scrapy's XML list (`<value>` items) as one field; a feed's own title, subtitle and date are none of its items'", () => {
    const scrapy = readXmlRecords('<items><item><title>甲</title><content><value>第一段</value><value>第二段</value></content></item></items>');
    expect(scrapy.records[0]!.cells.map((cell) => [cell.key, cell.pieces.map((piece) => piece.value)])).toEqual([
      ['title', ['甲']],
      ['content', ['第一段', '第二段']],
    ]);
    const atom = readXmlRecords(
      '<feed><title>澄州晚报</title><subtitle>本地新闻</subtitle><updated>2024-09-03T00:00:00Z</updated><entry><title>甲</title><content>正文</content></entry></feed>',
    );
    expect(atom.collection).toBe('澄州晚报');
    // (Its `updated`, a note's stamp, is kept with each item as its field, as any wrapper's.)
    expect(atom.records[0]!.cells.map((cell) => cell.key)).toEqual(['title', 'content', 'updated']);
  });

  it("takes a feed's title for its items' paper, leaves out what a site's export marks as no published article, and an editor's copies of the text", async () => {
    const item = (title: string, status: string, type: string): string =>
      `<item><title>${title}</title><pubDate>Mon, 02 Sep 2024 01:00:00 +0000</pubDate><content:encoded><![CDATA[<p>${title}的正文，今天上午在市里举行。</p>]]></content:encoded><wp:status>${status}</wp:status><wp:post_type>${type}</wp:post_type><wp:post_name>p10</wp:post_name><category>本地新闻</category><category>第02版</category></item>`;
    const wxr = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/"><channel><title>临川日报</title><pubDate>Tue, 03 Sep 2024 02:00:00 +0000</pubDate>${item('运河新桥通车', 'publish', 'post')}${item('关于我们', 'publish', 'page')}${item('草稿一篇', 'draft', 'post')}</channel></rss>`;
    const { messages, sections } = await run({ 'export/site.WordPress.2024-09-03.xml': wxr });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toContain('paper: "临川日报"');
    expect(sections[0]).toContain('date: "2024-09-02"');
    // (A slug, `p10`, is no page; a category among others that names one is.)
    expect(sections[0]).toContain('page: 2\n');
    const said = messages.find((message) => message.includes('Read as an XML file'))!;
    expect(said).toContain("the paper of 1 article(s) that name none is the one the feed's title names, `临川日报`");
    expect(said).toContain('no published article: `wp:post_type` page, `wp:status` draft');
    const ghost = JSON.stringify({
      db: [
        {
          data: {
            settings: [{ key: 'title', value: '东岭观察', group: 'site' }],
            posts: [
              {
                title: '运河新桥通车',
                html: '<p>运河新桥今天上午通车，市民纷纷前来。</p>',
                plaintext: '运河新桥今天上午通车，市民纷纷前来。',
                lexical: '{"root":{}}',
                status: 'published',
                type: 'post',
                published_at: '2024-09-02T01:00:00.000Z',
              },
              { title: '关于', html: '<p>本站介绍</p>', lexical: '{"root":{}}', status: 'published', type: 'page', published_at: '2024-09-02T01:00:00.000Z' },
            ],
          },
        },
      ],
    });
    const read = await run({ 'ghost/ghost.json': ghost });
    expect(read.sections).toHaveLength(1);
    // (The site's title among its settings is the outlet's name, over the folder's.)
    expect(read.sections[0]).toContain('paper: "东岭观察"');
    expect(read.sections[0]).not.toContain('plaintext:');
    expect(read.sections[0]).not.toContain('lexical:');
    expect(read.messages.find((message) => message.includes('Read as a JSON'))).toContain(
      "copies of an article's text beside it (an editor's stores, a tool's raw or plain text), not kept twice: `plaintext`, `lexical`",
    );
  });

  it("reads a feed's title for no paper when it names none, and the paper it names through a section's name, a date and 数字报", async () => {
    const feed = (title: string): string =>
      `<rss version="2.0"><channel><title>${title}</title><pubDate>Mon, 02 Sep 2024 01:00:00 +0000</pubDate><item><title>运河新桥通车</title><description>运河新桥今天上午正式通车，附近市民纷纷前来观看，两岸居民往来从此更加便利，出行时间缩短一半。</description></item></channel></rss>`;
    const paperOf = async (title: string): Promise<string | undefined> =>
      /^paper: "(.*)"$/mu.exec((await run({ '存档/feed.xml': feed(title) })).sections[0] ?? '')?.[1];
    expect(await paperOf('临川日报 - 要闻')).toBe('临川日报');
    expect(await paperOf('临川日报数字报 2024年09月02日 第01版：要闻')).toBe('临川日报');
    // (An aggregator's feed names no paper: the folder's name stands. Its items, with no date of their own, take the feed's.)
    expect(await paperOf('新浪新闻-国内新闻')).toBe('存档');
    // (A CMS's `<channel>` of a section, outside any `<rss>`, is no feed: its date and page are its articles'.)
    const section = await run({
      '临川日报/export.xml':
        '<export><channel><name>要闻</name><date>2024-09-02</date><page>3</page><article><title>老旧小区改造全面启动</title><content>全市老旧小区改造今天全面启动，涉及居民一万余户。</content></article></channel></export>',
    });
    expect(section.sections[0]).toMatch(/date: "2024-09-02"[\s\S]*page: 3/u);
  });

  it("keeps what a plain data file's `status` or `type` says as fields (a deleted post was published), and a login is no byline", async () => {
    const records = [
      {
        title: '一篇被删的评论',
        content: '这是一篇后来被删除的评论文章的全文，内容完整保留。',
        date: '2024-09-02',
        status: 'deleted',
        type: 'page',
        author: 'admin',
      },
      {
        title: '全市秋粮收获进度过半',
        content: '全市秋粮收获进度已经过半，预计本月底基本结束。',
        date: '2024-09-02',
        status: 'draft',
        type: 'service',
        author: '记者 王芳',
      },
    ];
    const { sections } = await run({ '临川日报/posts.json': JSON.stringify(records) });
    expect(sections).toHaveLength(2);
    expect(sections.map((section) => /^byline: "(.*)"$/mu.exec(section)?.[1] ?? null).sort()).toEqual([null, '记者 王芳'].sort());
    expect(sections.join('')).toContain('author: admin');
  });

  it("files a digitised batch's pages, each in a folder of its own, under the paper its front page prints; a page's JSON of links is none", async () => {
    const { sections, messages } = await run({
      'sn85066387/1910-01-07/ed-1/seq-1/ocr.txt':
        '中西日報\n\n一九一〇年一月七日\n\n運河新橋昨日通車\n\n本報訊 運河新橋昨日上午正式通車，附近市民紛紛前來觀看，兩岸往來從此更加便利。\n',
      'sn85066387/1910-01-07/ed-1/seq-2/ocr.txt':
        '中西日報　第二頁\n\n春播進度過半\n\n本報訊 全縣春播已完成計劃的一半，早稻育秧全部採用機械化，農戶說今年秧苗長勢很好。\n',
      'sn85066387/1910-01-07/ed-1/seq-2.json': JSON.stringify({
        sequence: 2,
        date_issued: '1910-01-07',
        text: 'https://chroniclingamerica.loc.gov/lccn/sn85066387/1910-01-07/ed-1/seq-2/ocr.txt',
        pdf: 'https://chroniclingamerica.loc.gov/lccn/sn85066387/1910-01-07/ed-1/seq-2.pdf',
      }),
    });
    expect(
      sections.map((section) => [/^paper: "(.*)"$/mu.exec(section)?.[1], /^page: (\d+)$/mu.exec(section)?.[1], /^title: "(.*)"$/mu.exec(section)?.[1]]),
    ).toEqual([
      ['中西日報', '1', '運河新橋昨日通車'],
      ['中西日報', '2', '春播進度過半'],
    ]);
    expect(messages.some((message) => message.includes('holds no article'))).toBe(true);
  });

  it("reads a library's record by its catalogue's labels, as text and as a table of labels and values", async () => {
    const text =
      '题名：李强会见日本经济界访华团\n作者：\n报刊名：申报\n出版日期：1936-01-26\n版次：第1版\n所属分类：文化\n馆藏号：QB273614\n全文：\n国务院总理李强25日在京会见日本经济界访华团，日本主要企业负责人共二百余人出席。\n';
    const html =
      '<html><head><title>我国积极扩大有效投资 - 全国报刊索引</title></head><body><div class="record"><h2>我国积极扩大有效投资</h2><table class="detail"><tr><th>题名：</th><td>我国积极扩大有效投资</td></tr><tr><th>报刊名：</th><td>申报</td></tr><tr><th>出版日期：</th><td>1936-01-27</td></tr><tr><th>版次：</th><td>第2版</td></tr><tr><th>所属分类：</th><td>经济</td></tr><tr><th>馆藏号：</th><td>QB680336</td></tr><tr><th>全文：</th><td class="fulltext"><p>习近平总书记强调，要扩大有效益的投资，形成消费和投资相互促进的良性循环。</p></td></tr></table></div></body></html>';
    // (The page of a record, saved as the library names it: its date in the name.)
    const { sections } = await run({ '全国报刊索引/a.txt': text, '申报/19360127_2_1.html': html });
    expect(
      sections.map((section) => [/^paper: "(.*)"$/mu.exec(section)?.[1], /^date: "(.*)"$/mu.exec(section)?.[1], /^title: "(.*)"$/mu.exec(section)?.[1]]),
    ).toEqual([
      ['申报', '1936-01-27', '我国积极扩大有效投资'],
      ['申报', '1936-01-26', '李强会见日本经济界访华团'],
    ]);
    expect(sections.join('')).not.toContain('title: "馆藏号');
    // (Each of the table's rows one line, its label and its value: `馆藏号：QB680336`, not a label's line over a value's.)
    expect(sections[0]).toMatch(/馆藏号：QB680336/u);
    // (The table is the record's, read row by row: its full text the article's body, not a table kept as printed.)
    expect(sections[0]).toMatch(/---\n\n习近平总书记强调/u);
  });

  it('numbers a page by its name when no field numbers it, and never by an id in camel case', async () => {
    const records = [
      { title: '运河新桥通车', content: '运河新桥今天上午通车，市民纷纷前来观看。', date: '2024-09-02', page_name: '第02版：要闻', nodeId: 517 },
      { title: '春播进度过半', content: '全县春播已完成计划的一半，早稻育秧全部采用机械化。', date: '2024-09-02', nodeId: 604 },
    ];
    const { sections } = await run({ '运河日报/items.jl': records.map((record) => JSON.stringify(record)).join('\n') });
    expect(sections.map((section) => /^page: (\d+)$/mu.exec(section)?.[1]).sort()).toEqual(['1', '2']);
  });
});
