import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FicheEssai, openEssaiDatabase } from './fiche-essai.fixture';
import { insertEntities } from './insert-entities';

const values = (nom: string): Partial<FicheEssai> => ({
  nom,
  adresse: { ville: 'Bordeaux', depuis: '2024-02-29' },
  statuts: ['RSA', 'QPV'],
  archiveLe: new Date('2026-01-02T03:04:05.678Z'),
  details: { a: [1, { b: null }] },
  montant: 12.5,
});

describe('insertEntities', () => {
  let db: DataSource;
  const stored = async (id: string) => (await db.getRepository(FicheEssai).findOneByOrFail({ id })) as FicheEssai;

  beforeAll(async () => {
    db = await openEssaiDatabase();
  }, 60_000);

  afterAll(() => db?.destroy());

  it('stores what TypeORM’s insert stores, column for column, and gives the record what the database set', async () => {
    const ours = db.manager.create(FicheEssai, { ...values('Nôtre'), id: randomUUID() });
    const theirs = db.manager.create(FicheEssai, { ...values('Nôtre'), id: randomUUID() });
    await insertEntities(db, FicheEssai, [ours]);
    await db.getRepository(FicheEssai).insert(theirs as never);
    const [a, b] = [await stored(ours.id), await stored(theirs.id)];
    const { id: _a, creeLe: _c1, modifieLe: _m1, ...sameA } = a;
    const { id: _b, creeLe: _c2, modifieLe: _m2, ...sameB } = b;
    expect(sameA).toEqual(sameB);
    expect(a).toMatchObject({ version: 1, etat: 'NOUVELLE', montant: 1250, details: { a: [1, { b: null }] }, adresse: { depuis: '2024-02-29' } });
    // The record now holds the version, dates and default the database set, as after TypeORM's insert.
    expect(ours).toMatchObject({ version: 1, etat: 'NOUVELLE' });
    expect(ours.creeLe).toBeInstanceOf(Date);
    expect(ours.creeLe.getTime()).toBe(a.creeLe.getTime());
    expect(ours.modifieLe.getTime()).toBe(a.modifieLe.getTime());
  });

  it('inserts many records in one statement, each getting back its own values; a value given is kept over the default', async () => {
    const records = ['Un', 'Deux', 'Trois'].map((nom, i) => db.manager.create(FicheEssai, { ...values(nom), id: randomUUID(), etat: i === 1 ? 'ARCHIVEE' : undefined, archiveLe: i === 2 ? null : new Date(Date.UTC(2025, i, 1)) }));
    await insertEntities(db, FicheEssai, records);
    for (const record of records) {
      const row = await stored(record.id);
      expect(row.nom).toBe(record.nom);
      expect(record.etat).toBe(row.etat);
      expect(row.archiveLe?.toISOString() ?? null).toBe(record.archiveLe?.toISOString() ?? null);
    }
    expect(records.map((r) => r.etat)).toEqual(['NOUVELLE', 'ARCHIVEE', 'NOUVELLE']);
  });

  it('writes nothing when one record of the statement fails, and stays in the transaction of the manager it is given', async () => {
    const existing = db.manager.create(FicheEssai, { ...values('Déjà là'), id: randomUUID() });
    await insertEntities(db, FicheEssai, [existing]);
    const fresh = db.manager.create(FicheEssai, { ...values('Nouvelle'), id: randomUUID() });
    await expect(insertEntities(db, FicheEssai, [fresh, db.manager.create(FicheEssai, { ...values('Doublon'), id: existing.id })])).rejects.toThrow(/duplicate key|unique/i);
    expect(await db.getRepository(FicheEssai).findOneBy({ id: fresh.id })).toBeNull();

    const rolledBack = db.manager.create(FicheEssai, { ...values('Annulée'), id: randomUUID() });
    await expect(
      db.transaction(async (manager) => {
        await insertEntities(manager, FicheEssai, [rolledBack]);
        expect(await manager.findOneBy(FicheEssai, { id: rolledBack.id })).not.toBeNull();
        throw new Error('abandon');
      }),
    ).rejects.toThrow('abandon');
    expect(await db.getRepository(FicheEssai).findOneBy({ id: rolledBack.id })).toBeNull();
  });

  it('leaves a column declared insert: false to the database, as TypeORM’s insert does, and still reads it', async () => {
    const ours = db.manager.create(FicheEssai, { ...values('Calculée'), id: randomUUID(), calcule: 'écrit par le code' });
    const theirs = db.manager.create(FicheEssai, { ...values('Calculée'), id: randomUUID(), calcule: 'écrit par le code' });
    await insertEntities(db, FicheEssai, [ours]);
    await db.getRepository(FicheEssai).insert(theirs as never);
    expect((await stored(ours.id)).calcule).toBeNull();
    expect((await stored(theirs.id)).calcule).toBeNull();
    await db.query('UPDATE essai.fiche_essai SET calcule = $2 WHERE id = $1', [ours.id, 'par la base']);
    expect((await stored(ours.id)).calcule).toBe('par la base');
  });

  it('does nothing for no records', async () => {
    await expect(insertEntities(db, FicheEssai, [])).resolves.toBeUndefined();
  });
});
