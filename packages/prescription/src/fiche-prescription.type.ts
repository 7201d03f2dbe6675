import { DateTimeScalar } from '@plie-hub/kit';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Consentement } from './consentement';
import { StatutPrescription } from './enums';
import { PersonnePrescrite } from './personne';

/** The GraphQL fields every partner's fiche shares; each partner type extends it with its section. */
@ObjectType()
export abstract class FichePrescription {
  @Field(() => ID)
  id: string;

  @Field(() => StatutPrescription)
  statut: StatutPrescription;

  @Field(() => String, { description: 'Identifiant de la structure prescriptrice propriétaire de la fiche.' })
  structureId: string;

  @Field(() => PersonnePrescrite)
  personne: PersonnePrescrite;

  @Field(() => String, { description: 'Objectif ou motif de la prescription.' })
  objectif: string;

  @Field(() => Consentement)
  consentement: Consentement;

  @Field(() => DateTimeScalar, { nullable: true })
  transmiseLe: Date | null;

  @Field(() => Int, { description: 'Version, à renvoyer lors d’une modification (contrôle des éditions concurrentes).' })
  version: number;

  @Field(() => DateTimeScalar)
  creeLe: Date;

  @Field(() => DateTimeScalar)
  modifieLe: Date;
}
