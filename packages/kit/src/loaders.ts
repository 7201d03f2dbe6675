import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { prepared } from '@plie-hub/storage';
import type { SubgraphContext } from './context';
import { entitiesOfRows } from './storage/entities-of-rows';
import { entityStatements, type EntityStatements } from './storage/entity-statements';

/** Creates a loader for one request; `LoaderCache` calls it at most once per request. */
export type LoaderFactory<K, V> = (context: SubgraphContext) => DataLoader<K, V>;

/**
 * The per-request set of loaders. Loaders are declared once at module level with `defineLoader` and instantiated
 * lazily here, so a request only pays for the loaders it uses and never shares a cache with another caller.
 */
export class LoaderCache {
  private readonly loaders = new Map<LoaderFactory<unknown, unknown>, DataLoader<unknown, unknown>>();

  constructor(private readonly context: () => SubgraphContext) {}

  get<K, V>(factory: LoaderFactory<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory as LoaderFactory<unknown, unknown>);
    if (!loader) {
      loader = factory(this.context()) as DataLoader<unknown, unknown>;
      this.loaders.set(factory as LoaderFactory<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Largest batch sent as one `= ANY($1)` query. */
export const MAX_BATCH_SIZE = 1000;

export function defineLoader<K, V>(
  batch: (keys: readonly K[], context: SubgraphContext) => Promise<ReadonlyArray<V | Error>>,
  options: { cacheKey?: (key: K) => K } = {},
): LoaderFactory<K, V> {
  return (context) =>
    new DataLoader<K, V>((keys) => batch(keys, context), {
      maxBatchSize: MAX_BATCH_SIZE,
      cacheKeyFn: options.cacheKey,
    });
}

/** Orders `rows` to match `keys` (the DataLoader contract), `null` where a key has no row. */
export function alignById<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): Array<T | null> {
  const byKey = new Map<K, T>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/**
 * The values of `keys` that exist, in their order, through a request's loader. `loadMany` returns a failed batch's
 * error in place of its values instead of throwing: this throws it, so that a database failure is not read as keys
 * that have no value.
 */
export async function loadFound<K, V>(loader: DataLoader<K, V | null>, keys: readonly K[]): Promise<V[]> {
  const values = await loader.loadMany(keys);
  const failed = values.find((value): value is Error => value instanceof Error);
  if (failed) throw failed;
  return values.filter((value): value is V => value !== null);
}

/** Groups `rows` by key, in the order of `keys` (one-to-many loaders), `[]` where a key has none. */
export function groupByKey<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/**
 * Entities of a batch loader: `SELECT <every column> FROM <table> <tail>`, the rows made entities through TypeORM's
 * own value conversions (`prepareHydratedValue`, `setEntityValue`) without its find options, query builder and
 * result transformer: for a batch of 100 wide rows those cost about as much CPU as reading PostgreSQL's answer (100
 * participants: 1.8 ms through `findBy`, 0.96 ms as raw rows). `tail` is SQL written in the code, naming columns by
 * their database names; every value goes in `parameters` (`$1`, `$2`…), never into `tail`. `distinctOn` (database
 * column names, also written in the code) keeps the first row of each of its values, in the order `tail` sets.
 */
export async function findEntities<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, tail: string, parameters: unknown[], options: { distinctOn?: string } = {}): Promise<T[]> {
  const { entities } = await readEntities<T, Record<string, unknown>>(db, entity, ({ select }) => {
    const head = options.distinctOn ? select.replace(/^SELECT /, `SELECT DISTINCT ON (${options.distinctOn}) `) : select;
    return `${head} ${tail}`;
  }, parameters);
  return entities;
}

/**
 * `findEntities` with more values read beside each entity from the tables `tail` joins (the parcours and exit of a
 * decision, in the statement that reads the decision): `SELECT <alias>.<every column>, <also> FROM <table> <alias>
 * <tail>`. Each entity comes with its row, where the names `also` gives hold those values. `alias`, `also` and `tail`
 * are SQL written in the code; every value goes in `parameters`.
 */
export async function findEntitiesJoined<T extends ObjectLiteral, R extends Record<string, unknown>>(
  db: DataSource,
  entity: EntityTarget<T>,
  statement: { alias: string; also: string; tail: string },
  parameters: unknown[],
): Promise<Array<{ entity: T; row: R }>> {
  const { rows, entities } = await readEntities<T, R>(db, entity, ({ selectAs }) => `${selectAs(statement.alias, statement.also)} ${statement.tail}`, parameters);
  return rows.map((row, i) => ({ entity: entities[i]!, row }));
}

/** One prepared statement reading an entity's columns (and maybe more): its rows, and the entities the kit makes of them. */
async function readEntities<T extends ObjectLiteral, R extends Record<string, unknown>>(
  db: DataSource,
  entity: EntityTarget<T>,
  text: (statements: EntityStatements) => string,
  parameters: unknown[],
): Promise<{ rows: R[]; entities: T[] }> {
  const metadata = db.getMetadata(entity);
  // Prepared: a batch read's plan does not depend on which keys it is given.
  const rows: R[] = await db.query(prepared(text(entityStatements(metadata))), parameters);
  return { rows, entities: entitiesOfRows<T>(db, metadata, rows) };
}

/**
 * The entities whose `column` (a database column name written in the code; the one-column primary key when null) is
 * one of `keys`, in one prepared `WHERE <column> = ANY($1) [ORDER BY <orderBy>]` whatever their number, and how to read
 * that key back from an entity. On a uuid column, a key that is not a uuid matches nothing without reaching the
 * database, which would refuse the whole batch.
 */
async function findByKey<T extends ObjectLiteral>(db: DataSource, entity: EntityTarget<T>, column: string | null, keys: readonly string[], orderBy?: string) {
  const metadata = db.getMetadata(entity);
  const key = column === null ? (metadata.primaryColumns.length === 1 ? metadata.primaryColumns[0] : undefined) : metadata.findColumnWithDatabaseName(column);
  if (!key) throw new Error(`${metadata.name}: ${column === null ? 'no one-column primary key' : `no column ${column}`}`);
  const valid = key.type === 'uuid' ? keys.filter(isUuid) : [...keys];
  const rows = valid.length === 0 ? [] : await findEntities<T>(db, entity, `WHERE "${key.databaseName}" = ANY($1)${orderBy ? ` ORDER BY ${orderBy}` : ''}`, [valid]);
  return { rows, keyOf: (row: T) => key.getEntityValue(row) as string };
}

/**
 * A loader of the entities that share a key (the étapes of a parcours, the lines of a plan): each key's entities in
 * the order `orderBy` gives (database column names written in the code), `[]` for a key with none (see `findByKey`).
 */
export function entitiesByKeyLoader<T extends ObjectLiteral>(entity: EntityTarget<T>, column: string, orderBy: string): LoaderFactory<string, T[]> {
  return defineLoader<string, T[]>(async (keys, { db }) => {
    const { rows, keyOf } = await findByKey(db, entity, column, keys, orderBy);
    return groupByKey(keys, rows, keyOf);
  });
}

/** A loader of entities by a column no two of them share (the exit of a parcours), `null` for a key with none. */
export function entityByKeyLoader<T extends ObjectLiteral>(entity: EntityTarget<T>, column: string): LoaderFactory<string, T | null> {
  return defineLoader<string, T | null>(async (keys, { db }) => {
    const { rows, keyOf } = await findByKey(db, entity, column, keys);
    return alignById(keys, rows, keyOf);
  });
}

/** A loader of entities by their one-column primary key (a uuid, a PLIE's code), `null` for a key with none. */
export function entityByIdLoader<T extends ObjectLiteral>(entity: EntityTarget<T>): LoaderFactory<string, T | null> {
  return defineLoader<string, T | null>(async (ids, { db }) => {
    const { rows, keyOf } = await findByKey(db, entity, null, ids);
    return alignById(ids, rows, keyOf);
  });
}
