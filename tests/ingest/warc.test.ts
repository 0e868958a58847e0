/**
 * A web crawl's archive (`formats/warc.ts`): its captures taken out, what else it holds counted, a file cut short found.
 * The crawls are written here record by record as crawlers write them (WARC 1.0, each record its own gzip member).
 */
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { capturedPage, readCrawl, type Crawl } from '../../scripts/ingest/formats/warc.ts';

const encoder = new TextEncoder();

function record(type: string, uri: string | undefined, date: string, block: Uint8Array, contentType?: string, extra: string[] = []): Buffer {
  const head = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Date: ${date}`,
    `WARC-Record-ID: <urn:uuid:${type}-${date}>`,
    ...(uri === undefined ? [] : [`WARC-Target-URI: ${uri}`]),
    `Content-Type: ${contentType ?? (type === 'warcinfo' ? 'application/warc-fields' : `application/http; msgtype=${type === 'request' ? 'request' : 'response'}`)}`,
    ...extra,
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([encoder.encode(`${head}\r\n\r\n`), block, encoder.encode('\r\n\r\n')]);
}

function response(status: string, headers: Array<[string, string]>, body: Uint8Array): Uint8Array {
  return Buffer.concat([encoder.encode(`HTTP/1.1 ${status}\r\n${headers.map(([name, value]) => `${name}: ${value}\r\n`).join('')}\r\n`), body]);
}

const page = (title: string): Uint8Array => encoder.encode(`<html><head><title>${title}</title></head><body><h1>${title}</h1><p>正文。</p></body></html>`);
const site = 'http://www.example.cn';

/** A day's crawl: its info, a request, a page, a picture, a redirect, a missing page, the page again later, a revisit. */
function crawlRecords(): Buffer[] {
  return [
    record('warcinfo', undefined, '2024-03-08T08:00:00Z', encoder.encode('software: Heritrix/3.4.0\r\n')),
    record('request', `${site}/a.htm`, '2024-03-08T08:00:01Z', encoder.encode('GET /a.htm HTTP/1.1\r\n\r\n')),
    record('response', `${site}/a.htm`, '2024-03-08T08:00:01Z', response('200 OK', [['Content-Type', 'text/html; charset=utf-8']], page('初版标题'))),
    record('response', `${site}/logo.png`, '2024-03-08T08:00:02Z', response('200 OK', [['Content-Type', 'image/png']], new Uint8Array(16))),
    record('response', `${site}/old`, '2024-03-08T08:00:03Z', response('301 Moved Permanently', [['Location', `${site}/new`]], new Uint8Array())),
    record('response', `${site}/gone.htm`, '2024-03-08T08:00:04Z', response('404 Not Found', [['Content-Type', 'text/html']], page('页面不存在'))),
    record('response', `${site}/robots.txt`, '2024-03-08T08:00:05Z', response('200 OK', [['Content-Type', 'text/plain']], encoder.encode('User-agent: *\n'))),
    record('response', `${site}/a.htm`, '2024-03-09T08:00:01Z', response('200 OK', [['Content-Type', 'text/html; charset=utf-8']], page('更正后标题'))),
    record('revisit', `${site}/a.htm`, '2024-03-10T08:00:01Z', new Uint8Array()),
  ];
}

async function read(bytes: Uint8Array, kind: 'warc' | 'wacz' = 'warc'): Promise<Crawl> {
  const crawl = await readCrawl(bytes, kind);
  if ('unreadable' in crawl) throw new Error(crawl.unreadable);
  return crawl;
}

describe('readCrawl', () => {
  it('takes out the pages a site sent with status 200, the latest capture of an address, and counts every other record by kind', async () => {
    for (const bytes of [Buffer.concat(crawlRecords()), Buffer.concat(crawlRecords().map((one) => gzipSync(one)))]) {
      const crawl = await read(bytes);
      expect(crawl.records).toBe(9);
      expect(crawl.captures.map((capture) => [capture.address, capture.captured, capture.format])).toEqual([[`${site}/a.htm`, '2024-03-09T08:00:01Z', 'html']]);
      expect(new TextDecoder().decode(crawl.captures[0]!.body)).toContain('更正后标题');
      expect(crawl.leftOut).toEqual({ crawler: 3, companions: 1, redirects: 1, errors: 1, revisits: 1, earlier: 1 });
      expect(crawl.cutShort).toBeUndefined();
    }
  });

  it('undoes a body’s chunking and gzip as its headers say, and keeps the charset the site declared', async () => {
    const html = Buffer.from('<html><body><p>老城区公交线路调整</p></body></html>', 'utf8');
    const chunked = Buffer.concat([Buffer.from(`${html.length.toString(16)}\r\n`), html, Buffer.from('\r\n0\r\n\r\n')]);
    const crawl = await read(
      Buffer.concat([
        record(
          'response',
          `${site}/c.htm`,
          '2024-03-08T08:00:00Z',
          response(
            '200 OK',
            [
              ['Content-Type', 'text/html; charset=GBK'],
              ['Transfer-Encoding', 'chunked'],
            ],
            chunked,
          ),
        ),
        record(
          'response',
          `${site}/g.htm`,
          '2024-03-08T08:00:01Z',
          response(
            '200 OK',
            [
              ['Content-Type', 'text/html'],
              ['Content-Encoding', 'gzip'],
            ],
            gzipSync(html),
          ),
        ),
      ]),
    );
    expect(crawl.captures.map((capture) => [Buffer.from(capture.body).equals(html), capture.charset])).toEqual([
      [true, 'GBK'],
      [true, undefined],
    ]);
  });

  it('names a capture the crawler cut at its size limit (`WARC-Truncated`)', async () => {
    const body = response('200 OK', [['Content-Type', 'text/html']], page('长文'));
    const crawl = await read(record('response', `${site}/long.htm`, '2024-03-08T08:00:00Z', body, undefined, ['WARC-Truncated: length']));
    expect(crawl.captures.map((capture) => capture.truncated)).toEqual(['length']);
    expect((await read(record('response', `${site}/long.htm`, '2024-03-08T08:00:00Z', body))).captures[0]).not.toHaveProperty('truncated');
  });

  it('finds a crawl cut short — inside a gzip member, inside a record’s body, inside a record’s head — and keeps the records before', async () => {
    const members = Buffer.concat(crawlRecords().map((one) => gzipSync(one)));
    const plain = Buffer.concat(crawlRecords());
    const third = Buffer.concat(crawlRecords().slice(0, 3)).length;
    for (const cut of [members.subarray(0, members.length - 30), plain.subarray(0, third - 40), plain.subarray(0, third + 30)]) {
      const crawl = await read(cut);
      expect(crawl.cutShort).toMatch(/^the file stops inside its \d+(?:st|nd|rd|th) record/u);
    }
    // (Cut inside the third record, the page's: the two records before are read, the page is not taken half.)
    const inPage = await read(plain.subarray(0, third - 40));
    expect(inPage.records).toBe(2);
    expect(inPage.captures).toEqual([]);
    // (Cut inside the picture after the page: the page is kept.)
    const fourth = Buffer.concat(crawlRecords().slice(0, 4)).length;
    const inPicture = await read(plain.subarray(0, fourth - 10));
    expect(inPicture.captures.map((capture) => capture.address)).toEqual([`${site}/a.htm`]);
    expect(inPicture.cutShort).toMatch(/4th record/u);
    // (An empty file says so.)
    const empty = await readCrawl(new Uint8Array(), 'warc');
    expect('unreadable' in empty && empty.unreadable).toMatch(/empty/u);
  });

  it('reads a WACZ’s WARC files, and refuses what is no crawl with the fix', async () => {
    const zip = new JSZip();
    zip.file('archive/data.warc.gz', Buffer.concat(crawlRecords().map((one) => gzipSync(one))));
    zip.file('pages/pages.jsonl', '{"format": "json-pages-1.0"}\n');
    const crawl = await read(await zip.generateAsync({ type: 'uint8array' }), 'wacz');
    expect(crawl.warcs).toEqual(['archive/data.warc.gz']);
    expect(crawl.captures.map((capture) => capture.warc)).toEqual(['archive/data.warc.gz']);
    const notCrawl = await readCrawl(encoder.encode('<html>not a crawl</html>'), 'warc');
    expect('unreadable' in notCrawl && notCrawl.unreadable).toMatch(/does not begin with a WARC record/u);
    const notZip = await readCrawl(encoder.encode('PK no zip'), 'wacz');
    expect('unreadable' in notZip && notZip.unreadable).toMatch(/no zip file/u);
  });
});

describe('capturedPage', () => {
  const gbk = Buffer.from('<html><head><meta charset="gb2312"></head><body><p>', 'latin1');
  // `老城` in GB2312.
  const text = Buffer.concat([gbk, Buffer.from([0xc0, 0xcf, 0xb3, 0xc7]), Buffer.from('</p></body></html>', 'latin1')]);

  it('reads the charset the site declared, else the page’s <meta>, else what the bytes show', () => {
    expect(capturedPage(text, 'GBK')).toMatchObject({ charset: 'gbk', from: 'http' });
    expect(capturedPage(text, undefined)).toMatchObject({ charset: 'gb2312', from: 'meta' });
    expect(capturedPage(text, undefined).html).toContain('老城');
  });

  it('passes over a declaration the bytes do not read in (a server’s ISO-8859-1 or UTF-8 over GB2312), and says which', () => {
    const sentence = '老城区十二条公交线路将于四月一日起优化调整，调整后公交站点覆盖率将达到百分之百。';
    const bytes = Buffer.concat([Buffer.from('<p>', 'latin1'), iconv.encode(sentence.repeat(3), 'gbk'), Buffer.from('</p>')]);
    for (const wrong of ['ISO-8859-1', 'utf-8']) {
      const read = capturedPage(bytes, wrong);
      expect(read).toMatchObject({ from: 'detected', passedOver: wrong });
      expect(read.html).toContain(sentence);
    }
    // (A page of ASCII only reads in a Western charset as it is.)
    expect(capturedPage(Buffer.from('<p>hello</p>'), 'ISO-8859-1')).toMatchObject({ from: 'http' });
  });
});
