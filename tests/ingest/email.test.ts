/** E-mails and mailboxes: the text part found however nested, headers decoded as facts (`formats/email.ts`, `formats/mbox.ts`, `formats/mime.ts`). */
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { isMailMessage, originalOf, readEmail } from '../../scripts/ingest/formats/email.ts';
import { forwardedHead, type ForwardedHead } from '../../scripts/ingest/formats/forwarded.ts';
import { mboxMessages } from '../../scripts/ingest/formats/mbox.ts';
import { decodedHeader } from '../../scripts/ingest/formats/mime.ts';
import { splitLines } from '../../scripts/ingest/lines.ts';
import type { RawLine } from '../../scripts/ingest/types.ts';

const gbk = (text: string): string => Buffer.from(new TextEncoder().encode(text)).toString('base64');
const message = (headers: string[], body: string): Buffer => Buffer.from([...headers, '', body].join('\r\n'), 'utf8');

describe('e-mails', () => {
  it("decodes a header's encoded words, B and Q, joined across a fold", () => {
    const subject = `=?utf-8?B?${gbk('江城晚报早班车')}?=\r\n =?utf-8?B?${gbk(' | 3月11日')}?=`;
    expect(decodedHeader(subject.replace(/\r\n\s+/gu, ' '))).toBe('江城晚报早班车 | 3月11日');
    expect(decodedHeader('=?utf-8?Q?=E6=B1=9F=E5=9F=8E_news?=')).toBe('江城 news');
    // A charset the runtime does not know keeps the word as it stands; plain text stays as it is.
    expect(decodedHeader('=?x-unknown?B?AAAA?=')).toBe('=?x-unknown?B?AAAA?=');
    expect(decodedHeader('Daily news')).toBe('Daily news');
  });

  it('reads the HTML part however deep it is nested, leaves attachments out, and takes its headers as facts', () => {
    const html = '<html><body><h2>长江大桥夜景灯光今晚点亮</h2></body></html>';
    const bytes = message(
      [
        `From: =?utf-8?B?${gbk('江城晚报')}?= <news@jcwb.example>`,
        `Subject: =?utf-8?B?${gbk('江城晚报早班车')}?=`,
        'Date: Tue, 12 Mar 2024 07:05:00 +0800 (CST)',
        'Content-Type: multipart/mixed; boundary="outer"',
      ],
      [
        '--outer',
        'Content-Type: multipart/alternative; boundary="inner"',
        '',
        '--inner',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        gbk('长江大桥夜景灯光今晚点亮'),
        '--inner',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        gbk(html),
        '--inner--',
        '--outer',
        'Content-Type: text/html; charset=utf-8',
        'Content-Disposition: attachment; filename="old.html"',
        '',
        '<html>an attachment</html>',
        '--outer--',
      ].join('\r\n'),
    );
    expect(readEmail(bytes)).toEqual({
      kind: 'html',
      body: html,
      charset: 'utf-8',
      transfer: 'base64',
      parts: 2,
      subject: '江城晚报早班车',
      date: '2024-03-11T23:05:00.000Z',
      sender: '江城晚报',
    });
  });

  it('reads a plain-text message, and refuses a file with no message headers', () => {
    const plain = readEmail(
      message(['From: news@jcwb.example', 'Date: Wed, 13 Mar 2024 07:00:00 +0800', 'Content-Type: text/plain; charset=utf-8'], '【江城马拉松报名今天开启】'),
    );
    expect(plain).toMatchObject({ kind: 'text', body: '【江城马拉松报名今天开启】', parts: 1, date: '2024-03-12T23:00:00.000Z' });
    // (An address alone names no sender.)
    expect(plain).not.toHaveProperty('sender');
    expect(readEmail(Buffer.from('江城晚报\n2024年3月13日\n\n正文。'))).toEqual({
      unreadable: 'no message headers (`From:`, `Date:`, `Subject:`) at its start',
    });
  });
});

describe("an e-mail under a web archive's name", () => {
  it('is told from a page a browser saved by its head', () => {
    expect(isMailMessage(message(['From: news@jcwb.example', 'To: reader@example.com', 'Message-ID: <1@jcwb.example>', 'Subject: a'], 'text'))).toBe(true);
    const saved = message(
      ['From: <Saved by Blink>', 'Snapshot-Content-Location: https://example.com/a.html', 'Subject: a', 'Date: Tue, 12 Mar 2024 07:05:00 +0800'],
      'page',
    );
    expect(isMailMessage(saved)).toBe(false);
    expect(isMailMessage(message(['From: <Saved by Windows Internet Explorer 8>', 'Subject: a', 'Date: Tue, 12 Mar 2024 07:05:00 +0800'], 'page'))).toBe(false);
  });
});

describe('mailboxes', () => {
  it('cuts a box before each `From ` line that opens it or follows a blank line, naming each message by its place', () => {
    const box = Buffer.from(
      [
        'From news@jcwb.example Tue Mar 12 07:05:00 2024',
        'Subject: a',
        '',
        'From the desk: not a new message',
        '',
        'From - Wed Mar 13 07:00:00 2024',
        'Subject: b',
        '',
        'text',
      ].join('\n'),
      'latin1',
    );
    const messages = mboxMessages(box);
    expect(messages.map(({ name, line }) => [name, line])).toEqual([
      ['邮件1.eml', 1],
      ['邮件2.eml', 6],
    ]);
    expect(messages[0]!.bytes.toString('latin1')).toBe('Subject: a\n\nFrom the desk: not a new message\n\n');
    expect(messages[1]!.bytes.toString('latin1')).toBe('Subject: b\n\ntext');
    expect(mboxMessages(Buffer.from('Subject: a\n\ntext'))).toEqual([]);
  });
});

describe('forwarded e-mails', () => {
  const lines = (text: string): RawLine[] => splitLines(new VFile({ value: text }));
  const marked = (head: ForwardedHead): string[] => head.lines.filter((line) => line.hint?.properties === true).map((line) => line.text);

  it("finds Gmail's, Outlook's, QQ Mail's, Thunderbird's and Apple Mail's heads, in English and Chinese", () => {
    const gmail = forwardedHead(
      lines(
        [
          '请存档。',
          '---------- Forwarded message ---------',
          'From: 江城晚报 <news@jcwb.example>',
          'Date: Wed, Mar 13, 2024 at 7:00 AM',
          'Subject: 江城晚报早班车 | 3月13日',
          'To: <reader@example.com>',
          '',
          '江城新区首批人才公寓交付',
        ].join('\n'),
      ),
    );
    expect(gmail).toMatchObject({
      marked: 6,
      subject: '江城晚报早班车 | 3月13日',
      date: 'Wed, Mar 13, 2024 at 7:00 AM',
      sender: '江城晚报 <news@jcwb.example>',
    });
    expect(marked(gmail!)).toHaveLength(6);
    expect(gmail!.lines.at(-1)!.hint).toBeUndefined();
    // Outlook's rule of underscores, its Chinese labels with ASCII colons.
    expect(
      forwardedHead(
        lines(
          ['________________________________', '发件人: 江城日报', '发送时间: 2024年3月12日 7:05', '收件人: 资料室', '主题: 老街区改造启动', '', '正文。'].join(
            '\n',
          ),
        ),
      ),
    ).toMatchObject({ marked: 5, subject: '老街区改造启动', date: '2024年3月12日 7:05', sender: '江城日报' });
    expect(
      forwardedHead(lines(['------------------ 原始邮件 ------------------', '发件人: "江城日报"<news@jcrb.example>;', '主题: 早班车'].join('\n'))),
    ).toMatchObject({
      marked: 3,
      subject: '早班车',
    });
    expect(
      forwardedHead(lines(['Begin forwarded message:', '', 'From: 江城晚报 <news@jcwb.example>', 'Subject: 早班车', 'Date: 13 March 2024'].join('\n'))),
    ).toMatchObject({
      marked: 4,
      date: '13 March 2024',
    });
    // A forward of a forward: the last head is the original's.
    const twice = forwardedHead(
      lines(
        [
          '转给你。',
          '-------- 转发的消息 --------',
          '主题：Fwd: 早班车',
          '发件人：王芳 <wf@example.com>',
          '见下。',
          '-------- 转发的消息 --------',
          '主题：早班车',
          '发件人：江城晚报 <news@jcwb.example>',
          '正文。',
        ].join('\n'),
      ),
    );
    expect(twice).toMatchObject({ marked: 8, subject: '早班车', sender: '江城晚报 <news@jcwb.example>' });
  });

  it('finds none without a separator over two headers, nor below the top of the text', () => {
    // (An event's notice prints labels of its own: no separator over them.)
    expect(forwardedHead(lines(['江城读书会本周六举行', '主题：运河与城市', '时间：3月16日14:00', '地点：市图书馆'].join('\n')))).toBeUndefined();
    expect(forwardedHead(lines(['---------- Forwarded message ---------', '江城新区首批人才公寓交付', '正文。'].join('\n')))).toBeUndefined();
    // (Under a bare rule of underscores, a notice's own labels: no sender, no message.)
    expect(
      forwardedHead(lines(['______________________________', '主题：春日运河读书会', '时间：3月16日（周六）14:30', '地点：运河书房'].join('\n'))),
    ).toBeUndefined();
    // (Headers without a sender or a subject are no message's.)
    expect(forwardedHead(lines(['-----Original Message-----', 'Date: 2024-03-12', 'To: 资料室'].join('\n')))).toBeUndefined();
    const deep = [...Array.from({ length: 40 }, (_, index) => `第${index + 1}段正文。`), '-----Original Message-----', 'From: a <a@example.com>', 'Subject: b'];
    expect(forwardedHead(lines(deep.join('\n')))).toBeUndefined();
  });

  it('reads the message a forward attaches in its place when its own text is a note, and keeps the note', () => {
    const inner = [
      `From: =?utf-8?B?${gbk('江城晚报')}?= <news@jcwb.example>`,
      `Subject: =?utf-8?B?${gbk('江城晚报早班车')}?=`,
      'Date: Wed, 13 Mar 2024 07:00:00 +0800',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<h2>运河夜游航线今晚恢复</h2>',
    ].join('\r\n');
    const forward = (note: string): Buffer =>
      message(
        [
          'From: =?utf-8?B?' + gbk('王芳') + '?= <wf@example.com>',
          'Subject: FW: early',
          'Date: Wed, 20 Mar 2024 10:00:00 +0800',
          'Content-Type: multipart/mixed; boundary="b1"',
        ],
        [
          '--b1',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: base64',
          '',
          gbk(note),
          '--b1',
          'Content-Type: message/rfc822',
          'Content-Disposition: attachment; filename="早班车.eml"',
          '',
          inner,
          '--b1--',
        ].join('\r\n'),
      );
    expect(readEmail(forward('请存档。'))).toMatchObject({
      kind: 'html',
      body: '<h2>运河夜游航线今晚恢复</h2>',
      subject: '江城晚报早班车',
      date: '2024-03-12T23:00:00.000Z',
      sender: '江城晚报',
      forwarded: true,
      forwarderText: '请存档。',
    });
    // (A message of its own with a message attached is read as itself: a long text, or a subject that is no forward's, a story with a reader's tip attached.)
    const long = '各位同事：'.padEnd(600, '说明');
    expect(readEmail(forward(long))).toMatchObject({ kind: 'text', subject: 'FW: early', body: long });
    const story = forward('本报讯　幸福里小区三盏路灯昨天修复。')
      .toString('latin1')
      .replace('Subject: FW: early', 'Subject: =?utf-8?B?' + gbk('稿件：路灯修复') + '?=');
    expect(readEmail(Buffer.from(story, 'latin1'))).toMatchObject({ kind: 'text', subject: '稿件：路灯修复', body: '本报讯　幸福里小区三盏路灯昨天修复。' });
  });

  it("takes the forwarded message's subject, date and sender for the e-mail's", () => {
    const email = {
      kind: 'text',
      body: '',
      charset: 'utf-8',
      transfer: '8bit',
      parts: 1,
      subject: 'Fwd: 早班车',
      date: '2024-03-20T02:00:00.000Z',
      sender: '王芳',
    } as const;
    const head = forwardedHead(
      lines(
        ['-------- Forwarded Message --------', 'Subject: 早班车', 'Date: Wed, 13 Mar 2024 07:00:00 +0800', 'From: 江城晚报 <news@jcwb.example>'].join('\n'),
      ),
    )!;
    expect(originalOf(email, head)).toEqual({ ...email, forwarded: true, subject: '早班车', date: '2024-03-12T23:00:00.000Z', sender: '江城晚报' });
    // A date with no offset stays as printed, for the front matter's reading; a head with no sender names none.
    // (QQ Mail closes its sender with a semicolon: `"江城晚报"<news@…>;`.)
    const qq = forwardedHead(lines(['------------------ 原始邮件 ------------------', '发件人: "江城晚报"<news@jcwb.example>;', '主题: 早班车'].join('\n')))!;
    expect(originalOf(email, qq)).toMatchObject({ sender: '江城晚报', subject: '早班车' });
    const plain = forwardedHead(lines(['-------- 转发的消息 --------', '主题：早班车', '日期：2024年3月13日 07:00'].join('\n')))!;
    expect(originalOf(email, plain)).toEqual({
      kind: 'text',
      body: '',
      charset: 'utf-8',
      transfer: '8bit',
      parts: 1,
      forwarded: true,
      subject: '早班车',
      date: '2024年3月13日 07:00',
    });
  });
});
