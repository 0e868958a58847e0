/**
 * Run a command and write the CPU seconds it and its descendants used
 * (`cutime + cstime` of this process after waiting for the child) to the
 * file named first on the command line. Used by measure.ts for each phase.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [cpuFile = '', command = '', ...args] = process.argv.slice(2);
const result = spawnSync(command, args, { stdio: 'inherit' });
const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
/** Clock ticks per second on Linux. */
const TICKS = 100;
const cpu = (Number(fields[13]) + Number(fields[14])) / TICKS;
if (cpuFile) writeFileSync(cpuFile, JSON.stringify({ cpu, status: result.status ?? 1 }));
process.exitCode = result.status ?? 1;
