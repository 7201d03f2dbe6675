import { defineSubgraph, type MigrationList, type SubgraphDefinition } from '@plie-hub/kit';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { FichePrescriptionInput } from './fiche-prescription.input';
import type { PrescriptionPartner } from './partner';
import { PlieDestinataireEntity } from './plie-destinataire.entity';
import { PlieRef } from './plie-ref.type';
import { assertCanRead } from './prescription.access';
import { prescriptionByIdLoader } from './prescription.loader';
import { createPrescriptionResolver } from './prescription.resolver';
import { seedPrescriptionsDemo } from './seed-demo';

/**
 * A prescription subgraph is this shared capability applied to one partner: its section, its table, its
 * migrations. The reference resolver checks access per fiche, because `_entities` bypasses `@Authorized`.
 */
export function definePrescriptionSubgraph<TEntity extends FichePrescriptionEntity, TInput extends FichePrescriptionInput>(options: {
  name: string;
  description: string;
  partner: PrescriptionPartner<TEntity, TInput>;
  migrations: MigrationList;
  /** Demo values of the partner section for the n-th demo fiche. */
  demoSection: (n: number) => Partial<TEntity>;
  /** Birth years of the demo people (the Mission Locale prescribes young people). */
  demoBirthYears?: [number, number];
}): SubgraphDefinition {
  const { partner } = options;
  const byId = prescriptionByIdLoader(partner);
  return defineSubgraph({
    name: options.name,
    description: options.description,
    resolvers: [createPrescriptionResolver(partner)],
    orphanedTypes: [PlieRef],
    referenceResolvers: {
      [`Prescription${partner.suffix}`]: async (reference, context) => {
        const fiche = await context.loaders.get(byId).load(String(reference.id));
        if (fiche) assertCanRead(context.caller, partner, fiche);
        return fiche;
      },
    },
    entities: [partner.entity, PlieDestinataireEntity],
    migrations: options.migrations,
    seedDemo: (db, log) => seedPrescriptionsDemo(db, log, partner, options.demoSection, options.demoBirthYears),
  });
}
