import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One row per group of records read alike instead of one row per record. A caseload of 100 parcours and their
 * participants wrote 200 rows, each with its three index entries: 5.5 ms of the 18 ms the parcours and clauses
 * databases spent on the référent's caseload. The records of a request read with the same fields under the same
 * operation now share a row and its who, when and why, their keys in `entite_ids` (a GIN index finds a record's
 * rows). Rows written before keep their `entite_id`: the trail is append-only, and the journal reads both.
 */
export class GroupAuditTrailKeys1765152000000 implements MigrationInterface {
  name = 'GroupAuditTrailKeys1765152000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE audit_evenement ADD COLUMN entite_ids text[];
      CREATE INDEX audit_evenement_entites ON audit_evenement USING gin (entite_ids);
      DROP INDEX audit_evenement_entite;
      CREATE INDEX audit_evenement_entite ON audit_evenement (entite_id, le DESC) WHERE entite_id IS NOT NULL;
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Dropping the column would erase the keys of every grouped row: the trail is evidence, so refuse instead.
    const [{ grouped }] = await queryRunner.query('SELECT EXISTS (SELECT 1 FROM audit_evenement WHERE entite_ids IS NOT NULL) AS grouped');
    if (grouped) throw new Error('audit_evenement holds grouped rows: reverting would lose which records they traced');
    await queryRunner.query(`
      DROP INDEX audit_evenement_entite;
      CREATE INDEX audit_evenement_entite ON audit_evenement (entite_id, le DESC);
      DROP INDEX audit_evenement_entites;
      ALTER TABLE audit_evenement DROP COLUMN entite_ids;
    `);
  }
}
