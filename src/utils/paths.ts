/**
 * getStaticPaths for every built script: each page exists once per script,
 * under the same path (Traditional under `zh-hant/`).
 */
import { builtScripts, scriptParam, type Script } from './script.ts';

type Params = Record<string, string | undefined>;

export function perScript<P>(pages: (script: Script) => Array<{ params: Params; props: P }>): Array<{ params: Params; props: P & { script: Script } }> {
  return builtScripts().flatMap((script) =>
    pages(script).map(({ params, props }) => ({ params: { ...params, script: scriptParam(script) }, props: { ...props, script } })),
  );
}
