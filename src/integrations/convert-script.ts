/**
 * Astro integration: after the build, convert every Traditional page
 * (`zh-hant/…`) from Simplified with opencc-js, and on Simplified pages the
 * text of papers printed in Traditional, through a rehype step
 * (rehype-parse → rehype-convert-script → rehype-stringify).
 * Converters are built once; the time taken is logged, to report what the
 * second script costs.
 */
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as OpenCC from 'opencc-js';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Element, Root } from 'hast';
import { EXIT, visit } from 'unist-util-visit';
import { rehypeConvertScript, type ConvertScriptOptions } from './rehype-convert-script.ts';

export interface ConvertScriptSettings {
  /**
   * opencc-js target for Traditional pages: `twp` (Taiwan, with phrases: 软件→軟體),
   * `tw` (characters only), `hk` (Hong Kong), `t` (OpenCC standard).
   * @see https://github.com/nk2028/opencc-js
   */
  traditional?: 'twp' | 'tw' | 'hk' | 't';
}

export function convertScript(settings: ConvertScriptSettings = {}): AstroIntegration {
  const traditional = settings.traditional ?? 'twp';
  return {
    name: 'baoku:convert-script',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const toTraditional = OpenCC.Converter({ from: 'cn', to: traditional });
        const toSimplified = OpenCC.Converter({ from: traditional === 'hk' ? 'hk' : traditional === 't' ? 't' : 'tw', to: 'cn' });
        const traditionalPages = processor({ convert: toTraditional });
        const simplifiedPages = processor({ convert: toSimplified, within: { property: 'dataPrinted', value: 'hant' } });
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        let converted = 0;
        for (const file of files) {
          const absolute = path.join(root, file);
          const html = await readFile(absolute, 'utf8');
          const isTraditional = file.split(path.sep)[0] === 'zh-hant';
          // Simplified pages without Traditional text are left byte for byte as Astro wrote them;
          // pages an incremental build kept from the last build are converted already.
          if ((!isTraditional && !html.includes('data-printed="hant"')) || html.includes(`name="${CONVERTED}"`)) continue;
          const output = String(await (isTraditional ? traditionalPages : simplifiedPages).process(html));
          await writeFile(absolute, output);
          converted += 1;
        }
        logger.info(`converted ${converted} of ${files.length} pages (cn→${traditional}) in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}

/** The `<meta name>` that marks a page as converted. */
const CONVERTED = 'baoku-converted';

function processor(options: ConvertScriptOptions) {
  return unified().use(rehypeParse).use(rehypeConvertScript, options).use(rehypeMarkConverted).use(rehypeStringify).freeze();
}

/** Mark the page converted, so that a page kept by an incremental build is not converted twice. */
function rehypeMarkConverted() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'head') return;
      node.children.push({ type: 'element', tagName: 'meta', properties: { name: CONVERTED, content: 'opencc-js' }, children: [] });
      return EXIT;
    });
  };
}
