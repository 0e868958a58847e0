/**
 * The front matter of the three content collections: one Zod definition,
 * from which the Astro collections (src/content.config.ts) load and against
 * which ingest checks what it writes. Field names are the contract between
 * ingest, the site, the search index and the build in parts.
 */
import { z } from 'astro/zod';

const source = z.object({
  /** Raw file path relative to the input folder. */
  file: z.string(),
  /** sha256 of the raw file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/u),
  /** Page number the file holds. */
  page: z.number().int().positive(),
  /** When a web crawl captured it (`WARC-Date`, ISO 8601, UTC), for a page taken out of a crawl (`file` is then `crawl.warc.gz#<address>`). */
  captured: z.string().optional(),
});

const paperFields = {
  /** The paper's name as printed in the masthead. */
  paper: z.string(),
  /** ASCII id of the paper (toneless pinyin of the masthead). */
  paperSlug: z.string(),
  /** Issue date, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
  /**
   * The issue prints its month and no day (`2024年4月（总第58期）`, a monthly's, a campus or village paper's): `date` is the
   * month's first day, which it does not print; the site shows and cites the month (`formatIssueDate`).
   */
  monthOnly: z.literal(true).optional(),
};

/**
 * Where ingest took a fact from, when not from the text's own date line or
 * masthead: a `credit` line, `frontmatter`, the file `path`, the
 * configuration (`config`), the other pages of its `issue` in the folder,
 * the `address` a page was saved from, the `folder`'s name. Ingest's
 * `FactSource` is this list and `text`.
 */
export const FACT_SOURCES = ['credit', 'frontmatter', 'field', 'path', 'config', 'issue', 'address', 'folder'] as const;

/** An issue: `issues/<paper>/<date>.md`. */
export const issueSchema = z.object({
  ...paperFields,
  /** Weekday as printed (`星期五`). */
  weekday: z.string().optional(),
  /** Lunar date as printed, without the 农历 prefix (`甲辰年正月廿八`). */
  lunarDate: z.string().optional(),
  /** Page count declared in the date line (`今日四版` → 4). */
  pageCount: z.number().int().positive().optional(),
  /** Pages present in the archive, sorted. */
  pages: z.array(z.number().int().positive()),
  /**
   * Those of `pages` whose number no source printed or named (articles saved with no page, page files numbered by their
   * order): they only place the sections, and the site cites no page for them (`pages.ts` `shownPage`).
   */
  unpaged: z.array(z.number().int().positive()).optional(),
  /** Masthead lines kept verbatim (distribution channels, registration numbers). */
  masthead: z.array(z.string()).default([]),
  /** The raw files the issue was built from. */
  sources: z.array(
    source.extend({
      /** Detected encoding and line endings. */
      encoding: z.string().optional(),
      /** The file's date line as printed. */
      dateLine: z.string().optional(),
      /** Where the date came from when not from a date line in the text (`FACT_SOURCES`). */
      dateFrom: z.enum(FACT_SOURCES).optional(),
      /** The file's page header as printed (`第2版`). */
      pageHeader: z.string().optional(),
    }),
  ),
  sectionCount: z.number().int().nonnegative(),
  qaCount: z.number().int().nonnegative(),
  /** The script the issue is printed in. */
  printed: z.enum(['hans', 'hant']),
  /** Names its Q&A entries are indexed under (URL slugs are made over every issue's names). */
  outlets: z.array(z.string()).default([]),
  respondents: z.array(z.string()).default([]),
  topics: z.array(z.string()).default([]),
});

/** A section (article, transcript, interview): `sections/<paper>/<date>/p<page>-<nn>.md`. */
export const sectionSchema = z.object({
  /** Id of the issue entry. */
  issue: z.string(),
  ...paperFields,
  /** Page the section starts on (a lettered page, `B02`, as `pages.ts` keeps it: 2002). */
  page: z.number().int().positive(),
  /** Every page the section runs over (stitched by jump markers). */
  pages: z.array(z.number().int().positive()),
  /** The page is one no source numbered (its issue's `unpaged`): it only places the section, and no page is cited. */
  unpaged: z.literal(true).optional(),
  /** Order among the sections starting on the same page. */
  order: z.number().int().positive(),
  /** `qa` for transcripts and interviews, `article` otherwise. */
  kind: z.enum(['article', 'qa']),
  /** Banner printed above the headline (`2024全国两会特别报道`). */
  rubric: z.string().optional(),
  /**
   * An item of a news roundup (`本市快讯`, its name the `rubric`): the item's place among the roundup's items, 1 for the
   * first. The name is printed once, over the first item.
   */
  roundupItem: z.number().int().positive().optional(),
  /** Headline; absent for a continuation whose start is not in the archive. */
  title: z.string().optional(),
  subtitle: z.string().optional(),
  /** Further subtitle lines. */
  subtitles: z.array(z.string()).optional(),
  byline: z.string().optional(),
  /** Summary lines printed with the headline (`提要：…`). */
  summary: z.string().optional(),
  /** Lines that are not the article's text, kept as printed: images and HTML blocks of an export, structure lines (`目录`, update stamps, editors). */
  extras: z.array(z.string()).optional(),
  /** Page the rest is printed on, when that page is not in the archive. */
  continuedTo: z.number().int().positive().optional(),
  /** Page the start is printed on, when that page is not in the archive. */
  continuedFrom: z.number().int().positive().optional(),
  respondents: z.array(z.string()).optional(),
  qaCount: z.number().int().positive().optional(),
  sources: z.array(source.extend({ /** First and last source line. */ lines: z.tuple([z.number(), z.number()]) })),
});

/** One question and its answer: `qa/<paper>/<date>/p<page>-<nn>-q<nn>.md`. */
export const qaSchema = z.object({
  /** Id of the issue entry. */
  issue: z.string(),
  /** Id of the section entry (the whole transcript). */
  section: z.string(),
  ...paperFields,
  /** 1-based position in the transcript. */
  order: z.number().int().positive(),
  /** Page the question is printed on. */
  page: z.number().int().positive(),
  /** The page is one no source numbered (its issue's `unpaged`): no page is cited. */
  unpaged: z.literal(true).optional(),
  sectionTitle: z.string().optional(),
  /** Topic label (`大国外交`). */
  topic: z.string().optional(),
  /** Headline of this answer (`开创中国特色大国外交更有作为的新局面`). */
  headline: z.string().optional(),
  /** Who asked, as printed (`中央广播电视总台央视记者`). */
  asker: z.string(),
  /** The asker's outlet (`人民日报`); the paper itself for 本报记者. */
  outlet: z.string(),
  /** Who answered (`王毅`). */
  respondent: z.string().optional(),
  /** Where the question starts in the raw file. */
  source: z.object({ file: z.string(), line: z.number().int().positive() }).optional(),
});

export type IssueData = z.output<typeof issueSchema>;
export type SectionData = z.output<typeof sectionSchema>;
export type QaData = z.output<typeof qaSchema>;

/** Schemas by collection. */
export const SCHEMAS = { issues: issueSchema, sections: sectionSchema, qa: qaSchema } as const;
