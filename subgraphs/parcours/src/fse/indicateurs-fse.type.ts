import { DateScalar } from '@plie-hub/kit';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType('IndicateurFse', { description: 'Un indicateur commun FSE+, ventilé par sexe.' })
export class IndicateurFse {
  @Field(() => String, { description: 'Code de l’indicateur.' }) code: string;
  @Field(() => String) libelle: string;
  @Field(() => Int) total: number;
  @Field(() => Int) femmes: number;
  @Field(() => Int) hommes: number;
}

@ObjectType('EffectifAnnee', { description: 'Personnes accompagnées une année (file active), sans donnée nominative.' })
export class EffectifAnnee {
  @Field(() => Int) annee: number;
  @Field(() => Int) participants: number;
}

/**
 * The FSE+ operation, owned by the financements subgraph. Its PLIE and period come with each representation
 * (`@requires`): the participants of the operation are the PLIE's participants accompanied during it.
 */
@Directive('@key(fields: "id")')
@ObjectType('Operation')
export class OperationRef {
  @Field(() => ID) id: string;

  @Directive('@external')
  @Field(() => ID)
  plieCode: string;

  @Directive('@external')
  @Field(() => DateScalar)
  debut: string;

  @Directive('@external')
  @Field(() => DateScalar)
  fin: string;
}
