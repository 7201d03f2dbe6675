import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rectifications of a participant's identity, one row per field changed: the record shows what it was and why. */
export class AddRectification1764806400000 implements MigrationInterface {
  name = 'AddRectification1764806400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE TABLE rectification_participant (
      id uuid PRIMARY KEY, participant_id uuid NOT NULL REFERENCES participant (id), champ text NOT NULL,
      ancienne_valeur text, nouvelle_valeur text, motif text, par_sub text NOT NULL, le timestamptz NOT NULL DEFAULT now())`);
    await runner.query('CREATE INDEX rectification_participant_participant ON rectification_participant (participant_id, le DESC)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TABLE rectification_participant');
  }
}
