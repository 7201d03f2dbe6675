import { Field, InputType, Int } from 'type-graphql';

@InputType('CreerPlieInput')
export class CreerPlieInput {
  @Field(() => String, { description: 'Code court en majuscules (lettres, chiffres, tirets), 2 à 30 caractères.' })
  code: string;

  @Field(() => String)
  nom: string;

  @Field(() => String)
  structurePorteuse: string;

  @Field(() => String, { nullable: true })
  organismeIntermediaire?: string | null;

  @Field(() => String, { defaultValue: "Commission d'intégration et de sortie" })
  libelleCommission: string;

  @Field(() => Int, { defaultValue: 90 })
  delaiExpirationPrescriptionJours: number;

  @Field(() => Int, { defaultValue: 5 })
  seuilMasquage: number;

  @Field(() => [String], { defaultValue: [], description: 'Communes du territoire (codes INSEE), rattachées à partir d’aujourd’hui.' })
  communes: string[];

  @Field(() => String, { defaultValue: 'NATIONAL', description: 'Jeu de règles des sorties : NIORT-2022, FLANDRE-LYS-2017 ou NATIONAL.' })
  regleSortie: string;
}

@InputType('ConservationPlieInput', { description: 'Les durées de conservation des données personnelles du PLIE.' })
export class ConservationPlieInput {
  @Field(() => Int, { description: 'Mois de conservation après la fin du parcours (6 à 240 : le suivi à 6 mois de la sortie en a besoin).' })
  apresParcoursMois: number;

  @Field(() => Int, { description: 'Mois de conservation après la fin de la période de contrôle FSE+ des opérations qui ont cofinancé le parcours (0 à 120).' })
  apresControleFseMois: number;
}
