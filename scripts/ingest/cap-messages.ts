/**
 * One bad file must not hide the others: past `PER_RULE` messages of one
 * rule in one file, the rest are replaced by a single line that counts them
 * ("and 212 more of this rule in this file").
 */
import type { VFile } from 'vfile';

export const PER_RULE = 20;

export function capMessages(file: VFile): void {
  const seen = new Map<string, number>();
  /** Rules whose messages are notes: the line that counts the rest is a note too. */
  const notes = new Set<string>();
  const kept = file.messages.filter((message) => {
    const rule = message.ruleId ?? '';
    const count = (seen.get(rule) ?? 0) + 1;
    seen.set(rule, count);
    if (message.fatal === undefined) notes.add(rule);
    return count <= PER_RULE;
  });
  if (kept.length === file.messages.length) return;
  file.messages.length = 0;
  file.messages.push(...kept);
  for (const [rule, count] of seen) {
    if (count <= PER_RULE) continue;
    const message = file.message(`…and ${count - PER_RULE} more \`${rule}\` messages in this file, not shown`, {
      ruleId: 'too-many-messages',
      source: 'baoku',
    });
    message.fatal = notes.has(rule) ? undefined : false;
  }
}
