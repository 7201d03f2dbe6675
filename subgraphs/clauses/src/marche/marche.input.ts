import { DateScalar, MontantScalar, type Montant } from '@plie-hub/kit';
import { Field, ID, InputType, Int } from 'type-graphql';
import { TypeMarche } from './marche.type';

@InputType('CreerMarcheInput')
export class CreerMarcheInput {
  @Field(() => ID)
  plieCode: string;

  @Field(() => String)
  reference: string;

  @Field(() => String)
  objet: string;

  @Field(() => TypeMarche)
  typeMarche: TypeMarche;

  @Field(() => String)
  donneurOrdre: string;

  @Field(() => DateScalar)
  dateNotification: string;

  @Field(() => MontantScalar)
  montantHt: Montant;

  @Field(() => Int)
  heuresInsertionPrevues: number;
}

@InputType('FiltreMarches')
export class FiltreMarches {
  @Field(() => ID, { nullable: true })
  plieCode?: string | null;
}
