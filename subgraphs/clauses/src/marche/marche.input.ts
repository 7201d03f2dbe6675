import { DateScalar, MontantScalar, type Montant } from '@plie-hub/kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { BaseJuridiqueEnum, ModaliteEnum, TypeDonneurOrdreEnum, TypeMarcheEnum } from '../enums';

@InputType('DonneurOrdreInput')
export class DonneurOrdreInput {
  @Field(() => String) nom: string;
  @Field(() => String, { description: 'SIRET (14 chiffres, clé vérifiée).' }) siret: string;
  @Field(() => TypeDonneurOrdreEnum) type: TypeDonneurOrdreEnum;
  @Field(() => [ID], { description: 'PLIEs dont le guichet suit cet acheteur (au moins le vôtre).' }) plies: string[];
}

@InputType('EntrepriseInput')
export class EntrepriseInput {
  @Field(() => String) siret: string;
  @Field(() => String) nom: string;
  @Field(() => String, { nullable: true }) naf?: string | null;
}

@InputType('LotInput')
export class LotInput {
  @Field(() => Int) numero: number;
  @Field(() => String) intitule: string;
  @Field(() => Int, { nullable: true, description: 'Heures engagées, si la clause les donne.' }) heuresEngagees?: number | null;
  @Field(() => Int, { nullable: true, description: "Ou : heures de main-d'œuvre du lot…" }) heuresTravail?: number | null;
  @Field(() => Float, { nullable: true, description: "… et taux d'insertion en % (ex. 7) : les heures engagées en sont calculées." }) tauxInsertion?: number | null;
  @Field(() => [ModaliteEnum], { defaultValue: [] }) modalites: ModaliteEnum[];
  @Field(() => [EntrepriseInput], { defaultValue: [], description: 'Attributaires du lot.' }) attributaires: EntrepriseInput[];
}

@InputType('CreerMarcheInput')
export class CreerMarcheInput {
  @Field(() => ID) plieCode: string;
  @Field(() => ID) donneurOrdreId: string;
  @Field(() => String) reference: string;
  @Field(() => String) objet: string;
  @Field(() => TypeMarcheEnum) typeMarche: TypeMarcheEnum;
  @Field(() => BaseJuridiqueEnum, { defaultValue: BaseJuridiqueEnum.CONDITION_EXECUTION }) baseJuridique: BaseJuridiqueEnum;
  @Field(() => DateScalar) dateNotification: string;
  @Field(() => Int) dureeMois: number;
  @Field(() => MontantScalar) montantHt: Montant;
  @Field(() => [LotInput], { description: 'Au moins un lot.' }) lots: LotInput[];
}

@InputType('FiltreMarches')
export class FiltreMarches {
  @Field(() => ID, { nullable: true }) plieCode?: string | null;
  @Field(() => ID, { nullable: true }) donneurOrdreId?: string | null;
}
