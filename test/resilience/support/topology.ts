import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { ROOT, startDistributed, type DistributedHub } from '@plie-hub/hub';

/** The PostgreSQL server the topology runs on (its databases are created and dropped by the test). */
export const POSTGRES_SERVER =
  process.env.PLIE_RESILIENCE_PG ?? (process.env.DATABASE_URL ? serverOf(process.env.DATABASE_URL) : 'postgres://postgres@127.0.0.1:5432');

/** `postgres://user:pass@host:port/db` → `postgres://user:pass@host:port`. */
function serverOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });

/** A base port whose seven ports (gateway + six subgraphs) are all free. */
async function freeBasePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const base = 20_000 + Math.floor(Math.random() * 2_000) * 10;
    const free = await Promise.all(Array.from({ length: 7 }, (_, i) => portFree(base + i)));
    if (free.every(Boolean)) return base;
  }
  throw new Error('no free range of 7 ports');
}

export interface Topology extends DistributedHub {
  readinessUrl: string;
  /** Runs one SQL statement on a subgraph's own database. */
  sql<T = Record<string, unknown>>(subgraph: string, text: string, values?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * The docker-compose topology as separate processes (six subgraphs, each with its own fresh database on the server,
 * then the gateway), on ports nobody else uses. `close()` stops everything and drops the databases.
 */
export async function startTopology(options: { gatewayEnv?: Record<string, string>; env?: Record<string, string> } = {}): Promise<Topology> {
  const prefix = `plie_r${Math.random().toString(36).slice(2, 7)}_`;
  const hub = await startDistributed({
    postgres: POSTGRES_SERVER,
    databasePrefix: prefix,
    fresh: true,
    demoData: true,
    basePort: await freeBasePort(),
    stdio: process.env.PLIE_RESILIENCE_LOGS ? 'inherit' : 'ignore',
    env: { LOG_LEVEL: 'error', ...options.env },
    gatewayEnv: options.gatewayEnv,
  });
  const pools = new Map<string, pg.Pool>();
  const pool = (subgraph: string) => {
    if (!pools.has(subgraph)) pools.set(subgraph, new pg.Pool({ connectionString: hub.databaseUrls[subgraph], max: 2 }));
    return pools.get(subgraph)!;
  };
  return {
    ...hub,
    readinessUrl: hub.gatewayUrl.replace('/graphql', '/readiness'),
    async sql<T>(subgraph: string, text: string, values: unknown[] = []) {
      return (await pool(subgraph).query(text, values)).rows as T[];
    },
    async close() {
      await hub.stop();
      await Promise.all([...pools.values()].map((p) => p.end()));
      const admin = new pg.Client({ connectionString: `${POSTGRES_SERVER}/postgres` });
      await admin.connect();
      try {
        for (const url of Object.values(hub.databaseUrls)) await admin.query(`DROP DATABASE IF EXISTS "${new URL(url).pathname.slice(1)}" WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

/** Posts an operation to the gateway and never waits longer than `timeoutMillis` (a hung request fails the test). */
export async function post<T = Record<string, unknown>>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMillis = 30_000,
): Promise<{ status: number; data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(timeoutMillis),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export async function readiness(url: string): Promise<{ status: number; body: { status: string; unavailable: string[] } }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) });
  return { status: response.status, body: (await response.json()) as { status: string; unavailable: string[] } };
}

/** Runs one of the hub's commands (`packages/hub/src/cli/<name>.ts`: backup, restore, migrate…) as a user would. */
export function hubCommand(name: string, args: string[], env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('packages', 'hub', 'src', 'cli', `${name}.ts`), ...args], {
      cwd: ROOT,
      env: { ...process.env, LOG_LEVEL: 'error', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => resolve({ code, output }));
  });
}
