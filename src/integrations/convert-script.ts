/**
 * Astro integration: after the build, convert every Traditional page
 * (`zh-hant/…`) from Simplified, and on Simplified pages the text of papers
 * printed in Traditional, through a rehype step (rehype-parse →
 * rehype-convert-script → rehype-stringify). The conversion is by
 * characters (opencc's character and phrase tables, no vocabulary: see
 * utils/opencc-chain.ts); `traditional` chooses Taiwan or Hong Kong forms.
 * The choice is also given to the browser code and the pages as
 * `import.meta.env.BAOKU_TRADITIONAL`, so that everything converts alike.
 * Converters are built once; the time taken is logged, to report what the
 * second script costs.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Element, Root } from 'hast';
import { EXIT, visit } from 'unist-util-visit';
import { TRADITIONAL_FORMS, type Traditional } from '../utils/opencc-chain.ts';
import { rehypeConvertScript, type ConvertScriptOptions } from './rehype-convert-script.ts';
import { converters } from './script-converters.ts';

export interface ConvertScriptSettings {
  /**
   * Traditional forms: `tw` (Taiwan: 裡, 著) or `hk` (Hong Kong: 裏, 着). Characters
   * only either way; opencc's vocabulary presets (`twp`, `hkp`: 软件→軟體) are
   * not offered, as they change what the paper said.
   * @see https://github.com/BYVoid/OpenCC#configurations-配置文件
   */
  traditional?: Traditional;
}

/** Bumped when the conversion changes, so that cached pages are converted again. */
const CONVERSION_VERSION = 'chars-2';

export function convertScript(settings: ConvertScriptSettings = {}): AstroIntegration {
  const traditional = settings.traditional ?? 'tw';
  if (!TRADITIONAL_FORMS.includes(traditional)) {
    throw new Error(
      `convertScript: unknown Traditional forms ${JSON.stringify(traditional)}; use ${TRADITIONAL_FORMS.map((form) => `'${form}'`).join(' or ')} (vocabulary conversion such as 'twp' is not supported).`,
    );
  }
  let cacheRoot = '';
  return {
    name: 'baoku:convert-script',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.BAOKU_TRADITIONAL': JSON.stringify(traditional) } } });
      },
      'astro:config:done': ({ config }) => {
        cacheRoot = path.join(fileURLToPath(config.cacheDir), `baoku-convert-${traditional}-${CONVERSION_VERSION}`);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const root = fileURLToPath(dir);
        const { toTraditional, toSimplified } = converters(traditional);
        // (A paper printed in Traditional is shown on Traditional pages as printed: its words are marked `data-as-printed`, `utils/as-printed.ts`.)
        const traditionalPages = processor({ convert: toTraditional, keep: 'dataAsPrinted' });
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
        await placeNotFound(root);
        logger.info(
          `converted ${converted} pages and reused ${reused} unchanged ones (cn→${traditional}) of ${files.length} in ${((performance.now() - started) / 1000).toFixed(2)} s`,
        );
      },
    },
  };
}

/**
 * Static hosts look for `404.html` in a folder; Astro writes the Traditional
 * 404 page (`src/pages/zh-hant/404.astro`) as `zh-hant/404/index.html`.
 */
async function placeNotFound(root: string): Promise<void> {
  const written = path.join(root, 'zh-hant', '404', 'index.html');
  const html = await readFile(written, 'utf8').catch(() => undefined);
  if (html === undefined) return;
  await writeFile(path.join(root, 'zh-hant', '404.html'), html);
  await rm(path.dirname(written), { recursive: true, force: true });
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
      node.children.push({ type: 'element', tagName: 'meta', properties: { name: CONVERTED, content: 'opencc-js characters' }, children: [] });
      return EXIT;
    });
  };
}
