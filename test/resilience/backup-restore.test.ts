import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { franceTravailCsv } from '@plie-hub/bench';
import { SUBGRAPHS } from '@plie-hub/hub';
import { envPrefixOf, schemaNameOf } from '@plie-hub/storage';
import { tokenFor } from '../support/client';
import { hubCommand, post, startTopology, type Topology } from './support/topology';

describe('backup and restore commands on PostgreSQL servers', () => {
  let hub: Topology;
  let folder: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    hub = await startTopology();
    folder = await mkdtemp(path.join(tmpdir(), 'plie-backup-'));
    env = Object.fromEntries(SUBGRAPHS.map((s) => [`${envPrefixOf(s.name)}_DATABASE_URL`, hub.databaseUrls[s.name]!]));
  });
  afterAll(async () => {
    await hub?.close();
    await rm(folder, { recursive: true, force: true });
  });

  /** Rows of every table of every subgraph, by `subgraph.table`. */
  async function counts(): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const subgraph of SUBGRAPHS) {
      const schema = schemaNameOf(subgraph.name);
      const tables = await hub.sql<{ table_name: string }>(subgraph.name, 'SELECT table_name FROM information_schema.tables WHERE table_schema = $1', [schema]);
      for (const { table_name } of tables) {
        const [row] = await hub.sql<{ n: string }>(subgraph.name, `SELECT count(*) AS n FROM "${schema}"."${table_name}"`);
        result[`${subgraph.name}.${table_name}`] = Number(row!.n);
      }
    }
    return result;
  }

  it('saves every subgraph while it serves and puts back exactly what was saved', async () => {
    const saved = await counts();
    expect(Object.keys(saved).length).toBeGreaterThan(20);
    const backup = await hubCommand('backup', ['--out', folder], env);
    expect(backup.code, backup.output).toBe(0);
    const manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8'));
    expect(Object.keys(manifest.subgraphs).sort()).toEqual(SUBGRAPHS.map((s) => s.name).sort());

    // Work goes on after the backup, then is lost and must be put back as it was.
    const imported = await post<{ r: { creees: number } }>(hub.gatewayUrl, await tokenFor('prescripteur-france-travail'), `mutation ($f: String!) { r: importerPrescriptionsFranceTravail(contenuBase64: $f) { creees } }`, { f: franceTravailCsv(150, 'after-backup').toString('base64') });
    expect(imported.data!.r.creees).toBe(150);
    expect((await counts())['prescriptions-france-travail.prescription']).toBe(saved['prescriptions-france-travail.prescription']! + 150);

    for (const subgraph of SUBGRAPHS) await hub.kill(subgraph.name);
    const restore = await hubCommand('restore', ['--from', folder], env);
    expect(restore.code, restore.output).toBe(0);
    for (const subgraph of SUBGRAPHS) await hub.restart(subgraph.name);
    expect(await counts()).toEqual(saved);
  });

  it('refuses an unknown subgraph name without touching anything', async () => {
    const result = await hubCommand('restore', ['--from', folder, 'cap-emploi'], env);
    expect(result.code).toBe(2);
    expect(result.output).toMatch(/Sous-graphe inconnu : cap-emploi/);
  });
});

describe('backup and restore commands on embedded storage', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'plie-backup-embedded-'));
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('saves a stopped embedded database and restores it into a new data folder', async () => {
    const env = { DATABASE_URL: '', PLIE_STORAGE: 'disk', PLIE_DATA_DIR: path.join(folder, 'data') };
    expect((await hubCommand('migrate', ['clauses'], env)).code).toBe(0);
    const dataDir = path.join(folder, 'data', 'clauses');
    const applied = async () => {
      const db = await PGlite.create(dataDir);
      try {
        return (await db.query<{ name: string }>('SELECT name FROM clauses.migrations ORDER BY id')).rows.map((r) => r.name);
      } finally {
        await db.close();
      }
    };
    const before = await applied();
    expect(before.length).toBeGreaterThan(0);
    const backup = await hubCommand('backup', ['--out', path.join(folder, 'backup'), 'clauses'], env);
    expect(backup.code, backup.output).toBe(0);
    await rm(dataDir, { recursive: true });
    const restore = await hubCommand('restore', ['--from', path.join(folder, 'backup'), 'clauses'], env);
    expect(restore.code, restore.output).toBe(0);
    expect(await applied()).toEqual(before);
  });
});
