import { DEMO_PLIES } from '@plie-hub/demo';
import type { Logger } from '@plie-hub/kit';
import type { DataSource } from 'typeorm';
import { PlieEntity } from '../plie/plie.entity';

/** The demo référentiel: the PLIEs of the demo data set. Does nothing if PLIEs already exist. */
export async function seedDemo(db: DataSource, { log }: { log: Logger }): Promise<void> {
  if ((await db.getRepository(PlieEntity).count()) > 0) return;
  await db.transaction(async (manager) => {
    await manager.insert(
      PlieEntity,
      DEMO_PLIES.map((plie) => ({
        code: plie.code,
        nom: plie.nom,
        structurePorteuse: plie.structurePorteuse,
        organismeIntermediaire: plie.organismeIntermediaire,
        libelleCommission: plie.libelleCommission,
        delaiExpirationPrescriptionJours: 90,
        seuilMasquage: 5,
      })),
    );
  });
  log.info({ plies: DEMO_PLIES.length }, 'demo data loaded');
}
