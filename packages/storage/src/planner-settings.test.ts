import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDataSource } from './data-source';
import { DEFAULT_RANDOM_PAGE_COST, resolveStorageTarget, StorageConfigError, type StorageTarget } from './storage-target';

const quiet = { info() {}, warn() {}, error() {}, debug() {} } as never;

/** On the server of `DATABASE_URL` when set (as the whole suite), embedded otherwise. */
function target(schema: string, randomPageCost?: number | null): StorageTarget {
  const url = process.env.DATABASE_URL;
  return url ? { kind: 'postgres', url, schema, poolSize: 2, randomPageCost } : { kind: 'embedded', dataDir: null, schema, randomPageCost };
}

describe('planner settings of the hub’s sessions', () => {
  const opened: DataSource[] = [];
  afterAll(async () => {
    for (const db of opened) await db.destroy();
  });

  async function open(schema: string, randomPageCost?: number | null): Promise<DataSource> {
    const db = await openDataSource({ target: target(schema, randomPageCost), entities: [], migrations: [], log: quiet });
    opened.push(db);
    await db.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await db.query(`CREATE SCHEMA ${schema}`);
    // A caseload's participants: 100 keys out of a table of 7 000 rows about as wide as `participant`'s, as at scale 1.
    await db.query(`CREATE TABLE ${schema}.personne (id uuid PRIMARY KEY, nom text NOT NULL, detail text NOT NULL)`);
    await db.query(`INSERT INTO ${schema}.personne SELECT gen_random_uuid(), 'nom ' || i, repeat('x', 200) FROM generate_series(1, 7000) i`);
    await db.query(`ANALYZE ${schema}.personne`);
    return db;
  }

  const planOfBatchRead = async (db: DataSource, schema: string) => {
    const keys: Array<{ id: string }> = await db.query(`SELECT id FROM ${schema}.personne ORDER BY md5(id::text) LIMIT 100`);
    const plan: Array<{ 'QUERY PLAN': string }> = await db.query(`EXPLAIN SELECT * FROM ${schema}.personne WHERE id = ANY($1)`, [keys.map((k) => k.id)]);
    return plan.map((line) => line['QUERY PLAN']).join('\n');
  };

  it('reads a batch of records by key through the primary key, not by scanning the table', async () => {
    const db = await open('essai_planif');
    expect((await db.query(`SELECT current_setting('random_page_cost') AS v`))[0].v).toBe(String(DEFAULT_RANDOM_PAGE_COST));
    const plan = await planOfBatchRead(db, 'essai_planif');
    expect(plan).toContain('personne_pkey');
    expect(plan).not.toContain('Seq Scan');
  }, 60_000);

  // Embedded storage already reads this one through the index at the default cost: the contrast is the server's.
  it.skipIf(!process.env.DATABASE_URL)('keeps the server’s own setting when told to, under which the same read scans the table', async () => {
    const db = await open('essai_planif_serveur', null);
    expect((await db.query(`SELECT current_setting('random_page_cost') AS v`))[0].v).toBe('4');
    expect(await planOfBatchRead(db, 'essai_planif_serveur')).toContain('Seq Scan');
  }, 60_000);

  it('reads PLIE_DB_RANDOM_PAGE_COST: a number, `server`, or the default; anything else is refused', () => {
    const env = { DATABASE_URL: `postgres://localhost/x-${randomUUID()}` };
    expect(resolveStorageTarget('parcours', env).randomPageCost).toBe(DEFAULT_RANDOM_PAGE_COST);
    expect(resolveStorageTarget('parcours', { ...env, PLIE_DB_RANDOM_PAGE_COST: '2' }).randomPageCost).toBe(2);
    expect(resolveStorageTarget('parcours', { ...env, PLIE_DB_RANDOM_PAGE_COST: 'server' }).randomPageCost).toBeNull();
    expect(resolveStorageTarget('parcours', { PLIE_STORAGE: 'memory' }).randomPageCost).toBe(DEFAULT_RANDOM_PAGE_COST);
    expect(() => resolveStorageTarget('parcours', { ...env, PLIE_DB_RANDOM_PAGE_COST: 'vite' })).toThrow(StorageConfigError);
  });
});
