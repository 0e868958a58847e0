/**
 * A web crawl's file (`.warc`, `.warc.gz`, `.wacz`) opened into its captures,
 * each an input of its own as if the crawl were a folder of saved pages: its
 * name the crawl's and the address (`crawl.warc.gz#http://…/c_1130087411.htm`),
 * its folders the address's (a site files a day's pages together), its format
 * by the media type the site sent. What the crawl holds besides is counted in
 * one note on the crawl's file; a crawl cut short is a warning, one that
 * cannot be read an error.
 */
import { open, readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { captureName } from '../../src/archive/captures.ts';
import type { InputFile } from './collect.ts';
import { readCrawl, type Capture, type Crawl, type CrawlLeftOut } from './formats/warc.ts';
import { Rule, error, note, warn } from './report.ts';

export interface OpenedCrawl {
  /** The crawl's own file, with what it held and what was left out. */
  file: VFile;
  /** Its captures as inputs, with their bodies. */
  captures: Array<{ input: InputFile; bytes: Buffer }>;
  /** The crawl file's size in bytes. */
  size: number;
  /** The file is no crawl but a web page saved under a crawl's name: its bytes, to be read as the page it is. */
  page?: Buffer;
}

/** Largest file read again as a page when it is no crawl. */
const MAX_PAGE_BYTES = 16 * 1024 * 1024;

export async function openCrawl(input: InputFile, shown: string): Promise<OpenedCrawl> {
  const file = new VFile({ path: shown });
  const wacz = /\.wacz$/iu.test(input.absolute);
  // (Opened first: a file that cannot be read is said so, not taken for a crawl cut short.)
  const handle = await open(input.absolute);
  const size = (await handle.stat()).size;
  const crawl = await readCrawl(wacz ? await readFile(handle) : handle.createReadStream(), wacz ? 'wacz' : 'warc', size).finally(() => handle.close());
  if ('unreadable' in crawl) {
    // (A page saved under a crawl's name is read as the page it is, and said by its reader.)
    const head = size <= MAX_PAGE_BYTES ? await readFile(input.absolute) : undefined;
    if (head && /^\s*<(?:!doctype|html|head|body|meta|title)\b/iu.test(head.subarray(0, 1024).toString('latin1')))
      return { file, captures: [], size, page: head };
    error(file, `The web crawl cannot be read (${crawl.unreadable}): it was not ingested`, crawl.fix, { line: 1, column: 1 }, Rule.unreadableDocument);
    return { file, captures: [], size };
  }
  note(file, crawlNote(crawl, wacz), { line: 1, column: 1 }, Rule.notIngested);
  if (crawl.cutShort !== undefined) {
    warn(
      file,
      `The web crawl is cut short: ${crawl.cutShort}`,
      'what it holds was ingested; download or copy the crawl again from where it is kept',
      { line: 1, column: 1 },
      Rule.badBytes,
    );
  }
  if (crawl.captures.length === 0) {
    warn(
      file,
      `Not ingested: the web crawl holds no page Baoku reads (of its ${crawl.records} records, none is a page, PDF, Word document or e-book the site sent with status 200)`,
      'check that the crawl reached the articles (a crawl of the front page alone holds links, not text), or move it out of the input folder',
      { line: 1, column: 1 },
      Rule.notIngested,
    );
  }
  return { file, captures: crawl.captures.map((capture) => captureInput(input, capture)), size };
}

function captureInput(crawl: InputFile, capture: Capture): { input: InputFile; bytes: Buffer } {
  // (The body is the input's bytes, its format the input's; the rest is what the crawl says of the capture.)
  const { body, format, ...facts } = capture;
  return {
    input: {
      absolute: captureName(crawl.absolute, capture.address),
      relative: captureName(crawl.relative, capture.address),
      rootName: crawl.rootName,
      format,
      capture: { crawl: { absolute: crawl.absolute, relative: crawl.relative }, ...facts },
    },
    bytes: Buffer.from(body),
  };
}

const LEFT_OUT: Record<keyof CrawlLeftOut, [string, string]> = {
  crawler: ["the crawler's own record", "the crawler's own records"],
  companions: ['picture, style, script or data file', 'pictures, styles, scripts and data files'],
  redirects: ['redirect', 'redirects'],
  errors: ['response that is no whole page (an error, 4xx or 5xx; a part, 206)', 'responses that are no whole page (errors, 4xx or 5xx; parts, 206)'],
  revisits: ['revisit (a page found unchanged)', 'revisits (pages found unchanged)'],
  earlier: ['earlier capture of an address captured again (the latest is read)', 'earlier captures of addresses captured again (the latest is read)'],
};

/** What a crawl held: its captures read, by format, and each kind of record left out. */
function crawlNote(crawl: Crawl, wacz: boolean): string {
  const formats = new Map<string, number>();
  for (const capture of crawl.captures) formats.set(capture.mediaType, (formats.get(capture.mediaType) ?? 0) + 1);
  const read = [...formats].map(([type, count]) => `${count} ${type}`).join(', ');
  const leftOut = (Object.keys(LEFT_OUT) as Array<keyof CrawlLeftOut>)
    .filter((kind) => crawl.leftOut[kind] > 0)
    .map((kind) => `${crawl.leftOut[kind]} ${LEFT_OUT[kind][crawl.leftOut[kind] === 1 ? 0 : 1]}`);
  const holds = wacz
    ? `a WACZ of ${crawl.warcs?.length ?? 0} WARC file${crawl.warcs?.length === 1 ? '' : 's'}, ${crawl.records} records`
    : `a WARC of ${crawl.records} records`;
  return (
    `Read as a web crawl (${holds}): ${crawl.captures.length} capture${crawl.captures.length === 1 ? '' : 's'} read${read === '' ? '' : ` (${read})`}, each as an input of its own named by the crawl and its address (\`#http://…\`)` +
    (leftOut.length > 0 ? `; not ingested: ${leftOut.join(', ')}` : '')
  );
}
