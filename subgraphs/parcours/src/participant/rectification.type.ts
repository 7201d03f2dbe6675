import { DateScalar, DateTimeScalar } from '@plie-hub/kit';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('RectificationParticipant', { description: 'Une correction de l’identité du participant (droit de rectification), avec la valeur d’avant.' })
export class RectificationParticipant {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'Le champ corrigé (nomNaissance, prenoms, dateNaissance…).' })
  champ: string;

  @Field(() => String, { nullable: true, description: 'Valeur avant la correction (effacée par la purge).' })
  ancienneValeur: string | null;

  @Field(() => String, { nullable: true })
  nouvelleValeur: string | null;

  @Field(() => String, { nullable: true, description: 'Pourquoi (demande de la personne, erreur de saisie…).' })
  motif: string | null;

  @Field(() => String, { description: 'Identifiant de la personne qui a corrigé.' })
  par: string;

  @Field(() => DateTimeScalar)
  le: Date;
}

@InputType('RectificationParticipantInput', { description: 'Les champs à corriger ; un champ absent reste tel quel.' })
export class RectificationParticipantInput {
  @Field(() => String, { nullable: true })
  nomNaissance?: string | null;

  @Field(() => String, { nullable: true, description: 'Une chaîne vide efface le nom d’usage.' })
  nomUsage?: string | null;

  @Field(() => String, { nullable: true })
  prenoms?: string | null;

  @Field(() => String, { nullable: true, description: 'FEMME ou HOMME.' })
  sexe?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'L’âge à l’entrée est recalculé : les indicateurs suivent la correction.' })
  dateNaissance?: string | null;

  @Field(() => String, { nullable: true, description: 'Code INSEE à 5 caractères.' })
  communeInsee?: string | null;

  @Field(() => String, { description: 'Pourquoi : demande de la personne, erreur de saisie… (conservé avec l’historique).' })
  motif: string;
}
