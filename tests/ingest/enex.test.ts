/** An Evernote export (`formats/enex.ts`): each note an HTML page of its ENML, titled by the note, with its source address. */
import { describe, expect, it } from 'vitest';
import { enexNotes, isEnex } from '../../scripts/ingest/formats/enex.ts';

const note = (title: string, body: string, attributes: string): string =>
  `<note><title>${title}</title><content><![CDATA[<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-note SYSTEM "http://xml.evernote.com/pub/enml2.dtd">\n<en-note>${body}</en-note>]]></content><created>20240308T011000Z</created><note-attributes>${attributes}</note-attributes></note>`;
const exported = (...notes: string[]): Buffer =>
  Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE en-export SYSTEM "http://xml.evernote.com/pub/evernote-export3.dtd">\n<en-export application="Evernote">\n${notes.join('\n')}\n</en-export>\n`,
  );

describe('Evernote exports', () => {
  it('reads each note as a page: its title, its source as the address, its ENML as the body; an author that is an address names no one', () => {
    const notes = enexNotes(
      exported(
        note(
          '城市书房试运行 &amp; 开放',
          '<h1>城市书房试运行</h1><p>本报讯　正文。</p>',
          '<author>周明</author><source-url>https://x.example/2024-03/07/c.html</source-url>',
        ),
        note('待读清单', '<div><en-todo checked="false"/>公交线路调整</div>', '<author>reader@example.com</author>'),
      ),
    );
    expect(notes.map(({ name, title, line }) => [name, title, line])).toEqual([
      ['笔记1.html', '城市书房试运行 & 开放', 4],
      ['笔记2.html', '待读清单', 7],
    ]);
    expect(notes[0]!.html).toContain('<title>城市书房试运行 &amp; 开放</title>');
    expect(notes[0]!.html).toContain('<link rel="canonical" href="https://x.example/2024-03/07/c.html">');
    expect(notes[0]!.html).toContain('<meta name="author" content="周明">');
    expect(notes[0]!.html).toContain('<body>\n<h1>城市书房试运行</h1><p>本报讯　正文。</p>\n</body>');
    expect(notes[1]!.html).not.toContain('reader@example.com');
    expect(notes[1]!.html).not.toContain('canonical');
  });

  it('is told by its root, and reads nothing else', () => {
    expect(isEnex('<?xml version="1.0"?>\n<en-export>')).toBe(true);
    expect(isEnex('<records><en-export/></records>'.replace('<records>', '<records>'.padEnd(5000, ' ')))).toBe(false);
    expect(enexNotes(Buffer.from('<notes><note><title>a</title></note></notes>'))).toEqual([]);
  });
});
