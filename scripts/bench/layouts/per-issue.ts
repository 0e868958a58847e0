/**
 * `per-issue`: one file per issue; every page opens with the masthead and
 * date line again and a `第N版` header; headlines run straight into a
 * `本报讯` or `新华社…电` lead, no byline lines, often no blank lines.
 */
import type { Family } from './family.ts';
import { truthOf, writeIssues } from './model.ts';
import { LEAD_INS, dateLine, joinLines, layPages, pad, writeText } from './render.ts';

const PAPER = '东城晚报';

export const perIssue: Family = {
  name: 'per-issue',
  about: 'one file per issue, masthead + date line repeated on every page, 本报讯 leads',
  generate(options) {
    const { out } = options;
    return writeIssues('per-issue', options, '2022-06-01', async (date, maker) => {
      const random = maker.random;
      const issue = maker.issue({
        paper: PAPER,
        date,
        pages: [3, 6],
        articlesPerPage: [2, 4],
        qaShare: 0.05,
        slips: true,
        titleBlocks: false,
        leadIns: [LEAD_INS.plain, LEAD_INS.bracket, LEAD_INS.xinhua, LEAD_INS.xinhuaPlain],
        turnStyles: ['press', 'reporter'],
      });
      // No byline lines here; kickers and 提要 only (the slips of a title block without bylines).
      for (const article of issue.pages.flatMap((page) => page.articles)) {
        if (random.chance(0.15)) {
          article.kicker = random.pick(['聚焦全国两会', '一线见闻', '新春走基层']);
          article.slips.push('kicker');
        }
      }
      const laid = layPages(issue, random, { jumpShare: 0.35 });
      const pageFirst = random.chance(0.5);
      const blank = random.chance(0.4);
      const lines: string[] = [];
      for (const [index, page] of issue.pages.entries()) {
        const header = random.chance(0.5) ? `第${page.page}版` : `第${pad(page.page)}版　${page.label}`;
        const top = dateLine(date, index === 0 ? issue.pages.length : undefined);
        lines.push(...(pageFirst ? [header, PAPER, top] : [PAPER, top, header]), ...laid.pages[index]!);
      }
      const name = `${date.slice(0, 4)}/${PAPER}-${date}.txt`;
      await writeText(out, name, joinLines(lines, blank));
      return truthOf(issue, [name], laid.jumps);
    });
  },
};
