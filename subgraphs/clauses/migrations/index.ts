import { VERSIONED_RECORD_COLUMNS_SQL } from '@plie-hub/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

class CreateMarche1763800000000 implements MigrationInterface {
  name = 'CreateMarche1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE marche (
        id uuid PRIMARY KEY,
        plie_code text NOT NULL,
        reference text NOT NULL,
        objet text NOT NULL,
        type_marche text NOT NULL CHECK (type_marche IN ('TRAVAUX', 'SERVICES', 'FOURNITURES')),
        donneur_ordre text NOT NULL,
        date_notification date NOT NULL,
        montant_ht numeric(14, 2) NOT NULL CHECK (montant_ht > 0),
        heures_insertion_prevues int NOT NULL CHECK (heures_insertion_prevues >= 0),
        ${VERSIONED_RECORD_COLUMNS_SQL},
        UNIQUE (plie_code, reference)
      )`);
    await runner.query('CREATE INDEX marche_plie_notification ON marche (plie_code, date_notification DESC, id DESC)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE marche');
  }
}

/** In order of application. */
export const migrations = [CreateMarche1763800000000];
