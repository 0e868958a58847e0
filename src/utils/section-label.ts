/**
 * What a section is called where its headline is missing: a continuation
 * whose start is not in the archive (`（上接第1版）`), or an untitled piece
 * (`第2版第3篇`) — never a template with a hole in it.
 *
 * @example
 *   sectionLabel({ page: 2, order: 1, continuedFrom: 1 }) // → '（上接第1版）'
 *   sectionLabel({ title: '春风又绿运河岸', page: 1, order: 1 }) // → '春风又绿运河岸'
 *   sectionLabel({ page: 2004, order: 1, continuedFrom: 1 }) // → '（上接B01版）' (a lettered page, `archive/pages.ts`)
 */
import { jumpTarget, pageName } from '../archive/pages.ts';
export interface Labelled {
  title?: string | undefined;
  page: number;
  order: number;
  continuedFrom?: number | undefined;
  /** The page is one no source numbered: the label names no page. */
  unpaged?: true | undefined;
}

export function sectionLabel(section: Labelled): string {
  if (section.title !== undefined && section.title !== '') return section.title;
  if (section.continuedFrom !== undefined) return `（上接${continuedFromName(section.continuedFrom, section.page)}）`;
  return `${section.unpaged ? '' : pageName(section.page)}第${section.order}篇（无标题）`;
}

/** The page a section's `（上接…）` names, as a reader cites it: a plain number printed on a lettered page is a page of its section (`jumpTarget`). */
export function continuedFromName(printed: number, page: number): string {
  return pageName(jumpTarget(printed, page));
}

/** The page a section's `（下转…）` names, printed on its last page, as a reader cites it. */
export function continuedToName(printed: number, section: { page: number; pages: readonly number[] }): string {
  return pageName(jumpTarget(printed, section.pages.at(-1) ?? section.page));
}
