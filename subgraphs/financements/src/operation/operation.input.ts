import { MontantScalar, type Montant } from '@plie-hub/kit';
import { Field, ID, InputType, Int } from 'type-graphql';

@InputType('PorteurInput')
export class PorteurInput {
  @Field(() => String)
  siret: string;

  @Field(() => String)
  nom: string;
}

@InputType('DeposerOperationInput')
export class DeposerOperationInput {
  @Field(() => ID)
  plieCode: string;

  @Field(() => String)
  intitule: string;

  @Field(() => PorteurInput)
  porteur: PorteurInput;

  @Field(() => Int)
  annee: number;

  @Field(() => MontantScalar)
  coutTotal: Montant;

  @Field(() => MontantScalar)
  montantFse: Montant;
}

@InputType('FiltreOperations')
export class FiltreOperations {
  @Field(() => ID, { nullable: true })
  plieCode?: string | null;

  @Field(() => Int, { nullable: true })
  annee?: number | null;
}
