import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The day the purge anonymised a person checked for clause hours. */
export class AddAnonymisation1764720000000 implements MigrationInterface {
  name = 'AddAnonymisation1764720000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE personne_eligible ADD COLUMN anonymise_le timestamptz');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE personne_eligible DROP COLUMN anonymise_le');
  }
}
