import { DateScalar, DateTimeScalar, MontantScalar, type Montant } from '@plie-hub/kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CategorieDepenseEnum, FinanceurEnum, StatutOperationEnum } from '../enums';

@ObjectType('OptionCoutsSimplifies', { description: 'Taux forfaitaire du programme : un pourcentage d’une base de dépenses.' })
export class OptionCoutsSimplifies {
  @Field(() => ID) id: string;
  @Field(() => String) code: string;
  @Field(() => String) libelle: string;
  @Field(() => String, { description: 'Pourcentage, décimal exact (ex. "15").' }) taux: string;
  @Field(() => [CategorieDepenseEnum], { description: 'Catégories de dépenses qui forment la base.' }) base: CategorieDepenseEnum[];
  @Field(() => Boolean, { description: 'Couvre tous les autres coûts (option 40 % des frais de personnel).' }) remplaceAutresCouts: boolean;
}

@ObjectType('UniteMesure', { description: 'Unité de mesure de réalisation et sa cible annuelle.' })
export class UniteMesure {
  @Field(() => String) libelle: string;
  @Field(() => Int) cible: number;
}

@ObjectType('FicheOperation', { description: "Fiche opération d'un appel à projets." })
export class FicheOperation {
  @Field(() => ID) id: string;
  @Field(() => String) numero: string;
  @Field(() => String) titre: string;
  @Field(() => ID) plieCode: string;
  @Field(() => DateScalar) debut: string;
  @Field(() => DateScalar) fin: string;
  @Field(() => MontantScalar) fseMaximum: Montant;
  @Field(() => String, { nullable: true, description: 'Taux maximum de cofinancement FSE+, en %.' }) tauxFseMaximum: string | null;
  @Field(() => String) publicCible: string;
  @Field(() => [UniteMesure]) unitesMesure: UniteMesure[];
  @Field(() => [String]) pieces: string[];
  @Field(() => [String]) criteres: string[];
}

@ObjectType('AppelAProjets')
export class AppelAProjets {
  @Field(() => ID) id: string;
  @Field(() => String) numero: string;
  @Field(() => Int) annee: number;
  @Field(() => String) organismeIntermediaire: string;
  @Field(() => DateScalar) dateLimite: string;
}

@ObjectType('Porteur', { description: "Bénéficiaire FSE+ de l'opération : une organisation, jamais une personne." })
export class Porteur {
  @Field(() => String, { description: 'SIRET (14 chiffres, clé de contrôle vérifiée).' }) siret: string;
  @Field(() => String) nom: string;
}

@ObjectType('TransitionOperation')
export class TransitionOperation {
  @Field(() => StatutOperationEnum, { nullable: true }) de: StatutOperationEnum | null;
  @Field(() => StatutOperationEnum) vers: StatutOperationEnum;
  @Field(() => String, { nullable: true }) motif: string | null;
  @Field(() => String, { description: 'Qui (identifiant du compte).' }) parSub: string;
  @Field(() => DateTimeScalar) le: Date;
}

@ObjectType('LigneDepense')
export class LigneDepense {
  @Field(() => CategorieDepenseEnum) categorie: CategorieDepenseEnum;
  @Field(() => String) libelle: string;
  @Field(() => MontantScalar) montant: Montant;
  @Field(() => Float, { nullable: true }) etp: number | null;
  @Field(() => Int, { nullable: true }) effectif: number | null;
}

@ObjectType('Ressource')
export class Ressource {
  @Field(() => FinanceurEnum) financeur: FinanceurEnum;
  @Field(() => MontantScalar) montant: Montant;
}

@ObjectType('MontantParCategorie')
export class MontantParCategorie {
  @Field(() => CategorieDepenseEnum) categorie: CategorieDepenseEnum;
  @Field(() => MontantScalar) montant: Montant;
}

@ObjectType('PartFinanceur')
export class PartFinanceur {
  @Field(() => FinanceurEnum) financeur: FinanceurEnum;
  @Field(() => MontantScalar) montant: Montant;
  @Field(() => String, { nullable: true, description: 'Part du coût total, en %, deux décimales.' }) part: string | null;
}

@ObjectType('PlanCalcule', { description: 'Ce que le hub calcule du plan (jamais saisi).' })
export class PlanCalcule {
  @Field(() => [MontantParCategorie]) parCategorie: MontantParCategorie[];
  @Field(() => MontantScalar) coutsDirects: Montant;
  @Field(() => MontantScalar) baseCoutsIndirects: Montant;
  @Field(() => MontantScalar, { description: 'Taux forfaitaire × base, arrondi au centime (au plus proche, demi-centime vers le haut).' }) coutsIndirects: Montant;
  @Field(() => MontantScalar) coutTotal: Montant;
  @Field(() => MontantScalar) totalRessources: Montant;
  @Field(() => MontantScalar) fse: Montant;
  @Field(() => String, { nullable: true, description: 'FSE+ / coût total, en %, deux décimales.' }) tauxFse: string | null;
  @Field(() => [PartFinanceur]) parts: PartFinanceur[];
}

@ObjectType('PlanFinancement')
export class PlanFinancement {
  @Field(() => Int) annee: number;
  @Field(() => Int) version: number;
}

@ObjectType('Realise', { description: 'Dépenses déclarées sur une période, retenues au contrôle de service fait.' })
export class Realise {
  @Field(() => DateScalar) periodeDebut: string;
  @Field(() => DateScalar) periodeFin: string;
  @Field(() => MontantScalar) depensesDeclarees: Montant;
  @Field(() => MontantScalar, { nullable: true }) montantRetenu: Montant | null;
  @Field(() => MontantScalar, { nullable: true, description: 'FSE+ dû : montant retenu × taux FSE+ du plan.' }) fseDu: Montant | null;
}

@ObjectType('IndicateurRealisation')
export class IndicateurRealisation {
  @Field(() => String) libelle: string;
  @Field(() => Int) cible: number;
  @Field(() => Int, { nullable: true }) realise: number | null;
}

@Directive('@key(fields: "id")')
@ObjectType('Operation', { description: 'Opération cofinancée par le FSE+, portée par une structure pour un PLIE.' })
export class Operation {
  @Field(() => ID) id: string;
  @Field(() => ID) plieCode: string;
  @Field(() => String) intitule: string;
  @Field(() => Porteur) porteur: Porteur;
  @Field(() => DateScalar) debut: string;
  @Field(() => DateScalar) fin: string;
  @Field(() => StatutOperationEnum) statut: StatutOperationEnum;
  @Field(() => Int) version: number;
}
