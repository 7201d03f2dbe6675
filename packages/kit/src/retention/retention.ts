import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';

/** How long a PLIE keeps personal data, as its administrator set it (owned by the PLIE referential). */
export interface RetentionPolicy {
  plieCode: string;
  /** Months after the end of the parcours (or of a fiche that led to none). */
  apresParcoursMois: number;
  /** Months after the end of the FSE+ audit period of the operations that cofinanced the parcours. */
  apresControleFseMois: number;
}

/**
 * An FSE+ operation of a PLIE over a period: the participants accompanied in it are audit evidence until `finControle`
 * (null while the operation is not settled: the audit period has not started, so nothing of it may go).
 */
export interface FseAuditPeriod {
  plieCode: string;
  debut: string;
  fin: string;
  finControle: string | null;
}

/** Persons a subgraph still keeps: the others keep what they hold about them too. */
export interface HeldPersons {
  /** Match keys (pseudonymous keys of an identity, see `personMatchKey`). */
  keys: string[];
  /** Participant ids of the parcours subgraph, which other subgraphs reference. */
  participants: string[];
}

/** What every subgraph's purge works from, gathered from the subgraphs that own each part before any change. */
export interface PurgeScope {
  /** The reference day (ISO date): what expired on or before it is anonymised. */
  today: string;
  policies: RetentionPolicy[];
  fseAudits: FseAuditPeriod[];
  held: HeldPersons;
}

/**
 * A subgraph's part in the retention rules. Each subgraph decides on its own records, from its own dates and the
 * scope; the command gathers the scope first, so every subgraph judges on the same facts.
 */
export interface SubgraphRetention {
  /** The owner of the PLIE referential: each PLIE's retention periods. */
  policies?: (db: EntityManager) => Promise<RetentionPolicy[]>;
  /** The owner of the FSE+ operations: their audit periods. */
  fseAudits?: (db: EntityManager) => Promise<FseAuditPeriod[]>;
  /** The persons whose records this subgraph keeps on `today` (a parcours not yet expired). */
  held?: (db: EntityManager, scope: Omit<PurgeScope, 'held'>) => Promise<HeldPersons>;
  /**
   * Anonymises what expired and returns how many records of each kind. Identities, contact details and free text
   * go; what the statistics count (sex, age band at entry, statuses, dates, categories) stays, so every count is the
   * same after a purge.
   */
  anonymise?: (db: EntityManager, scope: PurgeScope) => Promise<Record<string, number>>;
}

export interface PurgeTarget {
  name: string;
  retention?: SubgraphRetention;
  dataSource: DataSource;
}

export interface PurgeReport {
  today: string;
  dryRun: boolean;
  /** Per subgraph, records anonymised (or that would be, in a dry run) by kind. */
  anonymised: Record<string, Record<string, number>>;
  /** Persons kept because a parcours still needs them. */
  held: { keys: number; participants: number };
}

class DryRunRollback extends Error {}

/**
 * Applies the retention rules to every subgraph. Each subgraph's anonymisation runs in one transaction with its
 * trail entry (all of it or nothing); a dry run runs exactly the same statements and rolls them back, so its report
 * is what the purge would do.
 */
export async function purgeExpired(targets: PurgeTarget[], options: { today: string; dryRun: boolean }): Promise<PurgeReport> {
  const gather = async <T>(pick: (retention: SubgraphRetention) => ((db: EntityManager) => Promise<T[]>) | undefined): Promise<T[]> => {
    const parts = await Promise.all(targets.map((target) => (target.retention && pick(target.retention) ? pick(target.retention)!(target.dataSource.manager) : [])));
    return parts.flat();
  };
  const base = { today: options.today, policies: await gather((r) => r.policies), fseAudits: await gather((r) => r.fseAudits) };
  const held: HeldPersons = { keys: [], participants: [] };
  for (const target of targets) {
    const part = await target.retention?.held?.(target.dataSource.manager, base);
    held.keys.push(...(part?.keys ?? []));
    held.participants.push(...(part?.participants ?? []));
  }
  const scope: PurgeScope = { ...base, held: { keys: [...new Set(held.keys)], participants: [...new Set(held.participants)] } };

  const anonymised: PurgeReport['anonymised'] = {};
  for (const target of targets) {
    const anonymise = target.retention?.anonymise;
    if (!anonymise) continue;
    try {
      await target.dataSource.transaction(async (manager) => {
        const counts = await anonymise(manager, scope);
        anonymised[target.name] = counts;
        await recordPurge(manager, counts, options);
        if (options.dryRun) throw new DryRunRollback();
      });
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
  }
  return { today: options.today, dryRun: options.dryRun, anonymised, held: { keys: scope.held.keys.length, participants: scope.held.participants.length } };
}

/** The purge is a write like any other: in the trail, by kind, with counts and never a value. */
async function recordPurge(db: EntityManager, counts: Record<string, number>, options: { today: string }): Promise<void> {
  const trail = new AuditTrail();
  for (const [kind, count] of Object.entries(counts)) {
    if (count > 0) trail.record({ action: 'ECRITURE', entite: kind, entiteId: null, champs: [`anonymises:${count}`], operation: 'purge' });
  }
  await trail.flush(db, { caller: { sub: 'purge', org: { type: 'HUB', id: 'hub' }, roles: [], plies: [] }, requestId: randomUUID(), purpose: `conservation au ${options.today}` });
}
