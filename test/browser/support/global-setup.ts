import type { TestProject } from 'vitest/node';
import { startHub, type Hub } from '@plie-hub/hub';
import { ensureConsoleBuilt } from '@plie-hub/web';
import { resetDatabase } from '../../support/reset-database';

/** The console built from its sources, then one hub with the demo data (embedded, or DATABASE_URL's server). */
let hub: Hub | undefined;

export async function setup(project: TestProject) {
  await ensureConsoleBuilt();
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', PLIE_RATE_LIMIT_PER_MINUTE: '0' };
  if (env.DATABASE_URL) await resetDatabase(env.DATABASE_URL);
  else env.PLIE_STORAGE = 'memory';
  hub = await startHub({ env, randomPorts: true, demoData: true });
  project.provide('gatewayUrl', hub.gatewayUrl);
}

export async function teardown() {
  await hub?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayUrl: string;
  }
}
