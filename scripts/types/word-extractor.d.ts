/**
 * word-extractor 1.0 (no types of its own; DefinitelyTyped's omit the options every getter takes). Each getter's
 * `filterUnicode` defaults to true, which rewrites curly quotes and dashes as ASCII (`“` → `"`, `—` → `-`): Baoku
 * passes false, so the printed text is kept.
 */
declare module 'word-extractor' {
  interface TextOptions {
    filterUnicode?: boolean;
  }
  class Document {
    getBody(options?: TextOptions): string;
    getFootnotes(options?: TextOptions): string;
    getEndnotes(options?: TextOptions): string;
    getAnnotations(options?: TextOptions): string;
    getHeaders(options?: TextOptions & { includeFooters?: boolean }): string;
    getFooters(options?: TextOptions): string;
    getTextboxes(options?: TextOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }
  class WordExtractor {
    extract(source: string | Buffer): Promise<Document>;
  }
  export default WordExtractor;
}
