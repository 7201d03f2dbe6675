import { DateScalar } from '@plie-hub/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('CommuneTerritoire', { description: 'Une commune du territoire du PLIE, sur une période.' })
export class CommuneTerritoire {
  @Field(() => String, { description: 'Code INSEE.' })
  communeInsee: string;

  @Field(() => DateScalar)
  valideDu: string;

  @Field(() => DateScalar, { nullable: true, description: 'Absent : toujours en vigueur.' })
  valideAu: string | null;
}

@ObjectType('ConservationPlie', {
  description:
    'Combien de temps le PLIE garde les données personnelles. Un parcours est anonymisé quand les deux délais sont passés : après sa fin, et après la fin de la période de contrôle FSE+ (5 ans à compter du 31 décembre de l’année du solde) de chaque opération qui l’a cofinancé.',
})
export class ConservationPlie {
  @Field(() => Int, { description: 'Mois après la fin du parcours.' })
  apresParcoursMois: number;

  @Field(() => Int, { description: 'Mois après la fin de la période de contrôle FSE+.' })
  apresControleFseMois: number;
}

@Directive('@key(fields: "code")')
@ObjectType('Plie', { description: "Un Plan Local pour l'Insertion et l'Emploi : son territoire, son équipe et ses règles." })
export class Plie {
  @Field(() => ID, { description: 'Code court et stable du PLIE (ex. BORDEAUX, AGENAIS).' })
  code: string;

  @Field(() => String, { description: 'Nom usuel du PLIE.' })
  nom: string;

  @Field(() => String, { description: 'Structure porteuse (association, EPCI, GIP…).' })
  structurePorteuse: string;

  @Field(() => String, { nullable: true, description: 'Organisme intermédiaire FSE+ qui gère la subvention globale.' })
  organismeIntermediaire: string | null;

  @Field(() => String, { description: 'Nom local de la commission (commission d’intégration et de sortie, CIVP…).' })
  libelleCommission: string;

  @Field(() => Int, { description: 'Nombre de jours sans décision après lesquels une fiche transmise expire.' })
  delaiExpirationPrescriptionJours: number;

  @Field(() => Int, { description: 'Effectif en dessous duquel une statistique est masquée.' })
  seuilMasquage: number;

  @Field(() => String, { description: 'Jeu de règles qui qualifie les sorties (NIORT-2022, FLANDRE-LYS-2017, NATIONAL…).' })
  regleSortie: string;

  @Field(() => Int, { description: 'Au-delà de ce nombre de jours sans entretien, le parcours est signalé.' })
  delaiSansContactJours: number;

  @Field(() => Int, { description: "Durée d'une mesure d'accompagnement, en mois." })
  dureeMesureMois: number;

  @Field(() => Int, { description: 'Durée maximale du parcours, renouvellements compris, en mois.' })
  dureeMaxMois: number;

  @Field(() => Int, { description: 'File active cible par équivalent temps plein de référent.' })
  fileActiveParEtp: number;

  @Field(() => Int, { nullable: true, description: 'Objectif annuel de participants accompagnés (protocole).' })
  objectifParticipants: number | null;

  @Field(() => Int, { nullable: true, description: 'Objectif annuel de sorties positives validées à 6 mois (protocole).' })
  objectifSortiesPositives: number | null;

  @Field(() => ID, { nullable: true, description: 'PLIE dans lequel celui-ci a fusionné.' })
  fusionneDans: string | null;

  @Field(() => DateScalar, { nullable: true })
  fusionneLe: string | null;

  @Field(() => ConservationPlie, { description: 'Durées de conservation des données personnelles (purge).' })
  conservation: ConservationPlie;
}
