import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

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
}
