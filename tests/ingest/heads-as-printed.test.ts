/**
 * Two-line heads as papers print them: 481 heads of 105 papers (人民日报 and
 * 新华社 reports, provincial and city dailies, evening, metro, industry and
 * financial papers, Hong Kong, Macau, Taiwan, Singapore and Malaysian papers),
 * each with its lead and which line the paper printed as kicker, headline or
 * subtitle, written by four second readers from printed heads they knew
 * (session 33's `/tmp/review35`, `/tmp/review36`, whose reader wrote them
 * before the rules were shown, and `/tmp/review37`, whose reader aimed at the
 * rules' weak spots; session 34's `/tmp/review38`, 191 heads of 46 other
 * papers written and frozen before its reader looked at the rules: 61.3 %
 * read as printed then, 74.9 % after the decks, series, interviews and
 * sources its misses showed were read).
 * `twoLineHead` reads each pair with its lead; the share of heads read as
 * printed is printed, and the test fails below the floor it reached when
 * written (363 of 481), so that a rule that reads real heads worse shows.
 * Some heads only type size tells apart (`confidence: low`): no floor is 100 %.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { twoLineHead } from '../../scripts/ingest/title-block.ts';

interface PrintedHead {
  paper: string;
  head: [string, string];
  lead: string;
  kicker: string | null;
  title: string;
  subtitle: string | null;
  confidence: 'high' | 'medium' | 'low';
}

const heads = JSON.parse(await readFile(new URL('heads-as-printed.json', import.meta.url), 'utf8')) as PrintedHead[];

/** Whether `twoLineHead` reads the head as the paper printed it. */
function readAsPrinted({ head: [first, second], lead, kicker }: PrintedHead): boolean {
  return twoLineHead(first, second, 'auto', lead).kicker === (kicker !== null);
}

/** Shares reached when the set was last extended (session 34: 75.5 %, 74.3 %, 76.5 %), less a head or two of slack a family. */
const FLOOR = { all: 0.75, kickerOverHeadline: 0.73, headlineOverSubtitle: 0.76 } as const;

describe('two-line heads as papers print them', () => {
  const share = (subset: PrintedHead[]): number => subset.filter(readAsPrinted).length / subset.length;
  const kickerOverHeadline = heads.filter((head) => head.kicker !== null);
  const headlineOverSubtitle = heads.filter((head) => head.kicker === null);
  it('reads most of them as printed', () => {
    const figures = { all: share(heads), kickerOverHeadline: share(kickerOverHeadline), headlineOverSubtitle: share(headlineOverSubtitle) };
    console.log(
      `two-line heads as printed: ${(figures.all * 100).toFixed(1)} % of ${heads.length}; kicker over headline ${(figures.kickerOverHeadline * 100).toFixed(1)} % of ${kickerOverHeadline.length}, headline over subtitle ${(figures.headlineOverSubtitle * 100).toFixed(1)} % of ${headlineOverSubtitle.length}`,
    );
    expect(heads.length).toBeGreaterThan(480);
    for (const key of Object.keys(FLOOR) as Array<keyof typeof FLOOR>) expect(figures[key], key).toBeGreaterThanOrEqual(FLOOR[key]);
  });
});
