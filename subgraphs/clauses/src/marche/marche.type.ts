import { DateScalar, MontantScalar } from '@plie-hub/kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Montant } from '@plie-hub/kit';

export enum TypeMarche {
  TRAVAUX = 'TRAVAUX',
  SERVICES = 'SERVICES',
  FOURNITURES = 'FOURNITURES',
}
registerEnumType(TypeMarche, { name: 'TypeMarche', description: 'Nature du marché public.' });

@Directive('@key(fields: "id")')
@ObjectType('Marche', { description: "Marché public (ou opération) comportant une clause sociale d'insertion." })
export class Marche {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'PLIE dont le guichet clauses suit ce marché.' })
  plieCode: string;

  @Field(() => String, { description: 'Référence du marché chez le donneur d’ordre.' })
  reference: string;

  @Field(() => String)
  objet: string;

  @Field(() => TypeMarche)
  typeMarche: TypeMarche;

  @Field(() => String, { description: 'Acheteur public (commune, EPCI, bailleur social…).' })
  donneurOrdre: string;

  @Field(() => DateScalar)
  dateNotification: string;

  @Field(() => MontantScalar, { description: 'Montant hors taxes.' })
  montantHt: Montant;

  @Field(() => Int, { description: "Heures d'insertion prévues par la clause." })
  heuresInsertionPrevues: number;

  @Field(() => Int)
  version: number;
}
