import { createLogger } from '@plie-hub/kit';
import { describeTarget, migrate, openDataSource, resolveStorageTarget, schemaNameOf } from '@plie-hub/storage';
import { selectSubgraphs } from './select-subgraphs';

/**
 * `npm run migrate [-- <subgraph>...]`: applies pending migrations to each subgraph's storage (the one the
 * environment designates, as at start-up). Subgraphs also migrate themselves when they start.
 */
const log = createLogger('migrate', process.env.LOG_LEVEL ?? 'warn');
const subgraphs = await selectSubgraphs(process.argv.slice(2));
let failed = false;
for (const subgraph of subgraphs) {
  const target = resolveStorageTarget(subgraph.name, process.env);
  try {
    const dataSource = await openDataSource({ target, entities: subgraph.definition.entities, migrations: subgraph.definition.migrations, log });
    try {
      const applied = await migrate(dataSource, schemaNameOf(subgraph.name));
      console.log(`${subgraph.name} (${describeTarget(target)}): ${applied.length ? applied.join(', ') : 'à jour'}`);
    } finally {
      await dataSource.destroy();
    }
  } catch (error) {
    failed = true;
    console.error(`${subgraph.name}: échec — ${(error as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
