/**
 * Data files (CSV, TSV, JSON, JSON Lines): the readers keep every field's
 * place, the columns are told by name and by value, and a row becomes an
 * article with its own date, paper and page. The whole path is the
 * `data-files` fixture's; these are the rules one by one, with their
 * negative cases.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { cellLines, rawOffset } from '../../scripts/ingest/formats/cell-text.ts';
import { readCsv, sniffDelimiter } from '../../scripts/ingest/formats/csv.ts';
import { readJsonRecords } from '../../scripts/ingest/formats/json-records.ts';
import { columnRoles, pageOfValue } from '../../scripts/ingest/facts/data-columns.ts';
import { roleOfName } from '../../scripts/ingest/facts/field-names.ts';
import { factsFromFrontmatter } from '../../scripts/ingest/facts/from-frontmatter.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';
import { resolveSettings } from '../../src/archive/settings.ts';

const values = (text: string, delimiter = ','): string[][] => readCsv(text, delimiter).rows.map((row) => row.cells.map((cell) => cell.value));

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

  it('never guesses at a named column it does not know (a crawl time is no date, a word count no page), and reads row numbers as none', () => {
    const table = { '': ['0', '1', '2'], crawl_time: ['2024-04-09 18:28:31', '2024-04-09 18:28:33', '2024-04-09 18:29:01'], word_count: ['41', '93', '7'] };
    const columns = columnRoles(Object.keys(table), sample(table), true);
    expect([...columns.roles].map(([key, role]) => [key, role.role])).toEqual([['', 'rowNumber']]);
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
    return cellLines(file, cell).map((line) => `${line.position.start.line}:${line.position.start.column} ${line.text}`);
  };

  it('cuts a cell at its line breaks, each line at its place in the file', () => {
    expect(linesOf('"第一段\n　　第二段"\n')).toEqual(['1:2 第一段', '2:3 第二段']);
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
});

describe('a data file through ingest', () => {
  const run = async (files: Record<string, string>): Promise<{ messages: string[] }> => {
    const root = await mkdtemp(path.join(tmpdir(), 'baoku-data-'));
    try {
      for (const [name, text] of Object.entries(files)) {
        await mkdir(path.dirname(path.join(root, 'in', name)), { recursive: true });
        await writeFile(path.join(root, 'in', name), text);
      }
      const summary = await ingest({ inputs: [path.join(root, 'in')], out: path.join(root, 'out'), settings: resolveSettings({}, {}), say: () => {} });
      return {
        messages: summary.files.flatMap((file) =>
          file.messages.map((message) => `${message.line ?? 0}:${message.column ?? 0} ${message.ruleId} ${message.reason}`),
        ),
      };
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  };

  it('names the columns and the fix when no column holds a date', async () => {
    const { messages } = await run({ '运河日报/a.csv': '标题,正文\n运河通航,三月的运河两岸，柳枝抽出新芽。\n' });
    expect(messages.find((message) => message.includes('no-date'))).toMatch(
      /^2:1 no-date Row 2 has no date: the file has no date column \(its columns: `标题`, `正文`\)/u,
    );
  });

  it('names a row whose fields are fewer than the header’s, at its line', async () => {
    const { messages } = await run({ '运河日报/a.csv': '日期,标题,正文\n2024-03-05,运河通航,三月的运河两岸。\n2024-03-05,断行\n' });
    expect(messages.some((message) => message.startsWith('3:1 data-file Row 3 has 2 fields where the header names 3'))).toBe(true);
  });
});
