import type { TestProject } from 'vitest/node';
import { startHub, type Hub } from '@plie-hub/hub';
import { resetDatabase } from './reset-database';

/**
 * One hub for the whole run, started before any test file: six subgraphs and the gateway on ports the system
 * chooses, on embedded PostgreSQL in memory (from cached migrated images) or, when DATABASE_URL is set, on that
 * server after dropping the subgraphs' schemas. Tests reach it over HTTP only, and use fresh random data so they
 * never depend on each other.
 */
let hub: Hub | undefined;

export async function setup(project: TestProject) {
  // Test files send machine-speed traffic as a handful of demo subjects; the rate limit has its own test.
  const env: Record<string, string | undefined> = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn', PLIE_RATE_LIMIT_PER_MINUTE: '0' };
  if (env.DATABASE_URL) await resetDatabase(env.DATABASE_URL);
  else env.PLIE_STORAGE = 'memory';
  hub = await startHub({ env, randomPorts: true, demoData: true });
  project.provide('gatewayUrl', hub.gatewayUrl);
  project.provide('subgraphUrls', Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])));
  project.provide('storage', env.DATABASE_URL ? 'postgres' : 'embedded');
}

export async function teardown() {
  await hub?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    gatewayUrl: string;
    subgraphUrls: Record<string, string>;
    storage: 'postgres' | 'embedded';
  }
}
