/**
 * Issue 14, items 2–4 and 6 for ingest: a lock per output folder, every
 * per-file failure a diagnostic on that file (the run goes on), no stack
 * trace for an input problem, no mass deletion without --prune, and only
 * ingest's own files ever removed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../site/fixture-site.ts';
import { fixturesRoot, readTree } from '../ingest/fixture-runner.ts';
import { tempDirs } from '../support/temp-dir.ts';

const tempDir = tempDirs('baoku-rel-ingest-');

async function workspace(...cases: string[]): Promise<{ root: string; input: string; out: string }> {
  const root = await tempDir();
  for (const name of cases) await cp(path.join(fixturesRoot, name, 'input'), path.join(root, 'raw', name), { recursive: true });
  return { root, input: path.join(root, 'raw'), out: path.join(root, 'content') };
}

function ingestCli(args: string[]): { status: number | null; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/ingest.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

/** The command run in a child process: its end, and what it has written to stderr so far. */
function ingestAsync(args: string[]): { done: Promise<{ status: number | null; stderr: string }>; stderr: () => string } {
  let stderr = '';
  const done = new Promise<{ status: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/ingest.ts'), ...args], { cwd: projectRoot });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (status) => resolve({ status, stderr }));
  });
  return { done, stderr: () => stderr };
}

/** Wait until `ready` holds, checking every 100 ms, for at most `limit` ms (a loaded machine starts a process slowly). */
async function until(ready: () => boolean, limit: number): Promise<void> {
  for (let waited = 0; !ready() && waited < limit; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
}

/** The manifest's outputs, and the Markdown files in the collection folders: the same set when the output is consistent. */
async function consistency(out: string): Promise<{ listed: string[]; present: string[] }> {
  const manifest = JSON.parse(await readFile(path.join(out, '.baoku-ingest.json'), 'utf8')) as { issues: Record<string, { outputs: string[] }> };
  const listed = Object.values(manifest.issues)
    .flatMap((issue) => issue.outputs)
    .sort();
  const present = [...(await readTree(out)).keys()].filter((file) => /^(issues|sections|qa)\/.*\.md$/u.test(file)).sort();
  return { listed, present };
}

describe('ingest command line', () => {
  it('names an unknown option and shows the usage, without a stack trace', () => {
    const run = ingestCli(['--bogus']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Unknown option '--bogus'");
    expect(run.stderr).toContain('usage: npm run ingest');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
  });
  it('prints the usage on --help', () => {
    const result = spawnSync(process.execPath, [path.join(projectRoot, 'scripts/ingest.ts'), '--help'], { cwd: projectRoot, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('--outline');
  });
});

describe('ingest lock', () => {
  it('two concurrent ingests leave the output and manifest of one clean run', async () => {
    const { root, input, out } = await workspace('seed', 'two-page-jump', 'interview-numerals');
    const runs = await Promise.all([ingestAsync(['--out', out, input]).done, ingestAsync(['--out', out, input]).done]);
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const clean = path.join(root, 'clean');
    expect(ingestCli(['--out', clean, input]).status).toBe(0);
    expect(await readTree(out)).toEqual(await readTree(clean));
    const { listed, present } = await consistency(out);
    expect(present).toEqual(listed);
  });

  it('waits for a live holder and says so', async () => {
    const { input, out } = await workspace('seed');
    await mkdir(out, { recursive: true });
    const lock = path.join(out, '.baoku-ingest.lock');
    await writeFile(lock, JSON.stringify({ pid: process.pid, started: new Date().toISOString(), command: 'test' }));
    const waiting = ingestAsync(['--out', out, input]);
    // The lock is released once the command says it waits (not after a fixed time: a loaded machine may take longer to start it).
    await until(() => waiting.stderr().includes('waiting for pid'), 40_000);
    await rm(lock);
    const run = await waiting.done;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`.baoku-ingest.lock: waiting for pid ${process.pid}, \`test\``);
  });

  it('takes over a stale lock of a dead process, and says so', async () => {
    const { input, out } = await workspace('seed');
    await mkdir(out, { recursive: true });
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    await writeFile(path.join(out, '.baoku-ingest.lock'), JSON.stringify({ pid: Number(dead), started: '2026-01-01T00:00:00.000Z', command: 'ingest' }));
    const run = ingestCli(['--out', out, input]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`took over a stale lock of pid ${dead}, \`ingest\`, started 2026-01-01T00:00:00.000Z, which is no longer running`);
  });

  it('takes over a lock whose pid now belongs to a process started after it (a pid reused after a crash)', async () => {
    const { input, out } = await workspace('seed');
    await mkdir(out, { recursive: true });
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)'], { stdio: 'ignore' });
    try {
      await writeFile(path.join(out, '.baoku-ingest.lock'), JSON.stringify({ pid: other.pid, started: '2026-01-01T00:00:00.000Z', command: 'ingest' }));
      const run = ingestCli(['--out', out, input]);
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toContain(`took over a stale lock of pid ${other.pid}`);
    } finally {
      other.kill();
    }
  });
});

describe('per-file failures', () => {
  it('names a misspelled input folder in one sentence, without a stack trace', async () => {
    const { root, out } = await workspace();
    const run = ingestCli(['--out', out, path.join(root, 'raww')]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/raww\n1:1 +error +/u);
    expect(run.stderr).toContain(`Not read: \`${path.join(root, 'raww')}\` does not exist`);
    expect(run.stderr).not.toMatch(/node:internal|^\s+at /mu);
  });

  it('reports a symlink loop, a name too long and a huge file on that file, follows symlinks to files, and ingests the rest', async () => {
    const { root, input, out } = await workspace('seed');
    await cp(path.join(fixturesRoot, 'two-page-jump', 'input'), path.join(root, 'elsewhere'), { recursive: true });
    await symlink(path.join(root, 'elsewhere', 'yunhe-p1.txt'), path.join(input, 'linked-p1.txt'));
    await symlink(path.join(root, 'elsewhere', 'yunhe-p2.txt'), path.join(input, 'linked-p2.txt'));
    await symlink('.', path.join(input, 'loop'));
    await symlink('self.txt', path.join(input, 'self.txt'));
    await symlink('x'.repeat(300), path.join(input, 'long.txt'));
    await writeFile(path.join(input, 'huge.txt'), '');
    await truncate(path.join(input, 'huge.txt'), 65 * 1024 * 1024);
    const run = ingestCli(['--out', out, input]);
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(/node:internal|^\s+at /mu);
    expect(run.stderr).toMatch(/1:1 +error +Not read: .*\/loop leads back to .*, a folder already read \(a symlink loop\); remove or correct the symlink/u);
    expect(run.stderr).toMatch(/1:1 +error +Not read: .*self\.txt is a symlink loop \(ELOOP\)/u);
    expect(run.stderr).toMatch(/1:1 +error +Not read: the name of .*long\.txt is too long for the file system \(ENAMETOOLONG\); rename/u);
    expect(run.stderr).toMatch(/1:1 +error +Not read: .*huge\.txt is 65\.0 MB, more than the 64 MB Baoku reads in one file; split it/u);
    const files = [...(await readTree(out)).keys()];
    expect(files).toContain('issues/beijingchengshifuzhongxinbao/2024-03-08.md');
    expect(files).toContain('sections/yunhewanbao/2024-05-20/p1-01.md');
  });

  it("reads a folder reached by a second path once, and leaves out a saved page's companions and the system's files with a word, naming each", async () => {
    const { input, out } = await workspace('two-page-jump');
    // A second path to a folder beside it (a backup link) is no loop: a note, not an error.
    await symlink(path.join(input, 'two-page-jump'), path.join(input, 'backup'));
    // A browser's "Web page, complete" and Word's "Save as Web Page" write their companions beside the page.
    await mkdir(path.join(input, 'saved', '运河晚报_files'), { recursive: true });
    await mkdir(path.join(input, 'saved', '01版要闻.files'), { recursive: true });
    await writeFile(
      path.join(input, 'saved', '运河晚报.html'),
      '<p>运河晚报</p><p>2024年5月21日 星期二</p><h1>运河公园开园</h1><p>本报讯 运河公园昨日开园。</p>',
    );
    await writeFile(path.join(input, 'saved', '运河晚报_files', 'saved_resource.html'), '');
    await writeFile(path.join(input, 'saved', '01版要闻.htm'), '<p>运河晚报</p><p>2024年5月22日 星期三</p><h1>新桥通车</h1><p>本报讯 新桥昨日通车。</p>');
    await writeFile(path.join(input, 'saved', '01版要闻.files', 'header.htm'), '<div style="mso-element:header">运河晚报 第1版</div>');
    // A folder of that name with no page beside it is read.
    await mkdir(path.join(input, 'saved', '旧稿_files'));
    await writeFile(path.join(input, 'saved', '旧稿_files', 'Thumbs.db'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    await writeFile(path.join(input, 'saved', '旧稿_files', 'desktop.ini'), '[.ShellClassInfo]\r\n');
    const run = ingestCli(['--out', out, input]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/backup\n1:1 +info +Not read again: a second path \(a symlink\) to a folder already read/u);
    expect(run.stderr).toMatch(/运河晚报_files\n1:1 +info +Not ingested: the folder of a saved page's companions/u);
    expect(run.stderr).toMatch(/01版要闻\.files\n1:1 +info +Not ingested: the folder of a saved page's companions/u);
    // (Each file not read is named under the count, on a line of its kind, with no message of its own.)
    expect(run.stderr).not.toMatch(/(?:Thumbs\.db|desktop\.ini|header\.htm|saved_resource\.html)\n1:1/u);
    for (const count of ['2 system file', "2 saved page's companion folder", '1 folder read before'])
      expect(run.stderr).toMatch(new RegExp(`files not read: .*${count}`, 'u'));
    expect(run.stderr).toMatch(/^not read \(system file\): saved\/旧稿_files\/(?:Thumbs\.db|desktop\.ini), saved\/旧稿_files\/(?:Thumbs\.db|desktop\.ini)$/mu);
    const files = [...(await readTree(out)).keys()];
    expect(files).toContain('sections/yunhewanbao/2024-05-21/p1-01.md');
    expect(files).toContain('sections/yunhewanbao/2024-05-22/p1-01.md');
    expect(files.filter((file) => file.startsWith('issues/yunhewanbao/2024-05-20'))).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('reports a file without read permission (not testable as root, where chmod 000 does not stop reads)', async () => {
    const { input, out } = await workspace('seed');
    const secret = path.join(input, 'secret.txt');
    await writeFile(secret, '运河日报\n');
    spawnSync('chmod', ['000', secret]);
    const run = ingestCli(['--out', out, input]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/1:1 +error +Not read: no permission to read .*secret\.txt \(EACCES\)/u);
  });
});

describe('mass deletion guard', () => {
  it('refuses to remove every output when the input folder is empty, and removes them with --prune', async () => {
    const { root, input, out } = await workspace('seed', 'two-page-jump');
    expect(ingestCli(['--out', out, input]).status).toBe(0);
    const before = await readTree(out);
    const empty = path.join(root, 'empty');
    await mkdir(empty);
    const refused = ingestCli(['--out', out, empty]);
    expect(refused.status).toBe(3);
    expect(refused.stderr).toMatch(
      /refusing to remove \d+ of the \d+ files ingest wrote in .* \(2 of 2 issues have no input any more; 0 input files found in .*empty\)\.\n {2}Fix: .*run again with --prune/u,
    );
    expect(await readTree(out)).toEqual(before);
    const pruned = ingestCli(['--out', out, '--prune', empty]);
    expect(pruned.status, pruned.stderr).toBe(0);
    expect([...(await readTree(out)).keys()].filter((file) => file.endsWith('.md'))).toEqual([]);
  });

  it('removes only the files ingest wrote: a hand-written note under the output folder survives', async () => {
    const { input, out } = await workspace('seed', 'two-page-jump', 'interview-numerals');
    expect(ingestCli(['--out', out, input]).status).toBe(0);
    await mkdir(path.join(out, 'issues/mine'), { recursive: true });
    await writeFile(path.join(out, 'issues/mine/notes.md'), '# my notes\n');
    await rm(path.join(input, 'two-page-jump'), { recursive: true });
    const run = ingestCli(['--out', out, input]);
    expect(run.status, run.stderr).toBe(0);
    const files = [...(await readTree(out)).keys()];
    expect(files).toContain('issues/mine/notes.md');
    expect(files.some((file) => file.includes('yunhewanbao'))).toBe(false);
  });

  it('cleans the temporary files a stopped run left', async () => {
    const { input, out } = await workspace('seed');
    expect(ingestCli(['--out', out, input]).status).toBe(0);
    await writeFile(path.join(out, 'issues/beijingchengshifuzhongxinbao/2024-03-08.md.99999.tmp'), 'half');
    const run = ingestCli(['--out', out, input]);
    expect(run.stderr).toContain('removed 1 temporary files left by a stopped run');
    expect([...(await readTree(out)).keys()].some((file) => file.endsWith('.tmp'))).toBe(false);
  });
});
