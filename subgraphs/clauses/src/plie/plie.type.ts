import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('StatistiquesClauses', { description: "Chiffres des clauses sociales d'insertion suivies pour un PLIE." })
export class StatistiquesClauses {
  @Field(() => Int, { description: 'Nombre de marchés suivis.' })
  nombreMarches: number;

  @Field(() => Int, { description: "Heures d'insertion prévues par les clauses de ces marchés." })
  heuresInsertionPrevues: number;
}

/** The PLIE, owned by the parcours subgraph; this subgraph adds its clause figures. */
@Directive('@key(fields: "code")')
@ObjectType('Plie')
export class Plie {
  @Field(() => ID)
  code: string;
}
