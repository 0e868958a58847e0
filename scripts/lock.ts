/**
 * A lock file for the commands that write a shared folder (ingest into the
 * content folder, the build in parts into its work folder): it holds the
 * holder's pid, start time and command. A second run waits for the holder
 * and says so; a lock whose process is gone (killed, or the machine lost
 * power) — or whose pid now belongs to a process started after the lock was
 * written — is taken over, with a message naming it.
 */
import { open, readFile, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

export interface LockHolder {
  pid: number;
  /** ISO time the holder started. */
  started: string;
  command: string;
}

export interface Lock {
  file: string;
  release: () => Promise<void>;
}

/** Locks this process holds (a lock file with this pid but not in here was left by an earlier process with the same pid). */
const held = new Set<string>();

/** How often a waiting run looks at the lock again. */
const POLL_MS = 200;

/** Take the lock `file`, waiting while a live process holds it; `say` gets one line per event (waiting, taking over a stale lock). */
export async function acquireLock(file: string, options: { command: string; say: (line: string) => void; wait?: boolean }): Promise<Lock> {
  const me: LockHolder = { pid: process.pid, started: new Date().toISOString(), command: options.command };
  let waited = false;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${JSON.stringify(me)}\n`);
      await handle.close();
      held.add(file);
      return lockOf(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) continue; // released meanwhile
    const holder = parseHolder(text);
    if (holder && (holder.pid === process.pid ? held.has(file) : holds(holder))) {
      if (options.wait === false) {
        throw new LockedError(
          `${file}: another run holds this lock (${describe(holder)}).\n  Fix: wait for it to finish; if no such process is running, delete ${file}.`,
        );
      }
      if (!waited) options.say(`${path.basename(file)}: waiting for ${describe(holder)} to finish (Ctrl+C to stop waiting)`);
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    // Stale: move it aside under a name of our own (one taker wins the rename), check that it is the lock we judged, then retry.
    const aside = `${file}.stale-${process.pid}`;
    try {
      await rename(file, aside);
    } catch {
      continue;
    }
    const moved = await readFile(aside, 'utf8').catch(() => undefined);
    await unlink(aside).catch(() => undefined);
    if (moved === text) {
      options.say(
        `${path.basename(file)}: took over a stale lock of ${holder ? describe(holder) : `unreadable content ${JSON.stringify(text.slice(0, 80))}`}, which is no longer running`,
      );
    }
  }
}

export class LockedError extends Error {
  override name = 'LockedError';
}

function lockOf(file: string): Lock {
  let released = false;
  const release = async (): Promise<void> => {
    if (released) return;
    released = true;
    held.delete(file);
    process.off('exit', releaseNow);
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text !== undefined && parseHolder(text)?.pid === process.pid) await unlink(file).catch(() => undefined);
  };
  // A run that exits without releasing (process.exit) still frees the lock; SIGKILL leaves it stale, to be taken over.
  const releaseNow = (): void => {
    try {
      unlinkOwnSync(file);
    } catch {
      /* nothing to release */
    }
  };
  process.on('exit', releaseNow);
  return { file, release };
}

function unlinkOwnSync(file: string): void {
  const fs = process.getBuiltinModule('node:fs');
  const text = fs.readFileSync(file, 'utf8');
  if (parseHolder(text)?.pid === process.pid) fs.unlinkSync(file);
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.started === 'string'
      ? { pid: value.pid, started: value.started, command: value.command ?? '?' }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether the lock's process is still the one that wrote it: alive, and not
 * a process that started after the lock was written (the pid was reused
 * after a crash or a reboot). The start time is read on Linux; elsewhere a
 * live pid counts as the holder.
 */
function holds(holder: LockHolder): boolean {
  if (!alive(holder.pid)) return false;
  const start = startedAt(holder.pid);
  return start === undefined || start <= Date.parse(holder.started) + START_SLACK_MS;
}

/** Clock ticks per second of `/proc/<pid>/stat` (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;
/** Slack between a process's start and its lock's time, for clock granularity. */
const START_SLACK_MS = 5_000;

/** When a process started, in ms since the epoch, from `/proc`; undefined where there is none. */
function startedAt(pid: number): number | undefined {
  try {
    const fs = process.getBuiltinModule('node:fs');
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name in parentheses (which may hold spaces): state is the 3rd field, starttime the 22nd.
    const ticks = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]);
    const boot = Number(/^btime (\d+)$/mu.exec(fs.readFileSync('/proc/stat', 'utf8'))?.[1]);
    return Number.isFinite(ticks) && Number.isFinite(boot) ? (boot + ticks / CLOCK_TICKS) * 1000 : undefined;
  } catch {
    return undefined;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function describe(holder: LockHolder): string {
  return `pid ${holder.pid}, \`${holder.command}\`, started ${holder.started}`;
}
