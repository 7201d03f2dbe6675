import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { DataSource, type MixedList, type EntitySchema } from 'typeorm';
import { pglitePgModule } from './pglite-pool';
import { PreparingClient } from './prepared-statements';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { SqlLogger, type StorageLog } from './sql-logger';
import { DEFAULT_RANDOM_PAGE_COST, type StorageTarget } from './storage-target';
import { valueParsers } from './type-parsers';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type MigrationList = Function[];

export interface OpenDataSourceOptions {
  target: StorageTarget;
  entities: EntityList;
  migrations: MigrationList;
  log: StorageLog;
  /** An embedded database image to start from when the data folder is empty (see `migrationTemplate`). */
  template?: Blob;
}

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    return valueParsers[oid] ?? pg.types.getTypeParser(oid, format);
  },
};

/**
 * Opens (does not migrate) the data source of one subgraph. Embedded storage is created on first use, from the
 * template when one is given.
 */
export async function openDataSource(options: OpenDataSourceOptions): Promise<DataSource> {
  const { target, entities, migrations, log } = options;
  const common = {
    type: 'postgres' as const,
    schema: target.schema,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logger: new SqlLogger(log),
    maxQueryExecutionTime: 500,
    namingStrategy: new SnakeNamingStrategy(),
  };

  // Undefined (a target written in code) takes the hub's default; null keeps the server's setting.
  const randomPageCost = target.randomPageCost === undefined ? DEFAULT_RANDOM_PAGE_COST : target.randomPageCost;
  if (target.kind === 'postgres') {
    const dataSource = new DataSource({
      ...common,
      url: target.url,
      poolSize: target.poolSize,
      applicationName: `plie-hub:${target.schema}`,
      extra: {
        types: pgTypes,
        options: sessionOptions(target.schema, randomPageCost),
        ...(target.preparedStatements === false ? {} : { Client: PreparingClient }),
      },
    });
    await dataSource.initialize();
    return dataSource;
  }

  const pglite = await createPGlite(target.dataDir, options.template);
  const dataSource = new DataSource({
    ...common,
    driver: pglitePgModule,
    extra: { pglite },
  });
  await dataSource.initialize();
  // One connection for the whole instance: the search path set here holds for every later statement.
  await dataSource.query(`SET search_path TO "${target.schema}", public`);
  if (randomPageCost !== null) await dataSource.query(`SET random_page_cost = ${randomPageCost}`);
  return dataSource;
}

/** The settings of every session on a PostgreSQL server, as libpq `options` (also used by the bench's floor). */
export function sessionOptions(schema: string, randomPageCost: number | null = DEFAULT_RANDOM_PAGE_COST): string {
  return `-c search_path=${schema},public${randomPageCost === null ? '' : ` -c random_page_cost=${randomPageCost}`}`;
}

async function createPGlite(dataDir: string | null, template: Blob | undefined): Promise<PGlite> {
  const parsers = valueParsers as Record<number, (value: string) => unknown>;
  if (dataDir === null) return PGlite.create({ parsers, loadDataDir: template });
  const fresh = !existsSync(`${dataDir}/PG_VERSION`);
  await mkdir(dataDir, { recursive: true });
  return PGlite.create(dataDir, { parsers, loadDataDir: fresh ? template : undefined });
}
