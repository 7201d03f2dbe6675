import type { DataSource } from 'typeorm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDataSource } from './data-source';
import { prepared } from './prepared-statements';
import { resolveStorageTarget, StorageConfigError, type StorageTarget } from './storage-target';

const quiet = { info() {}, warn() {}, error() {}, debug() {} } as never;
const url = process.env.DATABASE_URL;

describe('statements marked prepared', () => {
  const opened: DataSource[] = [];
  afterAll(async () => {
    for (const db of opened) await db.destroy();
  });
  async function open(target: StorageTarget): Promise<DataSource> {
    const db = await openDataSource({ target, entities: [], migrations: [], log: quiet });
    opened.push(db);
    return db;
  }
  const byKey = prepared('SELECT n, n * 2 AS double FROM generate_series(1, 5) n WHERE n = ANY($1) ORDER BY n');
  // One connection: what it has prepared is what the session lists.
  const preparedNames = async (db: DataSource) =>
    (await db.query('SELECT name, statement FROM pg_prepared_statements')) as Array<{ name: string; statement: string }>;

  it.skipIf(!url)('go to the server as named statements, prepared once per connection, with the same answers', async () => {
    const db = await open({ kind: 'postgres', url: url!, schema: 'public', poolSize: 1 });
    for (let i = 0; i < 7; i += 1) expect(await db.query(byKey, [[2, 4, 9]])).toEqual([{ n: 2, double: 4 }, { n: 4, double: 8 }]);
    const names = await preparedNames(db);
    expect(names).toHaveLength(1);
    expect(names[0]!.name).toMatch(/^plie_[0-9a-f]{20}$/);
    expect(names[0]!.statement).toBe(byKey);
    // A statement not marked stays unnamed.
    await db.query('SELECT $1::int AS n', [1]);
    expect(await preparedNames(db)).toHaveLength(1);
  }, 60_000);

  it.skipIf(!url)('stay unnamed when the deployment turns them off (a connection pooler that cannot keep them)', async () => {
    const db = await open({ kind: 'postgres', url: url!, schema: 'public', poolSize: 1, preparedStatements: false });
    expect(await db.query(byKey, [[5]])).toEqual([{ n: 5, double: 10 }]);
    expect(await preparedNames(db)).toEqual([]);
  }, 60_000);

  it('run as any statement on embedded storage', async () => {
    const db = await open({ kind: 'embedded', dataDir: null, schema: 'public' });
    expect(await db.query(byKey, [[1, 3]])).toEqual([{ n: 1, double: 2 }, { n: 3, double: 6 }]);
  }, 60_000);

  it('are on by default and turned off by PLIE_DB_PREPARED_STATEMENTS=off; anything else is refused', () => {
    const env = { DATABASE_URL: 'postgres://localhost/hub' };
    expect(resolveStorageTarget('parcours', env)).toMatchObject({ preparedStatements: true });
    expect(resolveStorageTarget('parcours', { ...env, PLIE_DB_PREPARED_STATEMENTS: 'off' })).toMatchObject({ preparedStatements: false });
    expect(() => resolveStorageTarget('parcours', { ...env, PLIE_DB_PREPARED_STATEMENTS: 'non' })).toThrow(StorageConfigError);
  });
});
