import { VERSIONED_RECORD_COLUMNS_SQL } from '@plie-hub/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreatePlie1763800000000 implements MigrationInterface {
  name = 'CreatePlie1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE plie (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9-]{1,29}$'),
        nom text NOT NULL,
        structure_porteuse text NOT NULL,
        organisme_intermediaire text,
        libelle_commission text NOT NULL,
        delai_expiration_prescription_jours int NOT NULL CHECK (delai_expiration_prescription_jours BETWEEN 7 AND 365),
        seuil_masquage int NOT NULL CHECK (seuil_masquage BETWEEN 1 AND 50),
        ${VERSIONED_RECORD_COLUMNS_SQL}
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE plie');
  }
}
