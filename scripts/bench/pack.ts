/**
 * The benchmark's raw files packed as archives hold them: one zip archive (as a month or a year is downloaded) and one
 * web crawl (a WARC, each record its own gzip member, as Heritrix and wget write it; each file a capture of
 * `http://bench.example/<its path>`, sent as `text/plain` with no charset, so the text's own detection reads it). The
 * benchmark ingests each afresh beside the folder, to measure what reading out of an archive costs.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';

/** The raw folder's files, by their paths under it (`/`-separated), sorted. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The folder's files in one zip archive at `target` (deflated, names in UTF-8 with the flag). */
export async function packZip(folder: string, target: string): Promise<void> {
  const zip = new JSZip();
  for (const file of await filesUnder(folder)) zip.file(file, await readFile(path.join(folder, file)));
  await writeFile(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }));
}

/** The folder's files as the captures of one web crawl at `target` (`.warc.gz`): a `warcinfo` record, then a response a file. */
export async function packWarc(folder: string, target: string, date = '2024-12-01T08:00:00Z'): Promise<void> {
  const members: Buffer[] = [record('warcinfo', undefined, date, 'application/warc-fields', Buffer.from('software: baoku-bench\r\n'))];
  for (const [index, file] of (await filesUnder(folder)).entries()) {
    const body = await readFile(path.join(folder, file));
    const http = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ${body.length}\r\n\r\n`), body]);
    const address = `http://bench.example/${file.split('/').map(encodeURIComponent).join('/')}`;
    members.push(record('response', address, date, 'application/http; msgtype=response', http, index + 1));
  }
  await writeFile(target, Buffer.concat(members));
}

function record(type: string, address: string | undefined, date: string, contentType: string, block: Buffer, index = 0): Buffer {
  const head = [
    'WARC/1.0',
    `WARC-Type: ${type}`,
    `WARC-Date: ${date}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}>`,
    ...(address === undefined ? [] : [`WARC-Target-URI: ${address}`]),
    `Content-Type: ${contentType}`,
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return gzipSync(Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]));
}
