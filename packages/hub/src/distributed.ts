import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { envPrefixOf, schemaNameOf } from '@plie-hub/storage';
import { ROOT } from './compose';
import { GATEWAY_PORT, SUBGRAPHS } from './registry';

export interface HubProcess {
  name: string;
  /** The running child; replaced when the process is restarted. */
  child: ChildProcess;
  /** Base URL of the process (no path). */
  baseUrl: string;
  /** Where the process says it is ready to serve (`/ready` of a subgraph, `/readiness` of the gateway). */
  readyUrl: string;
}

export interface DistributedHub {
  gatewayUrl: string;
  processes: HubProcess[];
  /** Database URL of each subgraph (when on a PostgreSQL server), by subgraph name. */
  databaseUrls: Record<string, string>;
  /** The process of a service by name (`gateway` or a subgraph name). */
  process(name: string): HubProcess;
  /** Sends a signal to one service and, unless it is SIGSTOP, waits for it to exit. */
  kill(name: string, signal?: NodeJS.Signals): Promise<void>;
  /** Starts a stopped service again with the same settings and data, and waits until it is ready. */
  restart(name: string): Promise<void>;
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
  /** Extra environment for the gateway only. */
  gatewayEnv?: Record<string, string>;
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

export async function waitReady(url: string, name: string, timeoutMillis = 120_000, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  while (Date.now() < deadline) {
    if (child && (child.exitCode !== null || child.signalCode !== null)) {
      throw new Error(`${name} s'est arrêté au démarrage (code ${child.exitCode ?? child.signalCode})`);
    }
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} n'est pas prêt après ${timeoutMillis / 1000} s`);
}

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitExit(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (exited(child)) return resolve();
    child.once('exit', () => resolve());
  });
}

/**
 * The topology of docker-compose.yml as separate processes on this machine: each subgraph on its own port with its
 * own database (on the PostgreSQL server when given, embedded under .data/ otherwise), then the gateway in front.
 * Each process is `node --import tsx`, so its pid is the service itself (CPU and memory can be read from /proc), and
 * each can be killed and restarted alone (the resilience tests do).
 */
export async function startDistributed(options: DistributedOptions = {}): Promise<DistributedHub> {
  const basePort = options.basePort ?? GATEWAY_PORT;
  const processes: HubProcess[] = [];
  const launches = new Map<string, () => ChildProcess>();
  const databaseUrls: Record<string, string> = {};

  const launch = (name: string, script: string, port: number, readyPath: string, env: Record<string, string>) => {
    const spawnChild = () =>
      spawn(process.execPath, ['--import', 'tsx', script], {
        cwd: ROOT,
        env: { ...process.env, ...options.env, ...env },
        stdio: ['ignore', options.stdio ?? 'inherit', options.stdio ?? 'inherit'],
      });
    launches.set(name, spawnChild);
    const baseUrl = `http://127.0.0.1:${port}`;
    processes.push({ name, child: spawnChild(), baseUrl, readyUrl: `${baseUrl}${readyPath}` });
  };
  const find = (name: string) => {
    const found = processes.find((p) => p.name === name);
    if (!found) throw new Error(`no process named ${name}`);
    return found;
  };
  const stop = async () => {
    await Promise.all(
      processes.map(({ child }) => {
        if (exited(child)) return Promise.resolve();
        const done = waitExit(child);
        // A stopped (SIGSTOP) process must be continued to receive SIGTERM.
        child.kill('SIGCONT');
        child.kill('SIGTERM');
        return done;
      }),
    );
  };
  try {
    const gatewayEnv: Record<string, string> = { GATEWAY_PORT: String(basePort), ...options.gatewayEnv };
    for (const [index, subgraph] of SUBGRAPHS.entries()) {
      const prefix = envPrefixOf(subgraph.name);
      const port = basePort + index + 1;
      const env: Record<string, string> = { [`${prefix}_PORT`]: String(port), PLIE_DEMO_DATA: String(options.demoData ?? true) };
      if (options.postgres) {
        const database = `${options.databasePrefix ?? 'plie_'}${schemaNameOf(subgraph.name)}`;
        env[`${prefix}_DATABASE_URL`] = await ensureDatabase(options.postgres, database, options.fresh ?? false);
        databaseUrls[subgraph.name] = env[`${prefix}_DATABASE_URL`]!;
      }
      launch(subgraph.name, path.join('subgraphs', subgraph.name, 'src', 'index.ts'), port, '/ready', env);
      gatewayEnv[`${prefix}_URL`] = `http://127.0.0.1:${port}/graphql`;
    }
    await Promise.all(processes.map((p) => waitReady(p.readyUrl, p.name, 120_000, p.child)));
    launch('gateway', path.join('gateway', 'src', 'main.ts'), basePort, '/readiness', gatewayEnv);
    await waitReady(find('gateway').readyUrl, 'gateway', 120_000, find('gateway').child);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: `http://127.0.0.1:${basePort}/graphql`,
    processes,
    databaseUrls,
    process: find,
    async kill(name, signal = 'SIGTERM') {
      const { child } = find(name);
      if (exited(child)) return;
      if (signal === 'SIGSTOP' || signal === 'SIGCONT') {
        child.kill(signal);
        return;
      }
      const done = waitExit(child);
      child.kill(signal);
      await done;
    },
    async restart(name) {
      const entry = find(name);
      if (!exited(entry.child)) throw new Error(`${name} is still running`);
      entry.child = launches.get(name)!();
      await waitReady(entry.readyUrl, name, 120_000, entry.child);
    },
    stop,
  };
}
