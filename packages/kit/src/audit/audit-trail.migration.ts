import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit trail every subgraph keeps of the accesses to its named records. Append-only: a trigger refuses any
 * UPDATE, DELETE or TRUNCATE, so neither the application nor a mistaken script can rewrite what happened.
 * Added by `defineSubgraph` to every subgraph's migrations, after its own.
 */
export class CreateAuditTrail1764547200000 implements MigrationInterface {
  name = 'CreateAuditTrail1764547200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE audit_evenement (
        id bigserial PRIMARY KEY,
        le timestamptz NOT NULL DEFAULT now(),
        action text NOT NULL CHECK (action IN ('LECTURE', 'ECRITURE', 'EXPORT')),
        entite text NOT NULL,
        entite_id text,
        champs text NOT NULL,
        operation text NOT NULL,
        sujet text NOT NULL,
        organisation_type text NOT NULL,
        organisation_id text NOT NULL,
        roles text NOT NULL,
        motif text,
        requete_id text NOT NULL
      );
      CREATE INDEX audit_evenement_entite ON audit_evenement (entite_id, le DESC);
      CREATE INDEX audit_evenement_sujet ON audit_evenement (sujet, le DESC);
      CREATE FUNCTION audit_evenement_immuable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'le journal d''audit ne se modifie pas et ne s''efface pas' USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_evenement_pas_de_modification BEFORE UPDATE OR DELETE ON audit_evenement
        FOR EACH ROW EXECUTE FUNCTION audit_evenement_immuable();
      CREATE TRIGGER audit_evenement_pas_de_vidage BEFORE TRUNCATE ON audit_evenement
        FOR EACH STATEMENT EXECUTE FUNCTION audit_evenement_immuable();
    `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE audit_evenement; DROP FUNCTION audit_evenement_immuable();');
  }
}
