/**
 * Astro integration: after the build, convert every Traditional page
 * (`zh-hant/…`) from Simplified with opencc-js, and on Simplified pages the
 * text of papers printed in Traditional, through a rehype step
 * (rehype-parse → rehype-convert-script → rehype-stringify).
 * Converters are built once; the time taken is logged, to report what the
 * second script costs.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
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
  traditional?: 'twp' | 'tw' | 'hk' | 'hkp' | 't';
}

export function convertScript(settings: ConvertScriptSettings = {}): AstroIntegration {
  const traditional = settings.traditional ?? 'twp';
  let cacheRoot = '';
  return {
    name: 'baoku:convert-script',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheRoot = path.join(fileURLToPath(config.cacheDir), `baoku-convert-${traditional}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const toTraditional = OpenCC.Converter({ from: 'cn', to: traditional });
        const toSimplified = OpenCC.Converter({ from: traditional === 'hk' || traditional === 'hkp' ? 'hk' : traditional === 't' ? 't' : 'tw', to: 'cn' });
        const traditionalPages = processor({ convert: toTraditional });
        const simplifiedPages = processor({ convert: toSimplified, within: { property: 'dataPrinted', value: 'hant' } });
        const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.html'));
        await mkdir(cacheRoot, { recursive: true });
        const cached = new Set(await readdir(cacheRoot));
        const used = new Set<string>();
        let converted = 0;
        let reused = 0;
        for (const file of files) {
          const absolute = path.join(root, file);
          const html = await readFile(absolute, 'utf8');
          const isTraditional = file.split(path.sep)[0] === 'zh-hant';
          // Simplified pages without Traditional text are left byte for byte as Astro wrote them.
          if (!isTraditional && !html.includes('data-printed="hant"')) continue;
          // An incremental build restores unchanged pages as Astro rendered them: their conversion is cached by content.
          const key = `${createHash('sha256').update(file).update('\u0000').update(html).digest('hex').slice(0, 32)}.html`;
          used.add(key);
          if (cached.has(key)) {
            await writeFile(absolute, await readFile(path.join(cacheRoot, key)));
            reused += 1;
            continue;
          }
          const output = String(await (isTraditional ? traditionalPages : simplifiedPages).process(html));
          await writeFile(absolute, output);
          await writeFile(path.join(cacheRoot, key), output);
          converted += 1;
        }
        for (const key of cached) if (!used.has(key)) await rm(path.join(cacheRoot, key), { force: true });
        logger.info(
          `converted ${converted} pages and reused ${reused} unchanged ones (cn→${traditional}) of ${files.length} in ${((performance.now() - started) / 1000).toFixed(2)} s`,
        );
      },
    },
  };
}

/** The `<meta name>` that marks a page as converted (what was done to it is visible in its source). */
const CONVERTED = 'baoku-converted';

function processor(options: ConvertScriptOptions) {
  return unified().use(rehypeParse).use(rehypeConvertScript, options).use(rehypeMarkConverted).use(rehypeStringify).freeze();
}

/** Mark the page converted. */
function rehypeMarkConverted() {
  return (tree: Root): void => {
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'head') return;
      node.children.push({ type: 'element', tagName: 'meta', properties: { name: CONVERTED, content: 'opencc-js' }, children: [] });
      return EXIT;
    });
  };
}
