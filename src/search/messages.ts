/**
 * What the search page's script says to readers, written once in
 * Simplified. The page carries them as hidden text, so Traditional pages get
 * them converted with the rest of the page, exactly; `{query}`, `{count}`
 * and `{year}` are filled in by the script.
 */
export const MESSAGES = {
  empty: '输入要查找的文字。',
  searching: '正在搜索……',
  more: '显示更多结果',
  earlier: '继续搜索更早的年份（{year}）',
  partial: '没有完全包含“{query}”的结果（有{count}个页面只匹配了其中一部分，未列出）。',
  none: '没有找到“{query}”。',
  found: '共{count}条符合“{query}”的结果。',
  foundAtLeast: '至少{count}条符合“{query}”的结果（更早的年份尚未搜索）。',
  foundChecking: '已找到{count}条符合“{query}”的结果，还有更多待核对。',
  foundAtMost: '已找到{shown}条符合“{query}”的结果，最多{count}条（其余待核对）。',
  failed: '搜索“{query}”时未能载入索引或结果（网络中断，或网站刚刚更新）。',
  retry: '重试',
  'invalid-quote': '引号没有配对：请在短语两端各加一个英文引号 "。',
  'invalid-or': 'OR 或 | 的两边都要有词。',
  'invalid-negative': '只有排除的词：请至少输入一个要查找的词（如 外交 -美国）。',
  'invalid-punctuation': '标点符号不能单独搜索：请和文字一起放在引号里（如 "中国，外交"）。',
  all: '全部',
  paper: '报纸',
  year: '年份',
  month: '月份',
  kind: '类型',
  outlet: '提问媒体',
  respondent: '答问人',
  topic: '话题',
} as const;

export type MessageKey = keyof typeof MESSAGES;
