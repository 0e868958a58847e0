/**
 * The true answers of a search query, from plain substring search over the
 * ingested text of each entry (what `grep` over the source would find,
 * entry by entry), folded to Simplified as the index is, plus the title the
 * built page shows (a Q&A entry without a headline is titled after its
 * transcript, `专访…馆长 第1问`, and that heading is part of the page's text).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import * as OpenCC from 'opencc-js/t2cn';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { foldWidth } from '../../src/search/fold-width.ts';
import { qaPath, sectionPath } from '../../src/archive/paths.ts';
import { settings } from '../../src/archive/settings.ts';
import { toSimplifiedConverter } from '../../src/utils/to-simplified.ts';
import { readTree } from '../ingest/fixture-runner.ts';
import { contentDir, siteDir } from './fixture-site.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
/** Folded as the index and the queries are: Simplified, full-width digits and letters as ASCII. */
const fold = (text: string): string => foldWidth(toSimplified(text));
const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective);

export interface SearchablePage {
  url: string;
  text: string;
  /** Words of the record's title as its meta holds it (as printed: a Traditional paper's title is not converted); Pagefind matches a one-character prefix against them too. */
  titleWords: string[];
}

/** Every indexed page with the text it is indexed by: of the fixture archive, or of another ingested and built archive. */
export async function searchablePages(content = contentDir, site = siteDir): Promise<SearchablePage[]> {
  const pages: SearchablePage[] = [];
  const files = await readTree(content);
  // The index holds the Simplified pages: a paper printed in Traditional is shown there converted by
  // characters with the regional variants reversed (`tw → cn`: 隨著 → 随着), as the site converts it.
  const shownSimplified = toSimplifiedConverter(settings().traditional);
  const printedTraditional = new Set<string>();
  for (const [file, text] of files) {
    if (file.startsWith('issues/') && /^printed: "hant"$/mu.test(text)) printedTraditional.add(file.slice('issues/'.length, -'.md'.length));
  }
  for (const [file, text] of files) {
    if (!file.endsWith('.md') || file.startsWith('issues/')) continue;
    const tree: Root = parser.parse(text);
    const yaml = tree.children.find((node) => node.type === 'yaml');
    const data = (yaml ? parseYaml(yaml.value) : {}) as Record<string, string | string[] | undefined>;
    const body = tree.children.filter((node: RootContent) => node.type !== 'yaml' && !(node.type === 'containerDirective' && node.name === 'qa'));
    // The fields the page shows in its searchable part, in order (a head may have more than one subtitle).
    const fields = (file.startsWith('qa/') ? [data['topic'], data['headline']] : [data['rubric'], data['title'], data['subtitle'], data['subtitles']]).flat();
    const id = file.replace(/^(qa|sections)\//u, '').replace(/\.md$/u, '');
    const url = file.startsWith('qa/') ? qaPath(id) : sectionPath(id);
    const title = await shownTitle(site, url);
    const printed = [title, ...fields.filter(Boolean), blockText(body)].join('\n');
    const shown = typeof data['issue'] === 'string' && printedTraditional.has(data['issue']) ? shownSimplified(printed) : printed;
    // Folded as the index is (src/search/records.ts): widths only, the script is Simplified already.
    pages.push({
      url,
      text: foldWidth(shown),
      titleWords: foldWidth(title)
        .split(/[\s\p{P}\p{S}]+/u)
        .filter(Boolean),
    });
  }
  return pages;
}

/** Blocks whose text is one line: a substring never runs from one into the next. */
const LINE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code', 'html']);

/**
 * The body's text, one line per block, as the index reads the page
 * (`hast-util-to-text` breaks lines between blocks): a subhead's last
 * characters and the next paragraph's first are not one string.
 */
function blockText(nodes: RootContent[]): string {
  const lines: string[] = [];
  const walk = (node: RootContent): void => {
    if ('children' in node && !LINE_BLOCKS.has(node.type)) for (const child of node.children) walk(child);
    else lines.push(toString(node));
  };
  for (const node of nodes) walk(node);
  return lines.join('\n');
}

/** Pages whose text contains every space-separated part of the query. */
export function trueAnswers(pages: SearchablePage[], query: string): string[] {
  const parts = fold(query).split(/\s+/u).filter(Boolean);
  const found = (page: SearchablePage, part: string): boolean =>
    page.text.includes(part) || (Array.from(part).length === 1 && page.titleWords.some((word) => word.startsWith(part)));
  return pages
    .filter((page) => parts.every((part) => found(page, part)))
    .map((page) => page.url)
    .sort();
}

/** The title a built page shows (its search record's title). */
async function shownTitle(site: string, url: string): Promise<string> {
  const html = await readFile(path.join(site, url, 'index.html'), 'utf8').catch(() => '');
  // Pages of papers printed in Traditional pass through an HTML rewrite that writes the attribute as `data-baoku-search=""`.
  const json = /<script type="application\/json" data-baoku-search(?:="")?>(.*?)<\/script>/su.exec(html)?.[1];
  return json ? (JSON.parse(json) as { title: string }).title : '';
}

const HAN = /^\p{Script=Han}+$/u;

/** Mulberry32: the same draws on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct random Han substrings of 1–8 characters of the pages' text, every second one in Traditional (`toTraditional`). */
export function drawSubstrings(pages: SearchablePage[], count: number, seed: number, toTraditional: (text: string) => string): string[] {
  const next = random(seed);
  const drawn = new Set<string>();
  while (drawn.size < count) {
    const chars = Array.from(pages[Math.floor(next() * pages.length)]!.text);
    const length = 1 + Math.floor(next() * 8);
    const at = Math.floor(next() * Math.max(1, chars.length - length));
    const sample = chars.slice(at, at + length).join('');
    if (!HAN.test(sample) || Array.from(sample).length !== length) continue;
    drawn.add(drawn.size % 2 === 1 ? toTraditional(sample) : sample);
  }
  return [...drawn];
}

/** Strings of the archive's own characters that occur nowhere. */
export function absentStrings(pages: SearchablePage[], count: number, seed: number): string[] {
  const next = random(seed);
  const chars = [...new Set(pages.flatMap((page) => Array.from(page.text)).filter((char) => HAN.test(char)))];
  const found: string[] = [];
  while (found.length < count) {
    const length = 2 + Math.floor(next() * 5);
    const sample = Array.from({ length }, () => chars[Math.floor(next() * chars.length)]!).join('');
    if (trueAnswers(pages, sample).length === 0) found.push(sample);
  }
  return found;
}
