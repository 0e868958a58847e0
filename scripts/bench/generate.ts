/**
 * Generate a realistic raw archive in the seed's layout from real news
 * sentences: daily issues of 4–8 pages, several sections a page, about one
 * section in ten a transcript or interview, jump markers between pages, half
 * the issues one file per page and half one file per issue, a share of
 * GB18030 and of a Traditional-Chinese weekly (Big5), CRLF here and there,
 * and a few bad files. The same seed gives the same archive, byte for byte.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import { lunarDate } from '../ingest/checks/lunar-date.ts';
import type { Corpus, Story } from './corpus.ts';
import { Random } from './random.ts';

export interface GenerateOptions {
  issues: number;
  out: string;
  seed?: number;
  /** First day of the archive. */
  start?: string;
}

export interface Generated {
  files: number;
  bytes: number;
  issues: number;
  badFiles: number;
  /** Dates of the main paper, in order (the last is where "one new issue" follows). */
  lastDate: string;
}

const PAPERS = {
  main: { name: '运河日报', slug: 'yunheribao', traditional: false },
  weekly: { name: '港島週報', slug: 'gangdaozhoubao', traditional: true },
};
const NUMERALS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六'];
const RUBRICS = ['要闻', '综合新闻', '经济', '民生', '文化', '国际', '体育', '科技'];
const OUTLETS = ['新华社', '人民日报', '中央广播电视总台', '中国日报', '《北京青年报》', '凤凰卫视', '路透社', '彭博社', '本报'];
const RESPONDENTS = ['李建华', '王志强', '张丽萍', '陈国栋', '刘晓明', '赵文博'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['明', '芳', '强', '静', '磊', '洋', '敏', '军', '杰', '娜', '涛', '超'];

export class ArchiveGenerator {
  readonly #corpus: Corpus;
  readonly #random: Random;
  readonly #toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  #story = 0;

  constructor(corpus: Corpus, seed = 1) {
    this.#corpus = corpus;
    this.#random = new Random(seed);
    this.#story = seed % corpus.stories.length;
  }

  async generate(options: GenerateOptions): Promise<Generated> {
    const result: Generated = { files: 0, bytes: 0, issues: 0, badFiles: 0, lastDate: '' };
    const start = new Date(`${options.start ?? '2015-01-01'}T00:00:00Z`);
    for (let day = 0; result.issues < options.issues; day += 1) {
      const date = new Date(start.getTime() + day * 86_400_000).toISOString().slice(0, 10);
      await this.writeIssue(options.out, 'main', date, result);
      result.lastDate = date;
      if (day % 7 === 6 && result.issues < options.issues) await this.writeIssue(options.out, 'weekly', date, result);
      if (result.issues % 120 === 60) await this.writeBadFile(options.out, date, result);
    }
    return result;
  }

  /** One issue of a paper: its pages as one file per page or one file per issue. */
  async writeIssue(out: string, which: keyof typeof PAPERS, date: string, result: Generated): Promise<void> {
    const paper = PAPERS[which];
    const random = this.#random;
    const pageCount = random.int(4, 8);
    const pages = this.pages(pageCount);
    const convert = (text: string): string => (paper.traditional ? this.#toTraditional(text) : text);
    const folder = path.join(out, paper.slug, date.slice(0, 4), date.slice(5, 7));
    const dateline = this.dateline(date, pageCount, paper.traditional);
    const [year, month, day] = date.split('-').map(Number);
    const shortDate = `${year}年${month}月${day}日`;
    if (random.chance(0.5)) {
      const text = [paper.name, dateline, ...pages.flatMap((page, index) => [`第${index + 1}版 ${page.label}`, ...page.lines])].join('\n\n');
      await this.write(folder, `${date}.txt`, convert(text), paper.traditional, result);
    } else {
      for (const [index, page] of pages.entries()) {
        const header = index === 0 ? dateline : shortDate;
        const text = [paper.name, header, `第${index + 1}版`, ...page.lines].join('\n\n');
        await this.write(folder, `${date}-p${index + 1}.txt`, convert(text), paper.traditional, result);
      }
    }
    result.issues += 1;
  }

  /** The pages' lines, with one article in three jumping to a later page. */
  pages(count: number): Array<{ label: string; lines: string[] }> {
    const random = this.#random;
    const pages = Array.from({ length: count }, () => ({ label: random.pick(RUBRICS), lines: [] as string[], continued: [] as string[] }));
    for (const [index, page] of pages.entries()) {
      const sections = random.int(3, 5);
      for (let k = 0; k < sections; k += 1) {
        const roll = random.next();
        const lines = roll < 0.06 ? this.transcript() : roll < 0.1 ? this.interview() : this.article();
        const target = random.int(index + 1, count - 1);
        if (k === sections - 1 && index < count - 1 && random.chance(0.35) && lines.length > 4) {
          const cut = lines.length - 2;
          const tail = lines.slice(cut);
          pages[target]!.continued.push(`（上接${index + 1}版）${tail[0]}`, ...tail.slice(1));
          page.lines.push(...lines.slice(0, cut - 1), `${lines[cut - 1]}（下转${target + 1}版）`);
        } else page.lines.push(...lines);
      }
    }
    return pages.map((page) => ({ label: page.label, lines: [...page.continued, ...page.lines] }));
  }

  article(): string[] {
    const story = this.nextStory();
    const random = this.#random;
    const lines: string[] = [];
    if (random.chance(0.2)) lines.push(`${random.pick(RUBRICS)}·${random.pick(['关注', '聚焦', '速览'])}`);
    lines.push(title(story.title));
    if (random.chance(0.1)) lines.push(`——${title(this.nextStory().title)}`);
    const [first = '', ...rest] = story.paragraphs;
    lines.push(`本报讯（记者 ${this.name()}）${first}`, ...rest);
    return lines;
  }

  transcript(): string[] {
    const random = this.#random;
    const respondent = random.pick(RESPONDENTS);
    const story = this.nextStory();
    const lines = [
      '新闻发布会',
      `市政府新闻办负责人${respondent}答记者问`,
      title(story.title),
      story.paragraphs[0] ?? '',
      `${respondent}：各位记者朋友，大家好。下面我愿回答大家的提问。`,
    ];
    const questions = random.int(3, 6);
    for (let q = 0; q < questions; q += 1) {
      const topic = this.nextStory();
      lines.push(Array.from(title(topic.title)).slice(0, 4).join(''), title(topic.title));
      lines.push(`${random.pick(OUTLETS)}记者：`, `${(topic.paragraphs[0] ?? '').replace(/[。！？]?$/u, '')}，请问下一步有什么打算？`);
      lines.push(`${respondent}：${topic.paragraphs[1] ?? topic.paragraphs[0] ?? ''}`, ...topic.paragraphs.slice(2, 4));
    }
    return lines;
  }

  interview(): string[] {
    const respondent = this.#random.pick(RESPONDENTS);
    const story = this.nextStory();
    const lines = ['访谈', title(story.title), `——访市发展改革委主任${respondent}`, `本报记者　${this.name()}`, story.paragraphs[0] ?? ''];
    for (const paragraph of story.paragraphs.slice(1, 5)) {
      lines.push(
        `问：${Array.from(paragraph)
          .slice(0, 18)
          .join('')
          .replace(/[，。、；]$/u, '')}，您怎么看？`,
        `答：${paragraph}`,
      );
    }
    return lines;
  }

  dateline(date: string, pageCount: number, traditional: boolean): string {
    const [year, month, day] = date.split('-').map(Number);
    const weekday = WEEKDAYS[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
    return `${year}年${month}月${day}日 星期${weekday} ${traditional ? '農曆' : '农历'}${lunarDate(date)} 今日${NUMERALS[pageCount]!}版`;
  }

  async writeBadFile(out: string, date: string, result: Generated): Promise<void> {
    const folder = path.join(out, 'incoming');
    const kind = result.badFiles % 3;
    const bytes =
      kind === 0
        ? Buffer.alloc(0)
        : kind === 1
          ? Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02])
          : Buffer.from('这份文件没有报头和日期，只有一行说明。\n');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, `${date}-bad-${result.badFiles}.txt`), bytes);
    result.badFiles += 1;
    result.files += 1;
    result.bytes += bytes.length;
  }

  /** Encode as the archive would hold it: GB18030 or CRLF now and then; Big5 for the Traditional weekly. */
  async write(folder: string, name: string, text: string, traditional: boolean, result: Generated): Promise<void> {
    const random = this.#random;
    let bytes: Buffer;
    if (traditional) {
      const big5 = iconv.encode(text, 'big5');
      bytes = iconv.decode(big5, 'big5') === text ? big5 : Buffer.from(text, 'utf8');
    } else if (random.chance(0.1)) bytes = iconv.encode(text, 'gb18030');
    else if (random.chance(0.05)) bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replaceAll('\n', '\r\n'), 'utf8')]);
    else bytes = Buffer.from(text, 'utf8');
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, name), bytes);
    result.files += 1;
    result.bytes += bytes.length;
  }

  nextStory(): Story {
    const stories = this.#corpus.stories;
    this.#story = (this.#story + 1 + this.#random.int(0, 3)) % stories.length;
    return stories[this.#story]!;
  }

  name(): string {
    return `${this.#random.pick(SURNAMES)}${this.#random.pick(GIVEN)}`;
  }
}

/** A story title as a headline: no sentence end, at most 30 characters. */
function title(text: string): string {
  return Array.from(text.replace(/[。！？；：\s]+$/u, '').replace(/\s+/gu, ' '))
    .slice(0, 30)
    .join('')
    .replace(/[，、：；\s]+$/u, '');
}
