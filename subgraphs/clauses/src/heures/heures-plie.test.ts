import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@plie-hub/kit';
import { migrate, openDataSource } from '@plie-hub/storage';
import { migrations } from '../../migrations/index';

/** The PLIE of an hour row comes from its contract's marché, set by the database whoever writes the row. */
describe('heures_insertion.plie_code', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await openDataSource({
      target: { kind: 'embedded', dataDir: null, schema: 'clauses' },
      entities: [],
      migrations,
      log: createLogger('test', 'error'),
    });
    await migrate(db, 'clauses');
  });
  afterAll(() => db.destroy());

  it("is the contract's marché's PLIE, and an unknown contract is still a foreign-key error", async () => {
    await db.query(`INSERT INTO donneur_ordre (id, nom, siret, type, plies) VALUES ('00000000-0000-4000-8000-000000000001', 'Ville', '21330063500017', 'COMMUNE', '{GRAVES}')`);
    await db.query(`INSERT INTO marche (id, plie_code, donneur_ordre_id, reference, objet, type_marche, base_juridique, date_notification, duree_mois, montant_ht)
      VALUES ('00000000-0000-4000-8000-000000000002', 'GRAVES', '00000000-0000-4000-8000-000000000001', 'M1', 'Voirie', 'TRAVAUX', 'CONDITION_EXECUTION', '2025-01-01', 12, 1000)`);
    await db.query(`INSERT INTO lot (id, marche_id, numero, intitule, heures_engagees) VALUES ('00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000002', 1, 'Lot', 100)`);
    await db.query(`INSERT INTO entreprise (id, siret, nom) VALUES ('00000000-0000-4000-8000-000000000004', '55210055400013', 'Entreprise')`);
    await db.query(`INSERT INTO personne_eligible (id, plie_code, nom, prenoms, sexe, date_naissance, qpv, critere, justificatif, eligible_du, eligible_au)
      VALUES ('00000000-0000-4000-8000-000000000005', 'GRAVES', 'X', 'Y', 'FEMME', '1990-01-01', false, 'DELD', 'Attestation', '2025-01-01', '2026-01-01')`);
    await db.query(`INSERT INTO contrat_clause (id, reference, personne_id, lot_id, employeur_id, modalite, type_contrat, debut, heures_hebdo)
      VALUES ('00000000-0000-4000-8000-000000000006', 'C1', '00000000-0000-4000-8000-000000000005', '00000000-0000-4000-8000-000000000003', '00000000-0000-4000-8000-000000000004', 'EMBAUCHE_DIRECTE', 'CDD', '2025-01-01', 35)`);
    const insert = (contrat: string) =>
      db.query(`INSERT INTO heures_insertion (contrat_id, mois, heures_travail, heures_formation, source, saisi_par) VALUES ($1, '2025-02-01', 10, 0, 'SAISIE', 'test')`, [contrat]);
    await insert('00000000-0000-4000-8000-000000000006');
    expect(await db.query('SELECT plie_code FROM heures_insertion')).toEqual([{ plie_code: 'GRAVES' }]);
    await expect(insert('00000000-0000-4000-8000-0000000000ff')).rejects.toMatchObject({ code: '23503' });
  });
});
