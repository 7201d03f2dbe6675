import { DateScalar } from '@plie-hub/kit';
import { Field, ID, InputType } from 'type-graphql';
import { PartenaireEnum, StatutDecisionEnum, StatutEmploiEntreeEnum, StatutParticipantEnum, TypeCommissionEnum } from '../enums';

@InputType('CreerCommissionInput')
export class CreerCommissionInput {
  @Field(() => ID)
  plieCode: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => TypeCommissionEnum)
  type: TypeCommissionEnum;

  @Field(() => [String], { defaultValue: [] })
  membres: string[];
}

/** The identity of the person admitted, prefilled by the client from the fiche read through the gateway. */
@InputType('PersonneAdmiseInput')
export class PersonneAdmiseInput {
  @Field(() => String)
  nomNaissance: string;

  @Field(() => String, { nullable: true })
  nomUsage?: string | null;

  @Field(() => String)
  prenoms: string;

  @Field(() => String, { description: 'FEMME ou HOMME.' })
  sexe: 'FEMME' | 'HOMME';

  @Field(() => DateScalar)
  dateNaissance: string;

  @Field(() => String)
  communeInsee: string;

  @Field(() => String, { nullable: true, description: 'Clé de rapprochement de la fiche, pour repérer cette personne si elle est à nouveau prescrite.' })
  cleRapprochement?: string | null;
}

@InputType('SituationEntreeInput', { description: "Situation à l'entrée, figée ensuite : base des indicateurs FSE+." })
export class SituationEntreeInput {
  @Field(() => StatutEmploiEntreeEnum)
  statutEmploi: StatutEmploiEntreeEnum;

  @Field(() => String, { description: 'CITE_0_2, CITE_3_4 ou CITE_5_8.' })
  trancheCite: string;

  @Field(() => Boolean, { nullable: true, description: 'Situation de handicap, seulement si la personne a consenti à la donner.' })
  handicap?: boolean | null;

  @Field(() => String, { description: 'FRANCAISE, UNION_EUROPEENNE ou HORS_UNION_EUROPEENNE.' })
  nationalite: string;

  @Field(() => Boolean, { defaultValue: false })
  sansAbri: boolean;

  @Field(() => Boolean)
  qpv: boolean;

  @Field(() => Boolean, { defaultValue: false })
  rural: boolean;
}

@InputType('AdmissionInput')
export class AdmissionInput {
  @Field(() => ID, { description: 'Référent désigné.' })
  referentId: string;

  @Field(() => DateScalar, { nullable: true, description: "Date d'entrée (par défaut : la date de la commission)." })
  dateEntree?: string | null;

  @Field(() => PersonneAdmiseInput)
  personne: PersonneAdmiseInput;

  @Field(() => SituationEntreeInput)
  situationEntree: SituationEntreeInput;

  @Field(() => [StatutParticipantEnum], { defaultValue: [] })
  statuts: StatutParticipantEnum[];
}

@InputType('DeciderPrescriptionInput')
export class DeciderPrescriptionInput {
  @Field(() => ID)
  commissionId: string;

  @Field(() => PartenaireEnum)
  partenaire: PartenaireEnum;

  @Field(() => ID)
  prescriptionId: string;

  @Field(() => StatutDecisionEnum)
  statut: StatutDecisionEnum;

  @Field(() => String, { nullable: true, description: 'Obligatoire pour un refus : REFUS_HORS_TERRITOIRE, REFUS_CRITERES, REFUS_DEJA_ACCOMPAGNE, REFUS_AUTRE.' })
  motif?: string | null;

  @Field(() => String, { nullable: true })
  commentaire?: string | null;

  @Field(() => String, { nullable: true, description: 'Obligatoire pour une réorientation.' })
  solutionProximite?: string | null;

  @Field(() => AdmissionInput, { nullable: true, description: 'Obligatoire pour une admission.' })
  admission?: AdmissionInput | null;
}
