import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { envPrefixOf, schemaNameOf } from '@plie-hub/storage';
import { ROOT } from '../compose';
import { GATEWAY_PORT, SUBGRAPHS } from '../registry';

/**
 * `npm run start:distributed [-- --postgres postgres://user@host:5432]`: the topology of docker-compose.yml as
 * separate processes: each subgraph on its port with its own database (a database per subgraph on the given
 * PostgreSQL server, created if missing; embedded storage under .data/ otherwise), then the gateway. Ctrl-C or
 * SIGTERM stops them all (each drains its in-flight requests).
 */
const { values } = parseArgs({ options: { postgres: { type: 'string' }, demo: { type: 'boolean', default: true } } });
const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const children: ChildProcess[] = [];

async function databaseUrlFor(server: string, subgraph: string): Promise<string> {
  const database = `plie_${schemaNameOf(subgraph)}`;
  const admin = new pg.Client({ connectionString: `${server.replace(/\/$/, '')}/postgres` });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  } finally {
    await admin.end();
  }
  return `${server.replace(/\/$/, '')}/${database}`;
}

function launch(name: string, script: string, env: Record<string, string>): ChildProcess {
  const child = spawn(tsx, [script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
  child.on('exit', (code, signal) => {
    if (!stopping) console.error(`[${name}] s'est arrêté (${signal ?? code})`);
  });
  children.push(child);
  return child;
}

async function waitReady(url: string, name: string, timeoutMillis = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMillis;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`${name} n'est pas prêt après ${timeoutMillis / 1000} s`);
}

let stopping = false;
async function stopAll(): Promise<void> {
  stopping = true;
  await Promise.all(
    children.map((child) => new Promise<void>((resolve) => (child.exitCode !== null ? resolve() : (child.once('exit', () => resolve()), child.kill('SIGTERM'))))),
  );
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stopAll().then(() => process.exit(0)));

try {
  const gatewayEnv: Record<string, string> = {};
  await Promise.all(
    SUBGRAPHS.map(async (subgraph) => {
      const prefix = envPrefixOf(subgraph.name);
      const env: Record<string, string> = { [`${prefix}_PORT`]: String(subgraph.port), PLIE_DEMO_DATA: String(values.demo) };
      if (values.postgres) env[`${prefix}_DATABASE_URL`] = await databaseUrlFor(values.postgres, subgraph.name);
      launch(subgraph.name, path.join('subgraphs', subgraph.name, 'src', 'index.ts'), env);
      gatewayEnv[`${prefix}_URL`] = `http://127.0.0.1:${subgraph.port}/graphql`;
    }),
  );
  await Promise.all(SUBGRAPHS.map((s) => waitReady(`http://127.0.0.1:${s.port}/ready`, s.name)));
  launch('gateway', path.join('gateway', 'src', 'main.ts'), { ...gatewayEnv, GATEWAY_PORT: String(GATEWAY_PORT) });
  await waitReady(`http://127.0.0.1:${GATEWAY_PORT}/readiness`, 'gateway');
  console.log(`\nPLIE Hub (processus séparés) prêt : http://127.0.0.1:${GATEWAY_PORT}/graphql — jetons : npm run token -- --demo coordination\n`);
} catch (error) {
  console.error((error as Error).message);
  await stopAll();
  process.exit(1);
}
