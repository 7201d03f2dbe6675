import { PGlite } from '@electric-sql/pglite';
import { DataSource, type QueryRunner } from 'typeorm';
import { pglitePgModule } from '@plie-hub/storage';
import { GroupAuditTrailKeys1765152000000 } from './audit-trail-grouped.migration';
import { CreateAuditTrail1764547200000 } from './audit-trail.migration';

/**
 * Embedded storage in memory with the `audit_evenement` table as the kit's migrations leave it. `beforeGrouping`
 * runs between the first migration and the one that groups records, to write rows of the earlier shape.
 */
export async function openAuditTrailDatabase(beforeGrouping?: (runner: QueryRunner) => Promise<unknown>): Promise<DataSource> {
  const db = new DataSource({ type: 'postgres', driver: pglitePgModule, extra: { pglite: await PGlite.create() } });
  await db.initialize();
  const runner = db.createQueryRunner();
  await new CreateAuditTrail1764547200000().up(runner);
  await beforeGrouping?.(runner);
  await new GroupAuditTrailKeys1765152000000().up(runner);
  await runner.release();
  return db;
}
