/**
 * A lock file for the commands that write a shared folder (ingest into the
 * content folder, the build in parts into its work folder): it holds the
 * holder's pid, start time and command. A second run waits for the holder
 * and says so; a lock whose process is gone (killed, or the machine lost
 * power) is taken over, with a message naming it.
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
    if (holder && (holder.pid === process.pid ? held.has(file) : alive(holder.pid))) {
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
