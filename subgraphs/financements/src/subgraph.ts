import { defineSubgraph } from '@plie-hub/kit';
import { migrations } from '../migrations/index';
import { VueCopilFinancements, VueCopilFinancementsResolver } from './copil/vue-copil-financements.resolver';
import { seedDemo } from './demo/seed-demo';
import { financementsRetention } from './retention/financements.retention';
import { IndicateurEntity, LigneDepenseEntity, OperationEntity, PlanEntity, RealiseEntity, RessourceEntity, TransitionEntity } from './operation/operation.entities';
import { loadOperation, OperationResolver, PlanResolver } from './operation/operation.resolver';
import { PlieFinancementsResolver } from './plie/plie-financements.resolver';
import { Plie } from './plie/plie.type';
import { AppelAProjetsEntity, FicheOperationEntity, OptionCoutsEntity, ProgrammeEntity } from './programme/programme.entities';

export const financementsSubgraph = defineSubgraph({
  name: 'financements',
  description: 'Le FSE+ : programmes, appels à projets, opérations, plans de financement et indicateurs.',
  resolvers: [OperationResolver, PlanResolver, PlieFinancementsResolver, VueCopilFinancementsResolver],
  orphanedTypes: [Plie, VueCopilFinancements],
  referenceResolvers: {
    Plie: (reference) => reference,
    VueCopil: (reference) => reference,
    Operation: (reference, context) => loadOperation(context, String(reference.id)),
  },
  entities: [ProgrammeEntity, OptionCoutsEntity, AppelAProjetsEntity, FicheOperationEntity, OperationEntity, TransitionEntity, PlanEntity, LigneDepenseEntity, RessourceEntity, RealiseEntity, IndicateurEntity],
  migrations,
  retention: financementsRetention,
  seedDemo,
});

export default financementsSubgraph;
