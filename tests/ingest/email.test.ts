/** E-mails and mailboxes: the text part found however nested, headers decoded as facts (`formats/email.ts`, `formats/mbox.ts`, `formats/mime.ts`). */
import { describe, expect, it } from 'vitest';
import { isMailMessage, readEmail } from '../../scripts/ingest/formats/email.ts';
import { mboxMessages } from '../../scripts/ingest/formats/mbox.ts';
import { decodedHeader } from '../../scripts/ingest/formats/mime.ts';

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
