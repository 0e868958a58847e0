/**
 * `per-article`: one file per article, `运河日报/20210315-04-02.txt` (date,
 * page, article number in the name, the paper only in the folder name); no
 * masthead or date line in the text. Three forms: the headline on line 1
 * then the body; a full title block; `标题：`/`作者：` metadata lines.
 */
import type { Family } from './family.ts';
import { truthOf, writeIssues } from './model.ts';
import { LEAD_INS, bodyLines, joinLines, pad, titleLines, writeText } from './render.ts';

const PAPER = '运河日报';

export const perArticle: Family = {
  name: 'per-article',
  about: 'one file per article, date/page/number in the file name, paper in the folder name',
  generate(options) {
    const { out } = options;
    return writeIssues('per-article', options, '2021-03-15', async (date, maker) => {
      const random = maker.random;
      const issue = maker.issue({
        paper: PAPER,
        date,
        pages: [2, 4],
        articlesPerPage: [2, 4],
        qaShare: 0.08,
        slips: true,
        titleBlocks: true,
        leadIns: [LEAD_INS.bracket, LEAD_INS.none],
        turnStyles: ['wen-da', 'press'],
      });
      const files: string[] = [];
      for (const page of issue.pages) {
        for (const [index, article] of page.articles.entries()) {
          const form = random.int(0, 2);
          const blank = random.chance(0.5);
          let lines: string[];
          if (form === 0) {
            // The headline alone, then the body: whatever else the title block had is gone.
            delete article.kicker;
            delete article.subtitle;
            delete article.byline;
            delete article.summary;
            article.slips = article.slips.filter((slip) => !['kicker', 'long-subtitle', 'byline-colon', 'summary'].includes(slip));
            lines = [article.title, ...bodyLines(article)];
          } else if (form === 1) lines = [...titleLines(article), ...bodyLines(article)];
          else {
            delete article.kicker;
            delete article.summary;
            article.slips = article.slips.filter((slip) => !['kicker', 'summary'].includes(slip));
            lines = [`标题：${article.title}`];
            if (article.subtitle !== undefined) lines.push(`副标题：${article.subtitle}`);
            if (article.byline !== undefined) lines.push(`作者：${article.byline}`);
            lines.push(...bodyLines(article));
          }
          const name = `${PAPER}/${date.replaceAll('-', '')}-${pad(page.page)}-${pad(index + 1)}.txt`;
          await writeText(out, name, joinLines(lines, blank));
          files.push(name);
        }
      }
      return truthOf(issue, files);
    });
  },
};
