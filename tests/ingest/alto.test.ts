/** ALTO pages: blocks into lines, heads by type size or by the lines' height on the scan (`formats/alto.ts`). */
import { describe, expect, it } from 'vitest';
import { isAlto, readAlto } from '../../scripts/ingest/formats/alto.ts';

const page = (styles: string, blocks: string): string =>
  `<?xml version="1.0"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Styles>${styles}</Styles><Layout><Page><PrintSpace>${blocks}</PrintSpace></Page></Layout></alto>`;
const block = (attributes: string, ...lines: string[]): string =>
  `<TextBlock ${attributes}>${lines
    .map(
      (line) =>
        `<TextLine ${attributes}>${line
          .split(' ')
          .map((word) => `<String CONTENT="${word}"/>`)
          .join('<SP/>')}</TextLine>`,
    )
    .join('')}</TextBlock>`;

describe('ALTO pages', () => {
  it('knows an ALTO page by its root, in any version', () => {
    expect(isAlto('<?xml version="1.0"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#">')).toBe(true);
    expect(isAlto('<?xml version="1.0"?>\n<articles><article/></articles>')).toBe(false);
  });

  it('reads a block a line, its lines joined, and the blocks set well above the body as heads, the largest first', () => {
    const read = readAlto(
      page(
        '<TextStyle ID="H" FONTSIZE="24"/><TextStyle ID="K" FONTSIZE="16"/><TextStyle ID="B" FONTSIZE="10"/>',
        block('STYLEREFS="K"', '春耕时节') +
          block('STYLEREFS="H"', '全县早稻播种过半') +
          block('STYLEREFS="B"', '本报讯　连日来，全县', '各地抓住晴好天气。') +
          block('STYLEREFS="B"', '县农业局派出技术人员', '下乡指导。'),
      ),
    );
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.lines?.map((line) => [line.text, line.hint?.heading])).toEqual([
      ['春耕时节', 2],
      ['全县早稻播种过半', 1],
      ['本报讯　连日来，全县各地抓住晴好天气。', undefined],
      ['县农业局派出技术人员下乡指导。', undefined],
    ]);
    // Each line placed in the view.
    for (const line of read.lines ?? []) expect(read.text.slice(line.position.start.offset, line.position.end.offset)).toBe(line.text);
  });

  it('joins a paragraph broken at a column’s foot, keeps body-size running text from heads, and an advertisement as printed', () => {
    const long = '本报讯　连日来，全县各地抓住晴好天气，组织劳力抢插早稻，截至昨日，全县已播种十二万亩，占计划面积的一半以上，山区和平原各乡镇';
    const read = readAlto(
      page(
        '<TextStyle ID="H" FONTSIZE="24"/><TextStyle ID="B" FONTSIZE="10"/>',
        block('STYLEREFS="H"', '全县早稻播种过半') +
          block('STYLEREFS="B"', long) +
          block('STYLEREFS="B"', '进度不一。') +
          block('STYLEREFS="B"', '县农业局派出技术人员，下乡指导') +
          block('STYLEREFS="B"', '城关镇新建自来水厂投产') +
          '<ComposedBlock TYPE="Advertisement">' +
          block('STYLEREFS="H"', '长江牌洗衣机') +
          '</ComposedBlock>',
      ),
    );
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.lines?.map((line) => [line.text, line.hint])).toEqual([
      ['全县早稻播种过半', { heading: 1, bySize: true }],
      [`${long}进度不一。`, { opensParagraph: true }],
      ['县农业局派出技术人员，下乡指导', { opensParagraph: true }],
      // (A brief line in the body's size may be a head set small: read as lines are.)
      ['城关镇新建自来水厂投产', undefined],
      ['长江牌洗衣机', { media: true }],
    ]);
  });

  it('reads a page whose blocks are listed row by row across its columns column by column, and keeps any other order', () => {
    const at = (left: number, top: number, width: number, height: number, text: string): string =>
      `<TextBlock HPOS="${left}" VPOS="${top}" WIDTH="${width}" HEIGHT="${height}"><TextLine HEIGHT="30"><String CONTENT="${text}"/></TextLine></TextBlock>`;
    // A headline over the left two columns, the third column beside it; each column two paragraphs.
    const blocks: Array<[number, number, number, number, string]> = [
      [100, 100, 1700, 80, '左栏标题'],
      [2000, 100, 800, 300, '右栏一。'],
      [100, 200, 800, 200, '左一。'],
      [1000, 200, 800, 200, '中一。'],
      [100, 420, 800, 200, '左二。'],
      [2000, 420, 800, 200, '右栏二。'],
      [1000, 440, 800, 200, '中二。'],
    ];
    const rowByRow = readAlto(page('', blocks.map((block) => at(...block)).join('')));
    if ('unreadable' in rowByRow) throw new Error(rowByRow.unreadable);
    expect(rowByRow.lines?.map((line) => line.text)).toEqual(['左栏标题', '左一。', '左二。', '中一。', '中二。', '右栏一。', '右栏二。']);
    // In reading order already (a column listed after the one before): as the file gives it.
    const order = ['左栏标题', '左一。', '左二。', '中一。', '中二。', '右栏一。', '右栏二。'];
    const ordered = readAlto(page('', order.map((text) => at(...blocks.find((block) => block[4] === text)!)).join('')));
    if ('unreadable' in ordered) throw new Error(ordered.unreadable);
    expect(ordered.lines?.map((line) => line.text)).toEqual(order);
  });

  it('tells heads by the lines’ height where the page has no styles, and joins a word broken with a hyphen', () => {
    const read = readAlto(
      page(
        '',
        block('HEIGHT="60"', '乡村小学添了新课桌') +
          block('HEIGHT="30"', '本报讯　县教育局今年拨', '款三万元。') +
          '<TextBlock HEIGHT="30"><TextLine HEIGHT="30"><String CONTENT="hyphen"/><HYP CONTENT="-"/></TextLine><TextLine HEIGHT="30"><String CONTENT="ated"/></TextLine></TextBlock>',
      ),
    );
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.lines?.map((line) => [line.text, line.hint?.heading])).toEqual([
      ['乡村小学添了新课桌', 1],
      ['本报讯　县教育局今年拨款三万元。', undefined],
      ['hyphenated', undefined],
    ]);
  });
});
