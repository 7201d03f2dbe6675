import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataSource } from 'typeorm';
import { pglitePgModule } from './pglite-pool';

describe('PGlite pool', () => {
  let dataSource: DataSource;

  beforeAll(async () => {
    const pglite = await PGlite.create();
    dataSource = new DataSource({ type: 'postgres', driver: pglitePgModule, extra: { pglite } });
    await dataSource.initialize();
    await dataSource.query('CREATE TABLE compte (id int PRIMARY KEY, solde int NOT NULL)');
    await dataSource.query('INSERT INTO compte VALUES (1, 0)');
  }, 60_000);

  afterAll(() => dataSource.destroy());

  it('isolates concurrent transactions on the single embedded connection', async () => {
    // Each transaction reads then writes with a pause in between; interleaved on one connection, increments
    // would be lost or a rollback would undo another transaction's work.
    const increment = () =>
      dataSource.transaction(async (manager) => {
        const [{ solde }] = await manager.query('SELECT solde FROM compte WHERE id = 1');
        await new Promise((resolve) => setTimeout(resolve, 5));
        await manager.query('UPDATE compte SET solde = $1 WHERE id = 1', [solde + 1]);
      });
    const failing = dataSource.transaction(async (manager) => {
      await manager.query('UPDATE compte SET solde = solde + 1000 WHERE id = 1');
      await new Promise((resolve) => setTimeout(resolve, 5));
      throw new Error('rollback');
    });
    await Promise.all([...Array.from({ length: 10 }, increment), failing.catch(() => undefined)]);
    const [{ solde }] = await dataSource.query('SELECT solde FROM compte WHERE id = 1');
    expect(solde).toBe(10);
  });

  it('reports affected rows of updates and deletes', async () => {
    const result = await dataSource.createQueryBuilder().update('compte').set({ solde: 5 }).where('id = 1').execute();
    expect(result.affected).toBe(1);
  });
});
