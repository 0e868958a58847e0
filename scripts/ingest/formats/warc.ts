/**
 * A web crawl's archive: WARC (`.warc`, `.warc.gz`; ISO 28500), as national
 * libraries' Heritrix crawls, the Internet Archive, wget `--warc-file` and
 * Browsertrix keep a news site, and WACZ (`.wacz`: a zip of WARC files with a
 * page list, Webrecorder's and ArchiveWeb.page's download). A WARC is a
 * series of records: what the crawler asked (`request`), what the site
 * answered (`response`: the HTTP status, headers and body), what it found
 * unchanged (`revisit`), its own notes (`warcinfo`, `metadata`).
 *
 * This takes out each **capture** Baoku can read — a response with status
 * 200 whose media type is a page (`text/html`), a PDF, a Word document, an
 * e-book or plain text — its body with chunking and content encoding
 * undone, the address it was captured from and when. Everything else is
 * counted by what it is (`CrawlLeftOut`), never passed over without a word:
 * the crawler's records, pictures, styles and scripts, redirects, error
 * pages, revisits, and earlier captures of an address captured again (the
 * latest is read: a correction the site made is in it).
 *
 * Reading is streamed (a crawl's file is often a gigabyte); only the bodies
 * of captures are kept. The records are parsed by `warcio`, Webrecorder's
 * reference library (gzip members, chunked bodies, content encodings).
 *
 * @example
 *   await readCrawl(createReadStream('crawl.warc.gz'), 'warc') // → {captures: [{address: 'http://…/c_1130087411.htm', format: 'html', …}], records: 54, leftOut: {…}}
 */
import { brotliDecompressSync } from 'node:zlib';
import JSZip from 'jszip';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { decode, metaCharset } from '../decode.ts';
import { decodedAs, parameter } from './mime.ts';

/** How a capture's body is read, by its media type: as a saved page, a PDF, a Word document, an e-book, or text. */
export type CaptureFormat = 'html' | 'pdf' | 'word' | 'book' | 'text';

export interface Capture {
  /** The address captured (`WARC-Target-URI`). */
  address: string;
  /** When (`WARC-Date`, ISO 8601, UTC). */
  captured: string;
  format: CaptureFormat;
  /** The media type the site sent (`text/html`). */
  mediaType: string;
  /** The charset the site declared for it (`Content-Type: text/html; charset=gbk`), if any. */
  charset?: string;
  /** The body as the site sent it, chunking and content encoding undone. */
  body: Uint8Array;
  /** In a WACZ, the WARC file inside it that holds the capture (`archive/data.warc.gz`). */
  warc?: string;
  /** The crawler kept only the start of the body (`WARC-Truncated: length`, `time`, `disconnect`): why. */
  truncated?: string;
}

/** What a crawl holds that is no capture Baoku reads, counted by kind. */
export interface CrawlLeftOut {
  /** The crawler's own records: `warcinfo`, `request`, `metadata`, `dns:` lookups, `robots.txt`. */
  crawler: number;
  /** Pictures, styles, scripts, fonts, data: the pages' companions. */
  companions: number;
  /** Responses that send elsewhere (3xx). */
  redirects: number;
  /** Responses that are no whole page: errors (4xx, 5xx: a missing page, a server's failure), a part (206), nothing (204). */
  errors: number;
  /** `revisit` records: an address found unchanged since a capture the crawl holds or held elsewhere. */
  revisits: number;
  /** Earlier captures of an address the crawl captured again. */
  earlier: number;
}

export interface Crawl {
  captures: Capture[];
  /** How many records the crawl holds. */
  records: number;
  leftOut: CrawlLeftOut;
  /** In a WACZ, its WARC files. */
  warcs?: string[];
  /** The crawl stops inside a record or a gzip member (a download or copy cut short): where, and what was lost. */
  cutShort?: string;
}

/** Why a crawl cannot be read at all, with the fix. */
export interface UnreadableCrawl {
  unreadable: string;
  fix: string;
}

/** A WARC's or a WACZ's bytes or stream. */
export type CrawlSource = AsyncIterable<Uint8Array> | Uint8Array;

/** Media types by how Baoku reads them; a type not here is a companion (a picture, a style, a script, data). */
const READ_AS: ReadonlyArray<[RegExp, CaptureFormat]> = [
  [/^(?:text\/html|application\/xhtml\+xml)$/u, 'html'],
  [/^application\/pdf$/u, 'pdf'],
  [/^application\/(?:msword|vnd\.openxmlformats-officedocument\.wordprocessingml\.document|vnd\.oasis\.opendocument\.text|rtf)$/u, 'word'],
  [/^application\/epub\+zip$/u, 'book'],
  [/^text\/plain$/u, 'text'],
];

/** Text files a site keeps for crawlers and readers of its code, no articles: `robots.txt`, `ads.txt`, `humans.txt`, `security.txt`, sitemaps. */
const SITE_FILE = /\/(?:robots|ads|app-ads|humans|security|llms)\.txt$|\/sitemap[^/]*\.(?:txt|xml)$/iu;

/** `size`: the file's length in bytes, when `source` is a stream (a cut-off gzip member is found by it). */
export async function readCrawl(source: CrawlSource, kind: 'warc' | 'wacz', size?: number): Promise<Crawl | UnreadableCrawl> {
  if (kind === 'wacz') return readWacz(source);
  const crawl = emptyCrawl();
  const failed = await readWarc(source, crawl, size);
  if (failed !== undefined && crawl.records === 0) return failed;
  if (failed !== undefined) crawl.cutShort = failed.unreadable;
  return latestCaptures(crawl);
}

function emptyCrawl(): Crawl {
  return { captures: [], records: 0, leftOut: { crawler: 0, companions: 0, redirects: 0, errors: 0, revisits: 0, earlier: 0 } };
}

/** A WACZ: a zip whose `archive/` folder holds the crawl's WARC files, read one after another. */
async function readWacz(source: CrawlSource): Promise<Crawl | UnreadableCrawl> {
  const bytes = source instanceof Uint8Array ? source : await collect(source);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return {
      unreadable: 'it is no zip file, as a WACZ is',
      fix: 'download the crawl again from the tool that made it (ArchiveWeb.page, Browsertrix), or give its WARC files',
    };
  }
  const warcs = Object.keys(zip.files)
    .filter((name) => /^archive\/[^/]+\.warc(?:\.gz)?$/iu.test(name))
    .sort();
  if (warcs.length === 0) {
    return { unreadable: 'the zip holds no WARC file under `archive/`', fix: 'check that the file is a WACZ (a web crawl); if it is, download it again' };
  }
  const crawl: Crawl = { ...emptyCrawl(), warcs };
  for (const name of warcs) {
    const entry = zip.file(name);
    if (!entry) continue;
    const first = crawl.captures.length;
    const warc = await entry.async('uint8array');
    const failed = await readWarc(warc, crawl, warc.length);
    for (const capture of crawl.captures.slice(first)) capture.warc = name;
    if (failed !== undefined) crawl.cutShort = `${name}: ${failed.unreadable}`;
  }
  return latestCaptures(crawl);
}

async function collect(source: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of source) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Read a WARC's records into `crawl`; why it stopped early, if it did. `size` is the file's length in bytes: a gzip
 * member cut short ends the records without a sign but this, fewer bytes read than the file holds.
 */
async function readWarc(source: CrawlSource, crawl: Crawl, size: number | undefined): Promise<UnreadableCrawl | undefined> {
  const parser = new WARCParser(source instanceof Uint8Array ? [source] : source);
  size ??= source instanceof Uint8Array ? source.length : undefined;
  for (;;) {
    let record: WARCRecord | null;
    try {
      record = await parser.parse();
    } catch {
      return stopped(crawl, parser.offset);
    }
    if (record === null) {
      if (crawl.records === 0)
        return size === 0 ? { unreadable: 'it is empty (0 bytes)', fix: 'download or copy the crawl again, or remove the file' } : notWarc();
      const read = parser._reader.getRawOffset();
      return size !== undefined && size - read > TRAILING ? stopped(crawl, read) : undefined;
    }
    const headers = record.warcHeaders;
    // (Only the first record's version line is asked: `warcio` reads a request record's empty body two bytes into the record
    // after it in a gzipped crawl, whose version line it then reads short, `RC/1.0`, its fields whole.)
    if (crawl.records === 0 && !/^WARC\/1\.[01]$/u.test(headers.statusline.trim())) return notWarc();
    // (A record's head cut off before its `Content-Length`: the file ends there.)
    if (headers.headers.get('content-length') === null) return stopped(crawl, parser.offset);
    crawl.records += 1;
    let capture: Capture | undefined;
    try {
      capture = await take(record, crawl.leftOut);
      if (capture) crawl.captures.push(capture);
      // (A record not kept is read through, not skipped: skipping past the end of a file cut short would wait forever.)
      else if (record.consumed === '') await record.readFully(false);
    } catch {
      return stopped(crawl, parser.offset);
    }
    // (`_reader` is the record's block, limited to its `Content-Length`; `reader` may not be asked once its content is read.)
    if (record._reader instanceof LimitReader && record._reader.limit > 0) {
      // (The record's body is shorter than its `Content-Length`: the file ends inside it, and no half page is read.)
      if (capture) crawl.captures.pop();
      crawl.records -= 1;
      return stopped(crawl, parser.offset);
    }
  }
}

/** Bytes a WARC may hold after its last record: its closing blank lines. */
const TRAILING = 4;

function notWarc(): UnreadableCrawl {
  return {
    unreadable: 'it does not begin with a WARC record (`WARC/1.0` or `WARC/1.1`)',
    fix: "check that the file is a web crawl (WARC); an older ARC file is converted to WARC by warctools' `arc2warc` or JWAT",
  };
}

function stopped(crawl: Crawl, offset: number): UnreadableCrawl {
  return {
    unreadable: `the file stops inside its ${ordinal(crawl.records + 1)} record (at byte ${offset} of the file), cut short; the records before it were read`,
    fix: 'download or copy the crawl again from where it is kept',
  };
}

function ordinal(count: number): string {
  const rest = count % 100;
  const suffix = rest >= 11 && rest <= 13 ? 'th' : count % 10 === 1 ? 'st' : count % 10 === 2 ? 'nd' : count % 10 === 3 ? 'rd' : 'th';
  return `${count}${suffix}`;
}

/** A record's capture, or what it is counted as. */
async function take(record: WARCRecord, leftOut: CrawlLeftOut): Promise<Capture | undefined> {
  const address = (record.warcTargetURI ?? '').trim().replace(/^<|>$/gu, '');
  const type = record.warcType;
  if (type === 'revisit') {
    leftOut.revisits += 1;
    return undefined;
  }
  if ((type !== 'response' && type !== 'resource') || !/^https?:\/\//iu.test(address) || SITE_FILE.test(address.replace(/[?#].*$/u, ''))) {
    leftOut.crawler += 1;
    return undefined;
  }
  const status = type === 'resource' ? 200 : Number(record.httpHeaders?.statusCode ?? 0);
  if (status >= 300 && status < 400) {
    leftOut.redirects += 1;
    return undefined;
  }
  if (status !== 200) {
    leftOut.errors += 1;
    return undefined;
  }
  const contentType = (type === 'resource' ? record.warcContentType : record.httpHeaders?.headers.get('content-type')) ?? '';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const format = READ_AS.find(([pattern]) => pattern.test(mediaType))?.[1] ?? formatByName(address, mediaType);
  if (format === undefined) {
    leftOut.companions += 1;
    return undefined;
  }
  const charset = parameter(contentType, 'charset');
  // (A record the crawler cut at its size limit, or split into segments whose `continuation` records are not joined: its start.)
  const truncated = record.warcHeader('WARC-Truncated') ?? (record.warcHeader('WARC-Segment-Number') ? 'segment' : undefined);
  return {
    ...(truncated === undefined ? {} : { truncated }),
    address,
    captured: record.warcDate ?? '',
    format,
    mediaType: mediaType === '' ? 'unknown' : mediaType,
    ...(charset === undefined ? {} : { charset }),
    body: await body(record),
  };
}

/** A capture whose type the site did not send (or sent as bytes): read by the address's name when it names a page or a PDF. */
function formatByName(address: string, mediaType: string): CaptureFormat | undefined {
  if (mediaType !== '' && mediaType !== 'application/octet-stream') return undefined;
  const name = address.replace(/[?#].*$/u, '');
  if (/\.(?:s?html?|xhtml)$/iu.test(name) || /\/$/u.test(name)) return 'html';
  if (/\.pdf$/iu.test(name)) return 'pdf';
  return undefined;
}

/** A response's body with its chunking and content encoding undone (`warcio` undoes gzip and deflate; brotli here). */
async function body(record: WARCRecord): Promise<Uint8Array> {
  const encoding = record.httpHeaders?.headers.get('content-encoding')?.trim().toLowerCase();
  // (Raw first, then decoded from it: a body cut short by the file's end is then read as far as it goes.)
  await record.readFully(false);
  const bytes = await record.readFully(true);
  if (encoding !== 'br') return bytes;
  try {
    return brotliDecompressSync(bytes);
  } catch {
    return bytes;
  }
}

/** An address captured more than once is read in its latest capture; the earlier are counted. */
function latestCaptures(crawl: Crawl): Crawl {
  const latest = new Map<string, Capture>();
  for (const capture of crawl.captures) {
    const key = capture.address.replace(/#.*$/u, '');
    const before = latest.get(key);
    if (before !== undefined) crawl.leftOut.earlier += 1;
    if (before === undefined || capture.captured >= before.captured) latest.set(key, capture);
  }
  return { ...crawl, captures: [...latest.values()] };
}

/** A captured page's text and how its charset was found. */
export interface CapturedPage {
  html: string;
  charset: string;
  /** Where the charset came from: the site's HTTP header, the page's `<meta>`, or the bytes (neither said, or what was said does not read them). */
  from: 'http' | 'meta' | 'detected';
  /** A charset declared but passed over: the bytes do not read in it (an old site's server sending `charset=utf-8` or `ISO-8859-1` over GB2312 pages). */
  passedOver?: string;
}

/**
 * A captured page's bytes as text: in the charset the site's header declared, else the one the page's `<meta>` does,
 * as a browser reads it; else the encoding the bytes show. A declaration the bytes do not read in (bad bytes where the
 * detected encoding reads them all, or a Western single-byte charset over Chinese text) is passed over, and said.
 */
export function capturedPage(body: Uint8Array, declared: string | undefined): CapturedPage {
  const detected = decode(body);
  const meta = metaCharset(Buffer.from(body.subarray(0, META_HEAD)).toString('latin1'));
  for (const [charset, from] of [
    [declared, 'http'],
    [meta, 'meta'],
  ] as const) {
    if (charset === undefined) continue;
    const text = decodedAs(Buffer.from(body), charset);
    if (text === undefined) continue;
    const wrong = WESTERN.test(charset)
      ? detected.encoding !== 'utf-8' || /[^\p{ASCII}]/u.test(detected.text)
      : text.includes('\uFFFD') && detected.badBytes.length === 0;
    if (wrong) {
      return { html: detected.text, charset: detected.encoding, from: 'detected', passedOver: charset };
    }
    return { html: text, charset: charset.toLowerCase(), from };
  }
  return { html: detected.text, charset: detected.encoding, from: 'detected' };
}

/** Western single-byte charsets: a server's default (`ISO-8859-1`), never what a Chinese page is written in. */
const WESTERN = /^(?:iso-8859-1|iso8859-1|latin-?1|windows-1252|cp1252|us-ascii|ascii)$/iu;

/** How far into a page its `<meta>` charset is looked for. */
const META_HEAD = 4096;
