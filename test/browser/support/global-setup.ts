import type { TestProject } from 'vitest/node';
import { startHub, type Hub } from '@plie-hub/hub';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildConsole } from '@plie-hub/web';
import { resetDatabase } from '../../support/reset-database';

/** The console built from its sources, then one hub with the demo data (embedded, or DATABASE_URL's server). */
let hub: Hub | undefined;
let built: string | undefined;

export async function setup(project: TestProject) {
  // Its own copy: what the sources are now, whatever packages/web/dist holds (and runs side by side never collide).
  built = await buildConsole(mkdtempSync(path.join(tmpdir(), 'plie-console-')));
  const env: Record<string, string | undefined> = { ...process.env, PLIE_CONSOLE_DIR: built, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', PLIE_RATE_LIMIT_PER_MINUTE: '0' };
  if (env.DATABASE_URL) await resetDatabase(env.DATABASE_URL);
  else env.PLIE_STORAGE = 'memory';
  hub = await startHub({ env, randomPorts: true, demoData: true });
  project.provide('gatewayUrl', hub.gatewayUrl);
}

export async function teardown() {
  await hub?.stop();
  if (built) rmSync(built, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayUrl: string;
  }
}
