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
  found: '找到{count}条完全包含“{query}”的结果。',
  foundMore: '找到{count}条完全包含“{query}”的结果，还有更多。',
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
