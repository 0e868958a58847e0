/**
 * Render an entry's Markdown body to HTML with unified: remark-parse with
 * directives (the same syntax ingest writes with remark-stringify), the Q&A
 * directives, remark-rehype without raw HTML, rehype-stringify.
 *
 * Raw HTML in a body is never passed through: text from a raw file is text.
 */
import rehypeStringify from 'rehype-stringify';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { remarkQaDirectives, type QaDirectiveOptions } from './remark-qa-directives.ts';

const processor = unified()
  .use(remarkParse)
  .use(remarkDirective)
  .use(remarkQaDirectives)
  .use(remarkRehype, { allowDangerousHtml: false })
  .use(rehypeStringify)
  .freeze();

export function renderBody(markdown: string, options: QaDirectiveOptions = {}): string {
  return String(processor.processSync(new VFile({ value: markdown, data: { qa: options } })));
}
