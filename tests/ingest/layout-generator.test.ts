/**
 * The layout generator the segmentation is measured with: its lines are
 * what a paper prints (whole phrases, never a word cut in two), and its
 * truth is what its files say, character for character.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { fallbackCorpus } from '../../scripts/bench/corpus.ts';
import { FAMILIES, generateFamily } from '../../scripts/bench/layouts/index.ts';
import { phrases } from '../../scripts/bench/layouts/model.ts';
import { pdfLines } from './lossless.ts';

describe('phrases', () => {
  it('keeps a headline that fits whole', () => expect(phrases('李强会见日本外相', 16)).toBe('李强会见日本外相'));
  it('cuts at a space, comma or dash, never inside a word', () => {
    expect(phrases('以称在叙建“防御区” 联合国官员称以军违反协议', 18)).toBe('以称在叙建“防御区”');
    expect(phrases('推进高质量共建“一带一路”——国际人士积极评价', 16)).toBe('推进高质量共建“一带一路”');
    expect(phrases('春耕备耕有序推进，各地抢抓农时', 10)).toBe('春耕备耕有序推进');
  });
  it('does not cut inside quotes or book-title marks', () => expect(phrases('《关于加快发展 农村养老服务的意见》出台 各地落实', 12)).toBeUndefined());
  it('has no cut when the first phrase is longer than allowed', () => expect(phrases('赵乐际向第六任全国人大常委会委员长致电', 12)).toBeUndefined());
});

const work = await mkdtemp(path.join(os.tmpdir(), 'baoku-generator-'));
afterAll(() => rm(work, { recursive: true, force: true }));

describe.each(FAMILIES.map((family) => [family.name, family] as const))('family %s', (name, family) => {
  it('prints every title, kicker, subtitle and byline of its truth as the truth has it', async () => {
    const corpus = await fallbackCorpus();
    const { input, truth } = await generateFamily(family, { corpus, seed: 7, issues: 3, out: path.join(work, name) });
    const missing: string[] = [];
    for (const issue of truth.issues) {
      const texts = await Promise.all(
        issue.files.map(async (file) =>
          file.endsWith('.pdf') ? (await pdfLines(await readFile(path.join(input, file)))).join('') : decoded(await readFile(path.join(input, file))),
        ),
      );
      const text = texts.join('\n');
      // (A PDF's text layer keeps no line's end, nor which space a space was: its fields are looked for without spaces.)
      const bare = (value: string): string => (issue.files.some((file) => file.endsWith('.pdf')) ? value.replace(/\s/gu, '') : value);
      for (const article of issue.articles) {
        for (const field of [article.title, article.kicker, article.subtitle, article.byline]) {
          if (field !== undefined && !bare(text).includes(bare(field))) missing.push(`${issue.date} ${field}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

/** UTF-8 when the bytes are, else Big5 (the Traditional family). */
function decoded(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'big5');
  }
}
