import { PGlite } from '@electric-sql/pglite';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pglitePgModule } from '@plie-hub/storage';
import { AuditTrail } from './audit-trail';
import { CreateAuditTrail1764547200000 } from './audit-trail.migration';

describe('the audit trail table', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = new DataSource({ type: 'postgres', driver: pglitePgModule, extra: { pglite: await PGlite.create() } });
    await db.initialize();
    const runner = db.createQueryRunner();
    await new CreateAuditTrail1764547200000().up(runner);
    await runner.release();
  }, 60_000);
  afterAll(() => db.destroy());

  it('takes a request’s events in one statement', async () => {
    const trail = new AuditTrail();
    trail.record({ action: 'LECTURE', entite: 'Participant', entiteId: 'p1', champs: ['nomNaissance'], operation: 'participant' });
    trail.record({ action: 'LECTURE', entite: 'Participant', entiteId: 'p1', champs: ['prenoms'], operation: 'participant' });
    trail.record({ action: 'ECRITURE', entite: 'Parcours', entiteId: 'x', champs: ['input.date'], operation: 'enregistrerEntretien' });
    await trail.flush(db, { caller: { sub: 'agent', org: { type: 'PLIE', id: 'BORDEAUX' }, roles: ['COORDINATION_PLIE'], plies: ['BORDEAUX'] }, requestId: 'r1', purpose: null });
    const rows = await db.query('SELECT action, entite_id, champs FROM audit_evenement ORDER BY id');
    expect(rows).toEqual([
      { action: 'LECTURE', entite_id: 'p1', champs: 'nomNaissance,prenoms' },
      { action: 'ECRITURE', entite_id: 'x', champs: 'input.date' },
    ]);
  });

  it('refuses to be changed or emptied', async () => {
    await expect(db.query("UPDATE audit_evenement SET sujet = 'autre'")).rejects.toThrow(/ne se modifie pas/);
    await expect(db.query('DELETE FROM audit_evenement')).rejects.toThrow(/ne se modifie pas/);
    await expect(db.query('TRUNCATE audit_evenement')).rejects.toThrow(/ne se modifie pas/);
    expect((await db.query('SELECT count(*)::int AS n FROM audit_evenement'))[0].n).toBe(2);
  });
});
