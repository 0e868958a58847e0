/** A newsroom's story in NITF (`formats/nitf.ts`): heads in their places, text a paragraph a line, the head's facts as front matter. */
import { describe, expect, it } from 'vitest';
import { isNitf, readNitf } from '../../scripts/ingest/formats/nitf.ts';

const story = (head: string, body: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf><head>${head}</head><body>${body}</body></nitf>`;

describe('NITF stories', () => {
  it('is told by its root element, not by an NITF body inside a NewsML message', () => {
    expect(isNitf(story('', ''))).toBe(true);
    expect(isNitf('<?xml version="1.0"?>\n<!-- 稿库导出 -->\n<nitf version="3.6">')).toBe(true);
    expect(
      isNitf('<newsMessage><itemSet><newsItem><contentSet><inlineXML><nitf><body/></nitf></inlineXML></contentSet></newsItem></itemSet></newsMessage>'),
    ).toBe(false);
    expect(isNitf('<records><record><title>nitf</title></record></records>')).toBe(false);
  });

  it('reads a kicker over the headline, a subtitle under it, the byline, paragraphs and subheads; the dateline, captions and tagline as printed', () => {
    const read = readNitf(
      story(
        '',
        '<body.head><hedline><hl2 class="kicker">引题</hl2><hl1>主标题</hl1><hl2>——副标题</hl2></hedline><byline>本报记者　<person>周明</person></byline><dateline><location><city>江城</city></location><story.date>3月7日</story.date></dateline></body.head>' +
          '<body.content><p>第一段。</p><hl2>小标题</hl2><block><p>第二段，\n      接着写。</p></block><media><media-caption>图片说明</media-caption></media></body.content><body.end><tagline>（责任编辑：赵新）</tagline></body.end>',
      ),
    );
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.lines?.map((line) => [line.text, line.hint ?? {}])).toEqual([
      ['引题', { heading: 2 }],
      ['主标题', { heading: 1 }],
      ['——副标题', { heading: 2 }],
      ['本报记者　周明', {}],
      ['江城3月7日', { media: true }],
      ['第一段。', {}],
      ['小标题', { heading: 3 }],
      ['第二段，接着写。', {}],
      ['图片说明', { media: true }],
      ['（责任编辑：赵新）', { media: true }],
    ]);
  });

  it("takes the paper, the issue's date and the page from the head", () => {
    const facts = (head: string): Record<string, string> | undefined => {
      const read = readNitf(story(head, '<body.content><p>正文。</p></body.content>'));
      return 'unreadable' in read ? undefined : read.frontmatter;
    };
    expect(facts('<title>标题</title><pubdata name="江城晚报" date.publication="20240308T000000+0800" position.section="01版"/>')).toEqual({
      source: '江城晚报',
      date: '2024-03-08T00:00:00+08:00',
      page: '01版',
      title: '标题',
    });
    // (The date when the publication's is not given; a section that names no page, `要闻`, gives none.)
    expect(facts('<docdata><date.issue norm="20240308"/></docdata><pubdata name="江城晚报" position.section="要闻"/>')).toEqual({
      source: '江城晚报',
      date: '2024-03-08',
    });
    expect(facts('<pubdata position.section="B02"/>')).toEqual({ page: 'B02' });
  });

  it('says why a document cannot be read', () => {
    expect(readNitf('<nitf><head/></nitf>')).toEqual({ unreadable: 'no <body> element' });
    expect(readNitf('<nitf><body><body.content/></body></nitf>')).toEqual({ unreadable: 'no text in its <body>' });
  });
});
