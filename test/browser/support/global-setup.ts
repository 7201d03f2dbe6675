import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Hub } from '@plie-hub/hub';
import { buildConsole } from '@plie-hub/web';
import { startTestHub } from '../../support/test-hub';

/** A key a production gateway accepts too, so a test can put one in front of these subgraphs (OIDC sign-in). */
export const GATEWAY_KEYS = 'console-tests:a-gateway-key-of-at-least-thirty-two-characters';

let hub: Hub | undefined;
let built: string | undefined;

/** The console built from its sources, then the run's hub serving that build. */
export async function setup(project: TestProject) {
  // Its own copy: what the sources are now, whatever packages/web/dist holds (and runs side by side never collide).
  built = await buildConsole(mkdtempSync(path.join(tmpdir(), 'plie-console-')));
  hub = (await startTestHub({ PLIE_CONSOLE_DIR: built, PLIE_GATEWAY_KEYS: GATEWAY_KEYS })).hub;
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
