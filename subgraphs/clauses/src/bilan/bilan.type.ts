import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CritereEnum, ModaliteEnum } from '../enums';

@ObjectType('HeuresParModalite')
export class HeuresParModalite {
  @Field(() => ModaliteEnum) modalite: ModaliteEnum;
  @Field(() => Float) heures: number;
}

@ObjectType('HeuresParPublic')
export class HeuresParPublic {
  @Field(() => CritereEnum) critere: CritereEnum;
  @Field(() => Int) personnes: number;
  @Field(() => Float) heures: number;
}

@ObjectType('PublicClauses', { description: 'Personnes ayant travaillé sur la clause, ventilées (âge au début du contrat).' })
export class PublicClauses {
  @Field(() => Int) total: number;
  @Field(() => Int) femmes: number;
  @Field(() => Int) hommes: number;
  @Field(() => Int) moins26: number;
  @Field(() => Int) de26a49: number;
  @Field(() => Int) plus50: number;
  @Field(() => Int) qpv: number;
}

@ObjectType('BilanLot')
export class BilanLot {
  @Field(() => ID) lotId: string;
  @Field(() => Int) numero: number;
  @Field(() => String) intitule: string;
  @Field(() => [String], { description: 'Attributaires.' }) attributaires: string[];
  @Field(() => Int) heuresEngagees: number;
  @Field(() => Float, { description: 'Heures de travail et de formation réalisées.' }) heuresRealisees: number;
  @Field(() => Float) heuresTravail: number;
  @Field(() => Float) heuresFormation: number;
  @Field(() => Float, { nullable: true, description: 'Réalisées / engagées, en %.' }) tauxRealisation: number | null;
  @Field(() => Float, { description: 'Heures encore dues (0 si l’engagement est atteint).' }) heuresRestantes: number;
  @Field(() => Int) personnes: number;
  @Field(() => Int) contrats: number;
}

@ObjectType('BilanClause', { description: "Bilan de la clause d'un marché : engagé et réalisé par lot, modalités, publics." })
export class BilanClause {
  @Field(() => ID) marcheId: string;
  @Field(() => String) reference: string;
  @Field(() => String) objet: string;
  @Field(() => String) donneurOrdre: string;
  @Field(() => Int) heuresEngagees: number;
  @Field(() => Float) heuresRealisees: number;
  @Field(() => Float, { nullable: true }) tauxRealisation: number | null;
  @Field(() => Float) heuresRestantes: number;
  @Field(() => [BilanLot]) lots: BilanLot[];
  @Field(() => [HeuresParModalite]) parModalite: HeuresParModalite[];
  @Field(() => [HeuresParPublic]) parPublic: HeuresParPublic[];
  @Field(() => PublicClauses) public: PublicClauses;
}

@ObjectType('StatistiquesClauses', { description: "Chiffres des clauses sociales d'insertion suivies pour un PLIE (agrégats)." })
export class StatistiquesClauses {
  @Field(() => Int, { description: 'Marchés suivis.' }) nombreMarches: number;
  @Field(() => Int, { description: "Heures d'insertion engagées par ces marchés." }) heuresInsertionPrevues: number;
  @Field(() => Float, { description: 'Heures réalisées sur la période (toutes les heures si aucune période).' }) heuresRealisees: number;
  @Field(() => Float, { nullable: true }) tauxRealisation: number | null;
  @Field(() => Int) contrats: number;
  @Field(() => PublicClauses) public: PublicClauses;
}

@ObjectType('MissionClause')
export class MissionClause {
  @Field(() => String) marche: string;
  @Field(() => String) lot: string;
  @Field(() => String) debut: string;
  @Field(() => String, { nullable: true }) fin: string | null;
  @Field(() => Float) heures: number;
}

@ObjectType('HeuresClausesParticipant', { description: 'Les missions de clause du participant et ses heures (utile à la règle des 600 h sur 6 mois).' })
export class HeuresClausesParticipant {
  @Field(() => Float, { description: 'Heures de travail sur les 6 derniers mois civils complets et le mois en cours.' }) heures6DerniersMois: number;
  @Field(() => Float) heuresTotales: number;
  @Field(() => [MissionClause]) missions: MissionClause[];
}
