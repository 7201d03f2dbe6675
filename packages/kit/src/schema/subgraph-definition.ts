import type { EntityList, MigrationList } from '@plie-hub/storage';
import type { DataSource } from 'typeorm';
import type { NonEmptyArray } from 'type-graphql';
import type { SubgraphContext, SubgraphSettings } from '../context';
import { GroupAuditTrailKeys1765152000000 } from '../audit/audit-trail-grouped.migration';
import { CreateAuditTrail1764547200000 } from '../audit/audit-trail.migration';
import { journalAuditResolver } from '../audit/journal-audit.resolver';
import type { Logger } from '../logger';
import type { SubgraphRetention } from '../retention/retention';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ResolverClass = Function;

/** How the gateway turns a representation `{ __typename, ...key }` into an entity of this subgraph. */
export type ReferenceResolver = (
  reference: Record<string, unknown>,
  context: SubgraphContext,
  info?: import('graphql').GraphQLResolveInfo,
) => unknown | Promise<unknown>;

/** Everything the kit needs to serve a subgraph. A subgraph folder exports one of these and holds only its domain. */
export interface SubgraphDefinition {
  /** Folder name = composition name = URL path = database schema (with `_`). */
  name: string;
  /** One sentence: what this subgraph owns. */
  description: string;
  resolvers: NonEmptyArray<ResolverClass>;
  /** Types no resolver returns but the schema must declare (key-only stubs of other subgraphs' entities). */
  orphanedTypes?: ResolverClass[];
  /** `__resolveReference` per entity type this subgraph owns or extends. */
  referenceResolvers?: Record<string, ReferenceResolver>;
  /**
   * Types of named records (a person, a fiche, a parcours…): every read of one, every write and every export is
   * recorded in this subgraph's audit trail.
   */
  audited?: string[];
  /** How long this subgraph keeps personal data and how it anonymises it (`npm run purge`). */
  retention?: SubgraphRetention;
  entities: EntityList;
  migrations: MigrationList;
  /** Loads the demo data set into an empty database (`npm start`). */
  seedDemo?: (dataSource: DataSource, deps: { log: Logger; settings: SubgraphSettings }) => Promise<void>;
}

/**
 * What every subgraph has without writing it: its audit trail (the table, after its own migrations, and the DPO's
 * `journalAudit<Subgraph>` query).
 */
export const defineSubgraph = (definition: SubgraphDefinition): SubgraphDefinition => ({
  ...definition,
  resolvers: [...definition.resolvers, journalAuditResolver(definition.name)],
  migrations: [...definition.migrations, CreateAuditTrail1764547200000, GroupAuditTrailKeys1765152000000],
});
