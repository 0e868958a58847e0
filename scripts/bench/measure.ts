/**
 * Measure one phase run as a child process: wall seconds, CPU seconds of the
 * whole process tree, and the peak of the tree's summed resident memory
 * (polled from /proc every 100 ms).
 */
import { spawn } from 'node:child_process';
import { readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childEnv } from '../../src/archive/settings.ts';

export interface Measurement {
  phase: string;
  wall: number;
  cpu: number;
  peakRssMb: number;
  status: number;
  /** The phase's standard error (its own summary lines). */
  log: string;
}

const wrapper = fileURLToPath(new URL('./cpu-wrapper.ts', import.meta.url));
const PAGE = 4096;

/** Variables every measured phase gets (the benchmark's shard grains). */
const inherited: Record<string, string> = {};

export function inheritEnv(variables: Readonly<Record<string, string>>): void {
  Object.assign(inherited, variables);
}

export async function measure(
  phase: string,
  command: string,
  args: string[],
  options: { env?: Readonly<Record<string, string>>; cwd?: string } = {},
): Promise<Measurement> {
  const cpuFile = path.join(tmpdir(), `baoku-bench-cpu-${process.pid}-${Date.now()}.json`);
  const started = performance.now();
  const child = spawn(process.execPath, [wrapper, cpuFile, command, ...args], {
    cwd: options.cwd,
    env: childEnv({ ...inherited, ...options.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  let peak = 0;
  const timer = setInterval(() => {
    void treeRss(child.pid ?? -1).then((rss) => (peak = Math.max(peak, rss)));
  }, 100);
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  clearInterval(timer);
  const wall = (performance.now() - started) / 1000;
  const cpu = await readFile(cpuFile, 'utf8')
    .then((text) => (JSON.parse(text) as { cpu: number }).cpu)
    .catch(() => Number.NaN);
  await rm(cpuFile, { force: true });
  return { phase, wall, cpu, peakRssMb: peak / 1024 / 1024, status, log };
}

/** Resident bytes of a process and all its descendants. */
async function treeRss(root: number): Promise<number> {
  const parents = new Map<number, number>();
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/u.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const ppid = Number(stat.split(') ')[1]?.split(' ')[1]);
    if (ppid) parents.set(Number(entry), ppid);
  }
  const inTree = (pid: number): boolean => {
    for (let current: number | undefined = pid; current; current = parents.get(current)) if (current === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of parents.keys()) {
    if (!inTree(pid)) continue;
    const statm = await readFile(`/proc/${pid}/statm`, 'utf8').catch(() => '');
    total += Number(statm.split(' ')[1] ?? 0) * PAGE;
  }
  return total;
}
