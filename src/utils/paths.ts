/**
 * getStaticPaths for every built script: each page exists once per script,
 * under the same path (Traditional under `zh-hant/`).
 *
 * A page may name what it is made of (`key`): its `cacheKey` for Astro's
 * incremental builds is a hash of that, so that publishing one new issue
 * re-renders only the pages it touches.
 */
import { createHash } from 'node:crypto';
import { builtScripts, scriptParam, type Script } from './script.ts';
import { buildsGlobalPages } from './site-part.ts';

type Params = Record<string, string | undefined>;

interface PageSpec<P> {
  params: Params;
  props: P;
  /** Everything the page shows; the page is re-rendered when any of it changes. */
  key?: unknown[];
}

export function perScript<P>(pages: (script: Script) => Array<PageSpec<P>>): Array<{ params: Params; props: P & { script: Script }; cacheKey?: string }> {
  return builtScripts().flatMap((script) =>
    pages(script).map(({ params, props, key }) => ({
      params: { ...params, script: scriptParam(script) },
      props: { ...props, script },
      ...(key
        ? {
            cacheKey: createHash('sha256')
              .update(JSON.stringify([script, ...key]))
              .digest('hex'),
          }
        : {}),
    })),
  );
}

/** perScript for the pages over the whole archive: none in a build of one shard (see utils/site-part.ts). */
export function globalPages<P>(pages: (script: Script) => Array<PageSpec<P>>): ReturnType<typeof perScript<P>> {
  return buildsGlobalPages() ? perScript(pages) : [];
}
