/**
 * A zip archive's files (`formats/zip.ts`, `archive-entries.ts`): names in the code page that wrote them, what is left
 * out judged as in a folder, an archive that cannot be opened named. The archives are the `zip-archives` fixture's,
 * written by `tests/fixtures/zip-archives/source/make.py` as Windows, macOS and Info-ZIP write them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openArchive } from '../../scripts/ingest/archive-entries.ts';
import { archiveFolderPath, judge, type InputFile } from '../../scripts/ingest/collect.ts';
import { readZip, type ZipFile, type ZipRead } from '../../scripts/ingest/formats/zip.ts';
import { gunzipped } from '../../scripts/ingest/formats/gzip.ts';
import { fixturesRoot } from './fixture-runner.ts';

const input = (name: string): string => path.join(fixturesRoot, 'zip-archives', 'input', name);
const read = async (name: string): Promise<ZipRead> => {
  const result = await readZip(await readFile(input(name)));
  if ('unreadable' in result) throw new Error(result.unreadable);
  return result;
};

/**
 * A streamed archive (JSZip's `streamFiles`: sizes after each file's data) written again, up to its index, as other
 * writers lay streamed files out: sizes in the header as well, Zip64's 8-byte sizes in the descriptor, sizes in the
 * header and a descriptor without its signature, or Zip64's descriptor without its signature and no sizes before it. Each file's sizes and checksum are taken from the archive's index.
 */
function restreamed(zip: Buffer, layout: 'sizes and descriptor' | 'zip64 descriptor' | 'sizes and unsigned descriptor' | 'zip64 unsigned descriptor'): Buffer {
  const parts: Buffer[] = [];
  for (let at = zip.indexOf('PK\x01\x02', 0, 'latin1'); at !== -1 && zip.readUInt32LE(at) === 0x02014b50;) {
    const [checksum, packed, size, nameLength, extraLength, commentLength, offset] = [16, 20, 24, 28, 30, 32, 42].map((field) =>
      field >= 28 && field <= 32 ? zip.readUInt16LE(at + field) : zip.readUInt32LE(at + field),
    ) as [number, number, number, number, number, number, number];
    const header = Buffer.from(zip.subarray(offset, offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28)));
    if (!layout.startsWith('zip64')) [checksum, packed, size].forEach((value, k) => header.writeUInt32LE(value, 14 + 4 * k));
    const data = zip.subarray(offset + header.length, offset + header.length + packed);
    const descriptor = Buffer.alloc(
      { 'zip64 descriptor': 24, 'sizes and descriptor': 16, 'sizes and unsigned descriptor': 12, 'zip64 unsigned descriptor': 20 }[layout],
    );
    if (layout === 'sizes and unsigned descriptor') [checksum, packed, size].forEach((value, k) => descriptor.writeUInt32LE(value, 4 * k));
    else if (layout === 'zip64 unsigned descriptor') {
      descriptor.writeUInt32LE(checksum, 0);
      [packed, size].forEach((value, k) => descriptor.writeBigUInt64LE(BigInt(value), 4 + 8 * k));
    } else {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(checksum, 4);
      if (layout === 'zip64 descriptor') [packed, size].forEach((value, k) => descriptor.writeBigUInt64LE(BigInt(value), 8 + 8 * k));
      else [packed, size].forEach((value, k) => descriptor.writeUInt32LE(value, 8 + 4 * k));
    }
    parts.push(header, data, descriptor);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return Buffer.concat(parts);
}

describe('zip archives', () => {
  it('reads names Chinese Windows wrote in GBK, Taiwan’s in Big5 and macOS’s in UTF-8, none with the UTF-8 flag, and names with it', async () => {
    const gbk = await read('运河日报/运河日报2024年3月.zip');
    expect(gbk.names).toBe('gb18030');
    expect(gbk.files.map((file) => file.name)).toEqual([
      '图片/0305封面.jpg',
      '文章/2024/03/05/20240305-01-01.txt',
      '文章/2024/03/05/20240305-01-02.txt',
      '文章/2024/03/06/20240306-02-01.txt',
      '旧稿.zip',
      '说明.txt',
    ]);
    const big5 = await read('港島週報.zip');
    expect(big5.names).toBe('big5');
    expect(big5.files.map((file) => file.name)).toEqual(['港島週報/2024-03-08/第1版.txt', '港島週報/2024-03-08/第2版.txt']);
    const mac = await read('晚报导出/临川晚报.zip');
    expect(mac.names).toBe('utf-8');
    expect(mac.files.map((file) => file.name)).toContain('临川晚报/2024-03-07-公交线路优化.md');
    // (The UTF-8 flag set: the names as written, nothing guessed.)
    const flagged = await read('运河日报/运河日报20240307.zip');
    expect(flagged.names).toBeUndefined();
    expect(flagged.files.map((file) => file.name)).toEqual(['运河日报/20240307/01.txt']);
    // Each file's bytes as stored: GBK text stays GBK, for the text's own detection.
    const stored = await gbk.files[1]!.read();
    expect(Buffer.isBuffer(stored) && new TextDecoder('gbk').decode(stored).startsWith('全县早稻播种面积过半\n')).toBe(true);
  });

  it('reads names JSZip writes with their Unicode path field, and folders are no files', async () => {
    const zip = new JSZip();
    zip.folder('运河日报')!.file('20240310.txt', '运河日报\n');
    const result = await readZip(await zip.generateAsync({ type: 'nodebuffer' }));
    expect('files' in result && result.files.map((file) => file.name)).toEqual(['运河日报/20240310.txt']);
  });

  it('names an archive cut short before its first file, one protected by a password and a file that is no zip, with the fix', async () => {
    const whole = await readFile(input('运河日报/运河日报2024年3月.zip'));
    const cut = await readZip(whole.subarray(0, 20));
    expect('unreadable' in cut && [cut.unreadable, cut.fix]).toEqual([
      expect.stringMatching(/cut short or damaged/u) as unknown,
      expect.stringMatching(/download or copy it again/u) as unknown,
    ]);
    const locked = await readZip(await readFile(input('运河日报/运河日报2024年4月（加密）.zip')));
    expect('unreadable' in locked && locked.unreadable).toBe('it is protected by a password');
    expect('unreadable' in locked && locked.fix).toMatch(/giving its password/u);
    const page = await readZip(Buffer.from('<html><body>404</body></html>'));
    expect('unreadable' in page && page.unreadable).toMatch(/no zip archive/u);
  });

  it('reads an archive cut short by its files’ own headers up to the cut, the file the cut goes through named, as 7-Zip does', async () => {
    // (The fixture's February: Python's zipfile, GBK names, sizes in each header; cut inside its third file.)
    const february = await read('运河日报/运河日报2024年2月.zip');
    expect([february.indexLost, february.names, february.cutInside]).toEqual(['cut', 'gb18030', '文章/2024/02/22/20240222-01-01.txt']);
    const texts = await Promise.all(february.files.map(async (file) => ({ name: file.name, read: await file.read() })));
    expect(texts.map(({ name, read }) => [name, Buffer.isBuffer(read) ? new TextDecoder('gbk').decode(read).split('\n')[0] : read.damaged])).toEqual([
      ['文章/2024/02/20/20240220-01-01.txt', '县城新增两处口袋公园'],
      ['文章/2024/02/21/20240221-01-01.txt', '春季招聘会提供岗位四千个'],
      ['文章/2024/02/22/20240222-01-01.txt', 'the archive is cut short inside it'],
    ]);
    // (Written streaming, as macOS's Archive Utility and Java do: no sizes in the headers, a data descriptor after each
    // file's data. Cut at every tenth byte: the files whole before the cut are read, unchanged, and never one after it.)
    const zip = new JSZip();
    const stories = ['运河公园新增二百个停车位', '社区图书馆延长开放时间', '城东菜市场完成改造'].map((title, index) => [
      `运河日报/2024031${index}.txt`,
      `${title}\n本报讯 ${title}。\n`.repeat(index + 2),
    ]);
    for (const [name, text] of stories) zip.file(name!, text!, { createFolders: false });
    const streamed = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles: true });
    const index = streamed.indexOf('PK\x01\x02', 0, 'latin1');
    for (let length = 0; length <= streamed.length; length += 10) {
      const result = await readZip(streamed.subarray(0, length));
      if ('unreadable' in result) {
        // (Only before the first file's header ends: its name and fields.)
        expect(length).toBeLessThan(30 + streamed.readUInt16LE(26) + streamed.readUInt16LE(28));
        continue;
      }
      const found = await Promise.all(result.files.map(async (file) => [file.name, await file.read()] as const));
      for (const [name, content] of found) {
        const text = stories.find(([each]) => each === name)?.[1];
        if (Buffer.isBuffer(content)) expect(content.toString('utf8')).toBe(text);
        else expect([name, content.damaged]).toEqual([result.cutInside, 'the archive is cut short inside it']);
      }
      expect(result.indexLost ?? 'none').toBe(length >= streamed.length ? 'none' : length > index ? 'index' : 'cut');
      if (length > index) expect(found.filter(([, content]) => Buffer.isBuffer(content))).toHaveLength(3);
    }
    // (Descriptors written without their signature, as the format allows: each file's data ends where its deflate stream does.)
    const unsigned = Buffer.from(streamed.subarray(0, index).toString('latin1').replaceAll('PK\x07\x08', ''), 'latin1');
    const bare = await readZip(unsigned);
    const text = async (file: ZipFile): Promise<string> => {
      const content = await file.read();
      return Buffer.isBuffer(content) ? content.toString('utf8') : content.damaged;
    };
    expect('files' in bare && (await Promise.all(bare.files.map(text)))).toEqual(stories.map(([, story]) => story));
    // (As other writers stream: sizes in the header as well (Info-ZIP's encrypted files, SharpZipLib), Zip64's 24-byte
    // descriptors, descriptors without their signature after sizes in the header: every file read, none past the first lost.)
    for (const layout of ['sizes and descriptor', 'zip64 descriptor', 'sizes and unsigned descriptor', 'zip64 unsigned descriptor'] as const) {
      const rewritten = await readZip(restreamed(streamed, layout));
      expect(['files' in rewritten && (await Promise.all(rewritten.files.map(text))), layout]).toEqual([stories.map(([, story]) => story), layout]);
    }
  });

  it('reads an archive cut short after a zip, a Word document or an e-book stored inside it by its own headers, not as the one inside', async () => {
    const inner = new JSZip();
    inner.file('旧稿/20230101.txt', '旧稿\n');
    const outer = new JSZip();
    outer.file('运河日报/20240305.txt', '春耕备耕正当时\n本报讯 各地春耕备耕有序推进。\n', { createFolders: false });
    outer.file('旧稿.zip', await inner.generateAsync({ type: 'nodebuffer' }), { createFolders: false });
    outer.file('运河日报/20240306.txt', '社区食堂开进老旧小区\n本报讯 社区食堂昨日开业。\n', { createFolders: false });
    const whole = await outer.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    const cut = await readZip(whole.subarray(0, whole.indexOf('运河日报/20240306.txt', 40, 'utf8')));
    expect('files' in cut && [cut.indexLost, cut.packageOf, cut.files.map((file) => file.name)]).toEqual([
      'cut',
      undefined,
      ['旧稿.zip', '运河日报/20240305.txt'],
    ]);
  });

  it('opens an archive into inputs named by it and the path inside, leaving out what a folder’s reading leaves out', async () => {
    const file = input('运河日报/运河日报2024年3月.zip');
    const archive: InputFile = { absolute: file, relative: '运河日报/运河日报2024年3月.zip', rootName: 'input', format: 'archive' };
    const opened = await openArchive(archive, await readFile(file), 'raw/运河日报/运河日报2024年3月.zip');
    expect(opened.entries.map((entry) => [entry.input.relative, entry.input.format])).toEqual([
      ['运河日报/运河日报2024年3月.zip#文章/2024/03/05/20240305-01-01.txt', 'text'],
      ['运河日报/运河日报2024年3月.zip#文章/2024/03/05/20240305-01-02.txt', 'text'],
      ['运河日报/运河日报2024年3月.zip#文章/2024/03/06/20240306-02-01.txt', 'text'],
    ]);
    expect(opened.entries[0]!.input.archived).toEqual({
      file: { absolute: file, relative: '运河日报/运河日报2024年3月.zip' },
      entry: '文章/2024/03/05/20240305-01-01.txt',
    });
    expect(opened.leftOut.map((entry) => [entry.relative.split('#')[1], entry.reason])).toEqual([
      ['图片/0305封面.jpg', 'unknown-format'],
      ['说明.txt', 'note'],
    ]);
    expect(opened.nested.map((nested) => nested.messages[0]?.reason)).toEqual([expect.stringMatching(/an archive \(zip or gzip\) inside the zip archive/u)]);
    expect(opened.file.messages[0]?.reason).toMatch(/zip archive of 6 files: 3 read.*3 left out.*read as GBK/u);
  });

  it('opens a gzipped file into the one file it holds, named by it and its name without `.gz`; one cut short gives what it holds, said', async () => {
    const file = input('运河日报/20240308-01-01.txt.gz');
    const archive: InputFile = { absolute: file, relative: '运河日报/20240308-01-01.txt.gz', rootName: 'input', format: 'archive' };
    const opened = await openArchive(archive, await readFile(file), 'raw/运河日报/20240308-01-01.txt.gz');
    const [only] = opened.entries;
    const unpacked = await only!.read();
    expect([only!.input.relative, only!.input.format, Buffer.isBuffer(unpacked) && unpacked.toString('utf8').split('\n')[0]]).toEqual([
      '运河日报/20240308-01-01.txt.gz#20240308-01-01.txt',
      'text',
      '运河公园新增二百个停车位',
    ]);
    expect(archiveFolderPath('运河日报/20240308-01-01.txt.gz', '20240308-01-01.txt')).toBe('运河日报/20240308-01-01.txt');
    const cut = gunzipped(await readFile(input('运河日报/20240309-01-01.txt.gz')), 1024 * 1024);
    expect('bytes' in cut && [cut.cutShort, cut.bytes.toString('utf8').startsWith('城东菜市场完成改造')]).toEqual([true, true]);
    expect(gunzipped(gzipSync(Buffer.alloc(4096)), 1024)).toMatchObject({ unreadable: expect.stringMatching(/more than the/u) as unknown });
    expect(gunzipped(Buffer.from('<html>404</html>'), 1024)).toMatchObject({ unreadable: expect.stringMatching(/no gzip file/u) as unknown });
    // (What a gzip holds is judged by its name inside: a tarball is no file Baoku reads.)
    expect([judge('数据/新闻.jsonl.gz'), judge('旧稿备份.tar.gz'), judge('a.bin.gz')]).toEqual([
      { format: 'archive' },
      { reason: 'unknown-format' },
      { reason: 'unknown-format' },
    ]);
  });

  it('reads an archived file’s path as if the archive were extracted into a folder of its name', () => {
    expect(archiveFolderPath('运河日报/运河日报2024年3月.zip', '文章/2024/03/05/20240305-01-01.txt')).toBe(
      '运河日报/运河日报2024年3月/文章/2024/03/05/20240305-01-01.txt',
    );
    expect(archiveFolderPath('临川晚报.ZIP', '0307.txt')).toBe('临川晚报/0307.txt');
  });

  it('judges a file by its path as a folder’s: macOS’s companions and hidden files, notes, unknown formats', () => {
    expect(judge('__MACOSX/临川晚报/._a.md')).toEqual({ reason: 'hidden' });
    expect(judge('临川晚报/.DS_Store')).toEqual({ reason: 'hidden' });
    // A site generator's templates are no posts; a post that only names one in its path is.
    expect(judge('site/archetypes/default.md')).toEqual({ reason: 'template' });
    expect(judge('blog/scaffolds/post.md')).toEqual({ reason: 'template' });
    expect(judge('blog/source/_posts/scaffolds-of-old-town.md')).toEqual({ format: 'markdown' });
    // A newsroom's unpublished work by its folder's name (drafts, waiting for review, spiked); its published stories are read.
    expect(judge('编辑部共享/0421/废稿/老展会焕发新活力.docx')).toEqual({ reason: 'unpublished' });
    expect(judge('编辑部共享/0406/待审/稿.txt')).toEqual({ reason: 'unpublished' });
    expect(judge('site/_drafts/post.md')).toEqual({ reason: 'draft' });
    expect(judge('编辑部共享/0406/已发/04版_稿.docx')).toEqual({ format: 'word' });
    expect(judge('草稿纸上的春天.txt')).toEqual({ format: 'text' });
    expect(judge('说明.txt')).toEqual({ reason: 'note' });
    expect(judge('图片/封面.jpg')).toEqual({ reason: 'unknown-format' });
    expect(judge('a/b/20240305.txt')).toEqual({ format: 'text' });
    expect(judge('存档/2024.zip')).toEqual({ format: 'archive' });
  });
});
