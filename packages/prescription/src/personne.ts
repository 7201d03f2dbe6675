import { DateScalar } from '@plie-hub/kit';
import { Directive, Field, InputType, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { Sexe } from './enums';

/** Storage of the person's identity inside a fiche (embedded columns `personne_*`). */
export class PersonneColumns {
  @Column('text')
  nomNaissance: string;

  @Column('text', { nullable: true })
  nomUsage: string | null;

  @Column('text')
  prenoms: string;

  @Column('text')
  sexe: Sexe;

  @Column('date')
  dateNaissance: string;

  @Column('text')
  communeInsee: string;

  @Column('boolean')
  residentQpv: boolean;

  @Column('text', { nullable: true })
  telephone: string | null;

  @Column('text', { nullable: true })
  email: string | null;
}

@Directive('@shareable')
@ObjectType('PersonnePrescrite', { description: 'Identité et coordonnées de la personne prescrite (données personnelles).' })
export class PersonnePrescrite {
  @Field(() => String, { description: 'Nom de naissance.' })
  nomNaissance: string;

  @Field(() => String, { nullable: true, description: "Nom d'usage, s'il diffère." })
  nomUsage: string | null;

  @Field(() => String, { description: 'Prénoms, dans l’ordre de l’état civil.' })
  prenoms: string;

  @Field(() => Sexe)
  sexe: Sexe;

  @Field(() => DateScalar)
  dateNaissance: string;

  @Field(() => String, { description: 'Commune de résidence (code INSEE, 5 caractères).' })
  communeInsee: string;

  @Field(() => Boolean, { description: "Réside dans un quartier prioritaire de la politique de la ville." })
  residentQpv: boolean;

  @Field(() => String, { nullable: true })
  telephone: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;
}

@InputType('PersonnePrescriteInput')
export class PersonnePrescriteInput {
  @Field(() => String)
  nomNaissance: string;

  @Field(() => String, { nullable: true })
  nomUsage?: string | null;

  @Field(() => String)
  prenoms: string;

  @Field(() => Sexe)
  sexe: Sexe;

  @Field(() => DateScalar, { description: 'La personne doit avoir au moins 16 ans.' })
  dateNaissance: string;

  @Field(() => String, { description: 'Code INSEE de la commune (ex. 33063 pour Bordeaux, 2A004 pour Ajaccio).' })
  communeInsee: string;

  @Field(() => Boolean)
  residentQpv: boolean;

  @Field(() => String, { nullable: true, description: 'Téléphone, chiffres français (10 chiffres) ou international (+…).' })
  telephone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;
}
