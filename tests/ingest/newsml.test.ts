/** A NewsML-G2 message (`formats/newsml.ts`): each story item a document of its own, the item's facts where its text lacks them. */
import { describe, expect, it } from 'vitest';
import { isNewsMl, newsMlStories } from '../../scripts/ingest/formats/newsml.ts';
import { readNitf } from '../../scripts/ingest/formats/nitf.ts';

const message = (items: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2024-03-08T23:40:00+08:00</sent></header><itemSet>${items}</itemSet></newsMessage>`;

const nitfItem = (guid: string, meta: string, body: string): string =>
  `<newsItem guid="${guid}" standard="NewsML-G2"><itemMeta><itemClass qcode="ninat:text"/><provider literal="江城晚报"/><edNote>拟用：3月9日第3版</edNote><versionCreated>2024-03-08T21:00:00+08:00</versionCreated></itemMeta>` +
  `<contentMeta>${meta}</contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body>${body}</body></nitf></inlineXML></contentSet></newsItem>`;

describe('NewsML-G2 messages', () => {
  it('are told by their root element, a message or a lone item; an NITF story or records are not', () => {
    expect(isNewsMl(message(''))).toBe(true);
    expect(isNewsMl('<?xml version="1.0"?>\n<!-- 导出 -->\n<newsItem guid="x">')).toBe(true);
    expect(isNewsMl('<nitf><body/></nitf>')).toBe(false);
    expect(isNewsMl('<records><record><title>newsMessage</title></record></records>')).toBe(false);
  });

  it("read each story item as NITF named by its id, with the item's paper, page, headline and creators where its story lacks them", () => {
    const { stories, leftOut } = newsMlStories(
      message(
        nitfItem(
          'urn:newsml:jcwb.cn:20240309:JCWB-20240309-03-001',
          '<creator><name>王芳</name></creator><headline>江城地铁三号线开通运营</headline>',
          '<body.head><hedline><hl1>江城地铁三号线开通运营</hl1></hedline></body.head><body.content><p>本报讯　今天上午，三号线开通。</p></body.content>',
        ) +
          '<packageItem guid="urn:newsml:jcwb.cn:20240309:layout"><itemMeta><itemClass qcode="ninat:composite"/></itemMeta></packageItem>' +
          '<newsItem guid="urn:x:photo-01"><itemMeta><itemClass qcode="ninat:picture"/></itemMeta><contentSet><remoteContent href="a.jpg"/></contentSet></newsItem>',
      ),
    );
    expect(stories.map((story) => story.name)).toEqual(['JCWB-20240309-03-001.nitf']);
    expect(leftOut).toEqual(['packageItem `layout` (a package of items, no story)', 'newsItem `photo-01` (a picture with no text)']);
    const read = readNitf(stories[0]!.bytes.toString('utf8'));
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.frontmatter).toEqual({ source: '江城晚报', page: '第3版', title: '江城地铁三号线开通运营' });
    expect(read.lines?.map((line) => line.text)).toEqual(['江城地铁三号线开通运营', '王芳', '本报讯　今天上午，三号线开通。']);
  });

  it("keep a story's own head and byline over the item's, and date nothing by the item's stamps", () => {
    const { stories } = newsMlStories(
      message(
        nitfItem(
          'urn:x:1',
          '<creator><name>王芳</name></creator><headline>另一个标题</headline>',
          '<body.head><hedline><hl1>三号线开通</hl1></hedline><byline>本报记者　周明</byline></body.head><body.content><p>正文。</p></body.content>',
        ),
      ),
    );
    const read = readNitf(stories[0]!.bytes.toString('utf8'));
    if ('unreadable' in read) throw new Error(read.unreadable);
    expect(read.lines?.map((line) => line.text)).toEqual(['三号线开通', '本报记者　周明', '正文。']);
    expect(read.frontmatter?.['date']).toBeUndefined();
  });

  it('read a plain-text story as a page titled by its headline, its provider its source and its creators its author', () => {
    const { stories } = newsMlStories(
      message(
        '<newsItem guid="urn:x:2"><itemMeta><provider literal="江城晚报"/></itemMeta><contentMeta><creator><name>李强</name></creator><headline>新增停车场</headline></contentMeta>' +
          '<contentSet><inlineData contenttype="text/plain">第一段 &amp; 说明。\n第二段。</inlineData></contentSet></newsItem>',
      ),
    );
    expect(stories[0]!.name).toBe('2.html');
    const page = stories[0]!.bytes.toString('utf8');
    expect(page).toContain('<title>新增停车场</title>');
    expect(page).toContain('<meta name="source" content="江城晚报">');
    expect(page).toContain('<meta name="author" content="李强">');
    expect(page).toContain('<p>第一段 &amp; 说明。</p>\n<p>第二段。</p>');
  });

  it("read the latest version of an item, leave out a withdrawn one, and give an XHTML story the item's facts", () => {
    const text = (guid: string, version: number, status: string, headline: string): string =>
      `<newsItem guid="${guid}" version="${version}"><itemMeta><provider literal="江城晚报"/><pubStatus qcode="${status}"/></itemMeta><contentMeta><headline>${headline}</headline><headline role="hld:subHeadline">副题</headline></contentMeta>` +
      `<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>短题</title></head><body><p>${headline}正文。</p></body></html></inlineXML></contentSet></newsItem>`;
    const { stories, leftOut } = newsMlStories(
      message(text('urn:x:A-1', 1, 'stat:usable', '旧稿') + text('urn:x:A-1', 2, 'stat:usable', '新稿') + text('urn:x:B-2', 1, 'stat:canceled', '撤下的稿')),
    );
    expect(stories.map((story) => story.name)).toEqual(['A-1.html']);
    expect(stories[0]!.bytes.toString('utf8')).toContain('新稿正文');
    expect(stories[0]!.bytes.toString('utf8')).toContain('<meta name="source" content="江城晚报"/>');
    expect(stories[0]!.bytes.toString('utf8')).toContain('<meta name="title" content="新稿"/>');
    expect(leftOut).toEqual(['version 1 of `A-1` (superseded by version 2)', '`B-2` (stat:canceled: withdrawn, 撤稿)']);
  });

  it('name an item with no usable id by its place', () => {
    const { stories } = newsMlStories(message(nitfItem('urn:x:名字 有空格', '', '<body.content><p>正文。</p></body.content>')));
    expect(stories.map((story) => story.name)).toEqual(['稿件1.nitf']);
  });
});
