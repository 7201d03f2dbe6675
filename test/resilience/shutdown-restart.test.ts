import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVELOPMENT_GATEWAY_KEY, signCaller } from '@plie-hub/auth';
import { franceTravailCsv } from '@plie-hub/bench';
import { ROOT, SUBGRAPHS, waitReady } from '@plie-hub/hub';
import { schemaNameOf } from '@plie-hub/storage';
import { identity, tokenFor } from '../support/client';
import { hubCommand, POSTGRES_SERVER, post, readiness, startTopology, type Topology } from './support/topology';

const ROWS = 6_000;
const IMPORT = /* GraphQL */ `mutation ($f: String!) { r: importerPrescriptionsFranceTravail(contenuBase64: $f) { creees dejaImportees } }`;
const exitOf = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code))));

describe('graceful shutdown on the multi-process topology', () => {
  let hub: Topology;
  beforeAll(async () => {
    hub = await startTopology();
  });
  afterAll(() => hub?.close());

  const fiches = async () => Number((await hub.sql<{ n: string }>('prescriptions-france-travail', 'SELECT count(*) AS n FROM prescriptions_france_travail.prescription'))[0]!.n);

  it('lets a subgraph finish the import in flight when told to stop, then exit cleanly', async () => {
    const token = await tokenFor('prescripteur-france-travail');
    const started = performance.now();
    await post(hub.gatewayUrl, token, IMPORT, { f: franceTravailCsv(ROWS, 'calibration').toString('base64') }, 60_000);
    const duration = performance.now() - started;

    const before = await fiches();
    const subgraph = hub.process('prescriptions-france-travail').child;
    const exited = exitOf(subgraph);
    const answer = post<{ r: { creees: number } }>(hub.gatewayUrl, token, IMPORT, { f: franceTravailCsv(ROWS, 'drain').toString('base64') }, 60_000);
    // Past half of an import's usual duration, the subgraph is working on it when it is asked to stop.
    await new Promise((resolve) => setTimeout(resolve, duration * 0.6));
    subgraph.kill('SIGTERM');
    const result = await answer;
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data!.r.creees).toBe(ROWS);
    expect(await exited).toBe(0);
    await hub.restart('prescriptions-france-travail');
    expect((await fiches()) - before).toBe(ROWS);
  });

  it('lets the gateway answer the request in flight when told to stop, then exit cleanly', async () => {
    const token = await tokenFor('copil');
    const gateway = hub.process('gateway').child;
    const exited = exitOf(gateway);
    const query = `{ vueCopil(debut: "2018-01-01", fin: "2025-12-31", organismeIntermediaire: "AGAPE") { parcours { entrees { total { valeur } } } clauses { nombreMarches } financements { nombreOperations } serieParcours { annee } serieClauses { annee } } }`;
    const answer = post<{ vueCopil: { parcours: unknown } }>(hub.gatewayUrl, token, query);
    await new Promise((resolve) => setTimeout(resolve, 50));
    gateway.kill('SIGTERM');
    const result = await answer;
    expect(result.status, JSON.stringify(result).slice(0, 500)).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data!.vueCopil.parcours).not.toBeNull();
    expect(await exited).toBe(0);
    await hub.restart('gateway');
    expect((await readiness(hub.readinessUrl)).status).toBe(200);
  });
});

describe('restart with the same embedded data folder', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'plie-restart-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const start = () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join('subgraphs', 'prescriptions-france-travail', 'src', 'index.ts')], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '', PRESCRIPTIONS_FRANCE_TRAVAIL_DATABASE_URL: '', PLIE_STORAGE: 'disk', PLIE_DATA_DIR: folder, PRESCRIPTIONS_FRANCE_TRAVAIL_PORT: String(port), PLIE_DEMO_DATA: 'true', LOG_LEVEL: 'error' },
      stdio: 'ignore',
    });
    return waitReady(`http://127.0.0.1:${port}/ready`, 'prescriptions-france-travail', 120_000, child).then(() => child);
  };
  const call = async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const body = JSON.stringify({ query, variables });
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plie-caller': signCaller(DEVELOPMENT_GATEWAY_KEY, identity('prescripteur-france-travail'), body) },
      body,
      signal: AbortSignal.timeout(30_000),
    });
    return ((await response.json()) as { data: T }).data;
  };
  const total = async () => (await call<{ l: { totalCount: number } }>('{ l: prescriptionsFranceTravail(first: 1) { totalCount } }')).l.totalCount;

  it('finds everything written before a clean stop, with neither migrations nor demo data applied twice', async () => {
    let child = await start();
    const imported = await call<{ r: { creees: number } }>(IMPORT, { f: franceTravailCsv(200, 'restart').toString('base64') });
    expect(imported.r.creees).toBe(200);
    const before = await total();
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);

    child = await start();
    try {
      expect(await total()).toBe(before);
      const again = await call<{ r: { dejaImportees: number } }>(IMPORT, { f: franceTravailCsv(200, 'restart').toString('base64') });
      expect(again.r.dejaImportees).toBe(200);
    } finally {
      child.kill('SIGTERM');
      await exitOf(child);
    }
  });
});

describe('migrations', () => {
  const database = `plie_rmig_${Math.random().toString(36).slice(2, 7)}`;
  const url = `${POSTGRES_SERVER}/${database}`;
  const admin = () => new pg.Client({ connectionString: `${POSTGRES_SERVER}/postgres` });
  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE "${database}"`);
    await client.end();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.end();
  });

  const migrate = () => hubCommand('migrate', [], { DATABASE_URL: url });

  it('applies each migration once when two processes migrate the same empty database at once, and nothing the third time', async () => {
    const [first, second] = await Promise.all([migrate(), migrate()]);
    expect([first.code, second.code], `${first.output}\n${second.output}`).toEqual([0, 0]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const subgraph of SUBGRAPHS) {
        const { rows } = await client.query(`SELECT count(*)::int AS n, count(DISTINCT name)::int AS distinct FROM "${schemaNameOf(subgraph.name)}".migrations`);
        expect(rows[0].n, subgraph.name).toBeGreaterThan(0);
        expect(rows[0].n, subgraph.name).toBe(rows[0].distinct);
      }
    } finally {
      await client.end();
    }
    const third = await migrate();
    expect(third.code).toBe(0);
    expect(third.output.trim().split('\n').every((line) => line.endsWith(': à jour')), third.output).toBe(true);
  });
});
