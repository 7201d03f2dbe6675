import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ROOT, SUPERGRAPH_PATH, type HubProcess } from '@plie-hub/hub';

export interface ApolloProcess {
  child: ChildProcess;
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the Apollo gateway of `apollo-gateway.ts` as its own process (as our gateway runs in its own), in front of
 * the subgraphs of a running hub, and resolves when it says it is ready.
 */
export async function startApolloProcess(options: { port: number; subgraphs: HubProcess[]; env?: Record<string, string>; timeoutMillis?: number }): Promise<ApolloProcess> {
  const subgraphUrls = Object.fromEntries(options.subgraphs.map((p) => [p.name, `${p.baseUrl}/graphql`]));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'apollo-gateway-main.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...options.env, PLIE_APOLLO_PORT: String(options.port), PLIE_APOLLO_SUPERGRAPH: SUPERGRAPH_PATH, PLIE_APOLLO_SUBGRAPH_URLS: JSON.stringify(subgraphUrls) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const starting = new Promise<string>((resolve, reject) => {
    let output = '';
    let ready = false;
    const timer = setTimeout(() => reject(new Error('the Apollo gateway did not start in time')), options.timeoutMillis ?? 120_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      // Keep reading after the ready line, discarding: a full pipe would block the gateway's own logging.
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
      reject(new Error(`the Apollo gateway stopped while starting (${code ?? signal})`));
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
