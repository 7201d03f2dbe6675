import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each monthly hour row carries its marché's PLIE, so that a PLIE's hours over a period are one range of one index
 * (PLIE, month) holding what the sums read, instead of a join of marchés, lots and contracts to every hour row: the
 * COPIL view's clause figures and series, 3.3 and 6.8 ms a PLIE-year at scale 1 that way, 1.0 and 2.9 ms this way.
 * A contract's PLIE never changes (a contract stays on its lot, a lot on its marché, a marché on its PLIE), so the
 * value is set once, on insert, by the database: every writer (entry, import, generated data) gets it right.
 */
export class AddPlieToHeuresInsertion1764806400000 implements MigrationInterface {
  name = 'AddPlieToHeuresInsertion1764806400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE heures_insertion ADD COLUMN plie_code text');
    await runner.query(`
      UPDATE heures_insertion h SET plie_code = m.plie_code
        FROM contrat_clause c JOIN lot l ON l.id = c.lot_id JOIN marche m ON m.id = l.marche_id
       WHERE c.id = h.contrat_id`);
    await runner.query('ALTER TABLE heures_insertion ALTER COLUMN plie_code SET NOT NULL');
    await runner.query(`
      CREATE FUNCTION heures_insertion_plie() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT m.plie_code INTO NEW.plie_code
          FROM contrat_clause c JOIN lot l ON l.id = c.lot_id JOIN marche m ON m.id = l.marche_id
         WHERE c.id = NEW.contrat_id;
        -- An unknown contract stays the foreign-key error it was, not a missing PLIE.
        IF NOT FOUND THEN
          RAISE EXCEPTION 'contrat % inconnu', NEW.contrat_id USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query('CREATE TRIGGER heures_insertion_plie BEFORE INSERT ON heures_insertion FOR EACH ROW EXECUTE FUNCTION heures_insertion_plie()');
    await runner.query('CREATE INDEX heures_plie_mois ON heures_insertion (plie_code, mois) INCLUDE (contrat_id, heures_travail, heures_formation)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER heures_insertion_plie ON heures_insertion');
    await runner.query('DROP FUNCTION heures_insertion_plie()');
    await runner.query('ALTER TABLE heures_insertion DROP COLUMN plie_code');
  }
}
