import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used, from /proc (Linux). */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return Number.NaN;
  }
}

/** A memory line of /proc/<pid>/status in MiB (Linux): `VmHWM` is the peak resident set, `VmRSS` the current one. */
function statusMiB(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  try {
    const match = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Math.round(Number(match[1]) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** Peak resident memory of a process in MiB. */
export const peakMemoryMiB = (pid: number) => statusMiB(pid, 'VmHWM');

/** Current resident memory of a process in MiB. */
export const residentMemoryMiB = (pid: number) => statusMiB(pid, 'VmRSS');

/** CPU seconds of each PostgreSQL process of this machine (backends, WAL writer, checkpointer…), by pid; empty when the server runs elsewhere. */
function postgresCpu(): Map<number, number> {
  const cpu = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/comm`, 'utf8').startsWith('postgres')) continue;
    } catch {
      continue;
    }
    const seconds = cpuSeconds(Number(entry));
    if (Number.isFinite(seconds)) cpu.set(Number(entry), seconds);
  }
  return cpu;
}

/**
 * Starts counting PostgreSQL's CPU; `millisPerOperation` then gives what it spent since, per operation (null when the
 * server runs elsewhere). Processes still there count their difference, those started since all they used; those
 * that ended are left out, so it is a lower bound.
 */
export function countPostgresCpu(): { millisPerOperation(operations: number): number | null } {
  const before = postgresCpu();
  return {
    millisPerOperation(operations) {
      const after = postgresCpu();
      if (after.size === 0) return null;
      let seconds = 0;
      for (const [pid, total] of after) seconds += total - (before.get(pid) ?? 0);
      return Math.round((seconds * 1000 * 100) / Math.max(1, operations)) / 100;
    },
  };
}
