import { Directive, Field, InputType, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';

export class PrescripteurColumns {
  @Column('text')
  agentNom: string;

  @Column('text')
  agentContact: string;
}

@Directive('@shareable')
@ObjectType('Prescripteur', { description: 'Qui prescrit : la structure et son agent.' })
export class Prescripteur {
  @Field(() => String, { description: 'Identifiant de la structure prescriptrice (agence, maison de solidarité, mission locale).' })
  structureId: string;

  @Field(() => String, { description: "Nom de l'agent prescripteur." })
  agentNom: string;

  @Field(() => String, { description: "Courriel ou téléphone professionnel de l'agent." })
  agentContact: string;
}

@InputType('PrescripteurInput')
export class PrescripteurInput {
  @Field(() => String)
  agentNom: string;

  @Field(() => String)
  agentContact: string;
}
