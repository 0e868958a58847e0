/**
 * What a page may depend on beyond its own issue: the script its paper is
 * printed in, and the URL slugs of the names it links to. Both are computed
 * over every issue, here, by the site (utils/archive.ts) and by the planner
 * of sharded builds (scripts/shards/plan.ts), so that they agree.
 */
import type { Script } from './script.ts';
import { slugMap } from './slug.ts';

/** The fields of an issue's front matter these facts come from. */
export interface IssueFacts {
  paperSlug: string;
  date: string;
  printed: Script;
  outlets: string[];
  respondents: string[];
  topics: string[];
}

export type NameKind = 'outlets' | 'respondents' | 'topics';

export const NAME_KINDS: readonly NameKind[] = ['outlets', 'respondents', 'topics'];

/** A paper is printed in the script most of its issues are printed in. */
export function paperScript(issues: ReadonlyArray<Pick<IssueFacts, 'printed'>>): Script {
  const traditional = issues.filter((issue) => issue.printed === 'hant').length;
  return traditional * 2 > issues.length ? 'hant' : 'hans';
}

/** Name → URL slug for each index, over the names of every issue. */
export function nameSlugs(issues: ReadonlyArray<Pick<IssueFacts, NameKind>>): Record<NameKind, Map<string, string>> {
  return {
    outlets: slugMap(issues.flatMap((issue) => issue.outlets)),
    respondents: slugMap(issues.flatMap((issue) => issue.respondents)),
    topics: slugMap(issues.flatMap((issue) => issue.topics)),
  };
}
