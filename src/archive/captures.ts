/**
 * A page taken out of a web crawl (`.warc`, `.warc.gz`, `.wacz`) is named by
 * the crawl's file and the address it was captured from, as its sources
 * record it: `江城日报/crawl.warc.gz#http://www.example.cn/c_1.htm`. Ingest
 * names captures so; the site reads the address back for a citation.
 *
 * @example
 *   captureName('crawl.warc.gz', 'http://www.example.cn/c_1.htm') // → 'crawl.warc.gz#http://www.example.cn/c_1.htm'
 *   capturedAddress('crawl.warc.gz#http://www.example.cn/c_1.htm') // → 'http://www.example.cn/c_1.htm'
 */
export function captureName(crawl: string, address: string): string {
  return `${crawl}#${address}`;
}

/** The address a source's name says it was captured from; `undefined` for a file of its own. */
export function capturedAddress(file: string): string | undefined {
  const at = file.search(/#https?:\/\//u);
  return at === -1 ? undefined : file.slice(at + 1);
}
