/**
 * The news corpora researchers hold (LDC's Chinese Gigaword, SGML of many stories a file named by its source and
 * month): each story dated by the day its id holds, the wire's advisories to editors left out, a file of one story read.
 */
import { describe, expect, it } from 'vitest';
import { dateInId } from '../../scripts/ingest/facts/id-date.ts';
import { rawOffset } from '../../scripts/ingest/formats/cell-text.ts';
import { taggedCorpus } from '../../scripts/ingest/formats/tagged-corpus.ts';
import { ingestFiles } from '../support/ingest-files.ts';

const doc = (id: string, type: string, headline: string, paragraphs: string[]): string =>
  `<DOC id="${id}" type="${type}" >\n<HEADLINE>\n${headline}\n</HEADLINE>\n<TEXT>\n${paragraphs.map((paragraph) => `<P>\n${paragraph}\n</P>\n`).join('')}</TEXT>\n</DOC>\n`;

const STORY = [
  '新华社北京1月3日电 东关街道首家社区食堂今天开门营业，八十岁以上老人就餐每餐补贴五元。',
  '食堂由街道出资改建，委托专业餐饮公司运营，每天供应早中晚三餐。',
];
const OTHER = ['新华社北京1月4日电 运河新城首批人才公寓今天交付使用，首批三百套房源面向企业引进人才。', '公寓配有共享厨房和健身房，租金按市场价七折收取。'];

describe('the day in a record id (facts/id-date.ts)', () => {
  it('reads eight digits of a real day between marks', () => {
    expect(dateInId('XIN_CMN_20240103.0009')).toEqual({ value: '2024-01-03', printed: '20240103' });
    expect(dateInId('AFP_CMN_20240304.0001')?.value).toBe('2024-03-04');
  });
  it('reads none from digits run together, a day that cannot be, a count, or a day and a number alone', () => {
    // (A crawl's batch, a registration serial: maybe another day's.)
    expect(dateInId('20240310-000123')).toBeUndefined();
    expect(dateInId('20240312')).toBeUndefined();
    expect(dateInId('RMRB002020241113ek11300000')).toBeUndefined();
    expect(dateInId('XIN_CMN_20240230.0001')).toBeUndefined();
    expect(dateInId('12320240103')).toBeUndefined();
  });
});

describe("Gigaword's files (formats/xml-records.ts, read-data.ts)", () => {
  it('dates each story by its id, and leaves out the advisory that lists the stories to come, said in the note', async () => {
    const file = [
      doc('XIN_CMN_20240103.0001', 'story', '东关街道首家社区食堂开门营业', STORY),
      doc('XIN_CMN_20240104.0001', 'advis', '新华社新闻稿预告', ['东关街道首家社区食堂开门营业', '运河新城首批人才公寓交付使用']),
      doc('XIN_CMN_20240104.0002', 'story', '运河新城首批人才公寓交付使用', OTHER),
    ].join('');
    const { sections, messages } = await ingestFiles({ 'xin_cmn/xin_cmn_202401': file });
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/^date: "2024-01-03"$/mu);
    expect(sections[1]).toMatch(/^date: "2024-01-04"$/mu);
    expect(sections.join('')).not.toContain('新华社新闻稿预告');
    const note = messages.find((message) => message.startsWith('data-file'));
    expect(note).toContain('dated by the day their `id` holds (the first: `XIN_CMN_20240103.0001`)');
    expect(note).toContain('`type` advis (an advisory)');
  });
  it("joins the lines of a story too short to show its text broken at a fixed width, as the file's other stories show it", async () => {
    // (TREC's Mandarin SGML: the text wrapped at 38 characters, paragraphs indented with ideographic spaces.)
    const short = [
      '　　新华社北京３月１１日电　3月11日，国家主席习近平签署了第二十一号主席令',
      '。',
      '　　第二十一号主席令说，《中华人民共和国国务院组织法》已由中华人民共和国第十',
      '四届全国人民代表大会第二次会议于2024年3月11日修订通过，现予公布，自公',
      '布之日起施行。',
    ];
    const long = [
      '　　新华社上海３月１１日电　《习近平著作选读》第一卷、第二卷英文版，近日由外',
      '文出版社出版，面向海内外发行。',
      '　　《习近平著作选读》生动记录了以习近平同志为核心的党中央领导人民开创中国特',
      '色社会主义新时代并不断夺取新胜利的伟大历史进程，集中反映了新时代中国共产党人',
      '推进马克思主义中国化时代化取得的重大理论创新成果，充分彰显了习近平新时代中国',
      '特色社会主义思想引领强国建设、民族复兴的真理力量和实践伟力，立体展现了中国共',
      '产党致力于推动建设美好世界的中国智慧和中国担当，是全面系统反映习近平新时代中',
      '国特色社会主义思想的权威著作。',
    ];
    const trec = (id: string, headline: string, lines: string[]): string =>
      `<DOC>\n<DOCNO> ${id} </DOCNO>\n<DATE> 2024-03-11 </DATE>\n<HEADLINE> ${headline} </HEADLINE>\n<TEXT>\n${lines.join('\n')}\n</TEXT>\n</DOC>\n`;
    const file = trec('xh240311.0001', '习近平签署国家主席令', short) + trec('xh240311.0002', '《习近平著作选读》第一卷、第二卷英文版出版发行', long);
    const { sections } = await ingestFiles({ 'xh/xh2403': file });
    expect(sections).toHaveLength(2);
    const order = sections.find((section) => section.includes('主席令'))!;
    expect(order).toContain('\n新华社北京３月１１日电　3月11日，国家主席习近平签署了第二十一号主席令。\n');
    expect(order).toContain('已由中华人民共和国第十四届全国人民代表大会第二次会议于2024年3月11日修订通过，现予公布，自公布之日起施行。');
    expect(order).not.toContain('####');
  });
  it('reads a file that holds one story as its record, not its tags as text', async () => {
    const { sections } = await ingestFiles({ 'xin_cmn/xin_cmn_20240103': doc('XIN_CMN_20240103.0001', 'story', '东关街道首家社区食堂开门营业', STORY) });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/^title: "东关街道首家社区食堂开门营业"$/mu);
    expect(sections[0]).not.toContain('<HEADLINE>');
  });
});

/** A paragraph as a tagged corpus writes it: its place, then each word with its tag (`formats/tagged-corpus.ts`). */
const tagged = (place: string, words: string): string => `${place}/m  ${words}  \n\n`;

describe("a tagged corpus of a paper's text (formats/tagged-corpus.ts)", () => {
  // (Written for the test in the People's Daily corpus's form: names of bodies in brackets, one edition's pinyin in braces.)
  const corpus = [
    tagged('20240301-01-001-001', '东关/ns  街道/n  首/m  家/q  社区/n  食堂/n  开门/v  营业/v'),
    tagged('20240301-01-001-002', '本报/r  记者/n  王/nr  芳/nr'),
    tagged(
      '20240301-01-001-003',
      '本报/r  运河/ns  ２月/t  ２９日/t  讯/Ng  [东关/ns  街道/n  办事处/n]nt  今天/t  宣布/v  ，/w  首/m  家/q  社区/n  食堂/n  开门/v  营业/v  。/w',
    ),
    tagged('20240301-01-001-004', '食堂/n  每天/r  供应{gong1ying4}/v  早/a  中/f  晚/Tg  三/m  餐/Ng  。/w'),
    tagged('20240301-02-003-001', '运河/ns  新城/n  人才/n  公寓/n  交付/v  使用/v'),
    tagged('20240301-02-003-002', '首批/m  三百/m  套/q  房源/n  面向/v  企业/n  引进/v  人才/n  。/w'),
    tagged('20240302-01-001-001', '全/a  市/n  春耕/vn  备耕/vn  有序/a  推进/v'),
    tagged('20240302-01-001-002', '眼下/t  ，/w  各/r  乡镇/n  抢抓/v  农时/n  。/w'),
  ].join('');
  it('reads each article by its day, page and number, its words run together as the paper printed them', async () => {
    const { sections, messages } = await ingestFiles({ '运河日报/202403.txt': corpus });
    expect(sections).toHaveLength(3);
    const [first, second, third] = sections;
    expect(first).toMatch(/^title: "东关街道首家社区食堂开门营业"$/mu);
    expect(first).toMatch(/^byline: "本报记者王芳"$/mu);
    expect(first).toMatch(/^date: "2024-03-01"$/mu);
    expect(first).toContain('\n本报运河２月２９日讯东关街道办事处今天宣布，首家社区食堂开门营业。\n');
    expect(first).toContain('\n食堂每天供应早中晚三餐。\n');
    expect(second).toMatch(/^page: 2$/mu);
    expect(second).toMatch(/^title: "运河新城人才公寓交付使用"$/mu);
    expect(third).toMatch(/^date: "2024-03-02"$/mu);
    // (No tag, bracket or place is left in any text.)
    expect(sections.join('')).not.toMatch(/\/[a-zA-Z]|\]nt|20240301-/u);
    const note = messages.find((message) => message.startsWith('data-file'));
    expect(note).toContain('Read as a tagged corpus');
    expect(note).toContain('their tags, brackets and the spaces between them left out');
  });
  it("keeps each character's place in the file", () => {
    const read = taggedCorpus(corpus)!;
    const text = read.records[0]!.cells.find((cell) => cell.key === 'text')!;
    for (const piece of text.pieces) {
      let index = 0;
      for (const char of piece.value) {
        const at = rawOffset(piece, index);
        expect(corpus.slice(at, at + char.length), `${piece.value}[${index}]`).toBe(char);
        index += char.length;
      }
    }
  });
  it('reads no other text so: a story that quotes one place, words with slashes, too few tagged lines', () => {
    expect(taggedCorpus('20240301-01-001-001 是语料的编号。\n东关街道首家社区食堂开门营业。\n')).toBeUndefined();
    expect(taggedCorpus('和/或 上/下 左/右\n前/后\n里/外\n')).toBeUndefined();
    expect(taggedCorpus(tagged('20240301-01-001-001', '东关/ns  街道/n') + '本报讯 东关街道首家社区食堂今天开门营业。\n食堂每天供应三餐。\n')).toBeUndefined();
  });
});
