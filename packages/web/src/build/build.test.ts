import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildConsole } from './index';

describe('console build', () => {
  const saved = process.env.NODE_ENV;
  const out = mkdtempSync(path.join(tmpdir(), 'plie-console-build-'));
  afterEach(() => {
    process.env.NODE_ENV = saved;
    rmSync(out, { recursive: true, force: true });
  });

  it('builds the page under /console/ and leaves the calling process in its own mode', async () => {
    // `npm start` builds the console, then starts the hub in the same process: in development unless told otherwise.
    delete process.env.NODE_ENV;
    await buildConsole(out);
    expect(process.env.NODE_ENV).toBeUndefined();
    const page = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(page).toMatch(/<script type="module" crossorigin src="\/console\/assets\/index-[\w-]+\.js"><\/script>/);
    expect(existsSync(path.join(out, 'assets'))).toBe(true);
  });
});
