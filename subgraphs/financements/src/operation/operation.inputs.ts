import { DateScalar, MontantScalar, type Montant } from '@plie-hub/kit';
import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { CategorieDepenseEnum, FinanceurEnum } from '../enums';

@InputType('UniteMesureInput')
export class UniteMesureInput {
  @Field(() => String) libelle: string;
  @Field(() => Int) cible: number;
}

@InputType('FicheOperationInput')
export class FicheOperationInput {
  @Field(() => String) numero: string;
  @Field(() => String) titre: string;
  @Field(() => ID) plieCode: string;
  @Field(() => DateScalar) debut: string;
  @Field(() => DateScalar) fin: string;
  @Field(() => MontantScalar) fseMaximum: Montant;
  @Field(() => Float, { nullable: true, description: 'Taux maximum de cofinancement FSE+, en % (ex. 60).' }) tauxFseMaximum?: number | null;
  @Field(() => String) publicCible: string;
  @Field(() => [UniteMesureInput], { defaultValue: [] }) unitesMesure: UniteMesureInput[];
  @Field(() => [String], { defaultValue: [] }) pieces: string[];
  @Field(() => [String], { defaultValue: [] }) criteres: string[];
}

@InputType('AppelAProjetsInput')
export class AppelAProjetsInput {
  @Field(() => String) numero: string;
  @Field(() => Int) annee: number;
  @Field(() => String) organismeIntermediaire: string;
  @Field(() => DateScalar) dateLimite: string;
  @Field(() => [FicheOperationInput]) fiches: FicheOperationInput[];
}

@InputType('PorteurInput')
export class PorteurInput {
  @Field(() => String) siret: string;
  @Field(() => String) nom: string;
}

@InputType('DeposerOperationInput')
export class DeposerOperationInput {
  @Field(() => ID) ficheId: string;
  @Field(() => String) intitule: string;
  @Field(() => PorteurInput) porteur: PorteurInput;
  @Field(() => DateScalar) debut: string;
  @Field(() => DateScalar) fin: string;
}

@InputType('LigneDepenseInput')
export class LigneDepenseInput {
  @Field(() => CategorieDepenseEnum) categorie: CategorieDepenseEnum;
  @Field(() => String) libelle: string;
  @Field(() => MontantScalar) montant: Montant;
  @Field(() => Float, { nullable: true }) etp?: number | null;
  @Field(() => Int, { nullable: true }) effectif?: number | null;
}

@InputType('RessourceInput')
export class RessourceInput {
  @Field(() => FinanceurEnum) financeur: FinanceurEnum;
  @Field(() => MontantScalar) montant: Montant;
}

@InputType('PlanFinancementInput')
export class PlanFinancementInput {
  @Field(() => Int) annee: number;
  @Field(() => String, { nullable: true, description: "Code de l'option de coûts simplifiés (ex. OCS-20-HORS-PRESTATIONS)." }) optionCode?: string | null;
  @Field(() => [LigneDepenseInput]) lignes: LigneDepenseInput[];
  @Field(() => [RessourceInput]) ressources: RessourceInput[];
}

@InputType('RealiseInput')
export class RealiseInput {
  @Field(() => DateScalar) periodeDebut: string;
  @Field(() => DateScalar) periodeFin: string;
  @Field(() => MontantScalar) depensesDeclarees: Montant;
  @Field(() => MontantScalar, { nullable: true, description: 'Montant retenu après contrôle de service fait.' }) montantRetenu?: Montant | null;
}

@InputType('FiltreOperations')
export class FiltreOperations {
  @Field(() => ID, { nullable: true }) plieCode?: string | null;
  @Field(() => Int, { nullable: true }) annee?: number | null;
}
