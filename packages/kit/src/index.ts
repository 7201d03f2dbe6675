import 'reflect-metadata';

export * from './errors/index';
export * from './scalars/index';
export * from './dates/calendar';
export * from './pagination/index';
export { Montant } from './money/montant';
export type { SubgraphContext, SubgraphSettings } from './context';
export { LoaderCache, defineLoader, entitiesByKeyLoader, entityByIdLoader, entityByKeyLoader, findEntities, findEntitiesJoined, isUuid, alignById, groupByKey, loadFound, MAX_BATCH_SIZE, type LoaderFactory } from './loaders';
export { authChecker, requireRole, requirePlie } from './auth/authorize';
export { createLogger, type Logger } from './logger';
export { readSubgraphConfig, parsePort, parseBoolean, ConfigError, type SubgraphConfig } from './config';
export { buildSubgraphSchema, type BuiltSubgraphSchema } from './schema/build-subgraph-schema';
export { defineSubgraph, type SubgraphDefinition, type ReferenceResolver } from './schema/subgraph-definition';
export { createSubgraphServer, describeFailure, type SubgraphServer, type SubgraphServerOptions } from './server/subgraph-server';
export { startSubgraph, type StartSubgraphOptions, type RunningSubgraph } from './server/start-subgraph';
export { runSubgraph } from './server/run-subgraph';
export { InputCheck } from './validation/input-check';
export type { EntityList, MigrationList } from '@plie-hub/storage';
export { prepared } from '@plie-hub/storage';
export { montantTransformer } from './money/montant.transformer';
export { isValidSiret, withSiretKey } from './validation/siret';
export { VersionedRecord, VERSIONED_RECORD_COLUMNS_SQL } from './storage/versioned-record';
export { insertEntities } from './storage/insert-entities';
export { decodeText, detectSeparator, parseCsv, toXlsx, toCsv, readSpreadsheet, type SheetContent, type ExportFile } from '@plie-hub/files';
export { FichierExport, FormatExport } from './files/export-file.type';
export { Effectif, Taux, maskCount, maskPartition, maskedRate, shown } from './statistics/masking';
export { encodePerimetre, decodePerimetre, vueCopilType, type Perimetre } from './statistics/perimetre';
export { derniereAnneeDeSerie } from './statistics/serie';
export { utcDaysSql } from './statistics/utc-days';
export { defineVueLoader, periodesSql, rowOfPeriode } from './statistics/vue-loader';
export {
  purgeExpired,
  type PurgeReport,
  type PurgeScope,
  type PurgeTarget,
  type RetentionPolicy,
  type FseAuditPeriod,
  type HeldPersons,
  type SubgraphRetention,
} from './retention/retention';
export { retentionCte, pastRetentionAfterEnd, pastFseAudit, updatedIds } from './retention/retention-sql';
