export { openDataSource, sessionOptions, type OpenDataSourceOptions, type EntityList, type MigrationList } from './data-source';
export { migrate } from './migrate';
export { backupSubgraph, restoreSubgraph, BackupError, type BackupFile } from './backup';
export { migratedTemplates, templateKey, type SchemaModule } from './migration-template';
export { countQueries, withQueryCount, QueryCount } from './query-counter';
export { SqlLogger, type StorageLog } from './sql-logger';
export {
  resolveStorageTarget,
  DEFAULT_RANDOM_PAGE_COST,
  describeTarget,
  schemaNameOf,
  envPrefixOf,
  StorageConfigError,
  type StorageTarget,
} from './storage-target';
export { PGlitePool, pglitePgModule } from './pglite-pool';
export { prepared } from './prepared-statements';
export { SnakeNamingStrategy } from './snake-naming.strategy';
