import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('StructurePorteuse', { description: 'Structure qui porte des référents de parcours pour le PLIE.' })
export class StructurePorteuse {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  nom: string;

  @Field(() => String, { nullable: true })
  siret: string | null;
}

@ObjectType('Referent', { description: 'Référent ou référente de parcours.' })
export class Referent {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  plieCode: string;

  @Field(() => String)
  nom: string;

  @Field(() => Float, { description: 'Part de temps consacrée au PLIE (équivalent temps plein).' })
  etp: number;

  @Field(() => Boolean)
  actif: boolean;
}

@ObjectType('ChargeReferent', { description: 'File active du référent et sa cible.' })
export class ChargeReferent {
  @Field(() => Int, { description: 'Parcours actifs ou en veille suivis.' })
  fileActive: number;

  @Field(() => Int, { description: 'Cible : file active par ETP du PLIE × ETP du référent.' })
  cible: number;

  @Field(() => Boolean)
  depassee: boolean;
}
