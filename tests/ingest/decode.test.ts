import { findEscapedBytes, findMojibake } from '../../scripts/ingest/checks/mojibake.ts';
import { findInvisible } from '../../scripts/ingest/checks/invisible.ts';
import { splitLines, trimEdges } from '../../scripts/ingest/lines.ts';
import { markTabTables } from '../../scripts/ingest/formats/tab-table.ts';
import { isGridTable } from '../../scripts/ingest/formats/markdown.ts';
import { VFile } from 'vfile';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode } from '../../scripts/ingest/decode.ts';

const text = '北京城市副中心报\n2024年3月8日 星期五\n本报讯（记者 李明）运河畔三处口袋公园建成开放。\n';

describe('decode', () => {
  it.each([
    ['utf-8', Buffer.from(text, 'utf8'), 'utf-8', false],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), 'utf-8', true],
    ['utf-16le with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), 'utf-16le', true],
    ['utf-16be with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf16-be')]), 'utf-16be', true],
    ['utf-16le without BOM', Buffer.from(text, 'utf16le'), 'utf-16le', false],
    ['utf-16be without BOM', iconv.encode(text, 'utf16-be'), 'utf-16be', false],
    // (Paragraphs indented with ideographic spaces, U+3000, and 一, U+4E00: characters whose low byte is zero, as a line break's high byte is.)
    ['utf-16le without BOM, indented', Buffer.from('习近平出席欢迎仪式\r\n　　5月6日，一行人抵达。\r\n　　一年一度。\r\n', 'utf16le'), 'utf-16le', false],
    ['gb18030', iconv.encode(text, 'gb18030'), 'gb18030', false],
    ['big5', iconv.encode('港島日報\n2024年6月12日 星期三\n本報訊（記者 黃嘉欣）運輸署昨日宣布，北環線主線工程將於下月動工。\n', 'big5'), 'big5', false],
  ] as const)('detects %s', (_name, bytes, encoding, bom) => {
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.bom).toBe(bom);
    expect(decoded.badBytes).toEqual([]);
    expect(decoded.text.startsWith('\ufeff')).toBe(false);
  });

  it('reads Big5 with the Hong Kong supplement and ETEN extensions as the characters printed, not private-use code points', () => {
    // `佢哋話二〇二四年嘅嘢` in Big5-HKSCS, bytes from Python's big5hkscs codec (哋 has lead byte 0x92, outside code page 950).
    const hongKong = Buffer.from('ca5c925db8dca447c6e2a447a57ca67e9def9dcf', 'hex');
    const plain = iconv.encode('港島日報\n2024年6月12日 星期三\n本報訊（記者 黃嘉欣）運輸署昨日宣布，北環線主線工程將於下月動工。\n', 'big5');
    const decoded = decode(Buffer.concat([plain, hongKong, Buffer.from('\n')]));
    expect(decoded.encoding).toBe('big5');
    expect(decoded.badBytes).toEqual([]);
    expect(decoded.text.endsWith('佢哋話二〇二四年嘅嘢\n')).toBe(true);
    expect(decoded.text).not.toMatch(/\p{Co}/u);
  });

  it('detects line endings', () => {
    expect(decode(Buffer.from('a\r\nb\r\n')).newline).toBe('crlf');
    expect(decode(Buffer.from('a\nb\r\n')).newline).toBe('mixed');
  });

  it('keeps the valid text of a file cut in the middle of a character and locates the bad bytes', () => {
    const good = Buffer.from(text, 'utf8');
    const cut = good.indexOf(Buffer.from('运河'));
    const bytes = Buffer.concat([good.subarray(0, cut), good.subarray(cut, cut + 2), good.subarray(cut + 3)]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.badBytes).toEqual([{ byteOffset: cut, hex: 'e8 bf', textOffset: text.indexOf('运河') }]);
    expect(decoded.text).toBe(text.replace('运河', '\ufffd河'));
  });

  it('calls NUL bytes binary', () => {
    expect(decode(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])).binary).toBe(true);
  });

  it('finds a NUL byte anywhere, not only in the first 8 KB', () => {
    const bytes = Buffer.concat([Buffer.from(text.repeat(200), 'utf8'), Buffer.from([0x00, 0x01, 0x02])]);
    expect(bytes.length).toBeGreaterThan(8192);
    const decoded = decode(bytes);
    expect(decoded.binary).toBe(true);
    expect(decoded.binaryAt).toBe(bytes.length - 3);
  });

  it('does not take UTF-8 or GB18030 text for UTF-16', () => {
    for (const bytes of [Buffer.from(`${text}x`, 'utf8'), Buffer.from(text, 'utf8'), iconv.encode(text, 'gb18030')]) {
      expect(['utf-8', 'gb18030']).toContain(decode(bytes).encoding);
      expect(decode(bytes).binary).toBe(false);
    }
  });
});

describe('text damaged before the archive (mojibake)', () => {
  it('finds UTF-8 read as GBK or as Windows-1252 and saved again, and characters a tool replaced, with what they read', () => {
    const gbk = Buffer.from('北京晚报新闻', 'utf8');
    const asGbk = new TextDecoder('gbk').decode(gbk);
    expect(findMojibake(`标题\n${asGbk}`)).toMatchObject([{ kind: 'gbk', reading: '北京晚报新闻' }]);
    const asLatin1 = new TextDecoder('windows-1252').decode(Buffer.from('北京晚报', 'utf8'));
    expect(findMojibake(asLatin1)).toMatchObject([{ kind: 'latin1', reading: '北京晚报' }]);
    expect(findMojibake('公园锟斤拷锟斤拷开放')).toMatchObject([{ kind: 'replaced', printed: '锟斤拷锟斤拷' }]);
    // A U+FFFD the decoder itself put for bad bytes is theirs, already said.
    expect(findMojibake('公园\uFFFD开放', new Set([2]))).toEqual([]);
  });
  it('finds it where a tool put `?` for the byte pairs it could not save, a character cut at each end of a run', () => {
    // (`习近平同马克龙…` in UTF-8, read as GBK and saved again in GBK: its odd byte pairs became `?`.)
    const found = findMojibake('涔犺繎骞冲悓椹?鍏嬮緳鍑哄腑涓?娉曚紒涓氬');
    expect(found[0]).toMatchObject({ kind: 'gbk', printed: '涔犺繎骞冲悓椹', reading: '习近平同' });
  });
  it('leaves clean Chinese, Traditional and mixed text alone', () => {
    for (const text of [
      '本报讯（记者 王芳）今年，城市副中心将新建三座公园，总面积达四十公顷。',
      '習近平會見斐濟總理蘭布卡，兩國始終相互支持、相互幫助。',
      'Café au lait costs €3 — Müller’s naïve façade, São Paulo 2024年',
      '锟斤',
    ])
      expect(findMojibake(text), text).toEqual([]);
  });
});

describe('backslashes a tool added to Big5 or GBK text (addslashes)', () => {
  it('finds a backslash after a character whose second byte is 0x5C, in the encoding the text was read from', () => {
    expect(findEscapedBytes('許\\功\\蓋\\餐廳開幕', 'big5')).toEqual([
      { offset: 0, char: '許' },
      { offset: 2, char: '功' },
      { offset: 4, char: '蓋' },
    ]);
  });
  it('leaves other backslashes, other characters and Unicode texts alone', () => {
    // 廳's second byte is not 0x5C; a path's backslash follows ASCII; a UTF-8 file never has its bytes escaped so.
    expect(findEscapedBytes('廳\\ C:\\報紙\\', 'big5')).toEqual([]);
    expect(findEscapedBytes('許\\功\\', 'utf-8')).toEqual([]);
  });
});

describe('invisible characters from a web copy', () => {
  it("trims them at a line's edges like spaces, so a line of them alone is blank", () => {
    expect(trimEdges('\u200b\ufeff城市副中心\u200b\u00a0')).toBe('城市副中心');
    const lines = splitLines(new VFile({ value: '标题\n\u200b\u200b\n\u2060正文' }));
    expect(lines.map((line) => [line.text, line.line, line.position.start.column])).toEqual([
      ['标题', 1, 1],
      ['正文', 3, 2],
    ]);
  });
  it("breaks a line at a word processor's soft break (Word's vertical tab, U+2028), each part at its own column", () => {
    const lines = splitLines(new VFile({ value: '奋进新征程\v全市重点项目集中开工\r\n正文\u2028第二行' }));
    expect(lines.map((line) => [line.text, line.line, line.position.start.column])).toEqual([
      ['奋进新征程', 1, 1],
      ['全市重点项目集中开工', 1, 7],
      ['正文', 2, 1],
      ['第二行', 2, 4],
    ]);
  });
  it('breaks a line where a crawler ran paragraphs together: a sentence end, then an indent', () => {
    const lines = splitLines(
      new VFile({
        value:
          '　　第一段说明了很多事情。　　第二段继续说明，另有一些事情。\n甲方（乙方）　　丙方\n请广大市民相互转告。　　　　临江市人民政府\n不辜负期望。”　　2024年1月4日\n他说：“好。”\u00a0\u00a0\u00a0\u00a0然后大家一起走进了会场。',
      }),
    );
    expect(lines.map((line) => line.text)).toEqual([
      '第一段说明了很多事情。',
      '第二段继续说明，另有一些事情。',
      '甲方（乙方）　　丙方',
      // A signature or a date set to the right is no paragraph.
      '请广大市民相互转告。　　　　临江市人民政府',
      '不辜负期望。”　　2024年1月4日',
      '他说：“好。”',
      '然后大家一起走进了会场。',
    ]);
  });
  it('finds one inside a line, with its place, and nothing in clean text or in an emoji built with a joiner', () => {
    const [line] = splitLines(new VFile({ value: '运河\u200b两岸\u00ad步道' }));
    expect(findInvisible([line!]).map((one) => [one.index, one.char])).toEqual([
      [2, '\u200b'],
      [5, '\u00ad'],
    ]);
    const [clean] = splitLines(new VFile({ value: '一家人👨\u200d👩\u200d👧 游园' }));
    expect(findInvisible([clean!])).toEqual([]);
  });
});

describe("a word processor's tables", () => {
  it('marks rows of cells apart by tabs, two or more of the same width, as a table', () => {
    const lines = splitLines(new VFile({ value: '标题\n项目\t投资\t进度\n城市更新\t12.6\t已开工\n\n姓名\t王磊\n正文第一段。' }));
    expect(markTabTables(lines).map((line) => line.hint?.media === true)).toEqual([false, true, true, false, false]);
  });
  it("tells pandoc's grid table from text between bars", () => {
    expect(isGridTable('+----+----+\n| 指标 | 数值 |\n+====+====+')).toBe(true);
    expect(isGridTable('| 一句话 |\n| 另一句 |')).toBe(false);
    expect(isGridTable('+----+\n正文')).toBe(false);
  });
});
