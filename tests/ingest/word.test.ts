import { readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import WordExtractor from 'word-extractor';
import { describe, expect, it } from 'vitest';
import { docHeader, isPageNumberField, readWordDocument, type WordRead, type DocumentText } from '../../scripts/ingest/formats/word.ts';
import { readRtf } from '../../scripts/ingest/formats/rtf.ts';
import { fixturesRoot } from './fixture-runner.ts';

const input = (name: string): Promise<Buffer> => readFile(path.join(fixturesRoot, 'word-documents', 'input', name));

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * A minimal `.docx` around the given body XML; `parts` are headers and footers by name (`header1.xml`), related by
 * their name as id (`r:id="header1"`), and `notes` the footnotes' paragraphs by id.
 */
async function docx(body: string, parts: Record<string, string> = {}, notes: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  const type = (name: string): string => (name.startsWith('header') ? 'header' : 'footer');
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${Object.keys(
      parts,
    )
      .map((name) => `<Override PartName="/word/${name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${type(name)}+xml"/>`)
      .join('')}<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const relations = Object.keys(parts).map(
    (name) =>
      `<Relationship Id="${name.replace('.xml', '')}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type(name)}" Target="${name}"/>`,
  );
  relations.push('<Relationship Id="notes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>');
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relations.join('')}</Relationships>`,
  );
  for (const [name, xml] of Object.entries(parts)) {
    const root = type(name) === 'header' ? 'hdr' : 'ftr';
    zip.file(`word/${name}`, `<?xml version="1.0" encoding="UTF-8"?><w:${root} ${W_NS}>${xml}</w:${root}>`);
  }
  zip.file(
    'word/footnotes.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:footnotes ${W_NS}>${Object.entries(notes)
      .map(([id, text]) => `<w:footnote w:id="${id}">${paragraph(text)}</w:footnote>`)
      .join('')}</w:footnotes>`,
  );
  zip.file('word/document.xml', `<?xml version="1.0" encoding="UTF-8"?><w:document ${W_NS} ${R_NS}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A section's end, naming its header and footer parts. */
function section(header?: string, footer?: string): string {
  return `<w:sectPr>${header ? `<w:headerReference w:type="default" r:id="${header}"/>` : ''}${footer ? `<w:footerReference w:type="default" r:id="${footer}"/>` : ''}</w:sectPr>`;
}

/** A paragraph that ends a section. */
function last(text: string, end: string): string {
  return `<w:p><w:pPr>${end}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
}

/** A paragraph of runs; `|` in the text is a line break (Shift+Enter). */
function paragraph(text: string, options: { heading?: boolean; bold?: boolean; size?: number } = {}): string {
  const properties = `${options.bold ? '<w:b/>' : ''}${options.size ? `<w:sz w:val="${options.size}"/>` : ''}`;
  const runs = text
    .split('|')
    .map((part) => `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${part}</w:t></w:r>`)
    .join('<w:r><w:br/></w:r>');
  return `<w:p>${options.heading ? '<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' : ''}${runs}</w:p>`;
}

async function lines(body: string, parts: Record<string, string> = {}, notes: Record<string, string> = {}): Promise<string[]> {
  return (text(await readWordDocument(await docx(body, parts, notes), 'a.docx')).lines ?? []).map((line) => line.text);
}

async function read(name: string): Promise<WordRead> {
  return readWordDocument(await input(name), name);
}

function text(read: WordRead): DocumentText {
  if (read.kind !== 'docx' && read.kind !== 'doc' && read.kind !== 'odt' && read.kind !== 'rtf') throw new Error(`not read as a word document: ${read.kind}`);
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
    // Rich Text under a Word name is read as Rich Text.
    expect((await readWordDocument(Buffer.from('{\\rtf1\\ansi 运河}', 'latin1'), 'a.doc')).kind).toBe('rtf');
    // Word's web page saved in Unicode: with a byte-order mark, in UTF-8 or UTF-16.
    const page = '<html><body><p>运河晚报</p></body></html>';
    expect((await readWordDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page, 'utf8')]), 'a.doc')).kind).toBe('html');
    expect((await readWordDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]), 'a.doc')).kind).toBe('html');
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

  it('joins a headline broken with Shift+Enter, but not a headline over its dash subtitle, nor bylines or labels', async () => {
    expect(await lines(paragraph('各地多举措夯实|秋粮丰收基础', { bold: true }))).toEqual(['各地多举措夯实秋粮丰收基础']);
    expect(await lines(paragraph('老城区公交线路优化调整|——平均线路缩短一点五公里', { bold: true }))).toEqual([
      '老城区公交线路优化调整',
      '——平均线路缩短一点五公里',
    ]);
    expect(await lines(paragraph('文/本报记者 张敏|图/本报记者 李强', { bold: true }))).toEqual(['文/本报记者 张敏', '图/本报记者 李强']);
    expect(await lines(paragraph('报名电话：0716-8123456|报名地址：市民中心三楼服务台', { bold: true }))).toEqual([
      '报名电话：0716-8123456',
      '报名地址：市民中心三楼服务台',
    ]);
    // Not bold, not a heading: a paragraph of text broken by hand stays two lines; set larger than the text, it is a headline.
    expect(await lines(paragraph('各地多举措夯实|秋粮丰收基础'))).toEqual(['各地多举措夯实', '秋粮丰收基础']);
    expect(await lines(`${paragraph('第三十届北京国际|图书博览会闭幕', { size: 44 })}${paragraph('本报讯 第三十届北京国际图书博览会21日闭幕。')}`)).toEqual([
      '第三十届北京国际图书博览会闭幕',
      '本报讯 第三十届北京国际图书博览会21日闭幕。',
    ]);
  });

  it("leaves out a header's page field, not a number typed there; reads a header's table as one line", async () => {
    const field =
      '<w:p><w:r><w:t xml:space="preserve">第 </w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> 页</w:t></w:r></w:p>';
    const table =
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>02</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>要闻</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>江城日报 2024年3月8日</w:t></w:r></w:p></w:tc></w:tr></w:tbl>';
    const read = await lines(`${paragraph('本报讯 正文。')}${section('header1', 'footer1')}`, { 'header1.xml': table, 'footer1.xml': field });
    expect(read).toEqual(['02\u3000要闻\u3000江城日报 2024年3月8日', '本报讯 正文。']);
    // A page's number typed alone on a header's line is the paper's page: kept.
    expect(await lines(`${paragraph('本报讯 正文。')}${section('header1')}`, { 'header1.xml': `${paragraph('江城日报')}${paragraph('3')}` })).toEqual([
      '江城日报',
      '3',
      '本报讯 正文。',
    ]);
  });

  it("puts a later section's header at its section, when the first has none or a title page with none", async () => {
    const header = { 'header1.xml': paragraph('江城日报　2024年3月8日　第2版　社会') };
    const body = (first: string): string =>
      `${paragraph('江城日报')}${last('本报讯 第一版的正文。', first)}${paragraph('本报讯 第二版的正文。')}${section('header1')}`;
    const expected = ['江城日报', '本报讯 第一版的正文。', '江城日报　2024年3月8日　第2版　社会', '本报讯 第二版的正文。'];
    expect(await lines(body(section()), header)).toEqual(expected);
    // A title page names its first page's header `first`; its `default` one is the later pages'.
    expect(await lines(body('<w:sectPr><w:headerReference w:type="default" r:id="header1"/><w:titlePg/></w:sectPr>'), header)).toEqual([
      '江城日报',
      '本报讯 第一版的正文。',
      '江城日报　2024年3月8日　第2版　社会',
      '本报讯 第二版的正文。',
    ]);
  });

  it("names the header of a blank last section instead of heading the page before with it; finds a headline with Word's hyphen", async () => {
    const header = { 'header1.xml': paragraph('江城日报　第1版'), 'header2.xml': paragraph('江城日报　第2版'), 'header3.xml': paragraph('江城日报　第3版') };
    const body = `${last('本报讯 第一版。', section('header1'))}${paragraph('5G<w:noBreakHyphen/>A网络覆盖主城区'.replace('<w:noBreakHyphen/>', '</w:t><w:noBreakHyphen/><w:t>'))}${last('本报讯 第二版。', section('header2'))}${section('header3')}`;
    const read = text(await readWordDocument(await docx(body, header), 'a.docx'));
    const texts = (read.lines ?? []).map((line) => line.text);
    expect(texts).toEqual(['江城日报　第1版', '本报讯 第一版。', '江城日报　第2版', '5G\u2011A网络覆盖主城区', '本报讯 第二版。']);
    expect(read.parts.blankSectionHeaders).toEqual(['江城日报　第3版']);
  });

  it("counts a header's page label from the sections, not the page field's stored number", async () => {
    const label =
      '<w:p><w:r><w:t xml:space="preserve">江城日报　第</w:t></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t>版</w:t></w:r></w:p>';
    const body = `${last('本报讯 第一版。', section('header1'))}${paragraph('本报讯 第二版。')}${section('header1')}`;
    const read = text(await readWordDocument(await docx(body, { 'header1.xml': label }), 'a.docx'));
    expect((read.lines ?? []).map((line) => line.text)).toEqual(['江城日报　第1版', '本报讯 第一版。', '江城日报　第2版', '本报讯 第二版。']);
    expect(read.parts.countedPages).toEqual(['江城日报　第3版 → 江城日报　第1版', '江城日报　第3版 → 江城日报　第2版']);
  });

  it("puts each section's footer under its last paragraph", async () => {
    const body = `${paragraph('本报讯 第一版的正文。')}${last('第一版的末段。', section(undefined, 'footer1'))}${paragraph('本报讯 第二版的正文。')}${section(undefined, 'footer2')}`;
    expect(await lines(body, { 'footer1.xml': paragraph('本版责任编辑：王磊'), 'footer2.xml': paragraph('本版责任编辑：赵静') })).toEqual([
      '本报讯 第一版的正文。',
      '第一版的末段。',
      '本版责任编辑：王磊',
      '本报讯 第二版的正文。',
      '本版责任编辑：赵静',
    ]);
  });

  it("puts a note under its paragraph in a table's cell, and a byline's note under the text, off the byline", async () => {
    const mark = (id: string): string => `<w:r><w:footnoteReference w:id="${id}"/></w:r>`;
    const cell = (content: string): string => `<w:tc>${content}</w:tc>`;
    const table = `<w:tbl><w:tr>${cell(`<w:p><w:r><w:t>本报讯 运河公园新增停车位二百个。</w:t></w:r>${mark('1')}</w:p>${paragraph('　　周末停车难有望缓解。')}`)}${cell(paragraph('本报讯 植树活动启动。'))}</w:tr></w:tbl>`;
    expect(await lines(table, {}, { 1: '含地下停车位五十个。' })).toEqual([
      '本报讯 运河公园新增停车位二百个。[1]',
      '[1] 含地下停车位五十个。',
      '周末停车难有望缓解。',
      '本报讯 植树活动启动。',
    ]);
    const byline = `${paragraph('让老城区留住烟火气', { heading: true })}<w:p><w:r><w:t>王建国</w:t></w:r>${mark('1')}</w:p>${paragraph('老城区更新，不能只见楼宇不见人。')}`;
    expect(await lines(byline, {}, { 1: '作者系市社会科学院研究员' })).toEqual([
      '让老城区留住烟火气',
      '王建国',
      '老城区更新，不能只见楼宇不见人。',
      '[1] 作者系市社会科学院研究员',
    ]);
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

describe('an OpenDocument text', () => {
  it("reads LibreOffice's .odt as a .docx: sections with their headers, heads by size, comments and deletions counted", async () => {
    const odt = text(await read('江城日报/2024-03-13.odt'));
    expect(odt.kind).toBe('odt');
    expect(odt.parts).toMatchObject({ headerPlaces: 'sections', headerLines: 3, comments: 1, deletions: 1 });
    const lines = odt.lines ?? [];
    const texts = lines.map((line) => line.text);
    expect(texts[0]).toBe('江城日报　2024年3月13日　星期三　第1版　要闻');
    expect(texts[texts.indexOf('老旧小区加装电梯提速') - 1]).toBe('江城日报　2024年3月13日　星期三　第2版　社会');
    expect(texts).toContain('西岸片区首批安置房交付使用');
    expect(texts).toContain('本报讯 今年全市计划为一百五十个老旧小区加装电梯，已开工八十部。');
    expect(lines.find((line) => line.text === '江城召开全市干部大会')?.hint?.heading).toBe(1);
    expect(lines.find((line) => line.text === '学习贯彻全会精神 推动城市高质量发展')?.hint?.heading).toBe(2);
    expect(odt.text).not.toContain('数字请再核对');
  });
});

/** A minimal OpenDocument text around the given body XML (`office:text`'s content). */
async function odt(body: string, automatic = '', masters = ''): Promise<Buffer> {
  const zip = new JSZip();
  const ns =
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"';
  zip.file('mimetype', 'application/vnd.oasis.opendocument.text');
  zip.file(
    'content.xml',
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:automatic-styles>${automatic}</office:automatic-styles><office:body><office:text>${body}</office:text></office:body></office:document-content>`,
  );
  zip.file(
    'styles.xml',
    `<?xml version="1.0" encoding="UTF-8"?><office:document-styles ${ns}><office:master-styles>${masters}</office:master-styles></office:document-styles>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

describe('text boxes in reading order', () => {
  /** A paragraph anchoring a text box at (x, y) on the page, in EMU, holding the given paragraphs. */
  const box = (x: number, y: number, ...texts: string[]): string =>
    `<w:p><w:r><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="page"><wp:posOffset>${x}</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>${y}</wp:posOffset></wp:positionV><wp:extent cx="3000000" cy="1000000"/><wp:docPr id="1" name="文本框"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${texts.map((line) => paragraph(line)).join('')}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>`;
  it('reads boxes by their place on the page, top to bottom and left to right, whatever order they were drawn in', async () => {
    const body = [
      box(3800000, 5000000, '右栏的新闻', '本报讯 右栏正文。'),
      box(700000, 1700000, '头条新闻', '本报讯 头条正文。'),
      box(700000, 500000, '梅岭社区报', '2024年3月8日'),
      box(700000, 5000000, '左栏的新闻', '本报讯 左栏正文。'),
    ].join('');
    expect(await lines(body)).toEqual([
      '梅岭社区报',
      '2024年3月8日',
      '头条新闻',
      '本报讯 头条正文。',
      '左栏的新闻',
      '本报讯 左栏正文。',
      '右栏的新闻',
      '本报讯 右栏正文。',
    ]);
  });
  it('marks a head read from type size as such, so it orders the head but marks no item', async () => {
    // (The body's size is the one most characters are set in: the text's.)
    const lead = '本报讯（记者 王磊）11日，江城召开全市干部大会，部署今年重点工作，会议要求各部门把全会精神落实到具体项目上。';
    const read = text(
      await readWordDocument(
        await docx(`${paragraph('学习贯彻全会精神', { size: 24 })}${paragraph('江城召开全市干部大会', { size: 40 })}${paragraph(lead)}`),
        'a.docx',
      ),
    );
    expect((read.lines ?? []).map((line) => [line.text, line.hint?.heading, line.hint?.bySize])).toEqual([
      ['学习贯彻全会精神', 2, true],
      ['江城召开全市干部大会', 1, true],
      [lead, undefined, undefined],
    ]);
  });
});

describe('an OpenDocument text built by hand', () => {
  const texts = async (body: string): Promise<string[]> => (text(await readWordDocument(await odt(body), 'a.odt')).lines ?? []).map((line) => line.text);
  it('reads the text of any inline element: a ruby, a content control, text:meta', async () => {
    expect(
      await texts(
        '<text:p><loext:content-control>老城区公交线路优化调整</loext:content-control></text:p><text:p>本报讯 <text:ruby><text:ruby-base>东关</text:ruby-base><text:ruby-text>dōngguān</text:ruby-text></text:ruby>街道<text:meta>首批六十余名</text:meta>老人就餐。</text:p>',
      ),
    ).toEqual(['老城区公交线路优化调整', '本报讯 东关dōngguān街道首批六十余名老人就餐。']);
  });
  it("takes a page's header from the page style its paragraph, table or page break starts", async () => {
    const header = (name: string, text: string, extra = ''): string =>
      `<style:master-page style:name="${name}"${extra}><style:header><text:p>${text}</text:p></style:header></style:master-page>`;
    const masters =
      header('Standard', '江城日报　第2版') +
      header('First_20_Page', '江城日报　第1版', ' style:next-style-name="Standard"') +
      header('Third', '江城日报　第3版');
    const automatic =
      '<style:style style:name="P1" style:family="paragraph" style:master-page-name="First_20_Page"/>' +
      '<style:style style:name="P2" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/></style:style>' +
      '<style:style style:name="T1" style:family="table" style:master-page-name="Third"/>';
    const body =
      '<text:p text:style-name="P1">本报讯 第一版。</text:p><text:p text:style-name="P2">本报讯 第二版。</text:p>' +
      '<table:table table:style-name="T1"><table:table-row><table:table-cell><text:p>本报讯 第三版。</text:p></table:table-cell></table:table-row></table:table>';
    const lines = (text(await readWordDocument(await odt(body, automatic, masters), 'a.odt')).lines ?? []).map((line) => line.text);
    expect(lines).toEqual(['江城日报　第1版', '本报讯 第一版。', '江城日报　第2版', '本报讯 第二版。', '江城日报　第3版', '本报讯 第三版。']);
  });
  it("reads a shape's text as a text box's, and a table in a table's cell once", async () => {
    expect(await texts('<text:p>本报讯 正文。<draw:custom-shape><text:p>相关链接</text:p></draw:custom-shape></text:p>')).toEqual([
      '本报讯 正文。',
      '相关链接',
    ]);
    const inner = '<table:table><table:table-row><table:table-cell><text:p>北门停车场</text:p></table:table-cell></table:table-row></table:table>';
    const outer = `<table:table><table:table-rows><table:table-row><table:table-cell>${inner}</table:table-cell><table:table-cell><text:p>本报讯 植树。</text:p></table:table-cell></table:table-row></table:table-rows></table:table>`;
    const lines = await texts(outer);
    expect(lines.filter((line) => line === '北门停车场')).toHaveLength(1);
    expect(lines).toContain('本报讯 植树。');
  });
});

describe('readRtf', () => {
  const rtf = (body: string, charset = '\\ansicpg936'): Buffer =>
    Buffer.from(`{\\rtf1\\ansi${charset}{\\fonttbl{\\f0\\fnil 宋体;}}{\\info{\\title 标题}}${body}}`, 'latin1');
  const gbk = (text: string): string => [...iconv.encode(text, 'gbk')].map((byte) => `\\'${byte.toString(16)}`).join('');
  it("decodes the code page's bytes and \\u characters, and leaves out fonts, the document's info and optional destinations", () => {
    const read = readRtf(rtf(`${gbk('运河晚报')}\\par ${gbk('本报讯')} \\u27743?\\u22478?{\\*\\generator Word;}\\par}`));
    expect(read.body).toBe('运河晚报\n本报讯 江城');
  });
  it("keeps a field's shown value, not its instruction; leaves deleted text out; puts a header where it stands, notes after", () => {
    const body = `{\\header ${gbk('江城日报　第1版')}\\par}${gbk('正文')}{\\field{\\*\\fldinst HYPERLINK "x"}{\\fldrslt ${gbk('链接')}}}{\\deleted ${gbk('七十')}}${gbk('八十')}{\\footnote ${gbk('注释')}}\\par`;
    const read = readRtf(rtf(body));
    expect(read.body).toBe('江城日报　第1版\n正文链接八十');
    expect(read.headers).toEqual(['江城日报　第1版']);
    expect(read.footnotes).toEqual(['注释']);
  });
  it('refuses what is no Rich Text', () => {
    expect(() => readRtf(Buffer.from('运河晚报', 'utf8'))).toThrow(/Rich Text/u);
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
