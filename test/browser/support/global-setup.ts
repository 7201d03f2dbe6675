import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startHub, type Hub } from '@plie-hub/hub';
import { buildConsole } from '@plie-hub/web';
import { resetDatabase } from '../../support/reset-database';

/** The console built from its sources, then one hub with the demo data (embedded, or DATABASE_URL's server). */
export const GATEWAY_KEYS = 'console-tests:a-gateway-key-of-at-least-thirty-two-characters';

let hub: Hub | undefined;
let built: string | undefined;

export async function setup(project: TestProject) {
  // Its own copy: what the sources are now, whatever packages/web/dist holds (and runs side by side never collide).
  built = await buildConsole(mkdtempSync(path.join(tmpdir(), 'plie-console-')));
  const env: Record<string, string | undefined> = {
    ...process.env,
    PLIE_CONSOLE_DIR: built,
    // A key a production gateway accepts too, so a test can put one in front of these subgraphs (OIDC sign-in).
    PLIE_GATEWAY_KEYS: GATEWAY_KEYS,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    PLIE_RATE_LIMIT_PER_MINUTE: '0',
  };
  if (env.DATABASE_URL) await resetDatabase(env.DATABASE_URL);
  else env.PLIE_STORAGE = 'memory';
  hub = await startHub({ env, randomPorts: true, demoData: true });
  project.provide('gatewayUrl', hub.gatewayUrl);
  project.provide('subgraphUrls', Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])));
  project.provide('consoleDir', built);
}

export async function teardown() {
  await hub?.stop();
  if (built) rmSync(built, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayUrl: string;
    subgraphUrls: Record<string, string>;
    consoleDir: string;
  }
}
