/**
 * The three collections written by `npm run ingest`; their schemas are the
 * archive contract (src/archive/schema.ts). An entry's id is its path inside
 * the collection folder without `.md`; `issue` and `section` fields
 * reference those ids.
 */
import { defineCollection } from 'astro:content';
import { dateOfId } from './archive/ids.ts';
import { issueSchema, qaSchema, sectionSchema } from './archive/schema.ts';
import { settings } from './archive/settings.ts';
import { markdownFiles } from './loaders/markdown-files.ts';
import { buildsIssuePages, sitePart } from './utils/site-part.ts';

const contentRoot = settings().folders.content;

/**
 * What this build loads (see utils/site-part.ts): every issue always; the
 * sections and Q&A entries of its shard with their text, or, for the pages
 * over the whole archive, all of them without their text.
 */
const part = sitePart();
const inPart = (id: string): boolean => buildsIssuePages(dateOfId(id), part);
const perEntry = (folder: string) =>
  markdownFiles({
    base: `${contentRoot}/${folder}`,
    ...(part.kind === 'shard' ? { include: inPart } : {}),
    body: part.kind !== 'global',
  });

const issues = defineCollection({ loader: markdownFiles({ base: `${contentRoot}/issues` }), schema: issueSchema });
const sections = defineCollection({ loader: perEntry('sections'), schema: sectionSchema });
const qa = defineCollection({ loader: perEntry('qa'), schema: qaSchema });

export const collections = { issues, sections, qa };
