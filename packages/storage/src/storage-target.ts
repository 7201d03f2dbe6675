import path from 'node:path';

/**
 * Where a subgraph keeps its data. A PostgreSQL server when a URL is configured; otherwise embedded PostgreSQL
 * (PGlite), on disk under a data folder, or in memory for tests. Either way the subgraph's tables live in a schema
 * of its own, so several subgraphs can share one server database without sharing a table.
 */
export type StorageTarget =
  | {
      kind: 'postgres';
      url: string;
      schema: string;
      poolSize: number;
      randomPageCost?: number | null;
      /** Statements marked `prepared` go as named statements (`PLIE_DB_PREPARED_STATEMENTS=off` to send none). @default true */
      preparedStatements?: boolean;
    }
  | { kind: 'embedded'; dataDir: string | null; schema: string; randomPageCost?: number | null };

/**
 * The planner's cost of a random page read that the hub's sessions use unless told otherwise. PostgreSQL's default
 * (4) models spinning disks: with it, a batch read of 100 records by key out of a 7 000-row table was planned as a
 * sequential scan comparing every row with the 100 keys (participants of a caseload: 1.9 ms, against 0.3 ms through
 * the primary key). The hub's working set lives in memory or on SSD, where 1.1 is the usual setting.
 */
export const DEFAULT_RANDOM_PAGE_COST = 1.1;

/** `PLIE_DB_RANDOM_PAGE_COST`: a number, or `server` to keep the server's own setting. */
function randomPageCostOf(env: Record<string, string | undefined>): number | null {
  const value = env.PLIE_DB_RANDOM_PAGE_COST?.trim();
  if (!value) return DEFAULT_RANDOM_PAGE_COST;
  if (value === 'server') return null;
  const cost = Number(value);
  if (!Number.isFinite(cost) || cost < 0.1 || cost > 100) {
    throw new StorageConfigError('PLIE_DB_RANDOM_PAGE_COST must be a number between 0.1 and 100, or "server"');
  }
  return cost;
}

export class StorageConfigError extends Error {}

/** `prescriptions-france-travail` → `prescriptions_france_travail` (schema) / `PRESCRIPTIONS_FRANCE_TRAVAIL` (env). */
export const schemaNameOf = (subgraph: string) => subgraph.replace(/-/g, '_');
export const envPrefixOf = (subgraph: string) => schemaNameOf(subgraph).toUpperCase();

/**
 * Reads the storage settings of one subgraph from the environment:
 * - `<SUBGRAPH>_DATABASE_URL`, else `DATABASE_URL`: a PostgreSQL server;
 * - else `PLIE_STORAGE=memory`: embedded, in memory;
 * - else embedded on disk under `PLIE_DATA_DIR` (default `.data`), one folder per subgraph.
 */
export function resolveStorageTarget(
  subgraph: string,
  env: Record<string, string | undefined> = process.env,
): StorageTarget {
  const schema = schemaNameOf(subgraph);
  const url = env[`${envPrefixOf(subgraph)}_DATABASE_URL`] || env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) {
      throw new StorageConfigError(`DATABASE_URL for ${subgraph} must start with postgres:// or postgresql://`);
    }
    const poolSize = Number(env.PLIE_DB_POOL_SIZE ?? 10);
    if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 200) {
      throw new StorageConfigError('PLIE_DB_POOL_SIZE must be an integer between 1 and 200');
    }
    const prepared = (env.PLIE_DB_PREPARED_STATEMENTS ?? 'on').trim();
    if (prepared !== 'on' && prepared !== 'off') throw new StorageConfigError('PLIE_DB_PREPARED_STATEMENTS must be "on" or "off"');
    return { kind: 'postgres', url, schema, poolSize, randomPageCost: randomPageCostOf(env), preparedStatements: prepared === 'on' };
  }
  const mode = env.PLIE_STORAGE ?? 'disk';
  const randomPageCost = randomPageCostOf(env);
  if (mode === 'memory') return { kind: 'embedded', dataDir: null, schema, randomPageCost };
  if (mode !== 'disk') throw new StorageConfigError(`PLIE_STORAGE must be "disk" or "memory", not "${mode}"`);
  return { kind: 'embedded', dataDir: path.resolve(env.PLIE_DATA_DIR ?? '.data', subgraph), schema, randomPageCost };
}

/** A printable description of a target, without credentials. */
export function describeTarget(target: StorageTarget): string {
  if (target.kind === 'embedded') return `embedded PostgreSQL ${target.dataDir ?? '(in memory)'} schema ${target.schema}`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname} schema ${target.schema}`;
}
