import type { MigrationInterface, QueryRunner } from 'typeorm';
import { COMPLEMENT_TABLE_SQL } from './complement';
import { FICHE_PRESCRIPTION_COLUMNS_SQL, ficheIndexesSql } from './fiche-prescription.entity';
import { PLIE_DESTINATAIRE_TABLE_SQL } from './plie-destinataire.entity';
import { STRUCTURE_TABLE_SQL } from './structure.entity';

/**
 * The first migration of a prescription subgraph: the shared columns plus the partner's own section columns, the
 * indexes, the addenda, the partner's structures and the PLIEs it prescribes to. Later migrations are the subgraph's
 * own.
 */
export function createPrescriptionMigration(sectionColumnsSql: string) {
  return class CreatePrescription1763800000000 implements MigrationInterface {
    name = 'CreatePrescription1763800000000';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(PLIE_DESTINATAIRE_TABLE_SQL);
      await runner.query(STRUCTURE_TABLE_SQL);
      await runner.query(`CREATE TABLE prescription (${FICHE_PRESCRIPTION_COLUMNS_SQL},\n${sectionColumnsSql}\n)`);
      for (const statement of ficheIndexesSql('prescription')) await runner.query(statement);
      await runner.query(COMPLEMENT_TABLE_SQL);
      await runner.query('CREATE INDEX prescription_complement_fiche ON prescription_complement (prescription_id, cree_le)');
    }

    async down(runner: QueryRunner): Promise<void> {
      for (const table of ['prescription_complement', 'prescription', 'structure_prescriptrice', 'plie_destinataire']) {
        await runner.query(`DROP TABLE ${table}`);
      }
    }
  };
}

/** The day the purge anonymised a fiche (every prescription subgraph applies it after its first migration). */
export class AddAnonymisation1764720000000 implements MigrationInterface {
  name = 'AddAnonymisation1764720000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE prescription ADD COLUMN anonymise_le timestamptz');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE prescription DROP COLUMN anonymise_le');
  }
}

/**
 * Fiches by PLIE and transmission instant, for the COPIL counts of fiches received over a period: the list index
 * `(plie_code, statut, transmise_le, id)` puts the status first, so a range of dates could not be its condition. A
 * year of the 11 Gironde PLIEs at scale 1 with the import's fiches, both periods of a view: 3.9 → 1.3 ms.
 */
export class IndexPrescriptionTransmission1764979200000 implements MigrationInterface {
  name = 'IndexPrescriptionTransmission1764979200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX prescription_plie_transmission ON prescription (plie_code, transmise_le)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX prescription_plie_transmission');
  }
}
