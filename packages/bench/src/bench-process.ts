import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { envPrefixOf } from '@plie-hub/storage';
import { ROOT, SUBGRAPHS, SUPERGRAPH_PATH, type HubProcess } from '@plie-hub/hub';

/** A gateway process the bench starts beside the distributed hub, with the URL it serves GraphQL at. */
export interface BenchProcess {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts `script` (a file of this folder) as its own process (`node --import tsx`, so its pid is the service and its
 * CPU and memory can be read from /proc), and resolves when it prints its ready line: one JSON line with
 * `"msg":"ready"` and the `url` it serves.
 */
async function startBenchProcess(name: string, script: string, env: Record<string, string>, timeoutMillis = 120_000): Promise<BenchProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, script)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const starting = new Promise<string>((resolve, reject) => {
    let output = '';
    let ready = false;
    const timer = setTimeout(() => reject(new Error(`${name} did not start in time`)), timeoutMillis);
    child.stdout!.on('data', (chunk: Buffer) => {
      // Keep reading after the ready line, discarding: a full pipe would block the process's own logging.
      if (ready) return;
      output += chunk.toString('utf8');
      const line = output.split('\n').find((l) => l.includes('"msg":"ready"'));
      if (!line) return;
      ready = true;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} stopped while starting (${code ?? signal})`));
    });
  });
  let url: string;
  try {
    url = await starting;
  } catch (error) {
    child.kill('SIGTERM');
    throw error;
  }
  return {
    child,
    url,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The Apollo gateway of `apollo-gateway.ts`, in front of the subgraphs of a running hub (as our gateway runs in its own process). */
export function startApolloProcess(options: { port: number; subgraphs: HubProcess[]; env?: Record<string, string> }): Promise<BenchProcess> {
  const subgraphUrls = Object.fromEntries(options.subgraphs.map((p) => [p.name, `${p.baseUrl}/graphql`]));
  return startBenchProcess('the Apollo gateway', 'apollo-gateway-main.ts', {
    ...options.env,
    PLIE_APOLLO_PORT: String(options.port),
    PLIE_APOLLO_SUPERGRAPH: SUPERGRAPH_PATH,
    PLIE_APOLLO_SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
  });
}

/** The one-process hub, with where each of its subgraphs listens (for their SQL counters). */
export interface OneProcessHub extends BenchProcess {
  subgraphs: Array<Pick<HubProcess, 'name' | 'baseUrl'>>;
}

/**
 * The whole hub in one process (`startHub`, what `npm start` runs) on the distributed hub's databases (without
 * `databaseUrls`, on the storage its environment designates: embedded under `PLIE_DATA_DIR`): the same gateway and
 * subgraphs, called over loopback HTTP inside one Node process instead of seven. Gateway at `basePort`,
 * subgraphs at `basePort + 1..6` in the registry's order.
 */
export async function startOneProcessHub(options: { basePort: number; databaseUrls?: Record<string, string>; env: Record<string, string> }): Promise<OneProcessHub> {
  const subgraphs = SUBGRAPHS.map((subgraph, i) => ({ name: subgraph.name, port: options.basePort + i + 1 }));
  const perSubgraph = Object.fromEntries(
    subgraphs.flatMap(({ name, port }) => [
      ...(options.databaseUrls ? [[`${envPrefixOf(name)}_DATABASE_URL`, options.databaseUrls[name]!]] : []),
      [`${envPrefixOf(name)}_PORT`, String(port)],
    ]),
  );
  const hub = await startBenchProcess('the one-process hub', 'one-process-main.ts', {
    ...options.env,
    ...perSubgraph,
    GATEWAY_PORT: String(options.basePort),
    PLIE_CONSOLE: 'false',
    PLIE_DEMO_DATA: 'false',
  });
  return { ...hub, subgraphs: subgraphs.map(({ name, port }) => ({ name, baseUrl: `http://127.0.0.1:${port}` })) };
}
