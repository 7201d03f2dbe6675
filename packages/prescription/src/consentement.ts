import { DateScalar } from '@plie-hub/kit';
import { Directive, Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Column } from 'typeorm';

export enum ModeRecueilConsentement {
  ECRIT_SIGNE = 'ECRIT_SIGNE',
  ORAL_TRACE = 'ORAL_TRACE',
  ELECTRONIQUE = 'ELECTRONIQUE',
}
registerEnumType(ModeRecueilConsentement, { name: 'ModeRecueilConsentement', description: 'Comment le consentement a été recueilli.' });

export class ConsentementColumns {
  @Column('date')
  recueilliLe: string;

  @Column('text')
  mode: ModeRecueilConsentement;
}

@Directive('@shareable')
@ObjectType('Consentement', { description: 'Consentement de la personne au partage de sa fiche avec le PLIE.' })
export class Consentement {
  @Field(() => DateScalar)
  recueilliLe: string;

  @Field(() => ModeRecueilConsentement)
  mode: ModeRecueilConsentement;
}

@InputType('ConsentementInput')
export class ConsentementInput {
  @Field(() => DateScalar, { description: 'Date du recueil, ni future ni antérieure de plus d’un an.' })
  recueilliLe: string;

  @Field(() => ModeRecueilConsentement)
  mode: ModeRecueilConsentement;
}
