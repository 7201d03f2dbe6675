import { DEMO_PLIES, Random, stableUuid } from '@plie-hub/demo';
import { Montant, withSiretKey, type Logger } from '@plie-hub/kit';
import type { DataSource } from 'typeorm';
import { OperationEntity } from '../operation/operation.entity';
import { StatutOperation } from '../operation/operation.type';

/**
 * Each demo PLIE's animation operation for 2024 and 2025, with the FSE+ ceiling of the AAP 2024 fiche. Does nothing
 * if operations already exist.
 */
export async function seedDemo(db: DataSource, { log }: { log: Logger }): Promise<void> {
  if ((await db.getRepository(OperationEntity).count()) > 0) return;
  const random = new Random('financements');
  const operations = DEMO_PLIES.filter((plie) => plie.fseMaximum > 0).flatMap((plie, index) =>
    [2024, 2025].map((annee) => {
      const fse = Montant.fromCents(plie.fseMaximum * 100);
      return {
        id: stableUuid(`operation:${plie.code}:${annee}`),
        plieCode: plie.code,
        intitule: `Animation, coordination et ingénierie du ${plie.nom} ${annee}`,
        porteur: { siret: withSiretKey(`${String(400_000_000 + index * 7_777).padStart(9, '0')}0001`), nom: plie.structurePorteuse },
        annee,
        statut: annee === 2024 ? StatutOperation.SOLDEE : StatutOperation.EN_COURS,
        coutTotal: fse.times(random.pick(['1.6667', '2.5', '1.25'])),
        montantFse: fse,
      };
    }),
  );
  await db.getRepository(OperationEntity).insert(operations);
  log.info({ operations: operations.length }, 'demo data loaded');
}
