import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FicheEssai, openEssaiDatabase } from '../storage/fiche-essai.fixture';
import { paginate, type SortKey } from './paginate';

describe('paginate', () => {
  let db: DataSource;
  const byName: Array<SortKey<FicheEssai>> = [
    { column: 'f.nom', value: (f) => f.nom, direction: 'ASC' },
    { column: 'f.id', value: (f) => f.id, direction: 'ASC' },
  ];

  beforeAll(async () => {
    db = await openEssaiDatabase();
    await db.getRepository(FicheEssai).insert(
      Array.from({ length: 7 }, (_, i) => ({
        id: randomUUID(),
        nom: `Fiche ${i}`,
        adresse: { ville: i % 2 ? 'Niort' : 'Bordeaux', depuis: i % 3 ? '2024-02-29' : null },
        statuts: i % 2 ? ['RSA'] : [],
        archiveLe: i % 2 ? new Date(Date.UTC(2026, 0, i, 3, 4, 5, 678)) : null,
        details: i % 2 ? { a: [i] } : null,
        montant: i + 0.5,
      })),
    );
  }, 60_000);

  afterAll(() => db?.destroy());

  it('reads the entities TypeORM’s getMany reads, page after page, and the cursors follow them', async () => {
    const query = () => db.getRepository(FicheEssai).createQueryBuilder('f').where('f.nom <> :absent', { absent: 'Aucune' });
    const expected = await query().orderBy('f.nom', 'ASC').addOrderBy('f.id', 'ASC').getMany();
    const first = await paginate(query(), { first: 3 }, byName);
    const second = await paginate(query(), { first: 3, after: first.pageInfo.endCursor }, byName);
    const third = await paginate(query(), { first: 3, after: second.pageInfo.endCursor }, byName);
    expect([...first.nodes, ...second.nodes, ...third.nodes]).toEqual(expected);
    expect(first.nodes[0]).toBeInstanceOf(FicheEssai);
    expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage, third.pageInfo.hasNextPage]).toEqual([true, true, false]);
    expect(await first.totalCount).toBe(7);
  });

  it('reads the columns of the fields asked only, the others left undefined, and every column for a field it does not know', async () => {
    const columns = { always: ['id', 'nom'], derived: { ville: ['adresse'] } };
    const page = await paginate(db.getRepository(FicheEssai).createQueryBuilder('f'), { first: 2 }, byName, { fields: new Set(['ville']), columns });
    const full = await paginate(db.getRepository(FicheEssai).createQueryBuilder('f'), { first: 2 }, byName);
    expect(page.nodes.map((f) => [f.id, f.nom, f.adresse, f.statuts, f.montant])).toEqual(full.nodes.map((f) => [f.id, f.nom, f.adresse, undefined, undefined]));
    const second = await paginate(db.getRepository(FicheEssai).createQueryBuilder('f'), { first: 2, after: page.pageInfo.endCursor }, byName, { fields: new Set(['statuts']), columns });
    expect(second.nodes.map((f) => [f.nom, f.statuts, f.montant])).toEqual([['Fiche 2', [], undefined], ['Fiche 3', ['RSA'], undefined]]);
    const unknown = await paginate(db.getRepository(FicheEssai).createQueryBuilder('f'), { first: 2 }, byName, { fields: new Set(['nomComplet']), columns });
    expect(unknown.nodes).toEqual(full.nodes);
  });

  it('reads through getMany a query that adds to its selection, with the same entities', async () => {
    const added = await paginate(db.getRepository(FicheEssai).createQueryBuilder('f').addSelect('upper(f.nom)', 'nom_majuscule'), { first: 4 }, byName);
    const plain = await paginate(db.getRepository(FicheEssai).createQueryBuilder('f'), { first: 4 }, byName);
    expect(added.nodes).toEqual(plain.nodes);
  });
});
