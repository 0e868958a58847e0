/**
 * Fault injection for the reliability tests: `BAOKU_FAULT=<point>[:<n>]`
 * kills this process with SIGKILL the n-th time (default: the first) it
 * passes the named point, as a power cut would, so that a test can stop a
 * run at an exact place and check that the next run repairs what it left.
 *
 * The points: `part-built` (a part's build finished and its fingerprint was
 * recorded), `merge-start` (the merge is about to change the output),
 * `merge-link` (one file linked into the merged folder), `merge-published`
 * (the merged folder is in place, the merge's record not yet written),
 * `ingest-write` (one output file written), `build-published` (`npm run
 * build`'s new folder is built, not yet published).
 *
 * Not a setting (it is never set outside tests); like every variable it is
 * read through src/archive/settings.ts.
 */
import { faultSpec } from '../src/archive/settings.ts';

const spec = faultSpec();
const [point, nth] = spec.split(':');
const target = Number(nth ?? '1');
let passed = 0;

export function faultPoint(name: string): void {
  if (point !== name) return;
  passed += 1;
  if (passed === target) process.kill(process.pid, 'SIGKILL');
}
