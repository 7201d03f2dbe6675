import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupSubgraph, BackupError, restoreSubgraph } from './backup';
import type { StorageTarget } from './storage-target';

const suffix = Math.random().toString(36).slice(2, 8);

describe('backup and restore of embedded storage', () => {
  let folder: string;
  let target: StorageTarget;
  const count = async () => {
    const db = await PGlite.create((target as { dataDir: string }).dataDir);
    try {
      return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM sauvegarde.fiche')).rows[0]!.n;
    } finally {
      await db.close();
    }
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'plie-backup-'));
    target = { kind: 'embedded', dataDir: path.join(folder, 'data'), schema: 'sauvegarde' };
    const db = await PGlite.create(path.join(folder, 'data'));
    await db.exec(`CREATE SCHEMA sauvegarde; CREATE TABLE sauvegarde.fiche (id int PRIMARY KEY, nom text NOT NULL);
      INSERT INTO sauvegarde.fiche SELECT n, 'fiche ' || n FROM generate_series(1, 250) n;`);
    await db.close();
  }, 60_000);

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('gives back exactly the saved rows, and keeps the replaced data folder aside', async () => {
    const saved = await backupSubgraph(target, path.join(folder, 'backup'), 'essai');
    expect(saved.format).toBe('pglite-datadir');
    const db = await PGlite.create((target as { dataDir: string }).dataDir);
    await db.exec(`INSERT INTO sauvegarde.fiche SELECT n, 'après' FROM generate_series(251, 300) n; DELETE FROM sauvegarde.fiche WHERE id <= 10;`);
    await db.close();
    expect(await count()).toBe(290);

    await restoreSubgraph(target, path.join(folder, 'backup'), saved);
    expect(await count()).toBe(250);
  }, 60_000);

  it('refuses a backup file whose content changed', async () => {
    const saved = await backupSubgraph(target, path.join(folder, 'backup2'), 'essai');
    await expect(restoreSubgraph(target, path.join(folder, 'backup2'), { ...saved, sha256: '0'.repeat(64) })).rejects.toThrow(BackupError);
  }, 60_000);
});

describe.runIf(process.env.DATABASE_URL)('backup and restore on a PostgreSQL server', () => {
  const schema = `sauvegarde_${suffix}`;
  const url = process.env.DATABASE_URL!;
  const target: StorageTarget = { kind: 'postgres', url, schema, poolSize: 1 };
  let folder: string;
  const sql = async (text: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await client.query(text);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'plie-backup-pg-'));
    await sql(`CREATE SCHEMA ${schema}; CREATE TABLE ${schema}.fiche (id int PRIMARY KEY, nom text NOT NULL);
      INSERT INTO ${schema}.fiche SELECT n, 'fiche ' || n FROM generate_series(1, 250) n;`);
  });

  afterAll(async () => {
    await sql(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await rm(folder, { recursive: true, force: true });
  });

  it('dumps the subgraph schema alone and restores it in one transaction', async () => {
    const saved = await backupSubgraph(target, folder, 'essai');
    expect(saved.format).toBe('pg_dump');
    await sql(`INSERT INTO ${schema}.fiche SELECT n, 'après' FROM generate_series(251, 300) n; DELETE FROM ${schema}.fiche WHERE id <= 10;`);
    await restoreSubgraph(target, folder, saved);
    const { rows } = await sql(`SELECT count(*)::int AS n, min(id) AS first FROM ${schema}.fiche`);
    expect(rows[0]).toEqual({ n: 250, first: 1 });
  }, 60_000);
});
