import { Field, ID, InputType } from 'type-graphql';
import { ConsentementInput } from './consentement';
import { FreinPrescritInput } from './frein';
import { PersonnePrescriteInput } from './personne';
import { PrescripteurInput } from './prescripteur';
import { SituationPrescriteInput } from './situation';

/** The input fields every partner's fiche shares; each partner input extends it with its section. */
@InputType()
export abstract class FichePrescriptionInput {
  @Field(() => ID, { description: 'Code du PLIE destinataire (voir la requête `plies`).' })
  plieCode: string;

  @Field(() => PrescripteurInput)
  prescripteur: PrescripteurInput;

  @Field(() => PersonnePrescriteInput)
  personne: PersonnePrescriteInput;

  @Field(() => SituationPrescriteInput)
  situation: SituationPrescriteInput;

  @Field(() => [FreinPrescritInput], { defaultValue: [], description: 'Au plus un frein de chaque type.' })
  freins: FreinPrescritInput[];

  @Field(() => String, { description: 'Objectif ou motif de la prescription (20 à 2000 caractères).' })
  objectif: string;

  @Field(() => Boolean, { defaultValue: false })
  urgent: boolean;

  @Field(() => Boolean, { defaultValue: false })
  souhaitRencontrePrealable: boolean;

  @Field(() => String, { nullable: true, description: 'Message libre au futur référent (2000 caractères au plus).' })
  messageReferent?: string | null;

  @Field(() => ConsentementInput)
  consentement: ConsentementInput;
}
