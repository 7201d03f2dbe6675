import { DateScalar } from '@plie-hub/kit';
import { FichePrescription } from '@plie-hub/prescription';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

export enum OrganismePayeur {
  CAF = 'CAF',
  MSA = 'MSA',
}
registerEnumType(OrganismePayeur, { name: 'OrganismePayeur', description: 'Organisme qui verse le RSA.' });

export enum OrientationRsa {
  PROFESSIONNELLE = 'PROFESSIONNELLE',
  SOCIO_PROFESSIONNELLE = 'SOCIO_PROFESSIONNELLE',
  SOCIALE = 'SOCIALE',
}
registerEnumType(OrientationRsa, { name: 'OrientationRsa', description: "Orientation de l'allocataire du RSA." });

@ObjectType('SectionDepartement', { description: 'Ce que le Département ajoute à la fiche (RSA).' })
export class SectionDepartement {
  @Field(() => OrganismePayeur)
  organismePayeur: OrganismePayeur;

  @Field(() => String, { description: "Numéro d'allocataire CAF (7 chiffres) ou MSA (6 à 13 chiffres)." })
  numeroAllocataire: string;

  @Field(() => DateScalar, { description: "Date d'ouverture du droit au RSA." })
  dateOuvertureDroitRsa: string;

  @Field(() => Boolean, { description: 'Soumis aux droits et devoirs du RSA.' })
  soumisDroitsEtDevoirs: boolean;

  @Field(() => OrientationRsa)
  orientation: OrientationRsa;

  @Field(() => String, { description: 'Référent unique RSA.' })
  referentUniqueRsa: string;

  @Field(() => Boolean, { description: "Un contrat d'engagements réciproques (CER) est en cours." })
  cerEnCours: boolean;

  @Field(() => DateScalar, { nullable: true, description: 'Fin du CER en cours.' })
  cerDateFin: string | null;

  @Field(() => String, { description: 'Service territorial (Maison ou Pôle de solidarité).' })
  serviceTerritorial: string;
}

@Directive('@key(fields: "id")')
@ObjectType('PrescriptionDepartement', { description: 'Fiche de prescription d’un service du Département (RSA) vers un PLIE.' })
export class PrescriptionDepartement extends FichePrescription {
  @Field(() => SectionDepartement, { description: 'Section propre au Département.' })
  departement: SectionDepartement;
}
