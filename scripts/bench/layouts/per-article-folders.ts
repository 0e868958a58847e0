/**
 * `per-article-folders`: one file per article in date folders,
 * `运河日报/2019/02/01/04-2.txt` or `运河日报/2019/02/01/3.txt` (no page), or
 * `2019/02/01/3.txt` with a credit line `《运河日报》（2019年02月01日第 04 版）`
 * at the top or the bottom of the text.
 */
import type { Family } from './family.ts';
import { truthOf, writeIssues } from './model.ts';
import { LEAD_INS, bodyLines, joinLines, pad, titleLines, writeText } from './render.ts';

const PAPER = '运河日报';

export const perArticleFolders: Family = {
  name: 'per-article-folders',
  about: 'one file per article in YYYY/MM/DD folders, page-n or n names, a 《报名》（日期第 N 版） credit line',
  generate(options) {
    const { out } = options;
    return writeIssues('per-article-folders', options, '2019-02-01', async (date, maker) => {
      const random = maker.random;
      const form = random.int(0, 2);
      const issue = maker.issue({
        paper: PAPER,
        date,
        // Without a page in the name or the text, an issue is one run of articles on page 1.
        pages: form === 1 ? [1, 1] : [2, 4],
        articlesPerPage: form === 1 ? [4, 8] : [2, 4],
        qaShare: 0.08,
        slips: true,
        titleBlocks: true,
        leadIns: [LEAD_INS.bracket, LEAD_INS.none, LEAD_INS.plain],
        turnStyles: ['wen-da', 'reporter'],
      });
      const files: string[] = [];
      const [year, month, day] = date.split('-');
      let n = 0;
      for (const page of issue.pages) {
        for (const [index, article] of page.articles.entries()) {
          n += 1;
          const lines = [...titleLines(article), ...bodyLines(article)];
          let name: string;
          if (form === 0) name = `${PAPER}/${year}/${month}/${day}/${pad(page.page)}-${index + 1}.txt`;
          else if (form === 1) name = `${PAPER}/${year}/${month}/${day}/${n}.txt`;
          else {
            name = `${year}/${month}/${day}/${n}.txt`;
            const credit = `《${PAPER}》（${year}年${month}月${day}日第 ${pad(page.page)} 版）`;
            if (random.chance(0.5)) lines.unshift(credit);
            else lines.push(credit);
          }
          await writeText(out, name, joinLines(lines, random.chance(0.5)));
          files.push(name);
        }
      }
      return truthOf(issue, files);
    });
  },
};
