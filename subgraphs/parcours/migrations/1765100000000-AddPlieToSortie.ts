import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each exit carries its parcours' PLIE, so that a PLIE's exits over a period are one range of one index (PLIE, date)
 * instead of every PLIE's exits of the period joined to their parcours and filtered: the COPIL view of one PLIE-year
 * read 2 790 exits to keep 413 at scale 1, and its three exit statements (counts with their breakdowns, counts by
 * category, yearly series) took 6.5-7.6, 4.4-5.8 and 2.4 ms where they now take 3.0-3.2, 0.7 and 0.5-0.6 ms. A
 * parcours never changes PLIE (a merger keeps the absorbed PLIE's records under its code; a move to another PLIE is a
 * new parcours), and the second trigger keeps it so: the copy cannot go stale. The value is set on insert by the
 * database, so every writer (exit recorded, generated data) gets it right.
 */
export class AddPlieToSortie1765100000000 implements MigrationInterface {
  name = 'AddPlieToSortie1765100000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('ALTER TABLE sortie ADD COLUMN plie_code text');
    await runner.query('UPDATE sortie s SET plie_code = pa.plie_code FROM parcours pa WHERE pa.id = s.parcours_id');
    await runner.query('ALTER TABLE sortie ALTER COLUMN plie_code SET NOT NULL');
    await runner.query(`
      CREATE FUNCTION sortie_plie() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT pa.plie_code INTO NEW.plie_code FROM parcours pa WHERE pa.id = NEW.parcours_id;
        -- An unknown parcours stays the foreign-key error it was, not a missing PLIE.
        IF NOT FOUND THEN
          RAISE EXCEPTION 'parcours % inconnu', NEW.parcours_id USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await runner.query('CREATE TRIGGER sortie_plie BEFORE INSERT ON sortie FOR EACH ROW EXECUTE FUNCTION sortie_plie()');
    await runner.query(`
      CREATE FUNCTION parcours_plie_fixe() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'le PLIE d''un parcours ne change pas (parcours %)', OLD.id USING ERRCODE = 'check_violation';
      END $$`);
    await runner.query(
      'CREATE TRIGGER parcours_plie_fixe BEFORE UPDATE OF plie_code ON parcours FOR EACH ROW WHEN (OLD.plie_code IS DISTINCT FROM NEW.plie_code) EXECUTE FUNCTION parcours_plie_fixe()',
    );
    await runner.query('CREATE INDEX sortie_plie_date ON sortie (plie_code, date)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP TRIGGER parcours_plie_fixe ON parcours');
    await runner.query('DROP FUNCTION parcours_plie_fixe()');
    await runner.query('DROP TRIGGER sortie_plie ON sortie');
    await runner.query('DROP FUNCTION sortie_plie()');
    await runner.query('ALTER TABLE sortie DROP COLUMN plie_code');
  }
}
