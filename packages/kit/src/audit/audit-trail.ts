import type { Caller } from '@plie-hub/auth';
import type { DataSource } from 'typeorm';
import { prepared } from '@plie-hub/storage';
import type { EvenementAudit } from './journal-audit.resolver';

export type AuditAction = 'LECTURE' | 'ECRITURE' | 'EXPORT';

/** One access to a named record: who is in the request, what here. Never a value of the record. */
export interface AuditEvent {
  action: AuditAction;
  /** GraphQL type of the record (`Participant`, `PrescriptionFranceTravail`…) or, for a write, of its result. */
  entite: string;
  /** Its key: an id, a PLIE code, or the pseudonymous match key of a person. */
  entiteId: string | null;
  /** Names of the fields read, or of the input fields written, each once. */
  champs: string[];
  /** The root field of the operation (`participant`, `creerPrescriptionFranceTravail`…). */
  operation: string;
}

/**
 * The accesses of one request, collected while it runs and written in one statement when it ends, so a list of
 * N records costs one more statement, not N. Reads of the same record in one request are merged.
 */
export class AuditTrail {
  private readonly events = new Map<string, AuditEvent>();

  /**
   * Keeps the event's array of fields as it is: the records of a list share one (never changed in place, a merge
   * makes a new one).
   */
  record(event: AuditEvent): void {
    const key = `${event.action}:${event.entite}:${event.entiteId}:${event.operation}`;
    const existing = this.events.get(key);
    if (existing) existing.champs = [...new Set([...existing.champs, ...event.champs])];
    else this.events.set(key, { ...event });
  }

  /**
   * The collected events as rows of the subgraph's `audit_evenement` table (append-only: see its migration), one
   * per group of records read or written alike (same action, type, fields and operation) with their keys, and
   * forgets them. `who` is the request's caller, or the hub itself for its own jobs (the purge), which no token can
   * claim to be.
   */
  take(who: AuditWho): AuditRow[] {
    const groups = new Map<string, AuditRow>();
    const joined = new Map<string[], string>();
    const { caller } = who;
    const roles = caller.roles.join(',');
    for (const event of this.events.values()) {
      let champs = joined.get(event.champs);
      if (champs === undefined) joined.set(event.champs, (champs = event.champs.join(',')));
      const key = `${event.action}\u0000${event.entite}\u0000${event.operation}\u0000${champs}`;
      const group = groups.get(key);
      if (group) group.entite_ids.push(event.entiteId);
      else {
        groups.set(key, {
          action: event.action, entite: event.entite, entite_ids: [event.entiteId], champs, operation: event.operation,
          sujet: caller.sub, organisation_type: caller.org.type, organisation_id: caller.org.id, roles, motif: who.purpose, requete_id: who.requestId,
        });
      }
    }
    this.events.clear();
    return [...groups.values()];
  }

  /**
   * Appends the collected events to the trail (see `take`) in one statement. `db` may be a transaction's manager,
   * so that the trail is written with what it records, or not at all.
   */
  async flush(db: Pick<DataSource, 'query'>, who: AuditWho): Promise<void> {
    await insertAuditRows(db, this.take(who));
  }
}

/** Who an access is recorded for: the request's caller, its id and its stated purpose. */
export interface AuditWho {
  caller: Pick<Caller, 'sub' | 'roles' | 'plies'> & { org: { type: string; id: string } };
  requestId: string;
  purpose: string | null;
}

/** One row of `audit_evenement` as written: the accesses of one request to records read or written alike. */
export interface AuditRow {
  action: AuditAction;
  entite: string;
  entite_ids: Array<string | null>;
  champs: string;
  operation: string;
  sujet: string;
  organisation_type: string;
  organisation_id: string;
  roles: string;
  motif: string | null;
  requete_id: string;
}

/** Rows of any number of requests in one statement. */
export async function insertAuditRows(db: Pick<DataSource, 'query'>, rows: AuditRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.query(
    prepared(`INSERT INTO audit_evenement (action, entite, entite_ids, champs, operation, sujet, organisation_type, organisation_id, roles, motif, requete_id)
     SELECT action, entite, entite_ids, champs, operation, sujet, organisation_type, organisation_id, roles, motif, requete_id
     FROM jsonb_to_recordset($1::jsonb) AS e(action text, entite text, entite_ids text[], champs text, operation text,
       sujet text, organisation_type text, organisation_id text, roles text, motif text, requete_id text)`),
    [JSON.stringify(rows)],
  );
}

/** One access as the journal shows it (`EvenementAudit` but for the subgraph, which the resolver adds). */
export type AuditTrailRow = Omit<EvenementAudit, 'sousGraphe'>;

export interface AuditTrailFilter {
  entiteId?: string | null;
  sujet?: string | null;
  depuis?: Date | null;
  /** The id of the last access of the previous page (`<row>.<rank>`, or a row's number alone). */
  avant?: string | null;
  premiers: number;
}

/** A journal cursor: an id as `readAuditTrail` gives them, or the bare row number of earlier journals. */
export const isAuditCursor = (value: string) => /^\d{1,18}(\.\d{1,6})?$/.test(value);

/**
 * The accesses of the trail, newest first, one per record: a grouped row is expanded into its records (in the order
 * they were recorded), a row of the earlier shape is one access. A record's accesses are found through either index.
 */
export async function readAuditTrail(db: Pick<DataSource, 'query'>, filter: AuditTrailFilter): Promise<AuditTrailRow[]> {
  const [row, rank] = filter.avant ? filter.avant.split('.') : [null, null];
  const rows: Array<Record<string, unknown>> = await db.query(
    `SELECT a.id::text AS row, k.n::int AS rank, a.le, a.action, a.entite, k.entite_id, a.champs, a.operation, a.sujet,
            a.organisation_type, a.organisation_id, a.roles, a.motif, a.requete_id
     FROM audit_evenement a
     CROSS JOIN LATERAL unnest(coalesce(a.entite_ids, ARRAY[a.entite_id])) WITH ORDINALITY AS k(entite_id, n)
     WHERE ($1::text IS NULL OR ((a.entite_id = $1 OR a.entite_ids @> ARRAY[$1::text]) AND k.entite_id = $1))
       AND ($2::text IS NULL OR a.sujet = $2) AND ($3::timestamptz IS NULL OR a.le >= $3)
       AND ($4::bigint IS NULL OR a.id < $4 OR (a.id = $4 AND k.n < coalesce($5::int, 0)))
     ORDER BY a.id DESC, k.n DESC
     LIMIT $6`,
    [filter.entiteId ?? null, filter.sujet ?? null, filter.depuis ?? null, row, rank ?? null, filter.premiers],
  );
  return rows.map((r) => ({
    // `<row>.<rank of the record in it>`: the journal's order and cursor.
    id: `${r.row}.${r.rank}`,
    le: new Date(r.le as string | Date),
    action: r.action as string,
    entite: r.entite as string,
    entiteId: r.entite_id as string | null,
    champs: r.champs ? (r.champs as string).split(',') : [],
    operation: r.operation as string,
    sujet: r.sujet as string,
    organisationType: r.organisation_type as string,
    organisationId: r.organisation_id as string,
    roles: (r.roles as string).split(','),
    motif: r.motif as string | null,
    requeteId: r.requete_id as string,
  }));
}
