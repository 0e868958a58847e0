/**
 * `data-files`: an issue's articles as rows of a data file, as researchers
 * and scrapers keep them — a CSV with Chinese or English headers (its text
 * column anywhere, paragraphs apart by line breaks or by `\n` written out), a
 * CSV with no header row, JSON Lines, or a JSON reply wrapping its records
 * (`{"code": 0, "total": …, "page": 1, "data": […]}`, Unix times in
 * milliseconds); now and then a row's title left empty and printed as its
 * text's first line instead.
 */
import type { Family } from './family.ts';
import { truthOf, writeIssues, type ArticleModel } from './model.ts';
import { LEAD_INS, bodyLines, writeText } from './render.ts';

const PAPER = '沧江日报';

type Shape = 'csv-zh' | 'csv-en' | 'csv-bare' | 'jsonl' | 'json-reply';

const SHAPES: readonly Shape[] = ['csv-zh', 'csv-en', 'csv-bare', 'jsonl', 'json-reply'];

function csvField(value: string): string {
  return /[",\n\r]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function csv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export const dataFiles: Family = {
  name: 'data-files',
  about: 'Data files: CSV with or without a header, JSON Lines, an API reply in JSON; a row an article',
  generate(options) {
    const { out } = options;
    return writeIssues('data-files', options, '2023-09-01', async (date, maker) => {
      const random = maker.random;
      const shape = random.pick(SHAPES);
      const issue = maker.issue({
        paper: PAPER,
        date,
        pages: [1, 4],
        articlesPerPage: [1, 4],
        qaShare: 0.1,
        slips: true,
        titleBlocks: shape !== 'csv-bare',
        leadIns: [LEAD_INS.bracket, LEAD_INS.plain, LEAD_INS.xinhua, LEAD_INS.none],
        turnStyles: ['wen-da', 'reporter', 'press'],
      });
      // A data file has no field for a 提要 line; a file with no header names no head field but the title.
      for (const article of issue.pages.flatMap((page) => page.articles)) {
        delete article.summary;
        article.slips = article.slips.filter((slip) => slip !== 'summary');
      }
      const written = random.chance(0.3);
      const rows = issue.pages.flatMap((page) =>
        page.articles.map((article: ArticleModel) => {
          // (No title field, or an empty one: the text's first line is the headline. Only where the text has no kicker to print over it.)
          const untitled = shape !== 'csv-bare' && article.kicker === undefined && article.subtitle === undefined && random.chance(0.15);
          const lines = [...(untitled ? [article.title] : []), ...bodyLines(article)];
          return { page: page.page, article, title: untitled ? '' : article.title, text: lines.join(written ? '\\n' : '\n') };
        }),
      );
      const name = `${PAPER}/${date}${shape.startsWith('csv') ? '.csv' : shape === 'jsonl' ? '.jsonl' : '.json'}`;
      if (shape === 'csv-zh') {
        const header = ['序号', '日期', '版次', '引题', '标题', '副题', '作者', '正文', 'url'];
        const body = rows.map((row, index) => [
          String(index),
          date.replaceAll('-', '/'),
          `第${String(row.page).padStart(2, '0')}版`,
          row.article.kicker ?? '',
          row.title,
          row.article.subtitle ?? '',
          row.article.byline ?? '',
          row.text,
          `https://epaper.example.cn/${date}/${index + 1}.html`,
        ]);
        await writeText(out, name, `\ufeff${csv([header, ...body])}`);
      } else if (shape === 'csv-en') {
        const header = ['title', 'content', 'pub_date', 'page', 'author', 'pretitle', 'subtitle', 'crawl_time'];
        const body = rows.map((row) => [
          row.title,
          row.text,
          `${date} 06:00:00`,
          String(row.page),
          row.article.byline ?? '',
          row.article.kicker ?? '',
          row.article.subtitle ?? '',
          `${date} 23:59:01`,
        ]);
        await writeText(out, name, csv([header, ...body]));
      } else if (shape === 'csv-bare') {
        const body = rows.map((row) => [date, String(row.page), row.article.title, row.text]);
        await writeText(out, name, csv(body));
      } else {
        const moment = new Date(`${date}T06:30:00+08:00`).getTime();
        const records = rows.map((row, index) => ({
          id: `${date.replaceAll('-', '')}${index + 1}`,
          title: row.title,
          ...(row.article.kicker === undefined ? {} : { preTitle: row.article.kicker }),
          ...(row.article.subtitle === undefined ? {} : { subTitle: row.article.subtitle }),
          ...(row.article.byline === undefined ? {} : { author: row.article.byline }),
          publishTime: moment,
          pageNo: row.page,
          content: row.text,
        }));
        const text =
          shape === 'jsonl'
            ? records.map((record) => JSON.stringify(record)).join('\n') + '\n'
            : `${JSON.stringify({ code: 0, total: records.length, page: 1, data: records }, null, 2)}\n`;
        await writeText(out, name, text);
      }
      return truthOf(issue, [name]);
    });
  },
};
