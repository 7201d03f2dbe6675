import { defineSubgraph, type MigrationList, type SubgraphDefinition } from '@plie-hub/kit';
import { ComplementEntity } from './complement';
import type { FichePrescriptionEntity } from './fiche-prescription.entity';
import type { FichePrescriptionInput } from './fiche-prescription.input';
import type { PrescriptionPartner } from './partner';
import { PlieDestinataireEntity } from './plie-destinataire.entity';
import { assertCanRead } from './prescription.access';
import { prescriptionByIdLoader } from './prescription.loader';
import { prescriptionRetention } from './prescription.retention';
import { createPrescriptionResolver } from './prescription.resolver';
import { type DemoOptions, seedPrescriptionsDemo } from './seed-demo';
import { SituationPrescriteResolver } from './situation';
import { StructurePrescriptriceEntity } from './structure.entity';

/**
 * A prescription subgraph is this shared capability applied to one partner: its section, its table, its
 * migrations. The reference resolver checks access per fiche, because `_entities` bypasses `@Authorized`.
 */
export function definePrescriptionSubgraph<TEntity extends FichePrescriptionEntity, TInput extends FichePrescriptionInput>(options: {
  name: string;
  description: string;
  partner: PrescriptionPartner<TEntity, TInput>;
  migrations: MigrationList;
  demo: DemoOptions<TEntity>;
  /** Resolvers of the partner's own computed fields. */
  resolvers?: Array<new () => object>;
}): SubgraphDefinition {
  const { partner } = options;
  const byId = prescriptionByIdLoader(partner);
  const graphql = createPrescriptionResolver(partner);
  return defineSubgraph({
    name: options.name,
    description: options.description,
    resolvers: [...graphql.resolvers, SituationPrescriteResolver, ...(options.resolvers ?? [])],
    orphanedTypes: graphql.types,
    referenceResolvers: {
      Plie: (reference) => ({ code: String(reference.code) }),
      Personne: (reference) => ({ cleRapprochement: String(reference.cleRapprochement) }),
      VueCopil: (reference) => ({ id: String(reference.id) }),
      [`Prescription${partner.suffix}`]: async (reference, context) => {
        const fiche = await context.loaders.get(byId).load(String(reference.id));
        if (fiche) await assertCanRead(context, partner as never, fiche);
        return fiche;
      },
    },
    audited: [`Prescription${partner.suffix}`, 'Personne'],
    entities: [partner.entity, PlieDestinataireEntity, StructurePrescriptriceEntity, ComplementEntity],
    migrations: options.migrations,
    retention: prescriptionRetention(partner as never),
    seedDemo: (db, { log, settings }) => seedPrescriptionsDemo(db, log, settings.matchKey, partner, options.demo),
  });
}
