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
}

@Directive('@shareable')
@ObjectType('PersonnePrescrite', { description: 'Identité de la personne prescrite (donnée personnelle).' })
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
}
