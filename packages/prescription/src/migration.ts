import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FICHE_PRESCRIPTION_COLUMNS_SQL, ficheIndexesSql } from './fiche-prescription.entity';
import { PLIE_DESTINATAIRE_TABLE_SQL } from './plie-destinataire.entity';

/**
 * The first migration of a prescription subgraph: the shared columns plus the partner's own section columns, the
 * indexes, and the table of PLIEs the partner prescribes to. Later migrations are the subgraph's own.
 */
export function createPrescriptionMigration(sectionColumnsSql: string) {
  return class CreatePrescription1763800000000 implements MigrationInterface {
    name = 'CreatePrescription1763800000000';

    async up(runner: QueryRunner): Promise<void> {
      await runner.query(PLIE_DESTINATAIRE_TABLE_SQL);
      await runner.query(`CREATE TABLE prescription (${FICHE_PRESCRIPTION_COLUMNS_SQL},\n${sectionColumnsSql}\n)`);
      for (const statement of ficheIndexesSql('prescription')) await runner.query(statement);
    }

    async down(runner: QueryRunner): Promise<void> {
      await runner.query('DROP TABLE prescription');
      await runner.query('DROP TABLE plie_destinataire');
    }
  };
}
