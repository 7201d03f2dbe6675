import { defineLoader, groupByKey, type SubgraphContext } from '@plie-hub/kit';
import { Authorized, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
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

const eligibilitesByMatchKey = defineLoader<string, PersonneEligibleEntity[]>(async (keys, { db }) => {
  const rows = await db.getRepository(PersonneEligibleEntity).find({ where: { cleRapprochement: In([...keys]) }, order: { eligibleDu: 'DESC' } });
  return groupByKey(keys, rows, (row) => row.cleRapprochement!);
});

const contratsByPersonne = defineLoader<string, ContratClauseEntity[]>(async (ids, { db }) => {
  const rows = await db.getRepository(ContratClauseEntity).find({ where: { personneId: In([...ids]) }, order: { debut: 'DESC' } });
  return groupByKey(ids, rows, (row) => row.personneId);
});

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
