import { defineSubgraph } from '@plie-hub/kit';
import { migrations } from '../migrations/index';
import { seedDemo } from './demo/seed-demo';
import { PlieEntity } from './plie/plie.entity';
import { plieByCode } from './plie/plie.loader';
import { PlieResolver } from './plie/plie.resolver';

export const parcoursSubgraph = defineSubgraph({
  name: 'parcours',
  description: 'Le PLIE : référentiel, commissions, participants, parcours, étapes et sorties.',
  resolvers: [PlieResolver],
  referenceResolvers: {
    Plie: (reference, context) => context.loaders.get(plieByCode).load(String(reference.code)),
  },
  entities: [PlieEntity],
  migrations,
  seedDemo,
});

export default parcoursSubgraph;
