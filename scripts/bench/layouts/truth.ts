/**
 * What a layout family's `truth.json` holds: every issue it wrote and every
 * article in it, as printed, so that a measurement can tell how well ingest
 * found them. Strings are as printed (Traditional in a Traditional paper).
 */

/** One question of a transcript or interview. */
export interface TruthQuestion {
  /** The asker as printed, without markup and colon (`中央广播电视总台央视记者`, `问`, `主持人`). */
  asker: string;
  /** The question's first 20 characters. */
  question: string;
}

export interface TruthArticle {
  /** Page the article starts on (1 when the layout does not say). */
  page: number;
  /** 1-based order among the articles starting on that page. */
  order: number;
  /** 引题: the line printed above the headline. */
  kicker?: string;
  title: string;
  /** As printed, with its `——` when it has one. */
  subtitle?: string;
  byline?: string;
  /** The first paragraph's first 20 characters. */
  lead: string;
  /** Body paragraphs as printed (title block, figures and jump markers left out; a verse line counts as one). */
  paragraphs: number;
  kind: 'article' | 'qa';
  /** For `qa`: every question in order. */
  questions?: TruthQuestion[];
  /** The traps planted in this article (`title-quote`, `kicker`, `poem`, `jump`, …). */
  slips: string[];
}

export interface TruthIssue {
  /** The paper's name as printed. */
  paper: string;
  /** `YYYY-MM-DD`. */
  date: string;
  /** Raw files of the issue, relative to the family's input folder. */
  files: string[];
  articles: TruthArticle[];
}

export interface Truth {
  family: string;
  seed: number;
  corpus: string;
  issues: TruthIssue[];
}
