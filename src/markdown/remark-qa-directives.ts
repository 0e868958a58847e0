/**
 * remark plugin: turn the container directives that ingest writes
 * (`::::qa{#q1}`, `:::question{asker=…}`, `:::answer{respondent=…}`) into
 * HTML elements the site styles and links: each Q&A a `<section id="q1">`
 * with a permalink, the question and the answer set apart.
 */
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface QaDirectiveOptions {
  /** Link to the single Q&A entry page for a given order, when rendering a whole transcript. */
  entryHref?: (order: number) => string | undefined;
  /** Text of the link to the single entry. */
  entryLabel?: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Per-document options of remarkQaDirectives (the processor itself is shared). */
    qa: QaDirectiveOptions;
  }
}

export function remarkQaDirectives() {
  return (tree: Root, file: VFile): void => {
    const options = file.data.qa ?? {};
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      const data = (node.data ??= {});
      if (node.name === 'qa') {
        const id = node.attributes?.['id'] ?? '';
        const order = Number(id.replace(/^q/u, ''));
        data.hName = 'section';
        data.hProperties = { className: ['qa'], id, 'data-pagefind-ignore': 'all' };
        const link = options.entryHref?.(order);
        node.children.push({
          type: 'paragraph',
          data: { hProperties: { className: ['qa-links'] } },
          children: [
            { type: 'link', url: `#${id}`, data: { hProperties: { className: ['anchor'] } }, children: [{ type: 'text', value: `#${order}` }] },
            ...(link
              ? [
                  { type: 'text' as const, value: ' · ' },
                  { type: 'link' as const, url: link, children: [{ type: 'text' as const, value: options.entryLabel ?? '单独查看' }] },
                ]
              : []),
          ],
        });
      } else if (node.name === 'question' || node.name === 'answer') {
        data.hName = 'div';
        data.hProperties = { className: [node.name] };
      } else {
        // An unknown directive is shown as its content, never dropped.
        data.hName = 'div';
      }
    });
  };
}
