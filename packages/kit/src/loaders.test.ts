import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphContext } from './context';
import DataLoader from 'dataloader';
import { entitiesByKeyLoader, entityByIdLoader, entityByKeyLoader, findEntities, findEntitiesJoined, loadFound } from './loaders';
import { FicheEssai, openEssaiDatabase } from './storage/fiche-essai.fixture';

describe('entities by id', () => {
  let db: DataSource;
  const ids = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    db = await openEssaiDatabase();
    const repository = db.getRepository(FicheEssai);
    await repository.insert([
      { id: ids[0], nom: 'Une', adresse: { ville: 'Bordeaux', depuis: '2024-02-29' }, statuts: ['RSA', 'QPV'], archiveLe: new Date('2026-01-02T03:04:05.678Z'), details: { a: [1, 2] }, montant: 12.5 },
      { id: ids[1], nom: 'Deux', adresse: { ville: 'Niort', depuis: null }, statuts: [], archiveLe: null, details: null, montant: 0 },
    ]);
  }, 60_000);

  afterAll(() => db?.destroy());

  it('reads what TypeORM’s findBy reads, value for value and as the entity’s class, null for a missing or malformed id', async () => {
    const loader = entityByIdLoader(FicheEssai)({ db } as SubgraphContext);
    const loaded = await loader.loadMany([ids[1]!, 'pas-un-uuid', ids[0]!, ids[2]!]);
    const found = await db.getRepository(FicheEssai).findBy({ id: ids[0] });
    const other = await db.getRepository(FicheEssai).findBy({ id: ids[1] });
    expect(loaded).toEqual([other[0], null, found[0], null]);
    expect(loaded[2]).toBeInstanceOf(FicheEssai);
    expect(loaded[2]).toMatchObject({ adresse: { ville: 'Bordeaux', depuis: '2024-02-29' }, statuts: ['RSA', 'QPV'], details: { a: [1, 2] }, montant: 1250, version: 1 });
    expect((loaded[2] as FicheEssai).archiveLe?.toISOString()).toBe('2026-01-02T03:04:05.678Z');
  });

  it('reads entities by a column no two share, null for a key without one, any text being a key on a text column', async () => {
    const loader = entityByKeyLoader(FicheEssai, 'nom')({ db } as SubgraphContext);
    const [deux, trois, une] = await loader.loadMany(['Deux', 'pas-un-uuid', 'Une']);
    expect([deux, trois, une]).toEqual([(await db.getRepository(FicheEssai).findBy({ id: ids[1] }))[0], null, (await db.getRepository(FicheEssai).findBy({ id: ids[0] }))[0]]);
  });

  it('reads a batch by any condition in the order asked, as findBy does', async () => {
    const found = await findEntities(db, FicheEssai, 'WHERE nom = ANY($1) ORDER BY nom DESC', [['Une', 'Deux', 'Trois']]);
    expect(found.map((f) => f.nom)).toEqual(['Une', 'Deux']);
    expect(found).toEqual(await db.getRepository(FicheEssai).find({ order: { nom: 'DESC' } }));
  });

  it('keeps the first row of each value of distinctOn, in the order the tail sets', async () => {
    // Both fiches have version 1: the first of that version by name descending is « Une », ascending « Deux ».
    const newest = await findEntities(db, FicheEssai, 'WHERE id = ANY($1) ORDER BY version, nom DESC', [ids], { distinctOn: 'version' });
    const oldest = await findEntities(db, FicheEssai, 'WHERE id = ANY($1) ORDER BY version, nom ASC', [ids], { distinctOn: 'version' });
    expect(newest.map((f) => f.nom)).toEqual(['Une']);
    expect(oldest.map((f) => f.nom)).toEqual(['Deux']);
    expect(newest[0]).toEqual((await db.getRepository(FicheEssai).findBy({ id: ids[0] }))[0]);
  });

  it('reads each entity with the values a join adds, the entity as findBy reads it, the columns the two tables share kept apart', async () => {
    // The table joined to itself: every column of the entity is also a column of the joined table.
    const found = await findEntitiesJoined<FicheEssai, { autre_nom: string | null }>(
      db,
      FicheEssai,
      { alias: 'f', also: 'o.nom AS autre_nom', tail: 'LEFT JOIN fiche_essai o ON o.id <> f.id AND o.id = ANY($1) WHERE f.id = ANY($1) ORDER BY f.nom' },
      [[ids[0], ids[1]]],
    );
    const [une, deux] = await Promise.all([ids[0], ids[1]].map(async (id) => (await db.getRepository(FicheEssai).findBy({ id }))[0]));
    expect(found).toEqual([
      { entity: deux, row: expect.objectContaining({ autre_nom: 'Une' }) },
      { entity: une, row: expect.objectContaining({ autre_nom: 'Deux' }) },
    ]);
    expect(found[0]!.entity).toBeInstanceOf(FicheEssai);
  });
});

describe('entities by key', () => {
  let db: DataSource;
  const ids = [randomUUID(), randomUUID(), randomUUID()];

  beforeAll(async () => {
    db = await openEssaiDatabase();
    await db.getRepository(FicheEssai).insert([
      { id: ids[0], nom: 'Bordeaux', adresse: { ville: 'Bordeaux', depuis: null }, statuts: [], archiveLe: null, details: null, montant: 3 },
      { id: ids[1], nom: 'Niort', adresse: { ville: 'Niort', depuis: null }, statuts: ['RSA'], archiveLe: null, details: null, montant: 1 },
      { id: ids[2], nom: 'Bordeaux', adresse: { ville: 'Mérignac', depuis: '2025-03-01' }, statuts: [], archiveLe: null, details: null, montant: 7 },
    ]);
  }, 60_000);

  afterAll(() => db?.destroy());

  it('gives each key its entities in the order asked, as TypeORM’s find does, and [] to a key without any', async () => {
    const loader = entitiesByKeyLoader(FicheEssai, 'nom', 'montant DESC')({ db } as SubgraphContext);
    const [niort, aucune, bordeaux] = await loader.loadMany(['Niort', 'Paris', 'Bordeaux']);
    expect(aucune).toEqual([]);
    expect(niort).toEqual(await db.getRepository(FicheEssai).find({ where: { nom: 'Niort' } }));
    expect(bordeaux).toEqual(await db.getRepository(FicheEssai).find({ where: { nom: 'Bordeaux' }, order: { montant: 'DESC' } }));
    expect((bordeaux as FicheEssai[]).map((f) => f.adresse.ville)).toEqual(['Mérignac', 'Bordeaux']);
  });

  it('answers [] to a key that is not a uuid on a uuid column, where PostgreSQL would refuse it', async () => {
    const loader = entitiesByKeyLoader(FicheEssai, 'id', 'nom')({ db } as SubgraphContext);
    expect(await loader.loadMany(['pas-un-uuid', ids[1]!])).toEqual([[], await db.getRepository(FicheEssai).findBy({ id: ids[1] })]);
    expect(await entitiesByKeyLoader(FicheEssai, 'id', 'nom')({ db } as SubgraphContext).load('pas-un-uuid')).toEqual([]);
  });
});

describe('loadFound', () => {
  it('keeps the values found in the order asked, and throws a failed batch instead of reading it as missing keys', async () => {
    const found = new DataLoader<string, string | null>(async (keys) => keys.map((key) => (key === 'absent' ? null : key.toUpperCase())));
    expect(await loadFound(found, ['b', 'absent', 'a'])).toEqual(['B', 'A']);
    const failing = new DataLoader<string, string | null>(async () => {
      throw new Error('database unreachable');
    });
    await expect(loadFound(failing, ['a', 'b'])).rejects.toThrow('database unreachable');
  });
});
