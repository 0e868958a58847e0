/**
 * The configuration file's schema: `baoku.config.ts` at the project root
 * exports `defineConfig({...})`; every option has a default, so an empty
 * object is a working configuration. Validated once (settings.ts); the
 * README's configuration table is checked against this schema by a test.
 */
import { z } from 'astro/zod';

const shardGrain = z.enum(['year', 'month']);

/** How a paper lays out its heads, where the text alone is ambiguous. */
export const paperLayout = z
  .object({
    kicker: z
      .enum(['auto', 'above', 'none'])
      .optional()
      .describe(
        'Two plain head lines (no dash, no markup): `auto` (default) takes the first for a kicker when it reads as one or is shorter; `above`: always kicker and headline; `none`: always headline and subtitle.',
      ),
    titleWithoutLead: z
      .enum(['auto', 'subhead', 'article'])
      .optional()
      .describe(
        'A single title line inside an article, followed by plain text (no lead, byline or kicker): `auto` (default) a new article when the text under it turns to another story (shares almost no terms with its head and last paragraphs, or a dated lead that restates the title; inside a roundup such as `快讯` only when a transcript starts under it or the text under it is longer than a brief runs to, 400 characters; a line right over the next question of a transcript is the topic of that question), else a subhead; `subhead` always of the article above; `article` always a new article (papers that print no subheads).',
      ),
  })
  .strict();

/** The time zone a paper's day is counted in when its settings name none: China Standard Time (UTC+8, also Hong Kong's and Taiwan's offset). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Per-paper settings, for papers whose files do not say everything about themselves. */
export const paperSettings = z
  .object({
    name: z
      .string()
      .min(1)
      .optional()
      .describe("The paper's name as it should be shown (and used when the text does not print a masthead, over a site's source line such as `来源：央视网`)."),
    printed: z.enum(['hans', 'hant']).optional().describe('The script the paper is printed in (`hans` or `hant`); detected from the text when absent.'),
    filePattern: z
      .string()
      .refine(isRegExp, 'is not a valid regular expression')
      .optional()
      .describe(
        'A regular expression matched against the file path under the paper’s folder (or under any folder above it), with named groups `year`, `month`, `day` (or `date`), `page` and `order`.',
      ),
    dateFrom: z
      .array(z.enum(['text', 'frontmatter', 'path']))
      .min(1)
      .optional()
      .describe('Where the date comes from, first found wins: the date line in the `text`, `frontmatter`, the file `path`.'),
    layout: paperLayout.optional().describe('How the paper lays out its heads: `kicker`, `titleWithoutLead`.'),
    timeZone: z
      .string()
      .refine(isTimeZone, 'is not an IANA time zone (such as `Asia/Shanghai`)')
      .optional()
      .describe(
        `The time zone of the paper's day: a timestamp in UTC (\`2024-03-03T23:37:12Z\`) is dated by its day there; a time with its own offset, by the day as written. Default \`${DEFAULT_TIME_ZONE}\`.`,
      ),
  })
  .strict();

export const configSchema = z
  .object({
    site: z.url().default('https://baoku.example.org').describe('The public address of the site (sitemap, feed, canonical links).'),
    base: z
      .string()
      .regex(/^\/(?:.*\/)?$/u, 'must start and end with `/`')
      .default('/')
      .describe('The sub-path the site is served under, e.g. `/archive/`.'),
    scripts: z
      .array(z.enum(['hans', 'hant']))
      .min(1)
      .default(['hans', 'hant'])
      .describe('The scripts every page is built in: `hans` (Simplified, at the root) and `hant` (Traditional, under `zh-hant/`).'),
    traditional: z
      .enum(['tw', 'hk'])
      .default('tw')
      .describe('Traditional character forms: `tw` (Taiwan: 裡, 著) or `hk` (Hong Kong: 裏, 着); characters only, the wording stays as printed.'),
    folders: z
      .object({
        raw: z.string().min(1).default('content/raw').describe('Where the raw input files are (any depth).'),
        content: z.string().min(1).default('content').describe('Where ingest writes the content collections and the site reads them.'),
        dist: z.string().min(1).default('dist').describe('Where the built site is written.'),
        cache: z.string().min(1).default('node_modules/.astro').describe('Astro’s cache, with the search shards kept between builds.'),
        parts: z.string().min(1).default('node_modules/.baoku-parts').describe('Work folder of the build in parts (each part’s output and caches).'),
      })
      .strict()
      .prefault({}),
    shards: z
      .object({
        parts: shardGrain.default('year').describe('Grain of the site’s parts in `npm run build:shards`: `year` or `month`.'),
        search: shardGrain
          .optional()
          .describe('Grain of the search bundles: `year` or `month`; never coarser than the parts (month parts mean month bundles). Default: as the parts.'),
      })
      .strict()
      .prefault({}),
    search: z.boolean().default(true).describe('Index the site for search inside the build; `false` leaves it to `npm run search-index -- dist`.'),
    papers: z
      .record(z.string().min(1), paperSettings)
      .default({})
      .describe(
        'Per-paper settings, keyed by a folder on the path of the paper’s files (the nearest with settings: `光明日报` for `光明日报/html/2024-03/08/content_1.htm`), or by the masthead as printed.',
      ),
  })
  .strict();

/** What a configuration file may say (every option optional). */
export type BaokuConfig = z.input<typeof configSchema>;

export type PaperSettings = z.output<typeof paperSettings>;
export type PaperLayout = z.output<typeof paperLayout>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isRegExp(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

/** Type-checks a configuration file: `export default defineConfig({ base: '/archive/' })`. */
export function defineConfig(config: BaokuConfig): BaokuConfig {
  return config;
}
