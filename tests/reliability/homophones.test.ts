/**
 * Two papers whose mastheads spell alike in toneless pinyin (北京日报 and
 * 北京日豹 are both `beijingribao`) on the same date: each gets an issue,
 * sections and ids of its own, never one overwriting the other, and the
 * user is told where the second went.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSettings } from '../../src/archive/settings.ts';
import { ingest } from '../../scripts/ingest/pipeline.ts';

const roots: string[] = [];

afterAll(async () => {
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

async function archive(): Promise<{ raw: string; out: string }> {
  const root = await mkdtemp(path.join(tmpdir(), 'baoku-homophones-'));
  roots.push(root);
  const raw = path.join(root, 'raw');
  await mkdir(raw, { recursive: true });
  const page = (paper: string, headline: string): string =>
    `${paper}\n2024年3月8日 星期五\n第1版\n${headline}\n本报讯（记者 王芳）这是${paper}的报道，内容各不相同。\n`;
  await writeFile(path.join(raw, 'a.txt'), page('北京日报', '运河两岸春意浓'));
  await writeFile(path.join(raw, 'b.txt'), page('北京日豹', '城市书房开到家门口'));
  return { raw, out: path.join(root, 'content') };
}

describe('papers that spell alike', () => {
  it('get distinct paths and a warning, and a repeat run keeps them', async () => {
    const { raw, out } = await archive();
    const settings = resolveSettings({}, {});
    const summary = await ingest({ inputs: [raw], out, settings });
    const issues = (await readdir(path.join(out, 'issues'), { recursive: true })).filter((name) => name.endsWith('.md')).sort();
    expect(issues).toHaveLength(2);
    expect(new Set(issues.map((name) => path.dirname(name))).size).toBe(2);
    const sections = (await readdir(path.join(out, 'sections'), { recursive: true })).filter((name) => name.endsWith('.md'));
    expect(sections).toHaveLength(2);
    const warnings = summary.files.flatMap((file) => file.messages).filter((message) => /spells `beijingribao` in pinyin like/u.test(message.reason));
    expect(warnings.length).toBeGreaterThan(0);
    const again = await ingest({ inputs: [raw], out, settings });
    expect(again.written).toBe(0);
    expect((await readdir(path.join(out, 'issues'), { recursive: true })).filter((name) => name.endsWith('.md')).sort()).toEqual(issues);
  });
});
