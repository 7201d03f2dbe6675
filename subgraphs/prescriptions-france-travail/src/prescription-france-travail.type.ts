import { DateScalar } from '@plie-hub/kit';
import { FichePrescription } from '@plie-hub/prescription';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum CategorieDemandeurEmploi {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
}
registerEnumType(CategorieDemandeurEmploi, { name: 'CategorieDemandeurEmploi', description: 'Catégorie de demandeur d’emploi (A à E).' });

@ObjectType('SectionFranceTravail', { description: 'Ce que France Travail ajoute à la fiche.' })
export class SectionFranceTravail {
  @Field(() => String, { description: 'Identifiant France Travail (7 chiffres et un caractère de contrôle).' })
  identifiantFranceTravail: string;

  @Field(() => CategorieDemandeurEmploi)
  categorieDemandeur: CategorieDemandeurEmploi;

  @Field(() => DateScalar, { description: "Date d'inscription comme demandeur d'emploi." })
  dateInscription: string;

  @Field(() => String, { description: "Code de l'agence France Travail." })
  agenceCode: string;
}

@Directive('@key(fields: "id")')
@ObjectType('PrescriptionFranceTravail', { description: 'Fiche de prescription d’un conseiller France Travail vers un PLIE.' })
export class PrescriptionFranceTravail extends FichePrescription {
  @Field(() => SectionFranceTravail, { description: 'Section propre à France Travail.' })
  franceTravail: SectionFranceTravail;
}
