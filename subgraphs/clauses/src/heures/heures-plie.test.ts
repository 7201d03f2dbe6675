import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@plie-hub/kit';
import { migrate, openDataSource } from '@plie-hub/storage';
import { migrations } from '../../migrations/index';

/**
 * What the database keeps whoever writes a contract or an hour row: their PLIE, from the contract's marché, and the
 * sum of the hours of each PLIE and month.
 */
describe('contrat_clause and heures_insertion', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await openDataSource({
      target: { kind: 'embedded', dataDir: null, schema: 'clauses' },
      entities: [],
      migrations,
      log: createLogger('test', 'error'),
    });
    await migrate(db, 'clauses');
    await db.query(`INSERT INTO donneur_ordre (id, nom, siret, type, plies) VALUES ('00000000-0000-4000-8000-000000000001', 'Ville', '21330063500017', 'COMMUNE', '{GRAVES}')`);
    await db.query(`INSERT INTO marche (id, plie_code, donneur_ordre_id, reference, objet, type_marche, base_juridique, date_notification, duree_mois, montant_ht)
      VALUES ('00000000-0000-4000-8000-000000000002', 'GRAVES', '00000000-0000-4000-8000-000000000001', 'M1', 'Voirie', 'TRAVAUX', 'CONDITION_EXECUTION', '2025-01-01', 12, 1000)`);
    await db.query(`INSERT INTO lot (id, marche_id, numero, intitule, heures_engagees) VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', 1, 'Lot', 100)`);
    await db.query(`INSERT INTO entreprise (id, siret, nom) VALUES ('00000000-0000-4000-8000-000000000004', '55210055400013', 'Entreprise')`);
    await db.query(`INSERT INTO personne_eligible (id, plie_code, nom, prenoms, sexe, date_naissance, qpv, critere, justificatif, eligible_du, eligible_au)
      VALUES ('00000000-0000-4000-8000-000000000005', 'GRAVES', 'X', 'Y', 'FEMME', '1990-01-01', false, 'DELD', 'Attestation', '2025-01-01', '2026-01-01')`);
    await db.query(`INSERT INTO contrat_clause (id, reference, personne_id, lot_id, employeur_id, modalite, type_contrat, debut, heures_hebdo)
      VALUES ('00000000-0000-4000-8000-000000000006', 'C1', '00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000004', 'EMBAUCHE_DIRECTE', 'CDD', '2025-01-01', 35)`);
  });
  afterAll(() => db.destroy());

  it("is the contract's marché's PLIE, and an unknown contract is still a foreign-key error", async () => {
    const insert = (contrat: string) =>
      db.query(`INSERT INTO heures_insertion (contrat_id, mois, heures_travail, heures_formation, source, saisi_par) VALUES ($1, '2025-02-01', 10, 0, 'SAISIE', 'test')`, [contrat]);
    await insert('00000000-0000-4000-8000-000000000006');
    expect(await db.query('SELECT plie_code FROM heures_insertion')).toEqual([{ plie_code: 'GRAVES' }]);
    await expect(insert('00000000-0000-4000-8000-0000000000ff')).rejects.toMatchObject({ code: '23503' });
  });

  it("gives a contract its marché's PLIE, and refuses to move it to another PLIE's lot", async () => {
    expect(await db.query('SELECT plie_code FROM contrat_clause')).toEqual([{ plie_code: 'GRAVES' }]);
    await db.query(`INSERT INTO marche (id, plie_code, donneur_ordre_id, reference, objet, type_marche, base_juridique, date_notification, duree_mois, montant_ht)
      VALUES ('00000000-0000-4000-8000-000000000012', 'SOURCES', '00000000-0000-4000-8000-000000000001', 'M2', 'Voirie', 'TRAVAUX', 'CONDITION_EXECUTION', '2025-01-01', 12, 1000)`);
    await db.query(`INSERT INTO lot (id, marche_id, numero, intitule, heures_engagees) VALUES ('00000000-0000-4000-8000-000000000013', '00000000-0000-4000-8000-000000000012', 1, 'Lot', 100)`);
    await expect(db.query(`UPDATE contrat_clause SET lot_id = '00000000-0000-4000-8000-000000000013'`)).rejects.toMatchObject({ code: '23514' });
    await expect(
      db.query(`INSERT INTO contrat_clause (id, reference, personne_id, lot_id, employeur_id, modalite, type_contrat, debut, heures_hebdo)
        VALUES ('00000000-0000-4000-8000-000000000016', 'C2', '00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-0000000000ff', '00000000-0000-4000-8000-000000000004', 'EMBAUCHE_DIRECTE', 'CDD', '2025-01-01', 35)`),
    ).rejects.toMatchObject({ code: '23503' });
    expect(await db.query('SELECT plie_code FROM contrat_clause')).toEqual([{ plie_code: 'GRAVES' }]);
  });

  it('keeps the hours of each PLIE and month through inserts, corrections, deletions and truncation', async () => {
    const contrat = '00000000-0000-4000-8000-000000000006';
    const summary = async () => (await db.query('SELECT plie_code, mois::text, heures::float8 AS heures FROM heures_mensuelles_plie WHERE heures <> 0 ORDER BY mois')) as unknown[];
    const raw = async () =>
      (await db.query('SELECT plie_code, mois::text, sum(heures_travail + heures_formation)::float8 AS heures FROM heures_insertion GROUP BY 1, 2 HAVING sum(heures_travail + heures_formation) <> 0 ORDER BY mois')) as unknown[];
    const upsert = (rows: Array<[string, number, number]>) =>
      db.query(
        `INSERT INTO heures_insertion (contrat_id, mois, heures_travail, heures_formation, source, saisi_par)
           SELECT $1, m, t, f, 'IMPORT', 'test' FROM unnest($2::date[], $3::numeric[], $4::numeric[]) AS x (m, t, f)
         ON CONFLICT (contrat_id, mois) DO UPDATE SET heures_travail = excluded.heures_travail, heures_formation = excluded.heures_formation`,
        [contrat, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
      );
    await db.query('DELETE FROM heures_insertion');
    expect(await summary()).toEqual([]);
    // New months and a correction of an existing one in the same statement, as an import does.
    await upsert([['2025-02-01', 10, 0], ['2025-03-01', 20.5, 3]]);
    await upsert([['2025-03-01', 7.25, 1], ['2025-04-01', 35, 0]]);
    expect(await summary()).toEqual([
      { plie_code: 'GRAVES', mois: '2025-02-01', heures: 10 },
      { plie_code: 'GRAVES', mois: '2025-03-01', heures: 8.25 },
      { plie_code: 'GRAVES', mois: '2025-04-01', heures: 35 },
    ]);
    await db.query(`UPDATE heures_insertion SET heures_formation = heures_formation + 2 WHERE mois >= '2025-03-01'`);
    await db.query(`DELETE FROM heures_insertion WHERE mois = '2025-02-01'`);
    expect(await summary()).toEqual([
      { plie_code: 'GRAVES', mois: '2025-03-01', heures: 10.25 },
      { plie_code: 'GRAVES', mois: '2025-04-01', heures: 37 },
    ]);
    expect(await summary()).toEqual(await raw());
    // A write that fails writes nothing here either.
    await expect(upsert([['2025-05-01', 10, 0], ['2025-06-01', -1, 0]])).rejects.toMatchObject({ code: '23514' });
    expect(await summary()).toEqual(await raw());
    await db.query('TRUNCATE heures_insertion');
    expect(await db.query('SELECT count(*)::int AS n FROM heures_mensuelles_plie')).toEqual([{ n: 0 }]);
  });
});
