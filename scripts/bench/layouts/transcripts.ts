/**
 * `transcripts`: pages of press-conference and interview transcripts with
 * every asker form: `中央广播电视总台央视记者：` on its own line, `问：`/`答：`,
 * `记者：`/`記者：`, `**问**：`, `主持人：` and `某某：` speaker turns.
 */
import type { Family } from './family.ts';
import { truthOf, writeIssues } from './model.ts';
import { LEAD_INS, dateLine, joinLines, layPages, writeText } from './render.ts';

const PAPER = '城市副中心报';

export const transcripts: Family = {
  name: 'transcripts',
  about: 'one file per page of press conferences and interviews, every asker form',
  generate(options) {
    const { out } = options;
    return writeIssues('transcripts', options, '2024-03-08', async (date, maker) => {
      const random = maker.random;
      const issue = maker.issue({
        paper: PAPER,
        date,
        pages: [1, 3],
        articlesPerPage: [1, 3],
        qaShare: 0.8,
        slips: false,
        titleBlocks: true,
        leadIns: [LEAD_INS.bracket],
        turnStyles: ['press', 'wen-da', 'reporter', 'host', 'bold'],
      });
      const laid = layPages(issue, random, { jumpShare: 0 });
      const files: string[] = [];
      for (const [index, page] of issue.pages.entries()) {
        const name = `${PAPER}/${date}/p${page.page}.txt`;
        const top = [PAPER, dateLine(date, index === 0 ? issue.pages.length : undefined), `第${page.page}版`];
        await writeText(out, name, joinLines([...top, ...laid.pages[index]!], true));
        files.push(name);
      }
      return truthOf(issue, files, laid.jumps);
    });
  },
};
