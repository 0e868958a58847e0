/**
 * The kinds of search record and their labels as readers see them (the kind
 * filter's values, and the kind shown with each result). Simplified; the
 * search page converts them for Traditional readers.
 */
export type SearchKind = 'article' | 'transcript' | 'qa';

export const KIND_FILTER: Record<SearchKind, string> = { article: '文章', transcript: '实录', qa: '问答' };
