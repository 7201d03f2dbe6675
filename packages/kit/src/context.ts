import type { Caller } from '@plie-hub/auth';
import type { QueryCount } from '@plie-hub/storage';
import type { DataSource } from 'typeorm';
import type { AuditTrail } from './audit/audit-trail';
import type { LoaderCache } from './loaders';
import type { Logger } from './logger';

/** What every resolver receives, created afresh for each request. */
export interface SubgraphContext {
  /** The verified caller forwarded by the gateway. */
  caller: Caller;
  /** The subgraph's own data source: the only database a resolver may touch. */
  db: DataSource;
  /** Per-request DataLoaders: batch and cache reads within this request only. */
  loaders: LoaderCache;
  /** SQL statements sent so far by this request. */
  queryCount: QueryCount;
  requestId: string;
  /** Why the client reads the data, when it says so (`x-plie-purpose`), for the audit trail. */
  purpose: string | null;
  /** Accesses to named records during this request, written to the audit trail when it ends. */
  audit: AuditTrail;
  log: Logger;
  settings: SubgraphSettings;
}

/** Hub-wide settings a subgraph's domain needs, read once at start-up. */
export interface SubgraphSettings {
  /** Key of the privacy-preserving person match key (see `personMatchKey`). */
  matchKey: string;
}
