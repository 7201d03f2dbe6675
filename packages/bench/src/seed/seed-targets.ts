import { loadSubgraphs } from '@plie-hub/hub';
import type { Logger } from '@plie-hub/kit';
import { describeTarget, migrate, openDataSource, resolveStorageTarget, schemaNameOf } from '@plie-hub/storage';
import type { SeedTarget } from './seed-scale';

/**
 * Opens each subgraph's storage as `env` designates it (as `npm run migrate` does: DATABASE_URL,
 * <SUBGRAPH>_DATABASE_URL, or embedded under PLIE_DATA_DIR), applies the migrations, loads the demo referential where
 * a database is empty, runs `use` on them, and closes them whatever happens. No process may hold an embedded
 * database meanwhile: PGlite opens a data directory from one process at a time.
 */
export async function withSeedTargets<T>(
  env: Record<string, string | undefined>,
  options: { log: Logger; matchKey: string; onOpened?: (subgraph: string, where: string, migrations: string[]) => void },
  use: (targets: SeedTarget[]) => Promise<T>,
): Promise<T> {
  const opened: SeedTarget[] = [];
  try {
    for (const subgraph of await loadSubgraphs()) {
      const target = resolveStorageTarget(subgraph.name, env);
      const dataSource = await openDataSource({ target, entities: subgraph.definition.entities, migrations: subgraph.definition.migrations, log: options.log });
      opened.push({ name: subgraph.name, dataSource });
      const applied = await migrate(dataSource, schemaNameOf(subgraph.name));
      // Each demo seed does nothing when its data is already there.
      await subgraph.definition.seedDemo?.(dataSource, { log: options.log, settings: { matchKey: options.matchKey } });
      options.onOpened?.(subgraph.name, describeTarget(target), applied);
    }
    return await use(opened);
  } finally {
    for (const { dataSource } of opened) await dataSource.destroy().catch(() => {});
  }
}
