import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The lines and resources of a plan are read by plan (every plan, every COPIL view): without these indexes each
 * plan scanned the whole table, which at ten times the demo volume made the COPIL view's financing part 1 s of 2.
 */
export class IndexPlanLines1764892800000 implements MigrationInterface {
  name = 'IndexPlanLines1764892800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query('CREATE INDEX ligne_depense_plan ON ligne_depense (plan_id)');
    await runner.query('CREATE INDEX ressource_plan ON ressource (plan_id)');
    await runner.query('CREATE INDEX realise_operation ON realise (operation_id, periode_debut)');
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query('DROP INDEX realise_operation');
    await runner.query('DROP INDEX ressource_plan');
    await runner.query('DROP INDEX ligne_depense_plan');
  }
}
