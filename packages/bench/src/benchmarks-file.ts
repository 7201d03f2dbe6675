import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { ROOT } from '@plie-hub/hub';

/** When and on what a run was made: « 2026-12-07 21:56 UTC on 2 × AMD EPYC, 24 GiB, Node v20.20.2 ». */
export function runStamp(): string {
  return `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/**
 * Writes `body` into BENCHMARKS.md between `<!-- name:start -->` and `<!-- name:end -->`, in place of what a previous
 * run wrote there, or at the end of the file under `heading` when the file has no such section yet. Each bench owns
 * its section; the prose around the sections is written by hand.
 */
export async function writeBenchmarksSection(name: string, body: string, heading?: string, file = path.join(ROOT, 'BENCHMARKS.md')): Promise<void> {
  const current = await readFile(file, 'utf8').catch(() => '');
  const [start, end] = [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
  const section = `${start}\n${body}\n${end}`;
  const from = current.indexOf(start);
  const to = current.indexOf(end, from);
  // By position rather than String.replace, whose replacement text would read `$&` or `$1` in a report as patterns.
  const updated = from >= 0 && to >= 0 ? `${current.slice(0, from)}${section}${current.slice(to + end.length)}` : `${current.trimEnd()}\n\n${heading ? `## ${heading}\n\n` : ''}${section}\n`;
  await writeFile(file, updated);
}
