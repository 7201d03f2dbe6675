import type { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@plie-hub/kit';
import { migrate, openDataSource } from '@plie-hub/storage';
import { migrations } from '../../migrations/index';

const PARTICIPANT = '00000000-0000-4000-8000-000000000001';
const PARCOURS = '00000000-0000-4000-8000-000000000002';

/** The PLIE of an exit is its parcours' PLIE, set by the database whoever writes the exit, and it cannot go stale. */
describe('sortie.plie_code', () => {
  let db: DataSource;
  beforeAll(async () => {
    db = await openDataSource({
      target: { kind: 'embedded', dataDir: null, schema: 'parcours' },
      entities: [],
      migrations,
      log: createLogger('test', 'error'),
    });
    await migrate(db, 'parcours');
    for (const code of ['GRAVES', 'SOURCES']) {
      await db.query(`INSERT INTO plie (code, nom, structure_porteuse, libelle_commission, delai_expiration_prescription_jours, seuil_masquage)
        VALUES ($1, $1, 'Structure', 'Commission', 30, 5)`, [code]);
    }
    await db.query(`INSERT INTO participant (id, plie_code, nom_naissance, prenoms, sexe, date_naissance, commune_insee, entree_date,
        entree_statut_emploi, entree_age, entree_tranche_cite, entree_nationalite, entree_sans_abri, entree_qpv, entree_rural)
      VALUES ($1, 'GRAVES', 'X', 'Y', 'FEMME', '1990-01-01', '33522', '2025-01-10', 'CHOMEUR', 35, 'CITE_3_4', 'FRANCAISE', false, false, false)`, [PARTICIPANT]);
    await db.query(`INSERT INTO parcours (id, participant_id, plie_code, date_entree, statut, mesure_fin) VALUES ($1, $2, 'GRAVES', '2025-01-10', 'SORTI', '2025-07-10')`, [PARCOURS, PARTICIPANT]);
  });
  afterAll(() => db.destroy());

  const insertSortie = (parcours: string) =>
    db.query(`INSERT INTO sortie (parcours_id, date, situation, regle_set, categorie_calculee, sous_type_calcule, categorie, sous_type)
      VALUES ($1, '2025-06-30', '{}', 'NATIONAL', 'POSITIVE', 'CDI', 'POSITIVE', 'CDI')`, [parcours]);

  it("is the parcours' PLIE, and an unknown parcours is still a foreign-key error", async () => {
    await insertSortie(PARCOURS);
    expect(await db.query('SELECT plie_code FROM sortie')).toEqual([{ plie_code: 'GRAVES' }]);
    await expect(insertSortie('00000000-0000-4000-8000-0000000000ff')).rejects.toMatchObject({ code: '23503' });
  });

  it("refuses to move a parcours to another PLIE, which would leave its exit's copy behind", async () => {
    await expect(db.query("UPDATE parcours SET plie_code = 'SOURCES' WHERE id = $1", [PARCOURS])).rejects.toMatchObject({ code: '23514' });
    // Any other change to the parcours goes through, the PLIE written again unchanged included.
    await db.query("UPDATE parcours SET plie_code = 'GRAVES', statut = 'SUIVI_POST_SORTIE' WHERE id = $1", [PARCOURS]);
    expect(await db.query('SELECT plie_code, statut FROM parcours')).toEqual([{ plie_code: 'GRAVES', statut: 'SUIVI_POST_SORTIE' }]);
  });
});
