import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import { entityStatements } from './entity-statements';

/**
 * Rows read as raw values made entities through TypeORM's own value conversions (`prepareHydratedValue`,
 * `setEntityValue`), without its result transformer: for a page of 50 wide rows the transformer cost about a tenth
 * of a prescription subgraph's CPU on the prescriber's list. `prefix` is what the row's keys put before each
 * column's database name: nothing for the kit's own statements, `<alias>_` for a query builder's raw rows.
 * `only` (property paths) limits the columns set to those the statement read. The hub's entities have no
 * relations or load listeners, which the transformer would also handle (`paginate` checks; loaders name entities
 * that have none).
 */
export function entitiesOfRows<T extends ObjectLiteral>(db: DataSource, metadata: EntityMetadata, rows: Array<Record<string, unknown>>, prefix = '', only?: ReadonlySet<string>): T[] {
  const stored = entityStatements(metadata).columns;
  // A page that read some columns only (see `pageColumns`) leaves the others undefined.
  const columns = only ? stored.filter((column) => only.has(column.propertyPath)) : stored;
  const keys = columns.map((column) => `${prefix}${column.databaseName}`);
  return rows.map((row) => {
    const record = metadata.create(undefined, { fromDeserializer: true }) as T;
    for (let i = 0; i < columns.length; i += 1) {
      const column = columns[i]!;
      column.setEntityValue(record, db.driver.prepareHydratedValue(row[keys[i]!], column));
    }
    return record;
  });
}
