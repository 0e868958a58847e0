/** Papers' and names' ASCII ids (src/archive/slug.ts): toneless pinyin, the same for ingest's paths and the site's URLs. */
import { describe, expect, it } from 'vitest';
import { paperSlug, slugMap } from '../../src/archive/slug.ts';

describe('paperSlug', () => {
  it('spells a masthead in toneless pinyin, ü as v, in one word', () => {
    expect(paperSlug('北京城市副中心报')).toBe('beijingchengshifuzhongxinbao');
    expect(paperSlug('聯合報')).toBe('lianhebao');
    // (ü is no ASCII letter: spelt as it is typed, not a break in the word, `zhongguofun-bao`.)
    expect(paperSlug('中国妇女报')).toBe('zhongguofunvbao');
    expect(paperSlug('澄江文旅报')).toBe('chengjiangwenlvbao');
    expect(paperSlug('绿城晚报')).not.toBe(paperSlug('路城晚报'));
  });

  it('keeps Latin letters and digits, and gives a masthead pinyin cannot spell an id of its own', () => {
    expect(paperSlug('21世纪经济报道')).toBe('21shijijingjibaodao');
    expect(paperSlug('★☆')).toMatch(/^paper-[0-9a-f]{10}$/u);
  });

  it('tells apart two names that spell alike', () => {
    const slugs = slugMap(['李白', '里白']);
    expect(new Set(slugs.values()).size).toBe(2);
  });
});
