import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBenchmarksSection } from './benchmarks-file';

describe('a bench section of BENCHMARKS.md', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'plie-benchmarks-file-'));
    file = path.join(dir, 'BENCHMARKS.md');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('replaces its own section only, and writes a report quoting $& or $1 as it is', async () => {
    await writeFile(file, '# Benchmarks\n\nProse.\n\n<!-- soak:start -->\nold soak\n<!-- soak:end -->\n\n<!-- bench:start -->\nold bench\n<!-- bench:end -->\n\nAfter.\n');
    await writeBenchmarksSection('bench', 'new bench: 10 $ a month, $& and $1 kept', 'Results', file);
    expect(await readFile(file, 'utf8')).toBe('# Benchmarks\n\nProse.\n\n<!-- soak:start -->\nold soak\n<!-- soak:end -->\n\n<!-- bench:start -->\nnew bench: 10 $ a month, $& and $1 kept\n<!-- bench:end -->\n\nAfter.\n');
  });

  it('appends a section the file does not have yet, under its heading', async () => {
    await writeFile(file, '# Benchmarks\n\nProse.\n');
    await writeBenchmarksSection('scaling', 'curve', 'Scaling', file);
    expect(await readFile(file, 'utf8')).toBe('# Benchmarks\n\nProse.\n\n## Scaling\n\n<!-- scaling:start -->\ncurve\n<!-- scaling:end -->\n');
  });
});
