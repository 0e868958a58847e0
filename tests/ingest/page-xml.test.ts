/** PAGE XML pages: regions into lines in the page's stated reading order, heads by the regions' type (`formats/page-xml.ts`). */
import { describe, expect, it } from 'vitest';
import { isPageXml, readPageXml } from '../../scripts/ingest/formats/page-xml.ts';
import type { LineHint } from '../../scripts/ingest/types.ts';

const page = (order: string[], regions: string): string =>
  `<?xml version="1.0"?><PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageFilename="p.jpg" imageWidth="2000" imageHeight="3000">${
    order.length > 0
      ? `<ReadingOrder><OrderedGroup id="g">${order.map((id, index) => `<RegionRefIndexed index="${index}" regionRef="${id}"/>`).join('')}</OrderedGroup></ReadingOrder>`
      : ''
  }${regions}</Page></PcGts>`;
/** A region at `top` (its lines stacked under it), each line with its own text. */
const region = (id: string, type: string, top: number, ...lines: string[]): string =>
  `<TextRegion id="${id}" type="${type}"><Coords points="100,${top} 900,${top} 900,${top + 100 * lines.length} 100,${top + 100 * lines.length}"/>${lines
    .map(
      (line, index) =>
        `<TextLine id="${id}l${index}"><Coords points="100,${top + 100 * index} 900,${top + 100 * index} 900,${top + 100 * index + 90} 100,${top + 100 * index + 90}"/><TextEquiv><Unicode>${line}</Unicode></TextEquiv></TextLine>`,
    )
    .join('')}</TextRegion>`;
const read = (xml: string): Array<[string, LineHint | undefined]> => {
  const found = readPageXml(xml);
  if ('unreadable' in found) throw new Error(found.unreadable);
  return (found.lines ?? []).map((line) => [line.text, line.hint]);
};

describe('PAGE XML pages', () => {
  it('knows a PAGE page by its root, in any version, and not an ALTO page', () => {
    expect(isPageXml('<?xml version="1.0"?>\n<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15">')).toBe(true);
    expect(isPageXml('<?xml version="1.0"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">')).toBe(false);
    expect(readPageXml('<?xml version="1.0"?><root/>')).toEqual({ unreadable: 'no <PcGts> root element' });
  });

  it('reads a region a line in the stated order, its lines joined, its heading regions as heads', () => {
    // (Listed with the second story first; the reading order puts it last.)
    const xml = page(
      ['r1', 'r2', 'r3', 'r4'],
      region('r3', 'heading', 100, '县医院新建门诊楼投入使用') +
        region('r4', 'paragraph', 300, '本报讯　县医院新建的门诊', '楼本月八日投入使用。') +
        region('r1', 'heading', 100, '全县春茶收购量增长三成') +
        region('r2', 'paragraph', 300, '本报讯　今年以来，县供销', '社设立收购点二十六个。'),
    );
    expect(read(xml).map(([text, hint]) => [text, hint?.heading])).toEqual([
      ['全县春茶收购量增长三成', 1],
      ['本报讯　今年以来，县供销社设立收购点二十六个。', undefined],
      ['县医院新建门诊楼投入使用', 1],
      ['本报讯　县医院新建的门诊楼本月八日投入使用。', undefined],
    ]);
    // Without a stated order, each region's `readingOrder {index:…}` gives it; else the order they are listed in.
    const custom = page(
      [],
      region('b', 'paragraph', 300, '正文在后。').replace('type="paragraph"', 'type="paragraph" custom="readingOrder {index:1;}"') +
        region('a', 'heading', 100, '标题在前').replace('type="heading"', 'type="heading" custom="readingOrder {index:0;}"'),
    );
    expect(read(custom).map(([text]) => text)).toEqual(['标题在前', '正文在后。']);
  });

  it("puts a drop capital back on its paragraph, keeps a running head's lines apart and the page's number and advertisements as printed", () => {
    const xml = page(
      ['h', 'k', 'd', 'p', 'n'],
      region('h', 'header', 0, '清江日报', '1987年5月12日 星期二', '第1版') +
        region('k', 'heading', 400, '全县春茶收购量增长三成') +
        region('d', 'drop-capital', 600, '本') +
        region('p', 'paragraph', 600, '报讯　今年以来，县供销社设立收购点。') +
        region('n', 'page-number', 2800, '1') +
        `<AdvertRegion id="a"><Coords points="100,2500 900,2500 900,2700 100,2700"/>${region('at', 'other', 2500, '清江牌茶叶 各大商店有售')}</AdvertRegion>`,
    );
    expect(read(xml)).toEqual([
      ['清江日报', undefined],
      ['1987年5月12日 星期二', undefined],
      ['第1版', undefined],
      ['全县春茶收购量增长三成', { heading: 1, bySize: true }],
      ['本报讯　今年以来，县供销社设立收购点。', { opensParagraph: true }],
      ['1', { media: true }],
      ['清江牌茶叶 各大商店有售', { media: true }],
    ]);
  });

  it("reads a line's first text of several (the lowest index), else its region's own text", () => {
    const alternatives = page(
      [],
      `<TextRegion id="r" type="paragraph"><TextLine id="l"><TextEquiv index="2"><Unicode>错字</Unicode></TextEquiv><TextEquiv index="1"><Unicode>正字。</Unicode></TextEquiv></TextLine></TextRegion>`,
    );
    expect(read(alternatives).map(([text]) => text)).toEqual(['正字。']);
    const regionOnly = page([], `<TextRegion id="r" type="paragraph"><TextEquiv><Unicode>县供销社设立\n收购点二十六个。</Unicode></TextEquiv></TextRegion>`);
    expect(read(regionOnly).map(([text]) => text)).toEqual(['县供销社设立收购点二十六个。']);
  });
});
