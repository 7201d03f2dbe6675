import { MontantScalar, type Montant } from '@plie-hub/kit';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum StatutOperation {
  DEPOSEE = 'DEPOSEE',
  RECEVABLE = 'RECEVABLE',
  SELECTIONNEE = 'SELECTIONNEE',
  CONVENTIONNEE = 'CONVENTIONNEE',
  EN_COURS = 'EN_COURS',
  SOLDEE = 'SOLDEE',
  NON_RETENUE = 'NON_RETENUE',
  ABANDONNEE = 'ABANDONNEE',
}
registerEnumType(StatutOperation, { name: 'StatutOperation', description: "Étape de l'opération FSE+ dans son instruction." });

@ObjectType('Porteur', { description: "Bénéficiaire FSE+ de l'opération : une organisation, jamais une personne." })
export class Porteur {
  @Field(() => String, { description: 'SIRET (14 chiffres, clé de contrôle vérifiée).' })
  siret: string;

  @Field(() => String)
  nom: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Operation', { description: 'Opération cofinancée par le FSE+ portée par une structure pour un PLIE.' })
export class Operation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  plieCode: string;

  @Field(() => String)
  intitule: string;

  @Field(() => Porteur)
  porteur: Porteur;

  @Field(() => Int, { description: "Année civile de réalisation de l'opération." })
  annee: number;

  @Field(() => StatutOperation)
  statut: StatutOperation;

  @Field(() => MontantScalar, { description: 'Coût total éligible prévu.' })
  coutTotal: Montant;

  @Field(() => MontantScalar, { description: 'Montant FSE+ demandé.' })
  montantFse: Montant;

  @Field(() => Int)
  version: number;
}
