import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail, type AuditRow } from './audit-trail';
import { openAuditTrailDatabase } from './audit-trail.fixture';
import { AuditWriter } from './audit-writer';

describe('the audit trail writer', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await openAuditTrailDatabase();
  }, 60_000);
  afterAll(() => db.destroy());

  const rowsOf = (n: number, operation: string): AuditRow[] => {
    const trail = new AuditTrail();
    trail.record({ action: 'LECTURE', entite: 'Parcours', entiteId: `pa${n}`, champs: ['statut'], operation });
    trail.record({ action: 'LECTURE', entite: 'Participant', entiteId: `p${n}`, champs: ['nomNaissance'], operation });
    return trail.take({ caller: { sub: `agent${n}`, org: { type: 'PLIE', id: 'BORDEAUX' }, roles: ['REFERENT', 'COORDINATION_PLIE'], plies: ['BORDEAUX'] }, requestId: `r${n}`, purpose: n % 2 ? 'entretien' : null });
  };

  it('writes requests that end during a write together in the next statement, each with its own caller', async () => {
    const statements: string[] = [];
    const counting = { query: (sql: string, parameters?: unknown[]) => (statements.push(sql), db.query(sql, parameters)) };
    const writer = new AuditWriter(counting);
    await Promise.all(Array.from({ length: 6 }, (_, n) => writer.write(rowsOf(n, 'ensemble'))));
    // The first request's statement, then the five that came while it ran.
    expect(statements).toHaveLength(2);
    const rows = await db.query("SELECT sujet, entite, entite_ids, requete_id, motif, roles FROM audit_evenement WHERE operation = 'ensemble' ORDER BY id");
    expect(rows).toEqual(
      Array.from({ length: 6 }, (_, n) => [
        { sujet: `agent${n}`, entite: 'Parcours', entite_ids: [`pa${n}`], requete_id: `r${n}`, motif: n % 2 ? 'entretien' : null, roles: 'REFERENT,COORDINATION_PLIE' },
        { sujet: `agent${n}`, entite: 'Participant', entite_ids: [`p${n}`], requete_id: `r${n}`, motif: n % 2 ? 'entretien' : null, roles: 'REFERENT,COORDINATION_PLIE' },
      ]).flat(),
    );
  });

  it('never puts more than 500 rows in one statement, nor splits a request between two', async () => {
    const many = (n: number, size: number) => Array.from({ length: size }, () => rowsOf(n, 'volume')[0]!);
    const sizes: number[] = [];
    const counting = { query: (sql: string, parameters?: unknown[]) => (sizes.push(JSON.parse(parameters![0] as string).length), db.query(sql, parameters)) };
    const writer = new AuditWriter(counting);
    // The first goes alone; of the three that wait, the first two fit together (300 + 200), the third does not.
    await Promise.all([writer.write(many(20, 1)), writer.write(many(21, 300)), writer.write(many(22, 200)), writer.write(many(23, 300))]);
    expect(sizes).toEqual([1, 500, 300]);
    expect((await db.query("SELECT count(*)::int AS n FROM audit_evenement WHERE operation = 'volume'"))[0].n).toBe(801);
  });

  it('fails every request of a failed statement, and writes the next ones', async () => {
    let fail = true;
    const flaky = { query: (sql: string, parameters?: unknown[]) => (fail ? Promise.reject(new Error('base indisponible')) : db.query(sql, parameters)) };
    const writer = new AuditWriter(flaky);
    const outcomes = await Promise.allSettled([writer.write(rowsOf(10, 'panne')), writer.write(rowsOf(11, 'panne'))]);
    expect(outcomes.map((o) => o.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await writer.write(rowsOf(12, 'panne'));
    expect(await db.query("SELECT sujet FROM audit_evenement WHERE operation = 'panne' ORDER BY id")).toEqual([{ sujet: 'agent12' }, { sujet: 'agent12' }]);
  });

  it('writes nothing for a request that read no record', async () => {
    const writer = new AuditWriter({ query: () => Promise.reject(new Error('aucune requête attendue')) });
    await expect(writer.write([])).resolves.toBeUndefined();
  });
});
