import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { envPrefixOf, schemaNameOf } from '@plie-hub/storage';
import { ROOT } from './compose';
import { GATEWAY_PORT, SUBGRAPHS } from './registry';

export interface HubProcess {
  name: string;
  child: ChildProcess;
  /** Base URL of the process (no path). */
  baseUrl: string;
}

export interface DistributedHub {
  gatewayUrl: string;
  processes: HubProcess[];
  stop(): Promise<void>;
}

export interface DistributedOptions {
  /** PostgreSQL server URL without database (`postgres://user@host:5432`): one database per subgraph on it. */
  postgres?: string;
  /** Prefix of those databases. @default 'plie_' */
  databasePrefix?: string;
  /** Drop and recreate the databases first. @default false */
  fresh?: boolean;
  demoData?: boolean;
  /** Extra environment for every process. */
  env?: Record<string, string>;
  /** Ports: subgraphs at `basePort + 1..6`, gateway at `basePort`. @default 4000 */
  basePort?: number;
  /** stdio of the children. @default 'inherit' */
  stdio?: 'inherit' | 'ignore';
}

async function ensureDatabase(server: string, database: string, fresh: boolean): Promise<string> {
  const admin = new pg.Client({ connectionString: `${server.replace(/\/$/, '')}/postgres` });
  await admin.connect();
  try {
    if (fresh) await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return `${server.replace(/\/$/, '')}/${database}`;
}

export async function waitReady(url: string, name: string, timeoutMillis = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} n'est pas prêt après ${timeoutMillis / 1000} s`);
}

/**
 * The topology of docker-compose.yml as separate processes on this machine: each subgraph on its own port with its
 * own database (on the PostgreSQL server when given, embedded under .data/ otherwise), then the gateway in front.
 * Each process is `node --import tsx`, so its pid is the service itself (CPU and memory can be read from /proc).
 */
export async function startDistributed(options: DistributedOptions = {}): Promise<DistributedHub> {
  const basePort = options.basePort ?? GATEWAY_PORT;
  const processes: HubProcess[] = [];
  const launch = (name: string, script: string, port: number, env: Record<string, string>) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      env: { ...process.env, ...options.env, ...env },
      stdio: ['ignore', options.stdio ?? 'inherit', options.stdio ?? 'inherit'],
    });
    processes.push({ name, child, baseUrl: `http://127.0.0.1:${port}` });
  };
  const stop = async () => {
    await Promise.all(
      processes.map(
        ({ child }) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null || child.signalCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }),
      ),
    );
  };
  try {
    const gatewayEnv: Record<string, string> = { GATEWAY_PORT: String(basePort) };
    for (const [index, subgraph] of SUBGRAPHS.entries()) {
      const prefix = envPrefixOf(subgraph.name);
      const port = basePort + index + 1;
      const env: Record<string, string> = { [`${prefix}_PORT`]: String(port), PLIE_DEMO_DATA: String(options.demoData ?? true) };
      if (options.postgres) {
        const database = `${options.databasePrefix ?? 'plie_'}${schemaNameOf(subgraph.name)}`;
        env[`${prefix}_DATABASE_URL`] = await ensureDatabase(options.postgres, database, options.fresh ?? false);
      }
      launch(subgraph.name, path.join('subgraphs', subgraph.name, 'src', 'index.ts'), port, env);
      gatewayEnv[`${prefix}_URL`] = `http://127.0.0.1:${port}/graphql`;
    }
    await Promise.all(processes.map((p) => waitReady(`${p.baseUrl}/ready`, p.name)));
    launch('gateway', path.join('gateway', 'src', 'main.ts'), basePort, gatewayEnv);
    await waitReady(`http://127.0.0.1:${basePort}/readiness`, 'gateway');
    return { gatewayUrl: `http://127.0.0.1:${basePort}/graphql`, processes, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
