/** `npm run build`'s two steps (`scripts/build.ts`): one bad file never stops the site, anything else ingest stops on does. */
import { describe, expect, it } from 'vitest';
import { buildSteps } from '../../scripts/build.ts';

/** The steps with ingest's and the site build's exit statuses, recording which ran. */
function steps(ingest: number | null, site: number | null): { ran: string[]; result: ReturnType<typeof buildSteps> } {
  const ran: string[] = [];
  const result = buildSteps({
    ingest: () => (ran.push('ingest'), ingest),
    site: () => (ran.push('site'), site),
  });
  return { ran, result };
}

describe('npm run build', () => {
  it('builds the site when every file was read, and says nothing more', () => {
    expect(steps(0, 0)).toEqual({ ran: ['ingest', 'site'], result: { status: 0 } });
  });

  it('builds the site from the good files when some had errors, then exits 1 saying so', () => {
    const { ran, result } = steps(1, 0);
    expect(ran).toEqual(['ingest', 'site']);
    expect(result.status).toBe(1);
    expect(result.said).toMatch(/built from every file ingest could read; the files named with an error above are not in it/u);
  });

  it("does not build when ingest refused, was misused or failed, and passes the site build's failure on", () => {
    for (const status of [3, 2, 70, null]) {
      const { ran, result } = steps(status, 0);
      expect(ran).toEqual(['ingest']);
      expect(result.status).toBe(status ?? 1);
      expect(result.said).toMatch(/the site was not built and is as it was/u);
    }
    expect(steps(0, 1)).toEqual({ ran: ['ingest', 'site'], result: { status: 1 } });
    expect(steps(1, 1).result).toEqual({ status: 1 });
  });
});
