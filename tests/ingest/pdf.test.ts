/** PDF pages: text runs into lines, lines into blocks by column, size and indent, heads by size (`formats/pdf.ts`). */
import { describe, expect, it } from 'vitest';
import { blocksOf, linesOf, readPdf, withoutSetSpaces, type Line, type Run } from '../../scripts/ingest/formats/pdf.ts';
import { headText } from '../../scripts/ingest/formats/head-rows.ts';
import { joinLines, pageBlocksText, type Block } from '../../scripts/ingest/formats/page-blocks.ts';
import { writePdf, type PdfRun } from '../../scripts/bench/layouts/pdf-writer.ts';

/**
 * A PDF whose text is set in Adobe's standard Chinese font, not embedded (`STSong-Light`, `UniGB-UCS2-H`), as older
 * typesetting systems write it (`pdf-writer.ts`): PDF.js reads it through its character maps. Each page: `[x, y, size, text]`
 * runs, `y` up from the page's foot; a run of `chars` is set a character at a time, as Founder's systems place them; a
 * run `down` in the vertical font (`UniGB-UCS2-V`), a column from `y` downward.
 */
function pdf(
  pages: ReadonlyArray<
    ReadonlyArray<
      readonly [number, number, number, string] | { chars: readonly [number, number, number, string] } | { down: readonly [number, number, number, string] }
    >
  >,
): Uint8Array {
  const placed = (run: readonly [number, number, number, string]): PdfRun => ({ x: run[0], y: run[1], size: run[2], text: run[3] });
  return writePdf(
    pages.map((runs) => ({
      runs: runs.map((run) => ('chars' in run ? { ...placed(run.chars), chars: true } : 'down' in run ? { ...placed(run.down), down: true } : placed(run))),
    })),
  );
}

const run = (x: number, y: number, size: number, text: string): Run => ({ text, x, y, size, right: x + Array.from(text).length * size, upright: true });
const line = (left: number, y: number, size: number, text: string): Line => ({
  text,
  left,
  right: left + Array.from(text).length * size,
  y,
  size,
  upright: true,
});

describe('PDF pages', () => {
  it('reads a page set in a standard Chinese font through its character map: heads by size, paragraphs by indent, a page after a form feed', async () => {
    const read = await readPdf(
      pdf([
        [
          [200, 780, 36, '东江日报'],
          [60, 740, 10, '2024年3月5日　星期二'],
          [60, 700, 14, '春耕备耕正当时'],
          [60, 670, 24, '全县早稻播种过半'],
          [60, 640, 10, '本报记者　林晓'],
          [80, 615, 10, '本报讯　连日来，全县各地抓住晴好天气，组织劳力'],
          [60, 600, 10, '抢插早稻，截至昨日，已播种十二万亩，过半数。全县'],
          [60, 585, 10, '各乡镇进度不一。'],
          [80, 570, 10, '县农业局派出技术人员下乡指导，帮助农户解决困难'],
          [60, 555, 10, '和问题。'],
        ],
        [
          [60, 780, 10, '第2版　要闻'],
          { chars: [60, 740, 24, '乡村小学添了新课桌'] },
          [80, 710, 10, '本报讯　县教育局今年拨款三万元，为山区二十所小学'],
          [60, 695, 10, '添置新课桌椅。'],
        ],
      ]),
    );
    if (!('lines' in read)) throw new Error(JSON.stringify(read));
    expect(read.lines.map((each) => [each.text, each.hint?.heading, each.hint?.afterFormFeed])).toEqual([
      ['东江日报', 1, undefined],
      ['2024年3月5日 星期二', undefined, undefined],
      ['春耕备耕正当时', 3, undefined],
      ['全县早稻播种过半', 2, undefined],
      ['本报记者 林晓', undefined, undefined],
      ['本报讯 连日来，全县各地抓住晴好天气，组织劳力抢插早稻，截至昨日，已播种十二万亩，过半数。全县各乡镇进度不一。', undefined, undefined],
      ['县农业局派出技术人员下乡指导，帮助农户解决困难和问题。', undefined, undefined],
      ['第2版 要闻', undefined, true],
      ['乡村小学添了新课桌', 1, undefined],
      ['本报讯 县教育局今年拨款三万元，为山区二十所小学添置新课桌椅。', undefined, undefined],
    ]);
    // Each line placed in the view, a form feed before the second page.
    for (const each of read.lines) expect(read.text.slice(each.position.start.offset, each.position.end.offset)).toBe(each.text);
    expect(read.text.split('\n')[(read.lines[7]?.line ?? 0) - 2]).toBe('\f');
  });

  it('reads vertical writing column by column from the right, its marks’ vertical forms as the marks', async () => {
    const read = await readPdf(
      pdf([
        [
          [60, 800, 10, '第6版　国际'],
          { down: [540, 780, 22, '俄称攻势取得进展'] },
          // (A paragraph's first column indented two characters down; its next columns flush at the top.)
          { down: [500, 760, 10, '俄罗斯国防部12日称︐俄军突破防线并控制了'] },
          { down: [486, 780, 10, '四个居民点︒'] },
          { down: [472, 760, 10, '此外︐别尔哥罗德市遭到袭击︒'] },
        ],
      ]),
    );
    if (!('lines' in read)) throw new Error(JSON.stringify(read));
    expect(read.lines.map((each) => [each.text, each.hint?.heading])).toEqual([
      ['第6版 国际', undefined],
      ['俄称攻势取得进展', 1],
      ['俄罗斯国防部12日称，俄军突破防线并控制了四个居民点。', undefined],
      ['此外，别尔哥罗德市遭到袭击。', undefined],
    ]);
  });

  it('says a PDF with no text, and one that is no PDF, rather than reading either', async () => {
    expect(await readPdf(pdf([[]]))).toEqual({ noText: 1 });
    const cut = pdf([[[60, 780, 10, '第2版　要闻']]]);
    const read = await readPdf(cut.subarray(0, 40));
    expect('unreadable' in read && read.unreadable).toMatch(/no valid PDF|cut short|damaged|Invalid/u);
  });

  it('joins a line’s runs — a space where a gap stands, the next column’s line apart', () => {
    // (A full-width space's run is drawn wider than the gap it leaves: 13.3 points for 10-point type.)
    expect(
      linesOf([run(60, 700, 10, '2024年3月5日'), { ...run(150, 700, 10, ' '), right: 163.3 }, run(160, 700, 10, '星期二')]).map((each) => each.text),
    ).toEqual(['2024年3月5日 星期二']);
    // A character at a time, as Founder's systems place them: one line.
    expect(linesOf(Array.from('全县早稻', (char, index) => run(60 + index * 24, 600, 24, char))).map((each) => each.text)).toEqual(['全县早稻']);
    // Letter-spaced: a space between.
    expect(linesOf([run(60, 600, 20, '社'), run(100, 600, 20, '论')]).map((each) => each.text)).toEqual(['社 论']);
    // A gutter wider than twice the type: two columns' lines.
    expect(linesOf([run(60, 600, 10, '左栏的一行文字'), run(160, 600, 10, '右栏的一行')]).map((each) => each.text)).toEqual(['左栏的一行文字', '右栏的一行']);
    // Another baseline: another line.
    expect(linesOf([run(60, 600, 10, '上一行'), run(90, 585, 10, '下一行')])).toHaveLength(2);
  });

  it('reads a running head spread across the page as one line, and a masthead’s romanised name beside it as another', () => {
    // (The parts of a running head are spanned by a run of spaces, wider than the gap it bridges; a column's gutter is not.)
    const spaced = (x: number, right: number): Run => ({ ...run(x, 780, 10, ' '), right });
    expect(
      linesOf([run(34, 780, 10, '02 城事'), spaced(90, 400), run(317, 780, 10, '2024年6月20日'), spaced(417, 700), run(663, 780, 10, '临川晚报')]).map(
        (each) => each.text,
      ),
    ).toEqual(['02 城事\u30002024年6月20日\u3000临川晚报']);
    expect(linesOf([run(34, 780, 54, '临川晚报'), run(254, 780, 12, 'LINCHUAN EVENING NEWS')]).map((each) => each.text)).toEqual([
      '临川晚报',
      'LINCHUAN EVENING NEWS',
    ]);
    // (A page's number set large beside its name stays one line.)
    expect(linesOf([run(34, 780, 20, '02'), run(80, 780, 10, '城事')]).map((each) => each.text)).toEqual(['02 城事']);
  });

  it('leaves out the spaces PDF.js reads into a justified line’s gaps, and a layout program’s gaps around figures', () => {
    expect(withoutSetSpaces('会 第 五 次 会 议 开 幕')).toBe('会第五次会议开幕');
    expect(withoutSetSpaces('韩 正 会 见 萨 尔 瓦多 新 思 想 党')).toBe('韩正会见萨尔瓦多新思想党');
    expect(withoutSetSpaces('2030 年 通 用 航 空 产 业')).toBe('2030年通用航空产业');
    expect(withoutSetSpaces('导致 28 人死亡')).toBe('导致28人死亡');
    expect(withoutSetSpaces('2024 年 8 月 20 日')).toBe('2024年8月20日');
    // Spaces that print: between phrases, a letter-spaced pair, a space typed before a figure, Latin words.
    expect(withoutSetSpaces('南方多地降雨持续 各地抓紧抢险救援')).toBe('南方多地降雨持续 各地抓紧抢险救援');
    expect(withoutSetSpaces('社 论')).toBe('社 论');
    expect(withoutSetSpaces('第2版 要闻 2024年7月8日 星期一')).toBe('第2版 要闻 2024年7月8日 星期一');
    expect(withoutSetSpaces('本报记者 刘洋 通讯员 梁子健')).toBe('本报记者 刘洋 通讯员 梁子健');
    expect(withoutSetSpaces('iPhone 15 发布')).toBe('iPhone 15 发布');
  });

  it('keeps an advertisement the page does not mark as printed, never a story, and joins a column’s paragraph only at the next column’s head', () => {
    const block = (text: string, size: number, top: number, left = 40): Block => ({
      text,
      size,
      advert: false,
      box: { left, top, right: left + 200, bottom: top + size * 1.5 },
    });
    const body = '县农业局派出三十名技术人员下乡，帮助农户解决育秧中的困难，全县早稻播种面积已经过半，各乡镇进度不一。';
    const read = pageBlocksText('pdf', [
      [
        block('乡村小学添了新课桌', 20, 40),
        block(body, 10, 80),
        block('东江牌空调', 20, 300),
        block('节能新款 全市各大商场有售服务热线：0752-2345678', 10, 330),
        block('南湖书城 五月读书节', 20, 400),
        block('全场图书八折，欢迎选购。', 10, 430),
        block('9月1日，游客在南湖景区赏花。本报记者张海涛摄', 8, 600),
        block('9月2日，市民在公园晨练。本报记者张海涛摄', 10, 650),
        block('3', 10, 800),
      ],
    ]);
    expect(read.lines?.map((each) => [each.text, each.hint?.heading, each.hint?.media])).toEqual([
      ['乡村小学添了新课桌', 1, undefined],
      [body, undefined, undefined],
      ['东江牌空调', undefined, true],
      ['节能新款 全市各大商场有售服务热线：0752-2345678', undefined, true],
      ['南湖书城 五月读书节', 1, undefined],
      ['全场图书八折，欢迎选购。', undefined, undefined],
      // (A caption set smaller than the body: kept as printed; in the body's size, a photo story's text.)
      ['9月1日，游客在南湖景区赏花。本报记者张海涛摄', undefined, true],
      ['9月2日，市民在公园晨练。本报记者张海涛摄', undefined, undefined],
      // (The page's number alone at its foot: furniture.)
      ['3', undefined, true],
    ]);
    // An advertisement in a narrow box, its number wrapped onto a line of its own: the number is its contact's.
    const boxed = pageBlocksText('pdf', [
      [
        block('临川老窖', 20, 300),
        block('三十年陈酿 订购热线：0794-', 10, 330),
        block('8888666', 10, 345),
        block('社区食堂开进老旧小区', 20, 400),
        block(body, 10, 430),
      ],
    ]);
    expect(boxed.lines?.map((each) => [each.text, each.hint?.media])).toEqual([
      ['临川老窖', true],
      ['三十年陈酿 订购热线：0794-', true],
      ['8888666', true],
      ['社区食堂开进老旧小区', undefined],
      [body, undefined],
    ]);
    // A notice's head over its time, place and contact, or a head naming a notice: the paper's service, read as text.
    for (const notice of [
      [block('春季义诊活动安排', 20, 300), block('时间：3月9日上午', 10, 330), block('联系电话：0571-86881234', 10, 345)],
      [block('停水通知', 20, 300), block('城东片区周六停水', 10, 330), block('服务热线：0571-86881234', 10, 345)],
    ])
      expect(pageBlocksText('pdf', [notice]).lines?.some((each) => each.hint?.media === true)).toBe(false);
    // A paragraph that runs on to a column's foot goes on at the next column's head — not at a block under it.
    const runsOn = (text: string, top: number, left: number): Block => ({ ...block(text, 10, top, left), runsOn: true });
    const columns = (second: Block): string[] =>
      pageBlocksText('pdf', [[runsOn('本报讯　连日来，全县各地抓住晴好天气，组织劳力抢插', 300, 40), second]]).lines?.map((each) => each.text) ?? [];
    expect(columns(block('早稻。', 10, 80, 260))).toEqual(['本报讯　连日来，全县各地抓住晴好天气，组织劳力抢插早稻。']);
    expect(columns(block('聚焦全国两会', 10, 500, 40))).toHaveLength(2);
    // (A column's last paragraph of one line, as wide as the next column's lines: it runs on too.)
    const oneLine = (text: string): string[] =>
      pageBlocksText('pdf', [
        [{ ...block(text, 10, 300, 40), box: { left: 60, top: 300, right: 240, bottom: 315 } }, block('1700多万视力残疾人。', 10, 80, 260)],
      ]).lines?.map((each) => each.text) ?? [];
    expect(oneLine('中国有8500万残疾人，其中包括')).toEqual(['中国有8500万残疾人，其中包括1700多万视力残疾人。']);
    expect(
      pageBlocksText('pdf', [
        [{ ...block('一、坚持', 10, 300, 40), box: { left: 40, top: 300, right: 80, bottom: 315 } }, block('1700多万视力残疾人。', 10, 80, 260)],
      ]).lines,
    ).toHaveLength(2);
  });

  it('reads a page listed row by row across its columns column by column, and a lead set large as text', () => {
    // (Each baseline lists the left column's line, then the right column's: two stories, read in their columns' order.)
    const rows = [
      line(40, 700, 18, '李强会见马来西亚副总理'),
      line(300, 700, 18, '中欧班列开行突破九万列'),
      line(60, 670, 10, '国务院总理李强在京会见来华'),
      line(320, 670, 10, '连通亚欧大陆的中欧班列开行'),
      line(40, 655, 10, '访问的马来西亚第一副总理，'),
      line(300, 655, 10, '数量大幅增长，累计九万列，'),
      line(40, 640, 10, '双方交换了意见。'),
      line(300, 640, 10, '货值超亿美元。'),
    ];
    expect(blocksOf(rows, 842).map((block) => block.text)).toEqual([
      '李强会见马来西亚副总理',
      '国务院总理李强在京会见来华访问的马来西亚第一副总理，双方交换了意见。',
      '中欧班列开行突破九万列',
      '连通亚欧大陆的中欧班列开行数量大幅增长，累计九万列，货值超亿美元。',
    ]);
    const lead = '全国政协十四届二次会议首场委员通道开启，八位委员接受了记者的集体采访。';
    const read = pageBlocksText('pdf', [
      [
        { text: '委员通道开启', size: 24, advert: false, box: undefined },
        { text: lead, size: 14, advert: false, box: undefined },
        { text: '走上通道的委员，来自不同界别、不同领域，围绕经济社会发展的热点问题回答了记者提问。', size: 10, advert: false, box: undefined },
        { text: '委员们表示，将认真履职尽责，为推动高质量发展贡献智慧和力量，回应人民群众的期待。', size: 10, advert: false, box: undefined },
      ],
    ]);
    expect(read.lines?.map((each) => each.hint?.heading)).toEqual([1, undefined, undefined, undefined]);
  });

  it('keeps a table’s rows as rows, their cells apart by tabs, and a line of columns side by side apart', () => {
    const rows = [
      line(60, 740, 10, '今年以来，全省经济运行稳中有进。具体数据见下表。'),
      line(60, 700, 10, '指标'),
      line(250, 700, 10, '绝对值'),
      line(400, 700, 10, '增速'),
      line(60, 682, 10, '地区生产总值'),
      line(250, 682, 10, '5.6万亿元'),
      line(400, 682, 10, '5.8%'),
      line(80, 650, 10, '据省统计局介绍，下一步将继续加大政策支持力度。'),
    ];
    expect(blocksOf(rows, 842).map((block) => [block.text, block.row])).toEqual([
      ['今年以来，全省经济运行稳中有进。具体数据见下表。', undefined],
      ['指标\t绝对值\t增速', true],
      ['地区生产总值\t5.6万亿元\t5.8%', true],
      ['据省统计局介绍，下一步将继续加大政策支持力度。', undefined],
    ]);
    // Two columns' lines side by side on two baselines: long pieces, no table.
    const columns = [
      line(40, 700, 10, '国务院总理李强29日在京会见来华访问'),
      line(300, 700, 10, '连通亚欧的中欧班列自2013年以来开'),
      line(40, 685, 10, '的马来西亚第一副总理兼乡村区域发展'),
      line(300, 685, 10, '行数量大幅增长，累计开行9万列货值'),
    ];
    expect(blocksOf(columns, 842).some((block) => block.row === true)).toBe(false);
    // A ragged line closing a quotation on a word goes on; one closing a sentence does not.
    expect(
      blocksOf(
        [line(60, 600, 10, '人大代表要走到老百姓需要的地方，通过开展“千户万灯”'), line(60, 585, 10, '公益项目，为更多偏远地区的家庭送去光明和温暖。')],
        842,
      ),
    ).toHaveLength(1);
    expect(
      blocksOf([line(60, 600, 10, '人大代表说，我们一定把这件好事办好办实。”'), line(60, 585, 10, '公益项目，为更多偏远地区的家庭送去光明和温暖。')], 842),
    ).toHaveLength(2);
  });

  it('gathers lines into paragraphs by indent and short lines, heads by their size', () => {
    const text = (lines: Line[]): string[] => blocksOf(lines, 842).map((block) => block.text);
    // An indented line opens a paragraph; a flush line goes on.
    expect(text([line(80, 600, 10, '第一段第一行文字第一段第一行'), line(60, 585, 10, '第一段第二行。'), line(80, 570, 10, '第二段。')])).toEqual([
      '第一段第一行文字第一段第一行第一段第二行。',
      '第二段。',
    ]);
    // (The line above full, ending a sentence at the column's edge: only the indent tells.)
    expect(text([line(80, 600, 10, '一二三四五六七八九十一二'), line(60, 585, 10, '三四五六七八九十一二三四。'), line(80, 570, 10, '第二段。')])).toEqual([
      '一二三四五六七八九十一二三四五六七八九十一二三四。',
      '第二段。',
    ]);
    // A ragged column's line a character short goes on; a line ending a sentence well short, or a byline far short, does not.
    expect(text([line(60, 600, 10, '一二三四五六七八九十一二'), line(60, 585, 10, '三四五六七八九十一二三四五')])).toHaveLength(1);
    expect(text([line(60, 600, 10, '一二三四五。'), line(60, 585, 10, '三四五六七八九十一二三四五')])).toHaveLength(2);
    expect(text([line(60, 600, 10, '本报记者 林晓'), line(60, 585, 10, '三四五六七八九十一二三四五六七八九十')])).toHaveLength(2);
    // A one-line paragraph ending a sentence, and one under it no further left: two paragraphs.
    expect(text([line(80, 600, 10, '市交通运输局昨日发布通告。'), line(80, 585, 10, '调整后换乘更加方便。')])).toHaveLength(2);
    // A headline over two lines of its column, centred: one head; a kicker in a smaller size above it: apart.
    expect(text([line(70, 640, 14, '春耕时节'), line(60, 615, 22, '城关镇新建自来水厂'), line(75, 590, 22, '日前投产')])).toEqual([
      '春耕时节',
      '城关镇新建自来水厂日前投产',
    ]);
    // Too far below (a gap wider than the block's spacing), or in another column: apart.
    expect(
      text([line(60, 600, 10, '一二三四五六七八九十'), line(60, 585, 10, '一二三四五六七八九十'), line(60, 540, 10, '一二三四五六七八九十')]),
    ).toHaveLength(2);
    expect(text([line(60, 600, 10, '一二三四五六七八九十'), line(300, 585, 10, '一二三四五六七八九十')])).toHaveLength(2);
    // A column's edges are its own: a story set lower in other columns (lines starting a little further left) does not
    // make the lines above indented from its edge.
    const lower = [300, 285, 270, 255].map((y) => line(395, y, 10, '另一篇报道的正文在下方另设的栏中排'));
    expect(
      text([
        line(422, 600, 10, '本报讯 第十四届全国人民代'),
        line(403, 585, 10, '表大会第二次会议在北京开幕。'),
        line(403, 570, 10, '近三千名代表出席。'),
        ...lower,
      ])[0],
    ).toBe('本报讯 第十四届全国人民代表大会第二次会议在北京开幕。近三千名代表出席。');
  });

  it('keeps the space where a head set flush left was broken short of the column, and runs on a row that fills it or a centred head', () => {
    // A column 20 characters of the body wide (200 points): two full lines give its width.
    const column = [line(50, 500, 10, '一二三四五六七八九十一二三四五六七八九十'), line(50, 486, 10, '一二三四五六七八九十一二三四五六七八九十')];
    const head = (...rows: Array<readonly [number, string]>): string =>
      blocksOf([...rows.map(([left, text], index) => line(left, 600 - index * 30, 22, text)), ...column], 842)[0]!.text;
    // Broken by design, a row left short: the head's parts, as a title printed on one line has them.
    expect(head([50, '加大助企帮扶力度'], [50, '激发经营主体活力'])).toBe('加大助企帮扶力度 激发经营主体活力');
    // A row filling the column's measure (9 characters of 22 points in 200) ran on where the measure ended.
    expect(head([50, '以军称在加沙地带解'], [50, '救一名被扣押人员'])).toBe('以军称在加沙地带解救一名被扣押人员');
    // A centred head is balanced by design wherever its parts are: no space is read into it.
    expect(head([72, '李强主持召开'], [61, '国务院常务会议'])).toBe('李强主持召开国务院常务会议');
    // No space after a clause's end, nor where a character was carried over before a mark that may not open a row.
    expect(head([50, '——国务院港澳办：'], [50, '凝心聚力'])).toBe('——国务院港澳办：凝心聚力');
    expect(head([50, '推动高质量发'], [50, '展，奋力谱写新篇章'])).toBe('推动高质量发展，奋力谱写新篇章');
    // With no body to measure the column by, the rows run on.
    expect(blocksOf([line(50, 600, 22, '加大助企帮扶力度'), line(50, 570, 22, '激发经营主体活力')], 842)[0]!.text).toBe('加大助企帮扶力度激发经营主体活力');
    // Less than a character of slack is a row of Chinese broken where its next character did not fit, not by design.
    const slack = [line(50, 500, 10, '一二三四五六七八九十一二三四五六七八九十'), line(50, 486, 10, '一二三四五六七八九十一二三四五六七八九十')].map(
      (each) => ({
        ...each,
        right: each.right + 15,
      }),
    );
    expect(blocksOf([line(50, 600, 22, '以军称在加沙地带解'), line(50, 570, 22, '救一名被扣押人员'), ...slack], 842)[0]!.text).toBe(
      '以军称在加沙地带解救一名被扣押人员',
    );
    // A unit set whole went down (a Latin word, a figure, an opening quote), or the break falls inside a word: run on.
    expect(head([50, '体验华为'], [50, 'Mate60新机'])).toBe('体验华为Mate60新机');
    expect(head([50, '贯彻全国'], [50, '“两会”精神'])).toBe('贯彻全国“两会”精神');
    expect(head([50, '王沪宁参加贵'], [50, '州代表团审议'])).toBe('王沪宁参加贵州代表团审议');
    // The column is the body's right under the head: a head set left of its text (左题右文) has none, the next story's
    // wider lines below it not being its own.
    const beside = [line(200, 560, 10, '一二三四五六七八九十一二三四五六七八九十'), line(200, 546, 10, '一二三四五六七八九十一二三四五六七八九十')];
    const next = [
      line(50, 450, 22, '老城区公交线路下月起优化调整'),
      line(50, 420, 10, '一二三四五六七八九十一二三四五六七八九十二十'),
      line(50, 406, 10, '一二三四五六七八九十一二三四五六七八九十二十'),
    ];
    expect(blocksOf([line(50, 600, 22, '全县早稻播种'), line(50, 570, 22, '面积过半'), ...beside, ...next], 842)[0]!.text).toBe('全县早稻播种面积过半');
    // (Nor do another story's wider lines far below.)
    const far = [line(50, 300, 10, '一二三四五六七八九十一二三四五六七八九十'), line(50, 286, 10, '一二三四五六七八九十一二三四五六七八九十')];
    expect(blocksOf([line(50, 600, 22, '加大助企帮扶力度'), line(50, 570, 22, '激发经营主体活力'), ...far], 842)[0]!.text).toBe(
      '加大助企帮扶力度激发经营主体活力',
    );
    // Two rows ending alike short of the column: the head's own frame, which they fill.
    expect(head([50, '市政府召开常务'], [50, '会议研究部署防'], [50, '汛工作'])).toBe('市政府召开常务会议研究部署防汛工作');
    // Type set large that reads as running text (an editor's note in a box) is no head: its rows run on.
    expect(head([50, '编者按：春耕时节，'], [50, '本报记者走进田间。'])).toBe('编者按：春耕时节，本报记者走进田间。');
    // A space the text layer gives at a row's start is kept.
    expect(headText([line(50, 600, 22, '屡立战功'), { ...line(50, 570, 22, '永远忠于党'), spaceBefore: true }], [], 10)).toBe('屡立战功 永远忠于党');
  });

  it('runs a figure broken at a line’s end inside Chinese on, and keeps Latin words apart', () => {
    expect(joinLines('销量双双超过200', '0万辆')).toBe('销量双双超过2000万辆');
    expect(joinLines('“联合利剑-202', '4B”演习')).toBe('“联合利剑-2024B”演习');
    expect(joinLines('the archive of 12', '34 pages')).toBe('the archive of 12 34 pages');
    // Two figures line under line stay apart: phone numbers, a list's numbers followed by a space or a comma.
    expect(joinLines('报名电话0791-86123456', '13907911234，')).toBe('报名电话0791-86123456 13907911234，');
    expect(joinLines('红球03', '07 12 19')).toBe('红球03 07 12 19');
    expect(joinLines('粮食产量118.2', '2022年产量120.5')).toBe('粮食产量118.2 2022年产量120.5');
    expect(joinLines('Baoku reads', 'PDF pages')).toBe('Baoku reads PDF pages');
    expect(joinLines('帮扶力\u00ad', '度')).toBe('帮扶力度');
  });
});
