/** The three name indexes over Q&A entries. */
import type { Archive, NameIndex } from './archive.ts';

export type IndexKind = 'outlets' | 'respondents' | 'topics';

export const INDEXES: Record<IndexKind, { title: string; noun: string; pick: (archive: Archive) => NameIndex }> = {
  outlets: { title: '提问媒体', noun: '提问', pick: (archive) => archive.outlets },
  respondents: { title: '答问人', noun: '回答', pick: (archive) => archive.respondents },
  topics: { title: '话题', noun: '问答', pick: (archive) => archive.topics },
};

export const INDEX_KINDS = Object.keys(INDEXES) as IndexKind[];
