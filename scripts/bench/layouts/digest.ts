/**
 * `digest`: one file per day of a broadcast digest with many short items,
 * headed `### 标题` (as the xwlb transcripts, sometimes after a numbered
 * summary list of the same titles), `1. 标题`, or `【标题】`.
 */
import type { Family } from './family.ts';
import { truthOf, writeIssues } from './model.ts';
import { LEAD_INS, bodyLines, dateLine, joinLines, writeText } from './render.ts';

const PAPER = '新闻联播';

export const digest: Family = {
  name: 'digest',
  about: 'one file per day of a broadcast digest: ### / 1. / 【】 item headings',
  generate(options) {
    const { out } = options;
    return writeIssues('digest', options, '2024-01-01', async (date, maker) => {
      const random = maker.random;
      const issue = maker.issue({
        paper: PAPER,
        date,
        pages: [1, 1],
        articlesPerPage: [6, 12],
        qaShare: 0,
        slips: true,
        titleBlocks: false,
        leadIns: [LEAD_INS.none],
        turnStyles: ['press'],
      });
      const articles = issue.pages[0]!.articles;
      const form = random.int(0, 2);
      const compact = date.replaceAll('-', '');
      const lines: string[] = [];
      if (form === 0) {
        lines.push(`# 《${PAPER}》 (${compact})`);
        if (random.chance(0.6)) {
          lines.push('## 新闻摘要', '本期节目主要内容：', ...articles.map((article, index) => `${index + 1}.${article.title}；`), '## 详细新闻');
        }
        for (const article of articles) lines.push(`### ${article.title}`, ...bodyLines(article));
      } else if (form === 1) {
        lines.push(`${PAPER} ${dateLine(date)}`);
        const dot = random.pick(['. ', '.', '、']);
        for (const [index, article] of articles.entries()) lines.push(`${index + 1}${dot}${article.title}`, ...bodyLines(article));
      } else {
        lines.push(`${PAPER}文字版`, dateLine(date));
        for (const article of articles) lines.push(`【${article.title}】`, ...bodyLines(article));
      }
      const name = `${PAPER}/${compact}.${form === 0 ? 'md' : 'txt'}`;
      await writeText(out, name, joinLines(lines, random.chance(0.7)));
      return truthOf(issue, [name]);
    });
  },
};
