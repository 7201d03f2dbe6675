import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

const PACKAGE_DIR = path.resolve(import.meta.dirname, '..', '..');
/** Where the built console is, which the gateway serves under `/console/`. */
export const CONSOLE_DIST = path.join(PACKAGE_DIR, 'dist');

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }, 0);

/** Builds the console when it was never built or its sources changed since (a few seconds with Vite). */
export async function ensureConsoleBuilt(log: (message: string) => void = () => {}): Promise<string> {
  const index = path.join(CONSOLE_DIST, 'index.html');
  const sources = Math.max(newest(path.join(PACKAGE_DIR, 'src')), statSync(path.join(PACKAGE_DIR, 'index.html')).mtimeMs, statSync(path.join(PACKAGE_DIR, 'vite.config.ts')).mtimeMs);
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return CONSOLE_DIST;
  log('Construction de la console web…');
  return buildConsole(CONSOLE_DIST);
}

/**
 * Builds the console from its sources into `outDir` (tests build their own copy, whatever `dist` holds). In a child
 * process: a Vite build sets `NODE_ENV=production` in the process that runs it, which would turn the hub started
 * next in that process into a production hub.
 */
export async function buildConsole(outDir: string): Promise<string> {
  const vite = path.join(path.dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  await promisify(execFile)(process.execPath, [vite, 'build', '--config', path.join(PACKAGE_DIR, 'vite.config.ts'), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: PACKAGE_DIR,
    env: { ...process.env, NODE_ENV: 'production' },
  });
  return outDir;
}
