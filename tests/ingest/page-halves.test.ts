/**
 * A page kept in two files (`02版(上).txt`, `02版(下).txt`, as a keeper splits a long page or a scan's halves): the later
 * file's opening text under no head goes on the story that closes the earlier one (`stitch.ts`), not a section of its own.
 */
import { describe, expect, it } from 'vitest';
import { ingestFiles } from '../support/ingest-files.ts';

const HEAD = ['湘江晨报', '2024年3月9日 星期六', '第2版'];
const upper = [
  ...HEAD,
  '',
  '东关街道首家社区食堂开门营业',
  '本报讯（记者 王芳）东关街道首家社区食堂今天开门营业，八十岁以上老人就餐每餐补贴五元。',
  '',
  '运河新城首批人才公寓交付使用',
  '本报讯（记者 李明）运河新城首批人才公寓今天交付使用，首批三百套房源面向企业引进人才。',
  '公寓配有共享厨房和健身房，',
].join('\n');
const lower = ['租金按市场价七折收取，首批入住的企业人才已有一百二十人。', '运河新城管委会表示，今年还将建成人才公寓一千套。'].join('\n');

describe('a page in two files (stitch.ts)', () => {
  it("joins the later file's text under no head to the story the earlier file ends on", async () => {
    const { sections, messages } = await ingestFiles({
      '湘江晨报/2024-03-09/02版(上).txt': upper,
      '湘江晨报/2024-03-09/02版(下).txt': `${HEAD.join('\n')}\n\n${lower}`,
    });
    expect(sections).toHaveLength(2);
    const flats = sections.find((section) => section.includes('人才公寓交付使用'))!;
    expect(flats).toContain('租金按市场价七折收取');
    expect(messages.some((message) => message.includes('has no title'))).toBe(false);
  });
  it('leaves an article file with no head an article of its own', async () => {
    const { sections } = await ingestFiles({
      '湘江晨报/20240309-02-01.txt': '东关街道首家社区食堂开门营业\n本报讯（记者 王芳）东关街道首家社区食堂今天开门营业，八十岁以上老人就餐每餐补贴五元。',
      '湘江晨报/20240309-02-02.txt': lower,
    });
    expect(sections).toHaveLength(2);
  });
});

describe("a crawler's day of stories merged into one file, each byline indented as its paragraphs", () => {
  it('opens an article at each title over a byline, and reads the byline as the head’s', async () => {
    const day = [
      '',
      '东关街道首家社区食堂开门营业',
      '',
      '　　记者 王芳',
      '　　东关街道首家社区食堂今天开门营业，八十岁以上老人就餐每餐补贴五元。',
      '　　食堂由街道出资改建，委托专业餐饮公司运营，每天供应早中晚三餐。',
      '',
      '运河新城首批人才公寓交付使用',
      '',
      '　　记者 李明 通讯员 张丽',
      '　　运河新城首批人才公寓今天交付使用，首批三百套房源面向企业引进人才。',
      '　　公寓配有共享厨房和健身房，租金按市场价七折收取。',
    ].join('\n');
    const { sections } = await ingestFiles({ '人民日报/合并/20240323合并后文档.txt': day });
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/^byline: "记者 王芳"$/mu);
    expect(sections[1]).toMatch(/^title: "运河新城首批人才公寓交付使用"$/mu);
    expect(sections[1]).toMatch(/^byline: "记者 李明 通讯员 张丽"$/mu);
  });
});
