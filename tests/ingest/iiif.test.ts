/** A digital library's issue as IIIF: a manifest, its canvases, their OCR annotations (`formats/iiif.ts`). Whole issues: the `iiif-issues` fixture. */
import { describe, expect, it } from 'vitest';
import { iiifDocumentKind, iiifKind, manifestLists, readIiif } from '../../scripts/ingest/formats/iiif.ts';

const V2 = 'http://iiif.io/api/presentation/2/context.json';
const V3 = 'http://iiif.io/api/presentation/3/context.json';

/** A version 3 annotation of a line of text at `x, y`, `height` high, a character as wide as it is high. */
const line = (text: string, x: number, y: number, height: number, motivation = 'supplementing'): object => ({
  type: 'Annotation',
  motivation,
  body: { type: 'TextualBody', value: text, format: 'text/plain' },
  target: `https://example.org/canvas/1#xywh=${x},${y},${Array.from(text).length * height},${height}`,
});
const manifest = (annotations: object[], extra: object = {}): string =>
  JSON.stringify({
    '@context': V3,
    id: 'https://example.org/manifest',
    type: 'Manifest',
    ...extra,
    items: [
      { id: 'https://example.org/canvas/1', type: 'Canvas', annotations: [{ id: 'https://example.org/ocr/1', type: 'AnnotationPage', items: annotations }] },
    ],
  });

describe('IIIF documents (formats/iiif.ts)', () => {
  it('knows a manifest, an annotation list or page and a collection by their context and type', () => {
    expect(iiifKind(manifest([]))).toBe('manifest');
    expect(iiifKind(JSON.stringify({ '@context': V2, '@id': 'x', '@type': 'sc:Manifest' }))).toBe('manifest');
    expect(iiifKind(JSON.stringify({ '@context': V2, '@id': 'x', '@type': 'sc:AnnotationList', resources: [] }))).toBe('annotations');
    expect(iiifKind(JSON.stringify({ '@context': V3, id: 'x', type: 'Collection', items: [] }))).toBe('collection');
    // (A search API's reply whose records each hold a manifest's stub, and a record that borrows a manifest's type and context
    // with no canvases: the data they are.)
    expect(
      iiifDocumentKind(JSON.stringify({ total: 2, results: [{ title: '运河日报', manifest: { '@context': V2, '@type': 'sc:Manifest', '@id': 'x' } }] })),
    ).toBeUndefined();
    expect(iiifDocumentKind(JSON.stringify({ '@context': V3, type: 'Manifest', records: [{ title: '标题', text: '正文。' }] }))).toBeUndefined();
    expect(iiifDocumentKind(manifest([]))).toBe('manifest');
    // (A JSON file that names a manifest but is none: a scraper's record.)
    expect(iiifKind(JSON.stringify({ type: 'Manifest', title: '运河日报' }))).toBeUndefined();
  });

  it('reads a canvas its lines gathered into blocks: heads by their size, paragraphs by their indent and short last line', () => {
    const read = readIiif(
      manifest(
        [
          line('市區新設兩處公共泳池', 100, 100, 90),
          line('本報訊　市政局宣佈，本月起在東區及西', 190, 230, 45),
          line('區各開放公共泳池一處，每日開放至晚上', 100, 285, 45),
          line('九時。', 100, 340, 45),
          line('市民可憑證入場，每人每次限兩小時，泳', 190, 395, 45),
          line('池並設救生員當值。', 100, 450, 45),
          line('此頁右下角有污損', 0, 0, 45, 'commenting'),
        ],
        { navDate: '1960-07-05T00:00:00Z', metadata: [{ label: { en: ['Title'] }, value: { zh: ['工商晚報'] } }] },
      ),
      new Map(),
    );
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.text.split('\n').filter((text) => text !== '')).toEqual([
      '市區新設兩處公共泳池',
      '本報訊　市政局宣佈，本月起在東區及西區各開放公共泳池一處，每日開放至晚上九時。',
      '市民可憑證入場，每人每次限兩小時，泳池並設救生員當值。',
    ]);
    expect(read.lines?.[0]?.hint?.heading).toBe(1);
    expect(read.frontmatter).toEqual({ source: '工商晚報', date: '1960-07-05' });
    // The reader's comment is no text, and is counted.
    expect(read.parts.comments).toBe(1);
  });

  it('parts a head set in the body’s size from the lead under it, and keeps one paragraph’s lines together', () => {
    const read = readIiif(
      manifest([
        line('颱風過境航班延誤', 100, 100, 45),
        line('本報訊　受颱風影響，昨日多班航機延誤', 100, 155, 45),
        line('，機場當局呼籲旅客留意航班資訊。', 100, 210, 45),
      ]),
      new Map(),
    );
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.text.split('\n').filter((text) => text !== '')).toEqual([
      '颱風過境航班延誤',
      '本報訊　受颱風影響，昨日多班航機延誤，機場當局呼籲旅客留意航班資訊。',
    ]);
    // (A line that is no head over a line that opens no lead: one paragraph.)
    const one = readIiif(manifest([line('市政局表示，本月起在東區', 100, 100, 45), line('開放公共泳池一處。', 100, 155, 45)]), new Map());
    if ('unreadable' in one) throw new Error(one.unreadable);
    expect(one.text.split('\n').filter((text) => text !== '')).toEqual(['市政局表示，本月起在東區開放公共泳池一處。']);
  });

  it('finds the annotation lists a version 2 manifest keeps in files beside it, and reads them with it', () => {
    const v2 = JSON.stringify({
      '@context': V2,
      '@id': 'https://example.org/haixia/manifest',
      '@type': 'sc:Manifest',
      metadata: [
        { label: 'Title', value: '海峽僑報' },
        { label: 'Date', value: '1955-03-01' },
      ],
      sequences: [
        {
          canvases: [
            { '@id': 'https://example.org/haixia/canvas/p1', otherContent: [{ '@id': 'https://example.org/haixia/list/p1', '@type': 'sc:AnnotationList' }] },
          ],
        },
      ],
    });
    const lists = manifestLists('/archive/haixia/manifest.json', v2, new Set(['/archive/haixia/list/p1.json', '/archive/haixia/other.json']));
    expect([...lists]).toEqual([['https://example.org/haixia/list/p1', '/archive/haixia/list/p1.json']]);
    const list = JSON.stringify({
      '@context': V2,
      '@id': 'https://example.org/haixia/list/p1',
      '@type': 'sc:AnnotationList',
      resources: [
        {
          '@type': 'oa:Annotation',
          motivation: 'sc:painting',
          resource: { '@type': 'cnt:ContentAsText', chars: '僑校新學年招生踴躍' },
          on: 'https://example.org/haixia/canvas/p1#xywh=200,200,900,100',
        },
        {
          '@type': 'oa:Annotation',
          motivation: 'sc:painting',
          resource: { '@type': 'cnt:ContentAsText', chars: '本報訊　本市三所僑校新學年招生報名截止。' },
          on: 'https://example.org/haixia/canvas/p1#xywh=300,340,1000,50',
        },
      ],
    });
    const read = readIiif(v2, new Map([['https://example.org/haixia/list/p1', list]]));
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.text.split('\n').filter((text) => text !== '')).toEqual(['僑校新學年招生踴躍', '本報訊　本市三所僑校新學年招生報名截止。']);
    expect(read.frontmatter).toEqual({ source: '海峽僑報', date: '1955-03-01' });
    // Without its lists the manifest holds no text, and says where it would be.
    const bare = readIiif(v2, new Map());
    expect('unreadable' in bare && bare.unreadable).toMatch(/annotation lists are not in the folder/u);
  });
});
