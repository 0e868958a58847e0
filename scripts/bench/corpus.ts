/**
 * Real news text for the benchmark archive: stories (a title and paragraphs)
 * from the CCTV evening-news transcripts in `../shared/corpus/xwlb-2024/`
 * when they are there. Without them (a user's machine), the fallback is the
 * text of the project's own test fixtures — real newspaper text too, but
 * little of it, so word frequencies are less realistic; the report says
 * which source was used.
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Story {
  title: string;
  paragraphs: string[];
}

export interface Corpus {
  source: string;
  stories: Story[];
}

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED_CORPUS = path.resolve(projectRoot, '../shared/corpus/xwlb-2024');

export async function loadCorpus(folder = SHARED_CORPUS): Promise<Corpus> {
  const files = (await readdir(folder).catch(() => [])).filter((file) => file.endsWith('.md')).sort();
  if (files.length === 0) return fallbackCorpus();
  const stories: Story[] = [];
  for (const file of files) stories.push(...parseTranscript(await readFile(path.join(folder, file), 'utf8')));
  return { source: `xwlb-2024 (${files.length} files)`, stories };
}

/** A roundup's name in the corpus's titles (`国内联播快讯`, `国际简讯`); `layouts/model.ts` reads its items' headlines. */
export const ROUNDUP_NAME = /快讯|简讯|速览/u;

/** A paragraph that is all bold, as the transcripts print a roundup item's headline. */
const ITEM_HEADING = /<p>\s*<strong>([^<]{2,40})<\/strong>\s*(?:<br\s*\/?>)?\s*<\/p>/gu;

/** Marks an item's headline among the lines until the paragraphs are kept (a control character no text holds). */
const ITEM = '\u0001';

/** `### title` then HTML paragraphs, as the transcripts are published. */
export function parseTranscript(markdown: string): Story[] {
  const stories: Story[] = [];
  for (const block of markdown.split(/^### /mu).slice(1)) {
    const [title = '', ...rest] = block.split('\n');
    // A roundup's items keep their headlines (`<p><strong>电商物流需求保持高位 运行稳中有进</strong></p>`), however short:
    // each item is a story of its own, which a paper prints under its headline.
    const roundup = ROUNDUP_NAME.test(title);
    const text = rest
      .join('\n')
      .replace(ITEM_HEADING, (whole, heading: string) => (roundup ? `\n${ITEM}${heading.trim()}\n` : whole))
      .replace(/\[查看原文\]\([^)]*\)/gu, '')
      .replace(/<br\s*\/?>|<\/p>/gu, '\n')
      .replace(/<[^>]+>/gu, '')
      .replace(/&nbsp;/gu, ' ')
      .replace(/&lt;/gu, '<')
      .replace(/&gt;/gu, '>')
      .replace(/&quot;/gu, '"')
      .replace(/&amp;/gu, '&')
      .replace(/央视网消息（新闻联播）：/gu, '');
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      // The site's own `(更新时间戳: …)` line after the last story is page furniture, not story text.
      .filter((line) => line.startsWith(ITEM) || (Array.from(line).length >= 20 && !line.startsWith('#') && !line.startsWith('(更新时间戳')));
    // (An item's headline over no text of its own, the next item's or the story's end, is left out.)
    const paragraphs = lines
      .filter((line, index) => !line.startsWith(ITEM) || (lines[index + 1] !== undefined && !lines[index + 1]!.startsWith(ITEM)))
      .map((line) => (line.startsWith(ITEM) ? line.slice(ITEM.length) : line));
    if (paragraphs.length > 0 && title.trim()) stories.push({ title: title.trim(), paragraphs });
  }
  return stories;
}

/**
 * The project's own fixture text as stories: each headline of the seed
 * transcript (a short line that does not end a sentence, right above a
 * paragraph or an asker) with the paragraphs under it, speaker labels (`王毅：`) taken off; then, for more
 * stories, each long paragraph's first clause as a title over the next two.
 */
export async function fallbackCorpus(): Promise<Corpus> {
  const text = await readFile(path.join(projectRoot, 'tests/fixtures/seed/input/000_089e9dd3f21c392f.txt'), 'utf8');
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const length = (line: string): number => Array.from(line).length;
  const isHeadline = (line: string): boolean => length(line) >= 8 && length(line) <= 30 && !/[。！？：]$/u.test(line);
  const paragraphs = (from: number): string[] => {
    const found: string[] = [];
    for (const line of lines.slice(from)) {
      if (length(line) < 40) {
        if (found.length > 0) break;
        continue;
      }
      found.push(line.replace(/^[\u4e00-\u9fff]{2,4}：/u, ''));
    }
    return found;
  };
  const stories: Story[] = [];
  for (const [index, line] of lines.entries()) {
    // A headline stands right above its text or its asker (`新华社记者：`); masthead, date line and topics do not.
    const next = lines[index + 1] ?? '';
    const body = paragraphs(index + 1);
    if (isHeadline(line) && (length(next) >= 40 || next.endsWith('：')) && body.length >= 2) stories.push({ title: line, paragraphs: body });
  }
  const long = lines.filter((line) => length(line) >= 40).map((line) => line.replace(/^[\u4e00-\u9fff]{2,4}：/u, ''));
  for (let i = 0; i + 3 <= long.length; i += 1) {
    const clause = long[i]!.split(/[，。；：]/u)[0] ?? '';
    if (length(clause) >= 6 && length(clause) <= 24) stories.push({ title: clause, paragraphs: long.slice(i + 1, i + 3) });
  }
  return { source: 'fallback: tests/fixtures/seed (../shared/corpus not found)', stories };
}
