/** One bad file cannot bury the others' messages: past 20 of one rule in one file, the rest are counted in one line. */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { PER_RULE, capMessages } from '../../scripts/ingest/cap-messages.ts';

describe('messages per file', () => {
  it('keeps the first messages of a rule and counts the rest', () => {
    const file = new VFile({ path: 'noisy.txt' });
    for (let line = 1; line <= 232; line += 1) file.message('possible duplicated text', { place: { line, column: 1 }, ruleId: 'duplicated-text' });
    file.message('bad bytes', { place: { line: 3, column: 1 }, ruleId: 'bad-bytes' });
    capMessages(file);
    expect(file.messages.filter((message) => message.ruleId === 'duplicated-text')).toHaveLength(PER_RULE);
    expect(file.messages.filter((message) => message.ruleId === 'bad-bytes')).toHaveLength(1);
    expect(file.messages.at(-1)?.reason).toBe('…and 212 more `duplicated-text` messages in this file, not shown');
  });

  it('leaves a file with few messages alone', () => {
    const file = new VFile({ path: 'quiet.txt' });
    file.message('one', { ruleId: 'duplicated-text' });
    capMessages(file);
    expect(file.messages).toHaveLength(1);
  });
});
