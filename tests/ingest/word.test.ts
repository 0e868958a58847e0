import { readFile } from 'node:fs/promises';
import path from 'node:path';
import WordExtractor from 'word-extractor';
import { describe, expect, it } from 'vitest';
import { docHeader, isPageNumberField, readWordDocument, type WordRead, type WordText } from '../../scripts/ingest/formats/word.ts';
import { fixturesRoot } from './fixture-runner.ts';

const input = (name: string): Promise<Buffer> => readFile(path.join(fixturesRoot, 'word-documents', 'input', name));

async function read(name: string): Promise<WordRead> {
  return readWordDocument(await input(name), name);
}

function text(read: WordRead): WordText {
  if (read.kind !== 'docx' && read.kind !== 'doc') throw new Error(`not read as a word document: ${read.kind}`);
  return read;
}

describe('readWordDocument', () => {
  it("reads a .docx's page header first, its headings as hints, each footnote under its paragraph, an empty paragraph as a blank line", async () => {
    const docx = text(await read('江城日报/2024-03-08.docx'));
    expect(docx.kind).toBe('docx');
    const lines = docx.lines ?? [];
    expect(lines[0]?.text).toBe('江城日报　2024年3月8日　星期五');
    expect(docx.parts).toMatchObject({ headerLines: 1, footerLines: 0 });
    expect(lines.find((line) => line.text === '老城区十二条公交线路下月起优化调整')?.hint?.heading).toBe(1);
    const marked = lines.findIndex((line) => line.text.includes('优化调整[1]'));
    expect(lines[marked + 1]?.text).toBe('[1] 涉及1路、3路、5路等十二条线路，具体走向见市交通运输局网站。');
    // (mammoth's `↑` link back to the mark is not the document's text.)
    expect(docx.text).not.toContain('↑');
    // The empty paragraph between the first page's two articles.
    const second = lines.find((line) => line.text === '社区食堂迎来首批老年食客')!;
    const above = lines[lines.indexOf(second) - 1]!;
    expect(second.line - above.line).toBe(2);
    // Positions point into the text view.
    for (const line of lines) expect(docx.text.slice(line.position.start.offset, line.position.end.offset)).toBe(line.text);
  });

  it('reads a table cell as a line', async () => {
    const lines = text(await read('江城日报/2024-03-08.docx')).lines ?? [];
    expect(lines.map((line) => line.text)).toContain('春季植树活动启动');
    expect(lines.map((line) => line.text)).toContain('本报讯 记者从市园林局获悉，运河公园新增停车位二百个，周末停车难有望缓解。');
  });

  it("takes WPS's Chinese heading style name (`标题 1`) for a heading", async () => {
    const lines = text(await read('运河晚报/2024-03-08 第3版.docx')).lines ?? [];
    expect(lines.filter((line) => line.hint?.heading === 1).map((line) => line.text)).toEqual(['市民运动会下月开幕', '非遗展演走进社区']);
  });

  it("keeps a .doc's curly quotes and dashes, which word-extractor rewrites unless told not to", async () => {
    const doc = text(await read('运河晚报/2024-03-09 第3版.doc'));
    expect(doc.kind).toBe('doc');
    expect(doc.lines).toBeUndefined();
    expect(doc.text).toContain('设“健步走”“广场舞”等二十个项目');
    expect(doc.text).toContain('增设亲子项目——家庭趣味接力赛');
    // The library's default would have changed them: the test can fail.
    const rewritten = (await new WordExtractor().extract(await input('运河晚报/2024-03-09 第3版.doc'))).getBody();
    expect(rewritten).toContain('设"健步走""广场舞"');
  });

  it('tells the kind by the bytes: a renamed .doc, Word HTML under .doc, a document cut short', async () => {
    expect((await read('江城日报/2024-03-10.docx')).kind).toBe('doc');
    expect((await read('运河晚报/2024-03-09 第1版.doc')).kind).toBe('html');
    const cut = await read('江城日报/2024-03-07.docx');
    expect(cut).toEqual({ kind: 'unreadable', reason: expect.stringContaining('central directory') as unknown });
    expect(await readWordDocument(Buffer.from('运河晚报\n2024年3月9日\n', 'utf8'), 'a.doc')).toEqual({ kind: 'text' });
    expect((await readWordDocument(Buffer.from('{\\rtf1\\ansi 运河}', 'latin1'), 'a.doc')).kind).toBe('unreadable');
  });

  it("leaves a header's page-number field out, and says so", async () => {
    const doc = text(await read('江城日报/2024-03-09.doc'));
    expect(doc.parts.pageNumbers).toEqual(['第 0 页']);
    expect(doc.text).not.toContain('第 0 页');
    expect(doc.text.split('\n')[0]).toBe('江城日报　2024年3月9日　星期六');
  });
});

describe('sections and headlines of a .docx', () => {
  it("puts each section's page header over the section's first paragraph", async () => {
    const docx = text(await read('江城日报/2024-03-11.docx'));
    expect(docx.parts).toMatchObject({ headerPlaces: 'sections', headerLines: 3, pageNumbers: ['第 1 页'] });
    const texts = (docx.lines ?? []).map((line) => line.text);
    expect(texts[0]).toBe('江城日报　2024年3月11日　星期一　第1版　要闻');
    expect(texts[texts.indexOf('老旧小区加装电梯提速') - 1]).toBe('江城日报　2024年3月11日　星期一　第2版　社会');
    expect(texts[texts.indexOf('江城晚间公交增开六条线路') - 1]).toBe('江城日报　2024年3月11日　星期一　第3版　城事');
  });

  it('reads a headline set over two lines with Shift+Enter as one line, a paragraph of text with a break as two', async () => {
    const march11 = (text(await read('江城日报/2024-03-11.docx')).lines ?? []).map((line) => line.text);
    expect(march11).toContain('西岸片区首批安置房交付使用');
    const march8 = (text(await read('江城日报/2024-03-08.docx')).lines ?? []).map((line) => line.text);
    expect(march8).toContain('本报讯（通讯员 刘洋）即日起，江城图书馆每周五至周日开放时间延长至晚九点，');
    expect(march8).toContain('方便市民夜间阅读。');
  });

  it('tells a kicker from its headline by type size, and gives a larger line alone no hint', async () => {
    const lines = text(await read('江城日报/2024-03-11.docx')).lines ?? [];
    const hint = (line: string): number | undefined => lines.find((candidate) => candidate.text === line)?.hint?.heading;
    expect(hint('学习贯彻全会精神 推动城市高质量发展')).toBe(2);
    expect(hint('江城召开全市干部大会')).toBe(1);
    expect(hint('项目清单逐月公布')).toBeUndefined();
    // Bold at the body's size is no head by size.
    expect(hint('江城晚间公交增开六条线路')).toBeUndefined();
  });

  it('reads a tracked change as changed, and counts comments and deletions, which are not printed', async () => {
    const docx = text(await read('江城日报/2024-03-11.docx'));
    expect(docx.parts).toMatchObject({ comments: 1, deletions: 1 });
    expect(docx.text).toContain('已开工八十部。');
    expect(docx.text).not.toContain('七十');
    expect(docx.text).not.toContain('数字请再核对');
    expect(text(await read('江城日报/2024-03-08.docx')).parts).toMatchObject({ comments: 0, deletions: 0 });
  });

  it("keeps a .doc's first section's header, and names the others, which it cannot place", async () => {
    expect(docHeader(['江城日报　2024年3月12日　星期二　第1版　要闻', '江城日报　2024年3月12日　星期二　第2版　社会'])).toEqual({
      top: ['江城日报　2024年3月12日　星期二　第1版　要闻'],
      unplaced: ['江城日报　2024年3月12日　星期二　第2版　社会'],
    });
    // One page's header, or a masthead and date with no page, stand on top whole.
    expect(docHeader(['江城日报', '2024年3月12日　星期二']).unplaced).toEqual([]);
    expect(docHeader(['江城日报　第2版', '2024年3月12日']).unplaced).toEqual([]);
    const doc = text(await read('江城日报/2024-03-12.doc'));
    expect(doc.parts.unplaced).toEqual(['江城日报　2024年3月12日　星期二　第2版　社会', '江城日报　2024年3月12日　星期二　第3版　城事']);
  });
});

describe('text boxes and WordArt of a .docx', () => {
  it('reads a text box written with no VML copy, a boxed pair once, and an old WordArt masthead', async () => {
    const texts = (text(await read('梅岭社区报/2024-03-08.docx')).lines ?? []).map((line) => line.text);
    expect(texts[0]).toBe('梅岭社区报');
    expect(texts).toContain('社区食堂迎来首批老年食客');
    expect(texts).toContain('本报讯 7日中午，东关街道社区食堂正式开张，首批六十余名老年居民在这里吃上了午饭。');
    expect(texts.filter((line) => line === '春季植树活动启动')).toHaveLength(1);
  });
});

describe('isPageNumberField', () => {
  it.each(['1', '- 3 -', '第 1 页', '第1页 共4页', '2/12', 'Page 2 of 4', '第 12 頁'])('%s is a page number', (line) => {
    expect(isPageNumberField(line)).toBe(true);
  });
  it.each(['第1版', '2024', '江城日报 第2版', '第3版 文体', '1版要闻', '2024年3月8日'])('%s is not', (line) => {
    expect(isPageNumberField(line)).toBe(false);
  });
});
