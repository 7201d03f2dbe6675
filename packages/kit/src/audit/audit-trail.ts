import type { Caller } from '@plie-hub/auth';
import type { DataSource } from 'typeorm';

export type AuditAction = 'LECTURE' | 'ECRITURE' | 'EXPORT';

/** One access to a named record: who is in the request, what here. Never a value of the record. */
export interface AuditEvent {
  action: AuditAction;
  /** GraphQL type of the record (`Participant`, `PrescriptionFranceTravail`…) or, for a write, of its result. */
  entite: string;
  /** Its key: an id, a PLIE code, or the pseudonymous match key of a person. */
  entiteId: string | null;
  /** Names of the fields read, or of the input fields written. */
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

  record(event: AuditEvent): void {
    const key = `${event.action}:${event.entite}:${event.entiteId}:${event.operation}`;
    const existing = this.events.get(key);
    if (existing) existing.champs = [...new Set([...existing.champs, ...event.champs])];
    else this.events.set(key, { ...event, champs: [...new Set(event.champs)] });
  }

  /** Appends the collected events to the subgraph's `audit_evenement` table (append-only: see its migration). */
  /**
   * `who` is the request's caller, or the hub itself for its own jobs (the purge), which no token can claim to be.
   * `db` may be a transaction's manager, so that the trail is written with what it records, or not at all.
   */
  async flush(
    db: Pick<DataSource, 'query'>,
    who: { caller: Pick<Caller, 'sub' | 'roles' | 'plies'> & { org: { type: string; id: string } }; requestId: string; purpose: string | null },
  ): Promise<void> {
    if (this.events.size === 0) return;
    const events = [...this.events.values()];
    this.events.clear();
    const column = <T>(pick: (event: AuditEvent) => T) => events.map(pick);
    await db.query(
      `INSERT INTO audit_evenement (action, entite, entite_id, champs, operation, sujet, organisation_type, organisation_id, roles, motif, requete_id)
       SELECT action, entite, entite_id, champs, operation, $6, $7, $8, $9, $10, $11
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS e(action, entite, entite_id, champs, operation)`,
      [
        column((e) => e.action),
        column((e) => e.entite),
        column((e) => e.entiteId),
        column((e) => e.champs.join(',')),
        column((e) => e.operation),
        who.caller.sub,
        who.caller.org.type,
        who.caller.org.id,
        who.caller.roles.join(','),
        who.purpose,
        who.requestId,
      ],
    );
  }
}
