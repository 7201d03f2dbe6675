import { matchKeyFromEnv } from '@plie-hub/auth';
import { loadSubgraphs } from '@plie-hub/hub';
import { createLogger } from '@plie-hub/kit';
import { openDataSource, schemaNameOf } from '@plie-hub/storage';
import { seedScale, type SeedReport } from './seed/seed-scale';

/**
 * Writes the generated data set of `scale` into the databases of a running topology (one database per subgraph, the
 * demo referential already loaded by its subgraphs), as `npm run seed` would into the environment's storage.
 */
export async function seedTopology(databaseUrls: Record<string, string>, scale: number, log: (message: string) => void, matchKey = matchKeyFromEnv(process.env)): Promise<SeedReport> {
  const quiet = createLogger('seed', 'error');
  const opened = [];
  try {
    for (const subgraph of await loadSubgraphs()) {
      const url = databaseUrls[subgraph.name];
      if (!url) throw new Error(`no database for ${subgraph.name}`);
      const target = { kind: 'postgres' as const, url, schema: schemaNameOf(subgraph.name), poolSize: 2 };
      opened.push({ name: subgraph.name, dataSource: await openDataSource({ target, entities: subgraph.definition.entities, migrations: subgraph.definition.migrations, log: quiet }) });
    }
    const started = performance.now();
    const report = await seedScale(opened, { scale, seed: 1, matchKey, onProgress: log });
    log(`scale ${scale}: ${report.tables.reduce((sum, t) => sum + t.rows, 0)} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return report;
  } finally {
    for (const { dataSource } of opened) await dataSource.destroy().catch(() => {});
  }
}
