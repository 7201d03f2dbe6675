import { Field, ID, InputType } from 'type-graphql';
import { ConsentementInput } from './consentement';
import { PersonnePrescriteInput } from './personne';

/** The input fields every partner's fiche shares; each partner input extends it with its section. */
@InputType()
export abstract class FichePrescriptionInput {
  @Field(() => ID, { description: 'Code du PLIE destinataire (voir la requête `plies`).' })
  plieCode: string;

  @Field(() => PersonnePrescriteInput)
  personne: PersonnePrescriteInput;

  @Field(() => String, { description: 'Objectif ou motif de la prescription (20 à 2000 caractères).' })
  objectif: string;

  @Field(() => ConsentementInput)
  consentement: ConsentementInput;
}
