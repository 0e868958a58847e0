/**
 * `per-page`: one file per page, as the seed fixture: masthead, date line
 * (the full one on page 1), a `第N版` page header in one of three forms,
 * articles with kickers, subtitles and bylines, jump markers between pages.
 */
import type { Family } from './family.ts';
import { truthOf, writeIssues } from './model.ts';
import { LEAD_INS, dateLine, joinLines, layPages, pad, writeText } from './render.ts';

const PAPER = '南江日报';

export const perPage: Family = {
  name: 'per-page',
  about: 'one file per page: masthead, date line, 第N版 header',
  generate(options) {
    const { out } = options;
    return writeIssues('per-page', options, '2021-03-15', async (date, maker) => {
      const random = maker.random;
      const issue = maker.issue({
        paper: PAPER,
        date,
        pages: [2, 5],
        articlesPerPage: [2, 4],
        qaShare: 0.1,
        slips: true,
        titleBlocks: true,
        leadIns: [LEAD_INS.bracket, LEAD_INS.none, LEAD_INS.xinhua],
        turnStyles: ['press', 'wen-da'],
      });
      const laid = layPages(issue, random, { jumpShare: 0.4 });
      const headerStyle = random.int(0, 2);
      const blank = random.chance(0.6);
      const files: string[] = [];
      for (const [index, page] of issue.pages.entries()) {
        const header = headerStyle === 0 ? `第${page.page}版` : headerStyle === 1 ? `第${page.page}版 ${page.label}` : `第${pad(page.page)}版：${page.label}`;
        const top = index === 0 ? dateLine(date, issue.pages.length) : dateLine(date);
        const lines = random.chance(0.5) ? [PAPER, top, header] : [PAPER, header, top];
        const name = `${PAPER}/${date.slice(0, 7)}/${date.replaceAll('-', '')}-${pad(page.page)}.txt`;
        await writeText(out, name, joinLines([...lines, ...laid.pages[index]!], blank));
        files.push(name);
      }
      return truthOf(issue, files, laid.jumps);
    });
  },
};
