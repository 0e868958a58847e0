import { describe, expect, it } from 'vitest';
import { followsPage, jumpTarget, letteredPage, namedBy, pageLabel, pageName, pageSection, pagesName, plainPage } from '../../src/archive/pages.ts';

describe('page numbers', () => {
  it('keeps a lettered page apart from the plain page of the same number, and reads its label back', () => {
    expect(letteredPage('A', 2)).toBe(1002);
    expect(letteredPage('B', 2)).toBe(2002);
    expect(letteredPage('Z', 1)).toBe(26001);
    expect(letteredPage('AA', 3)).toBe(27003);
    for (const label of ['A01', 'A02', 'B10', 'C99', 'Z01', 'AA03', 'SA12', 'ZZ01']) {
      const page = letteredPage(label.replace(/[0-9]+$/u, ''), Number(label.replace(/^[A-Z]+/u, '')));
      expect(page, label).toBeDefined();
      expect(pageLabel(page!), label).toBe(label);
    }
  });
  it('refuses what is no lettered page', () => {
    expect(letteredPage('a', 2)).toBeUndefined();
    expect(letteredPage('', 2)).toBeUndefined();
    expect(letteredPage('A', 0)).toBeUndefined();
    expect(letteredPage('A', 1000)).toBeUndefined();
  });
  it('names plain and lettered pages as a reader cites them', () => {
    expect(pageSection(3)).toBeUndefined();
    expect(pageSection(2002)).toBe('B');
    expect(pageName(3)).toBe('第3版');
    expect(pageName(999)).toBe('第999版');
    expect(pageName(2002)).toBe('B02版');
    expect(pagesName([1, 2])).toBe('第1、2版');
    expect(pagesName([1001, 2002])).toBe('A01、B02版');
    expect(pagesName([3, 2002])).toBe('第3版、B02版');
  });
  it('sorts lettered pages as printed: A before B, each in number order', () => {
    const labels = ['B01', 'A10', 'A02', 'AA01', 'B02'];
    const pages = labels.map((label) => letteredPage(label.slice(0, -2), Number(label.slice(-2)))!);
    expect(pages.sort((a, b) => a - b).map(pageLabel)).toEqual(['A02', 'A10', 'B01', 'B02', 'AA01']);
  });
  it('reads a plain jump marker on a lettered page as a page of the same section', () => {
    expect(jumpTarget(4, 1001)).toBe(1004);
    expect(jumpTarget(4, 2001)).toBe(2004);
    expect(jumpTarget(4, 1)).toBe(4);
    expect(jumpTarget(2004, 1001)).toBe(2004);
    // In an issue that mixes plain and lettered pages, the plain page when the section has no such page.
    expect(jumpTarget(3, 1001, new Set([1001, 3]))).toBe(3);
    expect(jumpTarget(3, 1001, new Set([1001, 1003, 3]))).toBe(1003);
    expect(jumpTarget(3, 1001, new Set([1001]))).toBe(1003);
  });
  it('knows which pages a marker number names, seen from a page whose number is unknown', () => {
    expect(namedBy(1001, 1)).toBe(true);
    expect(namedBy(2001, 1)).toBe(true);
    expect(namedBy(1, 1)).toBe(true);
    expect(namedBy(1002, 1)).toBe(false);
    expect(namedBy(2001, 1001)).toBe(false);
  });
  it('lets a bare label open a page only where one can follow', () => {
    expect(followsPage(undefined, 1003)).toBe(true);
    expect(followsPage(1002, 1003)).toBe(true);
    expect(followsPage(1004, 2001)).toBe(true);
    // A special issue's pages between two sections: A04 → T01 → T02 → B01.
    expect(followsPage(1004, 20001)).toBe(true);
    expect(followsPage(20002, 2001)).toBe(true);
    expect(followsPage(20002, 2002)).toBe(false);
    // `G20` over a headline on A02, a label printed again, a page before.
    expect(followsPage(1002, 7020)).toBe(false);
    expect(followsPage(1002, 1002)).toBe(false);
    expect(followsPage(1003, 1002)).toBe(false);
  });
  it('keeps plain pages below 1000', () => {
    expect(plainPage(12)).toBe(12);
    expect(plainPage(999)).toBe(999);
    expect(plainPage(1001)).toBeUndefined();
    expect(plainPage(0)).toBeUndefined();
    expect(plainPage(undefined)).toBeUndefined();
  });
});
