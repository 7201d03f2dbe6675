import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The hours of each PLIE and month, kept by the database as hour rows are written: the COPIL view's yearly series of
 * eleven PLIEs summed 27 000 numeric rows at each request (9.9 ms of PostgreSQL at scale 1), where it now reads one
 * row per PLIE and month. Statement triggers fold each write into the table once, with the months of a statement
 * taken in key order, so that two writers of the same months queue instead of deadlocking.
 */
export class SummariseHeuresParPlieEtMois1765152000000 implements MigrationInterface {
  name = 'SummariseHeuresParPlieEtMois1765152000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE heures_mensuelles_plie (
        plie_code text NOT NULL, mois date NOT NULL, heures numeric NOT NULL,
        PRIMARY KEY (plie_code, mois))`);
    await runner.query(`
      INSERT INTO heures_mensuelles_plie (plie_code, mois, heures)
      SELECT plie_code, mois, sum(heures_travail + heures_formation) FROM heures_insertion GROUP BY plie_code, mois`);
    // One function for the three events; a branch only names the transition tables its trigger declares.
    await runner.query(`
      CREATE FUNCTION heures_mensuelles_plie_report() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO heures_mensuelles_plie AS t (plie_code, mois, heures)
          SELECT plie_code, mois, sum(heures_travail + heures_formation) FROM nouvelles GROUP BY 1, 2 ORDER BY 1, 2
          ON CONFLICT (plie_code, mois) DO UPDATE SET heures = t.heures + excluded.heures;
        ELSIF TG_OP = 'UPDATE' THEN
          INSERT INTO heures_mensuelles_plie AS t (plie_code, mois, heures)
          SELECT plie_code, mois, sum(h) FROM (
            SELECT plie_code, mois, heures_travail + heures_formation AS h FROM nouvelles
            UNION ALL SELECT plie_code, mois, -(heures_travail + heures_formation) FROM anciennes) d
           GROUP BY 1, 2 ORDER BY 1, 2
          ON CONFLICT (plie_code, mois) DO UPDATE SET heures = t.heures + excluded.heures;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO heures_mensuelles_plie AS t (plie_code, mois, heures)
          SELECT plie_code, mois, -sum(heures_travail + heures_formation) FROM anciennes GROUP BY 1, 2 ORDER BY 1, 2
          ON CONFLICT (plie_code, mois) DO UPDATE SET heures = t.heures + excluded.heures;
        ELSE
          DELETE FROM heures_mensuelles_plie;
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`CREATE TRIGGER heures_mensuelles_plie_insert AFTER INSERT ON heures_insertion
      REFERENCING NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION heures_mensuelles_plie_report()`);
    await runner.query(`CREATE TRIGGER heures_mensuelles_plie_update AFTER UPDATE ON heures_insertion
      REFERENCING OLD TABLE AS anciennes NEW TABLE AS nouvelles FOR EACH STATEMENT EXECUTE FUNCTION heures_mensuelles_plie_report()`);
    await runner.query(`CREATE TRIGGER heures_mensuelles_plie_delete AFTER DELETE ON heures_insertion
      REFERENCING OLD TABLE AS anciennes FOR EACH STATEMENT EXECUTE FUNCTION heures_mensuelles_plie_report()`);
    await runner.query('CREATE TRIGGER heures_mensuelles_plie_truncate AFTER TRUNCATE ON heures_insertion FOR EACH STATEMENT EXECUTE FUNCTION heures_mensuelles_plie_report()');
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) await runner.query(`DROP TRIGGER heures_mensuelles_plie_${event} ON heures_insertion`);
    await runner.query('DROP FUNCTION heures_mensuelles_plie_report()');
    await runner.query('DROP TABLE heures_mensuelles_plie');
  }
}
