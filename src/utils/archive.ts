/**
 * The archive, loaded once per build (getCollection per page is slow
 * on large archives) and indexed for the pages: papers → years → issues →
 * sections → Q&A entries, and the indexes by outlet, respondent and topic.
 * A build of one part of the site (utils/site-part.ts) sees every issue but
 * only the sections and Q&A entries its content collections load.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { nameSlugs, paperScript } from '../archive/facts.ts';
import type { Script } from '../archive/script.ts';

export type Issue = CollectionEntry<'issues'>;
export type Section = CollectionEntry<'sections'>;
export type QaEntry = CollectionEntry<'qa'>;

export interface Paper {
  slug: string;
  name: string;
  /** The script the paper is printed in. */
  printed: Script;
  /** Oldest first. */
  issues: Issue[];
  years: Map<string, Issue[]>;
}

export interface NameIndex {
  /** Name → URL slug. */
  slugs: Map<string, string>;
  /** Name → entries, oldest first. */
  entries: Map<string, QaEntry[]>;
}

export interface Archive {
  papers: Paper[];
  paperBySlug: Map<string, Paper>;
  /** Every issue, newest first. */
  issues: Issue[];
  issueById: Map<string, Issue>;
  sections: Section[];
  sectionById: Map<string, Section>;
  sectionsByIssue: Map<string, Section[]>;
  qa: QaEntry[];
  qaBySection: Map<string, QaEntry[]>;
  outlets: NameIndex;
  respondents: NameIndex;
  topics: NameIndex;
}

let cached: Promise<Archive> | undefined;

export function loadArchive(): Promise<Archive> {
  cached ??= build();
  return cached;
}

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function build(): Promise<Archive> {
  const [issues, sections, qa] = await Promise.all([getCollection('issues'), getCollection('sections'), getCollection('qa')]);
  issues.sort(byId);
  sections.sort((a, b) => (a.data.issue === b.data.issue ? a.data.page - b.data.page || a.data.order - b.data.order : byId(a, b)));
  qa.sort(byId);
  const sectionsByIssue = group(sections, (section) => section.data.issue);
  const qaBySection = group(qa, (entry) => entry.data.section);
  const papers = new Map<string, Paper>();
  for (const issue of issues) {
    const paper = papers.get(issue.data.paperSlug) ?? {
      slug: issue.data.paperSlug,
      name: issue.data.paper,
      printed: 'hans',
      issues: [],
      years: new Map<string, Issue[]>(),
    };
    paper.issues.push(issue);
    const year = issue.data.date.slice(0, 4);
    const issuesOfYear = paper.years.get(year) ?? [];
    issuesOfYear.push(issue);
    paper.years.set(year, issuesOfYear);
    papers.set(paper.slug, paper);
  }
  for (const paper of papers.values()) {
    paper.issues.sort((a, b) => (a.data.date < b.data.date ? -1 : 1));
    paper.printed = paperScript(paper.issues.map((issue) => issue.data));
  }
  // Slugs come from the names of every issue, so that a build of one shard links to the same index pages as the whole site.
  const slugs = nameSlugs(issues.map((issue) => issue.data));
  return {
    papers: [...papers.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    paperBySlug: papers,
    issues: [...issues].sort((a, b) => (a.data.date > b.data.date ? -1 : a.data.date < b.data.date ? 1 : byId(a, b))),
    issueById: new Map(issues.map((issue) => [issue.id, issue])),
    sections,
    sectionById: new Map(sections.map((section) => [section.id, section])),
    sectionsByIssue,
    qa,
    qaBySection,
    outlets: nameIndex(qa, (entry) => entry.data.outlet, slugs.outlets),
    respondents: nameIndex(qa, (entry) => entry.data.respondent, slugs.respondents),
    topics: nameIndex(qa, (entry) => entry.data.topic, slugs.topics),
  };
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

function nameIndex(entries: QaEntry[], name: (entry: QaEntry) => string | undefined, slugs: Map<string, string>): NameIndex {
  const map = group(
    entries.filter((entry) => name(entry)),
    (entry) => name(entry) ?? '',
  );
  for (const list of map.values()) list.sort((a, b) => (a.data.date < b.data.date ? -1 : a.data.date > b.data.date ? 1 : a.data.order - b.data.order));
  return { slugs, entries: map };
}
