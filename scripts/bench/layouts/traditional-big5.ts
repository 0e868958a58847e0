/**
 * `traditional-big5`: the per-page layout in Traditional Chinese (opencc-js
 * `cn → tw`), encoded Big5. Characters Big5 cannot hold are replaced before
 * the truth is taken, so the truth is what the file says.
 */
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';
import type { Family } from './family.ts';
import { chars, mapIssue, truthOf, writeIssues } from './model.ts';
import { LEAD_INS, dateLine, layPages, pad, writeText } from './render.ts';

const PAPER = '港岛周报';

export const traditionalBig5: Family = {
  name: 'traditional-big5',
  about: 'one file per page in Traditional Chinese, Big5',
  generate(options) {
    const { out } = options;
    const convert = traditional();
    return writeIssues('traditional-big5', options, '2023-01-07', async (date, maker) => {
      const random = maker.random;
      const model = maker.issue({
        paper: PAPER,
        date,
        pages: [2, 4],
        articlesPerPage: [2, 4],
        qaShare: 0.1,
        slips: true,
        titleBlocks: true,
        leadIns: [LEAD_INS.bracket, LEAD_INS.none],
        turnStyles: ['press', 'wen-da', 'reporter'],
      });
      // Laid out in Simplified and each line converted once: the converter is not idempotent
      // (里 → 裡 on a second pass), so converting the truth's fields and then their lines again
      // would print other characters than the truth holds.
      const laid = layPages(model, random, { jumpShare: 0.3 });
      const issue = mapIssue(model, convert);
      const jumps = new Set(issue.pages.flatMap((page, p) => page.articles.filter((_, k) => laid.jumps.has(model.pages[p]!.articles[k]!))));
      const files: string[] = [];
      for (const [index, page] of issue.pages.entries()) {
        const header = random.chance(0.5) ? `第${page.page}版` : `第${page.page}版 ${page.label}`;
        const lines = [issue.paper, convert(dateLine(date, index === 0 ? issue.pages.length : undefined)), header, ...laid.pages[index]!.map(convert)];
        const name = `gangdao/${date.slice(0, 4)}/${date}-${pad(page.page)}.txt`;
        await writeText(out, name, iconv.encode(`${lines.join('\n\n')}\n`, 'big5'));
        files.push(name);
      }
      return truthOf(issue, files, jumps);
    });
  },
};

/** Simplified → Taiwan Traditional, then any character Big5 lacks → `〇`. */
function traditional(): (text: string) => string {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const safe = new Map<string, boolean>();
  const inBig5 = (char: string): boolean => {
    let known = safe.get(char);
    if (known === undefined) {
      known = iconv.decode(iconv.encode(char, 'big5'), 'big5') === char;
      safe.set(char, known);
    }
    return known;
  };
  return (text) =>
    chars(toTraditional(text))
      .map((char) => (inBig5(char) ? char : '〇'))
      .join('');
}
