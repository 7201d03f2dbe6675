import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail, readAuditTrail } from './audit-trail';
import { GroupAuditTrailKeys1765152000000 } from './audit-trail-grouped.migration';
import { openAuditTrailDatabase } from './audit-trail.fixture';

describe('the audit trail table', () => {
  let db: DataSource;
  beforeAll(async () => {
    // A row written before records were grouped, which the journal must still show.
    db = await openAuditTrailDatabase((runner) =>
      runner.query(`INSERT INTO audit_evenement (action, entite, entite_id, champs, operation, sujet, organisation_type, organisation_id, roles, motif, requete_id)
      VALUES ('LECTURE', 'Participant', 'p1', 'statut', 'participant', 'ancien', 'PLIE', 'BORDEAUX', 'REFERENT', NULL, 'r0')`),
    );
  }, 60_000);
  afterAll(() => db.destroy());

  it('takes a request’s events in one statement', async () => {
    const trail = new AuditTrail();
    trail.record({ action: 'LECTURE', entite: 'Participant', entiteId: 'p1', champs: ['nomNaissance'], operation: 'participant' });
    trail.record({ action: 'LECTURE', entite: 'Participant', entiteId: 'p1', champs: ['prenoms'], operation: 'participant' });
    trail.record({ action: 'ECRITURE', entite: 'Parcours', entiteId: 'x', champs: ['input.date'], operation: 'enregistrerEntretien' });
    await trail.flush(db, { caller: { sub: 'agent', org: { type: 'PLIE', id: 'BORDEAUX' }, roles: ['COORDINATION_PLIE'], plies: ['BORDEAUX'] }, requestId: 'r1', purpose: null });
    const rows = await db.query("SELECT action, entite_ids, champs FROM audit_evenement WHERE sujet = 'agent' ORDER BY id");
    expect(rows).toEqual([
      { action: 'LECTURE', entite_ids: ['p1'], champs: 'nomNaissance,prenoms' },
      { action: 'ECRITURE', entite_ids: ['x'], champs: 'input.date' },
    ]);
  });

  const who = { caller: { sub: 'referente', org: { type: 'STRUCTURE', id: 's1' }, roles: ['REFERENT' as const], plies: ['BORDEAUX'] }, requestId: 'r2', purpose: 'entretien' };

  it('writes the records of a list read alike as one row with their keys, and a record read otherwise in its own', async () => {
    const trail = new AuditTrail();
    for (let i = 0; i < 100; i += 1) trail.record({ action: 'LECTURE', entite: 'Parcours', entiteId: `pa${i}`, champs: ['statut', 'alertes'], operation: 'fileActive' });
    trail.record({ action: 'LECTURE', entite: 'Parcours', entiteId: 'pa7', champs: ['sortie'], operation: 'fileActive' });
    trail.record({ action: 'LECTURE', entite: 'Participant', entiteId: 'p1', champs: ['nomNaissance'], operation: 'fileActive' });
    trail.record({ action: 'LECTURE', entite: 'Participant', entiteId: null, champs: ['nomNaissance'], operation: 'fileActive' });
    await trail.flush(db, who);
    const rows = await db.query("SELECT entite, entite_ids, champs, motif FROM audit_evenement WHERE requete_id = 'r2' ORDER BY id");
    // pa7's two reads were merged into one event first: it is in the group of its merged fields.
    expect(rows).toEqual([
      { entite: 'Parcours', entite_ids: Array.from({ length: 100 }, (_, i) => `pa${i}`).filter((id) => id !== 'pa7'), champs: 'statut,alertes', motif: 'entretien' },
      { entite: 'Parcours', entite_ids: ['pa7'], champs: 'statut,alertes,sortie', motif: 'entretien' },
      { entite: 'Participant', entite_ids: ['p1', null], champs: 'nomNaissance', motif: 'entretien' },
    ]);
  });

  it('shows each record of a grouped row as one access, with the rows written before, newest first and page by page', async () => {
    const p1 = await readAuditTrail(db, { entiteId: 'p1', premiers: 10 });
    expect(p1.map((e) => [e.sujet, e.entiteId, e.champs])).toEqual([
      ['referente', 'p1', ['nomNaissance']],
      ['agent', 'p1', ['nomNaissance', 'prenoms']],
      ['ancien', 'p1', ['statut']],
    ]);
    const all = await readAuditTrail(db, { premiers: 500 });
    expect(all).toHaveLength(1 + 2 + 99 + 1 + 2);
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    // Pages of 7 through a grouped row give every access once, in the same order.
    const paged: string[] = [];
    for (let avant: string | null = null; ; ) {
      const page = await readAuditTrail(db, { avant, premiers: 7 });
      paged.push(...page.map((e) => e.id));
      if (page.length < 7) break;
      avant = page.at(-1)!.id;
    }
    expect(paged).toEqual(all.map((e) => e.id));
    // A bare row number, as earlier journals gave, still pages: before that row.
    const before = all.filter((e) => e.sujet === 'agent').at(-1)!.id.split('.')[0]!;
    expect((await readAuditTrail(db, { avant: before, premiers: 500 })).map((e) => e.sujet)).toEqual(['ancien']);
    expect((await readAuditTrail(db, { sujet: 'referente', entiteId: 'pa42', premiers: 5 })).map((e) => e.entiteId)).toEqual(['pa42']);
  });

  it('refuses to be changed or emptied', async () => {
    await expect(db.query("UPDATE audit_evenement SET sujet = 'autre'")).rejects.toThrow(/ne se modifie pas/);
    await expect(db.query('DELETE FROM audit_evenement')).rejects.toThrow(/ne se modifie pas/);
    await expect(db.query('TRUNCATE audit_evenement')).rejects.toThrow(/ne se modifie pas/);
    expect((await db.query('SELECT count(*)::int AS n FROM audit_evenement'))[0].n).toBe(6);
    // Nor reverted to one key per row, which would drop the keys of the grouped rows.
    const runner = db.createQueryRunner();
    await expect(new GroupAuditTrailKeys1765152000000().down(runner)).rejects.toThrow(/grouped rows/);
    await runner.release();
    expect((await db.query("SELECT count(*)::int AS n FROM audit_evenement WHERE entite_ids IS NOT NULL"))[0].n).toBe(5);
  });

  it('keeps the fields a list shares as one array, and a merge into one of its records leaves the others as they were', async () => {
    const trail = new AuditTrail();
    const champs = ['statut', 'alertes'];
    for (let i = 0; i < 3; i += 1) trail.record({ action: 'LECTURE', entite: 'Parcours', entiteId: `pb${i}`, champs, operation: 'fileActive' });
    trail.record({ action: 'LECTURE', entite: 'Parcours', entiteId: 'pb1', champs: ['sortie'], operation: 'fileActive' });
    trail.record({ action: 'LECTURE', entite: 'Parcours', entiteId: 'pb3', champs: ['dateEntree'], operation: 'fileActive' });
    await trail.flush(db, { ...who, requestId: 'r3' });
    const rows = await db.query("SELECT entite_ids, champs FROM audit_evenement WHERE requete_id = 'r3' ORDER BY id");
    expect(rows).toEqual([
      { entite_ids: ['pb0', 'pb2'], champs: 'statut,alertes' },
      { entite_ids: ['pb1'], champs: 'statut,alertes,sortie' },
      { entite_ids: ['pb3'], champs: 'dateEntree' },
    ]);
    expect(champs).toEqual(['statut', 'alertes']);
  });
});
