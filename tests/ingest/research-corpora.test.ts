/**
 * The news corpora researchers hold (LDC's Chinese Gigaword, SGML of many stories a file named by its source and
 * month): each story dated by the day its id holds, the wire's advisories to editors left out, a file of one story read.
 */
import { describe, expect, it } from 'vitest';
import { dateInId } from '../../scripts/ingest/facts/id-date.ts';
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
    expect(dateInId('20240103-0012')?.value).toBe('2024-01-03');
  });
  it('reads none from digits run together, a day that cannot be, or a count', () => {
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
  it('reads a file that holds one story as its record, not its tags as text', async () => {
    const { sections } = await ingestFiles({ 'xin_cmn/xin_cmn_20240103': doc('XIN_CMN_20240103.0001', 'story', '东关街道首家社区食堂开门营业', STORY) });
    expect(sections).toHaveLength(1);
    expect(sections[0]).toMatch(/^title: "东关街道首家社区食堂开门营业"$/mu);
    expect(sections[0]).not.toContain('<HEADLINE>');
  });
});
