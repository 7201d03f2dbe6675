import { DateScalar } from '@plie-hub/kit';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CategorieSortieEnum, PartenaireEnum } from '../enums';

@ObjectType('Ventilation', { description: 'Un effectif ventilé selon les critères de DOMAIN (sexe, âge, QPV, RSA, DELD).' })
export class Ventilation {
  @Field(() => Int) total: number;
  @Field(() => Int) femmes: number;
  @Field(() => Int) hommes: number;
  @Field(() => Int, { description: 'Moins de 26 ans (à l’entrée).' }) moins26: number;
  @Field(() => Int) de26a44: number;
  @Field(() => Int) de45a54: number;
  @Field(() => Int, { description: '55 ans et plus.' }) plus55: number;
  @Field(() => Int, { description: 'Résidant en quartier prioritaire.' }) qpv: number;
  @Field(() => Int, { description: 'Allocataires du RSA.' }) rsa: number;
  @Field(() => Int, { description: 'Demandeurs d’emploi de longue durée.' }) deld: number;
  @Field(() => Int, { description: 'Reconnus travailleurs handicapés (si consenti).' }) rqth: number;
}

@ObjectType('PrescriptionsParPartenaire')
export class PrescriptionsParPartenaire {
  @Field(() => PartenaireEnum) partenaire: PartenaireEnum;
  @Field(() => Int, { description: 'Prescriptions examinées par la commission sur la période.' }) examinees: number;
  @Field(() => Int) admises: number;
  @Field(() => Float, { nullable: true, description: 'Admises / examinées, en %, une décimale.' }) tauxIntegration: number | null;
}

@ObjectType('SortiesParType')
export class SortiesParType {
  @Field(() => CategorieSortieEnum) categorie: CategorieSortieEnum;
  @Field(() => String) sousType: string;
  @Field(() => Int) nombre: number;
}

@ObjectType('StatistiquesParcours', { description: 'Chiffres du parcours pour un PLIE et une période, calculés en SQL, sans donnée nominative.' })
export class StatistiquesParcours {
  @Field(() => DateScalar) debut: string;
  @Field(() => DateScalar) fin: string;
  @Field(() => [PrescriptionsParPartenaire]) prescriptions: PrescriptionsParPartenaire[];
  @Field(() => Int) prescriptionsExaminees: number;
  @Field(() => Float, { nullable: true, description: 'Taux d’intégration global (admises / examinées), en %.' }) tauxIntegration: number | null;
  @Field(() => Ventilation, { description: 'Entrées dans le PLIE sur la période.' }) entrees: Ventilation;
  @Field(() => Ventilation, { description: 'Personnes accompagnées sur la période (file active).' }) fileActive: Ventilation;
  @Field(() => Int) sorties: number;
  @Field(() => [SortiesParType]) sortiesParType: SortiesParType[];
  @Field(() => Ventilation) sortiesPositives: Ventilation;
  @Field(() => Float, { nullable: true, description: 'Sorties positives / sorties, en %.' }) tauxSortiesPositives: number | null;
  @Field(() => Int, { description: 'Sorties positives confirmées par le constat à 6 mois.' }) sortiesPositivesConfirmees6Mois: number;
  @Field(() => Float, { nullable: true, description: 'Durée moyenne des parcours sortis sur la période, en mois.' }) dureeMoyenneMois: number | null;
}
