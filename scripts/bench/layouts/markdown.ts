/**
 * `markdown`: `.md` exports with YAML front matter (`title`, `date`,
 * `source`, `author`): one article a file (`# headline`, `## ——subtitle`),
 * or one file a day with `### story` per item; `**问：**`/`**答：**` in bold,
 * `<figure>` lines in bodies.
 */
import type { Family } from './family.ts';
import { truthOf, writeIssues, type ArticleModel } from './model.ts';
import { LEAD_INS, bodyLines, pad, writeText } from './render.ts';

const PAPER = '海河时报';

export const markdown: Family = {
  name: 'markdown',
  about: 'Markdown exports with YAML front matter: # headline / ## ——subtitle, or ### story per item',
  generate(options) {
    const { out } = options;
    return writeIssues('markdown', options, '2022-05-01', async (date, maker) => {
      const random = maker.random;
      const body = (article: ArticleModel): string[] => {
        const lines = bodyLines(article);
        if (random.chance(0.5)) for (const [i, line] of lines.entries()) lines[i] = line.replace(/^\*\*(问|問|答)\*\*：/u, '**$1：**');
        if (random.chance(0.25))
          lines.splice(1, 0, `<figure><img src="images/${pad(random.int(1, 99))}.jpg" alt=""><figcaption>图为${article.title}现场。</figcaption></figure>`);
        return lines;
      };
      const perArticle = random.chance(0.5);
      const issue = maker.issue({
        paper: PAPER,
        date,
        pages: perArticle ? [1, 3] : [1, 1],
        articlesPerPage: perArticle ? [2, 4] : [4, 8],
        qaShare: 0.15,
        slips: true,
        titleBlocks: perArticle,
        leadIns: [LEAD_INS.bracket, LEAD_INS.none],
        turnStyles: ['bold'],
      });
      const files: string[] = [];
      for (const article of issue.pages.flatMap((page) => page.articles)) {
        if (article.kind === 'qa' && random.chance(0.5)) for (const turn of article.turns) turn.asker = '問';
        delete article.kicker;
        delete article.summary;
        article.slips = article.slips.filter((slip) => slip !== 'kicker' && slip !== 'summary');
        if (article.byline !== undefined) article.byline = maker.name();
        if (!perArticle) {
          delete article.subtitle;
          delete article.byline;
        }
      }
      if (perArticle) {
        for (const page of issue.pages) {
          for (const [index, article] of page.articles.entries()) {
            const front = ['---', `title: "${article.title}"`, `date: ${date}`, `source: ${PAPER}`];
            if (article.byline !== undefined) front.push(`author: ${article.byline}`);
            front.push(`page: ${page.page}`, '---');
            const head = [`# ${article.title}`, ...(article.subtitle === undefined ? [] : [`## ${article.subtitle}`])];
            const name = `${PAPER}/${date}/p${pad(page.page)}-${pad(index + 1)}.md`;
            await writeText(out, name, `${[...front, '', ...[...head, ...body(article)].join('\n\n').split('\n')].join('\n')}\n`);
            files.push(name);
          }
        }
      } else {
        const [year, month, day] = date.split('-').map(Number);
        const front = ['---', `title: "${PAPER} ${year}年${month}月${day}日"`, `date: ${date}`, `source: ${PAPER}`, '---'];
        const items = issue.pages[0]!.articles.flatMap((article) => [`### ${article.title}`, ...body(article)]);
        const name = `${PAPER}/${date}.md`;
        await writeText(out, name, `${front.join('\n')}\n\n${items.join('\n\n')}\n`);
        files.push(name);
      }
      return truthOf(issue, files);
    });
  },
};
