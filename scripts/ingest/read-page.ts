/**
 * Read one raw file: decode it, report the encoding and any bad bytes, and
 * parse it into a page. Never throws for bad input: problems become messages
 * on the returned vfile.
 */
import { createHash } from 'node:crypto';
import { VFile } from 'vfile';
import { decode } from './decode.ts';
import { parsePage } from './parse-page.ts';
import { Rule, error, note, warn } from './report.ts';
import type { ParsedPage } from './types.ts';
import { location } from 'vfile-location';

export interface ReadResult {
  file: VFile;
  encoding: string;
  /** One per page the file holds (most files hold one). */
  pages: ParsedPage[];
}

/** @param path — path relative to the input root, `/`-separated, as shown to the user. */
export function readPage(bytes: Uint8Array, path: string, displayPath: string): ReadResult {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = decode(bytes);
  const file = new VFile({ path: displayPath, value: decoded.text });
  if (decoded.binary) {
    error(
      file,
      'The file is binary, not text (it contains NUL bytes or control characters)',
      'remove it from the input folder, or export the page as plain text',
      undefined,
      Rule.binaryFile,
    );
    return { file, encoding: 'binary', pages: [] };
  }
  if (bytes.length === 0) {
    error(file, 'The file is empty (0 bytes)', 'put the page text in it or remove it from the input folder', undefined, Rule.emptyFile);
    return { file, encoding: decoded.encoding, pages: [] };
  }
  const label = `${decoded.encoding}${decoded.bom ? ' with BOM' : ''}, ${decoded.newline} line endings`;
  if (decoded.encoding !== 'utf-8' || decoded.bom || decoded.newline !== 'lf') {
    note(file, `Read as ${label} (detected)`, undefined, Rule.encoding);
  }
  const place = location(file);
  for (const bad of decoded.badBytes) {
    warn(
      file,
      bad.byteOffset >= 0
        ? `Bytes \`${bad.hex}\` at byte ${bad.byteOffset} are not valid ${decoded.encoding}; they stand as U+FFFD (�) in the text`
        : `A byte sequence is not valid ${decoded.encoding}; it stands as U+FFFD (�) in the text`,
      'the rest of the file was ingested; re-export the page from its source to recover the missing character',
      place.toPoint(bad.textOffset),
      Rule.badBytes,
    );
  }
  const parsed = parsePage(file);
  if (!parsed) return { file, encoding: label, pages: [] };
  if (parsed.segments.every((segment) => segment.chunks.length === 0 && segment.page === undefined)) {
    note(file, 'The page has a masthead and date line but no articles', parsed.header.dateLine.position, Rule.noBody);
  }
  const pages = parsed.segments.map((segment, index): ParsedPage => {
    const header = { ...parsed.header };
    delete header.page;
    delete header.pageHeader;
    if (segment.page !== undefined) header.page = segment.page;
    if (segment.pageHeader !== undefined) header.pageHeader = segment.pageHeader;
    return { file, path, sha256, segment: index, encoding: label, header, chunks: segment.chunks };
  });
  return { file, encoding: label, pages };
}
