import { DateScalar } from '@plie-hub/kit';
import { FichePrescriptionInput } from '@plie-hub/prescription';
import { Field, InputType } from 'type-graphql';
import { OrganismePayeur, OrientationRsa } from './prescription-departement.type';

@InputType('SectionDepartementInput')
export class SectionDepartementInput {
  @Field(() => OrganismePayeur)
  organismePayeur: OrganismePayeur;

  @Field(() => String, { description: 'CAF : 7 chiffres ; MSA : 6 à 13 chiffres.' })
  numeroAllocataire: string;

  @Field(() => DateScalar)
  dateOuvertureDroitRsa: string;

  @Field(() => Boolean)
  soumisDroitsEtDevoirs: boolean;

  @Field(() => OrientationRsa)
  orientation: OrientationRsa;

  @Field(() => String)
  referentUniqueRsa: string;

  @Field(() => Boolean)
  cerEnCours: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Obligatoire si un CER est en cours.' })
  cerDateFin?: string | null;

  @Field(() => String)
  serviceTerritorial: string;
}

@InputType('CreerPrescriptionDepartementInput')
export class CreerPrescriptionDepartementInput extends FichePrescriptionInput {
  @Field(() => SectionDepartementInput)
  departement: SectionDepartementInput;
}
