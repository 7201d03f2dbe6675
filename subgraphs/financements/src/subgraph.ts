import { defineSubgraph } from '@plie-hub/kit';
import { migrations } from '../migrations/index';
import { Plie } from './plie/plie.type';
import { seedDemo } from './demo/seed-demo';
import { OperationEntity } from './operation/operation.entity';
import { operationById, OperationResolver } from './operation/operation.resolver';
import { assertCanReadOperation } from './operation/operation.service';
import { PlieFinancementsResolver } from './plie/plie-financements.resolver';

export const financementsSubgraph = defineSubgraph({
  name: 'financements',
  description: 'Le FSE+ : programmes, appels à projets, opérations, plans de financement et indicateurs.',
  resolvers: [OperationResolver, PlieFinancementsResolver],
  orphanedTypes: [Plie],
  referenceResolvers: {
    Plie: (reference) => ({ code: String(reference.code) }),
    Operation: async (reference, context) => {
      const operation = await context.loaders.get(operationById).load(String(reference.id));
      if (operation) assertCanReadOperation(context, operation);
      return operation;
    },
  },
  entities: [OperationEntity],
  migrations,
  seedDemo,
});

export default financementsSubgraph;
