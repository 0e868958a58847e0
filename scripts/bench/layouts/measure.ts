/**
 * How well ingest segmented a family: its output folder (`issues/`,
 * `sections/`, `qa/` Markdown with YAML front matter) against the family's
 * truth. A true article is matched to a section of the same date by its
 * exact title first, then by its lead (the section's text contains the
 * article's first 20 characters) for sections whose title is wrong.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { first } from './model.ts';
import type { Truth, TruthArticle } from './truth.ts';

/** A field compared on the articles whose truth has it. */
export interface FieldScore {
  true: number;
  right: number;
}

export interface ErrorExample {
  /** `title-wrong`, `merged`, `missing`, `duplicated`, `extra`, `kicker`, `subtitle`, `byline`, `qa-missing`, `qa-asker`, `issue-missing`. */
  kind: string;
  date: string;
  slips: string[];
  /** What the truth says. */
  truth: string;
  /** What ingest wrote. */
  found: string;
}

export interface FamilyScore {
  family: string;
  issuesTrue: number;
  /** True issues with an issue entry of the same date. */
  issuesFound: number;
  articles: number;
  /** Found as exactly one section with the exact title. */
  exact: number;
  /** The exact title on more than one section. */
  duplicated: number;
  /** Found by lead in a section of its own whose title is wrong. */
  byLead: number;
  /** Its lead is inside a section that is another article's. */
  merged: number;
  missing: number;
  /** Sections written. */
  sections: number;
  /** Sections that are no true article. */
  extra: number;
  kicker: FieldScore;
  subtitle: FieldScore;
  byline: FieldScore;
  qaTrue: number;
  /** True questions found as a Q&A entry of the article's section. */
  qaRight: number;
  /** …of which with the asker as printed. */
  qaAskerRight: number;
  /** Q&A entries written. */
  qaEntries: number;
  /** Per planted slip: how many articles carry it, how many were found exactly. */
  slips: Record<string, FieldScore>;
  errors: ErrorExample[];
}

interface Section {
  id: string;
  date: string;
  title?: string;
  subtitle?: string;
  byline?: string;
  rubric?: string;
  /** Title block and body, normalised for `includes`. */
  text: string;
}

interface QaEntry {
  section: string;
  asker: string;
  text: string;
}

/** Markdown escapes, markup and white space out, so that printed text can be found in a written body. */
export function normalise(text: string): string {
  return text.replace(/\\(.)/gu, '$1').replace(/[\s\u3000*]/gu, '');
}

async function readEntries(folder: string): Promise<Array<{ id: string; data: Record<string, unknown>; body: string }>> {
  const names = await readdir(folder, { recursive: true }).catch(() => []);
  const entries: Array<{ id: string; data: Record<string, unknown>; body: string }> = [];
  for (const name of names.filter((file) => file.endsWith('.md')).sort()) {
    const text = await readFile(path.join(folder, name), 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/u.exec(text);
    const data: unknown = match ? parse(match[1]!) : {};
    entries.push({
      id: name.replace(/\.md$/u, ''),
      data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {},
      body: match?.[2] ?? text,
    });
  }
  return entries;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

async function readOutput(out: string): Promise<{ issues: Set<string>; sections: Section[]; qa: QaEntry[] }> {
  const issues = new Set((await readEntries(path.join(out, 'issues'))).map((entry) => str(entry.data['date']) ?? ''));
  const sections = (await readEntries(path.join(out, 'sections'))).map((entry): Section => {
    const section: Section = { id: entry.id, date: str(entry.data['date']) ?? '', text: '' };
    for (const key of ['title', 'subtitle', 'byline', 'rubric'] as const) {
      const value = str(entry.data[key]);
      if (value !== undefined) section[key] = value;
    }
    section.text = normalise([section.rubric, section.title, section.subtitle, section.byline, entry.body].filter(Boolean).join('\n'));
    return section;
  });
  const qa = (await readEntries(path.join(out, 'qa'))).map((entry) => ({
    section: str(entry.data['section']) ?? '',
    asker: str(entry.data['asker']) ?? '',
    text: normalise(entry.body),
  }));
  return { issues, sections, qa };
}

const describe = (section: Section | undefined): string =>
  section ? `${section.id}: title ${JSON.stringify(section.title ?? null)}, text ${JSON.stringify(first(section.text, 24))}` : '—';

export async function measure(truth: Truth, out: string): Promise<FamilyScore> {
  const output = await readOutput(out);
  const score: FamilyScore = {
    family: truth.family,
    issuesTrue: truth.issues.length,
    issuesFound: 0,
    articles: 0,
    exact: 0,
    duplicated: 0,
    byLead: 0,
    merged: 0,
    missing: 0,
    sections: output.sections.length,
    extra: 0,
    kicker: { true: 0, right: 0 },
    subtitle: { true: 0, right: 0 },
    byline: { true: 0, right: 0 },
    qaTrue: 0,
    qaRight: 0,
    qaAskerRight: 0,
    qaEntries: output.qa.length,
    slips: {},
    errors: [],
  };
  const used = new Set<Section>();
  const trueDates = new Set(truth.issues.map((issue) => issue.date));
  for (const issue of truth.issues) {
    if (output.issues.has(issue.date)) score.issuesFound += 1;
    else score.errors.push({ kind: 'issue-missing', date: issue.date, slips: [], truth: `${issue.paper} ${issue.date} (${issue.files[0] ?? ''})`, found: '—' });
    const sections = output.sections.filter((section) => section.date === issue.date);
    const matched = new Map<TruthArticle, Section>();
    const error = (kind: string, article: TruthArticle, found: string, truthText = article.title): void => {
      score.errors.push({ kind, date: issue.date, slips: article.slips, truth: truthText, found });
    };
    // 1. By exact title.
    for (const article of issue.articles) {
      const same = sections.filter((section) => section.title === article.title);
      const free = same.find((section) => !used.has(section));
      if (!free) continue;
      used.add(free);
      matched.set(article, free);
      if (same.length === 1) score.exact += 1;
      else {
        score.duplicated += 1;
        error('duplicated', article, same.map(describe).join(' | '));
      }
    }
    // 2. By lead, in a section of its own; 3. inside another article's section.
    for (const article of issue.articles) {
      if (matched.has(article)) continue;
      const lead = normalise(article.lead);
      const own = sections.find((section) => !used.has(section) && section.text.includes(lead));
      if (own) {
        used.add(own);
        matched.set(article, own);
        score.byLead += 1;
        error('title-wrong', article, describe(own));
        continue;
      }
      const host = sections.find((section) => section.text.includes(lead));
      if (host) {
        score.merged += 1;
        error('merged', article, describe(host));
      } else {
        score.missing += 1;
        error('missing', article, '—', `${article.title} / ${article.lead}`);
      }
    }
    for (const article of issue.articles) {
      score.articles += 1;
      const section = matched.get(article);
      const exact = section !== undefined && section.title === article.title && sections.filter((other) => other.title === article.title).length === 1;
      for (const slip of article.slips) {
        const slipScore = (score.slips[slip] ??= { true: 0, right: 0 });
        slipScore.true += 1;
        if (exact) slipScore.right += 1;
      }
      if (!section) continue;
      const fields = [
        ['kicker', article.kicker, section.rubric],
        ['subtitle', article.subtitle, section.subtitle],
        ['byline', article.byline, section.byline],
      ] as const;
      for (const [name, expected, found] of fields) {
        if (expected === undefined) continue;
        score[name].true += 1;
        if (found === expected) score[name].right += 1;
        else error(name, article, `${JSON.stringify(found ?? null)} in ${section.id}`, expected);
      }
      for (const question of article.questions ?? []) {
        score.qaTrue += 1;
        const text = normalise(question.question);
        const entry = output.qa.find((candidate) => candidate.section === section.id && candidate.text.includes(text));
        if (!entry) {
          error('qa-missing', article, section.id, `${question.asker}：${question.question}`);
          continue;
        }
        score.qaRight += 1;
        if (entry.asker === question.asker) score.qaAskerRight += 1;
        else error('qa-asker', article, entry.asker, question.asker);
      }
    }
    // Unmatched questions of articles never found still count as true questions.
    for (const article of issue.articles) if (!matched.has(article)) score.qaTrue += article.questions?.length ?? 0;
  }
  for (const section of output.sections) {
    if (used.has(section)) continue;
    score.extra += 1;
    score.errors.push({
      kind: 'extra',
      date: section.date,
      slips: [],
      truth: trueDates.has(section.date) ? '—' : '(no true issue that day)',
      found: describe(section),
    });
  }
  return score;
}
