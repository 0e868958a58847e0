/** A browser's web archive (`formats/mhtml.ts`): the page taken out of its MIME parts, decoded. */
import { describe, expect, it } from 'vitest';
import { readMhtml } from '../../scripts/ingest/formats/mhtml.ts';

/** An archive of parts (`headers`, then the body as it is written), with its root's own headers. */
function archive(root: string[], parts: Array<{ headers: string[]; body: string }>, boundary = '----=_NextPart_000'): Buffer {
  const text = [
    ...root,
    `Content-Type: multipart/related;\r\n\tboundary="${boundary}";\r\n\ttype="text/html"`,
    '',
    'This is a multi-part message in MIME format.',
    '',
    ...parts.flatMap((part) => [`--${boundary}`, ...part.headers, '', part.body]),
    `--${boundary}--`,
    '',
  ].join('\r\n');
  return Buffer.from(text, 'latin1');
}

/** UTF-8 text as the bytes a MIME body holds (one Latin-1 character a byte). */
const latin1 = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('readMhtml', () => {
  it('takes out the page: quoted-printable in its charset (GB2312 read as GB18030), soft line breaks joined, its address', () => {
    // `老城` in GB2312 is C0CF B3C7; `=\r\n` is a soft line break.
    const bytes = archive(
      ['From: <Saved by Windows Internet Explorer 8>', 'MIME-Version: 1.0'],
      [
        {
          headers: [
            'Content-Type: text/html;',
            '\tcharset="gb2312"',
            'Content-Transfer-Encoding: quoted-printable',
            'Content-Location: http://www.hcwb.cn/c_1001.htm',
          ],
          body: '<h1>=C0=CF=B3=C7=\r\n=C7=F8</h1>',
        },
        { headers: ['Content-Type: image/gif', 'Content-Transfer-Encoding: base64'], body: 'R0lGODlhAQABAAAAACw=' },
      ],
    );
    expect(readMhtml(bytes)).toEqual({
      html: '<h1>老城区</h1>',
      charset: 'gb2312',
      transfer: 'quoted-printable',
      parts: 2,
      address: 'http://www.hcwb.cn/c_1001.htm',
    });
  });

  it('decodes base64, takes the start part over the first page, and the snapshot address over the part’s', () => {
    const page = (text: string): string => Buffer.from(`<p>${text}</p>`, 'utf8').toString('base64');
    const bytes = archive(
      ['Snapshot-Content-Location: https://www.qxrb.cn/a.html'],
      [
        { headers: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', 'Content-ID: <frame>'], body: page('框架') },
        { headers: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', 'Content-ID: <main>'], body: page('正文') },
      ],
    );
    const withStart = Buffer.from(bytes.toString('latin1').replace('type="text/html"', 'type="text/html"; start="<main>"'), 'latin1');
    expect(readMhtml(withStart)).toMatchObject({ html: '<p>正文</p>', transfer: 'base64', address: 'https://www.qxrb.cn/a.html' });
    expect(readMhtml(bytes)).toMatchObject({ html: '<p>框架</p>' });
  });

  it('reads the frame with the most text of a frameset, and says an archive stops before its closing boundary', () => {
    const part = (body: string, location: string): { headers: string[]; body: string } => ({
      headers: ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: 8bit', `Content-Location: ${location}`],
      body: latin1(body),
    });
    const frameset = archive(
      [],
      [
        part('<frameset cols="20%,80%"><frame src="nav.htm"><frame src="content_1.htm"></frameset>', 'http://e.cn/index.htm'),
        part('<p>首页</p>', 'http://e.cn/nav.htm'),
        part('<h1>春耕</h1><p>各地抢抓农时开展春耕生产，农机手们忙着犁地播种。</p>', 'http://e.cn/content_1.htm'),
      ],
    );
    const framed = readMhtml(frameset);
    expect(framed).toMatchObject({ framed: true, address: 'http://e.cn/content_1.htm' });
    expect('html' in framed && framed.html).toContain('春耕生产');
    const whole = archive([], [part('<p>正文</p>', 'http://e.cn/a.htm')]);
    expect(readMhtml(whole)).not.toHaveProperty('cutShort');
    const cut = whole.subarray(0, whole.lastIndexOf('--\r\n'));
    const short = readMhtml(cut);
    expect(short).toMatchObject({ cutShort: true });
    expect('html' in short && short.html).toContain('正文');
  });

  it('detects the encoding of a page that declares no charset, and names an archive with no page or no MIME head', () => {
    const undeclared = archive([], [{ headers: ['Content-Type: text/html', 'Content-Transfer-Encoding: 8bit'], body: latin1('<p>新闻</p>') }]);
    expect(readMhtml(undeclared)).toMatchObject({ html: '<p>新闻</p>', charset: 'utf-8' });
    const pictures = archive([], [{ headers: ['Content-Type: image/gif', 'Content-Transfer-Encoding: base64'], body: 'R0lGODlhAQABAAAAACw=' }]);
    expect(readMhtml(pictures)).toEqual({ unreadable: 'none of its 1 part is a page (`text/html`)' });
    const garbage = readMhtml(Buffer.from([0, 0, 0]));
    expect('unreadable' in garbage && garbage.unreadable).toMatch(/^no MIME header/u);
  });
});
