import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each PLIE's retention periods (24 months after the end of the parcours by default, nothing more after the FSE+
 * audit period), and the day a participant's record was anonymised by the purge.
 */
export class AddRetention1764720000000 implements MigrationInterface {
  name = 'AddRetention1764720000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE plie
      ADD COLUMN conservation_apres_parcours_mois int NOT NULL DEFAULT 24 CHECK (conservation_apres_parcours_mois BETWEEN 6 AND 240),
      ADD COLUMN conservation_apres_controle_fse_mois int NOT NULL DEFAULT 0 CHECK (conservation_apres_controle_fse_mois BETWEEN 0 AND 120)`);
    await runner.query('ALTER TABLE participant ADD COLUMN anonymise_le timestamptz');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE participant DROP COLUMN anonymise_le');
    await runner.query('ALTER TABLE plie DROP COLUMN conservation_apres_parcours_mois, DROP COLUMN conservation_apres_controle_fse_mois');
  }
}
