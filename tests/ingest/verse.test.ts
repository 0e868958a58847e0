/**
 * A supplement's poems: title, poet, and short lines set flush with no sentence's end — the poem's text, stanza after
 * stanza, never subtitles or stories of their own; the poet its byline, whatever mark stands before the name.
 */
import { describe, expect, it } from 'vitest';
import { heads, ingestFiles } from '../support/ingest-files.ts';

const PAGE = [
  '沅水晚报　2024年11月3日　星期日',
  '第12版　沅芷',
  '',
  '秋天的河（外一首）',
  '○田野',
  '到了秋天',
  '河就瘦了',
  '瘦成一根银白的弦',
  '风一吹',
  '整个峡谷都在响',
  '',
  '芦苇',
  '站在河滩上',
  '它们白了头',
  '却还是不肯弯腰',
  '',
  '在《湘西散记》里重逢故乡',
  '□向东',
  '　　读完《湘西散记》，已是深夜。合上书，窗外的沅水静静地流。',
  '　　好的散文，不是把故乡写得多美，而是让读者在字里行间认出自己。',
  '',
  '巡检路上',
  '◎ 林晓燕',
  '山路一弯接着一弯',
  '工具包压在肩上',
  '也压住了鸟的叫声',
  '',
  '招聘启事',
  '　　因业务发展需要，本公司面向社会招聘运维工程师5名，有意者请于4月30日前报名。',
];

describe('a poem', () => {
  it("reads a poem's lines and stanzas as its text and its poet as its byline, and the stories after it as stories", async () => {
    const { sections } = await ingestFiles({ '沅水晚报20241103_12_沅芷.txt': PAGE.join('\n') });
    expect(heads(sections, ['title', 'subtitle', 'byline'])).toEqual([
      ['秋天的河（外一首）', undefined, '田野'],
      ['在《湘西散记》里重逢故乡', undefined, '向东'],
      ['巡检路上', undefined, '林晓燕'],
      ['招聘启事', undefined, undefined],
    ]);
    expect(sections[0]).toContain('瘦成一根银白的弦');
    expect(sections[0]).toContain('却还是不肯弯腰');
  });

  it("leaves a headline, its subtitle and a byline over prose as they are, and a column's label over its title", async () => {
    const { sections } = await ingestFiles({
      '沅水晚报20241103_02.txt': [
        '沅水晚报　2024年11月3日　星期日',
        '第2版　要闻',
        '',
        '沅水大桥主体完工',
        '明年五一前通车',
        '记者　彭程',
        '　　11月2日，沅水大桥主桥合龙，大桥主体工程全部完工。',
        // (A subhead bulleted with the ring, between paragraphs, is no writer.)
        '◎ 严监管',
        '　　施工期间，质监部门对每一道工序都进行了抽检。',
        '',
        // (A box's label under a title is no writer.)
        '寻找江城最美劳动者',
        '□ 编者按',
        '　　即日起，本报推出“寻找江城最美劳动者”专栏，讲述普通劳动者的故事。',
        '',
        // (A column's boxed label over its title is no writer.)
        '□ 时评',
        '大桥通车更要通心',
        '　　一座桥连起两岸，也连起两岸人的日子。',
      ].join('\n'),
    });
    expect(heads(sections, ['title', 'byline'])).toEqual([
      ['沅水大桥主体完工', '记者　彭程'],
      ['寻找江城最美劳动者', undefined],
      ['大桥通车更要通心', undefined],
    ]);
  });
});
