/**
 * The layout families of the segmentation benchmark, and one call that
 * writes a family's raw files and its `truth.json`.
 */
import path from 'node:path';
import type { Family, FamilyOptions } from './family.ts';
import { dataFiles } from './data-files.ts';
import { digest } from './digest.ts';
import { markdown } from './markdown.ts';
import { perArticleFolders } from './per-article-folders.ts';
import { perArticle } from './per-article.ts';
import { perIssue } from './per-issue.ts';
import { perPage } from './per-page.ts';
import { pdfPages } from './pdf-pages.ts';
import { writeText } from './render.ts';
import { traditionalBig5 } from './traditional-big5.ts';
import { transcripts } from './transcripts.ts';
import type { Truth } from './truth.ts';

export type { Family, FamilyOptions } from './family.ts';

export const FAMILIES: readonly Family[] = [
  perArticle,
  perArticleFolders,
  perPage,
  perIssue,
  digest,
  markdown,
  traditionalBig5,
  transcripts,
  dataFiles,
  pdfPages,
];

export function family(name: string): Family {
  const found = FAMILIES.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`Unknown layout family \`${name}\`; use one of ${FAMILIES.map((known) => known.name).join(', ')}`);
  return found;
}

/** Write the family's raw files into `options.out/input/` and the truth into `options.out/truth.json`. */
export async function generateFamily(which: Family, options: FamilyOptions): Promise<{ input: string; truth: Truth }> {
  const input = path.join(options.out, 'input');
  const truth = await which.generate({ ...options, out: input });
  await writeText(options.out, 'truth.json', `${JSON.stringify(truth, null, 2)}\n`);
  return { input, truth };
}
