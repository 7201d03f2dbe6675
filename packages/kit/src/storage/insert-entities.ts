import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { entityStatements } from './entity-statements';

/**
 * Inserts records in one statement as TypeORM's `insert` does — a value left undefined takes the column's default,
 * a version starts at 1, and what the database sets (version, dates, defaults) is read back into the records — but
 * without its query builder, whose parameter bookkeeping cost more CPU than the statement itself: creating one fiche
 * (49 columns), 0.49-0.50 ms of CPU through `insert`, 0.24-0.28 ms this way (1 500 inserts, three runs each). Runs on
 * `db`'s connection: a transaction's manager keeps it in the transaction. Values are always bound parameters.
 */
export async function insertEntities<T extends ObjectLiteral>(db: DataSource | EntityManager, entity: EntityTarget<T>, records: T[]): Promise<void> {
  if (records.length === 0) return;
  const manager = 'manager' in db ? db.manager : db;
  const { driver } = manager.connection;
  const { insertColumns, insert, returning, returningSql } = entityStatements(manager.connection.getMetadata(entity));
  const parameters: unknown[] = [];
  const rows = records.map((record) => {
    const values = insertColumns.map((column) => {
      const value = driver.preparePersistentValue(column.getEntityValue(record), column);
      if (value === undefined) return column.isVersion ? '1' : 'DEFAULT';
      parameters.push(value);
      return `$${parameters.length}`;
    });
    return `(${values.join(', ')})`;
  });
  const inserted: Array<Record<string, unknown>> = await manager.query(`${insert} ${rows.join(', ')}${returningSql}`, parameters);
  // PostgreSQL returns the rows of a VALUES list in its order.
  inserted.forEach((row, i) => {
    for (const column of returning) column.setEntityValue(records[i]!, driver.prepareHydratedValue(row[column.databaseName], column));
  });
}
