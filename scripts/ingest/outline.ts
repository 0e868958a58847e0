/**
 * The outline of an ingested archive, for a person to judge the
 * segmentation of a new layout in one screen before building a site: per
 * issue its pages, and per page its sections — kind, head (kicker or
 * rubric ▸ title / subtitle, so that the reading of a two-line head shows),
 * paragraphs, characters and Q&A entries. Read from the content folder, so
 * it covers issues skipped as unchanged too.
 *
 *   运河日报 2021-03-15  pages 1, 4  (3 sections)
 *     p1  article  春风又绿运河岸  5 ¶  168 字
 *     p1  article  奋进新征程 建功新时代 ▸ 运河船闸完成扩容  1 ¶  52 字
 *     p4  qa       专访市图书馆馆长 / ——访馆长李明  4 ¶  96 字  2 Q&A
 */
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { splitFrontmatter } from '../../src/archive/frontmatter.ts';
import { charLength } from './punctuation.ts';
import { pageLabel } from '../../src/archive/pages.ts';

interface SectionLine {
  page: number;
  order: number;
  kind: string;
  title: string | undefined;
  /** The kicker or column rubric printed above the title. */
  rubric: string | undefined;
  subtitles: string[];
  paragraphs: number;
  characters: number;
  qa: number;
}

export async function outline(content: string): Promise<string> {
  const lines: string[] = [];
  const issueFiles = await markdownFiles(path.join(content, 'issues'));
  for (const file of issueFiles) {
    const id = file.slice(0, -'.md'.length);
    const { data } = splitFrontmatter(await readFile(path.join(content, 'issues', file), 'utf8'), file);
    const sections: SectionLine[] = [];
    for (const name of await markdownFiles(path.join(content, 'sections', id))) {
      const { data: section, body } = splitFrontmatter(await readFile(path.join(content, 'sections', id, name), 'utf8'), name);
      // Paragraphs of the body, inside Q&A directives too; directive fences and headings are not paragraphs.
      const paragraphs = body
        .split('\n')
        .filter((line) => !/^(?::{3,}|#)/u.test(line))
        .join('\n')
        .split(/\n{2,}/u)
        .filter((block) => block.trim() !== '');
      sections.push({
        page: Number(section['page']),
        order: Number(section['order']),
        kind: String(section['kind']),
        title: typeof section['title'] === 'string' ? section['title'] : undefined,
        rubric: typeof section['rubric'] === 'string' ? section['rubric'] : undefined,
        subtitles: [section['subtitle'], ...(Array.isArray(section['subtitles']) ? (section['subtitles'] as unknown[]) : [])].filter(
          (line): line is string => typeof line === 'string',
        ),
        paragraphs: paragraphs.length,
        characters: paragraphs.reduce((sum, block) => sum + charLength(block.replace(/\s/gu, '')), 0),
        qa: typeof section['qaCount'] === 'number' ? section['qaCount'] : 0,
      });
    }
    sections.sort((a, b) => a.page - b.page || a.order - b.order);
    const pages = Array.isArray(data['pages']) ? data['pages'].map((page) => (typeof page === 'number' ? pageLabel(page) : String(page))).join(', ') : '';
    lines.push(`${String(data['paper'])} ${String(data['date'])}  pages ${pages}  (${sections.length} sections)`);
    for (const section of sections) {
      const title = [
        section.rubric === undefined ? '' : `${section.rubric} ▸ `,
        section.title ?? '(no title)',
        ...section.subtitles.map((line) => ` / ${line}`),
      ].join('');
      const qa = section.qa > 0 ? `  ${section.qa} Q&A` : '';
      lines.push(`  p${pageLabel(section.page)}  ${section.kind.padEnd(7)}  ${title}  ${section.paragraphs} ¶  ${section.characters} 字${qa}`);
    }
  }
  return lines.join('\n');
}

async function markdownFiles(folder: string): Promise<string[]> {
  const names = await readdir(folder, { recursive: true }).catch(() => []);
  return names
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => name.endsWith('.md'))
    .sort();
}
