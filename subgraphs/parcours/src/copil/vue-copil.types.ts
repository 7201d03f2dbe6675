import { DateScalar, Effectif, Taux } from '@plie-hub/kit';
import { Directive, Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { CategorieSortieEnum, PartenaireEnum } from '../enums';

@ObjectType('VentilationMasquee', { description: 'Un effectif et ses ventilations, avec secret statistique.' })
export class VentilationMasquee {
  @Field(() => Effectif) total: Effectif;
  @Field(() => Effectif) femmes: Effectif;
  @Field(() => Effectif) hommes: Effectif;
  @Field(() => Effectif) moins26: Effectif;
  @Field(() => Effectif) de26a44: Effectif;
  @Field(() => Effectif) de45a54: Effectif;
  @Field(() => Effectif) plus55: Effectif;
  @Field(() => Effectif) qpv: Effectif;
  @Field(() => Effectif) rsa: Effectif;
  @Field(() => Effectif) deld: Effectif;
}

@ObjectType('IntegrationParPartenaire')
export class IntegrationParPartenaire {
  @Field(() => PartenaireEnum) partenaire: PartenaireEnum;
  @Field(() => Effectif) examinees: Effectif;
  @Field(() => Effectif) admises: Effectif;
  @Field(() => Taux) tauxIntegration: Taux;
}

@ObjectType('SortiesParCategorie')
export class SortiesParCategorie {
  @Field(() => CategorieSortieEnum) categorie: CategorieSortieEnum;
  @Field(() => Effectif) nombre: Effectif;
}

@ObjectType('Objectif', { description: 'Objectif du protocole sur la période (prorata des objectifs annuels) et écart au réalisé.' })
export class Objectif {
  @Field(() => Int) cible: number;
  @Field(() => Int, { nullable: true }) realise: number | null;
  @Field(() => Int, { nullable: true, description: 'Réalisé − cible.' }) ecart: number | null;
}

@ObjectType('PartieParcours', { description: 'La part du parcours dans la vue COPIL.' })
export class PartieParcours {
  @Field(() => Effectif) prescriptionsExaminees: Effectif;
  @Field(() => [IntegrationParPartenaire]) integrationParPartenaire: IntegrationParPartenaire[];
  @Field(() => Taux) tauxIntegration: Taux;
  @Field(() => VentilationMasquee, { description: 'Entrées sur la période.' }) entrees: VentilationMasquee;
  @Field(() => VentilationMasquee, { description: 'Personnes accompagnées sur la période.' }) fileActive: VentilationMasquee;
  @Field(() => Effectif) sorties: Effectif;
  @Field(() => [SortiesParCategorie]) sortiesParCategorie: SortiesParCategorie[];
  @Field(() => VentilationMasquee) sortiesPositives: VentilationMasquee;
  @Field(() => Taux) tauxSortiesPositives: Taux;
  @Field(() => Effectif) sortiesPositivesConfirmees6Mois: Effectif;
  @Field(() => Float, { nullable: true, description: 'Durée moyenne des parcours sortis, en mois (masquée avec les sorties).' }) dureeMoyenneMois: number | null;
  @Field(() => Objectif, { nullable: true }) objectifParticipants: Objectif | null;
  @Field(() => Objectif, { nullable: true }) objectifSortiesPositives: Objectif | null;
}

@ObjectType('PointSerieParcours')
export class PointSerieParcours {
  @Field(() => Int) annee: number;
  @Field(() => Effectif) entrees: Effectif;
  @Field(() => Effectif) sorties: Effectif;
  @Field(() => Taux) tauxSortiesPositives: Taux;
}

@Directive('@key(fields: "id")')
@ObjectType('VueCopil', { description: 'Vue consolidée du COPIL : un ou plusieurs PLIEs, une période ; chaque sous-graphe y apporte sa part, anonyme.' })
export class VueCopil {
  @Field(() => ID) id: string;
  @Field(() => [ID]) plies: string[];
  @Field(() => DateScalar) debut: string;
  @Field(() => DateScalar) fin: string;
  @Field(() => Int, { description: 'Seuil de masquage appliqué (le plus strict des PLIEs de la vue).' }) seuilMasquage: number;
  @Field(() => Int, { description: 'Personnes accompagnées sur la période (base du coût par participant).' }) personnesAccompagnees: number;
}
