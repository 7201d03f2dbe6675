import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { migrate } from './migrate';
import { pglitePgModule } from './pglite-pool';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { SqlLogger, type StorageLog } from './sql-logger';
import type { EntityList, MigrationList } from './data-source';

export interface SchemaModule {
  schema: string;
  entities: EntityList;
  migrations: MigrationList;
}

/**
 * Starting a cold embedded PostgreSQL costs seconds; loading a dumped image costs well under one. So the migrated,
 * empty database of each subgraph is built once, from one cold instance, dumped, and cached on disk under a key
 * that changes whenever a migration changes. Tests and the first `npm start` then load these images.
 */
export async function migratedTemplates(
  modules: SchemaModule[],
  options: { cacheDir: string; log: StorageLog },
): Promise<Map<string, Blob>> {
  const templates = new Map<string, Blob>();
  const missing: Array<{ module: SchemaModule; file: string }> = [];
  for (const module of modules) {
    const file = path.join(options.cacheDir, `${module.schema}-${templateKey(module)}.tar.gz`);
    if (existsSync(file)) templates.set(module.schema, new Blob([await readFile(file)]));
    else missing.push({ module, file });
  }
  if (missing.length === 0) return templates;

  await mkdir(options.cacheDir, { recursive: true });
  // One cold instance for all missing images: migrate a schema, dump the image, drop the schema (its migrations
  // table with it) and go on with the next, so each image holds one subgraph's tables only.
  const pglite = await PGlite.create();
  try {
    for (const { module, file } of missing) {
      const dataSource = new DataSource({
        type: 'postgres',
        driver: pglitePgModule,
        extra: { pglite },
        schema: module.schema,
        entities: module.entities,
        migrations: module.migrations,
        migrationsTableName: 'migrations',
        logger: new SqlLogger(options.log),
        namingStrategy: new SnakeNamingStrategy(),
      });
      await dataSource.initialize();
      await dataSource.query(`SET search_path TO "${module.schema}", public`);
      await migrate(dataSource, module.schema);
      const bytes = Buffer.from(await (await pglite.dumpDataDir('gzip')).arrayBuffer());
      await dataSource.query(`DROP SCHEMA "${module.schema}" CASCADE`);
      // Not destroy(): that would close the shared PGlite instance.
      const partial = `${file}.${process.pid}.tmp`;
      await writeFile(partial, bytes);
      await rename(partial, file);
      templates.set(module.schema, new Blob([bytes]));
    }
  } finally {
    await pglite.close();
  }
  return templates;
}

/** Changes whenever a migration is added, removed or edited. */
export function templateKey(module: SchemaModule): string {
  const hash = createHash('sha256').update(module.schema);
  for (const migration of module.migrations) {
    hash.update(migration.name);
    hash.update(String((migration.prototype as { up?: unknown }).up ?? ''));
  }
  return hash.digest('hex').slice(0, 16);
}
