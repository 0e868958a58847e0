/**
 * Rendering pieces the families share: date lines, title blocks, transcript
 * turns, pages with jump markers, and writing a file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { lunarDate } from '../../ingest/checks/lunar-date.ts';
import type { Random } from '../random.ts';
import type { ArticleModel, IssueModel, Turn } from './model.ts';

const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];

export function dateParts(date: string): { year: number; month: number; day: number; weekday: string } {
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  return { year, month, day, weekday: `星期${WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!}` };
}

/** `2021年3月15日 星期一 农历辛丑年二月初三 今日八版`, or the short form `2021年3月15日 星期一`. */
export function dateLine(date: string, pageCount?: number): string {
  const { year, month, day, weekday } = dateParts(date);
  const short = `${year}年${month}月${day}日 ${weekday}`;
  return pageCount === undefined ? short : `${short} 农历${lunarDate(date)} 今日${NUMERALS[pageCount] ?? pageCount}版`;
}

export function titleLines(article: ArticleModel): string[] {
  const lines = [article.kicker, article.title, article.subtitle, article.byline, article.summary];
  return lines.filter((line): line is string => line !== undefined);
}

export function turnLines(turn: Turn, style: ArticleModel['turnStyle']): string[] {
  const [answer = '', ...rest] = turn.answer;
  switch (style) {
    case 'press':
      return [
        ...(turn.topic === undefined ? [] : [turn.topic]),
        ...(turn.headline === undefined ? [] : [turn.headline]),
        `${turn.asker}：`,
        turn.question,
        `${turn.respondent}：${answer}`,
        ...rest,
      ];
    case 'wen-da':
      return [`${turn.asker}：${turn.question}`, `答：${answer}`, ...rest];
    case 'bold':
      return [`**${turn.asker}**：${turn.question}`, `**答**：${answer}`, ...rest];
    default:
      return [`${turn.asker}：${turn.question}`, `${turn.respondent}：${answer}`, ...rest];
  }
}

/** Body paragraphs, then the turns of a transcript. */
export function bodyLines(article: ArticleModel): string[] {
  return [...article.body, ...article.turns.flatMap((turn) => turnLines(turn, article.turnStyle))];
}

export interface LaidPages {
  /** Lines of each page, in page order. */
  pages: string[][];
  /** Articles that jump to a later page. */
  jumps: Set<ArticleModel>;
}

/**
 * Each page's articles as lines; the last article of a page now and then
 * jumps to a later page (`（下转第3版）` … `（上接第1版）`).
 */
export function layPages(issue: IssueModel, random: Random, options: { jumpShare: number }): LaidPages {
  const pages = issue.pages.map(() => ({ head: [] as string[], lines: [] as string[] }));
  const jumps = new Set<ArticleModel>();
  const count = issue.pages.length;
  for (const [index, page] of issue.pages.entries()) {
    for (const [k, article] of page.articles.entries()) {
      const body = bodyLines(article);
      const lines = [...titleLines(article)];
      const last = k === page.articles.length - 1;
      if (last && index < count - 1 && article.kind === 'article' && body.length >= 3 && random.chance(options.jumpShare)) {
        const target = random.int(index + 1, count - 1);
        const cut = body.length - 1;
        const [to, from] = random.chance(0.5)
          ? [`（下转第${target + 1}版）`, `（上接第${index + 1}版）`]
          : [`（下转${target + 1}版）`, `（上接${index + 1}版）`];
        const kept = body.slice(0, cut);
        if (random.chance(0.5)) kept.push(to);
        else kept[kept.length - 1] = `${kept.at(-1) ?? ''}${to}`;
        pages[target]!.head.push(`${from}${body[cut] ?? ''}`);
        lines.push(...kept);
        jumps.add(article);
      } else lines.push(...body);
      pages[index]!.lines.push(...lines);
    }
  }
  return { pages: pages.map((page) => [...page.head, ...page.lines]), jumps };
}

export async function writeText(out: string, relative: string, content: string | Uint8Array): Promise<void> {
  const file = path.join(out, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

/** Join lines with a blank line between paragraphs, or one line each. */
export function joinLines(lines: string[], blank: boolean): string {
  return `${lines.join(blank ? '\n\n' : '\n')}\n`;
}

/** Lead-ins of a first paragraph. */
export const LEAD_INS = {
  none: (): string => '',
  bracket: (reporter: string): string => `本报讯（记者 ${reporter}）`,
  plain: (reporter: string): string => `本报讯 记者${reporter}报道 `,
  xinhua: (reporter: string, date: string): string => `新华社北京${dateParts(date).month}月${dateParts(date).day}日电（记者 ${reporter}）`,
  xinhuaPlain: (_reporter: string, date: string): string => `新华社北京${dateParts(date).month}月${dateParts(date).day}日电 `,
};

/** `2` → `02`. */
export const pad = (value: number): string => String(value).padStart(2, '0');
