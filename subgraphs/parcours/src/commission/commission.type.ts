import { DateScalar, DateTimeScalar } from '@plie-hub/kit';
import { Field, ID, ObjectType } from 'type-graphql';
import { PartenaireEnum, StatutDecisionEnum, TypeCommissionEnum } from '../enums';

@ObjectType('Commission', { description: 'Séance de la commission du PLIE (son nom local est le libellé du PLIE).' })
export class Commission {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  plieCode: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => TypeCommissionEnum)
  type: TypeCommissionEnum;

  @Field(() => [String], { description: 'Membres présents (fonctions ou structures).' })
  membres: string[];
}

@ObjectType('Decision', { description: 'Décision de la commission sur une prescription (historisée).' })
export class Decision {
  @Field(() => ID)
  id: string;

  @Field(() => PartenaireEnum)
  partenaire: PartenaireEnum;

  @Field(() => ID)
  prescriptionId: string;

  @Field(() => ID)
  commissionId: string;

  @Field(() => StatutDecisionEnum)
  statut: StatutDecisionEnum;

  @Field(() => String, { nullable: true, description: 'Motif (obligatoire pour un refus).' })
  motif: string | null;

  @Field(() => String, { nullable: true })
  commentaire: string | null;

  @Field(() => String, { nullable: true, description: 'Solution de proximité proposée (réorientation).' })
  solutionProximite: string | null;

  @Field(() => DateTimeScalar)
  decideLe: Date;

  @Field(() => Boolean, { description: 'Faux pour une décision remplacée par une séance ultérieure.' })
  actuelle: boolean;

  @Field(() => ID, { nullable: true, description: 'Parcours ouvert par une admission.' })
  parcoursId: string | null;
}

/** What the prescriber may see of the PLIE's answer: the decision, never the parcours. */
@ObjectType('DecisionPourPrescripteur', { description: 'La décision du PLIE, telle que le prescripteur peut la voir.' })
export class DecisionPourPrescripteur {
  @Field(() => StatutDecisionEnum)
  statut: StatutDecisionEnum;

  @Field(() => DateTimeScalar)
  decideLe: Date;

  @Field(() => String, { nullable: true })
  motif: string | null;

  @Field(() => String, { nullable: true })
  solutionProximite: string | null;
}
