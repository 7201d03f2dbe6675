import { matchKeyFromEnv, personMatchKey } from '@plie-hub/auth';
import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The match key of the people named here (those outside the PLIE), so that a right-of-access request finds them as
 * the other subgraphs find theirs. Existing rows get it now, computed with the hub's key like every later one.
 */
export class AddMatchKeyToPersonneEligible1764633600000 implements MigrationInterface {
  name = 'AddMatchKeyToPersonneEligible1764633600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE personne_eligible ADD COLUMN cle_rapprochement text');
    await runner.query('CREATE INDEX personne_eligible_rapprochement ON personne_eligible (cle_rapprochement)');
    const rows: Array<{ id: string; nom: string; prenoms: string; date_naissance: string }> = await runner.query(
      "SELECT id, nom, prenoms, to_char(date_naissance, 'YYYY-MM-DD') AS date_naissance FROM personne_eligible WHERE nom IS NOT NULL AND prenoms IS NOT NULL",
    );
    if (rows.length === 0) return;
    const secret = matchKeyFromEnv(process.env);
    const keys = rows.map((row) => personMatchKey(secret, { nomNaissance: row.nom, prenoms: row.prenoms, dateNaissance: row.date_naissance }));
    await runner.query(
      'UPDATE personne_eligible p SET cle_rapprochement = k.cle FROM unnest($1::uuid[], $2::text[]) AS k(id, cle) WHERE p.id = k.id',
      [rows.map((row) => row.id), keys],
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE personne_eligible DROP COLUMN cle_rapprochement');
  }
}
