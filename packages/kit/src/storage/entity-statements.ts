import type { EntityMetadata } from 'typeorm';

export type ColumnMetadata = EntityMetadata['columns'][number];

/**
 * The SQL the kit writes for an entity without TypeORM's query builder (`findEntities`, `insertEntities`), built
 * once from its metadata. As with TypeORM's own insert, a column declared `insert: false` is read but never written.
 */
export interface EntityStatements {
  /** The stored columns, what `select` reads. */
  columns: ColumnMetadata[];
  /** The columns an insert writes: the stored ones but those declared `insert: false` (set by the database). */
  insertColumns: ColumnMetadata[];
  /** `SELECT <every stored column> FROM <table>`. */
  select: string;
  /**
   * `SELECT <alias>.<every stored column>[, <also>] FROM <table> <alias>`, for a statement that joins other tables to
   * it and reads some of their values too (`also`, SQL written in the code).
   */
  selectAs(alias: string, also?: string): string;
  /** `INSERT INTO <table> (<insertColumns>) VALUES`. */
  insert: string;
  /** What the database sets on insert (version, dates, defaults), read back into the records. */
  returning: ColumnMetadata[];
  /** ` RETURNING <those columns>`, or nothing. */
  returningSql: string;
}

// An entity's metadata belongs to one data source: it alone keys its statements.
const statements = new WeakMap<EntityMetadata, EntityStatements>();
const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const list = (columns: ColumnMetadata[], prefix = '') => columns.map((column) => `${prefix}${quote(column.databaseName)}`).join(', ');

export function entityStatements(metadata: EntityMetadata): EntityStatements {
  let found = statements.get(metadata);
  if (!found) {
    const columns = metadata.columns.filter((column) => !column.isVirtual);
    const insertColumns = columns.filter((column) => column.isInsert);
    const table = metadata.tablePath.split('.').map(quote).join('.');
    const returning = metadata.getInsertionReturningColumns();
    found = {
      columns,
      insertColumns,
      select: `SELECT ${list(columns)} FROM ${table}`,
      selectAs: (alias, also) => `SELECT ${list(columns, `${alias}.`)}${also ? `, ${also}` : ''} FROM ${table} ${alias}`,
      insert: `INSERT INTO ${table} (${list(insertColumns)}) VALUES`,
      returning,
      returningSql: returning.length > 0 ? ` RETURNING ${list(returning)}` : '',
    };
    statements.set(metadata, found);
  }
  return found;
}
