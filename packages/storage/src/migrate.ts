import { type DataSource, MigrationExecutor } from 'typeorm';

/**
 * Applies the pending migrations of a subgraph's schema. Safe to run twice and from several processes at once: a
 * session-level advisory lock on the schema name makes concurrent runners wait, and the second finds nothing to do.
 * Each migration runs in its own transaction, so a failure leaves the schema at the last complete migration.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`plie-hub:migrate:${schema}`]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      const applied = await executor.executePendingMigrations();
      return applied.map((migration) => migration.name);
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`plie-hub:migrate:${schema}`]);
    }
  } finally {
    await runner.release();
  }
}
