/**
 * Rule: a page header line (`第2版`, `第 2 版：要闻`, `第二版 综合新闻`).
 * A date line that carries `第N版` also gives the page (see `dateline.ts`).
 *
 * @example
 *   matchPageHeader('第 2 版：要闻') // → {page: 2, label: '要闻'}
 */
import { NUMBER, parseNumber } from '../numerals.ts';

const PAGE_HEADER = new RegExp(`^第\\s*(${NUMBER})\\s*版(?:[\\s　：:·|｜-]*(.*))?$`, 'u');

export function matchPageHeader(text: string): { page: number; label?: string } | undefined {
  const match = PAGE_HEADER.exec(text);
  const page = match?.[1] === undefined ? undefined : parseNumber(match[1]);
  if (!match || page === undefined) return undefined;
  const label = match[2]?.trim();
  return label ? { page, label } : { page };
}
