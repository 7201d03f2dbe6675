import { requirePlie, type SubgraphContext } from '@plie-hub/kit';
import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { statistiquesClausesByPlie } from './plie-clauses.loader';
import { Plie, StatistiquesClauses } from './plie.type';

@Resolver(() => Plie)
export class PlieClausesResolver {
  @Authorized('FACILITATEUR_CLAUSES', 'COORDINATION_PLIE', 'COPIL', 'GESTIONNAIRE_FSE', 'ADMIN')
  @FieldResolver(() => StatistiquesClauses, { description: 'Chiffres agrégés des clauses suivies pour ce PLIE (aucune donnée nominative).' })
  statistiquesClauses(@Root() plie: Plie, @Ctx() context: SubgraphContext): Promise<StatistiquesClauses> {
    requirePlie(context, plie.code);
    return context.loaders.get(statistiquesClausesByPlie).load(plie.code);
  }
}
