import type { TestProject } from 'vitest/node';
import type { Hub } from '@plie-hub/hub';
import { startTestHub } from './test-hub';

/**
 * One hub for the whole run, started before any test file: six subgraphs and the gateway on ports the system
 * chooses, on embedded PostgreSQL in memory (from cached migrated images) or, when DATABASE_URL is set, on that
 * server after dropping the subgraphs' schemas. Tests reach it over HTTP only, and use fresh random data so they
 * never depend on each other.
 */
let hub: Hub | undefined;

export async function setup(project: TestProject) {
  const started = await startTestHub();
  hub = started.hub;
  project.provide('gatewayUrl', hub.gatewayUrl);
  project.provide('subgraphUrls', Object.fromEntries(hub.subgraphs.map((s) => [s.name, s.url])));
  project.provide('storage', started.storage);
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
