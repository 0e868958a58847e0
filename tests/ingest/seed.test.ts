/**
 * The sample issue gives exactly what the ingest issue specifies — checked
 * field by field, independently of the expected-output snapshot.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runFixture } from './fixture-runner.ts';
import { removedAfter } from '../support/temp-dir.ts';

const run = await runFixture('seed');
removedAfter(run.out);

function frontMatter(file: string): Record<string, unknown> {
  const content = run.outputs.get(file);
  if (content === undefined) throw new Error(`no output ${file}`);
  return parseYaml(content.split('---\n')[1] ?? '') as Record<string, unknown>;
}

function body(file: string): string {
  return run.outputs.get(file)!.split('---\n').slice(2).join('---\n');
}

const base = 'beijingchengshifuzhongxinbao/2024-03-08';

describe('the seed issue', () => {
  it('is one issue with the printed date line', () => {
    expect([...run.outputs.keys()].filter((file) => file.startsWith('issues/'))).toEqual([`issues/${base}.md`]);
    expect(frontMatter(`issues/${base}.md`)).toMatchObject({
      paper: '北京城市副中心报',
      date: '2024-03-08',
      weekday: '星期五',
      lunarDate: '甲辰年正月廿八',
      pageCount: 4,
      pages: [1],
      masthead: ['北京日报客户端 融汇副中心客户端'],
    });
  });

  it('is one qa section continued on page 2, opening statement in its body', () => {
    expect([...run.outputs.keys()].filter((file) => file.startsWith('sections/'))).toEqual([`sections/${base}/p1-01.md`]);
    expect(frontMatter(`sections/${base}/p1-01.md`)).toMatchObject({
      issue: base,
      kind: 'qa',
      rubric: '2024全国两会特别报道',
      title: '中共中央政治局委员、外交部长王毅答中外记者问',
      subtitle: '中国的外交政策和对外关系',
      continuedTo: 2,
      page: 1,
      pages: [1],
    });
    const text = body(`sections/${base}/p1-01.md`);
    expect(text).toContain('王毅：各位记者朋友，大家上午好！');
    expect(text).not.toContain('（下转2版）');
  });

  it('has eight Q&A entries in order, each answered by 王毅', () => {
    const entries = [...run.outputs.keys()].filter((file) => file.startsWith('qa/')).map((file) => frontMatter(file));
    expect(entries.map((entry) => [entry['order'], entry['topic'], entry['outlet'], entry['respondent']])).toEqual([
      [1, '大国外交', '中央广播电视总台央视', '王毅'],
      [2, '中俄关系', '今日俄罗斯国际通讯社', '王毅'],
      [3, '构建人类命运共同体', '人民日报', '王毅'],
      [4, '中美关系', '彭博社', '王毅'],
      [5, '全球治理', '新华社', '王毅'],
      [6, '巴以冲突', '埃及尼罗河电视台', '王毅'],
      [7, '国际热点', '北京青年报', '王毅'],
      [8, '中欧关系', '埃菲社', '王毅'],
    ]);
    expect(entries[0]).toMatchObject({ headline: '开创中国特色大国外交更有作为的新局面', asker: '中央广播电视总台央视记者', section: `${base}/p1-01` });
    expect(entries[2]).toMatchObject({ asker: '《人民日报》记者', headline: '世界的未来需要大家共同创造' });
    for (const file of [...run.outputs.keys()].filter((name) => name.startsWith('qa/'))) {
      expect(body(file)).not.toContain('王毅：各位记者朋友');
    }
  });

  it('rejoins the broken paragraph and reports the join as a note', () => {
    expect(body(`qa/${base}/p1-01-q06.md`)).toContain('巴勒斯坦领土长期被占领的事实不能再忽视了');
    const joins = run.summary.files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'joined-paragraph');
    expect(joins).toHaveLength(1);
    expect(joins[0]!.fatal).toBeUndefined();
    expect(joins[0]!.place).toMatchObject({ start: { line: 129, column: 1 } });
  });

  it('keeps the repeated clause as printed and warns about it', async () => {
    const source = await readFile(path.join(import.meta.dirname, '../fixtures/seed/input/000_089e9dd3f21c392f.txt'), 'utf8');
    const printed = '打压中国的手段不断花样翻新，单边制裁的清单不断延长，欲加之罪的手段不断翻新，单边制裁的清单不断延长，欲加之罪罪到了匪夷所思的程度。';
    expect(source).toContain(printed);
    expect(body(`qa/${base}/p1-01-q04.md`)).toContain(printed);
    const warnings = run.summary.files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'duplicated-text');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.fatal).toBe(false);
    expect(warnings[0]!.reason).toContain('Possible duplicated text');
    expect(warnings[0]!.place).toMatchObject({ start: { line: 93 } });
  });
});
