import { DateScalar, monthsBetween, today } from '@plie-hub/kit';
import { FichePrescription } from '@plie-hub/prescription';
import { Directive, Field, FieldResolver, Int, ObjectType, registerEnumType, Resolver, Root } from 'type-graphql';
import type { SectionFranceTravailColumns } from './prescription-france-travail.entity';

export enum CategorieDemandeurEmploi {
  A = 'A',
  B = 'B',
  C = 'C',
  D = 'D',
  E = 'E',
}
registerEnumType(CategorieDemandeurEmploi, { name: 'CategorieDemandeurEmploi', description: 'Catégorie de demandeur d’emploi (A à E).' });

export enum ModaliteAccompagnement {
  SUIVI = 'SUIVI',
  GUIDE = 'GUIDE',
  RENFORCE = 'RENFORCE',
  GLOBAL = 'GLOBAL',
}
registerEnumType(ModaliteAccompagnement, { name: 'ModaliteAccompagnement', description: "Modalité d'accompagnement France Travail." });

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

  @Field(() => String, { description: 'Conseiller ou conseillère France Travail.' })
  conseiller: string;

  @Field(() => ModaliteAccompagnement)
  modaliteAccompagnement: ModaliteAccompagnement;
}

/** Long-term unemployment is computed from the registration date, never typed. */
@Resolver(() => SectionFranceTravail)
export class SectionFranceTravailResolver {
  @FieldResolver(() => Int, { description: "Mois d'inscription à ce jour." })
  dureeInscriptionMois(@Root() section: SectionFranceTravailColumns): number {
    return monthsBetween(section.dateInscription, today());
  }

  @FieldResolver(() => Boolean, { description: "Demandeur d'emploi de longue durée : inscrit depuis 12 mois ou plus." })
  demandeurLongueDuree(@Root() section: SectionFranceTravailColumns): boolean {
    return monthsBetween(section.dateInscription, today()) >= 12;
  }

  @FieldResolver(() => Boolean, { description: 'Très longue durée : inscrit depuis 24 mois ou plus.' })
  tresLongueDuree(@Root() section: SectionFranceTravailColumns): boolean {
    return monthsBetween(section.dateInscription, today()) >= 24;
  }
}

@Directive('@key(fields: "id")')
@ObjectType('PrescriptionFranceTravail', { description: 'Fiche de prescription d’un conseiller France Travail vers un PLIE.' })
export class PrescriptionFranceTravail extends FichePrescription {
  @Field(() => SectionFranceTravail, { description: 'Section propre à France Travail.' })
  franceTravail: SectionFranceTravail;
}
