import { DateScalar } from '@plie-hub/kit';
import { FichePrescriptionInput } from '@plie-hub/prescription';
import { Field, InputType } from 'type-graphql';
import { CategorieDemandeurEmploi, ModaliteAccompagnement } from './prescription-france-travail.type';

@InputType('SectionFranceTravailInput')
export class SectionFranceTravailInput {
  @Field(() => String, { description: '7 chiffres suivis d’un chiffre ou d’une lettre majuscule, ex. 1234567A.' })
  identifiantFranceTravail: string;

  @Field(() => CategorieDemandeurEmploi)
  categorieDemandeur: CategorieDemandeurEmploi;

  @Field(() => DateScalar)
  dateInscription: string;

  @Field(() => String, { description: "Code de l'agence (5 caractères)." })
  agenceCode: string;

  @Field(() => String)
  conseiller: string;

  @Field(() => ModaliteAccompagnement)
  modaliteAccompagnement: ModaliteAccompagnement;
}

@InputType('CreerPrescriptionFranceTravailInput')
export class CreerPrescriptionFranceTravailInput extends FichePrescriptionInput {
  @Field(() => SectionFranceTravailInput)
  franceTravail: SectionFranceTravailInput;
}
