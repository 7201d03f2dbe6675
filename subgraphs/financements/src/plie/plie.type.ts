import { MontantScalar, type Montant } from '@plie-hub/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('FinancementsPlie', { description: 'Chiffres FSE+ programmés pour un PLIE et une année.' })
export class FinancementsPlie {
  @Field(() => Int)
  annee: number;

  @Field(() => Int, { description: 'Opérations sélectionnées ou au-delà (hors non retenues et abandonnées).' })
  nombreOperations: number;

  @Field(() => MontantScalar, { description: 'Coût total programmé.' })
  coutTotalProgramme: Montant;

  @Field(() => MontantScalar, { description: 'FSE+ programmé.' })
  fseProgramme: Montant;
}

/** The PLIE, owned by the parcours subgraph; this subgraph adds its FSE+ figures. */
@Directive('@key(fields: "code")')
@ObjectType('Plie')
export class Plie {
  @Field(() => ID)
  code: string;
}
