import { DateScalar } from '@plie-hub/kit';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, Float, InputType, Int } from 'type-graphql';
import { CategorieSortieEnum, ModeEntretienEnum, TypeContratEnum, TypeEtapeEnum, TypeSituationSortieEnum } from '../enums';

@InputType('EntretienInput')
export class EntretienInput {
  @Field(() => DateScalar)
  date: string;

  @Field(() => ModeEntretienEnum)
  mode: ModeEntretienEnum;

  @Field(() => Boolean)
  present: boolean;

  @Field(() => Int, { defaultValue: 0, description: 'Relances envoyées après une absence injustifiée (0 à 2).' })
  relance: number;
}

@InputType('EtapeInput')
export class EtapeInput {
  @Field(() => TypeEtapeEnum)
  type: TypeEtapeEnum;

  @Field(() => String)
  intitule: string;

  @Field(() => DateScalar)
  debut: string;

  @Field(() => DateScalar, { nullable: true })
  fin?: string | null;

  @Field(() => GraphQLJSONObject, {
    defaultValue: {},
    description: 'EMPLOI : { contrat, heuresHebdo, dureeMois } ; FORMATION : { heures, qualifiante, certification } ; SIAE : { structure: ACI | EI | ETTI | AI }…',
  })
  attributs: Record<string, unknown>;
}

@InputType('SituationSortieInput', { description: 'Situation à la sortie ; la catégorie est calculée par les règles du PLIE.' })
export class SituationSortieInput {
  @Field(() => TypeSituationSortieEnum)
  type: TypeSituationSortieEnum;

  @Field(() => TypeContratEnum, { nullable: true })
  contrat?: TypeContratEnum | null;

  @Field(() => Float, { nullable: true })
  heuresHebdo?: number | null;

  @Field(() => Int, { nullable: true })
  dureeMois?: number | null;

  @Field(() => Boolean, { nullable: true })
  memeEmployeur?: boolean | null;

  @Field(() => Int, { nullable: true })
  moisSansInterruption?: number | null;

  @Field(() => Int, { nullable: true })
  heures12DerniersMois?: number | null;

  @Field(() => Int, { nullable: true, description: 'Heures de missions en clause sur les 6 derniers mois (voir Participant.heuresClauses).' })
  heuresClauses6DerniersMois?: number | null;

  @Field(() => Int, { nullable: true })
  moisEnEmploiSur12?: number | null;

  @Field(() => Int, { nullable: true })
  formationHeures?: number | null;

  @Field(() => Boolean, { nullable: true })
  formationQualifiante?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  formationCertifiante?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  creationValideeCommission?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  creationActiveA6Mois?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Le diagnostic final montre des freins levés par rapport au diagnostic initial.' })
  freinsReduits?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Sans emploi ni formation : ABANDON, DEMENAGEMENT, REORIENTATION, FIN_DE_MESURE, FIN_POUR_ABSENCES…' })
  motif?: string | null;

  @Field(() => String, { nullable: true })
  employeur?: string | null;
}

@InputType('ForcageSortieInput', { description: 'Forcer la catégorie calculée, avec une justification conservée.' })
export class ForcageSortieInput {
  @Field(() => CategorieSortieEnum)
  categorie: CategorieSortieEnum;

  @Field(() => String)
  sousType: string;

  @Field(() => String)
  justification: string;
}

@InputType('SortieInput')
export class SortieInput {
  @Field(() => DateScalar)
  date: string;

  @Field(() => SituationSortieInput)
  situation: SituationSortieInput;

  @Field(() => ForcageSortieInput, { nullable: true })
  forcage?: ForcageSortieInput | null;
}
