import { matchKeyFromEnv } from '@plie-hub/auth';
import { SUBGRAPHS } from '@plie-hub/hub';
import { createLogger } from '@plie-hub/kit';
import { envPrefixOf } from '@plie-hub/storage';
import { seedScale, type SeedReport } from './seed/seed-scale';
import { withSeedTargets } from './seed/seed-targets';

/**
 * Writes the generated data set of `scale` into the databases of a running topology (one database per subgraph, the
 * demo referential already loaded by its subgraphs), as `npm run seed` would into the environment's storage.
 */
export async function seedTopology(databaseUrls: Record<string, string>, scale: number, log: (message: string) => void, matchKey = matchKeyFromEnv(process.env)): Promise<SeedReport> {
  // A subgraph without a URL would otherwise be opened on embedded storage under .data/.
  const missing = SUBGRAPHS.find((subgraph) => !databaseUrls[subgraph.name]);
  if (missing) throw new Error(`no database for ${missing.name}`);
  // Each database as `npm run seed` is pointed at it; the running subgraphs have already migrated it and loaded the
  // demo referential, so those steps find nothing to do. Two connections each, beside the subgraphs' pools.
  const env = { PLIE_DB_POOL_SIZE: '2', ...Object.fromEntries(Object.entries(databaseUrls).map(([name, url]) => [`${envPrefixOf(name)}_DATABASE_URL`, url])) };
  return withSeedTargets(env, { log: createLogger('seed', 'error'), matchKey }, async (targets) => {
    const started = performance.now();
    const report = await seedScale(targets, { scale, seed: 1, matchKey, onProgress: log });
    log(`scale ${scale}: ${report.tables.reduce((sum, t) => sum + t.rows, 0)} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return report;
  });
}
