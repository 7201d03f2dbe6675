import { DateScalar, MontantScalar, type Montant } from '@plie-hub/kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { BaseJuridiqueEnum, ModaliteEnum, TypeDonneurOrdreEnum, TypeMarcheEnum } from '../enums';

@ObjectType('DonneurOrdre', { description: 'Acheteur public qui inscrit des clauses sociales dans ses marchés.' })
export class DonneurOrdre {
  @Field(() => ID) id: string;
  @Field(() => String) nom: string;
  @Field(() => String) siret: string;
  @Field(() => TypeDonneurOrdreEnum) type: TypeDonneurOrdreEnum;
  @Field(() => [ID], { description: 'PLIEs dont le guichet clauses suit cet acheteur.' }) plies: string[];
}

@ObjectType('Entreprise', { description: 'Entreprise attributaire ou employeur (ETTI, SIAE…).' })
export class Entreprise {
  @Field(() => ID) id: string;
  @Field(() => String) siret: string;
  @Field(() => String) nom: string;
  @Field(() => String, { nullable: true, description: 'Code NAF.' }) naf: string | null;
}

@ObjectType('Lot', { description: "Lot d'un marché et son engagement d'heures d'insertion." })
export class Lot {
  @Field(() => ID) id: string;
  @Field(() => Int) numero: number;
  @Field(() => String) intitule: string;
  @Field(() => Int, { nullable: true, description: "Heures de main-d'œuvre du lot, si l'engagement en est déduit." }) heuresTravail: number | null;
  @Field(() => Float, { nullable: true, description: "Taux d'insertion appliqué aux heures de main-d'œuvre, en %." }) tauxInsertion: number | null;
  @Field(() => Int, { description: "Heures d'insertion engagées." }) heuresEngagees: number;
  @Field(() => [ModaliteEnum]) modalites: ModaliteEnum[];
}

@Directive('@key(fields: "id")')
@ObjectType('Marche', { description: "Marché public (ou opération) comportant une clause sociale d'insertion." })
export class Marche {
  @Field(() => ID) id: string;
  @Field(() => ID, { description: 'PLIE dont le guichet clauses suit ce marché.' }) plieCode: string;
  @Field(() => String, { description: 'Référence du marché chez le donneur d’ordre.' }) reference: string;
  @Field(() => String) objet: string;
  @Field(() => TypeMarcheEnum) typeMarche: TypeMarcheEnum;
  @Field(() => BaseJuridiqueEnum) baseJuridique: BaseJuridiqueEnum;
  @Field(() => DateScalar) dateNotification: string;
  @Field(() => Int) dureeMois: number;
  @Field(() => MontantScalar, { description: 'Montant hors taxes.' }) montantHt: Montant;
  @Field(() => Int) version: number;
}
