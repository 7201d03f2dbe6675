import { entitiesByKeyLoader, type SubgraphContext } from '@plie-hub/kit';
import { Authorized, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { ContratClauseEntity } from '../contrat/contrat.entity';
import { ContratClause, PersonneEligible } from '../contrat/contrat.type';
import { PersonneEligibleEntity } from './personne-eligible.entity';

/** The person across partners, keyed by the match key; this subgraph adds the eligibility checks made under it. */
@Directive('@key(fields: "cleRapprochement")')
@ObjectType('Personne')
export class PersonneRef {
  @Field(() => ID)
  cleRapprochement: string;
}

const eligibilitesByMatchKey = entitiesByKeyLoader(PersonneEligibleEntity, 'cle_rapprochement', 'eligible_du DESC');
const contratsByPersonne = entitiesByKeyLoader(ContratClauseEntity, 'personne_id', 'debut DESC');

@Resolver(() => PersonneRef)
export class PersonneClausesResolver {
  @Authorized('DPO')
  @FieldResolver(() => [PersonneEligible], {
    nullable: true,
    description: 'Les vérifications d’éligibilité aux clauses faites pour cette personne hors PLIE, avec ses contrats (DPO, droit d’accès).',
  })
  eligibilitesClauses(@Root() personne: PersonneRef, @Ctx() context: SubgraphContext) {
    return context.loaders.get(eligibilitesByMatchKey).load(personne.cleRapprochement);
  }
}

@Resolver(() => PersonneEligible)
export class PersonneEligibleResolver {
  @FieldResolver(() => [ContratClause], { description: 'Ses contrats en clause.' })
  contrats(@Root() personne: PersonneEligibleEntity, @Ctx() context: SubgraphContext) {
    return context.loaders.get(contratsByPersonne).load(personne.id);
  }
}
