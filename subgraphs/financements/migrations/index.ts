import { VERSIONED_RECORD_COLUMNS_SQL } from '@plie-hub/kit';
import type { MigrationInterface, QueryRunner } from 'typeorm';

class CreateOperation1763800000000 implements MigrationInterface {
  name = 'CreateOperation1763800000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE operation (
        id uuid PRIMARY KEY,
        plie_code text NOT NULL,
        intitule text NOT NULL,
        porteur_siret text NOT NULL CHECK (porteur_siret ~ '^[0-9]{14}$'),
        porteur_nom text NOT NULL,
        annee int NOT NULL,
        statut text NOT NULL,
        cout_total numeric(14, 2) NOT NULL CHECK (cout_total > 0),
        montant_fse numeric(14, 2) NOT NULL CHECK (montant_fse >= 0 AND montant_fse <= cout_total),
        ${VERSIONED_RECORD_COLUMNS_SQL}
      )`);
    await runner.query('CREATE INDEX operation_plie_annee ON operation (plie_code, annee)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE operation');
  }
}

/** In order of application. */
export const migrations = [CreateOperation1763800000000];
