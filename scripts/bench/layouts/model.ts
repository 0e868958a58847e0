/**
 * The layout-neutral model of a generated issue: pages of articles and
 * transcripts made from real stories, with the traps ("slips") real archives
 * have planted at random. A family renders the model in its own conventions;
 * `truthOf` turns the same model into the truth beside the raw files.
 */
import { ROUNDUP_NAME, type Corpus, type Story } from '../corpus.ts';
import { Random } from '../random.ts';
import type { FamilyOptions } from './family.ts';
import type { Truth, TruthArticle, TruthIssue } from './truth.ts';

/** One question and its answer. */
export interface Turn {
  asker: string;
  question: string;
  respondent: string;
  answer: string[];
  /** Topic and headline printed above the question (press conferences). */
  topic?: string;
  headline?: string;
}

/** How a transcript prints its turns. */
export type TurnStyle =
  /** `中央广播电视总台央视记者：` on its own line, then the question; the answer opens `王毅：`. */
  | 'press'
  /** `问：…` / `答：…`. */
  | 'wen-da'
  /** `记者：…` (or `記者：`) / `某某：…`. */
  | 'reporter'
  /** `主持人：…` / `某某：…`. */
  | 'host'
  /** `**问**：…` / `**答**：…`. */
  | 'bold';

export interface ArticleModel {
  kind: 'article' | 'qa';
  kicker?: string;
  title: string;
  subtitle?: string;
  byline?: string;
  /** A `提要` line under the title block. */
  summary?: string;
  /** Paragraphs as printed; the first is the lead. Verse lines are single entries. */
  body: string[];
  turns: Turn[];
  turnStyle: TurnStyle;
  slips: string[];
  /** A roundup printed under its name (`国内联播快讯`): its items under their own headlines are articles of their own (`truthOf`). */
  roundup?: true;
}

export interface PageModel {
  page: number;
  label: string;
  articles: ArticleModel[];
}

export interface IssueModel {
  paper: string;
  date: string;
  pages: PageModel[];
}

export interface IssueOptions {
  paper: string;
  date: string;
  pages: [number, number];
  articlesPerPage: [number, number];
  /** Share of transcripts and interviews. */
  qaShare: number;
  /** Plant the slips (headline endings, kickers, 提要, long subtitles, verse, 记者： bylines). */
  slips: boolean;
  /** Title blocks with kickers, subtitles and byline lines (a digest has none). */
  titleBlocks: boolean;
  /** Lead-ins to choose from for an article's first paragraph (`本报讯（记者 张三）`); `''` for none. */
  leadIns: ReadonlyArray<(reporter: string, date: string) => string>;
  turnStyles: readonly TurnStyle[];
}

const RUBRICS = ['要闻', '综合新闻', '经济', '民生', '文化', '国际', '体育', '科技'];
const OUTLETS = ['中央广播电视总台央视记者', '《人民日报》记者', '新华社记者', '路透社记者', '凤凰卫视记者', '本报记者'];
const RESPONDENTS = ['李建华', '王志强', '张丽萍', '陈国栋', '刘晓明', '赵文博'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['明', '芳', '强', '静', '磊', '洋', '敏', '军', '杰', '娜', '涛', '超'];
const COLUMN_TAGS = ['（记者手记）', '（新闻观察）', '（评论员文章）'];
const KICKERS = ['聚焦全国两会', '高质量发展调研行', '新春走基层', '奋进新征程 建功新时代', '一线见闻'];

export const chars = (text: string): string[] => Array.from(text);
export const first = (text: string, count: number): string => chars(text).slice(0, count).join('');

/**
 * The leading whole phrases of a headline that fit in `max` characters: cut
 * at a space, comma, 、 or dash outside brackets and quotes, never inside a
 * word, as a paper prints a kicker, a subtitle or a shortened headline. The
 * whole text when it fits; `undefined` when its first phrase is longer than
 * `max` or shorter than `min`.
 */
export function phrases(text: string, max: number, min = 2): string | undefined {
  const all = chars(text);
  if (all.length <= max) return all.length >= min ? text : undefined;
  let depth = 0;
  let best: string | undefined;
  for (const [index, char] of all.entries()) {
    if (index > max) break;
    if (CLOSERS[char] !== undefined) depth += 1;
    else if (Object.values(CLOSERS).includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === ' ' || char === '，' || char === '、' || (char === '—' && all[index + 1] === '—'))) {
      const part = all.slice(0, index).join('').trim();
      if (chars(part).length >= min) best = part;
    }
  }
  return best;
}

/**
 * A two-part headline (`习近平在江苏考察时强调 因地制宜发展新质生产力`) as a
 * paper prints it in two lines: the first part a kicker (引题) of at most 16
 * characters over the rest, the headline. `undefined` when it has no such parts.
 */
function splitHead(title: string): [kicker: string, headline: string] | undefined {
  const kicker = phrases(title, 16, 4);
  if (kicker === undefined || kicker === title || /[，、—]$/u.test(kicker)) return undefined;
  const rest = chars(title).slice(chars(kicker).length).join('');
  if (!rest.startsWith(' ')) return undefined;
  const headline = rest.trim();
  return chars(headline).length >= 4 ? [kicker, headline] : undefined;
}

/**
 * Paragraphs cut from a story, without the sub-headings left at the end of
 * the cut: no article ends on a sub-heading with no text under it.
 */
function withoutTrailingHeadings(paragraphs: string[]): string[] {
  const kept = [...paragraphs];
  while (kept.length > 0 && isHeadingLike(kept.at(-1)!)) kept.pop();
  return kept;
}

/** A roundup: a name such as `国内联播快讯`, or items under their own headings from the first line on. */
function isRoundup(story: Story): boolean {
  return ROUNDUP_NAME.test(story.title) || isHeadingLike(story.paragraphs[0] ?? '');
}

/** A short line with no sentence end: a story's own sub-heading (an item of a 快讯). */
function isHeadingLike(paragraph: string): boolean {
  return chars(paragraph).length <= 40 && !/[。！？；…”’」』）)]$/u.test(paragraph);
}

/** An item's headline in a roundup's text: heading-like, and no verse line (`圣彼得堡原名列宁格勒，`, the `poem` slip). */
function isItemHeadline(paragraph: string): boolean {
  return isHeadingLike(paragraph) && !/[，、：；:;,]$/u.test(paragraph);
}

/** A story title as a headline: no sentence end, at most 30 characters. */
export function headline(text: string): string {
  const cut = first(text.replace(/[。！？；：\s]+$/u, '').replace(/\s+/gu, ' '), 30).replace(/[，、：；—\s]+$/u, '');
  return closeBrackets(cut);
}

const CLOSERS: Record<string, string> = { '《': '》', '“': '”', '（': '）', '【': '】', '「': '」' };

/** A headline cut at 30 characters inside 《…》 or “…” gets its closing marks back. */
function closeBrackets(text: string): string {
  const open: string[] = [];
  for (const char of chars(text)) {
    if (CLOSERS[char] !== undefined) open.push(CLOSERS[char]);
    else if (open.at(-1) === char) open.pop();
  }
  return text + open.reverse().join('');
}

export class IssueMaker {
  readonly random: Random;
  readonly #corpus: Corpus;
  #story: number;

  /** @param salt — the family's name, so that families with one seed draw different stories. */
  constructor(corpus: Corpus, seed: number, salt = '') {
    const mixed = chars(salt).reduce((hash, char) => (Math.imul(hash, 31) + char.codePointAt(0)!) >>> 0, seed >>> 0);
    this.#corpus = corpus;
    this.random = new Random(mixed);
    this.#story = mixed % corpus.stories.length;
  }

  story(): Story {
    const stories = this.#corpus.stories;
    this.#story = (this.#story + 1 + this.random.int(0, 3)) % stories.length;
    return stories[this.#story]!;
  }

  name(): string {
    return `${this.random.pick(SURNAMES)}${this.random.pick(GIVEN)}${this.random.chance(0.3) ? this.random.pick(GIVEN) : ''}`;
  }

  issue(options: IssueOptions): IssueModel {
    const random = this.random;
    const pageCount = random.int(...options.pages);
    const titles = new Set<string>();
    const pages: PageModel[] = [];
    for (let page = 1; page <= pageCount; page += 1) {
      const articles: ArticleModel[] = [];
      const count = random.int(...options.articlesPerPage);
      for (let k = 0; k < count; k += 1) {
        const article = random.chance(options.qaShare) ? this.transcript(options) : this.article(options);
        // Titles are unique inside an issue, so that the measurement can match by title.
        if (titles.has(article.title)) continue;
        titles.add(article.title);
        articles.push(article);
      }
      pages.push({ page, label: random.pick(RUBRICS), articles });
    }
    return { paper: options.paper, date: options.date, pages };
  }

  article(options: IssueOptions): ArticleModel {
    const random = this.random;
    const story = this.story();
    const slips: string[] = [];
    let title = headline(story.title);
    // A roundup (a name such as 国内联播快讯, or items under their own headings)
    // prints its name as it is, and its first item opens on the item's heading,
    // not on a lead-in.
    const roundup = isRoundup(story);
    const slip = options.slips && random.chance(0.3) ? random.pick(['title-quote', 'title-exclaim', 'title-book', 'title-column-tag'] as const) : undefined;
    if (slip !== undefined && !roundup) {
      slips.push(slip);
      if (slip === 'title-quote') title = `${random.pick(RESPONDENTS)}：“${this.headPhrase((text) => phrases(text, 14, 4)) ?? '奋斗创造美好生活'}”`;
      else if (slip === 'title-exclaim') title = `${phrases(title, 20) ?? title}！`;
      else if (slip === 'title-book') title = `走进《${phrases(title, 16) ?? title}》`;
      else title = `${phrases(title, 20) ?? title}${random.pick(COLUMN_TAGS)}`;
    }
    const model: ArticleModel = { kind: 'article', title, body: [], turns: [], turnStyle: 'press', slips };
    if (ROUNDUP_NAME.test(story.title)) model.roundup = true;
    if (options.titleBlocks) this.titleBlock(model, options, roundup);
    const leadIn = random.pick(options.leadIns)(this.name(), options.date);
    const lead = roundup ? '' : leadIn;
    const [opening = '', ...rest] = story.paragraphs;
    model.body = [`${lead}${opening}`, ...withoutTrailingHeadings(rest.slice(0, random.int(1, 4)))];
    if (options.slips && random.chance(0.12)) {
      slips.push('poem');
      model.body.splice(1, 0, ...this.verse());
    }
    return model;
  }

  /**
   * A story whose headline can lend a kicker or a subtitle, or head a
   * transcript: not a roundup (`国内联播快讯`), whose name papers print as a
   * headline over its items, never as a kicker or subtitle of another story.
   */
  headStory(): Story {
    let story = this.story();
    for (let tries = 0; tries < 20 && isRoundup(story); tries += 1) story = this.story();
    return story;
  }

  /** A line cut from another story's headline by `cut` (whole phrases), trying a few stories; `undefined` when none fits. */
  headPhrase(cut: (text: string) => string | undefined): string | undefined {
    for (let tries = 0; tries < 10; tries += 1) {
      const line = cut(headline(this.headStory().title));
      if (line !== undefined) return line;
    }
    return undefined;
  }

  /**
   * Kicker, subtitle, byline and 提要 around the headline. A roundup's name
   * (`国际联播快讯`) takes no subtitle: a paper prints its items under it,
   * not another story's headline.
   */
  titleBlock(model: ArticleModel, options: IssueOptions, roundup = false): void {
    const random = this.random;
    if (random.chance(options.slips ? 0.25 : 0.1)) {
      const split = random.chance(0.5) ? splitHead(model.title) : undefined;
      if (split) [model.kicker, model.title] = split;
      else model.kicker = random.pick(KICKERS);
      if (options.slips) model.slips.push('kicker');
    }
    const roll = random.next();
    if (roundup) {
      // No subtitle.
    } else if (options.slips && roll < 0.1) {
      const long = headline(this.headStory().title);
      model.subtitle = chars(long).length >= 28 ? `——${long}` : `——${long}，${headline(this.headStory().title)}`;
      if (chars(model.subtitle).length >= 30) model.slips.push('long-subtitle');
    } else if (roll < 0.2) {
      const long = headline(this.headStory().title);
      model.subtitle = `——${phrases(long, 20) ?? long}`;
    } else if (roll < 0.25) {
      const long = headline(this.headStory().title);
      model.subtitle = phrases(long, 18) ?? long;
    }
    const bylineRoll = random.next();
    if (options.slips && bylineRoll < 0.08) {
      model.byline = `记者：${this.name()} ${this.name()}`;
      model.slips.push('byline-colon');
    } else if (bylineRoll < 0.45) model.byline = random.chance(0.6) ? `本报记者　${this.name()}` : `本报记者 ${this.name()} 通讯员 ${this.name()}`;
    if (options.slips && random.chance(0.1)) {
      model.summary = `提要：${first(this.story().paragraphs[0] ?? '', 40)}。`;
      model.slips.push('summary');
    }
  }

  /** Four verse lines from real clauses, each ending in `，`, the last in `。`. */
  verse(): string[] {
    const clauses = this.story()
      .paragraphs.join('，')
      .split(/[，。；！？]/u)
      .filter((clause) => chars(clause).length >= 5 && chars(clause).length <= 12);
    const lines = clauses.slice(0, 4);
    while (lines.length < 4) lines.push('山河无恙人间皆安');
    return lines.map((line, index) => `${line}${index === 3 ? '。' : '，'}`);
  }

  transcript(options: IssueOptions): ArticleModel {
    const random = this.random;
    const style = random.pick(options.turnStyles);
    const respondent = random.pick(RESPONDENTS);
    // A transcript's title and opening paragraph come from one story, not from a roundup's name and first item heading.
    const story = this.headStory();
    const interview = style === 'wen-da' || style === 'reporter' || style === 'bold';
    const model: ArticleModel = {
      kind: 'qa',
      title: headline(story.title),
      body: [story.paragraphs[0] ?? ''],
      turns: [],
      turnStyle: style,
      slips: [`turns-${style}`],
    };
    if (options.titleBlocks) {
      if (style === 'press') model.kicker = random.pick(['新闻发布会', '2024全国两会特别报道']);
      if (interview || style === 'host') model.subtitle = `——访市发展改革委主任${respondent}`;
      if (random.chance(0.5)) model.byline = `本报记者　${this.name()}`;
    }
    if (style === 'press' && random.chance(0.4)) model.body.push(`${respondent}：各位记者朋友，大家好。下面我愿回答大家的提问。`);
    const count = random.int(2, 5);
    for (let q = 0; q < count; q += 1) {
      const topic = this.headStory();
      const asker =
        style === 'press' ? random.pick(OUTLETS) : style === 'wen-da' || style === 'bold' ? '问' : style === 'host' ? '主持人' : random.pick(['记者', '記者']);
      const turn: Turn = {
        asker,
        question: `${(topic.paragraphs[0] ?? '').replace(/[。！？]?$/u, '')}，请问下一步有什么打算？`,
        respondent,
        // An answer is spoken text: a story's sub-headings (a roundup's items) are not part of it.
        answer: topic.paragraphs
          .slice(1)
          .filter((paragraph) => !isHeadingLike(paragraph))
          .slice(0, random.int(1, 3)),
      };
      if (turn.answer.length === 0) turn.answer.push(topic.paragraphs[0] ?? '');
      if (style === 'press' && random.chance(0.6)) {
        const label = phrases(headline(topic.title), 8, 2);
        if (label !== undefined) turn.topic = label;
        turn.headline = headline(this.headStory().title);
      }
      model.turns.push(turn);
    }
    return model;
  }
}

/**
 * A roundup's items, each as an article of its own under the roundup's name as its kicker, as a reader counts them: the
 * items under their own headlines (`isItemHeadline`) when the roundup's text opens on one and nothing but a byline stands
 * between its name and that headline (a kicker over the name is the whole roundup's, not an item's); `undefined` for any
 * other article (the roundup's text under its name alone is one).
 */
export function roundupItems(article: ArticleModel): ArticleModel[] | undefined {
  if (!article.roundup || article.subtitle !== undefined || article.summary !== undefined) return undefined;
  if (article.kind !== 'article' || !isItemHeadline(article.body[0] ?? '')) return undefined;
  const items: ArticleModel[] = [];
  for (const paragraph of article.body) {
    const item = items.at(-1);
    if (isItemHeadline(paragraph) || item === undefined) {
      const opened: ArticleModel = {
        kind: 'article',
        kicker: article.title,
        title: paragraph,
        body: [],
        turns: [],
        turnStyle: 'press',
        slips: [...article.slips, 'roundup-item'],
      };
      // A byline under the roundup's name stands over its first item.
      if (items.length === 0 && article.byline !== undefined) opened.byline = article.byline;
      items.push(opened);
    } else item.body.push(paragraph);
  }
  return items;
}

/** The truth of one issue as the family printed it. */
export function truthOf(issue: IssueModel, files: string[], jumps: ReadonlySet<ArticleModel> = new Set()): TruthIssue {
  const articles: TruthArticle[] = [];
  for (const page of issue.pages) {
    // (A roundup's jump to a later page carries its last paragraph: its last item's.)
    const printed = page.articles.flatMap(
      (article) =>
        roundupItems(article)?.map((item, k, items) => ({ item, jumped: k === items.length - 1 ? article : undefined })) ?? [
          { item: article, jumped: article },
        ],
    );
    for (const [index, { item: article, jumped }] of printed.entries()) {
      const truth: TruthArticle = {
        page: page.page,
        order: index + 1,
        title: article.title,
        lead: first(article.body[0] ?? '', 20),
        paragraphs: article.body.length + article.turns.reduce((sum, turn) => sum + 1 + turn.answer.length, 0) + (article.summary ? 1 : 0),
        kind: article.kind,
        slips: jumped !== undefined && jumps.has(jumped) ? [...article.slips, 'jump'] : article.slips,
      };
      if (article.kicker !== undefined) truth.kicker = article.kicker;
      if (article.subtitle !== undefined) truth.subtitle = article.subtitle;
      if (article.byline !== undefined) truth.byline = article.byline;
      if (article.kind === 'qa') truth.questions = article.turns.map((turn) => ({ asker: turn.asker, question: first(turn.question, 20) }));
      articles.push(truth);
    }
  }
  return { paper: issue.paper, date: issue.date, files, articles };
}

/** Every string of the issue through `convert` (Traditional script, Big5-safe characters). */
export function mapIssue(issue: IssueModel, convert: (text: string) => string): IssueModel {
  const article = (model: ArticleModel): ArticleModel => {
    const out: ArticleModel = {
      ...model,
      title: convert(model.title),
      body: model.body.map(convert),
      turns: model.turns.map((turn) => {
        const mapped: Turn = {
          asker: convert(turn.asker),
          question: convert(turn.question),
          respondent: convert(turn.respondent),
          answer: turn.answer.map(convert),
        };
        if (turn.topic !== undefined) mapped.topic = convert(turn.topic);
        if (turn.headline !== undefined) mapped.headline = convert(turn.headline);
        return mapped;
      }),
    };
    // The optional fields are copied by the spread; only the present ones are converted.
    for (const key of ['kicker', 'subtitle', 'byline', 'summary'] as const) {
      const value = model[key];
      if (value !== undefined) out[key] = convert(value);
    }
    return out;
  };
  return {
    paper: convert(issue.paper),
    date: issue.date,
    pages: issue.pages.map((page) => ({ ...page, label: convert(page.label), articles: page.articles.map(article) })),
  };
}

/** Consecutive dates from `start`. */
export function dates(start: string, count: number): string[] {
  const base = new Date(`${start}T00:00:00Z`).getTime();
  return Array.from({ length: count }, (_, day) => new Date(base + day * 86_400_000).toISOString().slice(0, 10));
}

/**
 * What every family does around its own layout: one IssueMaker (one random
 * sequence) for the run, one issue a day from `start`, each written by
 * `write`, which returns the issue's truth.
 */
export async function writeIssues(
  family: string,
  options: FamilyOptions,
  start: string,
  write: (date: string, maker: IssueMaker) => Promise<TruthIssue>,
): Promise<Truth> {
  const maker = new IssueMaker(options.corpus, options.seed, family);
  const truth: Truth = { family, seed: options.seed, corpus: options.corpus.source, issues: [] };
  for (const date of dates(start, options.issues)) truth.issues.push(await write(date, maker));
  return truth;
}
