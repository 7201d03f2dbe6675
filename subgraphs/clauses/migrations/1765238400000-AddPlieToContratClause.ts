import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each contract carries its marché's PLIE, as its hour rows do, so that the people under contract in a PLIE over a
 * period are read from the contracts alone: the COPIL view joined every lot and marché to find them (eleven PLIEs'
 * two years at scale 1, repeated in psql: 8.1 → 5.8 ms; one PLIE 2.6 → 1.8 ms). Set by the database on insert; a
 * contract moved to a lot of another PLIE is refused, since its hours were counted in its PLIE.
 */
export class AddPlieToContratClause1765238400000 implements MigrationInterface {
  name = 'AddPlieToContratClause1765238400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE contrat_clause ADD COLUMN plie_code text');
    await runner.query(`
      UPDATE contrat_clause c SET plie_code = m.plie_code
        FROM lot l JOIN marche m ON m.id = l.marche_id
       WHERE l.id = c.lot_id`);
    await runner.query('ALTER TABLE contrat_clause ALTER COLUMN plie_code SET NOT NULL');
    await runner.query(`
      CREATE FUNCTION contrat_clause_plie() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        plie text;
      BEGIN
        SELECT m.plie_code INTO plie FROM lot l JOIN marche m ON m.id = l.marche_id WHERE l.id = NEW.lot_id;
        -- An unknown lot stays the foreign-key error it was, not a missing PLIE.
        IF NOT FOUND THEN
          RAISE EXCEPTION 'lot % inconnu', NEW.lot_id USING ERRCODE = 'foreign_key_violation';
        END IF;
        IF TG_OP = 'UPDATE' AND plie IS DISTINCT FROM OLD.plie_code THEN
          RAISE EXCEPTION 'le contrat % ne change pas de PLIE', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        NEW.plie_code := plie;
        RETURN NEW;
      END $$`);
    await runner.query('CREATE TRIGGER contrat_clause_plie BEFORE INSERT OR UPDATE OF lot_id ON contrat_clause FOR EACH ROW EXECUTE FUNCTION contrat_clause_plie()');
    await runner.query('CREATE INDEX contrat_plie_debut ON contrat_clause (plie_code, debut)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER contrat_clause_plie ON contrat_clause');
    await runner.query('DROP FUNCTION contrat_clause_plie()');
    await runner.query('ALTER TABLE contrat_clause DROP COLUMN plie_code');
  }
}
