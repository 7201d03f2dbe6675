import { DateScalar, DateTimeScalar } from '@plie-hub/kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { AlerteEnum, CategorieSortieEnum, ModeEntretienEnum, StatutParcoursEnum, TypeEtapeEnum } from '../enums';

@ObjectType('Entretien')
export class Entretien {
  @Field(() => ID)
  id: string;

  @Field(() => DateScalar)
  date: string;

  @Field(() => ModeEntretienEnum)
  mode: ModeEntretienEnum;

  @Field(() => Boolean, { description: 'La personne était présente.' })
  present: boolean;

  @Field(() => Int, { description: 'Relances après une absence injustifiée (deux au plus).' })
  relance: number;
}

@ObjectType('Etape', { description: 'Étape du parcours (une étape emploi n’est pas à elle seule une sortie).' })
export class Etape {
  @Field(() => ID)
  id: string;

  @Field(() => TypeEtapeEnum)
  type: TypeEtapeEnum;

  @Field(() => String)
  intitule: string;

  @Field(() => DateScalar)
  debut: string;

  @Field(() => DateScalar, { nullable: true })
  fin: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Détails propres au type : contrat et heures hebdomadaires, heures de formation, certification…' })
  attributs: Record<string, unknown>;
}

@ObjectType('Veille')
export class Veille {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  motif: string;

  @Field(() => DateScalar)
  debut: string;

  @Field(() => DateScalar, { nullable: true })
  fin: string | null;
}

@ObjectType('Mesure', { description: "Période d'accompagnement renouvelable." })
export class Mesure {
  @Field(() => Int)
  numero: number;

  @Field(() => DateScalar)
  debut: string;

  @Field(() => DateScalar)
  fin: string;

  @Field(() => String, { nullable: true, description: 'Bilan présenté au renouvellement.' })
  bilan: string | null;
}

@ObjectType('Sortie')
export class Sortie {
  @Field(() => DateScalar)
  date: string;

  @Field(() => CategorieSortieEnum, { description: 'Catégorie retenue (calculée, ou forcée avec justification).' })
  categorie: CategorieSortieEnum;

  @Field(() => String)
  sousType: string;

  @Field(() => CategorieSortieEnum, { description: 'Catégorie calculée par les règles du PLIE.' })
  categorieCalculee: CategorieSortieEnum;

  @Field(() => String)
  sousTypeCalcule: string;

  @Field(() => String, { description: 'Jeu de règles appliqué.' })
  regleSet: string;

  @Field(() => String, { nullable: true, description: 'Justification écrite d’un forçage de la catégorie.' })
  justificationForcage: string | null;

  @Field(() => GraphQLJSONObject, { description: 'Situation de sortie saisie par le référent.' })
  situation: Record<string, unknown>;

  @Field(() => ID, { nullable: true, description: 'Commission qui a validé la sortie.' })
  valideeCommissionId: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Maintien constaté à 6 mois (null : pas encore vérifié).' })
  confirmee6Mois: boolean | null;
}

@ObjectType('Parcours', { description: "L'accompagnement d'un participant par le PLIE." })
export class Parcours {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  plieCode: string;

  @Field(() => DateScalar)
  dateEntree: string;

  @Field(() => StatutParcoursEnum)
  statut: StatutParcoursEnum;

  @Field(() => DateScalar, { description: 'Fin de la mesure en cours.' })
  mesureFin: string;

  @Field(() => DateScalar, { nullable: true })
  dateSortie: string | null;

  @Field(() => Int, { description: 'Version, à renvoyer lors d’une modification.' })
  version: number;

  @Field(() => DateTimeScalar)
  modifieLe: Date;
}

@ObjectType('SuitePrescription', { description: 'Ce que le prescripteur peut savoir du parcours issu de sa fiche.' })
export class SuitePrescription {
  @Field(() => StatutParcoursEnum)
  statutParcours: StatutParcoursEnum;

  @Field(() => CategorieSortieEnum, { nullable: true })
  categorieSortie: CategorieSortieEnum | null;

  @Field(() => DateScalar, { nullable: true })
  dateSortie: string | null;
}

export { AlerteEnum };
