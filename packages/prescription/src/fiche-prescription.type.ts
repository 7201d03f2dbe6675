import { DateScalar, DateTimeScalar } from '@plie-hub/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Consentement } from './consentement';
import { FreinPrescrit } from './frein';
import { PersonnePrescrite } from './personne';
import { SituationPrescrite } from './situation';

/**
 * The GraphQL fields every partner's fiche shares; each partner type extends it with its section. Fields that need
 * a computation or a check (`statut`, `prescripteur`, `plie`, `complements`, `cleRapprochement`) are resolved by the
 * shared resolver.
 */
@ObjectType()
export abstract class FichePrescription {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'Code du PLIE destinataire.' })
  plieCode: string;

  @Field(() => String, { description: 'Structure prescriptrice propriétaire de la fiche.' })
  structureId: string;

  @Field(() => PersonnePrescrite)
  personne: PersonnePrescrite;

  @Field(() => SituationPrescrite)
  situation: SituationPrescrite;

  @Field(() => [FreinPrescrit])
  freins: FreinPrescrit[];

  @Field(() => String, { description: 'Objectif ou motif de la prescription.' })
  objectif: string;

  @Field(() => Boolean, { description: 'Demande de traitement prioritaire.' })
  urgent: boolean;

  @Field(() => Boolean, { description: 'La personne souhaite une rencontre préalable avec le PLIE.' })
  souhaitRencontrePrealable: boolean;

  @Field(() => String, { nullable: true, description: 'Message libre à l’attention du futur référent.' })
  messageReferent: string | null;

  @Field(() => Consentement)
  consentement: Consentement;

  @Field(() => DateTimeScalar, { nullable: true })
  transmiseLe: Date | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date à partir de laquelle une fiche transmise sans décision expire.' })
  expireLe: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  annuleeLe: Date | null;

  @Field(() => String, { nullable: true })
  motifAnnulation: string | null;

  @Field(() => Int, { description: 'Version, à renvoyer lors d’une modification (contrôle des éditions concurrentes).' })
  version: number;

  @Field(() => DateTimeScalar)
  creeLe: Date;

  @Field(() => DateTimeScalar)
  modifieLe: Date;
}
