import { DateScalar } from '@plie-hub/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { StatutEmploiEntreeEnum, StatutParticipantEnum } from '../enums';

@ObjectType('SituationEntree', { description: "Situation à l'entrée, figée : base des indicateurs communs FSE+." })
export class SituationEntree {
  @Field(() => DateScalar)
  date: string;

  @Field(() => StatutEmploiEntreeEnum)
  statutEmploi: StatutEmploiEntreeEnum;

  @Field(() => Int)
  age: number;

  @Field(() => String)
  trancheCite: string;

  @Field(() => Boolean, { nullable: true, description: 'Donnée de santé : absente si la personne n’a pas consenti.' })
  handicap: boolean | null;

  @Field(() => String)
  nationalite: string;

  @Field(() => Boolean)
  sansAbri: boolean;

  @Field(() => Boolean)
  qpv: boolean;

  @Field(() => Boolean)
  rural: boolean;
}

@Directive('@key(fields: "id")')
@ObjectType('Participant', { description: 'Personne admise dans le PLIE (données personnelles).' })
export class Participant {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  plieCode: string;

  @Field(() => String)
  nomNaissance: string;

  @Field(() => String, { nullable: true })
  nomUsage: string | null;

  @Field(() => String)
  prenoms: string;

  @Field(() => String)
  sexe: string;

  @Field(() => DateScalar)
  dateNaissance: string;

  @Field(() => String)
  communeInsee: string;

  @Field(() => SituationEntree)
  entree: SituationEntree;

  @Field(() => [StatutParticipantEnum])
  statuts: StatutParticipantEnum[];

  @Field(() => Int, { description: 'Version de l’enregistrement, à renvoyer pour le rectifier.' })
  version: number;
}
